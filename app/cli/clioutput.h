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

    // `text` safe for a terminal: control characters other than \n and \t (C0, DEL, C1, and so
    // the ESC of every escape sequence) shown as \xNN / \uNNNN instead of executed. Server error
    // texts and transcripts pass through here, so one cannot clear the screen or set the window
    // title. printLine(), error() and diagnostic() apply it; JSON output escapes them itself.
    static QString printable(const QString& text);
    // Ends the run: flushes stdout and, when any write to it failed (disk full, /dev/full), says
    // so on stderr with the OS's reason and turns a successful `exitCode` into 1 (the result is
    // lost, as when every provider failed). Returns the process's exit code.
    static int finishStdout(int exitCode);

private:
    bool m_json = false;
    bool m_verbose = false;
};

} // namespace vd::cli
