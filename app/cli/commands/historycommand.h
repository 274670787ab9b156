#pragma once

#include "app/cli/command.h"

#include <QDateTime>

namespace vd::cli {

// `history [--provider NAME] [--since WHEN] [--limit N]`: the requests and probes this machine's
// VoiceDeck made, newest first, from the history database (a table, or one JSON document).
// Exit 3 when the database cannot be read (the message names the file and what to do).
class HistoryCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override
    {
        return tr("List past requests and probes from the history database, newest first.");
    }
    QString arguments() const override
    {
        return QStringLiteral("[--provider NAME] [--since WHEN] [--limit N]");
    }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    QString m_provider;
    QDateTime m_since;
    int m_limit = 50;
};

} // namespace vd::cli
