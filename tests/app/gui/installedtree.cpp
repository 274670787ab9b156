#include "installedtree.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::test {

namespace {

// Runs to the end; empty when it exited 0, else what it said.
QString run(QProcess& process, const QString& program, const QStringList& arguments)
{
    process.start(program, arguments);
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
        return program + QStringLiteral(" did not finish in 90 s");
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return QStringLiteral("%1 exited with %2: %3")
        .arg(program)
        .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
        .arg(QString::fromUtf8(process.readAllStandardError()));
}

} // namespace

QProcessEnvironment InstalledTree::environment() const
{
    QProcessEnvironment environment = m_home.environment();
    environment.remove(QStringLiteral("VOICEDECK_PLUGIN_PATH"));
    environment.remove(QStringLiteral("LD_LIBRARY_PATH"));
    return environment;
}

QString InstalledTree::checkCliListsTheOfflineEngines() const
{
    QProcess cli;
    cli.setProcessEnvironment(environment());
    const QString failed = run(cli, path(QStringLiteral("bin/voicedeck-cli")),
                               {QStringLiteral("providers"), QStringLiteral("--json"),
                                QStringLiteral("--config"), m_home.configPath()});
    if (!failed.isEmpty())
        return failed;
    const QByteArray out = cli.readAllStandardOutput();
    const QJsonObject listing = QJsonDocument::fromJson(out).object();
    if (!listing.value(QStringLiteral("plugin_failures")).toArray().isEmpty())
        return QStringLiteral("plugins were refused: ") + QString::fromUtf8(out);
    QStringList offline;
    for (const QJsonValue& provider : listing.value(QStringLiteral("providers")).toArray()) {
        const QJsonObject object = provider.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        if (object.value(QStringLiteral("offline")).toBool() &&
            object.value(QStringLiteral("type")).toString() == QLatin1String("builtin") &&
            object.value(QStringLiteral("configured")).toBool() &&
            object.value(QStringLiteral("enabled")).toBool())
            offline << name;
    }
    offline.sort();
    if (offline != QStringList{"espeak_tts", "flite_tts", "pocketsphinx_stt"})
        return QStringLiteral("offline engines listed: %1; all of them: %2")
            .arg(offline.join(QStringLiteral(", ")), QString::fromUtf8(out));
    return {};
}

QString InstalledTree::checkGuiPaintsItsWindow() const
{
    const QString screenshot = m_home.path(QStringLiteral("first-paint.png"));
    QFile::remove(screenshot);
    QProcess gui;
    gui.setProcessEnvironment(environment());
    gui.setWorkingDirectory(m_home.path(QString()));
    const QString failed =
        run(gui, path(QStringLiteral("bin/voicedeck")),
            {QStringLiteral("--config"), m_home.configPath(), QStringLiteral("--screenshot"), screenshot});
    if (!failed.isEmpty())
        return failed;
    const QImage image(screenshot);
    if (image.isNull() || image.width() < 200 || image.height() < 200)
        return QStringLiteral("the screenshot %1 is not a picture of the window (%2 bytes, %3x%4)")
            .arg(screenshot)
            .arg(QFileInfo(screenshot).size())
            .arg(image.width())
            .arg(image.height());
    // A window that painted nothing is one colour.
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return {};
        }
    }
    return QStringLiteral("the screenshot %1 is a single colour").arg(screenshot);
}

QString InstalledTree::checkPluginsResolveTheirLibraries(const QString& pluginDir) const
{
    const QFileInfoList plugins = QDir(pluginDir).entryInfoList({QStringLiteral("*.so")}, QDir::Files);
    if (plugins.isEmpty())
        return QStringLiteral("no plugins in ") + pluginDir;
    const QString core = QStringLiteral("libvoicedeck-core.so => ") + QDir(m_root).canonicalPath();
    for (const QFileInfo& plugin : plugins) {
        QProcess ldd;
        ldd.setProcessEnvironment(environment()); // the RUNPATH alone must find the core
        const QString failed = run(ldd, QStringLiteral("ldd"), {plugin.filePath()});
        if (!failed.isEmpty())
            return failed;
        const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
        if (libraries.contains(QStringLiteral("not found")) || !libraries.contains(core))
            return plugin.fileName() + QStringLiteral(" does not resolve its libraries from the tree:\n") +
                   libraries;
    }
    return {};
}

} // namespace vd::test
