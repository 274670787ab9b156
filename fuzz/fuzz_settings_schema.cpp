// Fuzzes the settings schema validator: a schema in plugin-metadata form (from a plugin's JSON)
// and a settings object (from the config file) checked against it, then a typed value.
#include "core/model/settingsschema.h"
#include "fuzz/fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // "<schema JSON array>\n<settings JSON object>\n<name>=<typed value>"
    const QList<QByteArray> parts = vd::fuzz::bytes(data, size).split('\n');
    const QJsonArray schemaJson = QJsonDocument::fromJson(parts.value(0)).array();
    const auto schema = vd::SettingsSchema::fromJson(schemaJson);
    if (!schema)
        return 0;
    (void)schema->toJson();
    const QJsonObject settings = QJsonDocument::fromJson(parts.value(1)).object();
    (void)schema->validate(settings);
    (void)schema->withDefaults(settings);
    const QByteArray assignment = parts.value(2);
    const qsizetype eq = assignment.indexOf('=');
    if (eq > 0) {
        const QString name = QString::fromUtf8(assignment.left(eq));
        const auto value = schema->parseValue(name, QString::fromUtf8(assignment.mid(eq + 1)));
        if (value)
            (void)schema->validateValue(name, *value);
    }
    (void)vd::checkServiceUrl(QString::fromUtf8(parts.value(3)));
    return 0;
}
