#include "pseudoterminal.h"

#include <QSocketNotifier>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace vd::test {

PseudoTerminal::~PseudoTerminal()
{
    if (m_pid > 0 && !m_exitCode) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    if (m_master >= 0)
        ::close(m_master);
}

bool PseudoTerminal::start(const QString& program, const QStringList& arguments,
                           const QProcessEnvironment& environment)
{
    // Everything the child needs is built before fork(): after it only async-signal-safe calls.
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    const size_t argumentCount = storage.size();
    for (const QString& entry : environment.toStringList())
        storage.push_back(entry.toLocal8Bit());
    std::vector<char*> argv, envp;
    for (size_t i = 0; i < storage.size(); ++i)
        (i < argumentCount ? argv : envp).push_back(storage[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    struct winsize size = {};
    size.ws_row = 24;
    size.ws_col = 100;
    m_pid = ::forkpty(&m_master, nullptr, nullptr, &size);
    if (m_pid < 0)
        return false;
    if (m_pid == 0) {
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PseudoTerminal::readAvailable);
    return true;
}

void PseudoTerminal::type(const QByteArray& bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + written, size_t(bytes.size() - written));
        if (n > 0) {
            written += n;
        } else if (errno == EAGAIN) {
            pollfd writable{m_master, POLLOUT, 0};
            if (::poll(&writable, 1, 10000) <= 0)
                return; // the program stopped reading its terminal
        } else if (errno != EINTR) {
            return;
        }
    }
}

bool PseudoTerminal::echoes() const
{
    struct termios attributes = {};
    return ::tcgetattr(m_master, &attributes) == 0 && (attributes.c_lflag & ECHO) != 0;
}

void PseudoTerminal::readAvailable()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            m_output.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 || errno != EAGAIN)
            m_notifier->setEnabled(false); // EIO: the program closed the terminal (it exited)
        return;
    }
}

bool PseudoTerminal::waitForOutput(const QByteArray& needle, int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_output.count(needle) >= count; }, timeoutMs);
}

std::optional<int> PseudoTerminal::waitForExit(int timeoutMs)
{
    QTest::qWaitFor(
        [&] {
            int status = 0;
            if (m_exitCode || ::waitpid(m_pid, &status, WNOHANG) != m_pid)
                return bool(m_exitCode);
            m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            return true;
        },
        timeoutMs);
    if (m_exitCode && m_notifier->isEnabled())
        readAvailable(); // what it wrote just before exiting
    return m_exitCode;
}

} // namespace vd::test
