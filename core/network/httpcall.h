#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace vd {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

inline constexpr qint64 kMiB = 1024 * 1024;
// Response caps: JSON answers are small; audio answers of a few minutes of speech fit easily.
inline constexpr qint64 kJsonResponseCap = 4 * kMiB;
inline constexpr qint64 kAudioResponseCap = 64 * kMiB;

// One part of a multipart/form-data body.
struct FormPart
{
    QByteArray name;
    QString fileName;       // empty for plain fields
    QByteArray contentType; // empty for plain fields
    QByteArray data;
};

// One HTTP request as a value, so that request building is a pure, testable function and the
// network objects are created only where the request is sent.
struct HttpCall
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;       // Content-Type included for non-multipart bodies
    QByteArray body;           // ignored when `multipart` is non-empty
    QList<FormPart> multipart; // non-empty: the body is multipart/form-data of these parts
    qint64 maxResponseBytes = kJsonResponseCap;
    // Deliver 2xx body bytes as they arrive (HttpJob::bodyChunk), e.g. for streamed TTS audio.
    bool streamBody = false;

    QByteArray header(const QByteArray& name) const;
    // How many bytes the request body will have on the wire (multipart framing estimated).
    qint64 bodySize() const;
};

} // namespace vd
