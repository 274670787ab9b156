#include "core/providers/cloud/cloudspeechtotext.h"
#include "core/providers/cloud/cloudtexttospeech.h"
#include "core/providers/yandex/yandexdefinitions.h"
#include "tests/support/cloudprovidertest.h"
#include "tests/support/finishedjob.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace vd;
using namespace vd::test;

Q_DECLARE_METATYPE(vd::ErrorKind)

// yandex_stt and yandex_tts against the loopback mock server.
class TestYandexProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recognizesWithAnApiKey();
    void recognizesWithAnIamTokenAndFolder();
    void recognitionErrorsAreClassified_data();
    void recognitionErrorsAreClassified();
    void recordingOverThirtySecondsIsSplitAndJoined();
    void synthesizesStreamingLpcm();
    void synthesizesOggOpus();
    void synthesisErrorsAreClassified_data();
    void synthesisErrorsAreClassified();
    void textOverTheLimitNeverReachesTheServer();
    void voicesAreTheDocumentedOnes();
    void probesAreBillableRequests();

private:
    ProviderContext context(const QJsonObject& extra = {},
                            const QString& location = QStringLiteral("YANDEX_API_KEY")) const;

    std::unique_ptr<MockProviderServer> m_server;
    mutable QNetworkAccessManager m_network; // context() is const
};

void TestYandexProviders::init()
{
    m_server = std::make_unique<MockProviderServer>();
    QVERIFY(m_server->listen());
}

ProviderContext TestYandexProviders::context(const QJsonObject& extra, const QString& location) const
{
    return mockServerContext(*m_server, Vendor::Yandex, m_network,
                             Credential{QStringLiteral("test-key"), CredentialSource::Environment, location},
                             extra);
}

void TestYandexProviders::recognizesWithAnApiKey()
{
    m_server->setTranscript(QStringLiteral("привет мир"));
    CloudSpeechToText provider(yandexSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(2.0, 44100, 2);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(job->transcript().text, QStringLiteral("привет мир"));
    QCOMPARE(m_server->violations(), QStringList());
    const RecordedRequest recorded = m_server->requests(Endpoint::YandexRecognize).first();
    QCOMPARE(recorded.header("authorization"), QByteArray("Api-Key test-key"));
    QCOMPARE(recorded.query.queryItemValue(QStringLiteral("format")), QStringLiteral("lpcm"));
    QCOMPARE(recorded.query.queryItemValue(QStringLiteral("sampleRateHertz")), QStringLiteral("16000"));
    QCOMPARE(recorded.query.queryItemValue(QStringLiteral("lang")), QStringLiteral("ru-RU"));
    QVERIFY(!recorded.query.hasQueryItem(QStringLiteral("folderId")));
    QCOMPARE(recorded.body.size(), 2 * 16000 * 2);
}

void TestYandexProviders::recognizesWithAnIamTokenAndFolder()
{
    CloudSpeechToText provider(yandexSpeechToTextRecipe(),
                               context({{QStringLiteral("folder_id"), QStringLiteral("b1gfolder")}},
                                       QStringLiteral("YANDEX_IAM_TOKEN")));
    TranscriptionRequest request;
    request.audio = squareWave(1.0);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    const RecordedRequest recorded = m_server->requests(Endpoint::YandexRecognize).first();
    QCOMPARE(recorded.header("authorization"), QByteArray("Bearer test-key"));
    QCOMPARE(recorded.query.queryItemValue(QStringLiteral("folderId")), QStringLiteral("b1gfolder"));
    QCOMPARE(m_server->violations(), QStringList());
}

void TestYandexProviders::recognitionErrorsAreClassified_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("400") << Fault::httpError(400) << ErrorKind::BadRequest;
    QTest::newRow("401") << Fault::httpError(401) << ErrorKind::Auth;
    QTest::newRow("403") << Fault::httpError(403) << ErrorKind::Auth;
    QTest::newRow("429") << Fault::httpError(429) << ErrorKind::RateLimited;
    QTest::newRow("500") << Fault::httpError(500) << ErrorKind::Server;
    QTest::newRow("503") << Fault::httpError(503) << ErrorKind::Server;
    QTest::newRow("504") << Fault::httpError(504) << ErrorKind::Timeout;
    QTest::newRow("invalid json") << Fault::of(Fault::Kind::InvalidJson) << ErrorKind::InvalidResponse;
    QTest::newRow("wrong shape") << Fault::of(Fault::Kind::WrongShape) << ErrorKind::InvalidResponse;
    QTest::newRow("truncated") << Fault::of(Fault::Kind::TruncatedBody) << ErrorKind::Network;
    QTest::newRow("closed") << Fault::of(Fault::Kind::CloseBeforeAnswer) << ErrorKind::Network;
}

void TestYandexProviders::recognitionErrorsAreClassified()
{
    QFETCH(Fault, fault);
    QFETCH(ErrorKind, kind);
    m_server->setFault(Endpoint::YandexRecognize, fault);
    CloudSpeechToText provider(yandexSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(1.0);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY(job->hasError());
    QCOMPARE(errorKindName(job->error().kind), errorKindName(kind));
    QCOMPARE(m_server->violations(), QStringList());
}

void TestYandexProviders::recordingOverThirtySecondsIsSplitAndJoined()
{
    m_server->setTranscript(QStringLiteral("часть"));
    CloudSpeechToText provider(yandexSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(65.0);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(m_server->requestCount(Endpoint::YandexRecognize), 3);
    QCOMPARE(job->transcript().text, QStringLiteral("часть часть часть"));
    QCOMPARE(m_server->violations(), QStringList());
}

void TestYandexProviders::synthesizesStreamingLpcm()
{
    CloudTextToSpeech provider(yandexTextToSpeechRecipe(),
                               context({{QStringLiteral("sample_rate_hertz"), 16000}}));
    SynthesisRequest request;
    request.text = QStringLiteral("Привет из VoiceDeck");
    SynthesizeJob* raw = provider.synthesize(request);
    QByteArray streamed;
    int rate = 0;
    connect(raw, &SynthesizeJob::pcmChunk, this, [&](const QByteArray& pcm, int sampleRate) {
        streamed += pcm;
        rate = sampleRate;
    });
    auto job = runToCompletion(raw);
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(job->audio().format, QStringLiteral("pcm"));
    QCOMPARE(job->audio().sampleRate, 16000);
    QCOMPARE(rate, 16000);
    QCOMPARE(streamed, job->audio().data);
    QCOMPARE(m_server->violations(), QStringList());
    const RecordedRequest recorded = m_server->requests(Endpoint::YandexSynthesize).first();
    QCOMPARE(recorded.formField(QStringLiteral("text")), request.text);
    QCOMPARE(recorded.formField(QStringLiteral("voice")), QStringLiteral("alena"));
    QCOMPARE(recorded.formField(QStringLiteral("format")), QStringLiteral("lpcm"));
    QCOMPARE(recorded.formField(QStringLiteral("sampleRateHertz")), QStringLiteral("16000"));
}

void TestYandexProviders::synthesizesOggOpus()
{
    CloudTextToSpeech provider(yandexTextToSpeechRecipe(),
                               context({{QStringLiteral("format"), QStringLiteral("oggopus")}}));
    SynthesisRequest request;
    request.text = QStringLiteral("Привет");
    auto job = runToCompletion(provider.synthesize(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(job->audio().format, QStringLiteral("ogg"));
    QVERIFY(job->audio().data.startsWith("OggS"));
    QCOMPARE(m_server->violations(), QStringList());
}

void TestYandexProviders::synthesisErrorsAreClassified_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("401") << Fault::httpError(401) << ErrorKind::Auth;
    QTest::newRow("429") << Fault::httpError(429) << ErrorKind::RateLimited;
    QTest::newRow("500") << Fault::httpError(500) << ErrorKind::Server;
    QTest::newRow("empty audio") << Fault::of(Fault::Kind::EmptyResult) << ErrorKind::InvalidResponse;
    QTest::newRow("html page") << Fault::of(Fault::Kind::WrongContentType) << ErrorKind::InvalidResponse;
}

void TestYandexProviders::synthesisErrorsAreClassified()
{
    QFETCH(Fault, fault);
    QFETCH(ErrorKind, kind);
    m_server->setFault(Endpoint::YandexSynthesize, fault);
    CloudTextToSpeech provider(yandexTextToSpeechRecipe(), context());
    SynthesisRequest request;
    request.text = QStringLiteral("Привет");
    auto job = runToCompletion(provider.synthesize(request));
    QVERIFY(job->hasError());
    QCOMPARE(errorKindName(job->error().kind), errorKindName(kind));
}

void TestYandexProviders::textOverTheLimitNeverReachesTheServer()
{
    CloudTextToSpeech provider(yandexTextToSpeechRecipe(), context());
    SynthesisRequest request;
    request.text = QString(5001, QLatin1Char('a'));
    auto job = runToCompletion(provider.synthesize(request));
    QCOMPARE(job->error().kind, ErrorKind::TooLarge);
    QVERIFY(job->error().message.contains(QLatin1String("5000")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestYandexProviders::voicesAreTheDocumentedOnes()
{
    CloudTextToSpeech provider(yandexTextToSpeechRecipe(), context());
    auto job = runToCompletion(provider.voices());
    QVERIFY(!job->hasError());
    QCOMPARE(job->voices().size(), 13);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestYandexProviders::probesAreBillableRequests()
{
    CloudSpeechToText stt(yandexSpeechToTextRecipe(), context());
    auto probe = runToCompletion(stt.probe());
    QVERIFY2(!probe->hasError(), qPrintable(probe->hasError() ? probe->error().summary() : QString()));
    QVERIFY(probe->detail().contains(QLatin1String("billable")));
    CloudTextToSpeech tts(yandexTextToSpeechRecipe(), context());
    probe = runToCompletion(tts.probe());
    QVERIFY2(!probe->hasError(), qPrintable(probe->hasError() ? probe->error().summary() : QString()));
    QVERIFY(probe->detail().contains(QLatin1String("billable")));
    QCOMPARE(m_server->violations(), QStringList());
}

QTEST_GUILESS_MAIN(TestYandexProviders)
#include "tst_yandexproviders.moc"
