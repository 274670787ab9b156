#include "core/model/settingsschema.h"

#include <QJsonDocument>
#include <QTest>

using namespace vd;

namespace {

SettingField makeField(const QString& name, SettingType type,
                       const QJsonValue& defaultValue = QJsonValue(QJsonValue::Undefined))
{
    SettingField field;
    field.name = name;
    field.type = type;
    field.defaultValue = defaultValue;
    return field;
}

// One field of every type, as a cloud provider would declare them.
SettingsSchema sampleSchema()
{
    SettingField model = makeField(QStringLiteral("model"), SettingType::String);
    model.required = true;
    SettingField apiKey = makeField(QStringLiteral("api_key"), SettingType::Secret);
    apiKey.required = true;
    SettingField baseUrl =
        makeField(QStringLiteral("base_url"), SettingType::Url, QStringLiteral("https://api.example.com/v1"));
    SettingField voice = makeField(QStringLiteral("voice"), SettingType::Enum, QStringLiteral("alloy"));
    voice.allowedValues = {QStringLiteral("alloy"), QStringLiteral("echo")};
    SettingField sampleRate = makeField(QStringLiteral("sample_rate"), SettingType::Int, 16000);
    sampleRate.label = QStringLiteral("Sample rate");
    sampleRate.unit = QStringLiteral("Hz");
    sampleRate.minimum = 8000;
    sampleRate.maximum = 48000;
    SettingField speed = makeField(QStringLiteral("speed"), SettingType::Double, 1.0);
    speed.minimum = 0.25;
    speed.maximum = 4.0;
    SettingField punctuation = makeField(QStringLiteral("punctuation"), SettingType::Bool, true);
    return SettingsSchema({model, apiKey, baseUrl, voice, sampleRate, speed, punctuation});
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonArray jsonArray(const char* text)
{
    return QJsonDocument::fromJson(text).array();
}

} // namespace

class TestSettingsSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeNamesRoundTrip()
    {
        for (SettingType type : {SettingType::String, SettingType::Secret, SettingType::Url,
                                 SettingType::Enum, SettingType::Int, SettingType::Double, SettingType::Bool})
            QCOMPARE(settingTypeFromName(settingTypeName(type)), type);
    }

    void eachBrokenRuleIsReportedWithFieldAndRule_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");

        QTest::newRow("required missing") << json("{}") << "model"
                                          << "required";
        QTest::newRow("required empty") << json(R"({"model": ""})") << "model"
                                        << "required";
        QTest::newRow("string given a number") << json(R"({"model": "m", "voice": 1})") << "voice"
                                               << "type";
        QTest::newRow("string field given a number") << json(R"({"model": 5})") << "model"
                                                     << "type";
        QTest::newRow("int with a fraction") << json(R"({"model": "m", "sample_rate": 1.5})") << "sample_rate"
                                             << "type";
        QTest::newRow("int as text") << json(R"({"model": "m", "sample_rate": "16000"})") << "sample_rate"
                                     << "type";
        QTest::newRow("int below range") << json(R"({"model": "m", "sample_rate": 100})") << "sample_rate"
                                         << "range";
        QTest::newRow("int above range") << json(R"({"model": "m", "sample_rate": 96000})") << "sample_rate"
                                         << "range";
        QTest::newRow("double above range") << json(R"({"model": "m", "speed": 5})") << "speed"
                                            << "range";
        QTest::newRow("double below range") << json(R"({"model": "m", "speed": 0.1})") << "speed"
                                            << "range";
        QTest::newRow("double as text") << json(R"({"model": "m", "speed": "1.0"})") << "speed"
                                        << "type";
        QTest::newRow("bool as number") << json(R"({"model": "m", "punctuation": 1})") << "punctuation"
                                        << "type";
        QTest::newRow("bool as text") << json(R"({"model": "m", "punctuation": "true"})") << "punctuation"
                                      << "type";
        QTest::newRow("enum not allowed") << json(R"({"model": "m", "voice": "bob"})") << "voice"
                                          << "enum";
        QTest::newRow("enum wrong case") << json(R"({"model": "m", "voice": "Alloy"})") << "voice"
                                         << "enum";
        QTest::newRow("url remote http")
            << json("{\"model\": \"m\", \"base_url\": \"http://example.com\"}") << "base_url"
            << "url";
        QTest::newRow("url other scheme")
            << json("{\"model\": \"m\", \"base_url\": \"ftp://localhost/\"}") << "base_url"
            << "url";
        QTest::newRow("url as number") << json(R"({"model": "m", "base_url": 3})") << "base_url"
                                       << "type";
        QTest::newRow("secret in config") << json(R"({"model": "m", "api_key": "sk-123"})") << "api_key"
                                          << "secret_in_config";
        QTest::newRow("unknown key") << json(R"({"model": "m", "colour": "red"})") << "colour"
                                     << "unknown";
    }

    void eachBrokenRuleIsReportedWithFieldAndRule()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        const QList<SettingProblem> problems = sampleSchema().validate(settings);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QCOMPARE(problems.first().rule, rule);
        QVERIFY2(problems.first().message.startsWith(field + QStringLiteral(": ")),
                 qPrintable(problems.first().message));
        QVERIFY2(problems.first().message.contains(QLatin1Char(';')),
                 "the message should also say how to fix it");
        QVERIFY(!problems.first().message.contains(QStringLiteral("sk-123")));
    }

    void validSettingsHaveNoProblems_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::newRow("only the required field") << json(R"({"model": "m"})");
        QTest::newRow("range edges") << json(R"({"model": "m", "sample_rate": 8000, "speed": 4.0})");
        QTest::newRow("upper int edge") << json(R"({"model": "m", "sample_rate": 48000, "speed": 0.25})");
        QTest::newRow("whole double for int") << json(R"({"model": "m", "sample_rate": 16000.0})");
        QTest::newRow("null means unset") << json(R"({"model": "m", "voice": null, "speed": null})");
        QTest::newRow("loopback http url")
            << json("{\"model\": \"m\", \"base_url\": \"http://127.0.0.1:8080/v1\"}");
        QTest::newRow("every type") << json(
            "{\"model\": \"m\", \"base_url\": \"https://x.example/v1\", \"voice\": \"echo\", "
            "\"sample_rate\": 22050, \"speed\": 1.5, \"punctuation\": false}");
    }

    void validSettingsHaveNoProblems()
    {
        QFETCH(QJsonObject, settings);
        const QList<SettingProblem> problems = sampleSchema().validate(settings);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    }

    void everyProblemIsReportedAtOnce()
    {
        const auto problems =
            sampleSchema().validate(json(R"({"api_key": "k", "voice": "bob", "sample_rate": 1.5,
                                                                "speed": 9, "punctuation": "no", "zzz": 1, "aaa": 2})"));
        QStringList seen;
        for (const SettingProblem& p : problems)
            seen << p.field + QLatin1Char('/') + p.rule;
        QCOMPARE(seen,
                 (QStringList{"model/required", "api_key/secret_in_config", "voice/enum", "sample_rate/type",
                              "speed/range", "punctuation/type", "aaa/unknown", "zzz/unknown"}));
    }

    void rangeMessageNamesValueRangeAndFix()
    {
        const auto problems = sampleSchema().validateValue(QStringLiteral("speed"), 5);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
                 QStringLiteral("speed: 5 is out of range 0.25–4.0; use a value in that range"));
        const auto intProblems = sampleSchema().validateValue(QStringLiteral("sample_rate"), 7999);
        QCOMPARE(intProblems.first().message,
                 QStringLiteral("sample_rate: 7999 is out of range 8000–48000; use a value in that range"));
    }

    void unknownKeyMessageListsKnownSettings()
    {
        const auto problems = sampleSchema().validateValue(QStringLiteral("modle"), QStringLiteral("x"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().rule, QStringLiteral("unknown"));
        QVERIFY(problems.first().message.contains(QStringLiteral("model, api_key, base_url")));
    }

    void requiredFieldWithDefaultIsSatisfiedByTheDefault()
    {
        SettingField field = makeField(QStringLiteral("region"), SettingType::String, QStringLiteral("eu"));
        field.required = true;
        QVERIFY(SettingsSchema({field}).validate({}).isEmpty());
    }

    void missingRequiredSecretIsNotASettingsProblem()
    {
        const auto problems = sampleSchema().validate(json(R"({"model": "m"})"));
        QVERIFY(problems.isEmpty());
    }

    void validateValueChecksOneField()
    {
        const SettingsSchema schema = sampleSchema();
        QVERIFY(schema.validateValue(QStringLiteral("voice"), QStringLiteral("echo")).isEmpty());
        QCOMPARE(schema.validateValue(QStringLiteral("api_key"), QStringLiteral("k")).first().rule,
                 QStringLiteral("secret_in_config"));
        QCOMPARE(schema.validateValue(QStringLiteral("model"), QJsonValue()).first().rule,
                 QStringLiteral("required"));
        QVERIFY(schema.validateValue(QStringLiteral("speed"), QJsonValue()).isEmpty());
    }

    void withDefaultsFillsAbsentAndNullFieldsButNeverSecrets()
    {
        const QJsonObject filled =
            sampleSchema().withDefaults(json(R"({"model": "m", "voice": null, "speed": 2})"));
        QCOMPARE(
            filled,
            json("{\"model\": \"m\", \"base_url\": \"https://api.example.com/v1\", \"voice\": \"alloy\", "
                 "\"sample_rate\": 16000, \"speed\": 2, \"punctuation\": true}"));
        QVERIFY(!filled.contains(QStringLiteral("api_key")));
    }

    void withDefaultsKeepsUnknownKeysAndDropsNullsWithoutDefault()
    {
        SettingField folder = makeField(QStringLiteral("folder_id"), SettingType::String);
        const QJsonObject filled =
            SettingsSchema({folder}).withDefaults(json(R"({"folder_id": null, "x": 1})"));
        QCOMPARE(filled, json(R"({"x": 1})"));
    }

    void serviceUrlLoopbackRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://api.openai.com/v1" << true;
        QTest::newRow("https upper case") << "HTTPS://API.OPENAI.COM/v1" << true;
        QTest::newRow("https with port") << "https://speech.example:8443/" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/v1" << true;
        QTest::newRow("http LOCALHOST") << "http://LocalHost/" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:9000" << true;
        QTest::newRow("http 127/8") << "http://127.5.6.7/" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:8080/v1" << true;
        QTest::newRow("http remote") << "http://example.com/v1" << false;
        QTest::newRow("http private address") << "http://10.0.0.1/" << false;
        QTest::newRow("http just outside 127/8") << "http://128.0.0.1/" << false;
        QTest::newRow("http any address") << "http://0.0.0.0/" << false;
        QTest::newRow("loopback-looking domain") << "http://127.0.0.1.evil.com/" << false;
        QTest::newRow("localhost subdomain trick") << "http://localhost.evil.com/" << false;
        QTest::newRow("userinfo trick") << "http://localhost@evil.com/" << false;
        QTest::newRow("userinfo with port trick") << "http://127.0.0.1:80@evil.com/" << false;
        QTest::newRow("fragment trick") << "http://evil.com#@localhost" << false;
        QTest::newRow("query trick") << "http://evil.com?@localhost" << false;
        QTest::newRow("credentials even on https") << "https://user:pw@api.example.com/" << false;
        QTest::newRow("credentials on loopback") << "http://user:pw@localhost/" << false;
        QTest::newRow("other ipv6") << "http://[::2]/" << false;
        QTest::newRow("unbracketed ipv6") << "http://::1/" << false;
        QTest::newRow("ftp") << "ftp://localhost/" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("no scheme") << "api.openai.com/v1" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("spaces") << "https://exa mple.com/" << false;
    }

    void serviceUrlLoopbackRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString reason = checkServiceUrl(url);
        QVERIFY2(reason.isEmpty() == accepted, qPrintable(url + QStringLiteral(" -> ") + reason));
        if (!accepted)
            QVERIFY(!reason.contains(QStringLiteral("pw")));
    }

    void parseValueConvertsCommandLineText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("int") << "sample_rate"
                             << "16000" << QJsonValue(16000);
        QTest::newRow("int with spaces") << "sample_rate"
                                         << " 22050 " << QJsonValue(22050);
        QTest::newRow("double") << "speed"
                                << "0.5" << QJsonValue(0.5);
        QTest::newRow("double whole") << "speed"
                                      << "2" << QJsonValue(2.0);
        QTest::newRow("bool true") << "punctuation"
                                   << "true" << QJsonValue(true);
        QTest::newRow("bool TRUE") << "punctuation"
                                   << "TRUE" << QJsonValue(true);
        QTest::newRow("bool yes") << "punctuation"
                                  << "yes" << QJsonValue(true);
        QTest::newRow("bool 1") << "punctuation"
                                << "1" << QJsonValue(true);
        QTest::newRow("bool false") << "punctuation"
                                    << "false" << QJsonValue(false);
        QTest::newRow("bool no") << "punctuation"
                                 << "no" << QJsonValue(false);
        QTest::newRow("bool 0") << "punctuation"
                                << "0" << QJsonValue(false);
        QTest::newRow("enum") << "voice"
                              << "echo" << QJsonValue(QStringLiteral("echo"));
        QTest::newRow("enum any case") << "voice"
                                       << "ECHO" << QJsonValue(QStringLiteral("echo"));
        QTest::newRow("string") << "model"
                                << "whisper 1" << QJsonValue(QStringLiteral("whisper 1"));
        QTest::newRow("url") << "base_url"
                             << "http://localhost:1234"
                             << QJsonValue(QStringLiteral("http://localhost:1234"));
    }

    void parseValueConvertsCommandLineText()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QJsonValue, expected);
        const auto parsed = sampleSchema().parseValue(field, text);
        QVERIFY2(parsed.hasValue(), parsed.hasValue() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), expected);
        QCOMPARE(parsed.value().type(), expected.type());
    }

    void parseValueExplainsWhatIsWrong_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::newRow("int with fraction") << "sample_rate"
                                           << "1.5"
                                           << "type";
        QTest::newRow("int words") << "sample_rate"
                                   << "fast"
                                   << "type";
        QTest::newRow("int empty") << "sample_rate"
                                   << ""
                                   << "type";
        QTest::newRow("int out of range") << "sample_rate"
                                          << "100"
                                          << "range";
        QTest::newRow("double with comma") << "speed"
                                           << "1,5"
                                           << "type";
        QTest::newRow("double nan") << "speed"
                                    << "nan"
                                    << "type";
        QTest::newRow("double inf") << "speed"
                                    << "inf"
                                    << "type";
        QTest::newRow("double out of range") << "speed"
                                             << "5"
                                             << "range";
        QTest::newRow("bool maybe") << "punctuation"
                                    << "maybe"
                                    << "type";
        QTest::newRow("enum unknown") << "voice"
                                      << "bob"
                                      << "enum";
        QTest::newRow("url remote http") << "base_url"
                                         << "http://evil.com"
                                         << "url";
        QTest::newRow("secret") << "api_key"
                                << "sk-1"
                                << "secret_in_config";
        QTest::newRow("unknown") << "colour"
                                 << "red"
                                 << "unknown";
    }

    void parseValueExplainsWhatIsWrong()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, rule);
        const auto parsed = sampleSchema().parseValue(field, text);
        QVERIFY(!parsed.hasValue());
        QCOMPARE(parsed.error().field, field);
        QCOMPARE(parsed.error().rule, rule);
        QVERIFY(parsed.error().message.startsWith(field + QStringLiteral(": ")));
        QVERIFY(!parsed.error().message.contains(QStringLiteral("sk-1")));
    }

    void jsonFormRoundTrips()
    {
        const SettingsSchema schema = sampleSchema();
        const auto parsed = SettingsSchema::fromJson(schema.toJson());
        QVERIFY2(parsed.hasValue(), parsed.hasValue() ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed.value().fields(), schema.fields());
    }

    void fromJsonReadsPluginMetadata()
    {
        const auto parsed = SettingsSchema::fromJson(jsonArray(R"([
            {"name": "tone_hz", "type": "int", "default": 600, "min": 200, "max": 2000, "description": "Pitch"},
            {"name": "rate", "type": "enum", "values": ["8000", "16000"], "default": "16000", "required": true}])"));
        QVERIFY2(parsed.hasValue(), parsed.hasValue() ? "" : qPrintable(parsed.error()));
        const SettingField* tone = parsed.value().field(QStringLiteral("tone_hz"));
        QVERIFY(tone);
        QCOMPARE(tone->type, SettingType::Int);
        QCOMPARE(tone->defaultValue.toInt(), 600);
        QCOMPARE(tone->minimum, 200.0);
        QCOMPARE(tone->maximum, 2000.0);
        QCOMPARE(tone->description, QStringLiteral("Pitch"));
        QVERIFY(!tone->required);
        const SettingField* rate = parsed.value().field(QStringLiteral("rate"));
        QCOMPARE(rate->allowedValues, (QStringList{"8000", "16000"}));
        QVERIFY(rate->required);
    }

    // "label" and "unit" are optional: metadata written before them loads, and a field without a
    // label is shown under its name made readable.
    void labelAndUnitAreOptional_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("unit");
        QTest::newRow("both") << QByteArray(
                                     R"({"name": "tone_hz", "type": "int", "label": "Tone", "unit": "Hz"})")
                              << "Tone"
                              << "Hz";
        QTest::newRow("neither") << QByteArray(R"({"name": "response_format", "type": "string"})")
                                 << "Response format"
                                 << "";
        QTest::newRow("dashes and spaces")
            << QByteArray(R"({"name": "max-words__count", "type": "int"})") << "Max words count"
            << "";
        QTest::newRow("blank label") << QByteArray(R"({"name": "voice", "type": "string", "label": "  "})")
                                     << "Voice"
                                     << "";
    }
    void labelAndUnitAreOptional()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, label);
        QFETCH(QString, unit);
        const auto parsed = SettingsSchema::fromJson(jsonArray("[" + field + "]"));
        QVERIFY2(parsed.hasValue(), parsed.hasValue() ? "" : qPrintable(parsed.error()));
        const SettingField& read = parsed.value().fields().first();
        QCOMPARE(read.displayLabel(), label);
        QCOMPARE(read.unit, unit);
    }

    void fromJsonRejectsMalformedSchemas_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown type")
            << QByteArray(R"([{"name": "a", "type": "float"}])") << "unknown type \"float\"";
        QTest::newRow("enum without values")
            << QByteArray(R"([{"name": "a", "type": "enum"}])") << "needs a non-empty \"values\"";
        QTest::newRow("enum with empty values")
            << QByteArray(R"([{"name": "a", "type": "enum", "values": []}])")
            << "needs a non-empty \"values\"";
        QTest::newRow("enum value not text")
            << QByteArray(R"([{"name": "a", "type": "enum", "values": [1]}])")
            << "must be a non-empty string";
        QTest::newRow("default of wrong type")
            << QByteArray(R"([{"name": "a", "type": "int", "default": "x"}])") << "invalid default";
        QTest::newRow("default out of range")
            << QByteArray(R"([{"name": "a", "type": "int", "default": 1, "min": 2, "max": 3}])")
            << "invalid default";
        QTest::newRow("default not allowed")
            << QByteArray(R"([{"name": "a", "type": "enum", "values": ["x"], "default": "y"}])")
            << "invalid default";
        QTest::newRow("duplicate names")
            << QByteArray(R"([{"name": "a", "type": "int"}, {"name": "a", "type": "bool"}])")
            << "duplicate setting name \"a\"";
        QTest::newRow("missing name")
            << QByteArray(R"([{"type": "int"}])") << "\"name\" must be a non-empty string";
        QTest::newRow("not an object") << QByteArray(R"(["a"])") << "must be a JSON object";
        QTest::newRow("range on text") << QByteArray(R"([{"name": "a", "type": "string", "min": 1}])")
                                       << "only allowed for types int and double";
        QTest::newRow("fractional int bound")
            << QByteArray(R"([{"name": "a", "type": "int", "max": 1.5}])") << "must be a whole number";
        QTest::newRow("min above max")
            << QByteArray(R"([{"name": "a", "type": "double", "min": 2, "max": 1}])") << "greater than";
        QTest::newRow("secret with default")
            << QByteArray(R"([{"name": "a", "type": "secret", "default": "k"}])") << "cannot have a default";
        QTest::newRow("values on non-enum")
            << QByteArray(R"([{"name": "a", "type": "string", "values": ["x"]}])")
            << "only allowed for type enum";
        QTest::newRow("misspelt key")
            << QByteArray(R"([{"name": "a", "type": "int", "maximum": 3}])") << "unknown key \"maximum\"";
        QTest::newRow("label not text")
            << QByteArray(R"([{"name": "a", "type": "int", "label": 3}])") << "\"label\" must be a string";
        QTest::newRow("required not bool")
            << QByteArray(R"([{"name": "a", "type": "int", "required": "yes"}])")
            << "\"required\" must be true or false";
    }

    void fromJsonRejectsMalformedSchemas()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, reason);
        const auto parsed = SettingsSchema::fromJson(QJsonDocument::fromJson(schema).array());
        QVERIFY(!parsed.hasValue());
        QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().startsWith(QStringLiteral("settings[")), qPrintable(parsed.error()));
    }
};

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "tst_settingsschema.moc"
