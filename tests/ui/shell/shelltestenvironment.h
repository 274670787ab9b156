#pragma once

#include "core/runtime/runtime.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace vd::test {

// An isolated home for a shell test: the application's QSettings (org "VoiceDeck", app
// "voicedeck") live in a temporary folder, and runtimes read a config file and state from there,
// load no plugins and use a keychain service of their own.
class ShellTestEnvironment
{
public:
    ShellTestEnvironment()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("VoiceDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("voicedeck"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setDefaultFormat(QSettings::NativeFormat);
    }

    bool isValid() const { return m_dir.isValid(); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("config.json")); }

    void writeConfig(const QByteArray& json) const
    {
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
    }

    std::unique_ptr<Runtime> createRuntime() const
    {
        RuntimeOptions options;
        options.configPath = configPath();
        options.stateDirectory = m_dir.filePath(QStringLiteral("state"));
        options.keychainService = QStringLiteral("voicedeck-test-shell");
        options.pluginPaths = QStringList{};
        auto runtime = Runtime::create(options);
        if (!runtime) {
            qWarning().noquote() << configErrorsMessage(runtime.error());
            return nullptr;
        }
        return std::move(runtime).value();
    }

    // Forgets every saved preference and window session.
    static void clearSettings() { QSettings().clear(); }

private:
    QTemporaryDir m_dir;
};

} // namespace vd::test
