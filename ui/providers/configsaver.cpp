#include "ui/providers/configsaver.h"

#include "core/config/configfile.h"
#include "core/config/configwatcher.h"
#include "ui/uilog.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace vd {

ConfigSaver::ConfigSaver(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ConfigSaver::finish);
}

// A save still running finishes on its worker thread; wait for it, then write the one waiting
// behind it — the user's newest edit — so that quitting during a save loses nothing (the file
// is a few kilobytes).
ConfigSaver::~ConfigSaver()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    if (m_next) {
        const Outcome outcome = write(*m_next);
        if (!outcome.errors.isEmpty())
            qCWarning(lcUiProviders).noquote()
                << "configuration not saved at exit:" << configErrorsMessage(outcome.errors);
    }
}

void ConfigSaver::watch(const QString& path, const AppConfig& current)
{
    delete m_fileWatcher;
    m_watchedPath = path;
    m_known = current;
    m_fileWatcher = new ConfigWatcher(path, this);
    connect(m_fileWatcher, &ConfigWatcher::changed, this, [this] {
        if (isBusy())
            m_recheckFile = true; // after the save, which may also bring the change
        else
            checkFile();
    });
}

void ConfigSaver::save(const QString& path, const AppConfig& base, const AppConfig& config,
                       bool moveAsideFirst)
{
    Request request{path, base, config, moveAsideFirst};
    if (m_watcher.isRunning()) {
        if (m_next) {
            // The waiting request was never written: its edits must stay in the diff.
            request.base = m_next->base;
            request.moveAsideFirst = request.moveAsideFirst || m_next->moveAsideFirst;
        }
        m_next = std::move(request);
        return;
    }
    start(request);
}

void ConfigSaver::start(const Request& request)
{
    qCDebug(lcUiProviders) << "saving" << request.path;
    m_watcher.setFuture(QtConcurrent::run(&ConfigSaver::write, request));
}

ConfigSaver::Outcome ConfigSaver::write(const Request& request)
{
    Outcome outcome;
    outcome.config = request.config;
    if (request.moveAsideFirst && QFileInfo::exists(request.path) && !ConfigFile::load(request.path)) {
        Result<QString, ConfigError> moved = ConfigFile::moveAside(request.path);
        if (!moved) {
            outcome.errors = {moved.error()};
            outcome.fileBroken = true;
            return outcome;
        }
        outcome.movedTo = moved.value();
        // The user chose to replace the broken file with what the page shows.
        if (auto saved = ConfigFile::save(request.path, request.config); !saved)
            outcome.errors = saved.error();
        return outcome;
    }
    auto merged = ConfigFile::update(request.path, request.base, request.config);
    if (merged) {
        outcome.config = *merged;
        return outcome;
    }
    outcome.errors = merged.error();
    outcome.fileBroken = QFileInfo::exists(request.path) && !ConfigFile::load(request.path);
    return outcome;
}

void ConfigSaver::finish()
{
    const Outcome outcome = m_watcher.result();
    if (m_next) {
        const Request next = std::move(*m_next);
        m_next.reset();
        start(next);
    }
    if (outcome.errors.isEmpty()) {
        qCInfo(lcUiProviders) << "configuration saved";
        m_known = outcome.config;
        if (m_fileWatcher)
            m_fileWatcher->watchFile(); // the save may have created the file or its folder
        Q_EMIT saved(outcome.config, outcome.movedTo);
    } else {
        qCWarning(lcUiProviders).noquote()
            << "configuration not saved:" << configErrorsMessage(outcome.errors);
        Q_EMIT failed(outcome.config, outcome.errors, outcome.fileBroken);
    }
    if (m_recheckFile && !isBusy()) {
        m_recheckFile = false;
        checkFile();
    }
}

void ConfigSaver::checkFile()
{
    const auto current = ConfigFile::load(m_watchedPath);
    if (!current) {
        // Shown when the page next saves (the save is refused with these problems).
        qCWarning(lcUiProviders).noquote()
            << "the config file changed and has problems:" << configErrorsMessage(current.error());
        return;
    }
    if (*current == m_known)
        return; // our own save, or a change back and forth
    qCInfo(lcUiProviders) << m_watchedPath << "was changed outside VoiceDeck";
    m_known = *current;
    Q_EMIT changedOutside(*current);
}

} // namespace vd
