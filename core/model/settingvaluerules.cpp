#include "core/model/settingvaluerules.h"

#include <QHostAddress>
#include <QUrl>
#include <array>
#include <cmath>

namespace vd {

using namespace settingrules;

namespace {

struct TypeEntry
{
    SettingType type;
    const char* name;
    const char* expected; // what a value of the type looks like, for messages
};

constexpr std::array<TypeEntry, 7> kTypes{{
    {SettingType::String, "string", "a text string"},
    {SettingType::Secret, "secret", "a text string"},
    {SettingType::Url, "url", "a URL string"},
    {SettingType::Enum, "enum", "a text string"},
    {SettingType::Int, "int", "a whole number"},
    {SettingType::Double, "double", "a number"},
    {SettingType::Bool, "bool", "true or false"},
}};

// Bounds of double fields keep a decimal point ("4.0"), so "0.25–4.0" reads as a real range.
QString formatBound(double value, SettingType type)
{
    if (type == SettingType::Int)
        return QString::number(qint64(value));
    QString text = QString::number(value, 'g', 15);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

// A user's value as they would have typed it, for messages.
QString describe(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray() || value.isObject())
        return value.isArray() ? QStringLiteral("a list") : QStringLiteral("an object");
    return QStringLiteral("null");
}

QString rangeText(const SettingField& field)
{
    if (field.minimum && field.maximum)
        return QStringLiteral("%1–%2").arg(formatBound(*field.minimum, field.type),
                                           formatBound(*field.maximum, field.type));
    if (field.minimum)
        return QStringLiteral("at least %1").arg(formatBound(*field.minimum, field.type));
    return QStringLiteral("at most %1").arg(formatBound(*field.maximum, field.type));
}

bool hasType(SettingType type, const QJsonValue& value)
{
    if (type == SettingType::Int)
        return value.isDouble() && isWholeNumber(value.toDouble());
    if (type == SettingType::Double)
        return value.isDouble() && std::isfinite(value.toDouble());
    if (type == SettingType::Bool)
        return value.isBool();
    return value.isString();
}

} // namespace

namespace settingrules {

QString allTypeNames()
{
    QStringList names;
    for (const TypeEntry& entry : kTypes)
        names << QString::fromLatin1(entry.name);
    return names.join(QStringLiteral(", "));
}

bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::floor(value) == value && std::fabs(value) <= kMaxExactInteger;
}

QString expectedKind(SettingType type)
{
    for (const TypeEntry& entry : kTypes) {
        if (entry.type == type)
            return QString::fromLatin1(entry.expected);
    }
    return {};
}

SettingProblem problem(const QString& field, const char* rule, const QString& sentence)
{
    return SettingProblem{field, QString::fromLatin1(rule), field + QStringLiteral(": ") + sentence};
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

bool hasDefault(const SettingField& field)
{
    return !isAbsent(field.defaultValue);
}

std::optional<SettingProblem> checkValue(const SettingField& field, const QJsonValue& value)
{
    const bool numeric = field.type == SettingType::Int || field.type == SettingType::Double;
    if (!hasType(field.type, value)) {
        QString fix = field.type == SettingType::Int && value.isDouble()
                          ? QStringLiteral("use a whole number without a fraction")
                          : QStringLiteral("write it as %1").arg(expectedKind(field.type));
        if (field.type == SettingType::Bool)
            fix = QStringLiteral("write true or false without quotes");
        else if (numeric && value.isString())
            fix = QStringLiteral("write the number without quotes");
        return problem(field.name, "type",
                       QStringLiteral("expected %1 (%2), got %3; %4")
                           .arg(expectedKind(field.type), settingTypeName(field.type), describe(value), fix));
    }
    if (numeric) {
        const double number = value.toDouble();
        if ((field.minimum && number < *field.minimum) || (field.maximum && number > *field.maximum)) {
            return problem(field.name, "range",
                           QStringLiteral("%1 is out of range %2; use a value in that range")
                               .arg(describe(value), rangeText(field)));
        }
    }
    if (field.type == SettingType::Enum && !field.allowedValues.contains(value.toString())) {
        return problem(field.name, "enum",
                       QStringLiteral("%1 is not one of the allowed values; use one of: %2")
                           .arg(describe(value), field.allowedValues.join(QStringLiteral(", "))));
    }
    if (field.type == SettingType::Url) {
        const QString reason = checkServiceUrl(value.toString());
        if (!reason.isEmpty())
            return problem(field.name, "url", reason);
    }
    return std::nullopt;
}

} // namespace settingrules

QString settingTypeName(SettingType type)
{
    for (const TypeEntry& entry : kTypes) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<SettingType> settingTypeFromName(QStringView name)
{
    for (const TypeEntry& entry : kTypes) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

// Parsing with QUrl (not string matching) means "localhost@evil.com", "127.0.0.1.evil.com" and
// bracketed IPv6 hosts are judged by the host the request would really go to.
QString checkServiceUrl(const QString& url)
{
    if (url.trimmed().isEmpty())
        return QStringLiteral("the URL is empty; use an https:// URL such as https://api.example.com/v1");
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative())
        return QStringLiteral("\"%1\" is not a valid absolute URL; use an https:// URL such as "
                              "https://api.example.com/v1")
            .arg(url);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QStringLiteral("\"%1\" uses the scheme \"%2\"; only https:// (or http:// to a loopback host) "
                              "is allowed")
            .arg(url, parsed.scheme());
    const QString host = parsed.host();
    if (host.isEmpty())
        return QStringLiteral("\"%1\" has no host; write it as https://host/path").arg(url);
    if (!parsed.userInfo().isEmpty())
        return QStringLiteral("\"%1\" contains a user name or password; remove the part before \"@\" (keys "
                              "belong in the keychain)")
            .arg(parsed.toDisplayString(QUrl::RemoveUserInfo));
    if (scheme == QLatin1String("https"))
        return {};
    const QHostAddress address(host);
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                          (!address.isNull() && address.isLoopback());
    if (!loopback)
        return QStringLiteral("\"%1\" uses plain http:// to a host that is not loopback; use https:// "
                              "(http:// is allowed only for 127.0.0.0/8, ::1 and localhost)")
            .arg(url);
    return {};
}

} // namespace vd
