#pragma once

#include "tests/support/mockserver/audiogenerator.h"
#include "tests/support/mockserver/httpresponse.h"
#include "tests/support/mockserver/recordedrequest.h"

#include <QStringList>

namespace vd::test {

// Per-endpoint behaviour a test can configure.
struct EndpointSettings
{
    QStringList apiKeys{QStringLiteral("test-key")}; // accepted keys/tokens
    QString transcript = QStringLiteral("hello from the mock server");
    QByteArray audio;            // non-empty: returned instead of generated audio
    QByteArray audioContentType; // with `audio`; empty keeps the endpoint's usual type
};

// One request being answered: what arrived, where it is recorded, the endpoint's settings and
// the audio source. Endpoint handlers read the request, add violations, and build the response.
struct Exchange
{
    const HttpRequest& http;
    RecordedRequest& record;
    const EndpointSettings& settings;
    AudioGenerator& audio;

    // Notes what the client did wrong (the server also adds it to its violation list).
    void violate(const QString& message) { record.violations.append(message); }
};

// Small validation helpers shared by the endpoint handlers.
namespace checks {
// The first key of `object` not in `allowed`, or an empty string.
QString unknownKey(const QJsonObject& object, const QStringList& allowed);
// Google's JSON mapping accepts proto field names too: rewrite snake_case keys to lowerCamelCase.
QJsonObject camelCaseKeys(const QJsonObject& object);
// Number of Unicode code points (what "characters" means in the vendors' limits).
qsizetype codePoints(const QString& text);
// "sk-abc…xyz" style: enough to recognise a key in an error message, never the whole secret.
QString maskedKey(const QString& key);
// Decodes standard or URL-safe base64 strictly; nullopt on any invalid character.
std::optional<QByteArray> strictBase64(const QString& text);
} // namespace checks

} // namespace vd::test
