#pragma once

#include "app/cli/command.h"

namespace vd::cli {

// `breaker reset|open|disable PROVIDER`: manual circuit-breaker control (PRODUCT.md §3). The
// change is saved to the shared state, so the GUI and later CLI runs see it.
class BreakerCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("breaker"); }
    QString summary() const override
    {
        return tr("Manual circuit breaker control: reset, open or disable a provider's breaker.");
    }
    QString arguments() const override { return QStringLiteral("reset|open|disable PROVIDER"); }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    QString m_action;
    QString m_provider;
};

} // namespace vd::cli
