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

// One HTTP request as a value, so that request building is a pure, testable function and the
// network objects are created only where the request is sent.
struct HttpCall
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers; // Content-Type included
    QByteArray body;     // a form is encoded into it (encodeFormData), not sent as QHttpMultiPart
    qint64 maxResponseBytes = kJsonResponseCap;
    // Deliver 2xx body bytes as they arrive (HttpJob::bodyChunk), e.g. for streamed TTS audio.
    bool streamBody = false;

    QByteArray header(const QByteArray& name) const;
};

} // namespace vd
