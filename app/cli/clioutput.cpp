#include "app/cli/clioutput.h"

#include <QJsonDocument>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace vd::cli {

namespace {

// The first failed write to stdout, as an errno value; 0 while all went out.
int g_stdoutErrno = 0;

void writeStdout(const QByteArray& bytes)
{
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) ||
        std::fflush(stdout) != 0) {
        if (g_stdoutErrno == 0)
            g_stdoutErrno = errno != 0 ? errno : EIO;
    }
}

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

} // namespace

QString CliOutput::printable(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString safe;
    safe.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (!isControl(c.unicode()))
            safe.append(c);
        else if (c.unicode() < 0x80)
            safe.append(QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')));
        else
            safe.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return safe;
}

void CliOutput::printLine(const QString& line) const
{
    writeStdout((printable(line) + QLatin1Char('\n')).toUtf8());
}

void CliOutput::printJson(const QJsonObject& document) const
{
    writeStdout(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

void CliOutput::printJsonLine(const QJsonObject& document) const
{
    writeStdout(QJsonDocument(document).toJson(QJsonDocument::Compact).append('\n'));
}

void CliOutput::printRaw(const QString& text) const
{
    writeStdout(text.toUtf8());
}

bool CliOutput::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

void CliOutput::error(const QString& message) const
{
    std::fputs(qPrintable(QStringLiteral("voicedeck-cli: ") + printable(message) + QLatin1Char('\n')),
               stderr);
}

void CliOutput::diagnostic(const QString& message) const
{
    if (m_verbose)
        std::fputs(qPrintable(printable(message) + QLatin1Char('\n')), stderr);
}

int CliOutput::finishStdout(int exitCode)
{
    writeStdout({}); // flushes whatever is still buffered
    if (g_stdoutErrno == 0 && std::ferror(stdout) == 0)
        return exitCode;
    const int error = g_stdoutErrno != 0 ? g_stdoutErrno : EIO;
    std::fprintf(
        stderr,
        "voicedeck-cli: cannot write the output to stdout: %s; free some space or send it elsewhere\n",
        std::strerror(error));
    return exitCode == ExitOk ? ExitProvidersFailed : exitCode;
}

} // namespace vd::cli
