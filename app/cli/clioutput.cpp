#include "app/cli/clioutput.h"

#include <QJsonDocument>

#include <cstdio>

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
