#include "tests/support/mockserver/multipartparser.h"

#include <QUrl>

namespace vd::test {

namespace {

Result<MultipartPart, QString> parsePart(const QByteArray& raw)
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return QStringLiteral("a multipart part has no blank line after its headers");
    MultipartPart part;
    QByteArray disposition;
    for (const QByteArray& line : raw.left(headEnd).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype colon = trimmed.indexOf(':');
        if (colon <= 0)
            return QStringLiteral("malformed multipart part header: %1").arg(QString::fromUtf8(trimmed.left(120)));
        const QByteArray name = trimmed.left(colon).trimmed().toLower();
        const QByteArray value = trimmed.mid(colon + 1).trimmed();
        if (name == "content-disposition")
            disposition = value;
        else if (name == "content-type")
            part.contentType = value;
    }
    if (!disposition.toLower().startsWith("form-data"))
        return QStringLiteral("a multipart part lacks 'Content-Disposition: form-data'");
    const QByteArray name = MultipartParser::headerParameter(disposition, "name");
    if (name.isNull())
        return QStringLiteral("a multipart part's Content-Disposition has no name");
    part.name = QString::fromUtf8(name);
    const QByteArray filename = MultipartParser::headerParameter(disposition, "filename");
    part.hasFilename = !filename.isNull();
    part.filename = QString::fromUtf8(filename);
    part.data = raw.mid(headEnd + 4);
    return part;
}

} // namespace

QByteArray MultipartParser::headerParameter(const QByteArray& header, const QByteArray& key)
{
    qsizetype i = header.indexOf(';');
    while (i >= 0 && i < header.size()) {
        ++i;
        while (i < header.size() && header[i] == ' ')
            ++i;
        const qsizetype eq = header.indexOf('=', i);
        if (eq < 0)
            return {};
        const QByteArray name = header.mid(i, eq - i).trimmed().toLower();
        QByteArray value;
        i = eq + 1;
        if (i < header.size() && header[i] == '"') {
            for (++i; i < header.size() && header[i] != '"'; ++i) {
                if (header[i] == '\\' && i + 1 < header.size())
                    ++i;
                value += header[i];
            }
            i = header.indexOf(';', i);
        } else {
            const qsizetype end = header.indexOf(';', i);
            value = header.mid(i, end < 0 ? -1 : end - i).trimmed();
            i = end;
        }
        if (name == key.toLower())
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

Result<QList<MultipartPart>, QString> MultipartParser::parse(const QByteArray& contentType, const QByteArray& body)
{
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty())
        return QStringLiteral("multipart/form-data Content-Type has no boundary parameter");
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf("\r\n" + delimiter);
    if (pos < 0)
        return QStringLiteral("the body does not contain the multipart boundary");
    pos += body.startsWith(delimiter) ? delimiter.size() : delimiter.size() + 2;

    QList<MultipartPart> parts;
    for (;;) {
        if (body.mid(pos, 2) == "--")
            return parts; // closing delimiter; anything after it is the epilogue
        if (body.mid(pos, 2) != "\r\n")
            return QStringLiteral("multipart boundary not followed by CRLF");
        pos += 2;
        const qsizetype next = body.indexOf("\r\n" + delimiter, pos);
        if (next < 0)
            return QStringLiteral("multipart body ends without the closing boundary '--%1--'")
                .arg(QString::fromLatin1(boundary));
        Result<MultipartPart, QString> part = parsePart(body.mid(pos, next - pos));
        if (!part)
            return part.error();
        parts.append(std::move(part.value()));
        pos = next + 2 + delimiter.size();
    }
}

QList<QPair<QString, QString>> parseFormUrlEncoded(const QByteArray& body)
{
    QList<QPair<QString, QString>> fields;
    for (QByteArray pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        fields.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return fields;
}

} // namespace vd::test
