#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <optional>
#include <sys/types.h>

class QSocketNotifier;

namespace vd::test {

// Runs a program on a pseudo-terminal (forkpty), as a person at a terminal would: its stdin,
// stdout and stderr are the terminal, it is the session leader, and Ctrl+C typed at the terminal
// becomes SIGINT. Everything it writes is collected while the caller's event loop spins. QProcess
// cannot do this: it always gives the child pipes, so isatty() is false.
class PseudoTerminal : public QObject
{
    Q_OBJECT

public:
    PseudoTerminal() = default;
    ~PseudoTerminal() override; // kills the program if it still runs

    bool start(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment);
    // Types `bytes` at the terminal.
    void type(const QByteArray& bytes);
    // Whether the terminal echoes what is typed (the program's current termios).
    bool echoes() const;
    // Everything the program wrote so far (stdout and stderr: both are the terminal).
    QByteArray output() const { return m_output; }
    // Spins the event loop until output() contains `needle` `count` times, at most `timeoutMs`.
    bool waitForOutput(const QByteArray& needle, int count = 1, int timeoutMs = 30000);
    // Spins the event loop until the program ends; its exit code, or 128 + the signal that ended it.
    std::optional<int> waitForExit(int timeoutMs = 30000);

private:
    void readAvailable();

    int m_master = -1;
    pid_t m_pid = -1;
    std::optional<int> m_exitCode;
    QSocketNotifier* m_notifier = nullptr;
    QByteArray m_output;
};

} // namespace vd::test
