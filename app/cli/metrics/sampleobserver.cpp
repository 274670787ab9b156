#include "app/cli/metrics/sampleobserver.h"

#include "core/resilience/resiliencestate.h"

namespace vd::cli {

namespace {

QString identity(const HealthSample& sample)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(sample.time.toMSecsSinceEpoch())
        .arg(sample.latencyMs)
        .arg(sample.error ? int(*sample.error) : -1)
        .arg(sample.probe ? 1 : 0)
        .arg(sample.invalidAudio ? 1 : 0);
}

} // namespace

SampleObserver::SampleObserver(ResilienceState& state, QDateTime since, QObject* parent)
    : QObject(parent), m_state(state), m_since(std::move(since))
{
    connect(&m_state, &ResilienceState::sampleAdded, this, &SampleObserver::scan);
}

void SampleObserver::scan(const QString& provider)
{
    const SampleRing& history = m_state.health(provider).history();
    QSet<QString>& seen = m_seen[provider];
    QSet<QString> present;
    SampleTally& tally = m_tallies[provider];
    for (int i = history.indexAtOrAfter(m_since); i < history.size(); ++i) {
        const HealthSample& sample = history.at(i);
        const QString key = identity(sample);
        present.insert(key);
        if (!seen.contains(key))
            tally.add(sample);
    }
    // Keeping only what is still in the history bounds the set by the history's capacity.
    seen = std::move(present);
}

} // namespace vd::cli
