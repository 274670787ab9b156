#include "core/network/formdata.h"

#include <QRandomGenerator>

namespace vd {

namespace {

QByteArray randomBoundary()
{
    quint64 random[2];
    QRandomGenerator::global()->fillRange(random);
    return "VoiceDeckFormBoundary" +
           QByteArray::fromRawData(reinterpret_cast<const char*>(random), sizeof random).toHex();
}

// A name or file name inside a quoted Content-Disposition parameter. Browsers (HTML's form
// encoding) percent-encode the three bytes that would end the quotes or the header line; the
// rest goes in as UTF-8.
QByteArray quoted(const QByteArray& value)
{
    QByteArray escaped;
    escaped.reserve(value.size() + 2);
    escaped += '"';
    for (const char byte : value) {
        if (byte == '"')
            escaped += "%22";
        else if (byte == '\r')
            escaped += "%0D";
        else if (byte == '\n')
            escaped += "%0A";
        else
            escaped += byte;
    }
    escaped += '"';
    return escaped;
}

} // namespace

FormData encodeFormData(const QList<FormPart>& parts, const QByteArray& boundary)
{
    const QByteArray delimiter = "--" + (boundary.isEmpty() ? randomBoundary() : boundary);
    qsizetype size = delimiter.size() + 4;
    for (const FormPart& part : parts)
        size += delimiter.size() + part.data.size() + part.name.size() + part.fileName.size() * 3 +
                part.contentType.size() + 96;
    QByteArray body;
    body.reserve(size);
    for (const FormPart& part : parts) {
        body += delimiter;
        body += "\r\nContent-Disposition: form-data; name=";
        body += quoted(part.name);
        if (!part.fileName.isEmpty()) {
            body += "; filename=";
            body += quoted(part.fileName.toUtf8());
        }
        if (!part.contentType.isEmpty()) {
            body += "\r\nContent-Type: ";
            body += part.contentType;
        }
        body += "\r\n\r\n";
        body += part.data;
        body += "\r\n";
    }
    body += delimiter;
    body += "--\r\n";
    return FormData{"multipart/form-data; boundary=" + delimiter.mid(2), body};
}

} // namespace vd
