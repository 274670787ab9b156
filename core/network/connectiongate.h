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

    // Runs `send` now when the origin has a free slot, else when one frees up (never
    // synchronously from leave()). `owner` identifies the request; if it is destroyed while
    // waiting, it is skipped.
    void enter(const QUrl& url, QObject* owner, std::function<void()> send);
    // The request of `owner` finished, failed or was abandoned: frees its slot or its place in
    // the queue. Safe to call more than once.
    void leave(const QUrl& url, QObject* owner);

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
    static QString originOf(const QUrl& url);
    void admitNext(const QString& origin);

    QHash<QString, Origin> m_origins;
};

} // namespace vd
