#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QNetworkAccessManager;
class QUrl;

namespace vd {

// Admits at most kPerOrigin requests per origin (scheme, host, port) at a time into one
// QNetworkAccessManager; the rest wait here, in order. QNAM itself only opens 6 connections per
// origin and queues the others, and when one of its connections fails (a reset, a truncated
// answer) it fails every request queued for that origin with the same error, although they were
// never sent. Holding them here instead costs no throughput and keeps one broken connection from
// failing, and counting against the provider, requests that never reached it.
class ConnectionGate : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPerOrigin = 6; // QNAM's HTTP/1.1 connections per origin

    // The gate of `network` (created on first use as its child).
    static ConnectionGate* of(QNetworkAccessManager* network);

    // The key of the origin (scheme, host, port) of `url`: a request computes it once, for
    // enter() and leave().
    static QString originOf(const QUrl& url);

    // Runs `send` now when the origin has a free slot, else when one frees up (never
    // synchronously from leave()). `owner` identifies the request; if it is destroyed while
    // waiting, it is skipped.
    void enter(const QString& origin, QObject* owner, std::function<void()> send);
    // The request of `owner` finished, failed or was abandoned: frees its slot or its place in
    // the queue. Safe to call more than once.
    void leave(const QString& origin, QObject* owner);

    int running(const QUrl& url) const;
    int waiting(const QUrl& url) const;

private:
    explicit ConnectionGate(QObject* parent) : QObject(parent) {}
    struct Waiter
    {
        QPointer<QObject> owner;
        std::function<void()> send;
    };
    struct Origin
    {
        QList<QObject*> running;
        QList<Waiter> waiting;
    };
    void admitNext(const QString& origin);

    // An origin's entry stays when it empties: requests come one after another to the same few
    // origins, and removing and adding it again cost every request two allocations and a rehash
    // (issue #13). There are as many entries as origins this network manager has sent to.
    QHash<QString, Origin> m_origins;
};

} // namespace vd
