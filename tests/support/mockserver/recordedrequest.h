#pragma once

#include "tests/support/mockserver/endpoint.h"
#include "tests/support/mockserver/httprequest.h"
#include "tests/support/mockserver/multipartparser.h"

#include <QJsonObject>
#include <QStringList>

namespace vd::test {

// Everything the mock server saw of one request and what it did about it, for tests to inspect.
struct RecordedRequest
{
    int sequence = 0; // 1-based arrival order
    Endpoint endpoint = Endpoint::Unknown;
    QString method;
    QString path;
    QUrlQuery query;
    HttpHeaders headers; // names lower-cased
    QByteArray body;
    QJsonObject json;                          // JSON endpoints, when the body parsed
    QList<MultipartPart> parts;                // OpenAI transcriptions
    QList<QPair<QString, QString>> formFields; // Yandex TTS
    QStringList violations;                    // what was wrong with this request
    int status = 0;                            // answered status (0: the fault sent none)
    QString fault;                             // name of the fault that answered, or empty

    QByteArray header(const QByteArray& name) const;
    QString formField(const QString& name) const;
    const MultipartPart* part(const QString& name) const;
};

} // namespace vd::test
