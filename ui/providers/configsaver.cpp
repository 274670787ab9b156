#include "ui/providers/configsaver.h"

#include "core/config/configfile.h"
#include "ui/providers/providerslog.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace vd {

ConfigSaver::ConfigSaver(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ConfigSaver::finish);
}

// A save still running finishes on its worker thread; wait for it so that the file is written
// completely before the application goes away (it is a few kilobytes).
ConfigSaver::~ConfigSaver()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ConfigSaver::save(const QString& path, const AppConfig& config, bool moveAsideFirst)
{
    Request request{path, config, moveAsideFirst};
    if (m_watcher.isRunning()) {
        if (m_next && m_next->moveAsideFirst)
            request.moveAsideFirst = true;
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
    }
    Result<void, ConfigErrors> saved = ConfigFile::save(request.path, request.config);
    if (!saved) {
        outcome.errors = saved.error();
        outcome.fileBroken = QFileInfo::exists(request.path) && !ConfigFile::load(request.path);
    }
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
        Q_EMIT saved(outcome.config, outcome.movedTo);
    } else {
        qCWarning(lcUiProviders).noquote()
            << "configuration not saved:" << configErrorsMessage(outcome.errors);
        Q_EMIT failed(outcome.config, outcome.errors, outcome.fileBroken);
    }
}

} // namespace vd
