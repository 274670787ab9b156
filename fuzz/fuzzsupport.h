#pragma once

// Shared by the libFuzzer targets: turning fuzz bytes into the values the parsers take.

#include "core/network/httpresponse.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace vd::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A complete 2xx answer with `body` and a content type chosen by `selector`, as HttpJob hands
// it to a vendor parser.
inline HttpResponse successResponse(const QByteArray& body, uint8_t selector)
{
    static const char* const types[] = {
        "application/json; charset=utf-8", "audio/mpeg",           "audio/ogg", "audio/wav", "text/html", "",
        "application/octet-stream",        "audio/L16; rate=24000"};
    HttpResponse response;
    response.status = 200;
    response.body = body;
    const char* type = types[selector % (sizeof types / sizeof *types)];
    if (*type)
        response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(type)));
    return response;
}

} // namespace vd::fuzz
