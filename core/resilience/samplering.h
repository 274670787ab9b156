#pragma once

#include "core/resilience/healthsample.h"

#include <QList>

namespace vd {

// A fixed-capacity ring of health samples in time order: appending past the capacity drops the
// oldest. Readers index it in place (0 = oldest) or ask for the tail since a time, so a chart
// never copies the whole history to draw what is new.
class SampleRing
{
public:
    explicit SampleRing(int capacity = 10000);

    int capacity() const { return m_capacity; }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const HealthSample& at(int index) const; // 0 = oldest
    const HealthSample& last() const { return at(m_size - 1); }

    void append(const HealthSample& sample);
    void setLastStatus(HealthStatus status);
    // Drops samples older than `cutoff` (retention).
    void pruneBefore(const QDateTime& cutoff);
    void clear();

    // Index of the first sample at or after `time` (size() when none): binary search.
    int indexAtOrAfter(const QDateTime& time) const;
    QList<HealthSample> since(const QDateTime& time) const;
    QList<HealthSample> toList() const { return since({}); }

private:
    QList<HealthSample> m_buffer;
    int m_capacity;
    int m_start = 0;
    int m_size = 0;
};

} // namespace vd
