#include "guiprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vd;

// `cmake --install` into a temporary prefix gives a layout that works from there: the programs
// find libvoicedeck-core, the offline engines load from <bindir>/plugins as built-in providers,
// and the desktop entry and icons are where desktops look for them.
class TestInstallLayout : public QObject
{
    Q_OBJECT

private:
    test::GuiProcessHome m_home;
    QString m_prefix;

    QString installed(const QString& relative) const { return m_prefix + QLatin1Char('/') + relative; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_prefix = m_home.path(QStringLiteral("prefix"));
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(qEnvironmentVariable("VOICEDECK_CMAKE"),
                      {QStringLiteral("--install"), qEnvironmentVariable("VOICEDECK_BUILD_DIR"), QStringLiteral("--prefix"),
                       m_prefix});
        QVERIFY(install.waitForFinished(120000));
        QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
                 install.readAll().constData());
    }

    void installsFilesWhereTheyAreLookedFor_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* file :
             {"bin/voicedeck", "bin/voicedeck-cli", "bin/plugins/libvoicedeck_pocketsphinx_stt.so",
              "bin/plugins/libvoicedeck_flite_tts.so", "bin/plugins/libvoicedeck_espeak_tts.so",
              "share/applications/voicedeck.desktop", "share/icons/hicolor/scalable/apps/voicedeck.svg",
              "share/icons/hicolor/48x48/apps/voicedeck.png", "share/icons/hicolor/256x256/apps/voicedeck.png"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void installsFilesWhereTheyAreLookedFor()
    {
        QFETCH(QString, file);
        QVERIFY2(QFileInfo::exists(installed(file)), qPrintable(installed(file)));
    }

    void pluginsResolveEveryLibraryTheyNeed()
    {
        for (const QFileInfo& plugin : QDir(installed(QStringLiteral("bin/plugins"))).entryInfoList(QDir::Files)) {
            QProcess ldd;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("LD_LIBRARY_PATH")); // the RUNPATH alone must find it
            ldd.setProcessEnvironment(environment);
            ldd.start(QStringLiteral("ldd"), {plugin.filePath()});
            QVERIFY(ldd.waitForFinished(20000));
            const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
            QVERIFY2(!libraries.contains(QStringLiteral("not found")), qPrintable(libraries));
            QVERIFY2(libraries.contains(QStringLiteral("libvoicedeck-core.so => ") + m_prefix), qPrintable(libraries));
        }
    }

    void installedCliListsTheOfflineEnginesAsBuiltinProviders()
    {
        QProcess cli;
        QProcessEnvironment environment = m_home.environment();
        environment.remove(QStringLiteral("VOICEDECK_PLUGIN_PATH")); // only what the install layout provides
        environment.remove(QStringLiteral("LD_LIBRARY_PATH"));
        cli.setProcessEnvironment(environment);
        cli.start(installed(QStringLiteral("bin/voicedeck-cli")),
                  {QStringLiteral("providers"), QStringLiteral("--json"), QStringLiteral("--config"), m_home.configPath()});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonObject listing = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(listing.value(QStringLiteral("plugin_failures")).toArray(), QJsonArray());
        QStringList offline;
        for (const QJsonValue& provider : listing.value(QStringLiteral("providers")).toArray()) {
            const QJsonObject object = provider.toObject();
            if (object.value(QStringLiteral("offline")).toBool() &&
                object.value(QStringLiteral("type")).toString() == QLatin1String("builtin") &&
                object.value(QStringLiteral("configured")).toBool())
                offline << object.value(QStringLiteral("name")).toString();
        }
        offline.sort();
        QCOMPARE(offline, (QStringList{"espeak_tts", "flite_tts", "pocketsphinx_stt"}));
    }

    void installedGuiStarts()
    {
        QProcess gui;
        gui.setProcessEnvironment(m_home.environment());
        gui.start(installed(QStringLiteral("bin/voicedeck")),
                  {QStringLiteral("--config"), m_home.configPath(), QStringLiteral("--exit-after-first-paint")});
        QVERIFY(gui.waitForFinished(60000));
        QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0, gui.readAllStandardError().constData());
    }
};

QTEST_MAIN(TestInstallLayout)
#include "tst_installlayout.moc"
