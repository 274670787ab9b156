#pragma once

#include "core/config/resiliencesettings.h"
#include "core/model/speechtypes.h"
#include "core/resilience/requestrecord.h"

#include <QObject>
#include <QString>
#include <functional>

namespace vd {

class ProviderDirectory;
class ResilienceState;
class RoutedSynthesizeJob;
class RoutedTranscribeJob;
class VoiceCatalog;

// Routes STT and TTS requests through the providers (PRODUCT.md §3): with an empty provider
// name through every enabled, configured provider of the category in priority order with
// retries, fallback and hedging; with a name through that provider only (no fallback, still
// breaker-checked). The returned job is not started: call start() like for any provider job.
// Nothing here blocks; the candidates are read when the job starts.
class Router : public QObject
{
    Q_OBJECT

public:
    Router(ProviderDirectory& directory, ResilienceState& state, const RoutingSettings& settings = {},
           QObject* parent = nullptr);
    ~Router() override;

    const RoutingSettings& settings() const { return m_settings; }
    void setSettings(const RoutingSettings& settings) { m_settings = settings; }

    // Whether the OS reports a network. Default: QNetworkInformation's reachability (its default
    // backend); when no backend exists, online is assumed.
    void setOnlineCheck(std::function<bool()> isOnline);
    bool isOnline() const;
    // Uniform values in [0, 1) for the retry jitter (tests make it deterministic).
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    RoutedTranscribeJob* transcribe(const TranscriptionRequest& request, const QString& provider = {},
                                    QObject* parent = nullptr);
    RoutedSynthesizeJob* synthesize(const SynthesisRequest& request, const QString& provider = {},
                                    QObject* parent = nullptr);

    VoiceCatalog& voiceCatalog() { return *m_voices; }

Q_SIGNALS:
    // Every routed request, once it finished (success, failure or cancellation): the one place
    // the request history is fed from. Latency runs from the job's creation to its end.
    void requestFinished(const vd::RequestRecord& record);

private:
    template <typename Job> void reportWhenFinished(Job* job, const QString& operation, qint64 inputBytes);

    ProviderDirectory& m_directory;
    ResilienceState& m_state;
    RoutingSettings m_settings;
    std::function<bool()> m_isOnline;
    std::function<double()> m_random;
    VoiceCatalog* m_voices;
};

} // namespace vd
