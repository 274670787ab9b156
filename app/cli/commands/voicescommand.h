#pragma once

#include "app/cli/command.h"

#include <QJsonArray>

namespace vd::cli {

// `voices [--provider NAME]...`: the voices of every enabled, configured TTS provider (or the
// named ones), asked of all providers at once.
class VoicesCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("voices"); }
    QString summary() const override { return tr("List voices: provider, id, languages, gender."); }
    QString arguments() const override { return QStringLiteral("[--provider NAME]..."); }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    void finishOne();

    QStringList m_providers;
    QJsonArray m_voices;
    QJsonArray m_errors;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace vd::cli
