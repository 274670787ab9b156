#pragma once

#include "app/cli/command.h"

#include <QHash>
#include <QJsonArray>
#include <QTimer>

namespace vd::cli {

class TerminationSignals;

// `health [--provider NAME]... [--watch SECONDS]`: active health checks through the core's
// HealthMonitor, all at once; prints each provider's status, probe outcome, latency and error.
// Without --provider every enabled, configured provider that does not need attention is probed
// (the others are listed as skipped, with the reason); a named provider is probed even when
// disabled or marked as needing attention, as the GUI's "Test" button does. Exit 1 when a probed
// provider is UNHEALTHY. --watch repeats every SECONDS until SIGINT/SIGTERM, redrawing the
// screen on a terminal and printing one round after another (JSON: one line each) otherwise.
class HealthCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ~HealthCommand() override;
    QString name() const override { return QStringLiteral("health"); }
    QString summary() const override
    {
        return tr("Run active health checks concurrently and print each result.");
    }
    QString arguments() const override { return QStringLiteral("[--provider NAME]... [--watch SECONDS]"); }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    struct Row
    {
        QString provider;
        QString outcome; // ok, failed, skipped
        QString reason;  // skipped: why
        QString errorKind;
        QString errorText;
        double latencyMs = -1.0;
    };

    void startRound();
    void skip(const QString& name, const QString& reason, const QString& text);
    void onProbeFinished(const QString& name, bool ok);
    void finishRound();
    QJsonObject rowJson(const Row& row);
    QString rowText(const Row& row);
    void stop();

    QStringList m_named;
    int m_watchSeconds = 0;
    QList<Row> m_rows;
    QHash<QString, int> m_pending; // provider -> index in m_rows
    bool m_namedSkipped = false;
    int m_round = 0;
    QTimer m_next;
    TerminationSignals* m_signals = nullptr;
    bool m_stopping = false;
};

} // namespace vd::cli
