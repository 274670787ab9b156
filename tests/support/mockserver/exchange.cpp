#include "tests/support/mockserver/exchange.h"

#include <QRegularExpression>

namespace vd::test::checks {

QString unknownKey(const QJsonObject& object, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

QJsonObject camelCaseKeys(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString key = it.key();
        for (qsizetype i = key.indexOf(QLatin1Char('_')); i >= 0 && i + 1 < key.size(); i = key.indexOf(QLatin1Char('_'), i))
            key.replace(i, 2, key.at(i + 1).toUpper());
        out.insert(key, it.value());
    }
    return out;
}

qsizetype codePoints(const QString& text) { return text.toUcs4().size(); }

QString maskedKey(const QString& key)
{
    if (key.size() <= 8)
        return QStringLiteral("****");
    return key.left(3) + QStringLiteral("****") + key.right(4);
}

std::optional<QByteArray> strictBase64(const QString& text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (text.contains(whitespace))
        return std::nullopt;
    const QByteArray raw = text.toLatin1();
    for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded = QByteArray::fromBase64Encoding(raw, options | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
    }
    return std::nullopt;
}

} // namespace vd::test::checks
