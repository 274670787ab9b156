#pragma once

#include "app/cli/command.h"

namespace vd::cli {

// `config get KEY` / `config set KEY VALUE`: reads and writes the config file by dotted key
// (core/config/configkeys.h), validated by the provider's settings schema and the resilience
// sections' ranges. Saving merges the one key into the file as it is now (ConfigFile::update), is
// atomic and refuses to overwrite a file that does not load (exit 3).
// A changed provider setting clears that provider's "needs attention" mark (PRODUCT.md §3).
class ConfigCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override
    {
        return tr("Read or write the config file by dotted key, validated by the schema.");
    }
    QString arguments() const override { return QStringLiteral("get KEY | set KEY VALUE"); }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    int get();
    int set();

    QString m_action;
    QString m_key;
    QString m_value;
};

} // namespace vd::cli
