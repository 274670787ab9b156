#include "core/providers/builtinproviders.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace vd;

// The six built-in cloud provider definitions the factory receives.
class TestBuiltinProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definesTheSixCloudProviders()
    {
        const QList<ProviderDefinition> definitions = builtinProviderDefinitions();
        QStringList names;
        for (const ProviderDefinition& definition : definitions) {
            names.append(definition.info.name);
            QCOMPARE(definition.origin, QStringLiteral("builtin"));
            QCOMPARE(definition.info.type, ProviderType::Builtin);
            QVERIFY(definition.info.needsCredential());
            QVERIFY(!definition.info.offline);
            QVERIFY(definition.create);
            QVERIFY(definition.info.settingsSchema.field(QStringLiteral("base_url")));
        }
        QCOMPARE(names, (QStringList{"openai_stt", "google_stt", "yandex_stt", "openai_tts", "google_tts",
                                     "yandex_tts"}));
    }

    void priorityFollowsTheContract()
    {
        for (const ProviderDefinition& definition : builtinProviderDefinitions()) {
            const int expected = definition.info.name.startsWith(QLatin1String("openai"))   ? 10
                                 : definition.info.name.startsWith(QLatin1String("google")) ? 20
                                                                                            : 30;
            QCOMPARE(definition.info.priority, expected);
        }
    }

    void creatorsBuildProvidersOfTheirNameAndCategory()
    {
        QNetworkAccessManager network;
        for (const ProviderDefinition& definition : builtinProviderDefinitions()) {
            ProviderContext context;
            context.settings = definition.info.settingsSchema.withDefaults({});
            context.network = &network;
            const std::unique_ptr<Provider> provider = definition.create(context);
            QVERIFY(provider);
            QCOMPARE(provider->name(), definition.info.name);
            QCOMPARE(provider->category(), definition.info.category);
            QCOMPARE(bool(dynamic_cast<TextToSpeechProvider*>(provider.get())),
                     definition.info.category == ProviderCategory::Tts);
        }
    }
};

QTEST_GUILESS_MAIN(TestBuiltinProviders)
#include "tst_builtinproviders.moc"
