#pragma once

#include "core/network/httpcall.h"

#include <QString>
#include <QUrl>

namespace vd {

// Removal of secrets from anything that may be logged or shown: URLs (`key=` query values),
// headers (Authorization, x-goog-api-key) and free text that may echo a key.

QString redactedUrl(const QUrl& url);
bool isSecretHeader(const QByteArray& name);
// "Name: value" lines with secret values replaced by "<redacted>".
QString redactedHeaders(const HttpHeaders& headers);
// Masks tokens that look like API keys or bearer tokens (sk-…, AIza…, AQVN…, t1.…).
QString redactSecrets(const QString& text);

} // namespace vd
