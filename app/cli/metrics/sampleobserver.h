#pragma once

#include "app/cli/metrics/sampletally.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

namespace vd {
class ResilienceState;
}

namespace vd::cli {

// Feeds a SampleTally per provider with every health sample that appears in the shared state
// after `since`: this process's probes and calls, and those other VoiceDeck processes (GUI, CLI)
// recorded, which arrive when the state file is merged, possibly out of time order. Samples are
// recognised by their content, so a merge that brings back one already counted does not count
// it twice.
class SampleObserver : public QObject
{
    Q_OBJECT
public:
    SampleObserver(ResilienceState& state, QDateTime since, QObject* parent = nullptr);

    SampleTally tally(const QString& provider) const { return m_tallies.value(provider); }

private:
    void scan(const QString& provider);

    ResilienceState& m_state;
    QDateTime m_since;
    QHash<QString, SampleTally> m_tallies;
    QHash<QString, QSet<QString>> m_seen; // per provider: the counted samples still in the history
};

} // namespace vd::cli
