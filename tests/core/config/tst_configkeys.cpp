#include "core/config/configkeys.h"
#include "core/model/providerinfo.h"

#include <QTest>

using namespace vd;

namespace {

// A provider without a settings schema: enabled/priority work without relying on the schema.
ProviderInfo plainProvider()
{
    ProviderInfo info;
    info.name = QStringLiteral("flite_tts");
    info.priority = 90;
    return info;
}

ProviderInfo providerWithSecret()
{
    ProviderInfo info;
    info.name = QStringLiteral("openai_stt");
    info.priority = 10;
    SettingField model;
    model.name = QStringLiteral("model");
    model.type = SettingType::String;
    model.defaultValue = QStringLiteral("whisper-1");
    SettingField apiKey;
    apiKey.name = QStringLiteral("api_key");
    apiKey.type = SettingType::Secret;
    info.settingsSchema = SettingsSchema({model, apiKey});
    return info;
}

} // namespace

class TestConfigKeys : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_providers = {plainProvider(), providerWithSecret()}; }

    void getsSectionValuesIncludingDefaults()
    {
        AppConfig config;
        config.breaker.openSeconds = 42;
        QCOMPARE(getValue(config, QStringLiteral("breaker.open_seconds"))->toInt(), 42);
        QCOMPARE(getValue(config, QStringLiteral("routing.max_retries"))->toInt(), 1);
        QCOMPARE(getValue(config, QStringLiteral("breaker.open_backoff_multiplier"))->toDouble(), 1.0);
        QCOMPARE(getValue(config, QStringLiteral("version"))->toInt(), 1);
        const QJsonObject health = getValue(config, QStringLiteral("health"))->toObject();
        QCOMPARE(health.value(QStringLiteral("probe_interval_seconds")).toInt(), 60);
        QCOMPARE(health.value(QStringLiteral("history_hours")).toInt(), 24);
        QCOMPARE(health.value(QStringLiteral("probe_wer_threshold")).toDouble(), 0.25);
        QCOMPARE(health.value(QStringLiteral("probe_timeout_ms")).toInt(), 30000);
    }

    void getsProviderValuesFallingBackToTheProvidersDefaults()
    {
        AppConfig config;
        config.providers[QStringLiteral("flite_tts")].enabled = false;
        QCOMPARE(*getValue(config, QStringLiteral("providers.flite_tts.enabled"), lookup()),
                 QJsonValue(false));
        QCOMPARE(*getValue(config, QStringLiteral("providers.flite_tts.priority"), lookup()), QJsonValue(90));
        QCOMPARE(*getValue(config, QStringLiteral("providers.flite_tts.priority")),
                 QJsonValue(QJsonValue::Undefined));
    }

    void setsSectionValuesWithTypedParsing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("retries") << "routing.max_retries"
                                 << "3" << QJsonValue(3);
        QTest::newRow("open seconds") << "breaker.open_seconds"
                                      << " 600 " << QJsonValue(600);
        QTest::newRow("multiplier") << "breaker.open_backoff_multiplier"
                                    << "2.5" << QJsonValue(2.5);
        QTest::newRow("probe") << "health.probe_interval_seconds"
                               << "15" << QJsonValue(15);
        QTest::newRow("WER threshold") << "health.probe_wer_threshold"
                                       << "0.4" << QJsonValue(0.4);
        QTest::newRow("probe timeout") << "health.probe_timeout_ms"
                                       << "90000" << QJsonValue(90000);
    }

    void setsSectionValuesWithTypedParsing()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QJsonValue, expected);
        const auto changed = setValue(AppConfig{}, key, text, lookup());
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message()));
        QCOMPARE(*getValue(*changed, key), expected);
        QCOMPARE(changed->validate(), ConfigErrors{});
    }

    void setsProviderEnabledAndPriority()
    {
        auto changed = setValue(AppConfig{}, QStringLiteral("providers.flite_tts.enabled"),
                                QStringLiteral("false"), lookup());
        QVERIFY(changed);
        changed =
            setValue(*changed, QStringLiteral("providers.flite_tts.priority"), QStringLiteral("5"), lookup());
        QVERIFY(changed);
        QCOMPARE(changed->providers.value(QStringLiteral("flite_tts")).enabled, std::optional<bool>(false));
        QCOMPARE(changed->providers.value(QStringLiteral("flite_tts")).priority, std::optional<int>(5));
    }

    void setsAProviderSettingThroughItsSchema()
    {
        const auto changed = setValue(AppConfig{}, QStringLiteral("providers.openai_stt.settings.model"),
                                      QStringLiteral("gpt-4o-transcribe"), lookup());
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message()));
        QCOMPARE(changed->providers.value(QStringLiteral("openai_stt"))
                     .settings.value(QStringLiteral("model"))
                     .toString(),
                 QStringLiteral("gpt-4o-transcribe"));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not a number") << "routing.max_retries"
                                      << "many"
                                      << "must be an integer from 0 to 10";
        QTest::newRow("fraction") << "breaker.window_calls"
                                  << "2.5"
                                  << "must be an integer";
        QTest::newRow("negative timeout") << "routing.attempt_timeout_ms"
                                          << "-1"
                                          << "got -1";
        QTest::newRow("window zero") << "breaker.window_calls"
                                     << "0"
                                     << "got 0";
        QTest::newRow("window below minimum") << "breaker.window_calls"
                                              << "5"
                                              << "breaker.minimum_calls";
        QTest::newRow("percent over 100") << "breaker.slow_call_rate_percent"
                                          << "150"
                                          << "from 1 to 100";
        QTest::newRow("multiplier below 1") << "breaker.open_backoff_multiplier"
                                            << "0.9"
                                            << "from 1 to 100";
        QTest::newRow("not a number at all") << "breaker.open_backoff_multiplier"
                                             << "nan"
                                             << "must be a number";
        QTest::newRow("WER threshold over 1") << "health.probe_wer_threshold"
                                              << "25"
                                              << "must be a number from 0 to 1, got 25";
        QTest::newRow("probe timeout under a second") << "health.probe_timeout_ms"
                                                      << "20"
                                                      << "from 1000 to 600000";
        QTest::newRow("unknown section key") << "breaker.open_minutes"
                                             << "5"
                                             << "valid keys in breaker: consecutive_failures";
        QTest::newRow("unknown top-level key") << "colour"
                                               << "red"
                                               << "valid keys at the top level: version, providers";
        QTest::newRow("version") << "version"
                                 << "2"
                                 << "cannot be set";
        QTest::newRow("whole section") << "breaker"
                                       << "1"
                                       << "valid keys in breaker";
        QTest::newRow("enabled not bool") << "providers.flite_tts.enabled"
                                          << "maybe"
                                          << "true or false";
        QTest::newRow("priority text") << "providers.flite_tts.priority"
                                       << "high"
                                       << "must be an integer from 0";
        QTest::newRow("priority negative") << "providers.flite_tts.priority"
                                           << "-3"
                                           << "must be an integer from 0";
        QTest::newRow("unknown provider") << "providers.nobody.priority"
                                          << "1"
                                          << "no provider named \"nobody\"";
        QTest::newRow("unknown provider key")
            << "providers.flite_tts.weight"
            << "1"
            << "valid keys in providers.flite_tts: enabled, priority, settings";
        QTest::newRow("provider without value") << "providers.flite_tts"
                                                << "1"
                                                << "name one value";
        QTest::newRow("secret setting") << "providers.openai_stt.settings.api_key"
                                        << "sk-123"
                                        << "keys set openai_stt";
        QTest::newRow("unknown setting") << "providers.openai_stt.settings.modle"
                                         << "x"
                                         << "its settings are: model";
    }

    void rejectsBadInput()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        AppConfig config;
        config.breaker.windowCalls = 20;
        const auto changed = setValue(config, key, text, lookup());
        QVERIFY(!changed);
        QCOMPARE(changed.error().key, key);
        QVERIFY2(changed.error().problem.contains(problem), qPrintable(changed.error().problem));
        QVERIFY(!changed.error().problem.contains(QStringLiteral("sk-123")));
    }

    void getRefusesToShowSecretsAndUnknownKeys()
    {
        AppConfig config;
        const auto secret =
            getValue(config, QStringLiteral("providers.openai_stt.settings.api_key"), lookup());
        QVERIFY(!secret);
        QVERIFY(secret.error().problem.contains(QStringLiteral("keychain")));
        const auto unknown = getValue(config, QStringLiteral("health.interval"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().problem.contains(QStringLiteral("probe_interval_seconds, history_hours")));
    }

    void unsetRestoresTheDefaultAndDropsItFromTheFile()
    {
        AppConfig config;
        config.document =
            QJsonObject{{QStringLiteral("routing"), QJsonObject{{QStringLiteral("max_retries"), 4}}}};
        config.routing.maxRetries = 4;
        config.providers[QStringLiteral("flite_tts")].priority = 3;
        auto changed = unsetValue(config, QStringLiteral("routing.max_retries"));
        QVERIFY(changed);
        changed = unsetValue(*changed, QStringLiteral("providers.flite_tts.priority"));
        QVERIFY(changed);
        QCOMPARE(changed->routing.maxRetries, RoutingSettings{}.maxRetries);
        QCOMPARE(changed->providers.value(QStringLiteral("flite_tts")).priority, std::nullopt);
        QVERIFY(!changed->toJson()
                     .value(QStringLiteral("routing"))
                     .toObject()
                     .contains(QStringLiteral("max_retries")));
    }

private:
    ProviderLookup lookup() const
    {
        return [this](const QString& name) -> const ProviderInfo* {
            for (const ProviderInfo& info : m_providers) {
                if (info.name == name)
                    return &info;
            }
            return nullptr;
        };
    }

    QList<ProviderInfo> m_providers;
};

QTEST_GUILESS_MAIN(TestConfigKeys)
#include "tst_configkeys.moc"
