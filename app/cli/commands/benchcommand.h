#pragma once

#include "app/cli/command.h"
#include "core/model/providererror.h"
#include "core/model/providerkind.h"
#include "core/model/speechtypes.h"

#include <QJsonArray>

namespace vd {
class ProviderJob;
}

namespace vd::cli {

class BenchRun;

// `bench FILE|--text TEXT [--provider NAME]... [--requests N] [--concurrency C]`: a latency
// benchmark. A FILE benchmarks STT providers (decoded once, off the main thread), --text TTS
// providers; by default every enabled, configured provider of that category, one provider after
// another so they do not slow each other down. Per provider: p50/p95/p99 latency of the
// successful requests, errors by kind, throughput. Exit 0 when some provider answered at least
// once, 1 when none did, 2 for input errors.
class BenchCommand : public Command
{
    Q_OBJECT
public:
    static constexpr int kDefaultRequests = 10;
    static constexpr int kMaxRequests = 10000;
    static constexpr int kDefaultConcurrency = 1;
    static constexpr int kMaxConcurrency = 64;

    using Command::Command;
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override
    {
        return tr("Latency benchmark: p50/p95/p99, errors and throughput per provider.");
    }
    QString arguments() const override
    {
        return QStringLiteral("FILE|--text TEXT [--provider NAME]... [--requests N] [--concurrency C]");
    }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    void begin();
    void next();
    void recordCall(const QString& provider, const ProviderJob& job, double latencyMs);
    void report(const QString& provider, const BenchRun& run);
    void fail(const QString& provider, const ProviderError& error);
    void finish();

    QString m_file;
    AudioClip m_clip;
    std::optional<QString> m_text;
    ProviderCategory m_category = ProviderCategory::Stt;
    QStringList m_providers;
    int m_requests = kDefaultRequests;
    int m_concurrency = kDefaultConcurrency;
    int m_next = 0;
    int m_answered = 0;
    QJsonArray m_results;
};

} // namespace vd::cli
