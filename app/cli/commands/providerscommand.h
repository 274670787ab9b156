#pragma once

#include "app/cli/command.h"

namespace vd::cli {

// `providers`: every provider with its category, type, priority, enabled, configured, breaker
// state and health status, plus plugins that failed to load and why.
class ProvidersCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("providers"); }
    QString summary() const override { return tr("List every provider and its state."); }
    int prepare(const QCommandLineParser&) override { return ExitOk; }
    void run() override;
};

} // namespace vd::cli
