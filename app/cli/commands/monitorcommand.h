#pragma once

#include "app/cli/command.h"

#include <QHostAddress>

namespace vd::cli {

class MetricsServer;
class SampleObserver;
class TerminationSignals;

// `monitor [--interval SECONDS] [--listen HOST:PORT] [--token-file FILE] ...`: probes every
// provider on an interval (HealthMonitor::startProbing, first round at once) and serves
// Prometheus metrics at /metrics (MetricsRenderer over the shared breaker and health state, plus
// the calls and probes seen while it runs) through MetricsServer, which bounds request size,
// client time and connections. A non-loopback --listen is warned about on stderr; a bearer token
// comes from a file or VOICEDECK_METRICS_TOKEN, never from argv (visible to every user). Runs
// until SIGINT/SIGTERM, then saves state and exits 0. A port already in use is a usage error
// (exit 2) reported before anything starts.
class MonitorCommand : public Command
{
    Q_OBJECT
public:
    static constexpr quint16 kDefaultPort = 9464; // Prometheus' registered range for exporters
    using Command::Command;
    ~MonitorCommand() override;
    QString name() const override { return QStringLiteral("monitor"); }
    QString summary() const override { return tr("Keep probing and serve Prometheus metrics at /metrics."); }
    QString arguments() const override
    {
        return QStringLiteral("[--interval SECONDS] [--listen HOST:PORT] [--token-file FILE]");
    }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    QByteArray metrics();
    QString url() const;
    int readLimits(const QCommandLineParser& parser);
    int readToken(const QCommandLineParser& parser);
    void stop();

    int m_intervalSeconds = 0;
    QHostAddress m_host;
    MetricsServer* m_server = nullptr;
    bool m_tokenSet = false;
    SampleObserver* m_observer = nullptr;
    TerminationSignals* m_signals = nullptr;
    bool m_stopping = false;
};

} // namespace vd::cli
