#include "core/plugins/pluginloader.h"
#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

namespace {

QString pluginDir()
{
    return qEnvironmentVariable("VOICEDECK_PLUGIN_PATH");
}
// Where the shipped builtin plugins live next to the real executables (tests run from tests/bin).
QString shippedBuiltinDir()
{
    return qEnvironmentVariable("VOICEDECK_BIN_DIR") + QStringLiteral("/plugins");
}
QString fixtureDir()
{
    return qEnvironmentVariable("VOICEDECK_FIXTURE_PLUGIN_DIR");
}
QString fixture(const QString& base)
{
    return fixtureDir() + QStringLiteral("/lib") + base + QStringLiteral(".so");
}
QString examplePlugin()
{
    return pluginDir() + QStringLiteral("/libexample_morse_tts.so");
}

const PluginFailure* failureFor(const PluginScan& scan, const QString& fileName)
{
    for (const PluginFailure& failure : scan.failures) {
        if (QFileInfo(failure.path).fileName() == fileName)
            return &failure;
    }
    return nullptr;
}

QString describe(const QList<PluginFailure>& failures)
{
    QStringList lines;
    for (const PluginFailure& f : failures)
        lines << f.path + QStringLiteral(": ") + f.reason;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPluginLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(examplePlugin()), qPrintable(examplePlugin()));
        QVERIFY2(QFileInfo::exists(fixture(QStringLiteral("fixture_wrong_api"))), qPrintable(fixtureDir()));
    }

    void defaultPathsAreEnvironmentThenBesideExecutableThenInstalledThenUserData()
    {
        const QByteArray saved = qgetenv("VOICEDECK_PLUGIN_PATH");
        qputenv("VOICEDECK_PLUGIN_PATH", "/opt/a::/opt/b/:/opt/a");
        const QStringList paths = defaultPluginPaths();
        qputenv("VOICEDECK_PLUGIN_PATH", saved);
        QCOMPARE(paths, (QStringList{QStringLiteral("/opt/a"), QStringLiteral("/opt/b"),
                                     QCoreApplication::applicationDirPath() + QStringLiteral("/plugins"),
                                     installedPluginDir(),
                                     QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                         QStringLiteral("/voicedeck/plugins")}));
    }

    // An installed tree keeps the engines in lib/voicedeck/plugins (FHS), found relative to the
    // executable; a build tree in plugins/ beside it. The tests run from tests/bin, which has no
    // plugins/ folder, so they see the installed layout.
    void builtinPluginsAreFoundBesideTheExecutableOrInTheInstalledLibDir()
    {
        const QString appDir = QCoreApplication::applicationDirPath();
        QVERIFY(!QFileInfo::exists(pluginDirBesideExecutable()));
        QCOMPARE(builtinPluginDir(), installedPluginDir());
        QVERIFY2(installedPluginDir().endsWith(QStringLiteral("/voicedeck/plugins")),
                 qPrintable(installedPluginDir()));
        QVERIFY2(installedPluginDir().startsWith(QDir::cleanPath(appDir + QStringLiteral("/../lib"))),
                 qPrintable(installedPluginDir()));
    }

    void everyShippedPluginLoads()
    {
        const PluginScan scan = scanPlugins({pluginDir()}, shippedBuiltinDir());
        QVERIFY2(scan.failures.isEmpty(), qPrintable(describe(scan.failures)));
        QVERIFY(!scan.providers.isEmpty());
    }

    void examplePluginLoadsRegistersAndSynthesizes()
    {
        const PluginScan scan = scanPlugins({pluginDir()}, shippedBuiltinDir());
        ProviderRegistry registry;
        QVERIFY(registerScan(registry, scan) >= 1);
        const std::optional<ProviderInfo> info = registry.info(QStringLiteral("example_morse_tts"));
        QVERIFY(info);
        QCOMPARE(info->type, ProviderType::Custom);
        QCOMPARE(info->category, ProviderCategory::Tts);
        QCOMPARE(info->priority, 200);
        QVERIFY(info->offline);
        QCOMPARE(QFileInfo(registry.definition(QStringLiteral("example_morse_tts"))->origin).fileName(),
                 QStringLiteral("libexample_morse_tts.so"));

        ProviderFactory factory(registry, nullptr, [](const ProviderInfo&) { return Credential{}; });
        const auto provider = factory.provider(QStringLiteral("example_morse_tts"), {});
        QVERIFY2(provider.hasValue(), provider.hasValue() ? "" : qPrintable(provider.error().message));
        auto* tts = dynamic_cast<TextToSpeechProvider*>(provider.value().get());
        QVERIFY(tts);
        SynthesisRequest request;
        request.text = QStringLiteral("SOS");
        SynthesizeJob* job = tts->synthesize(request);
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ProviderJob::finished);
        job->start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(!job->hasError(), job->hasError() ? qPrintable(job->error().message) : "");
        QCOMPARE(job->audio().format, QStringLiteral("pcm"));
        QVERIFY(job->audio().data.size() > 0);
        delete job;
    }

    void badPluginsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong api version")
            << fixture(QStringLiteral("fixture_wrong_api")) << "fixture_future_stt"
            << "Built for plugin API version 99";
        QTest::newRow("plain shared library") << fixture(QStringLiteral("fixture_not_a_plugin")) << ""
                                              << "Not a Qt plugin";
        QTest::newRow("text named like a library") << fixture(QStringLiteral("fixture_text")) << ""
                                                   << "Not a Qt plugin";
        QTest::newRow("root without the interface")
            << fixture(QStringLiteral("fixture_no_interface")) << "fixture_hollow_tts"
            << "does not implement";
        QTest::newRow("another application's plugin") << fixture(QStringLiteral("fixture_wrong_iid")) << ""
                                                      << "another kind";
        QTest::newRow("builtin claimed outside the builtin folder")
            << fixture(QStringLiteral("fixture_builtin_claim")) << "fixture_builtin_stt"
            << "\"builtin\"";
        QTest::newRow("missing file") << fixtureDir() + QStringLiteral("/libnothing_here.so") << ""
                                      << "does not exist";
    }

    void badPluginsAreRefusedWithTheReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const auto loaded = loadPlugin(file, shippedBuiltinDir());
        QVERIFY(!loaded.hasValue());
        QCOMPARE(QFileInfo(loaded.error().path).fileName(), QFileInfo(file).fileName());
        QCOMPARE(loaded.error().name, name);
        QVERIFY2(loaded.error().reason.contains(reason), qPrintable(loaded.error().reason));
    }

    void builtinTypeIsAllowedInTheBuiltinFolder()
    {
        const auto loaded = loadPlugin(fixture(QStringLiteral("fixture_builtin_claim")), fixtureDir());
        QVERIFY2(loaded.hasValue(), loaded.hasValue() ? "" : qPrintable(loaded.error().reason));
        QCOMPARE(loaded->info.type, ProviderType::Builtin);
        QCOMPARE(loaded->info.settingsSchema.field(QStringLiteral("language"))->defaultValue.toString(),
                 QStringLiteral("en-US"));
        const std::unique_ptr<Provider> provider = loaded->create(ProviderContext{});
        QVERIFY(provider);
        QCOMPARE(provider->name(), QStringLiteral("fixture_builtin_stt"));
    }

    void scanMixingGoodAndBadListsEachFailureAndKeepsTheGood()
    {
        const PluginScan scan = scanPlugins({pluginDir(), fixtureDir()}, shippedBuiltinDir());
        QStringList names;
        for (const ProviderDefinition& definition : scan.providers)
            names << definition.info.name;
        QVERIFY(names.contains(QStringLiteral("example_morse_tts")));

        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("libfixture_wrong_api.so"), QStringLiteral("API version 99")},
            {QStringLiteral("libfixture_not_a_plugin.so"), QStringLiteral("Not a Qt plugin")},
            {QStringLiteral("libfixture_text.so"), QStringLiteral("Not a Qt plugin")},
            {QStringLiteral("libfixture_no_interface.so"), QStringLiteral("does not implement")},
            {QStringLiteral("libfixture_wrong_iid.so"), QStringLiteral("another kind")},
            {QStringLiteral("libfixture_builtin_claim.so"), QStringLiteral("\"builtin\"")},
        };
        for (const auto& [fileName, reason] : expected) {
            const PluginFailure* failure = failureFor(scan, fileName);
            QVERIFY2(failure, qPrintable(fileName));
            QVERIFY2(failure->reason.contains(reason), qPrintable(failure->reason));
        }
        QCOMPARE(scan.failures.size(), expected.size());
        QVERIFY(!failureFor(scan, QStringLiteral("notes.txt")));
    }

    void secondPluginWithTheSameNameIsRefused()
    {
        QTemporaryDir copyDir;
        QVERIFY(copyDir.isValid());
        QVERIFY(QFile::copy(examplePlugin(), copyDir.filePath(QStringLiteral("libmorse_copy.so"))));
        const PluginScan scan = scanPlugins({pluginDir(), copyDir.path()}, shippedBuiltinDir());
        const PluginFailure* failure = failureFor(scan, QStringLiteral("libmorse_copy.so"));
        QVERIFY(failure);
        QCOMPARE(failure->name, QStringLiteral("example_morse_tts"));
        QVERIFY2(failure->reason.contains(QStringLiteral("already provides")), qPrintable(failure->reason));
    }

    void sameFolderListedTwiceIsScannedOnce()
    {
        const PluginScan scan =
            scanPlugins({pluginDir(), pluginDir() + QStringLiteral("/")}, shippedBuiltinDir());
        QVERIFY2(scan.failures.isEmpty(), qPrintable(describe(scan.failures)));
    }

    void missingFoldersAreSkippedQuietly()
    {
        const PluginScan scan = scanPlugins({QStringLiteral("/nonexistent/voicedeck/plugins")});
        QVERIFY(scan.providers.isEmpty());
        QVERIFY(scan.failures.isEmpty());
    }

    void registerScanRecordsFailuresAndNameClashes()
    {
        ProviderRegistry registry;
        ProviderDefinition builtin;
        builtin.info.name = QStringLiteral("example_morse_tts");
        builtin.info.category = ProviderCategory::Tts;
        builtin.origin = QStringLiteral("builtin");
        builtin.create = [](const ProviderContext&) { return std::unique_ptr<Provider>(); };
        QVERIFY(registry.registerProvider(builtin));

        const PluginScan scan = scanPlugins({examplePlugin(), fixture(QStringLiteral("fixture_wrong_api"))});
        QCOMPARE(scan.providers.size(), 1);
        QCOMPARE(scan.failures.size(), 1);
        QCOMPARE(registerScan(registry, scan), 0);
        QCOMPARE(registry.failures().size(), 2);
        QCOMPARE(registry.failures().at(0).name, QStringLiteral("example_morse_tts"));
        QVERIFY(registry.failures().at(0).reason.contains(QStringLiteral("already registered")));
        QCOMPARE(registry.definition(QStringLiteral("example_morse_tts"))->origin, QStringLiteral("builtin"));
    }
};

QTEST_GUILESS_MAIN(TestPluginLoader)
#include "tst_pluginloader.moc"
