#include "app/cli/commands/monitorcommand.h"

#include "app/cli/metrics/metricsrenderer.h"
#include "app/cli/metrics/sampleobserver.h"
#include "app/cli/terminationsignals.h"
#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/healthmonitor.h"
#include "core/resilience/resiliencestate.h"
#include "core/runtime/runtime.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QUrl>

namespace vd::cli {

namespace {

constexpr int kMaxIntervalSeconds = 86400;

// "127.0.0.1:9464", "[::1]:9464", "localhost:9464" or ":9464" (all interfaces).
std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString& text)
{
    const QUrl url(QStringLiteral("tcp://") + text);
    if (!url.isValid() || url.port() < 0 || !url.path().isEmpty())
        return std::nullopt;
    const QString host = url.host();
    QHostAddress address;
    if (host.isEmpty())
        address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return std::nullopt;
    return std::pair{address, quint16(url.port())};
}

} // namespace

MonitorCommand::~MonitorCommand() = default;

void MonitorCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("interval"),
         tr("Seconds between probe rounds, 1 to %1, ±10 % jitter (default: health.probe_interval_seconds "
            "from the config, 60).")
             .arg(kMaxIntervalSeconds),
         QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("listen"),
                      tr("Address and port for http://HOST:PORT/metrics; port 0 picks a free one (default: "
                         "127.0.0.1:%1).")
                          .arg(kDefaultPort),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:%1").arg(kDefaultPort)});
}

int MonitorCommand::prepare(const QCommandLineParser& parser)
{
    m_intervalSeconds = m_runtime->config().health.probeIntervalSeconds;
    if (parser.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        m_intervalSeconds = parser.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || m_intervalSeconds < 1 || m_intervalSeconds > kMaxIntervalSeconds) {
            m_out.error(tr("--interval needs whole seconds from 1 to %1, got \"%2\"")
                            .arg(kMaxIntervalSeconds)
                            .arg(parser.value(QStringLiteral("interval"))));
            return ExitUsage;
        }
    }
    const QString listen = parser.value(QStringLiteral("listen"));
    const auto address = parseListen(listen);
    if (!address) {
        m_out.error(tr("--listen needs HOST:PORT, e.g. 127.0.0.1:%1 or [::1]:%1, got \"%2\"")
                        .arg(kDefaultPort)
                        .arg(listen));
        return ExitUsage;
    }
    // Listening here, before anything starts, turns a busy port into an immediate usage error.
    m_http = std::make_unique<QHttpServer>();
    m_tcp = new QTcpServer(m_http.get()); // bind() makes the HTTP server its owner anyway
    if (!m_tcp->listen(address->first, address->second)) {
        m_out.error(tr("cannot listen on %1: %2; choose another address or port with --listen HOST:PORT")
                        .arg(listen, m_tcp->errorString()));
        return ExitUsage;
    }
    m_host = address->first;
    m_http->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get,
                  [this] { return QHttpServerResponse(MetricsRenderer::contentType(), metrics()); });
    m_http->bind(m_tcp);
    return ExitOk;
}

QString MonitorCommand::url() const
{
    const QString host = m_host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_host.toString())
                             : m_host.toString();
    return QStringLiteral("http://%1:%2/metrics").arg(host).arg(m_tcp->serverPort());
}

void MonitorCommand::run()
{
    m_signals = new TerminationSignals(this);
    connect(m_signals, &TerminationSignals::received, this, &MonitorCommand::stop);
    m_observer = new SampleObserver(m_runtime->resilience(), QDateTime::currentDateTimeUtc(), this);

    HealthSettings settings = m_runtime->resilience().healthSettings();
    settings.probeIntervalSeconds = m_intervalSeconds;
    m_runtime->resilience().setHealthSettings(settings);
    HealthMonitor& monitor = m_runtime->health();
    connect(&monitor, &HealthMonitor::probeFinished, this, [this](const QString& name, bool ok) {
        m_out.diagnostic(
            tr("probe %1: %2")
                .arg(name, ok ? QStringLiteral("ok") : m_runtime->resilience().health(name).lastError()));
    });
    if (m_out.json())
        m_out.printJsonLine(QJsonObject{{QStringLiteral("metrics_url"), url()},
                                        {QStringLiteral("interval_seconds"), m_intervalSeconds}});
    else
        m_out.printLine(tr("serving metrics at %1, probing every %2 s; Ctrl+C to stop")
                            .arg(url())
                            .arg(m_intervalSeconds));
    monitor.probeAll();
    monitor.startProbing();
}

QByteArray MonitorCommand::metrics()
{
    QList<ProviderMetrics> providers;
    ResilienceState& state = m_runtime->resilience();
    for (const ProviderInfo& info : m_runtime->registry().availableProviders({}, false)) {
        ProviderMetrics p;
        p.provider = info.name;
        p.category = info.category;
        p.enabled = info.enabled;
        p.configured = m_runtime->factory().isConfigured(info);
        p.status = state.status(info.name);
        CircuitBreaker* breaker = state.breaker(info.name);
        p.breaker = breaker->state();
        p.openRemainingSeconds = double(breaker->remainingOpenTime().count()) / 1000.0;
        p.consecutiveFailures = state.health(info.name).consecutiveFailures();
        if (m_observer)
            p.tally = m_observer->tally(info.name);
        providers.append(p);
    }
    return MetricsRenderer::render(providers);
}

void MonitorCommand::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_runtime->health().stopProbing();
    m_tcp->close();
    m_out.diagnostic(tr("stopping on signal; saving state"));
    Q_EMIT finished(ExitOk);
}

} // namespace vd::cli
