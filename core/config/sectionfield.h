#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace vd {

struct AppConfig;

// One numeric key of the "routing", "breaker", "health" or "history" sections with the range it accepts.
// The one table that loading, saving, `config get` and `config set` all read, so the rules
// cannot drift apart.
struct SectionField
{
    QString section; // "breaker"
    QString name;    // "window_calls"
    bool integer = true;
    double minimum = 0;
    double maximum = 0;
    std::function<double(const AppConfig&)> get;
    std::function<void(AppConfig&, double)> set;

    QString dottedKey() const { return section + QLatin1Char('.') + name; }
    double defaultValue() const;
    QJsonValue toJson(const AppConfig& config) const;
    // Empty when `value` is acceptable here, else the rule it breaks: "must be an integer from
    // 1 to 10000, got 0".
    QString check(const QJsonValue& value) const;
    // What to do about a bad value in the file: "; fix the value or remove the key to use the default (20)".
    QString fileFix() const;

    static const QList<SectionField>& all();
    static const SectionField* find(const QString& section, const QString& name);
    static QStringList sectionNames(); // "routing", "breaker", "health", "history"
    static QStringList namesIn(const QString& section);
};

} // namespace vd
