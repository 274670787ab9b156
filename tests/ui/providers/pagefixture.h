#pragma once

#include "core/registry/providerregistry.h"
#include "core/runtime/runtime.h"
#include "ui/activity/activitylog.h"
#include "ui/activity/proberecorder.h"
#include "ui/providers/providerspage.h"
#include "ui/shell/standardpages.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace vd::test {

// A Providers page over a real Runtime whose config file and state live in a temporary
// directory (never the user's files). Plugins are not loaded unless a test asks, so the lists
// hold exactly the built-in cloud providers.
class PageFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<Runtime> runtime;
    ActivityLog activity;
    std::unique_ptr<ProbeRecorder> probes; // as the application wires it: every probe is logged
    std::unique_ptr<ProvidersPage> page;

    QString configPath() const { return dir.filePath(QStringLiteral("config.json")); }

    void writeConfig(const QJsonObject& config)
    {
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(config).toJson());
    }

    QByteArray configBytes() const
    {
        QFile file(configPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QJsonObject configOnDisk() const { return QJsonDocument::fromJson(configBytes()).object(); }

    QJsonObject providerOnDisk(const QString& name) const
    {
        return configOnDisk().value(QStringLiteral("providers")).toObject().value(name).toObject();
    }

    // Creates the runtime (and starts it unless `start` is false).
    void createRuntime(const QStringList& pluginPaths = {}, bool start = true,
                       const QString& keychainService = QStringLiteral("voicedeck-providers-page-test"))
    {
        RuntimeOptions options;
        options.configPath = configPath();
        options.stateDirectory = dir.filePath(QStringLiteral("state"));
        options.keychainService = keychainService;
        options.pluginPaths = pluginPaths;
        auto created = Runtime::create(options);
        QVERIFY2(created.hasValue(), "the test's config must load");
        runtime = std::move(created).value();
        if (start)
            startRuntime();
    }

    void startRuntime()
    {
        QSignalSpy ready(&runtime->readiness(), &Readiness::ready);
        runtime->start();
        QVERIFY(runtime->isReady() || ready.wait(30000));
    }

    // Creates the page, shows it and makes it the active window (shortcuts need one).
    void createPage()
    {
        probes = std::make_unique<ProbeRecorder>(runtime->health(), activity);
        page = std::make_unique<ProvidersPage>(providersServices(*runtime));
        page->resize(1000, 700);
        page->show();
        QApplication::setActiveWindow(page.get());
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
    }

    // Waits for the next save the page makes and returns whether it worked.
    bool waitForSave(QSignalSpy& spy)
    {
        if (spy.isEmpty() && !spy.wait(20000))
            return false;
        return spy.takeFirst().at(0).toBool();
    }

    static bool fileContains(const QString& path, const QByteArray& text)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
    }

    template <typename T> T* find(const QString& name) const { return page->findChild<T*>(name); }
};

} // namespace vd::test
