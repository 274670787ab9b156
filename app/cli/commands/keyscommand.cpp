#include "app/cli/commands/keyscommand.h"

#include "app/cli/commands/secretinput.h"
#include "core/credentials/credentialstore.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/resiliencestate.h"
#include "core/runtime/runtime.h"

#include <QJsonArray>

namespace vd::cli {

void KeysCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        tr("set (the key is read from stdin; on a terminal it is typed without echo), "
           "delete, or status."));
    parser.addPositionalArgument(
        QStringLiteral("PROVIDER"),
        tr("set/delete: the keychain entry, a provider name (openai_stt) or a vendor shared "
           "by its providers (openai, google, yandex)."));
}

QStringList KeysCommand::entryNames() const
{
    QStringList names;
    for (const ProviderInfo& info : m_runtime->registry().availableProviders({}, false)) {
        for (const QString& key : info.credentialKeys) {
            if (!names.contains(key))
                names << key;
        }
    }
    return names;
}

QStringList KeysCommand::variablesFor(const QString& entry) const
{
    QStringList variables;
    for (const ProviderInfo& info : m_runtime->registry().availableProviders({}, false)) {
        if (!info.credentialKeys.contains(entry))
            continue;
        for (const QString& variable : info.credentialEnvironment) {
            if (!variables.contains(variable))
                variables << variable;
        }
    }
    return variables;
}

int KeysCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    m_action = arguments.value(0);
    const bool write =
        (m_action == QLatin1String("set") || m_action == QLatin1String("delete")) && arguments.size() == 2;
    if (!write && !(m_action == QLatin1String("status") && arguments.size() == 1)) {
        m_out.error(tr("usage: voicedeck-cli keys set PROVIDER | keys delete PROVIDER | keys status "
                       "(the key for set is read from stdin, never from the command line)"));
        return ExitUsage;
    }
    if (!write)
        return ExitOk;
    m_entry = arguments.at(1);
    const QStringList entries = entryNames();
    if (!entries.contains(m_entry)) {
        const std::optional<ProviderInfo> info = m_runtime->registry().info(m_entry);
        const QString problem = info ? tr("%1 needs no key").arg(m_entry)
                                     : tr("no provider uses a key named \"%1\"").arg(m_entry);
        m_out.error(tr("%1; use one of: %2").arg(problem, entries.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    return ExitOk;
}

void KeysCommand::run()
{
    if (m_action == QLatin1String("status"))
        status();
    else
        write();
}

void KeysCommand::status()
{
    CredentialStore& credentials = m_runtime->credentials();
    QJsonArray providers;
    QStringList lines{QStringLiteral("%1 %2 %3")
                          .arg(QStringLiteral("PROVIDER"), -18)
                          .arg(QStringLiteral("KEY"), -11)
                          .arg(QStringLiteral("SOURCE"))};
    for (const ProviderInfo& info : m_runtime->registry().availableProviders({}, false)) {
        const CredentialStatus status = credentials.status(info);
        QJsonObject json = status.toJson();
        json.insert(QStringLiteral("keychain_entries"), QJsonArray::fromStringList(info.credentialKeys));
        json.insert(QStringLiteral("environment_variables"),
                    QJsonArray::fromStringList(info.credentialEnvironment));
        providers.append(json);
        QString state;
        QString source;
        if (!status.needed) {
            state = tr("not needed");
        } else if (status.present) {
            state = tr("present");
            source = status.source == CredentialSource::Keychain
                         ? tr("keychain entry %1").arg(status.location)
                         : tr("environment variable %1").arg(status.location);
        } else {
            state = tr("missing");
            source = tr("set %1, or run voicedeck-cli keys set %2")
                         .arg(info.credentialEnvironment.join(tr(" or ")), info.credentialKeys.value(0));
        }
        lines << QStringLiteral("%1 %2 %3").arg(info.name, -18).arg(state, -11).arg(source).trimmed();
    }
    if (m_out.json()) {
        m_out.printJson(
            QJsonObject{{QStringLiteral("keychain"),
                         QJsonObject{{QStringLiteral("available"), credentials.keychainAvailable()},
                                     {QStringLiteral("service"), credentials.service()},
                                     {QStringLiteral("status"), credentials.keychainStatus()}}},
                        {QStringLiteral("providers"), providers}});
    } else {
        m_out.printLine(tr("keychain: %1").arg(credentials.keychainStatus()));
        for (const QString& line : std::as_const(lines))
            m_out.printLine(line);
    }
    Q_EMIT finished(ExitOk);
}

void KeysCommand::write()
{
    // Runs once the Runtime is ready, when the keychain has answered (asynchronously) whether it is
    // there; checking that before reading the key means nobody types a key that cannot be stored.
    CredentialStore& credentials = m_runtime->credentials();
    if (!credentials.keychainAvailable()) {
        m_out.error(credentials.keychainStatus());
        m_out.error(tr("to give %1 a key without a keychain, set the environment variable %2 instead")
                        .arg(m_entry, variablesFor(m_entry).join(tr(" or "))));
        Q_EMIT finished(ExitProvidersFailed);
        return;
    }
    const bool set = m_action == QLatin1String("set");
    if (set) {
        const Result<QString> secret = SecretInput::read(tr("API key for %1 (input hidden): ").arg(m_entry));
        if (!secret) {
            m_out.error(secret.error().message);
            Q_EMIT finished(ExitUsage);
            return;
        }
        m_secret = *secret;
    }
    KeychainWriteJob* job =
        set ? credentials.setSecret(m_entry, m_secret) : credentials.deleteSecret(m_entry);
    m_secret.fill(QLatin1Char(' '));
    m_secret.clear();
    connect(job, &KeychainWriteJob::finished, this, [this, set](bool ok, const QString& error) {
        if (!ok) {
            m_out.error(error);
            Q_EMIT finished(ExitProvidersFailed);
            return;
        }
        // A new or removed key is a reason to try the providers that use it again.
        for (const ProviderInfo& info : m_runtime->registry().availableProviders({}, false)) {
            if (info.credentialKeys.contains(m_entry))
                m_runtime->resilience().clearAttention(info.name);
        }
        const QString done = set ? tr("stored the key for %1 in the keychain (service \"%2\")")
                                 : tr("deleted the key for %1 from the keychain (service \"%2\")");
        if (m_out.json())
            m_out.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                        {QStringLiteral("action"), m_action},
                                        {QStringLiteral("entry"), m_entry},
                                        {QStringLiteral("service"), m_runtime->credentials().service()}});
        else
            m_out.printLine(done.arg(m_entry, m_runtime->credentials().service()));
        Q_EMIT finished(ExitOk);
    });
}

} // namespace vd::cli
