#include "core/registry/providerregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace vd;

namespace {

ProviderDefinition fakeDefinition(const QString& name, ProviderCategory category, int priority,
                                  bool enabled = true)
{
    ProviderDefinition definition;
    definition.info.name = name;
    definition.info.category = category;
    definition.info.priority = priority;
    definition.info.enabled = enabled;
    definition.origin = QStringLiteral("test");
    definition.create = [](const ProviderContext&) { return std::unique_ptr<Provider>(); };
    return definition;
}

// STT: c(10) a(20) b(20) d(30, disabled); TTS: x(5) y(50).
void fillRegistry(ProviderRegistry& registry)
{
    QVERIFY(registry.registerProvider(fakeDefinition(QStringLiteral("b"), ProviderCategory::Stt, 20)));
    QVERIFY(registry.registerProvider(fakeDefinition(QStringLiteral("a"), ProviderCategory::Stt, 20)));
    QVERIFY(registry.registerProvider(fakeDefinition(QStringLiteral("d"), ProviderCategory::Stt, 30, false)));
    QVERIFY(registry.registerProvider(fakeDefinition(QStringLiteral("c"), ProviderCategory::Stt, 10)));
    QVERIFY(registry.registerProvider(fakeDefinition(QStringLiteral("y"), ProviderCategory::Tts, 50)));
    QVERIFY(registry.registerProvider(fakeDefinition(QStringLiteral("x"), ProviderCategory::Tts, 5)));
}

QStringList namesOf(const QList<ProviderInfo>& infos)
{
    QStringList names;
    for (const ProviderInfo& info : infos)
        names << info.name;
    return names;
}

} // namespace

class TestProviderRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registeredProviderIsFoundByName()
    {
        ProviderRegistry registry;
        QSignalSpy added(&registry, &ProviderRegistry::providerAdded);
        QVERIFY(registry.registerProvider(
            fakeDefinition(QStringLiteral("openai_stt"), ProviderCategory::Stt, 10)));
        QVERIFY(registry.contains(QStringLiteral("openai_stt")));
        QVERIFY(!registry.contains(QStringLiteral("nope")));
        QVERIFY(registry.definition(QStringLiteral("openai_stt")));
        QCOMPARE(registry.definition(QStringLiteral("nope")), nullptr);
        QCOMPARE(registry.info(QStringLiteral("openai_stt"))->priority, 10);
        QVERIFY(!registry.info(QStringLiteral("nope")));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), QStringLiteral("openai_stt"));
    }

    void registrationRejectsBadDefinitions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("withCreator");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty name") << "" << 0 << true << "no name";
        QTest::newRow("dotted name") << "my.provider" << 0 << true << "not valid";
        QTest::newRow("spaces in name") << "my provider" << 0 << true << "not valid";
        QTest::newRow("duplicate name") << "taken" << 0 << true << "already registered";
        QTest::newRow("bad category") << "fresh" << 7 << true << "unknown category";
        QTest::newRow("no creator") << "fresh" << 0 << false << "cannot create";
    }

    void registrationRejectsBadDefinitions()
    {
        QFETCH(QString, name);
        QFETCH(int, category);
        QFETCH(bool, withCreator);
        QFETCH(QString, reason);
        ProviderRegistry registry;
        QVERIFY(
            registry.registerProvider(fakeDefinition(QStringLiteral("taken"), ProviderCategory::Stt, 10)));
        QSignalSpy added(&registry, &ProviderRegistry::providerAdded);
        ProviderDefinition definition = fakeDefinition(name, static_cast<ProviderCategory>(category), 10);
        if (!withCreator)
            definition.create = nullptr;
        const Status status = registry.registerProvider(definition);
        QVERIFY(!status);
        QCOMPARE(status.error().kind, ErrorKind::BadRequest);
        QVERIFY2(status.error().message.contains(reason), qPrintable(status.error().message));
        QCOMPARE(added.count(), 0);
        QCOMPARE(registry.names(), QStringList{QStringLiteral("taken")});
    }

    void providersAreOrderedByPriorityThenName()
    {
        ProviderRegistry registry;
        fillRegistry(registry);
        QCOMPARE(namesOf(registry.availableProviders()), (QStringList{"x", "c", "a", "b", "y"}));
        QCOMPARE(namesOf(registry.availableProviders({}, false)),
                 (QStringList{"x", "c", "a", "b", "d", "y"}));
    }

    void availableProvidersFiltersByCategoryAndEnabled_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("enabledOnly");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("stt enabled") << int(ProviderCategory::Stt) << true << QStringList{"c", "a", "b"};
        QTest::newRow("stt all") << int(ProviderCategory::Stt) << false << QStringList{"c", "a", "b", "d"};
        QTest::newRow("tts enabled") << int(ProviderCategory::Tts) << true << QStringList{"x", "y"};
    }

    void availableProvidersFiltersByCategoryAndEnabled()
    {
        QFETCH(int, category);
        QFETCH(bool, enabledOnly);
        QFETCH(QStringList, expected);
        ProviderRegistry registry;
        fillRegistry(registry);
        QCOMPARE(namesOf(registry.availableProviders(static_cast<ProviderCategory>(category), enabledOnly)),
                 expected);
    }

    void priorityListHasEnabledProvidersInOrder()
    {
        ProviderRegistry registry;
        fillRegistry(registry);
        QCOMPARE(registry.priorityList(ProviderCategory::Stt), (QStringList{"c", "a", "b"}));
        QVERIFY(registry.setEnabled(QStringLiteral("d"), true));
        QVERIFY(registry.setPriority(QStringLiteral("d"), 1));
        QCOMPARE(registry.priorityList(ProviderCategory::Stt), (QStringList{"d", "c", "a", "b"}));
        QVERIFY(registry.setEnabled(QStringLiteral("c"), false));
        QCOMPARE(registry.priorityList(ProviderCategory::Stt), (QStringList{"d", "a", "b"}));
        QCOMPARE(registry.priorityList(ProviderCategory::Tts), (QStringList{"x", "y"}));
    }

    void namesAreAlphabetical()
    {
        ProviderRegistry registry;
        fillRegistry(registry);
        QCOMPARE(registry.names(), (QStringList{"a", "b", "c", "d", "x", "y"}));
    }

    void applyOrderReassignsPrioritiesInTensAndKeepsTheRestAfter()
    {
        ProviderRegistry registry;
        fillRegistry(registry);
        QSignalSpy order(&registry, &ProviderRegistry::orderChanged);
        QVERIFY(registry.applyOrder(ProviderCategory::Stt, {QStringLiteral("b"), QStringLiteral("d")}));
        // Unlisted c, a keep their relative order (c before a) after the listed ones.
        QCOMPARE(namesOf(registry.availableProviders(ProviderCategory::Stt, false)),
                 (QStringList{"b", "d", "c", "a"}));
        QCOMPARE(registry.info(QStringLiteral("b"))->priority, 10);
        QCOMPARE(registry.info(QStringLiteral("d"))->priority, 20);
        QCOMPARE(registry.info(QStringLiteral("c"))->priority, 30);
        QCOMPARE(registry.info(QStringLiteral("a"))->priority, 40);
        QCOMPARE(registry.info(QStringLiteral("x"))->priority, 5); // other category untouched
        QCOMPARE(order.count(), 1);
        QCOMPARE(order.first().first().value<ProviderCategory>(), ProviderCategory::Stt);
    }

    void applyOrderRefusesBadListsWithoutChangingAnything_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::newRow("unknown name") << QStringList{"a", "zzz"};
        QTest::newRow("other category") << QStringList{"a", "x"};
        QTest::newRow("listed twice") << QStringList{"a", "b", "a"};
    }

    void applyOrderRefusesBadListsWithoutChangingAnything()
    {
        QFETCH(QStringList, names);
        ProviderRegistry registry;
        fillRegistry(registry);
        QSignalSpy changed(&registry, &ProviderRegistry::providerChanged);
        const Status status = registry.applyOrder(ProviderCategory::Stt, names);
        QVERIFY(!status);
        QCOMPARE(status.error().kind, ErrorKind::BadRequest);
        QCOMPARE(registry.info(QStringLiteral("a"))->priority, 20);
        QCOMPARE(changed.count(), 0);
    }

    void applyOrderOfTheCurrentOrderIsSilentOnceNormalised()
    {
        ProviderRegistry registry;
        fillRegistry(registry);
        QVERIFY(registry.applyOrder(ProviderCategory::Stt, {}));
        QSignalSpy changed(&registry, &ProviderRegistry::providerChanged);
        QSignalSpy order(&registry, &ProviderRegistry::orderChanged);
        QVERIFY(registry.applyOrder(ProviderCategory::Stt, {QStringLiteral("c"), QStringLiteral("a")}));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(order.count(), 0);
    }

    void settersNotifyOnlyOnRealChanges()
    {
        ProviderRegistry registry;
        fillRegistry(registry);
        QSignalSpy changed(&registry, &ProviderRegistry::providerChanged);
        QSignalSpy order(&registry, &ProviderRegistry::orderChanged);

        QVERIFY(registry.setEnabled(QStringLiteral("a"), true)); // already enabled
        QVERIFY(registry.setPriority(QStringLiteral("a"), 20));  // already 20
        QCOMPARE(changed.count(), 0);
        QCOMPARE(order.count(), 0);

        QVERIFY(registry.setEnabled(QStringLiteral("a"), false));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(order.count(), 0);
        QVERIFY(registry.setPriority(QStringLiteral("a"), 1));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(order.count(), 1);
        for (const QList<QVariant>& arguments : std::as_const(changed))
            QCOMPARE(arguments.first().toString(), QStringLiteral("a"));
    }

    void settersReportUnknownNames()
    {
        ProviderRegistry registry;
        QSignalSpy changed(&registry, &ProviderRegistry::providerChanged);
        QVERIFY(!registry.setEnabled(QStringLiteral("nope"), false));
        QVERIFY(!registry.setPriority(QStringLiteral("nope"), 3));
        QCOMPARE(changed.count(), 0);
    }

    void definitionPointersSurviveLaterRegistrations()
    {
        ProviderRegistry registry;
        QVERIFY(
            registry.registerProvider(fakeDefinition(QStringLiteral("first"), ProviderCategory::Stt, 10)));
        const ProviderDefinition* first = registry.definition(QStringLiteral("first"));
        for (int i = 0; i < 100; ++i)
            QVERIFY(registry.registerProvider(
                fakeDefinition(QStringLiteral("p%1").arg(i), ProviderCategory::Tts, i)));
        QCOMPARE(registry.definition(QStringLiteral("first")), first);
        QCOMPARE(first->info.name, QStringLiteral("first"));
    }

    void pluginFailuresAreKeptForListing()
    {
        ProviderRegistry registry;
        registry.addFailure({QStringLiteral("/p/libbad.so"), QString(), QStringLiteral("Not a Qt plugin")});
        registry.addFailure(
            {QStringLiteral("/p/libold.so"), QStringLiteral("old"), QStringLiteral("API version")});
        QCOMPARE(registry.failures().size(), 2);
        QCOMPARE(registry.failures().at(1).name, QStringLiteral("old"));
    }
};

QTEST_GUILESS_MAIN(TestProviderRegistry)
#include "tst_providerregistry.moc"
