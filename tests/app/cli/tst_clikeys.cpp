#include "tests/app/cli/clirunner.h"

#include <QJsonArray>

// `voicedeck-cli keys set|delete|status` (PRODUCT.md §1, §4): keys from stdin only, status
// without secrets, a clear answer when there is no secret service. The keychain cases run inside
// scripts/test-services.sh (VOICEDECK_TEST_KEYCHAIN=1) with a private gnome-keyring.
class TestCliKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QJsonObject status(const CliRunner::Run& run, const QString& provider)
    {
        for (const QJsonValue& value : run.json().value(u"providers").toArray()) {
            if (value[u"provider"].toString() == provider)
                return value.toObject();
        }
        return {};
    }

    // A runner whose process finds no session bus at all, so no secret service.
    CliRunner withoutKeychain()
    {
        CliRunner cli(m_dir);
        cli.setEnv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath("no-bus"));
        return cli;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void statusSaysWhereEachKeyComesFromWithoutPrintingIt()
    {
        CliRunner cli = withoutKeychain();
        cli.setEnv("OPENAI_API_KEY", "sk-status-secret-0001");
        const CliRunner::Run run = cli.run({"keys", "status", "--json"});
        VD_COMPARE_EXIT(run, 0);
        QCOMPARE(run.json()[u"keychain"][u"available"].toBool(), false);
        const QJsonObject openai = status(run, "openai_stt");
        QCOMPARE(openai[u"needed"].toBool(), true);
        QCOMPARE(openai[u"present"].toBool(), true);
        QCOMPARE(openai[u"source"].toString(), QStringLiteral("environment"));
        QCOMPARE(openai[u"location"].toString(), QStringLiteral("OPENAI_API_KEY"));
        QCOMPARE(status(run, "google_tts")[u"present"].toBool(), false);
        QCOMPARE(status(run, "google_tts")[u"source"].toString(), QStringLiteral("none"));
        QCOMPARE(status(run, "flite_tts")[u"needed"].toBool(), false);
        QVERIFY(!run.out.contains("sk-status") && !run.err.contains("sk-status"));

        const CliRunner::Run text = cli.run({"keys", "status"});
        VD_COMPARE_EXIT(text, 0);
        QVERIFY2(text.out.contains("environment variable OPENAI_API_KEY"), text.out.constData());
        QVERIFY(text.out.contains("GOOGLE_API_KEY"));
        QVERIFY(text.out.contains("No secret service"));
        QVERIFY(!text.out.contains("sk-status"));
    }

    void setWithoutSecretServiceFailsAndPointsToTheVariable()
    {
        const CliRunner::Run run = withoutKeychain().run({"keys", "set", "openai"}, "sk-never-stored\n");
        VD_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains("OPENAI_API_KEY"), run.err.constData());
        QVERIFY(run.err.contains("secret service"));
        QVERIFY(!run.err.contains("sk-never"));
        const CliRunner::Run removed = withoutKeychain().run({"keys", "delete", "yandex"});
        VD_COMPARE_EXIT(removed, 1);
        QVERIFY2(removed.err.contains("YANDEX_API_KEY or YANDEX_IAM_TOKEN"), removed.err.constData());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no action") << QStringList{"keys"} << "usage";
        QTest::newRow("set without provider") << QStringList{"keys", "set"} << "usage";
        QTest::newRow("secret as an argument")
            << QStringList{"keys", "set", "openai", "sk-on-the-command-line"}
            << "never from the command line";
        QTest::newRow("unknown entry") << QStringList{"keys", "delete", "nope"} << "openai_stt, openai";
        QTest::newRow("offline provider") << QStringList{"keys", "set", "flite_tts"} << "needs no key";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRunner::Run run = withoutKeychain().run(arguments);
        VD_VERIFY_USAGE_ERROR(run, mentions);
        QVERIFY(!run.err.contains("sk-on-the"));
    }

    void keychainRoundTrip()
    {
        if (qEnvironmentVariableIsEmpty("VOICEDECK_TEST_KEYCHAIN"))
            QSKIP("needs a secret service: run inside scripts/test-services.sh");
        CliRunner cli(m_dir);
        const CliRunner::Run set = cli.run({"keys", "set", "google"}, "gk-roundtrip-secret-42\n");
        VD_COMPARE_EXIT(set, 0);
        QVERIFY2(set.out.contains("stored the key for google"), set.out.constData());

        const CliRunner::Run stored = cli.run({"keys", "status", "--json"});
        VD_COMPARE_EXIT(stored, 0);
        QCOMPARE(stored.json()[u"keychain"][u"available"].toBool(), true);
        QCOMPARE(status(stored, "google_stt")[u"source"].toString(), QStringLiteral("keychain"));
        QCOMPARE(status(stored, "google_stt")[u"location"].toString(), QStringLiteral("google"));
        QCOMPARE(status(stored, "google_tts")[u"present"].toBool(), true);
        QVERIFY(!stored.out.contains("gk-roundtrip"));
        // The keychain wins over the environment (PRODUCT.md §1).
        cli.setEnv("GOOGLE_API_KEY", "gk-from-environment");
        QCOMPARE(status(cli.run({"keys", "status", "--json"}), "google_stt")[u"source"].toString(),
                 QStringLiteral("keychain"));

        const CliRunner::Run removed = cli.run({"keys", "delete", "google", "--json"});
        VD_COMPARE_EXIT(removed, 0);
        QCOMPARE(removed.json()[u"ok"].toBool(), true);
        QCOMPARE(status(cli.run({"keys", "status", "--json"}), "google_stt")[u"source"].toString(),
                 QStringLiteral("environment"));
    }

    void emptyOrMultiLineInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nothing") << QByteArray() << "no key was given";
        QTest::newRow("just a newline") << QByteArray("\n") << "no key was given";
        QTest::newRow("blank") << QByteArray("   \r\n") << "no key was given";
        QTest::newRow("two lines") << QByteArray("yk-part-one\nyk-part-two\n") << "more than one line";
        QTest::newRow("huge") << QByteArray(100 * 1024, 'k') << "longer than";
    }
    void emptyOrMultiLineInputIsRefused()
    {
        if (qEnvironmentVariableIsEmpty("VOICEDECK_TEST_KEYCHAIN"))
            QSKIP("the key is only read when a secret service can store it: run inside "
                  "scripts/test-services.sh");
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        const CliRunner::Run run = CliRunner(m_dir).run({"keys", "set", "yandex_tts"}, input);
        VD_COMPARE_EXIT(run, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
        QVERIFY(!run.err.contains("yk-part"));
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_clikeys.moc"
