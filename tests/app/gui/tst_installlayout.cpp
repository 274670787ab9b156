#include "installedtree.h"

#include <QFileInfo>
#include <QTest>

using namespace vd;

// `cmake --install` into a temporary prefix gives a layout that works from there: the programs
// find libvoicedeck-core and the offline engines in lib/voicedeck/ (FHS; relative RPATH and
// plugin path, so any prefix works), and the desktop entry, icons and AppStream metadata are
// where desktops and software centres look for them.
class TestInstallLayout : public QObject
{
    Q_OBJECT

private:
    test::GuiProcessHome m_home;
    QString m_prefix;

    test::InstalledTree tree() const { return test::InstalledTree(m_home, m_prefix); }
    static QString pluginDir() { return qEnvironmentVariable("VOICEDECK_INSTALL_PLUGINDIR"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(!pluginDir().isEmpty());
        m_prefix = m_home.path(QStringLiteral("prefix"));
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(qEnvironmentVariable("VOICEDECK_CMAKE"),
                      {QStringLiteral("--install"), qEnvironmentVariable("VOICEDECK_BUILD_DIR"),
                       QStringLiteral("--prefix"), m_prefix});
        QVERIFY(install.waitForFinished(120000));
        QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
                 install.readAll().constData());
    }

    void installsFilesWhereTheyAreLookedFor_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file :
             {QStringLiteral("bin/voicedeck"), QStringLiteral("bin/voicedeck-cli"),
              pluginDir() + QStringLiteral("/../libvoicedeck-core.so"),
              pluginDir() + QStringLiteral("/libvoicedeck_pocketsphinx_stt.so"),
              pluginDir() + QStringLiteral("/libvoicedeck_flite_tts.so"),
              pluginDir() + QStringLiteral("/libvoicedeck_espeak_tts.so"),
              QStringLiteral("share/applications/voicedeck.desktop"),
              QStringLiteral("share/metainfo/io.github.voicedeck.voicedeck.metainfo.xml"),
              QStringLiteral("share/icons/hicolor/scalable/apps/voicedeck.svg"),
              QStringLiteral("share/icons/hicolor/48x48/apps/voicedeck.png"),
              QStringLiteral("share/icons/hicolor/256x256/apps/voicedeck.png")})
            QTest::newRow(qPrintable(file)) << file;
    }

    void installsFilesWhereTheyAreLookedFor()
    {
        QFETCH(QString, file);
        QVERIFY2(QFileInfo::exists(tree().path(file)), qPrintable(tree().path(file)));
    }

    // An example answers no real request: it is not installed unless asked for.
    void leavesTheExamplePluginOut()
    {
        if (test::InstalledTree::installsExample())
            QSKIP("configured with VOICEDECK_INSTALL_EXAMPLE_PLUGIN=ON");
        QVERIFY(!QFileInfo::exists(tree().path(pluginDir() + QStringLiteral("/libexample_morse_tts.so"))));
        QVERIFY(!QFileInfo::exists(tree().path(QStringLiteral("bin/plugins"))));
    }

    void pluginsResolveEveryLibraryTheyNeed()
    {
        const QString problem = tree().checkPluginsResolveTheirLibraries(tree().path(pluginDir()));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void installedCliListsTheOfflineEnginesAsBuiltinProviders()
    {
        const QString problem = tree().checkCliListsTheOfflineEngines();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void installedGuiPaintsItsWindow()
    {
        const QString problem = tree().checkGuiPaintsItsWindow();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_MAIN(TestInstallLayout)
#include "tst_installlayout.moc"
