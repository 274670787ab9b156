#include "ui/providers/settingtexts.h"

#include "core/model/translate.h"

namespace vd {

namespace {

// A plugin's own words have no translation and come back as they are.
QString translated(const QString& english)
{
    return QCoreApplication::translate(kSettingWordingContext, english.toUtf8().constData());
}

} // namespace

QString SettingTexts::name(const SettingField& field)
{
    return translated(field.displayLabel());
}

QString SettingTexts::label(const SettingField& field)
{
    return field.required ? name(field) + QStringLiteral(" *") : name(field);
}

QString SettingTexts::unit(const SettingField& field)
{
    return field.unit.isEmpty() ? QString() : translated(field.unit);
}

QString SettingTexts::withUnit(const SettingField& field, const QJsonValue& value)
{
    QString text;
    if (value.isBool())
        text = value.toBool() ? tr("on") : tr("off");
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else
        text = value.toString();
    return field.unit.isEmpty() ? text : tr("%1 %2", "a value and its unit").arg(text, unit(field));
}

// The range comes first: the note under a field is one line, and the range is what a user needs
// while typing a number; the default is what the "(default)" mark or placeholder already shows.
QString SettingTexts::help(const SettingField& field)
{
    QStringList parts;
    const auto bound = [&field](double number) { return withUnit(field, number); };
    if (field.minimum && field.maximum)
        parts << tr("Range: %1–%2.").arg(QString::number(*field.minimum, 'g', 15), bound(*field.maximum));
    else if (field.minimum)
        parts << tr("At least %1.").arg(bound(*field.minimum));
    else if (field.maximum)
        parts << tr("At most %1.").arg(bound(*field.maximum));
    if (!field.description.isEmpty())
        parts << trShown(field.description);
    const QJsonValue fallback = field.defaultValue;
    if (!fallback.isUndefined() && !fallback.isNull() &&
        !(fallback.isString() && fallback.toString().isEmpty()))
        parts << tr("Default: %1.").arg(withUnit(field, fallback));
    return parts.join(QLatin1Char(' '));
}

QString SettingTexts::toolTip(const SettingField& field)
{
    const QString key = tr("Config file key: %1").arg(field.name);
    const QString text = help(field);
    return text.isEmpty() ? key : text + QLatin1Char('\n') + key;
}

} // namespace vd
