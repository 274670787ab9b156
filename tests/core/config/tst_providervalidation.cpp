#include "core/config/providervalidation.h"
#include "core/model/providerinfo.h"

#include <QTest>

using namespace vd;

class TestProviderValidation : public QObject
{
    Q_OBJECT

private slots:
    void unknownProviderIsAWarningAndKept()
    {
        AppConfig config;
        config.providers[QStringLiteral("absent_plugin")].priority = 4;
        const ConfigErrors errors = validateProviders(
            config, [](const QString&) { return nullptr; }, QStringLiteral("c.json"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().isWarning());
        QCOMPARE(errors.first().key, QStringLiteral("providers.absent_plugin"));
        QVERIFY(!hasFatalError(errors));
        QVERIFY(config.toJson()
                    .value(QStringLiteral("providers"))
                    .toObject()
                    .contains(QStringLiteral("absent_plugin")));
    }

    void knownProviderWithoutSettingsIsFine()
    {
        ProviderInfo info;
        info.name = QStringLiteral("flite_tts");
        AppConfig config;
        config.providers[QStringLiteral("flite_tts")].enabled = false;
        QCOMPARE(
            validateProviders(config, [&](const QString& n) { return n == info.name ? &info : nullptr; }),
            ConfigErrors{});
    }

    void secretInTheFileIsAnErrorPointingToTheKeychain()
    {
        ProviderInfo info;
        info.name = QStringLiteral("openai_stt");
        SettingField apiKey;
        apiKey.name = QStringLiteral("api_key");
        apiKey.type = SettingType::Secret;
        info.settingsSchema = SettingsSchema({apiKey});
        AppConfig config;
        config.providers[QStringLiteral("openai_stt")].settings.insert(QStringLiteral("api_key"),
                                                                       QStringLiteral("sk-live"));

        const ConfigErrors errors = validateProviders(
            config, [&](const QString& n) { return n == info.name ? &info : nullptr; },
            QStringLiteral("/c.json"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().isWarning());
        QCOMPARE(errors.first().key, QStringLiteral("providers.openai_stt.settings.api_key"));
        QVERIFY(errors.first().problem.contains(QStringLiteral("voicedeck-cli keys set openai_stt")));
        QVERIFY(!errors.first().message().contains(QStringLiteral("sk-live")));
        QVERIFY(errors.first().message().startsWith(
            QStringLiteral("/c.json: providers.openai_stt.settings.api_key: ")));
    }
};

QTEST_GUILESS_MAIN(TestProviderValidation)
#include "tst_providervalidation.moc"
