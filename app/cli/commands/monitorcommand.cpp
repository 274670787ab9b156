#include "app/cli/commands/monitorcommand.h"

#include "app/cli/metrics/metricsrenderer.h"
#include "app/cli/metrics/metricsserver.h"
#include "app/cli/metrics/sampleobserver.h"
#include "app/cli/terminationsignals.h"
#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/healthmonitor.h"
#include "core/resilience/resiliencestate.h"
#include "core/runtime/runtime.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace vd::cli {

namespace {

constexpr int kMaxIntervalSeconds = 86400;
constexpr int kMaxClientTimeoutMs = 600000;
constexpr int kMaxConnections = 1024;
constexpr qint64 kMaxTokenBytes = 4096;
const char* const kTokenVariable = "VOICEDECK_METRICS_TOKEN";

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
                         "127.0.0.1:%1). Anything but loopback is warned about: everyone who can reach the "
                         "port can read the page; add --token-file.")
                          .arg(kDefaultPort),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:%1").arg(kDefaultPort)});
    parser.addOption({QStringLiteral("token-file"),
                      tr("Require \"Authorization: Bearer TOKEN\" on /metrics, with the token read from FILE "
                         "(keep it readable by you only; default: the %1 environment variable, else no "
                         "token). Never put a token on the command line: every user can read it.")
                          .arg(QString::fromLatin1(kTokenVariable)),
                      QStringLiteral("FILE")});
    const MetricsServer::Limits limits;
    parser.addOption({QStringLiteral("client-timeout"),
                      tr("Milliseconds a client has to send its request and read the answer; idle and slow "
                         "connections are closed then, 50 to %1 (default: %2).")
                          .arg(kMaxClientTimeoutMs)
                          .arg(limits.clientTimeout.count()),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("max-connections"),
                      tr("Connections served at once, 1 to %1; a new one closes the oldest (default: %2).")
                          .arg(kMaxConnections)
                          .arg(limits.maxConnections),
                      QStringLiteral("N")});
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
    m_server = new MetricsServer(
        MetricsRenderer::contentType(), [this] { return metrics(); }, this);
    if (const int code = readLimits(parser); code != ExitOk)
        return code;
    if (const int code = readToken(parser); code != ExitOk)
        return code;
    // Listening here, before anything starts, turns a busy port into an immediate usage error.
    if (!m_server->listen(address->first, address->second)) {
        m_out.error(tr("cannot listen on %1: %2; choose another address or port with --listen HOST:PORT")
                        .arg(listen, m_server->errorString()));
        return ExitUsage;
    }
    m_host = address->first;
    if (!m_host.isLoopback())
        m_out.error(tr("WARNING: --listen %1 serves the metrics beyond this computer: anyone who can reach "
                       "port %2 sees every provider's name, health and traffic. %3")
                        .arg(listen)
                        .arg(address->second)
                        .arg(m_tokenSet
                                 ? tr("The bearer token is required.")
                                 : tr("Listen on 127.0.0.1, or require a token with --token-file FILE.")));
    return ExitOk;
}

int MonitorCommand::readLimits(const QCommandLineParser& parser)
{
    MetricsServer::Limits limits;
    const auto number = [&](const QString& option, int min, int max, int fallback) -> std::optional<int> {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (ok && value >= min && value <= max)
            return value;
        m_out.error(tr("--%1 needs a whole number from %2 to %3, got \"%4\"")
                        .arg(option)
                        .arg(min)
                        .arg(max)
                        .arg(parser.value(option)));
        return std::nullopt;
    };
    const auto timeout =
        number(QStringLiteral("client-timeout"), 50, kMaxClientTimeoutMs, int(limits.clientTimeout.count()));
    const auto connections =
        number(QStringLiteral("max-connections"), 1, kMaxConnections, limits.maxConnections);
    if (!timeout || !connections)
        return ExitUsage;
    limits.clientTimeout = std::chrono::milliseconds(*timeout);
    limits.maxConnections = *connections;
    m_server->setLimits(limits);
    return ExitOk;
}

int MonitorCommand::readToken(const QCommandLineParser& parser)
{
    QByteArray token;
    if (parser.isSet(QStringLiteral("token-file"))) {
        const QString path = parser.value(QStringLiteral("token-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_out.error(tr("cannot read the token file %1: %2").arg(path, file.errorString()));
            return ExitUsage;
        }
        token = file.read(kMaxTokenBytes + 1).trimmed();
        if (token.isEmpty() || token.size() > kMaxTokenBytes || token.contains('\n')) {
            m_out.error(tr("the token file %1 must hold one token of 1 to %2 bytes on one line")
                            .arg(path)
                            .arg(kMaxTokenBytes));
            return ExitUsage;
        }
        if (QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther))
            m_out.error(tr("WARNING: the token file %1 is readable by other users; chmod 600 it.").arg(path));
    } else {
        token = qgetenv(kTokenVariable).trimmed();
    }
    m_server->setToken(token);
    m_tokenSet = !token.isEmpty();
    return ExitOk;
}

QString MonitorCommand::url() const
{
    const QString host = m_host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_host.toString())
                             : m_host.toString();
    return QStringLiteral("http://%1:%2/metrics").arg(host).arg(m_server->serverPort());
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
    connect(&monitor, &HealthMonitor::probeSkipped, this, [this](const QString& name, const QString& why) {
        m_out.diagnostic(tr("probe %1: skipped, %2").arg(name, why));
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
        const ProviderHealth& health = state.health(info.name);
        p.consecutiveFailures = health.consecutiveFailures();
        if (const auto& probe = health.lastQualityProbe())
            p.probeWer = probe->wer;
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
    m_server->close();
    m_out.diagnostic(tr("stopping on signal; saving state"));
    Q_EMIT finished(ExitOk);
}

} // namespace vd::cli
