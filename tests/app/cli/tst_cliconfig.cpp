#include "tests/app/cli/clirunner.h"

#include <QJsonArray>

// `voicedeck-cli config get KEY` / `config set KEY VALUE` (PRODUCT.md §2, §4): dotted keys,
// validated by the schema, saved atomically, never over a corrupt file.
class TestCliConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QByteArray configBytes() const
    {
        QFile file(m_cli->configPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir);
        QFile::remove(m_cli->configPath());
    }

    void getReadsDefaultsWithoutAFile()
    {
        const CliRunner::Run run = m_cli->run({"config", "get", "breaker.window_calls"});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(run.out, QByteArray("20\n"));
        QVERIFY(!QFile::exists(m_cli->configPath()));
    }

    void getOfAProviderValueUsesItsDeclaredDefault()
    {
        const CliRunner::Run run =
            m_cli->run({"config", "get", "providers.openai_stt.settings.model", "--json"});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(run.json().value(u"value").toString(), QStringLiteral("whisper-1"));
        QCOMPARE(run.json().value(u"key").toString(), QStringLiteral("providers.openai_stt.settings.model"));
    }

    void getOfASectionPrintsItsJson()
    {
        const CliRunner::Run run = m_cli->run({"config", "get", "health"});
        VD_COMPARE_EXIT(run, 0);
        const QJsonObject health = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(health.value(u"probe_interval_seconds").toInt(), 60);
    }

    void setWritesTheFileAndTheCoreUsesIt()
    {
        const CliRunner::Run set =
            m_cli->run({"config", "set", "providers.flite_tts.priority", "5", "--json"});
        VD_COMPARE_EXIT(set, 0);
        QCOMPARE(set.json().value(u"value").toInt(), 5);
        QCOMPARE(set.json().value(u"file").toString(), m_cli->configPath());
        const QJsonObject file = QJsonDocument::fromJson(configBytes()).object();
        QCOMPARE(file[u"providers"][u"flite_tts"][u"priority"].toInt(), 5);

        const CliRunner::Run get = m_cli->run({"config", "get", "providers.flite_tts.priority"});
        QCOMPARE(get.out, QByteArray("5\n"));
        const CliRunner::Run providers = m_cli->run({"providers", "--json"});
        for (const QJsonValue& provider : providers.json().value(u"providers").toArray()) {
            if (provider[u"name"].toString() == u"flite_tts")
                QCOMPARE(provider[u"priority"].toInt(), 5);
        }
    }

    void setKeepsKeysItDoesNotKnow()
    {
        m_cli->writeConfig(QJsonObject{
            {"version", 1}, {"my_notes", "keep me"}, {"routing", QJsonObject{{"max_retries", 2}}}});
        const CliRunner::Run run = m_cli->run({"config", "set", "breaker.open_seconds", "120"});
        VD_COMPARE_EXIT(run, 0);
        QVERIFY2(run.out.contains("breaker.open_seconds = 120"), run.out.constData());
        const QJsonObject file = QJsonDocument::fromJson(configBytes()).object();
        QCOMPARE(file.value(u"my_notes").toString(), QStringLiteral("keep me"));
        QCOMPARE(file[u"routing"][u"max_retries"].toInt(), 2);
        QCOMPARE(file[u"breaker"][u"open_seconds"].toInt(), 120);
    }

    void invalidInputExitsTwoNamingTheKeyAndTheChoices_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("out of range") << QStringList{"set", "breaker.window_calls", "0"}
                                      << QStringList{"breaker.window_calls", "\"0\""};
        QTest::newRow("not a number") << QStringList{"set", "routing.max_retries", "many"}
                                      << QStringList{"routing.max_retries", "many"};
        QTest::newRow("unknown section key")
            << QStringList{"set", "breaker.nope", "1"} << QStringList{"breaker.nope", "window_calls"};
        QTest::newRow("unknown top-level key")
            << QStringList{"get", "colour"} << QStringList{"colour", "routing"};
        QTest::newRow("unknown provider") << QStringList{"set", "providers.nope.enabled", "true"}
                                          << QStringList{"nope", "voicedeck-cli providers"};
        QTest::newRow("unknown setting") << QStringList{"set", "providers.openai_stt.settings.colour", "red"}
                                         << QStringList{"colour", "model"};
        QTest::newRow("enum value") << QStringList{"set", "providers.openai_stt.settings.response_format",
                                                   "xml"}
                                    << QStringList{"response_format", "verbose_json"};
        QTest::newRow("not a boolean") << QStringList{"set", "providers.flite_tts.enabled", "maybe"}
                                       << QStringList{"providers.flite_tts.enabled", "true or false"};
        QTest::newRow("plain http to a remote host")
            << QStringList{"set", "providers.openai_stt.settings.base_url", "http://example.com/v1"}
            << QStringList{"base_url", "https"};
        QTest::newRow("version") << QStringList{"set", "version", "2"} << QStringList{"version"};
        QTest::newRow("missing value") << QStringList{"set", "breaker.window_calls"} << QStringList{"usage"};
        QTest::newRow("no action") << QStringList{} << QStringList{"usage"};
        QTest::newRow("bad action") << QStringList{"put", "a", "b"} << QStringList{"usage"};
    }
    void invalidInputExitsTwoNamingTheKeyAndTheChoices()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mentions);
        const CliRunner::Run run = m_cli->run(QStringList{"config"} + arguments);
        VD_COMPARE_EXIT(run, 2);
        for (const QString& mention : mentions)
            QVERIFY2(QString::fromUtf8(run.err).contains(mention), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(!QFile::exists(m_cli->configPath()), "a refused value must not create the file");
    }

    // Issue #18: each `config set` wrote its start-up copy of the file, so of N running at once
    // only one value survived, though every one said "saved".
    void parallelSetsOfDifferentKeysAllSurvive()
    {
        m_cli->writeConfig(QJsonObject{{"version", 1}, {"mine", "kept"}});
        const QStringList providers{"openai_stt", "openai_tts", "google_stt",
                                    "google_tts", "yandex_stt", "yandex_tts"};
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < providers.size(); ++i) {
            const QString key = QStringLiteral("providers.%1.").arg(providers.at(i));
            running.push_back(m_cli->start({"config", "set", key + "priority", QString::number(100 + i)}));
            running.push_back(m_cli->start({"config", "set", key + "enabled", "false"}));
        }
        for (const auto& process : running) {
            const CliRunner::Run run = CliRunner::finish(*process);
            VD_COMPARE_EXIT(run, 0);
        }
        const QJsonObject file = QJsonDocument::fromJson(configBytes()).object();
        for (int i = 0; i < providers.size(); ++i) {
            const QJsonObject entry = file[u"providers"][providers.at(i)].toObject();
            QCOMPARE(entry.value(u"priority").toInt(), 100 + i);
            QCOMPARE(entry.value(u"enabled"), QJsonValue(false));
        }
        QCOMPARE(file.value(u"mine").toString(), QStringLiteral("kept"));
    }

    void corruptFileIsNeverOverwritten()
    {
        QFile file(m_cli->configPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"version\": 1, ");
        file.close();
        const CliRunner::Run run = m_cli->run({"config", "set", "breaker.open_seconds", "120"});
        VD_COMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains("config.json"), run.err.constData());
        QCOMPARE(configBytes(), QByteArray("{ \"version\": 1, "));
    }

    void invalidValueInTheFileIsAConfigError()
    {
        m_cli->writeConfig(QJsonObject{{"version", 1}, {"breaker", QJsonObject{{"window_calls", -4}}}});
        const QByteArray before = configBytes();
        const CliRunner::Run run = m_cli->run({"config", "set", "breaker.open_seconds", "120"});
        VD_COMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains("breaker.window_calls"), run.err.constData());
        QCOMPARE(configBytes(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cliconfig.moc"
