#include "core/network/redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace vd {

namespace {

const QString kRedacted = QStringLiteral("<redacted>");

bool isSecretQueryItem(const QString& name)
{
    const QString lower = name.toLower();
    return lower == QLatin1String("key") || lower == QLatin1String("api_key") ||
           lower == QLatin1String("access_token") || lower == QLatin1String("token");
}

} // namespace

QString redactedUrl(const QUrl& url)
{
    QUrl copy = url;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto& item : items) {
            if (isSecretQueryItem(item.first))
                item.second = kRedacted;
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return copy.toDisplayString();
}

bool isSecretHeader(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "x-goog-api-key" || lower == "proxy-authorization" ||
           lower == "x-api-key" || lower == "cookie";
}

QString redactedHeaders(const HttpHeaders& headers)
{
    QStringList lines;
    for (const auto& [name, value] : headers)
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ") +
                     (isSecretHeader(name) ? kRedacted : QString::fromLatin1(value)));
    return lines.join(QLatin1Char('\n'));
}

QString redactSecrets(const QString& text)
{
    // OpenAI keys (sk-...), Google API keys (AIza...), Yandex API keys (AQVN...) and IAM tokens (t1....),
    // and whatever follows "Bearer " / "Api-Key ".
    static const QRegularExpression pattern(QStringLiteral(
        R"((sk-[A-Za-z0-9_\-]{8,}|AIza[0-9A-Za-z_\-]{16,}|AQVN[0-9A-Za-z_\-]{16,}|t1\.[0-9A-Za-z_\-\.]{16,}|(?<=Bearer )[^\s"',]{8,}|(?<=Api-Key )[^\s"',]{8,}))"));
    QString result = text;
    result.replace(pattern, kRedacted);
    return result;
}

} // namespace vd
