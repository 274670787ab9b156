#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Runs the real voicedeck-cli binary (from VOICEDECK_BIN_DIR) with an isolated config file,
// state directory and HOME inside `dir`, and no API keys from the caller's environment. The
// process runs while this thread's event loop spins, so an in-process MockProviderServer can
// answer it. Test-only and header-only.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    explicit CliRunner(const QTemporaryDir& dir) : m_dir(dir.path())
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"OPENAI_API_KEY", "GOOGLE_API_KEY", "YANDEX_API_KEY", "YANDEX_IAM_TOKEN",
                                 "YANDEX_FOLDER_ID", "QT_LOGGING_RULES"})
            m_environment.remove(QString::fromLatin1(name));
        m_environment.insert(QStringLiteral("VOICEDECK_CONFIG"), configPath());
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), dataPath());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir + QStringLiteral("/xdg-config"));
        // Keychain tests run inside scripts/test-services.sh, whose sandbox HOME must stay.
        if (qEnvironmentVariableIsEmpty("VOICEDECK_TEST_KEYCHAIN"))
            m_environment.insert(QStringLiteral("HOME"), m_dir + QStringLiteral("/home"));
    }

    static QString binary()
    {
        return qEnvironmentVariable("VOICEDECK_BIN_DIR") + QStringLiteral("/voicedeck-cli");
    }
    QString configPath() const { return m_dir + QStringLiteral("/config.json"); }
    QString dataPath() const { return m_dir + QStringLiteral("/data"); }
    QString path(const QString& name) const { return m_dir + QLatin1Char('/') + name; }
    QProcessEnvironment& environment() { return m_environment; }
    void setEnv(const QString& name, const QString& value) { m_environment.insert(name, value); }

    void writeConfig(const QJsonObject& config) const
    {
        QFile file(configPath());
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(config).toJson());
    }

    // Starts the CLI; the caller owns the process (for long-running commands).
    std::unique_ptr<QProcess> start(const QStringList& arguments, const QByteArray& input = {}) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->start(binary(), arguments);
        process->write(input);
        process->closeWriteChannel();
        return process;
    }

    // Runs the CLI to the end (spinning the event loop), at most `timeoutMs`.
    Run run(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 60000) const
    {
        std::unique_ptr<QProcess> process = start(arguments, input);
        return finish(*process, timeoutMs);
    }

    static Run finish(QProcess& process, int timeoutMs = 60000)
    {
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy done(&process, &QProcess::finished);
            if (!done.wait(timeoutMs)) {
                process.kill();
                process.waitForFinished();
            }
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private:
    QString m_dir;
    QProcessEnvironment m_environment;
};

// Compares a run's exit code and, when it differs, shows what the process said: the code alone
// does not tell a provider failure from a crash or a sanitizer report (stderr), nor which case
// of a suite failed and why (stdout).
#define VD_COMPARE_EXIT(run, expected)                                                                       \
    QVERIFY2((run).exitCode == (expected),                                                                   \
             qPrintable(QStringLiteral("exit code %1, expected %2; stderr: %3; stdout: %4")                  \
                            .arg((run).exitCode)                                                             \
                            .arg(expected)                                                                   \
                            .arg(QString::fromUtf8((run).err.right(3000)),                                   \
                                 QString::fromUtf8((run).out.right(3000)))))

// A usage error: exit 2, a message on stderr that names `mentions`, and nothing on stdout.
#define VD_VERIFY_USAGE_ERROR(run, mentions)                                                                 \
    do {                                                                                                     \
        VD_COMPARE_EXIT(run, 2);                                                                             \
        QVERIFY2(QString::fromUtf8((run).err).contains(mentions), (run).err.constData());                    \
        QVERIFY2((run).out.isEmpty(), (run).out.constData());                                                \
    } while (false)
