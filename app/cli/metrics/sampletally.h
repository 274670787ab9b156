#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <utility>

namespace vd {
struct HealthSample;
}

namespace vd::cli {

// Counters and a latency histogram over the health samples (routed calls and probes) one
// provider produced while `monitor` ran: what Prometheus scrapes as voicedeck_requests_total and
// voicedeck_request_duration_seconds. Only ever grows, as Prometheus counters must.
class SampleTally
{
public:
    // "call" or "probe"
    static QString typeOf(const HealthSample& sample);
    // Upper bounds of the histogram buckets, in seconds (+Inf is implied).
    static const QList<double>& bucketBounds();

    struct Histogram
    {
        QList<quint64> buckets; // per bound, not cumulative; one more for +Inf
        double sumSeconds = 0.0;
        quint64 count = 0;
    };

    void add(const HealthSample& sample);

    // (type, outcome) -> count; outcome is "ok" or the error kind ("server", "timeout", ...).
    const QMap<std::pair<QString, QString>, quint64>& counts() const { return m_counts; }
    // type -> histogram of latencies (successes and failures)
    const QMap<QString, Histogram>& histograms() const { return m_histograms; }
    // Calls whose TTS audio failed the router's check (silent, cut off, ...): a subset of the
    // "invalid_response" outcomes, voicedeck_invalid_audio_total.
    quint64 invalidAudio() const { return m_invalidAudio; }

private:
    QMap<std::pair<QString, QString>, quint64> m_counts;
    QMap<QString, Histogram> m_histograms;
    quint64 m_invalidAudio = 0;
};

} // namespace vd::cli
