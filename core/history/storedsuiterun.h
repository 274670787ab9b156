#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace vd {

struct CaseResult;
struct SuiteRun;

// One case × provider result as the history keeps it: what `suite diff` compares.
struct StoredCase
{
    int caseIndex = 0;
    QString caseId;
    QString kind;     // "stt", "tts"
    QString target;   // the provider asked for, or "auto"
    QString provider; // the provider that answered
    QString outcome;  // caseOutcomeName()
    std::optional<double> wer;
    double latencyMs = 0.0;
    QString errorKind;
    QString message; // CaseResult::failureMessage(); empty when passed

    static StoredCase fromResult(const CaseResult& result);
    bool passed() const { return outcome == QLatin1String("passed"); }
    // The same case on the same target in another run: "stt/greeting@auto".
    QString key() const { return kind + QLatin1Char('/') + caseId + QLatin1Char('@') + target; }
    QJsonObject toJson() const;
};

// A suite run as the history keeps it: the summary row and, when read with them, its cases.
struct StoredSuiteRun
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString suiteName;
    QString suitePath;
    int passed = 0;
    int failed = 0; // every case result that did not pass (over tolerance, failed, cancelled)
    int problems = 0;
    bool cancelled = false;
    QList<StoredCase> cases;

    static StoredSuiteRun fromRun(const SuiteRun& run);
    // {"id", "started_at", "finished_at", "suite": {"name", "path"}, "passed", "failed",
    //  "problems", "cancelled"}
    QJsonObject toJson() const;
};

} // namespace vd
