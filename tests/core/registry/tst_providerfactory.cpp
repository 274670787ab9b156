#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace vd;

namespace {

// A speech-to-text provider that only remembers what it was created from.
class FakeSttProvider : public SpeechToTextProvider
{
public:
    explicit FakeSttProvider(ProviderContext context) : context(std::move(context)) {}
    QString name() const override { return QStringLiteral("fake_stt"); }
    ProbeJob* probe(QObject*) override { return nullptr; }
    TranscribeJob* transcribe(const TranscriptionRequest&, QObject*) override { return nullptr; }

    ProviderContext context;
};

SettingsSchema fakeSchema()
{
    SettingField model;
    model.name = QStringLiteral("model");
    model.defaultValue = QStringLiteral("base");
    SettingField speed;
    speed.name = QStringLiteral("speed");
    speed.type = SettingType::Double;
    speed.defaultValue = 1.0;
    speed.minimum = 0.25;
    speed.maximum = 4.0;
    SettingField apiKey;
    apiKey.name = QStringLiteral("api_key");
    apiKey.type = SettingType::Secret;
    return SettingsSchema({model, speed, apiKey});
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestProviderFactory : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_registry;
    QNetworkAccessManager m_network;
    QString m_secret = QStringLiteral("sk-first");
    int m_created = 0;

    ProviderFactory makeFactory()
    {
        return ProviderFactory(m_registry, &m_network, [this](const ProviderInfo& info) {
            Credential credential;
            if (info.name == QLatin1String("keyed_stt") && !m_secret.isEmpty())
                credential =
                    Credential{m_secret, CredentialSource::Environment, QStringLiteral("FAKE_API_KEY")};
            return credential;
        });
    }

    void addDefinition(const QString& name, bool needsKey)
    {
        ProviderDefinition definition;
        definition.info.name = name;
        definition.info.category = ProviderCategory::Stt;
        definition.info.settingsSchema = fakeSchema();
        if (needsKey) {
            definition.info.credentialKeys = {name, QStringLiteral("fake")};
            definition.info.credentialEnvironment = {QStringLiteral("FAKE_API_KEY")};
        }
        definition.origin = QStringLiteral("test");
        definition.create = [this](const ProviderContext& context) {
            ++m_created;
            return std::make_unique<FakeSttProvider>(context);
        };
        QVERIFY(m_registry.registerProvider(definition));
    }

private Q_SLOTS:
    void initTestCase()
    {
        addDefinition(QStringLiteral("free_stt"), false);
        addDefinition(QStringLiteral("keyed_stt"), true);

        ProviderDefinition wrongCategory;
        wrongCategory.info.name = QStringLiteral("confused_tts");
        wrongCategory.info.category = ProviderCategory::Tts;
        wrongCategory.create = [](const ProviderContext& context) {
            return std::make_unique<FakeSttProvider>(context);
        };
        QVERIFY(m_registry.registerProvider(wrongCategory));
        ProviderDefinition empty;
        empty.info.name = QStringLiteral("empty_stt");
        empty.create = [](const ProviderContext&) { return std::unique_ptr<Provider>(); };
        QVERIFY(m_registry.registerProvider(empty));
    }

    void init()
    {
        m_secret = QStringLiteral("sk-first");
        m_created = 0;
    }

    void createsWithDefaultsCredentialAndNetwork()
    {
        ProviderFactory factory = makeFactory();
        const auto result = factory.provider(QStringLiteral("keyed_stt"), json(R"({"speed": 2})"));
        QVERIFY2(result.hasValue(), result.hasValue() ? "" : qPrintable(result.error().message));
        auto* fake = dynamic_cast<FakeSttProvider*>(result.value().get());
        QVERIFY(fake);
        QCOMPARE(fake->context.settings, json(R"({"model": "base", "speed": 2})"));
        QCOMPARE(fake->context.credential.secret, QStringLiteral("sk-first"));
        QCOMPARE(fake->context.network, &m_network);
    }

    void sameSettingsGiveTheSameInstance()
    {
        ProviderFactory factory = makeFactory();
        const auto first = factory.provider(QStringLiteral("free_stt"), json(R"({"model": "base"})"));
        // Defaults spelt out or left implicit are the same configuration.
        const auto second = factory.provider(QStringLiteral("free_stt"), json(R"({"speed": 1.0})"));
        QVERIFY(first.hasValue() && second.hasValue());
        QCOMPARE(first.value().get(), second.value().get());
        QCOMPARE(m_created, 1);
        QCOMPARE(factory.cachedCount(), 1);
    }

    void changedSettingsGiveANewInstanceAndDropTheOld()
    {
        ProviderFactory factory = makeFactory();
        std::shared_ptr<Provider> old = factory.provider(QStringLiteral("free_stt")).value();
        std::weak_ptr<Provider> watch = old;
        const auto fresh = factory.provider(QStringLiteral("free_stt"), json(R"({"speed": 3})"));
        QVERIFY(fresh.hasValue());
        QVERIFY(fresh.value().get() != old.get());
        QCOMPARE(factory.cachedCount(), 1);
        QVERIFY(!watch.expired()); // still in use by its holder...
        old.reset();
        QVERIFY(watch.expired()); // ...and released once the holder lets go, because the cache dropped it
    }

    void changedCredentialGivesANewInstance()
    {
        ProviderFactory factory = makeFactory();
        const auto first = factory.provider(QStringLiteral("keyed_stt"));
        m_secret = QStringLiteral("sk-second");
        const auto second = factory.provider(QStringLiteral("keyed_stt"));
        QVERIFY(first.hasValue() && second.hasValue());
        QVERIFY(first.value().get() != second.value().get());
        QCOMPARE(m_created, 2);
        QCOMPARE(factory.cachedCount(), 1);
    }

    void invalidateAndClearDropCachedInstances()
    {
        ProviderFactory factory = makeFactory();
        const auto free1 = factory.provider(QStringLiteral("free_stt"));
        QVERIFY(factory.provider(QStringLiteral("keyed_stt")).hasValue());
        QCOMPARE(factory.cachedCount(), 2);
        factory.invalidate(QStringLiteral("free_stt"));
        QCOMPARE(factory.cachedCount(), 1);
        const auto free2 = factory.provider(QStringLiteral("free_stt"));
        QVERIFY(free1.value().get() != free2.value().get());
        factory.clear();
        QCOMPARE(factory.cachedCount(), 0);
        QCOMPARE(m_created, 3);
    }

    void missingCredentialMeansNotConfigured()
    {
        m_secret.clear();
        ProviderFactory factory = makeFactory();
        const auto result = factory.provider(QStringLiteral("keyed_stt"));
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, ErrorKind::NotConfigured);
        QVERIFY2(result.error().message.contains(QStringLiteral("keys set keyed_stt")),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("FAKE_API_KEY")));
        QCOMPARE(m_created, 0);
        QVERIFY(!factory.isConfigured(*m_registry.info(QStringLiteral("keyed_stt"))));
        QVERIFY(factory.isConfigured(*m_registry.info(QStringLiteral("free_stt"))));
    }

    void invalidSettingsAreBadRequestListingEveryProblem()
    {
        ProviderFactory factory = makeFactory();
        const auto result = factory.provider(QStringLiteral("free_stt"),
                                             json(R"({"speed": 9, "api_key": "sk-leak", "colour": "red"})"));
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, ErrorKind::BadRequest);
        const QString& message = result.error().message;
        QVERIFY2(message.contains(QStringLiteral("speed: 9 is out of range")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("api_key:")));
        QVERIFY(message.contains(QStringLiteral("colour:")));
        QVERIFY(!message.contains(QStringLiteral("sk-leak")));
        QCOMPARE(m_created, 0);
    }

    void unknownNameIsBadRequestListingKnownNames()
    {
        ProviderFactory factory = makeFactory();
        const auto result = factory.provider(QStringLiteral("nope_stt"));
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, ErrorKind::BadRequest);
        QVERIFY(result.error().message.contains(QStringLiteral("\"nope_stt\"")));
        QVERIFY(result.error().message.contains(QStringLiteral("free_stt, keyed_stt")));
    }

    void definitionsThatCreateTheWrongThingAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("wrong category") << "confused_tts";
        QTest::newRow("no instance") << "empty_stt";
    }

    void definitionsThatCreateTheWrongThingAreRefused()
    {
        QFETCH(QString, name);
        ProviderFactory factory = makeFactory();
        const auto result = factory.provider(name);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, ErrorKind::Unsupported);
        QCOMPARE(factory.cachedCount(), 0);
    }

    void cacheKeyIsHexSha256AndNeverContainsTheSecret()
    {
        const Credential credential{QStringLiteral("sk-secret"), CredentialSource::Keychain,
                                    QStringLiteral("x")};
        const QString key =
            ProviderFactory::cacheKey(QStringLiteral("p"), json(R"({"a": 1, "b": 2})"), credential);
        QCOMPARE(key.size(), 64);
        QVERIFY(QByteArray::fromHex(key.toLatin1()).size() == 32);
        // Key order in the input does not matter; every input does.
        QCOMPARE(ProviderFactory::cacheKey(QStringLiteral("p"), json(R"({"b": 2, "a": 1})"), credential),
                 key);
        QVERIFY(ProviderFactory::cacheKey(QStringLiteral("q"), json(R"({"a": 1, "b": 2})"), credential) !=
                key);
        QVERIFY(ProviderFactory::cacheKey(QStringLiteral("p"), json(R"({"a": 1, "b": 3})"), credential) !=
                key);
        QVERIFY(ProviderFactory::cacheKey(QStringLiteral("p"), json(R"({"a": 1, "b": 2})"), Credential{}) !=
                key);
    }
};

QTEST_GUILESS_MAIN(TestProviderFactory)
#include "tst_providerfactory.moc"
