#pragma once

#include "core/network/httpcall.h"
#include "core/network/httpresponse.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace vd {

class ConnectionGate;

// Sends one HttpCall through the shared QNetworkAccessManager and collects the answer (modelled
// on qBittorrent's DownloadHandler). It caps the response size, stops a transfer that stalls
// for longer than the idle timeout (a safety net; attempt timeouts belong to the router, which
// aborts), follows redirects only within the same origin, never ignores TLS errors, and logs
// with secrets redacted. `finished` is emitted once, never from inside start(); after abort() nothing is.
// Requests to one origin pass a ConnectionGate, so that QNAM rarely queues them itself; a request
// that QNAM failed with "Connection closed" before writing a byte of it is sent again (at most
// kMaxUnsentResends times), so it never counts as an attempt that failed.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxUnsentResends = 3;
    // The most Qt reads from the socket ahead of the job (QNetworkReply::setReadBufferSize), so a
    // body without a Content-Length holds at most this much past the cap in memory. 1 MiB: with
    // 256 KiB a 64 MiB answer takes four times as many hand-overs from Qt's HTTP thread, and on a
    // loaded machine each of them waits for a time slice.
    static constexpr qint64 kReadAheadBytes = 1024 * 1024;

    HttpJob(QNetworkAccessManager* network, HttpCall call, QObject* parent = nullptr);
    ~HttpJob() override;

    // Idle timeout: the longest time without any bytes moving. Default 120 s.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    void start();
    // Stops the transfer at once; no signal is emitted afterwards.
    void abort();

    const HttpCall& call() const { return m_call; }
    const HttpResponse& response() const { return m_response; }
    bool isRunning() const { return m_reply != nullptr; }
    // What the transfer held in memory besides the kept body, for tests of the cap: the bytes
    // taken from the reply in all (at most the cap + 1) and the most it held unread at once (at
    // most kReadAheadBytes).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 peakUnreadBytes() const { return m_peakUnread; }

Q_SIGNALS:
    // New body bytes of a 2xx answer, when the call asked for streaming.
    void bodyChunk(const QByteArray& chunk);
    void finished();

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    void send();
    void onMetaData();
    void onReadyRead();
    // Moves what Qt has read of the answer into the body, checking the cap.
    void takeAvailable();
    void onReplyFinished();
    // Bytes moved: the idle timeout counts from now. Only a time is noted; the timer, armed
    // once per reply, looks at it when it fires (restarting it on every readyRead and upload
    // progress cost each request several timer registrations, issue #13).
    void noteActivity() { m_lastActivity = std::chrono::steady_clock::now(); }
    void onIdleTimeout();
    // Stops the reply and finishes with the HTTP layer's own error.
    void failLocally(const ProviderError& error);
    bool wasFailedUnsent() const;
    // Leaves the gate and drops the reply.
    void detachReply();
    // Drops the reply only (the gate's slot is kept for a resend).
    void dropReply();
    // Emits `finished` now, or from the event loop when inside start() (it must never be emitted
    // from inside start()).
    void finishOnce();
    void collectMetaData();
    // Why the finished reply is shorter than it announced, or empty when it is whole.
    QString truncation() const;
    // The answer's Content-Encoding in lower case; empty for identity (uncompressed) answers.
    QByteArray contentEncoding() const;
    ProviderError capExceeded() const;

    QNetworkAccessManager* m_network;
    HttpCall m_call;
    HttpResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QPointer<ConnectionGate> m_gate; // set while admitted or waiting
    QString m_origin;                // the gate's key for m_call.url
    QBasicTimer m_idleTimer;
    std::chrono::steady_clock::time_point m_lastActivity;
    QElapsedTimer m_elapsed;
    std::chrono::milliseconds m_transferTimeout{120000};
    int m_unsentResends = 0;
    bool m_requestSent = false; // of the current reply
    qint64 m_bytesRead = 0;
    qint64 m_peakUnread = 0;
    bool m_done = false;
    bool m_aborted = false;
    bool m_starting = false;
};

} // namespace vd
