#include "ui/activity/worktracker.h"

namespace vd {

WorkTracker::WorkTracker(QObject* parent) : QObject(parent) {}

WorkTracker::Handle WorkTracker::begin(Text text, int total)
{
    const Handle handle = m_next++;
    m_jobs.append({handle, std::move(text), 0, qMax(0, total)});
    Q_EMIT changed();
    return handle;
}

void WorkTracker::progress(Handle handle, int done, int total)
{
    Job* job = find(handle);
    if (!job)
        return;
    job->done = qMax(0, done);
    if (total >= 0)
        job->total = total;
    Q_EMIT changed();
}

void WorkTracker::setText(Handle handle, Text text)
{
    if (Job* job = find(handle)) {
        job->text = std::move(text);
        Q_EMIT changed();
    }
}

void WorkTracker::end(Handle handle)
{
    if (m_jobs.removeIf([handle](const Job& job) { return job.handle == handle; }) > 0)
        Q_EMIT changed();
}

QString WorkTracker::text() const
{
    return m_jobs.isEmpty() || !m_jobs.last().text ? QString() : m_jobs.last().text();
}

int WorkTracker::done() const
{
    return m_jobs.isEmpty() ? 0 : m_jobs.last().done;
}

int WorkTracker::total() const
{
    return m_jobs.isEmpty() ? 0 : m_jobs.last().total;
}

WorkTracker::Job* WorkTracker::find(Handle handle)
{
    for (Job& job : m_jobs) {
        if (job.handle == handle)
            return &job;
    }
    return nullptr;
}

} // namespace vd
