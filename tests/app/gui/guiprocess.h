#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace vd::test {

// Runs the real `voicedeck` (or another program of the build) as a user would, with a home, XDG
// folders and config of its own in a temporary folder, in English whatever the machine's locale.
class GuiProcessHome
{
public:
    GuiProcessHome();

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString configPath() const { return path(QStringLiteral("config.json")); }
    QProcessEnvironment environment(const QString& platform = QStringLiteral("offscreen")) const;

    // `voicedeck ARGS...` from the build (VOICEDECK_BIN_DIR); not started yet.
    std::unique_ptr<QProcess> voicedeck(const QStringList& arguments,
                                        const QString& platform = QStringLiteral("offscreen")) const;

private:
    QTemporaryDir m_dir;
};

} // namespace vd::test
