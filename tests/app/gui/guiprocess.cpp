#include "guiprocess.h"

#include <QDir>
#include <QFile>

namespace vd::test {

GuiProcessHome::GuiProcessHome()
{
    for (const char* folder : {"config", "data", "cache", "runtime"})
        QDir(m_dir.path()).mkpath(QString::fromLatin1(folder));
    QFile::setPermissions(path(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QProcessEnvironment GuiProcessHome::environment(const QString& platform) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("VOICEDECK_CONFIG"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    return environment;
}

std::unique_ptr<QProcess> GuiProcessHome::voicedeck(const QStringList& arguments,
                                                    const QString& platform) const
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(qEnvironmentVariable("VOICEDECK_BIN_DIR") + QStringLiteral("/voicedeck"));
    process->setArguments(arguments);
    process->setProcessEnvironment(environment(platform));
    process->setWorkingDirectory(m_dir.path());
    return process;
}

} // namespace vd::test
