#include "core/resilience/resiliencestore.h"

#include "core/corelog.h"
#include "core/model/jsontext.h"
#include "core/resilience/statefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>
#include <map>
#include <utility>

namespace vd {

namespace {

constexpr int kFormatVersion = 1;
constexpr std::chrono::seconds kRetryAfterFailure{30};

// Replays events at the wall time they happened, so open durations and lazy OPEN → HALF_OPEN
// moves come out as they would have in a single process.
class ReplayClock final : public Clock
{
public:
    std::chrono::steady_clock::time_point now() const override
    {
        return std::chrono::steady_clock::time_point{} +
               std::chrono::milliseconds(m_wall.toMSecsSinceEpoch());
    }
    QDateTime wallNow() const override { return m_wall; }
    void set(const QDateTime& wall) { m_wall = wall; }

private:
    QDateTime m_wall;
};

std::optional<QHash<QString, ProviderResilienceSnapshot>> parse(const QByteArray& data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion ||
        !root.value(QStringLiteral("providers")).isObject())
        return std::nullopt;
    QHash<QString, ProviderResilienceSnapshot> providers;
    const QJsonObject list = root.value(QStringLiteral("providers")).toObject();
    for (auto it = list.begin(); it != list.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        auto breaker = BreakerSnapshot::fromJson(entry.value(QStringLiteral("breaker")).toObject());
        auto health = ProviderHealth::fromJson(entry.value(QStringLiteral("health")).toObject());
        if (!breaker || !health)
            return std::nullopt;
        providers.insert(it.key(), {*breaker, *health});
    }
    return providers;
}

QByteArray serialise(const QHash<QString, ProviderResilienceSnapshot>& providers, const QDateTime& now)
{
    // Written as text rather than as one QJsonObject: with every history full (90k samples) the
    // tree cost 1.3 billion instructions a save (issue #13). Providers in name order, as before.
    QStringList names = providers.keys();
    names.sort();
    QByteArray out = "{\"version\":" + QByteArray::number(kFormatVersion) + ",\"updated\":";
    appendJsonString(out, now.toUTC().toString(Qt::ISODateWithMs));
    out += ",\"providers\":{";
    const char* separator = "";
    for (const QString& name : names) {
        const ProviderResilienceSnapshot& provider = *providers.constFind(name);
        out += std::exchange(separator, ",");
        appendJsonString(out, name);
        out += ":{\"breaker\":";
        out += QJsonDocument(provider.breaker.toJson()).toJson(QJsonDocument::Compact);
        out += ",\"health\":";
        out += provider.health.toJsonText();
        out += '}';
    }
    out += "}}";
    return out;
}

} // namespace

ResilienceStore::ResilienceStore(ResilienceState& state, const QString& stateDir, QObject* parent)
    : QObject(parent), m_state(state),
      m_path(QDir(stateDir).filePath(QStringLiteral("resilience-state.json")))
{
    m_state.setJournaling(true);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, [this] { startSync(); });
    connect(&m_state, &ResilienceState::eventsPending, this, [this] {
        if (!m_watcher && !m_debounce.isActive())
            m_debounce.start(m_saveDelay);
    });
}

ResilienceStore::~ResilienceStore()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
        const SyncResult result = m_watcher->result();
        if (result.ok)
            m_state.dropPendingEvents(result.eventsWritten);
    }
    if (m_state.hasPendingEvents()) {
        const SyncResult result = sync(m_path, m_state.pendingEvents(), m_state.breakerSettings(),
                                       m_state.healthSettings(), m_state.clock().wallNow(), m_cache.get());
        if (result.ok)
            m_state.dropPendingEvents(result.eventsWritten);
    }
}

QFuture<bool> ResilienceStore::load()
{
    return startSync();
}

QFuture<bool> ResilienceStore::flush()
{
    return startSync();
}

QFuture<bool> ResilienceStore::startSync()
{
    if (m_watcher) {
        // One sync at a time; whoever asks meanwhile gets the next one, which includes their events.
        if (!m_next) {
            m_next = std::make_shared<QPromise<bool>>();
            m_next->start();
        }
        return m_next->future();
    }
    m_debounce.stop();
    m_promise = std::make_shared<QPromise<bool>>();
    m_promise->start();
    m_watcher = new QFutureWatcher<SyncResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ResilienceStore::finishSync);
    // The cache outlives the sync: the destructor waits for it.
    m_watcher->setFuture(QtConcurrent::run(&ResilienceStore::sync, m_path, m_state.pendingEvents(),
                                           m_state.breakerSettings(), m_state.healthSettings(),
                                           m_state.clock().wallNow(), m_cache.get()));
    return m_promise->future();
}

void ResilienceStore::finishSync()
{
    const SyncResult result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_lastError = result.ok ? QString() : result.error;
    if (result.ok) {
        m_state.dropPendingEvents(result.eventsWritten);
        for (auto it = result.merged.cbegin(); it != result.merged.cend(); ++it)
            m_state.adopt(it.key(), it.value());
    } else {
        qCWarning(lcResilienceStore).noquote() << result.error;
    }
    if (!result.movedTo.isEmpty())
        Q_EMIT corruptFileMovedAside(result.movedTo);
    const auto promise = std::move(m_promise);
    promise->addResult(result.ok);
    promise->finish();
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loaded(result.ok);
    }
    Q_EMIT saved(result.ok);

    if (m_next) {
        const auto next = std::move(m_next);
        m_next.reset();
        QFuture<bool> future = startSync();
        auto* watcher = new QFutureWatcher<bool>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, next] {
            next->addResult(watcher->result());
            next->finish();
            watcher->deleteLater();
        });
        watcher->setFuture(future);
    } else if (m_state.hasPendingEvents()) {
        m_debounce.start(result.ok ? m_saveDelay : std::chrono::milliseconds(kRetryAfterFailure));
    }
}

ResilienceStore::SyncResult ResilienceStore::sync(const QString& path, const QList<ResilienceEvent>& events,
                                                  const BreakerSettings& breakerSettings,
                                                  const HealthSettings& healthSettings,
                                                  const QDateTime& wallNow, SyncCache* cache)
{
    SyncResult result;
    result.eventsWritten = int(events.size());
    StateFile file(path);
    if (auto locked = file.lock(); !locked) {
        result.error = locked.error();
        return result;
    }
    file.removeStaleTemporaries(wallNow);

    QHash<QString, ProviderResilienceSnapshot> providers;
    const auto content = file.read();
    if (!content) {
        result.error = content.error();
        return result;
    }
    if (content->data && !cache->bytes.isEmpty() && *content->data == cache->bytes) {
        // Nobody wrote since this process last read or wrote the file: the state it holds is in
        // memory, and parsing a full history again cost more than everything else a sync does.
        providers = cache->providers;
    } else if (content->data || content->tooLarge) {
        const auto parsed = content->data ? parse(*content->data) : std::nullopt;
        if (parsed) {
            providers = *parsed;
            *cache = {*content->data, providers};
        } else {
            result.movedTo = path + QStringLiteral(".corrupt-") +
                             wallNow.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            QFile::remove(result.movedTo);
            if (!QFile::rename(path, result.movedTo)) {
                result.error =
                    tr("The state file %1 is corrupt and cannot be moved aside; delete it.").arg(path);
                return result;
            }
            qCWarning(lcResilienceStore).noquote() << tr("The state file %1 was corrupt; it was moved to %2 "
                                                         "and breakers and health start afresh.")
                                                          .arg(path, result.movedTo);
        }
    }

    ReplayClock clock;
    std::map<QString, std::unique_ptr<CircuitBreaker>> breakers;
    for (const ResilienceEvent& event : events) {
        clock.set(event.time);
        auto& breaker = breakers[event.provider];
        if (!breaker) {
            breaker = std::make_unique<CircuitBreaker>(breakerSettings, clock);
            breaker->restore(providers[event.provider].breaker);
        }
        ResilienceState::apply(event, *breaker, providers[event.provider].health);
    }
    clock.set(wallNow);
    const QDateTime cutoff = wallNow.addSecs(-qint64(healthSettings.historyHours) * 3600);
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        if (const auto b = breakers.find(it.key()); b != breakers.end())
            it->breaker = b->second->snapshot();
        it->health.sortHistory();
        it->health.pruneBefore(cutoff);
    }

    if (!events.isEmpty() || !result.movedTo.isEmpty()) {
        QByteArray bytes = serialise(providers, wallNow);
        if (auto written = file.write(bytes); !written) {
            result.error = written.error();
            return result;
        }
        *cache = {std::move(bytes), providers};
    }
    result.merged = providers;
    result.ok = true;
    return result;
}

} // namespace vd
