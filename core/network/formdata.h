#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace vd {

// One part of a multipart/form-data body.
struct FormPart
{
    QByteArray name;
    QString fileName;       // empty for plain fields
    QByteArray contentType; // empty for plain fields
    QByteArray data;
};

// A multipart/form-data body (RFC 7578) as one byte array, and the Content-Type naming its boundary.
//
// Why not QHttpMultiPart: QNetworkAccessManager sends a QIODevice body by forwarding it from the
// sender's thread to its HTTP thread piece by piece with queued signals, while a byte array is
// handed over whole. For a one-second transcription (a 32 kB form) the device cost the client
// 40-95 µs more CPU time per request (docs/BENCHMARKS.md, issue #13). The body is built where
// the audio is prepared, on the thread pool, so a large recording is never copied on the thread
// that sends it.
struct FormData
{
    QByteArray contentType;
    QByteArray body;
};

// `boundary` empty: a fresh random one (128 bits, so it cannot plausibly occur inside a part).
FormData encodeFormData(const QList<FormPart>& parts, const QByteArray& boundary = {});

} // namespace vd
