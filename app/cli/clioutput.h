#pragma once

#include <QJsonObject>
#include <QString>

namespace vd::cli {

// Exit codes of PRODUCT.md §4.
enum ExitCode
{
    ExitOk = 0,
    ExitProvidersFailed = 1,
    ExitUsage = 2,
    ExitConfig = 3
};

// Where the CLI writes: results to stdout (one JSON document with --json), diagnostics to
// stderr only, so scripts can parse stdout.
class CliOutput
{
public:
    explicit CliOutput(bool json, bool verbose) : m_json(json), m_verbose(verbose) {}

    void setMode(bool json, bool verbose)
    {
        m_json = json;
        m_verbose = verbose;
    }
    bool json() const { return m_json; }
    bool verbose() const { return m_verbose; }

    void printLine(const QString& line) const;         // stdout, human mode
    void printJson(const QJsonObject& document) const; // stdout, one document
    // stdout, one compact document per line (JSON Lines), for commands that report in rounds
    void printJsonLine(const QJsonObject& document) const;
    // Raw text to stdout, e.g. ANSI control sequences (only when stdoutIsTerminal()).
    void printRaw(const QString& text) const;
    static bool stdoutIsTerminal();
    void error(const QString& message) const;      // stderr, always
    void diagnostic(const QString& message) const; // stderr, with --verbose only

private:
    bool m_json = false;
    bool m_verbose = false;
};

} // namespace vd::cli
