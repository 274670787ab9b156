#include "tests/reliability/mockruntime.h"

#include "core/resilience/router.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <cmath>

namespace vd::test {

QStringList cloudProviderNames()
{
    return {QStringLiteral("openai_stt"), QStringLiteral("openai_tts"), QStringLiteral("google_stt"),
            QStringLiteral("google_tts"), QStringLiteral("yandex_stt"), QStringLiteral("yandex_tts")};
}

Endpoint mainEndpoint(const QString& provider)
{
    static const QHash<QString, Endpoint> endpoints{
        {QStringLiteral("openai_stt"), Endpoint::OpenAiTranscriptions},
        {QStringLiteral("openai_tts"), Endpoint::OpenAiSpeech},
        {QStringLiteral("google_stt"), Endpoint::GoogleRecognize},
        {QStringLiteral("google_tts"), Endpoint::GoogleSynthesize},
        {QStringLiteral("yandex_stt"), Endpoint::YandexRecognize},
        {QStringLiteral("yandex_tts"), Endpoint::YandexSynthesize},
    };
    return endpoints.value(provider, Endpoint::Unknown);
}

bool isSttProvider(const QString& provider)
{
    return provider.endsWith(QLatin1String("_stt"));
}

Vendor vendorOfProvider(const QString& provider)
{
    if (provider.startsWith(QLatin1String("google")))
        return Vendor::Google;
    if (provider.startsWith(QLatin1String("yandex")))
        return Vendor::Yandex;
    return Vendor::OpenAi;
}

AudioClip oneSecondTone()
{
    AudioClip clip;
    clip.sampleRate = 16000;
    clip.channels = 1;
    clip.samples.resize(16000);
    for (qsizetype i = 0; i < clip.samples.size(); ++i)
        clip.samples[i] = 0.3f * float(std::sin(2.0 * M_PI * 440.0 * double(i) / 16000.0));
    return clip;
}

MockRuntime::MockRuntime(MockProviderServer& server) : m_server(server) {}

MockRuntime::~MockRuntime() = default;

void MockRuntime::setEnvironmentKeys(const QByteArray& key)
{
    qputenv("OPENAI_API_KEY", key);
    qputenv("GOOGLE_API_KEY", key);
    qputenv("YANDEX_API_KEY", key);
    qunsetenv("YANDEX_IAM_TOKEN");
    qunsetenv("YANDEX_FOLDER_ID");
}

QString MockRuntime::configPath() const
{
    return m_dir.filePath(QStringLiteral("config.json"));
}

QString MockRuntime::stateDirectory() const
{
    return m_dir.filePath(QStringLiteral("state-%1").arg(m_generation));
}

Runtime* MockRuntime::build()
{
    m_runtime.reset();
    m_lastError.clear();
    ++m_generation;
    QJsonObject providers;
    for (const QString& name : cloudProviderNames()) {
        const QUrl url = m_baseUrls.value(name, m_server.baseUrl(vendorOfProvider(name)));
        QJsonObject entry{
            {QStringLiteral("settings"), QJsonObject{{QStringLiteral("base_url"), url.toString()}}}};
        if (m_priorities.contains(name))
            entry.insert(QStringLiteral("priority"), m_priorities.value(name));
        providers.insert(name, entry);
    }
    QJsonObject config{{QStringLiteral("version"), 1}, {QStringLiteral("providers"), providers}};
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        config.insert(it.key(), it.value());
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_lastError = QStringLiteral("cannot write ") + configPath();
        return nullptr;
    }
    file.write(QJsonDocument(config).toJson());
    file.close();

    RuntimeOptions options;
    options.configPath = configPath();
    options.stateDirectory = stateDirectory();
    options.keychainService = QStringLiteral("voicedeck-reliability-test");
    options.pluginPaths = QStringList{}; // cloud providers only: every outcome is the mock's
    auto created = Runtime::create(options);
    if (!created) {
        m_lastError = configErrorsMessage(created.error());
        return nullptr;
    }
    m_runtime = std::move(created).value();
    m_runtime->router().setOnlineCheck([] { return true; });
    m_runtime->router().setRandomSource([] { return 0.0; }); // shortest retry jitter
    QSignalSpy ready(&m_runtime->readiness(), &Readiness::ready);
    m_runtime->start();
    if (!m_runtime->isReady() && !ready.wait(30000)) {
        m_lastError = QStringLiteral("the runtime did not become ready");
        return nullptr;
    }
    return m_runtime.get();
}

} // namespace vd::test
