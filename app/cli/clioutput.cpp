#include "app/cli/clioutput.h"

#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

namespace vd::cli {

void CliOutput::printLine(const QString& line) const
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void CliOutput::printJson(const QJsonObject& document) const
{
    std::fputs(QJsonDocument(document).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

void CliOutput::printJsonLine(const QJsonObject& document) const
{
    std::fputs(QJsonDocument(document).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
}

void CliOutput::printRaw(const QString& text) const
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

bool CliOutput::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

void CliOutput::error(const QString& message) const
{
    std::fputs(qPrintable(QStringLiteral("voicedeck-cli: ") + message + QLatin1Char('\n')), stderr);
}

void CliOutput::diagnostic(const QString& message) const
{
    if (m_verbose)
        std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
}

} // namespace vd::cli
