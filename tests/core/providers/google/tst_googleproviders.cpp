#include "core/providers/cloud/cloudspeechtotext.h"
#include "core/providers/cloud/cloudtexttospeech.h"
#include "core/providers/google/googledefinitions.h"
#include "tests/support/cloudprovidertest.h"
#include "tests/support/finishedjob.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace vd;
using namespace vd::test;

Q_DECLARE_METATYPE(vd::ErrorKind)

// google_stt and google_tts against the loopback mock server.
class TestGoogleProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recognizesWithTheDocumentedRequest();
    void recognitionErrorsAreClassified_data();
    void recognitionErrorsAreClassified();
    void invalidApiKeyIsAnAuthError();
    void emptyResultIsNothingRecognised();
    void recordingOverAMinuteIsSplitAndJoined();
    void synthesizesLinear16Wav();
    void synthesisErrorsAreClassified_data();
    void synthesisErrorsAreClassified();
    void textOverFiveThousandBytesNeverReachesTheServer();
    void listsVoicesAndProbesForFree();
    void speechProbeIsABillableRecognize();

private:
    ProviderContext context(const QJsonObject& extra = {}) const;

    std::unique_ptr<MockProviderServer> m_server;
    mutable QNetworkAccessManager m_network; // context() is const
};

void TestGoogleProviders::init()
{
    m_server = std::make_unique<MockProviderServer>();
    QVERIFY(m_server->listen());
}

ProviderContext TestGoogleProviders::context(const QJsonObject& extra) const
{
    return mockServerContext(
        *m_server, Vendor::Google, m_network,
        Credential{QStringLiteral("test-key"), CredentialSource::Keychain, QStringLiteral("google")}, extra);
}

void TestGoogleProviders::recognizesWithTheDocumentedRequest()
{
    m_server->setTranscript(QStringLiteral("turn on the lights"));
    CloudSpeechToText provider(googleSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(3.0, 48000, 2);
    request.language = QStringLiteral("en-GB");
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(job->transcript().text, QStringLiteral("turn on the lights"));
    QCOMPARE(m_server->violations(), QStringList());
    const RecordedRequest recorded = m_server->requests(Endpoint::GoogleRecognize).first();
    QCOMPARE(recorded.header("x-goog-api-key"), QByteArray("test-key"));
    const QJsonObject config = recorded.json.value(QLatin1String("config")).toObject();
    QCOMPARE(config.value(QLatin1String("languageCode")).toString(), QStringLiteral("en-GB"));
    QCOMPARE(config.value(QLatin1String("sampleRateHertz")).toInt(), 16000);
    QCOMPARE(config.value(QLatin1String("encoding")).toString(), QStringLiteral("LINEAR16"));
}

void TestGoogleProviders::recognitionErrorsAreClassified_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("400") << Fault::httpError(400) << ErrorKind::BadRequest;
    QTest::newRow("401") << Fault::httpError(401) << ErrorKind::Auth;
    QTest::newRow("403") << Fault::httpError(403) << ErrorKind::Auth;
    QTest::newRow("404") << Fault::httpError(404) << ErrorKind::BadRequest;
    QTest::newRow("413") << Fault::httpError(413) << ErrorKind::TooLarge;
    QTest::newRow("429 per minute") << Fault::httpError(429, QStringLiteral("RATE_LIMIT_EXCEEDED"))
                                    << ErrorKind::RateLimited;
    QTest::newRow("429 per day") << Fault::httpError(
                                        429, QStringLiteral("RATE_LIMIT_EXCEEDED"),
                                        QStringLiteral("Quota exceeded for quota metric 'Requests' and "
                                                       "limit 'Requests per day'"))
                                 << ErrorKind::Quota;
    QTest::newRow("500") << Fault::httpError(500) << ErrorKind::Server;
    QTest::newRow("503") << Fault::httpError(503) << ErrorKind::Server;
    QTest::newRow("504") << Fault::httpError(504) << ErrorKind::Timeout;
    QTest::newRow("invalid json") << Fault::of(Fault::Kind::InvalidJson) << ErrorKind::InvalidResponse;
    QTest::newRow("wrong shape") << Fault::of(Fault::Kind::WrongShape) << ErrorKind::InvalidResponse;
    QTest::newRow("truncated") << Fault::of(Fault::Kind::TruncatedBody) << ErrorKind::Network;
}

void TestGoogleProviders::recognitionErrorsAreClassified()
{
    QFETCH(Fault, fault);
    QFETCH(ErrorKind, kind);
    m_server->setFault(Endpoint::GoogleRecognize, fault);
    CloudSpeechToText provider(googleSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(1.0);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY(job->hasError());
    QCOMPARE(errorKindName(job->error().kind), errorKindName(kind));
    QCOMPARE(m_server->violations(), QStringList());
}

void TestGoogleProviders::invalidApiKeyIsAnAuthError()
{
    m_server->setApiKeys({QStringLiteral("other")});
    CloudSpeechToText provider(googleSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(0.5);
    auto job = runToCompletion(provider.transcribe(request));
    QCOMPARE(job->error().kind, ErrorKind::Auth);
    QCOMPARE(job->error().httpStatus, 400);
    QCOMPARE(job->error().vendorCode, QStringLiteral("API_KEY_INVALID"));
    QVERIFY(job->error().message.contains(QLatin1String("GOOGLE_API_KEY")));
}

void TestGoogleProviders::emptyResultIsNothingRecognised()
{
    m_server->setFault(Endpoint::GoogleRecognize, Fault::of(Fault::Kind::EmptyResult));
    CloudSpeechToText provider(googleSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(1.0);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY(!job->hasError());
    QCOMPARE(job->transcript().text, QString());
}

void TestGoogleProviders::recordingOverAMinuteIsSplitAndJoined()
{
    m_server->setTranscript(QStringLiteral("part"));
    CloudSpeechToText provider(googleSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(kGoogleMaxPartSeconds + 15.0);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(m_server->requestCount(Endpoint::GoogleRecognize), 2);
    QCOMPARE(job->transcript().text, QStringLiteral("part part"));
    QCOMPARE(m_server->violations(), QStringList());
}

void TestGoogleProviders::synthesizesLinear16Wav()
{
    CloudTextToSpeech provider(googleTextToSpeechRecipe(), context());
    SynthesisRequest request;
    request.text = QStringLiteral("Hello from VoiceDeck");
    auto job = runToCompletion(provider.synthesize(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(job->audio().format, QStringLiteral("wav"));
    QVERIFY(job->audio().sampleRate > 0);
    QCOMPARE(m_server->violations(), QStringList());
}

void TestGoogleProviders::synthesisErrorsAreClassified_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("403") << Fault::httpError(403) << ErrorKind::Auth;
    QTest::newRow("503") << Fault::httpError(503) << ErrorKind::Server;
    QTest::newRow("empty") << Fault::of(Fault::Kind::EmptyResult) << ErrorKind::InvalidResponse;
    QTest::newRow("wrong shape") << Fault::of(Fault::Kind::WrongShape) << ErrorKind::InvalidResponse;
}

void TestGoogleProviders::synthesisErrorsAreClassified()
{
    QFETCH(Fault, fault);
    QFETCH(ErrorKind, kind);
    m_server->setFault(Endpoint::GoogleSynthesize, fault);
    CloudTextToSpeech provider(googleTextToSpeechRecipe(), context());
    SynthesisRequest request;
    request.text = QStringLiteral("Hello");
    auto job = runToCompletion(provider.synthesize(request));
    QVERIFY(job->hasError());
    QCOMPARE(errorKindName(job->error().kind), errorKindName(kind));
}

void TestGoogleProviders::textOverFiveThousandBytesNeverReachesTheServer()
{
    CloudTextToSpeech provider(googleTextToSpeechRecipe(), context());
    QCOMPARE(provider.textLimit().unit, TextLimit::Unit::Utf8Bytes);
    SynthesisRequest request;
    request.text = QString(2600, QChar(0x0436));
    auto job = runToCompletion(provider.synthesize(request));
    QCOMPARE(job->error().kind, ErrorKind::TooLarge);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestGoogleProviders::listsVoicesAndProbesForFree()
{
    CloudTextToSpeech provider(googleTextToSpeechRecipe(), context());
    auto voices = runToCompletion(provider.voices());
    QVERIFY2(!voices->hasError(), qPrintable(voices->hasError() ? voices->error().summary() : QString()));
    QVERIFY(!voices->voices().isEmpty());
    QVERIFY(!voices->voices().first().languages.isEmpty());
    auto probe = runToCompletion(provider.probe());
    QVERIFY(!probe->hasError());
    QVERIFY(probe->detail().contains(QLatin1String("voice")));
    QCOMPARE(m_server->requestCount(Endpoint::GoogleVoices), 2);
    QCOMPARE(m_server->violations(), QStringList());
}

void TestGoogleProviders::speechProbeIsABillableRecognize()
{
    CloudSpeechToText provider(googleSpeechToTextRecipe(), context());
    auto probe = runToCompletion(provider.probe());
    QVERIFY2(!probe->hasError(), qPrintable(probe->hasError() ? probe->error().summary() : QString()));
    QVERIFY(probe->detail().contains(QLatin1String("billable")));
    QCOMPARE(m_server->requestCount(Endpoint::GoogleRecognize), 1);
    QCOMPARE(m_server->violations(), QStringList());
}

QTEST_GUILESS_MAIN(TestGoogleProviders)
#include "tst_googleproviders.moc"
