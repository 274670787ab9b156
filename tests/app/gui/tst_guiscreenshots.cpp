#include "guiprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace vd;

namespace {

// Fewer distinct colours than this is a blank or unpainted window; a painted page with text
// has hundreds (anti-aliasing).
constexpr int kMinimumColours = 16;
// For the window to appear and settle on a loaded machine. A deadline (qWaitFor), not QTRY_*:
// QTRY counts only its own sleeps, and every look at the screen runs helper programs.
constexpr int kPatience = 30000;
constexpr int kSettling = 5000;

// Why the last helper program failed, for failure messages.
QString lastFailure;

// Runs a short-lived helper program (xwininfo, xprop, import, identify); false if it fails.
bool run(const QString& program, const QStringList& arguments, QString* output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        lastFailure = QStringLiteral("%1 %2: %3")
                          .arg(program, arguments.join(QLatin1Char(' ')),
                               QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

QString output(const QString& program, const QStringList& arguments)
{
    QString text;
    run(program, arguments, &text);
    return text;
}

// The id of the viewable top-level window titled `title` that process `pid` mapped, or empty.
QString mappedWindow(qint64 pid, const QString& title)
{
    const QString tree =
        output(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
    const QRegularExpression line(
        QStringLiteral("^\\s+(0x[0-9a-f]+) \"%1\":").arg(QRegularExpression::escape(title)),
        QRegularExpression::MultilineOption);
    for (auto match = line.globalMatch(tree); match.hasNext();) {
        const QString id = match.next().captured(1);
        const QString owner =
            output(QStringLiteral("xprop"), {QStringLiteral("-id"), id, QStringLiteral("_NET_WM_PID")});
        if (!owner.trimmed().endsWith(QStringLiteral("= %1").arg(pid)))
            continue;
        if (output(QStringLiteral("xwininfo"), {QStringLiteral("-id"), id})
                .contains(QStringLiteral("Map State: IsViewable")))
            return id;
    }
    return {};
}

struct Capture
{
    int colours = 0;
    QString signature; // ImageMagick's hash of the pixels
};

Capture capture(const QString& window, const QString& file)
{
    if (!run(QStringLiteral("import"), {QStringLiteral("-window"), window, file}))
        return {};
    const QStringList facts =
        output(QStringLiteral("identify"), {QStringLiteral("-format"), QStringLiteral("%k %#"), file})
            .split(QLatin1Char(' '));
    return facts.size() == 2 ? Capture{facts[0].toInt(), facts[1]} : Capture{};
}

} // namespace

// The real `voicedeck` on the test services' X display (xcb, not offscreen): every page opens
// with --page, paints something that is not blank, and looks different from the others; a config
// file it cannot use brings up the problem dialog and stays untouched.
class TestGuiScreenshots : public QObject
{
    Q_OBJECT

private:
    test::GuiProcessHome m_home;
    QSet<QString> m_pageSignatures;

    // Captures `window` until it is painted (not blank), then until two captures in a row are
    // the same (settled) for a few seconds at most: a page with live content may never settle,
    // and then the last painted capture is the one to judge. Returns that capture.
    static Capture paintedCapture(const QString& window, const QString& file)
    {
        Capture last;
        if (!QTest::qWaitFor([&] { return (last = capture(window, file)).colours >= kMinimumColours; },
                             kPatience))
            return last;
        const bool settled = QTest::qWaitFor(
            [&] {
                const Capture now = capture(window, file);
                const bool same = now.colours >= kMinimumColours && now.signature == last.signature;
                if (now.colours >= kMinimumColours)
                    last = now;
                return same;
            },
            kSettling);
        if (!settled)
            qInfo("still changing after %d ms; judging the last painted capture", kSettling);
        return last;
    }

    void waitForWindow(QProcess& process, const QString& title, QString& window)
    {
        QVERIFY2(process.waitForStarted(20000), qPrintable(process.errorString()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return process.state() != QProcess::Running ||
                       !(window = mappedWindow(process.processId(), title)).isEmpty();
            },
            kPatience));
        QVERIFY2(!window.isEmpty(),
                 qPrintable(QStringLiteral("voicedeck ended before showing \"%1\": %2")
                                .arg(title, QString::fromUtf8(process.readAllStandardError()))));
    }

    // Keeps a screenshot for a look after the run, in $VOICEDECK_SCREENSHOT_DIR (set by CMake).
    static void keep(const QString& file)
    {
        const QString folder = qEnvironmentVariable("VOICEDECK_SCREENSHOT_DIR");
        if (folder.isEmpty() || !QFileInfo::exists(file) || !QDir().mkpath(folder))
            return;
        const QString copy = folder + QLatin1Char('/') + QFileInfo(file).fileName();
        QFile::remove(copy);
        QFile::copy(file, copy);
    }

    static void stop(QProcess& process)
    {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
        process.waitForFinished(10000);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("VOICEDECK_TEST_DISPLAY") != QLatin1String("1"))
            QSKIP("needs the test services' X display (run inside scripts/test-services.sh)");
        for (const char* tool : {"xwininfo", "xprop", "import", "identify"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run scripts/install-deps.sh --test")
                                    .arg(QLatin1String(tool))));
        }
        QVERIFY(m_home.isValid());
    }

    void showsEachPageNotBlankAndDistinct_data()
    {
        QTest::addColumn<QString>("page");
        for (const char* page :
             {"speech-to-text", "text-to-speech", "providers", "health", "activity", "suites"})
            QTest::newRow(page) << QString::fromLatin1(page);
    }

    void showsEachPageNotBlankAndDistinct()
    {
        QFETCH(QString, page);
        auto process = m_home.voicedeck(
            {QStringLiteral("--config"), m_home.configPath(), QStringLiteral("--page"), page},
            QStringLiteral("xcb"));
        process->start();
        QString window;
        waitForWindow(*process, QStringLiteral("VoiceDeck"), window);
        if (QTest::currentTestFailed())
            return stop(*process);

        const QString file = m_home.path(page + QStringLiteral(".png"));
        const Capture last = paintedCapture(window, file);
        stop(*process);
        QVERIFY2(last.colours >= kMinimumColours,
                 qPrintable(QStringLiteral("%1 colours; last failure: %2; voicedeck said: %3")
                                .arg(last.colours)
                                .arg(lastFailure, QString::fromLocal8Bit(process->readAllStandardError()))));
        QVERIFY2(!m_pageSignatures.contains(last.signature),
                 "looks like a page shown before: --page had no effect");
        m_pageSignatures.insert(last.signature);

        keep(file);
    }

    void explainsAConfigItCannotUseAndLeavesItAlone()
    {
        const QByteArray broken = "{\"version\": 1, \"providers\": {";
        const QString config = m_home.path(QStringLiteral("broken/config.json"));
        QVERIFY(QDir().mkpath(m_home.path(QStringLiteral("broken"))));
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        auto process = m_home.voicedeck({QStringLiteral("--config"), config}, QStringLiteral("xcb"));
        process->start();
        QString window;
        waitForWindow(*process, QStringLiteral("Configuration problem — VoiceDeck"), window);
        const QString shot = m_home.path(QStringLiteral("config-problem.png"));
        const Capture last = window.isEmpty() ? Capture{} : paintedCapture(window, shot);
        stop(*process);
        keep(shot);
        QVERIFY2(last.colours >= kMinimumColours,
                 qPrintable(QStringLiteral("%1 colours; last failure: %2; voicedeck said: %3")
                                .arg(last.colours)
                                .arg(lastFailure, QString::fromLocal8Bit(process->readAllStandardError()))));

        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
        QCOMPARE(QDir(m_home.path(QStringLiteral("broken"))).entryList(QDir::Files),
                 QStringList{"config.json"});
    }

    void exitsAfterTheFirstPaintOnARealDisplay()
    {
        auto process = m_home.voicedeck(
            {QStringLiteral("--config"), m_home.configPath(), QStringLiteral("--exit-after-first-paint")},
            QStringLiteral("xcb"));
        process->start();
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
};

QTEST_MAIN(TestGuiScreenshots)
#include "tst_guiscreenshots.moc"
