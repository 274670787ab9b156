#include "installedtree.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace vd;

// `cpack -G DEB` builds a package that installs VoiceDeck as a desktop application: extracted with
// `dpkg -x`, its programs run from the extracted tree, its dependencies name the libraries and
// data the programs load, and its AppStream metadata validates.
class TestDebPackage : public QObject
{
    Q_OBJECT

private:
    test::GuiProcessHome m_home;
    QString m_deb;

    test::InstalledTree tree() const
    {
        return test::InstalledTree(m_home, m_home.path(QStringLiteral("root/usr")));
    }
    static QString pluginDir() { return qEnvironmentVariable("VOICEDECK_INSTALL_PLUGINDIR"); }

    // Runs a tool to the end; its stdout, or a failed QVERIFY with what it said.
    static QByteArray runTool(const QString& program, const QStringList& arguments, int timeoutMs = 240000)
    {
        QProcess process;
        process.start(program, arguments);
        const bool finished = process.waitForFinished(timeoutMs);
        if (!finished)
            process.kill();
        // Read once: QVERIFY2 evaluates its message even when the check passes.
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        [&] {
            QVERIFY2(finished, qPrintable(program + QStringLiteral(" did not finish")));
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(program + QStringLiteral(": ") + QString::fromUtf8(err + out)));
        }();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString out = m_home.path(QStringLiteral("cpack"));
        runTool(qEnvironmentVariable("VOICEDECK_CPACK"),
                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                 qEnvironmentVariable("VOICEDECK_BUILD_DIR") + QStringLiteral("/CPackConfig.cmake"),
                 QStringLiteral("-B"), out});
        QVERIFY(!QTest::currentTestFailed());
        const QStringList debs = QDir(out).entryList({QStringLiteral("voicedeck_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = out + QLatin1Char('/') + debs.first();
        runTool(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_home.path(QStringLiteral("root"))});
    }

    void dependsOnWhatTheProgramsLoad_data()
    {
        QTest::addColumn<QString>("package");
        for (const char* package : {"libqt6core6", "libqt6network6", "libqt6dbus6", "libqt6gui6",
                                    "libqt6widgets6", "libqt6multimedia6", "libqt6charts6", "libqt6keychain1",
                                    "libpocketsphinx3", "pocketsphinx-en-us", "libflite1", "libespeak-ng1",
                                    "espeak-ng-data", "libsndfile1", "libsoxr0", "qt6-qpa-plugins"})
            QTest::newRow(package) << QString::fromLatin1(package);
    }
    void dependsOnWhatTheProgramsLoad()
    {
        QFETCH(QString, package);
        const QString depends = QString::fromUtf8(runTool(
            QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, QStringLiteral("Depends")}));
        const QStringList names = depends.split(QRegularExpression(QStringLiteral("[,|]")));
        const bool listed = std::any_of(names.begin(), names.end(), [&](const QString& entry) {
            return entry.trimmed().section(QLatin1Char(' '), 0, 0) == package;
        });
        QVERIFY2(listed, qPrintable(depends));
    }

    void installsUnderUsrInTheFhsLayout_data()
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
              QStringLiteral("share/icons/hicolor/128x128/apps/voicedeck.png")})
            QTest::newRow(qPrintable(file)) << file;
    }
    void installsUnderUsrInTheFhsLayout()
    {
        QFETCH(QString, file);
        QVERIFY2(QFileInfo::exists(tree().path(file)), qPrintable(tree().path(file)));
    }

    void holdsNoExampleAndNothingOutsideUsr()
    {
        QCOMPARE(QDir(m_home.path(QStringLiteral("root"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("usr")});
        if (test::InstalledTree::installsExample())
            QSKIP("configured with VOICEDECK_INSTALL_EXAMPLE_PLUGIN=ON");
        QDirIterator files(m_home.path(QStringLiteral("root")), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY2(!files.next().contains(QStringLiteral("morse")), qPrintable(files.filePath()));
    }

    void appStreamMetadataValidates()
    {
        runTool(QStringLiteral("appstreamcli"),
                {QStringLiteral("validate"), QStringLiteral("--no-net"),
                 tree().path(QStringLiteral("share/metainfo/io.github.voicedeck.voicedeck.metainfo.xml"))});
    }

    void extractedCliListsTheOfflineEngines()
    {
        const QString problem = tree().checkCliListsTheOfflineEngines();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void extractedGuiPaintsItsWindow()
    {
        const QString problem = tree().checkGuiPaintsItsWindow();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
