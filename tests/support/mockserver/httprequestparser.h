#pragma once

#include "tests/support/mockserver/httprequest.h"

namespace vd::test {

// Incremental HTTP/1.1 request parser: request line, headers, then a Content-Length or chunked
// body, byte by byte as the socket delivers them. Stops at the first framing error with the HTTP
// status the server should answer (400 malformed, 413 body over the cap, 431 headers too large,
// 501 unknown transfer coding). Strictness here is deliberate: the mock checks clients.
class HttpRequestParser
{
public:
    enum class Status {
        NeedMore,    // feed more bytes
        HeadersDone, // reported once per request, before the body (Expect: 100-continue, caps)
        Done,        // request() is complete
        Failed,      // errorStatus()/errorMessage() say why; request() holds what was parsed
    };

    explicit HttpRequestParser(qint64 maxBodyBytes);

    // Consumes bytes from the front of `buffer`. Call again after HeadersDone.
    Status advance(QByteArray& buffer);
    void reset();

    const HttpRequest& request() const { return m_request; }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    // Set when the framing itself is questionable but parseable (both Content-Length and
    // Transfer-Encoding): the server records it as a violation.
    QString framingWarning() const { return m_framingWarning; }

private:
    enum class Phase { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Complete };

    Status parseHead(QByteArray& buffer);
    bool parseRequestLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    Status decideBody();
    Status parseChunked(QByteArray& buffer);
    Status fail(int status, const QString& message);

    qint64 m_maxBody;
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
    QString m_framingWarning;
};

} // namespace vd::test
