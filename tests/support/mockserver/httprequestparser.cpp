#include "tests/support/mockserver/httprequestparser.h"

#include <QUrl>

namespace vd::test {

namespace {
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
} // namespace

HttpRequestParser::HttpRequestParser(qint64 maxBodyBytes) : m_maxBody(maxBodyBytes) {}

void HttpRequestParser::reset()
{
    m_phase = Phase::Head;
    m_request = {};
    m_remaining = 0;
    m_errorStatus = 0;
    m_errorMessage.clear();
    m_framingWarning.clear();
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString& message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::advance(QByteArray& buffer)
{
    if (m_errorStatus != 0)
        return Status::Failed;
    switch (m_phase) {
    case Phase::Head:
        return parseHead(buffer);
    case Phase::FixedBody: {
        const qint64 take = std::min<qint64>(m_remaining, buffer.size());
        m_request.body.append(buffer.constData(), take);
        buffer.remove(0, take);
        m_remaining -= take;
        if (m_remaining > 0)
            return Status::NeedMore;
        m_phase = Phase::Complete;
        return Status::Done;
    }
    case Phase::Complete:
        return Status::Done;
    default:
        return parseChunked(buffer);
    }
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArray& buffer)
{
    // Tolerate stray CRLFs between keep-alive requests (RFC 9112 §2.2).
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHeadBytes)
            return fail(431, QStringLiteral("request header block exceeds 64 KiB"));
        return Status::NeedMore;
    }
    if (end > kMaxHeadBytes)
        return fail(431, QStringLiteral("request header block exceeds 64 KiB"));
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.remove(0, end + 4);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r') && i + 1 < lines.size())
            return fail(400, QStringLiteral("header line not terminated by CRLF"));
        line.chop(line.endsWith('\r') ? 1 : 0);
        const bool ok = i == 0 ? parseRequestLine(line) : parseHeaderLine(line);
        if (!ok)
            return Status::Failed;
    }
    return decideBody();
}

bool HttpRequestParser::parseRequestLine(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || !parts[1].startsWith('/')) {
        fail(400, QStringLiteral("malformed request line: %1").arg(QString::fromLatin1(line.left(200))));
        return false;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        fail(505, QStringLiteral("unsupported HTTP version %1").arg(QString::fromLatin1(parts[2])));
        return false;
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.version = parts[2];
    const qsizetype question = m_request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? m_request.target : m_request.target.left(question);
    m_request.rawQuery = question < 0 ? QByteArray() : m_request.target.mid(question + 1);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.left(colon).contains(' ') || line.left(colon).contains('\t')) {
        fail(400, QStringLiteral("malformed header line: %1").arg(QString::fromLatin1(line.left(200))));
        return false;
    }
    m_request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    return true;
}

HttpRequestParser::Status HttpRequestParser::decideBody()
{
    if (m_request.version == "HTTP/1.1" && m_request.headerCount("host") != 1)
        return fail(400, QStringLiteral("HTTP/1.1 request needs exactly one Host header"));
    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    const bool hasLength = m_request.hasHeader("content-length");
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding != "chunked")
            return fail(501, QStringLiteral("unsupported Transfer-Encoding: %1")
                                 .arg(QString::fromLatin1(transferEncoding)));
        if (hasLength)
            m_framingWarning = QStringLiteral("request has both Transfer-Encoding and Content-Length");
        m_request.chunked = true;
        m_phase = Phase::ChunkSize;
        return Status::HeadersDone;
    }
    if (!hasLength) {
        m_phase = Phase::Complete;
        return Status::HeadersDone;
    }
    if (m_request.headerCount("content-length") > 1)
        return fail(400, QStringLiteral("more than one Content-Length header"));
    bool ok = false;
    const qint64 length = m_request.header("content-length").toLongLong(&ok);
    if (!ok || length < 0)
        return fail(400, QStringLiteral("invalid Content-Length"));
    if (length > m_maxBody)
        return fail(413, QStringLiteral("request body of %1 bytes exceeds the cap of %2 bytes")
                             .arg(length)
                             .arg(m_maxBody));
    m_remaining = length;
    m_phase = length > 0 ? Phase::FixedBody : Phase::Complete;
    return Status::HeadersDone;
}

HttpRequestParser::Status HttpRequestParser::parseChunked(QByteArray& buffer)
{
    for (;;) {
        switch (m_phase) {
        case Phase::ChunkSize: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0)
                return buffer.size() > 1024 ? fail(400, QStringLiteral("chunk size line too long"))
                                            : Status::NeedMore;
            QByteArray sizeText = buffer.left(eol);
            buffer.remove(0, eol + 2);
            const qsizetype semicolon = sizeText.indexOf(';'); // chunk extensions are ignored
            if (semicolon >= 0)
                sizeText.truncate(semicolon);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(400, QStringLiteral("invalid chunk size"));
            if (m_request.body.size() + size > m_maxBody)
                return fail(413, QStringLiteral("chunked request body exceeds the cap of %1 bytes").arg(m_maxBody));
            m_remaining = size;
            m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, buffer.size());
            m_request.body.append(buffer.constData(), take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return Status::NeedMore;
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd:
            if (buffer.size() < 2)
                return Status::NeedMore;
            if (!buffer.startsWith("\r\n"))
                return fail(400, QStringLiteral("chunk data not followed by CRLF"));
            buffer.remove(0, 2);
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0)
                return Status::NeedMore;
            buffer.remove(0, eol + 2);
            if (eol == 0) {
                m_phase = Phase::Complete;
                return Status::Done;
            }
            break; // a trailer field: ignored
        }
        default:
            return Status::Done;
        }
    }
}

} // namespace vd::test
