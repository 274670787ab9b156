#include "core/model/settingsschema.h"
#include "core/resilience/resiliencestore.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "tests/reliability/mockruntime.h"
#include "tests/reliability/tlsloopbackserver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace vd::test;

namespace {

// Keys shaped like the vendors' real ones, so that the free-text masking is exercised too.
const QByteArray kOpenAiKey = "sk-proj-RELIABILITYopenaiSECRET0123456789";
const QByteArray kGoogleKey = "AIzaRELIABILITYgoogleSECRET012345678";
const QByteArray kYandexKey = "AQVNRELIABILITYyandexSECRET012345678";

QMutex g_logMutex;
QStringList g_log;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                 message);
}

// The key, or any 16-character piece of it, in `text`.
bool leaks(const QString& text)
{
    for (const QByteArray& key : {kOpenAiKey, kGoogleKey, kYandexKey}) {
        for (qsizetype at = 0; at + 16 <= key.size(); at += 8) {
            if (text.contains(QLatin1String(key.mid(at, 16))))
                return true;
        }
    }
    return false;
}

} // namespace

// Secrets (issue #7): with every logging category at debug level, a run that succeeds and fails
// in every way a key could be echoed (vendor error bodies that quote the key or the
// Authorization header, TLS failures, refused connections) leaves no key in the log, in error
// messages, in routing traces, or in the config and state files. Plain http:// to anything but
// loopback is refused before a connection is made.
class TestSecrets : public QObject
{
    Q_OBJECT

private:
    MockProviderServer m_server;
    TlsLoopbackServer m_tls;
    std::unique_ptr<MockRuntime> m_rig;
    QtMessageHandler m_previous = nullptr;
    QStringList m_printed; // error messages, summaries and traces, as CLI/GUI would show them
    int m_requests = 0;

    void routeEveryProvider()
    {
        for (const QString& provider : cloudProviderNames()) {
            Router& router = m_rig->runtime()->router();
            std::unique_ptr<ProviderJob> job;
            const RoutingTrace* trace = nullptr;
            if (isSttProvider(provider)) {
                auto* stt = router.transcribe(
                    TranscriptionRequest{oneSecondTone(), QStringLiteral("en-US"), QStringLiteral("a.wav")},
                    provider);
                trace = &stt->trace();
                job.reset(stt);
            } else {
                auto* tts =
                    router.synthesize(SynthesisRequest{QStringLiteral("hello"), {}, {}, 1.0, {}}, provider);
                trace = &tts->trace();
                job.reset(tts);
            }
            job->setAutoDelete(false);
            QSignalSpy finished(job.get(), &ProviderJob::finished);
            job->start();
            QVERIFY(finished.wait(20000));
            ++m_requests;
            if (job->hasError()) {
                m_printed << job->error().message << job->error().summary()
                          << QString::fromUtf8(QJsonDocument(job->error().toJson()).toJson());
            }
            m_printed << trace->toText() << QString::fromUtf8(QJsonDocument(trace->toJson()).toJson());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        m_previous = qInstallMessageHandler(captureMessage);
        qputenv("OPENAI_API_KEY", kOpenAiKey);
        qputenv("GOOGLE_API_KEY", kGoogleKey);
        qputenv("YANDEX_API_KEY", kYandexKey);
        QVERIFY(m_server.listen());
        QVERIFY(m_tls.listenWithSelfSignedCertificate());
        m_server.setApiKeys({QString::fromLatin1(kOpenAiKey), QString::fromLatin1(kGoogleKey),
                             QString::fromLatin1(kYandexKey)});
        m_rig = std::make_unique<MockRuntime>(m_server);
        m_rig->setSection(QStringLiteral("routing"),
                          QJsonObject{{"attempt_timeout_ms", 3000}, {"max_retries", 0}});
    }

    void cleanupTestCase()
    {
        m_rig.reset();
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        qInfo("secrets: %d routed requests, %d log lines, %d printed texts checked", m_requests,
              int(g_log.size()), int(m_printed.size()));
    }

    void successfulCallsSendKeysButNeverPrintThem()
    {
        QVERIFY(m_rig->build());
        routeEveryProvider();
        // The keys really went out (else this test could not fail).
        QCOMPARE(m_server.violations(), QStringList{});
        QCOMPARE(m_server.requestCount(), 6);
        for (const RecordedRequest& request : m_server.requests()) {
            const QByteArray credential = request.header("authorization") + request.header("x-goog-api-key");
            QVERIFY2(leaks(QString::fromLatin1(credential)),
                     "the detector must see the key where it belongs");
        }
    }

    void vendorErrorsEchoingTheKeyAreMasked_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
        QTest::newRow("400") << 400;
        QTest::newRow("500") << 500;
    }
    void vendorErrorsEchoingTheKeyAreMasked()
    {
        QFETCH(int, status);
        QVERIFY(m_rig->build());
        m_server.setFault(
            Endpoint::All,
            Fault::httpError(status, QStringLiteral("invalid_api_key"),
                             QStringLiteral("Incorrect API key provided: %1 %2 %3. "
                                            "Request had Authorization: Bearer %1, "
                                            "x-goog-api-key: %2, Api-Key %3, ?key=%2")
                                 .arg(QString::fromLatin1(kOpenAiKey), QString::fromLatin1(kGoogleKey),
                                      QString::fromLatin1(kYandexKey))));
        routeEveryProvider();
        m_server.clearFaults();
    }

    void transportFailuresDoNotPrintKeys()
    {
        for (const QString& provider : cloudProviderNames())
            m_rig->overrideBaseUrl(provider, provider.startsWith(QLatin1String("google"))
                                                 ? m_tls.baseUrl()
                                                 : MockProviderServer::refusingUrl());
        QVERIFY(m_rig->build());
        routeEveryProvider();
        QCOMPARE(m_tls.completedHandshakes(), 0);
    }

    void plainHttpToAnotherHostIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.openai.com/v1" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/v1" << true;
        QTest::newRow("http loopback 127/8") << "http://127.9.9.9" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000" << true;
        QTest::newRow("http localhost") << "http://localhost:9000" << true;
        QTest::newRow("http public host") << "http://api.openai.com/v1" << false;
        QTest::newRow("http private address") << "http://192.168.1.10:8080" << false;
        QTest::newRow("http loopback-looking name") << "http://127.0.0.1.nip.io" << false;
        QTest::newRow("http localhost subdomain") << "http://localhost.example.com" << false;
        QTest::newRow("http any address") << "http://0.0.0.0:8080" << false;
        QTest::newRow("credentials in URL") << "https://user:secret@api.openai.com" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("no scheme") << "api.openai.com/v1" << false;
    }
    void plainHttpToAnotherHostIsRefused()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(checkServiceUrl(url).isEmpty(), allowed);
        if (allowed)
            return;
        // Configured anyway, the whole configuration is refused, naming the key and the fix.
        m_rig->overrideBaseUrl(QStringLiteral("openai_stt"), QUrl(url));
        const bool built = m_rig->build() != nullptr;
        m_rig->overrideBaseUrl(QStringLiteral("openai_stt"), m_server.baseUrl(Vendor::OpenAi));
        QVERIFY(!built);
        QVERIFY2(m_rig->lastError().contains(QLatin1String("providers.openai_stt.settings.base_url")),
                 qPrintable(m_rig->lastError()));
        QVERIFY(!m_rig->lastError().contains(QLatin1String(":secret@"))); // user info is never echoed
        m_printed << m_rig->lastError();
    }

    // Last: everything printed and written so far, at debug verbosity, is free of keys.
    void nothingPrintedOrWrittenContainsAKey()
    {
        QVERIFY(m_rig->build());
        // Write the state of this run (breakers and health with errors in them).
        m_server.setFault(
            Endpoint::All,
            Fault::httpError(500, {}, QStringLiteral("key %1").arg(QString::fromLatin1(kOpenAiKey))));
        routeEveryProvider();
        QFuture<bool> flushed = m_rig->runtime()->resilienceStore().flush();
        QTRY_VERIFY_WITH_TIMEOUT(flushed.isFinished(), 20000);
        QVERIFY(flushed.result());
        m_rig->destroy();

        QVERIFY(m_requests > 30);
        QVERIFY(!g_log.isEmpty());
        {
            const QMutexLocker lock(&g_logMutex);
            QVERIFY(g_log.size() > 50); // debug logging was on: requests, headers, outcomes
            for (const QString& line : std::as_const(g_log))
                QVERIFY2(!leaks(line), qPrintable(line));
        }
        for (const QString& text : std::as_const(m_printed))
            QVERIFY2(!leaks(text), qPrintable(text));
        int files = 0;
        QDirIterator it(m_rig->directory().path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!leaks(QString::fromLatin1(file.readAll())), qPrintable(path));
            ++files;
        }
        QVERIFY(files >= 2); // the config and at least one state file
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
