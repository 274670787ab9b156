#include "guiprocess.h"

#include <QTest>

using namespace vd;

// The `voicedeck` executable's command line, run as a process (no display needed).
class TestGuiExecutable : public QObject
{
    Q_OBJECT

private:
    test::GuiProcessHome m_home;

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Outcome run(const QStringList& arguments, const QProcessEnvironment* environment = nullptr)
    {
        auto process = m_home.voicedeck(arguments);
        if (environment)
            process->setProcessEnvironment(*environment);
        process->start();
        if (!process->waitForFinished(60000) || process->exitStatus() != QProcess::NormalExit)
            return {};
        return {process->exitCode(), QString::fromUtf8(process->readAllStandardOutput()),
                QString::fromUtf8(process->readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void printsItsVersionWithoutADisplay()
    {
        // xcb with no DISPLAY would abort if a QApplication were created.
        QProcessEnvironment environment = m_home.environment(QStringLiteral("xcb"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const Outcome outcome = run({QStringLiteral("--version")}, &environment);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, QStringLiteral("voicedeck " VOICEDECK_VERSION "\n"));
    }

    void helpListsEveryOption()
    {
        const Outcome outcome = run({QStringLiteral("--help")});
        QCOMPARE(outcome.exitCode, 0);
        for (const char* option : {"--config <FILE>", "--page <ID>", "--exit-after-first-paint",
                                   "--screenshot <FILE>", "--help", "--version"})
            QVERIFY2(outcome.out.contains(QLatin1String(option)), option);
    }

    void rejectsAnUnknownOption()
    {
        const Outcome outcome = run({QStringLiteral("--bogus")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(QStringLiteral("bogus")) &&
                     outcome.err.contains(QStringLiteral("voicedeck --help")),
                 qPrintable(outcome.err));
    }

    void rejectsAnUnknownPageNamingTheValidOnes()
    {
        const Outcome outcome = run({QStringLiteral("--config"), m_home.configPath(),
                                     QStringLiteral("--page"), QStringLiteral("dashboard")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(
            outcome.err.contains(QStringLiteral("unknown page \"dashboard\"; use one of: speech-to-text, "
                                                "text-to-speech, providers, health, activity")),
            qPrintable(outcome.err));
    }

    void exitsAfterTheFirstPaintWhenAsked()
    {
        const Outcome outcome =
            run({QStringLiteral("--config"), m_home.configPath(), QStringLiteral("--page"),
                 QStringLiteral("health"), QStringLiteral("--exit-after-first-paint")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(!QFile::exists(m_home.configPath()), "starting must not write a config file");
    }

    // The installed-tree tests take their screenshot this way; a path it cannot write is an error.
    void screenshotThatCannotBeWrittenExitsWithOne()
    {
        const QString path = m_home.path(QStringLiteral("no-such-folder/shot.png"));
        const Outcome outcome =
            run({QStringLiteral("--config"), m_home.configPath(), QStringLiteral("--screenshot"), path});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("cannot write the screenshot to ") + path),
                 qPrintable(outcome.err));
    }
};

QTEST_MAIN(TestGuiExecutable)
#include "tst_guiexecutable.moc"
