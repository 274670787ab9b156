#include "bench/support/benchruntime.h"

#include "core/resilience/router.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

namespace vd::bench {

BenchRuntime::BenchRuntime(const QJsonObject& config, const QStringList& pluginPaths)
{
    qputenv("OPENAI_API_KEY", "test-key");
    qputenv("GOOGLE_API_KEY", "test-key");
    QJsonObject document = config;
    document.insert(QStringLiteral("version"), 1);
    QFile file(m_dir.filePath(QStringLiteral("config.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        m_failure = QStringLiteral("cannot write %1").arg(file.fileName());
        return;
    }
    file.write(QJsonDocument(document).toJson());
    file.close();

    RuntimeOptions options;
    options.configPath = file.fileName();
    options.stateDirectory = m_dir.filePath(QStringLiteral("state"));
    options.keychainService = QStringLiteral("voicedeck-bench");
    options.pluginPaths = pluginPaths;
    auto created = Runtime::create(options);
    if (!created) {
        m_failure = QStringLiteral("the bench config did not load");
        return;
    }
    m_runtime = std::move(created).value();
    m_runtime->router().setOnlineCheck([] { return true; });

    QEventLoop loop;
    QObject::connect(&m_runtime->readiness(), &Readiness::ready, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    m_runtime->start();
    if (!m_runtime->isReady())
        loop.exec();
    if (!m_runtime->isReady())
        m_failure = QStringLiteral("the runtime did not become ready within 60 s");
}

BenchRuntime::~BenchRuntime() = default;

QJsonObject BenchRuntime::baseUrl(const QString& url)
{
    return QJsonObject{{QStringLiteral("settings"), QJsonObject{{QStringLiteral("base_url"), url}}}};
}

} // namespace vd::bench
