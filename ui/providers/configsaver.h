#pragma once

#include "core/config/appconfig.h"
#include "core/config/configerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <optional>

namespace vd {

// Writes the configuration file off the GUI thread (ConfigFile::save on QtConcurrent) and
// reports back on the owning thread. Saves never overlap: a save asked for while one is running
// waits, and only the newest waiting one is written (each carries the whole configuration).
// ConfigFile::save refuses to replace a file that does not load; the failure then says whether
// the file on disk is the problem, so the page can offer to move it aside (an explicit choice,
// never done silently).
class ConfigSaver : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        AppConfig config;
        ConfigErrors errors;     // empty on success
        bool fileBroken = false; // the file on disk does not load
        QString movedTo;         // where the old file went, when asked to move it aside
    };

    explicit ConfigSaver(QObject* parent = nullptr);
    ~ConfigSaver() override;

    // `moveAsideFirst`: rename a broken file to "<path>.corrupt-<timestamp>" before writing.
    void save(const QString& path, const AppConfig& config, bool moveAsideFirst = false);
    bool isBusy() const { return m_watcher.isRunning() || m_next.has_value(); }

Q_SIGNALS:
    void saved(const vd::AppConfig& config, const QString& movedTo);
    void failed(const vd::AppConfig& config, const vd::ConfigErrors& errors, bool fileBroken);

private:
    struct Request
    {
        QString path;
        AppConfig config;
        bool moveAsideFirst = false;
    };
    static Outcome write(const Request& request);
    void start(const Request& request);
    void finish();

    QFutureWatcher<Outcome> m_watcher;
    std::optional<Request> m_next;
};

} // namespace vd
