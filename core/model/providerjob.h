#pragma once

#include "core/model/providererror.h"

#include <QObject>
#include <optional>

namespace vd {

// One asynchronous provider operation, modelled on KJob: start() returns at once, the work
// happens on the event loop or a worker thread, and `finished` is emitted exactly once, always
// asynchronously (never from inside start() or cancel()). After `finished` the job deletes itself
// with deleteLater() unless setAutoDelete(false) was called, so read its result in the slot.
// Unless started with startNow(), `finished` also comes from the event loop, never from inside
// the work's own callbacks, so a slot may delete a job it owns.
class ProviderJob : public QObject
{
    Q_OBJECT

public:
    explicit ProviderJob(QObject* parent = nullptr);
    ~ProviderJob() override;

    void start();
    // start() without its trips through the event loop, for a caller that is itself running from
    // the event loop and ready for the job's signals at once: the router starting an attempt, and
    // whoever sends a routed request and lets the job delete itself (the pages, the CLI commands,
    // suite cases); each would otherwise wait another round trip on every request (issue #13).
    // `finished` is still never emitted from inside startNow(), cancel() or abort(), but otherwise
    // straight from the callback that ends the work, so the caller must not delete the job in its
    // slot (autoDelete's deleteLater() is fine).
    void startNow();
    // Stops the work; the job finishes with ErrorKind::Cancelled.
    void cancel();
    // Stops the work; the job finishes with `error` (the router uses it for attempt timeouts).
    void abort(const ProviderError& error);

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    // The error the job finished with. Safe to call at any time: before `finished`, and for a job
    // that succeeded, it is noError() (check hasError() to tell).
    const ProviderError& error() const;
    // What error() returns when there is none: kind network, message "no error".
    static const ProviderError& noError();

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    // Emitted by this base class only (QPrivateSignal): subclasses report through
    // emitResult()/emitError(), which keep it exactly-once and asynchronous.
    void finished(vd::ProviderJob* job, QPrivateSignal);

protected:
    // Begins the work. Implementations must not block; they report through emitResult()/emitError().
    virtual void doStart() = 0;
    // Releases whatever the work holds (aborts the network reply, flags the worker to stop).
    // After it returns, the job ignores any late result of that work.
    virtual void doCancel() {}
    // True when doStart() only hands the work on (no blocking, no signal a caller connecting
    // after start() would miss): start() then runs it at once instead of from the event loop.
    virtual bool startsAtOnce() const { return false; }

    void emitResult();
    void emitError(const ProviderError& error);

private:
    // doStart() with `finished` held back until the event loop.
    void runStart();
    void finish();
    void deliverFinished();

    std::optional<ProviderError> m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_finishQueued = false;
    bool m_autoDelete = true;
    bool m_finishAtOnce = false; // started by startNow()
    bool m_inCall = false;       // inside start(), startNow() or abort(): `finished` must wait
};

} // namespace vd
