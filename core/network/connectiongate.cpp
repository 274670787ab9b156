#include "core/network/connectiongate.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace vd {

ConnectionGate* ConnectionGate::of(QNetworkAccessManager* network)
{
    auto* gate = network->findChild<ConnectionGate*>(QString(), Qt::FindDirectChildrenOnly);
    return gate ? gate : new ConnectionGate(network);
}

QString ConnectionGate::originOf(const QUrl& url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

void ConnectionGate::enter(const QString& key, QObject* owner, std::function<void()> send)
{
    Origin& origin = m_origins[key];
    if (origin.running.size() < kPerOrigin && origin.waiting.isEmpty()) {
        origin.running.append(owner);
        send();
        return;
    }
    origin.waiting.append({owner, std::move(send)});
}

void ConnectionGate::leave(const QString& key, QObject* owner)
{
    const auto it = m_origins.find(key);
    if (it == m_origins.end())
        return;
    it->waiting.removeIf([owner](const Waiter& waiter) { return waiter.owner == owner || !waiter.owner; });
    const bool wasRunning = it->running.removeOne(owner);
    if (wasRunning && !it->waiting.isEmpty()) {
        // From the event loop: leave() is called from inside the leaving job's own handlers.
        QMetaObject::invokeMethod(
            this, [this, key] { admitNext(key); }, Qt::QueuedConnection);
    }
}

void ConnectionGate::admitNext(const QString& key)
{
    // Looked up afresh on every turn: send() may add another origin and rehash the table.
    for (auto it = m_origins.find(key); it != m_origins.end(); it = m_origins.find(key)) {
        if (it->running.size() >= kPerOrigin || it->waiting.isEmpty())
            return;
        Waiter next = it->waiting.takeFirst();
        if (!next.owner)
            continue; // destroyed while waiting
        it->running.append(next.owner);
        next.send();
    }
}

int ConnectionGate::running(const QUrl& url) const
{
    return int(m_origins.value(originOf(url)).running.size());
}

int ConnectionGate::waiting(const QUrl& url) const
{
    return int(m_origins.value(originOf(url)).waiting.size());
}

} // namespace vd
