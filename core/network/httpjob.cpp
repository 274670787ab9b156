#include "core/network/httpjob.h"

#include "core/corelog.h"
#include "core/network/connectiongate.h"
#include "core/network/redaction.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimerEvent>
#include <algorithm>

namespace vd {

namespace {

QString mebibytes(qint64 bytes)
{
    return bytes % kMiB == 0 ? QStringLiteral("%1 MiB").arg(bytes / kMiB)
                             : QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

HttpJob::HttpJob(QNetworkAccessManager* network, HttpCall call, QObject* parent)
    : QObject(parent), m_network(network), m_call(std::move(call))
{}

HttpJob::~HttpJob()
{
    detachReply();
}

void HttpJob::start()
{
    if (m_reply || m_done || m_gate)
        return;
    m_elapsed.start();
    m_starting = true; // whatever finishes the job from here on is queued (finishOnce)
    if (!m_network) {
        failLocally(ProviderError::make(ErrorKind::Network,
                                        tr("No network access is available to send the request.")));
    } else {
        m_gate = ConnectionGate::of(m_network);
        m_origin = ConnectionGate::originOf(m_call.url);
        m_gate->enter(m_origin, this, [this] { send(); });
    }
    m_starting = false;
}

void HttpJob::send()
{
    if (m_done)
        return;
    QNetworkRequest request(m_call.url);
    for (const auto& [name, value] : m_call.headers)
        request.setRawHeader(name, value);
    // Redirects to another host (or from https to http) are refused: credentials must not leak.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Qt inflates compressed answers before we see them; its bomb check (ratio over 40 past this
    // threshold) then stops a compression bomb right past the cap instead of at its 10 MiB default.
    request.setDecompressedSafetyCheckThreshold(m_call.maxResponseBytes);
    // No protocol attributes: Qt 6 offers h2 to every https server by ALPN already. A body over
    // 16 KiB to a server on this machine can wait ~40 ms on Nagle's algorithm in Qt's socket,
    // whatever the protocol (h2, h2c, one byte array): docs/BENCHMARKS.md, "The upload stall".

    qCDebug(lcNetwork).noquote()
        << m_call.method << redactedUrl(m_call.url) << "body" << m_call.body.size() << "bytes; headers:"
        << redactedHeaders(m_call.headers).replace(QLatin1Char('\n'), QStringLiteral("; "));

    if (m_call.method == "GET") {
        m_reply = m_network->get(request);
    } else {
        m_reply = m_network->sendCustomRequest(request, m_call.method, m_call.body);
    }
    // Without a bound Qt's HTTP thread reads on while the job's thread is busy, and the
    // queued data never reaches onReadyRead's cap check: 700 MB for a 600 MiB chunked answer.
    m_reply->setReadBufferSize(kReadAheadBytes);

    connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { noteActivity(); });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Logged only; never ignored, so the handshake fails and the reply reports it.
        for (const QSslError& error : errors)
            qCWarning(lcNetwork).noquote()
                << "TLS error for" << redactedUrl(m_call.url) << ":" << error.errorString();
    });
    noteActivity();
    m_idleTimer.start(int(m_transferTimeout.count()), this);
}

void HttpJob::abort()
{
    m_aborted = true;
    m_done = true;
    if (m_reply)
        qCDebug(lcNetwork).noquote() << "aborted" << m_call.method << redactedUrl(m_call.url);
    detachReply();
}

void HttpJob::onMetaData()
{
    collectMetaData();
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_call.maxResponseBytes) {
        failLocally(ProviderError::make(
            ErrorKind::InvalidResponse,
            tr("The server announced a %1-byte answer, over the %2 cap for this request; check base_url.")
                .arg(length)
                .arg(mebibytes(m_call.maxResponseBytes)),
            m_response.status));
    } else if (ok && length > 0 && m_response.body.isEmpty()) {
        // The body then grows without moving; no more than Qt reads ahead is taken on trust.
        m_response.body.reserve(std::min(length, kReadAheadBytes));
    }
}

void HttpJob::onReadyRead()
{
    noteActivity();
    if (!m_reply)
        return;
    const qint64 unread = m_reply->bytesAvailable();
    // Each read tells Qt's HTTP thread how much of the read-ahead was freed, a hand-over to that
    // thread: a short answer is taken in one piece when it has finished (issue #13). Reading
    // well before the read-ahead is full keeps Qt from pausing the transfer.
    const bool pastCap = unread > m_call.maxResponseBytes - m_response.body.size();
    if (m_call.streamBody || pastCap || unread >= kReadAheadBytes / 4)
        takeAvailable();
}

void HttpJob::takeAvailable()
{
    const qint64 unread = m_reply->bytesAvailable();
    m_peakUnread = std::max(m_peakUnread, unread); // unread bytes only grow until taken
    // One byte past the cap is enough to know the answer is too large: never take in more.
    const qint64 room = m_call.maxResponseBytes - m_response.body.size();
    const qint64 wanted = std::min(unread, room + 1);
    if (wanted <= 0)
        return;
    // Straight into the body: one copy out of Qt's buffer, not a chunk copied again (issue #13).
    QByteArray& body = m_response.body;
    const qsizetype start = body.size();
    if (body.capacity() < start + wanted) {
        // Doubling, as appending would: resize() alone allocates the exact size, and a large
        // chunked answer read in 1 MiB pieces was copied over and over (quadratic).
        body.reserve(std::min(std::max(start + wanted, 2 * body.capacity()), m_call.maxResponseBytes + 1));
    }
    body.resize(start + wanted);
    const qint64 got = std::max<qint64>(m_reply->read(body.data() + start, wanted), 0);
    body.resize(start + got);
    m_bytesRead += got;
    if (got > room) {
        body.resize(start);
        failLocally(capExceeded());
        return;
    }
    if (m_call.streamBody && got > 0) {
        if (m_response.status == 0)
            collectMetaData();
        if (m_response.status >= 200 && m_response.status < 300)
            Q_EMIT bodyChunk(body.sliced(start));
    }
}

ProviderError HttpJob::capExceeded() const
{
    const QByteArray encoding = contentEncoding();
    const QString message =
        encoding.isEmpty()
            ? tr("The answer exceeded the %1 cap for this request and was stopped; check base_url points "
                 "at the right service.")
                  .arg(mebibytes(m_call.maxResponseBytes))
            : tr("The answer arrived %1-compressed and decompressed to more than the %2 cap for this "
                 "request (a compression bomb); it was stopped. Check base_url points at the right service.")
                  .arg(QString::fromLatin1(encoding), mebibytes(m_call.maxResponseBytes));
    return ProviderError::make(ErrorKind::InvalidResponse, message, m_response.status);
}

void HttpJob::onReplyFinished()
{
    if (!m_reply || m_done)
        return;
    takeAvailable();
    if (m_done)
        return;
    if (wasFailedUnsent()) {
        // Not an answer of the server: QNAM fails the requests queued for an origin when another
        // of its connections there breaks. Sending it again costs the provider nothing.
        qCDebug(lcNetwork).noquote() << "resending" << m_call.method << redactedUrl(m_call.url)
                                     << "failed before it was sent:" << m_reply->errorString();
        ++m_unsentResends;
        dropReply();
        send();
        return;
    }
    collectMetaData();
    m_response.networkError = m_reply->error();
    if (m_response.networkError == QNetworkReply::UnknownContentError && !contentEncoding().isEmpty()) {
        // Qt failed to inflate the answer: its bomb check (threshold: the cap) or damaged data;
        // Qt 6.4 tells neither apart, and it is not the network's doing either way.
        failLocally(ProviderError::make(
            ErrorKind::InvalidResponse,
            tr("The answer arrived %1-compressed and could not be decompressed within the %2 cap for "
               "this request: a compression bomb, or damaged compressed data. It was stopped; check "
               "base_url points at the right service.")
                .arg(QString::fromLatin1(contentEncoding()), mebibytes(m_call.maxResponseBytes)),
            m_response.status));
        return;
    }
    if (m_response.networkError != QNetworkReply::NoError) {
        m_response.networkErrorText = redactSecrets(m_reply->errorString());
    } else if (const QString cut = truncation(); !cut.isEmpty()) {
        m_response.networkError = QNetworkReply::RemoteHostClosedError;
        m_response.networkErrorText = cut;
    }
    m_response.elapsedMs = m_elapsed.elapsed();
    qCDebug(lcNetwork).noquote() << m_call.method << redactedUrl(m_call.url) << "->" << m_response.status
                                 << m_response.body.size() << "bytes in" << m_response.elapsedMs << "ms"
                                 << (m_response.networkError != QNetworkReply::NoError
                                         ? m_response.networkErrorText
                                         : QString());
    detachReply();
    finishOnce();
}

QString HttpJob::truncation() const
{
    // Qt 6.4 can finish a reply without an error when the peer resets the connection in the
    // middle of a body whose length it announced: the half-received body would pass for the
    // whole answer (half a WAV plays as a clipped sentence). Decoded (compressed) bodies have
    // another length than announced, so only identity bodies are checked.
    bool announced = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&announced);
    if (!announced || m_call.method == "HEAD" || !contentEncoding().isEmpty() ||
        m_response.body.size() >= length)
        return {};
    return tr("The connection closed after %1 of the %2 bytes the server announced.")
        .arg(m_response.body.size())
        .arg(length);
}

QByteArray HttpJob::contentEncoding() const
{
    const QByteArray encoding =
        m_reply ? m_reply->rawHeader("Content-Encoding").trimmed().toLower() : QByteArray();
    return encoding == "identity" ? QByteArray() : encoding;
}

void HttpJob::timerEvent(QTimerEvent* event)
{
    if (event->timerId() != m_idleTimer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    const auto idle = std::chrono::steady_clock::now() - m_lastActivity;
    if (idle < m_transferTimeout) {
        m_idleTimer.start(int(std::chrono::ceil<std::chrono::milliseconds>(m_transferTimeout - idle).count()),
                          this);
        return;
    }
    m_idleTimer.stop();
    onIdleTimeout();
}

void HttpJob::onIdleTimeout()
{
    if (m_done)
        return;
    failLocally(ProviderError::make(ErrorKind::Timeout,
                                    tr("No data moved for %1 s; the server or the network stalled.")
                                        .arg(m_transferTimeout.count() / 1000.0),
                                    m_response.status));
}

void HttpJob::failLocally(const ProviderError& error)
{
    if (m_done)
        return;
    qCWarning(lcNetwork).noquote() << m_call.method << redactedUrl(m_call.url) << "stopped:" << error.message;
    m_response.localError = error;
    m_response.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    detachReply();
    finishOnce();
}

bool HttpJob::wasFailedUnsent() const
{
    // Only "Connection closed" without a byte of the request written: refused connections, DNS
    // and TLS failures also come before sending, but they are the server's answer and would fail
    // again. Bounded, in case a Qt version reports requestSent late.
    return !m_requestSent && m_unsentResends < kMaxUnsentResends && m_response.status == 0 &&
           m_reply->error() == QNetworkReply::RemoteHostClosedError;
}

void HttpJob::detachReply()
{
    m_idleTimer.stop();
    if (m_gate) {
        m_gate->leave(m_origin, this);
        m_gate = nullptr;
    }
    dropReply();
}

void HttpJob::dropReply()
{
    m_requestSent = false;
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void HttpJob::finishOnce()
{
    m_done = true;
    if (!m_starting) {
        // From the reply's or a timer's signal: the caller of start() has long returned, and
        // another trip through the event loop would only add to every request's cost.
        Q_EMIT finished();
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_aborted)
                Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

void HttpJob::collectMetaData()
{
    if (!m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        m_response.status = status.toInt();
    m_response.headers = m_reply->rawHeaderPairs();
}

} // namespace vd
