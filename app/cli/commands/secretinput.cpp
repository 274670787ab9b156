#include "app/cli/commands/secretinput.h"

#include <QObject>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace vd::cli {

namespace {

struct termios g_saved = {};

// Ctrl+C while echo is off must not leave the user's terminal without echo.
void restoreAndExit(int signalNumber)
{
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    ::_exit(128 + signalNumber);
}

QByteArray readAll(bool line)
{
    QByteArray bytes;
    char buffer[4096];
    while (bytes.size() <= SecretInput::kMaxBytes) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0)
            break;
        bytes.append(buffer, n);
        if (line && bytes.contains('\n'))
            break;
    }
    return bytes;
}

QByteArray readWithoutEcho(const QString& prompt)
{
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    if (::tcgetattr(STDIN_FILENO, &g_saved) != 0)
        return readAll(true);
    struct termios quiet = g_saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    struct sigaction action = {}, oldInt = {}, oldTerm = {};
    action.sa_handler = restoreAndExit;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &oldInt);
    ::sigaction(SIGTERM, &action, &oldTerm);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const QByteArray bytes = readAll(true);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    ::sigaction(SIGINT, &oldInt, nullptr);
    ::sigaction(SIGTERM, &oldTerm, nullptr);
    std::fputs("\n", stderr); // the user's Enter was not echoed
    return bytes;
}

} // namespace

Result<QString> SecretInput::read(const QString& prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    QByteArray bytes = terminal ? readWithoutEcho(prompt) : readAll(false);
    if (bytes.size() > kMaxBytes)
        return ProviderError::make(
            ErrorKind::BadRequest,
            QObject::tr("the key on stdin is longer than %1 bytes; pipe in only the key").arg(kMaxBytes));
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.contains('\n'))
        return ProviderError::make(
            ErrorKind::BadRequest,
            QObject::tr("the key on stdin has more than one line; pipe in only the key, e.g. "
                        "printf '%s' \"$KEY\" | voicedeck-cli keys set PROVIDER"));
    const QString secret = QString::fromUtf8(bytes).trimmed();
    if (secret.isEmpty())
        return ProviderError::make(
            ErrorKind::BadRequest,
            QObject::tr(
                "no key was given on stdin; type it at the prompt or pipe it in, e.g. "
                "printf '%s' \"$KEY\" | voicedeck-cli keys set PROVIDER (to remove a key use keys delete)"));
    return secret;
}

} // namespace vd::cli
