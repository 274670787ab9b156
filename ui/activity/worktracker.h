#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace vd {

// What long work is running right now, for the main window's status bar: pages (or the code
// that wires them, standardpages.cpp) report a job with begin(), move it on with progress() and
// close it with end(). The status bar shows the newest job still running. Texts are functions,
// so that a job started before a language switch is shown in the new language.
class WorkTracker : public QObject
{
    Q_OBJECT

public:
    using Handle = quint64;
    using Text = std::function<QString()>;

    explicit WorkTracker(QObject* parent = nullptr);

    // `total` 0: the amount of work is not known (a busy indicator).
    Handle begin(Text text, int total = 0);
    // `done` of `total` (a negative total keeps the one given before); unknown handles are ignored.
    void progress(Handle handle, int done, int total = -1);
    void setText(Handle handle, Text text);
    void end(Handle handle);

    bool isBusy() const { return !m_jobs.isEmpty(); }
    // Of the newest job; empty and 0 when idle.
    QString text() const;
    int done() const;
    int total() const;

Q_SIGNALS:
    void changed();

private:
    struct Job
    {
        Handle handle = 0;
        Text text;
        int done = 0;
        int total = 0;
    };
    Job* find(Handle handle);

    QList<Job> m_jobs;
    Handle m_next = 1;
};

} // namespace vd
