#pragma once

#include "app/cli/command.h"

namespace vd::cli {

// `keys set PROVIDER` / `keys delete PROVIDER` / `keys status`: the API keys in the OS keychain
// (CredentialStore: service "voicedeck", entry = a provider name or its vendor, e.g. openai).
// The secret is read from stdin only (SecretInput), never from an argument, and nothing ever
// prints it: status says whether a provider needs a key, whether one is present and where it
// comes from (keychain entry or environment variable name). Without a secret service, set and
// delete fail (exit 1) with a pointer to the environment variables. A new or removed key clears
// the "needs attention" mark of the providers that use it.
class KeysCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("keys"); }
    QString summary() const override
    {
        return tr("Keychain management: set (from stdin), delete, status (never prints keys).");
    }
    QString arguments() const override { return QStringLiteral("set PROVIDER | delete PROVIDER | status"); }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    QStringList entryNames() const;
    QStringList variablesFor(const QString& entry) const;
    void status();
    void write();

    QString m_action;
    QString m_entry;
    QString m_secret;
};

} // namespace vd::cli
