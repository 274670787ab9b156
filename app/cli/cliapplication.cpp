#include "app/cli/cliapplication.h"

#include "app/cli/command.h"
#include "app/cli/commands/benchcommand.h"
#include "app/cli/commands/breakercommand.h"
#include "app/cli/commands/comparecommand.h"
#include "app/cli/commands/configcommand.h"
#include "app/cli/commands/healthcommand.h"
#include "app/cli/commands/historycommand.h"
#include "app/cli/commands/keyscommand.h"
#include "app/cli/commands/monitorcommand.h"
#include "app/cli/commands/providerscommand.h"
#include "app/cli/commands/speakcommand.h"
#include "app/cli/commands/suitecommand.h"
#include "app/cli/commands/transcribecommand.h"
#include "app/cli/commands/voicescommand.h"
#include "core/history/historyrecorder.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/resiliencestore.h"
#include "core/runtime/runtime.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <cstdio>

namespace vd::cli {

namespace {

const QStringList kCommands{
    QStringLiteral("providers"), QStringLiteral("health"),  QStringLiteral("transcribe"),
    QStringLiteral("compare"),   QStringLiteral("speak"),   QStringLiteral("voices"),
    QStringLiteral("config"),    QStringLiteral("keys"),    QStringLiteral("breaker"),
    QStringLiteral("bench"),     QStringLiteral("monitor"), QStringLiteral("suite"),
    QStringLiteral("history")};

// QCommandLineParser's error is a sentence ("Unknown option 'out'."); the caller continues it
// with where to look, so its full stop goes.
QString continued(QString parserError)
{
    if (parserError.endsWith(QLatin1Char('.')))
        parserError.chop(1);
    return parserError;
}

// QCommandLineParser names the program by its path; the usage line should name the command.
QString withUsage(const QString& help, const QString& usage)
{
    const qsizetype end = help.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: ") + usage + help.mid(end);
}

void addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("config"),
                      QObject::tr("Use this config file (default: $VOICEDECK_CONFIG, else "
                                  "$XDG_CONFIG_HOME/voicedeck/config.json)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QObject::tr("Machine output: one JSON document on stdout.")});
    parser.addOption(
        {QStringLiteral("verbose"),
         QObject::tr("Diagnostics on stderr: routing decisions, probes, the core's debug log.")});
    parser.addHelpOption();
    parser.addVersionOption();
}

} // namespace

CliApplication::CliApplication() = default;
CliApplication::~CliApplication() = default;

std::unique_ptr<Command> CliApplication::makeCommand(const QString& name)
{
    if (name == QLatin1String("providers"))
        return std::make_unique<ProvidersCommand>(*m_out);
    if (name == QLatin1String("transcribe"))
        return std::make_unique<TranscribeCommand>(*m_out);
    if (name == QLatin1String("speak"))
        return std::make_unique<SpeakCommand>(*m_out);
    if (name == QLatin1String("voices"))
        return std::make_unique<VoicesCommand>(*m_out);
    if (name == QLatin1String("breaker"))
        return std::make_unique<BreakerCommand>(*m_out);
    if (name == QLatin1String("health"))
        return std::make_unique<HealthCommand>(*m_out);
    if (name == QLatin1String("compare"))
        return std::make_unique<CompareCommand>(*m_out);
    if (name == QLatin1String("config"))
        return std::make_unique<ConfigCommand>(*m_out);
    if (name == QLatin1String("keys"))
        return std::make_unique<KeysCommand>(*m_out);
    if (name == QLatin1String("bench"))
        return std::make_unique<BenchCommand>(*m_out);
    if (name == QLatin1String("monitor"))
        return std::make_unique<MonitorCommand>(*m_out);
    if (name == QLatin1String("suite"))
        return std::make_unique<SuiteCommand>(*m_out);
    if (name == QLatin1String("history"))
        return std::make_unique<HistoryCommand>(*m_out);
    return nullptr;
}

QString CliApplication::commandList()
{
    QString text = tr("Commands:\n");
    for (const QString& name : kCommands) {
        const std::unique_ptr<Command> command = makeCommand(name);
        text += QStringLiteral("  %1 %2\n").arg(name, -12).arg(command->summary());
        if (!command->arguments().isEmpty())
            text += QStringLiteral("  %1 %2 %3\n").arg(QString(), -12).arg(name, command->arguments());
    }
    return text +
           tr("\nRun voicedeck-cli COMMAND --help for a command's options.\n"
              "\nExit codes: 0 success; 1 every eligible provider failed (health: a provider is UNHEALTHY),\n"
              "or the result could not be written (stdout or --output: disk full); 2 usage or input error;\n"
              "3 configuration file error (history: an unusable history database).\n");
}

int CliApplication::start(const QStringList& arguments)
{
    QCommandLineParser global;
    global.setApplicationDescription(
        tr("VoiceDeck: manage, test and monitor speech-to-text and text-to-speech providers."));
    addGlobalOptions(global);
    global.addPositionalArgument(QStringLiteral("command"),
                                 tr("One of: %1").arg(kCommands.join(QStringLiteral(", "))));
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    m_out = std::make_unique<CliOutput>(false, false);
    if (!global.parse(arguments)) {
        m_out->error(continued(global.errorText()) + tr("; see voicedeck-cli --help"));
        return ExitUsage;
    }
    if (global.isSet(QStringLiteral("version"))) {
        m_out->printRaw(QStringLiteral("voicedeck-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(QStringLiteral("help")) || rest.isEmpty()) {
        const QString help =
            withUsage(global.helpText(), QStringLiteral("voicedeck-cli [options] COMMAND [ARGUMENTS]")) +
            QLatin1Char('\n') + commandList();
        if (global.isSet(QStringLiteral("help")))
            m_out->printRaw(help);
        else
            std::fputs(qPrintable(help), stderr);
        return global.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    }

    const QString commandName = rest.first();
    m_command = makeCommand(commandName);
    if (!m_command) {
        m_out->error(tr("unknown command \"%1\"; use one of: %2")
                         .arg(commandName, kCommands.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    // The command's parser knows the global options too, so they may follow the command.
    QCommandLineParser parser;
    parser.setApplicationDescription(m_command->summary());
    addGlobalOptions(parser);
    m_command->addOptions(parser);
    if (!parser.parse(QStringList{arguments.first()} + rest.mid(1))) {
        m_out->error(continued(parser.errorText()) + tr("; see voicedeck-cli %1 --help").arg(commandName));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        const QString usage =
            QStringLiteral("voicedeck-cli %1 %2 [options]").arg(commandName, m_command->arguments());
        m_out->printRaw(withUsage(parser.helpText(), usage.simplified()));
        return ExitOk;
    }
    const auto globalFlag = [&](const QString& name) { return global.isSet(name) || parser.isSet(name); };
    const bool json = globalFlag(QStringLiteral("json"));
    const bool verbose = globalFlag(QStringLiteral("verbose"));
    m_out->setMode(json, verbose);
    // The core logs per category; without --verbose only warnings reach stderr. QT_LOGGING_RULES
    // still overrides this for finer control.
    QLoggingCategory::setFilterRules(verbose
                                         ? QStringLiteral("voicedeck.*.debug=true")
                                         : QStringLiteral("voicedeck.*.debug=false\nvoicedeck.*.info=false"));

    RuntimeOptions options;
    options.configPath = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config"))
                                                                : global.value(QStringLiteral("config"));
    auto runtime = Runtime::create(options);
    if (!runtime) {
        for (const ConfigError& error : runtime.error())
            m_out->error(error.message());
        m_out->error(tr("fix the config file, or move it aside to start from defaults"));
        return ExitConfig;
    }
    m_runtime = std::move(runtime).value();
    for (const ConfigError& warning : m_runtime->configWarnings())
        m_out->diagnostic(tr("warning: %1").arg(warning.message()));
    m_command->setRuntime(m_runtime.get());
    m_runtime->history().setSource(commandName);
    if (const int code = m_command->prepare(parser); code != ExitOk)
        return code;

    connect(m_command.get(), &Command::finished, this, &CliApplication::finish);
    connect(&m_runtime->readiness(), &Readiness::ready, m_command.get(), &Command::run,
            Qt::SingleShotConnection);
    m_runtime->start();
    return -1;
}

void CliApplication::finish(int exitCode)
{
    // Breaker and health changes of this run must reach the next one (and the GUI), and its
    // requests the history. A history that cannot be written costs a warning, not the result;
    // a breaker or health change that did not reach the disk is a failure, whatever the command
    // printed: the next run would silently show the old state. Exit 1, not 3: the config file
    // is not at fault.
    using HistoryFlush = std::optional<HistoryError>;
    auto* history = new QFutureWatcher<HistoryFlush>(this);
    connect(history, &QFutureWatcher<HistoryFlush>::finished, this, [this, exitCode, history] {
        if (const HistoryFlush error = history->result())
            m_out->error(tr("warning: this run was not recorded in the history: %1").arg(error->message()));
        auto* state = new QFutureWatcher<bool>(this);
        connect(state, &QFutureWatcher<bool>::finished, this, [this, state, exitCode] {
            int code = exitCode;
            if (!state->result() && m_runtime->resilience().hasPendingEvents()) {
                m_out->error(tr("breaker and health changes were not saved: %1")
                                 .arg(m_runtime->resilienceStore().lastError()));
                if (code == ExitOk)
                    code = ExitProvidersFailed;
            }
            QCoreApplication::exit(code);
        });
        state->setFuture(m_runtime->resilienceStore().flush());
    });
    history->setFuture(m_runtime->history().flush());
}

} // namespace vd::cli
