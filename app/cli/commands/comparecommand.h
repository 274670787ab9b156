#pragma once

#include "app/cli/command.h"
#include "core/model/speechtypes.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace vd {
class RoutedTranscribeJob;
}

namespace vd::cli {

// `compare FILE [--reference TEXT]`: decodes the file once (off the main thread), then runs
// every enabled, configured STT provider on it at the same time, each through the router with
// that provider alone (breaker-checked, retried, recorded in health like any call). Prints per
// provider the text, latency, outcome and, with a reference, the word error rate. Exit 0 when at
// least one provider succeeded, 1 when all failed or none could run, 2 for input errors.
class CompareCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override
    {
        return tr("Run every enabled, configured STT provider on one file and compare.");
    }
    QString arguments() const override { return QStringLiteral("FILE [--reference TEXT]"); }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    void compare(const AudioClip& clip);
    void collect(int index, const QString& provider, const RoutedTranscribeJob& job, double latencyMs);
    void finish();

    QString m_file;
    std::optional<QString> m_reference;
    QList<QJsonObject> m_results; // in priority order
    QJsonArray m_skipped;
    QStringList m_lines;
    int m_pending = 0;
    int m_succeeded = 0;
};

} // namespace vd::cli
