#pragma once

#include "core/config/appconfig.h"
#include "core/config/configerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <optional>

namespace vd {

class ConfigWatcher;

// Writes the configuration file off the GUI thread and reports back on the owning thread. Each
// save carries the configuration the page started from (`base`) and the one it wants: only the
// keys that differ are merged into the file as it is now (ConfigFile::update), so a
// `voicedeck-cli config set` made while the GUI is open survives the GUI's next save. Saves never
// overlap: one asked for while another runs waits, and only the newest waiting one is written
// (from the oldest waiting base, so it carries every edit since); a waiting save is still written
// when the saver is destroyed. ConfigFile refuses to replace a file that does not load; the
// failure then says whether the file on disk is the problem, so the page can offer to move it
// aside (an explicit choice, never done silently).
//
// watch() also follows the file (ConfigWatcher): a change made outside the GUI is reported by
// changedOutside() with what the file now holds.
class ConfigSaver : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        AppConfig config;        // on success: what the file holds now
        ConfigErrors errors;     // empty on success
        bool fileBroken = false; // the file on disk does not load
        QString movedTo;         // where the old file went, when asked to move it aside
    };

    explicit ConfigSaver(QObject* parent = nullptr);
    // Writes what is still waiting (the newest edit), after the save in flight.
    ~ConfigSaver() override;

    // Starts following `path`; `current` is what the caller shows now.
    void watch(const QString& path, const AppConfig& current);
    // `moveAsideFirst`: rename a broken file to "<path>.corrupt-<timestamp>" before writing, and
    // then write `config` whole.
    void save(const QString& path, const AppConfig& base, const AppConfig& config,
              bool moveAsideFirst = false);
    bool isBusy() const { return m_watcher.isRunning() || m_next.has_value(); }

Q_SIGNALS:
    void saved(const vd::AppConfig& config, const QString& movedTo);
    void failed(const vd::AppConfig& config, const vd::ConfigErrors& errors, bool fileBroken);
    void changedOutside(const vd::AppConfig& config);

private:
    struct Request
    {
        QString path;
        AppConfig base;
        AppConfig config;
        bool moveAsideFirst = false;
    };
    static Outcome write(const Request& request);
    void start(const Request& request);
    void finish();
    void checkFile();

    QFutureWatcher<Outcome> m_watcher;
    std::optional<Request> m_next;
    ConfigWatcher* m_fileWatcher = nullptr;
    QString m_watchedPath;
    AppConfig m_known;          // what the file held when last read or written here
    bool m_recheckFile = false; // it changed during a save
};

} // namespace vd
