#pragma once

#include <QObject>

class QSocketNotifier;

namespace vd::cli {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread, for the commands that run until
// stopped (`health --watch`, `monitor`): they then stop cleanly and the CLI saves breaker and
// health state before exiting. The Unix signal handler only writes to a socket pair (the
// async-signal-safe pattern Qt documents); a QSocketNotifier reads it on the event loop.
// One instance at a time; the default handlers come back when it is destroyed.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace vd::cli
