#include "core/providers/cloud/cloudspeechtotext.h"
#include "core/providers/cloud/cloudtexttospeech.h"
#include "core/providers/openai/openaidefinitions.h"
#include "tests/support/cloudprovidertest.h"
#include "tests/support/finishedjob.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace vd::test;

Q_DECLARE_METATYPE(vd::ErrorKind)

// openai_stt and openai_tts against the loopback mock server: exact requests, every error
// class, limits, splitting, probe and voices.
class TestOpenAiProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void transcribesWithTheDocumentedRequest();
    void transcriptionErrorsAreClassified_data();
    void transcriptionErrorsAreClassified();
    void emptyTranscriptIsNothingRecognised();
    void wrongKeyIsAnAuthError();
    void longRecordingIsSplitAndJoinedInOrder();
    void synthesizesWavWithTheDocumentedRequest();
    void pcmStreamsChunksAsTheyArrive();
    void synthesisErrorsAreClassified_data();
    void synthesisErrorsAreClassified();
    void textOverTheLimitNeverReachesTheServer();
    void probeListsModels();
    void voicesAreTheDocumentedOnes();
    void withoutCredentialNothingIsSent();
    void cancelStopsAHangingRequest();

private:
    ProviderContext context(const QJsonObject& extra = {}) const;

    std::unique_ptr<MockProviderServer> m_server;
    mutable QNetworkAccessManager m_network; // context() is const
};

void TestOpenAiProviders::init()
{
    m_server = std::make_unique<MockProviderServer>();
    QVERIFY(m_server->listen());
}

ProviderContext TestOpenAiProviders::context(const QJsonObject& extra) const
{
    return mockServerContext(*m_server, Vendor::OpenAi, m_network,
                             Credential{QStringLiteral("test-key"), CredentialSource::Environment,
                                        QStringLiteral("OPENAI_API_KEY")},
                             extra);
}

void TestOpenAiProviders::transcribesWithTheDocumentedRequest()
{
    m_server->setTranscript(QStringLiteral("turn on the lights"));
    CloudSpeechToText provider(openAiSpeechToTextRecipe(),
                               context({{QStringLiteral("language"), QStringLiteral("en")}}));
    TranscriptionRequest request;
    request.audio = squareWave(2.0, 44100, 2);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(job->transcript().text, QStringLiteral("turn on the lights"));
    QCOMPARE(m_server->violations(), QStringList());
    const QList<RecordedRequest> requests = m_server->requests(Endpoint::OpenAiTranscriptions);
    QCOMPARE(requests.size(), 1);
    const RecordedRequest& recorded = requests.first();
    QCOMPARE(recorded.header("authorization"), QByteArray("Bearer test-key"));
    QVERIFY(recorded.part(QStringLiteral("file")));
    QCOMPARE(recorded.part(QStringLiteral("model"))->data, QByteArray("whisper-1"));
    QCOMPARE(recorded.part(QStringLiteral("language"))->data, QByteArray("en"));
    QCOMPARE(recorded.part(QStringLiteral("response_format"))->data, QByteArray("json"));
}

void TestOpenAiProviders::transcriptionErrorsAreClassified_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none
    QTest::newRow("401") << Fault::httpError(401, QStringLiteral("invalid_api_key")) << ErrorKind::Auth << 401
                         << qint64(-1);
    QTest::newRow("403 region") << Fault::httpError(403,
                                                    QStringLiteral("unsupported_country_region_territory"))
                                << ErrorKind::Auth << 403 << qint64(-1);
    QTest::newRow("404 model") << Fault::httpError(404, QStringLiteral("model_not_found"))
                               << ErrorKind::BadRequest << 404 << qint64(-1);
    QTest::newRow("413") << Fault::httpError(413) << ErrorKind::TooLarge << 413 << qint64(-1);
    QTest::newRow("429 Retry-After")
        << Fault::httpError(429, QStringLiteral("rate_limit_exceeded")).withRetryAfter("3")
        << ErrorKind::RateLimited << 429 << qint64(3000);
    QTest::newRow("429 retry-after-ms")
        << Fault::httpError(429, QStringLiteral("rate_limit_exceeded")).withRetryAfterMs(1500)
        << ErrorKind::RateLimited << 429 << qint64(1500);
    QTest::newRow("429 without Retry-After") << Fault::httpError(429, QStringLiteral("rate_limit_exceeded"))
                                             << ErrorKind::RateLimited << 429 << qint64(-1);
    QTest::newRow("insufficient_quota") << Fault::httpError(429, QStringLiteral("insufficient_quota"))
                                        << ErrorKind::Quota << 429 << qint64(-1);
    QTest::newRow("500") << Fault::httpError(500) << ErrorKind::Server << 500 << qint64(-1);
    QTest::newRow("503") << Fault::httpError(503) << ErrorKind::Server << 503 << qint64(-1);
    QTest::newRow("invalid json") << Fault::of(Fault::Kind::InvalidJson) << ErrorKind::InvalidResponse << 200
                                  << qint64(-1);
    QTest::newRow("wrong shape") << Fault::of(Fault::Kind::WrongShape) << ErrorKind::InvalidResponse << 200
                                 << qint64(-1);
    QTest::newRow("html page") << Fault::of(Fault::Kind::WrongContentType) << ErrorKind::InvalidResponse
                               << 200 << qint64(-1);
    QTest::newRow("truncated body") << Fault::of(Fault::Kind::TruncatedBody) << ErrorKind::Network << 200
                                    << qint64(-1);
    QTest::newRow("oversized body") << Fault::oversized(8 * 1024 * 1024) << ErrorKind::InvalidResponse << 200
                                    << qint64(-1);
}

void TestOpenAiProviders::transcriptionErrorsAreClassified()
{
    QFETCH(Fault, fault);
    QFETCH(ErrorKind, kind);
    QFETCH(int, status);
    QFETCH(qint64, retryAfterMs);
    m_server->setFault(Endpoint::OpenAiTranscriptions, fault);
    CloudSpeechToText provider(openAiSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(1.0);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY(job->hasError());
    QCOMPARE(errorKindName(job->error().kind), errorKindName(kind));
    QCOMPARE(job->error().httpStatus, status);
    if (retryAfterMs < 0)
        QVERIFY(!job->error().retryAfter.has_value());
    else
        QCOMPARE(job->error().retryAfter, std::optional(std::chrono::milliseconds(retryAfterMs)));
    QVERIFY(!job->error().message.contains(QLatin1String("test-key")));
    QCOMPARE(m_server->violations(), QStringList());
}

void TestOpenAiProviders::emptyTranscriptIsNothingRecognised()
{
    m_server->setFault(Endpoint::OpenAiTranscriptions, Fault::of(Fault::Kind::EmptyResult));
    CloudSpeechToText provider(openAiSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(1.0);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY(!job->hasError());
    QCOMPARE(job->transcript().text, QString());
}

void TestOpenAiProviders::wrongKeyIsAnAuthError()
{
    m_server->setApiKeys({QStringLiteral("another-key")});
    CloudSpeechToText provider(openAiSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(0.5);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind, ErrorKind::Auth);
    QCOMPARE(job->error().vendorCode, QStringLiteral("invalid_api_key"));
    QVERIFY(job->error().message.contains(QLatin1String("OPENAI_API_KEY")));
}

void TestOpenAiProviders::longRecordingIsSplitAndJoinedInOrder()
{
    m_server->setTranscript(QStringLiteral("part"));
    CloudSpeechToText provider(openAiSpeechToTextRecipe(), context());
    TranscriptionRequest request;
    request.audio = squareWave(kOpenAiMaxPartSeconds + 20.0);
    auto job = runToCompletion(provider.transcribe(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(m_server->requestCount(Endpoint::OpenAiTranscriptions), 2);
    QCOMPARE(job->transcript().text, QStringLiteral("part part"));
    QCOMPARE(m_server->violations(), QStringList());
}

void TestOpenAiProviders::synthesizesWavWithTheDocumentedRequest()
{
    CloudTextToSpeech provider(openAiTextToSpeechRecipe(), context());
    SynthesisRequest request;
    request.text = QStringLiteral("Hello from VoiceDeck");
    auto job = runToCompletion(provider.synthesize(request));
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QCOMPARE(job->audio().format, QStringLiteral("wav"));
    QVERIFY(job->audio().sampleRate > 0);
    QVERIFY(job->audio().data.startsWith("RIFF"));
    QCOMPARE(m_server->violations(), QStringList());
    const RecordedRequest recorded = m_server->requests(Endpoint::OpenAiSpeech).first();
    QCOMPARE(recorded.json.keys(), (QStringList{"input", "model", "response_format", "voice"}));
}

void TestOpenAiProviders::pcmStreamsChunksAsTheyArrive()
{
    CloudTextToSpeech provider(openAiTextToSpeechRecipe(),
                               context({{QStringLiteral("format"), QStringLiteral("pcm")}}));
    SynthesisRequest request;
    request.text = QStringLiteral("Streaming speech arrives in pieces");
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
    QCOMPARE(job->audio().sampleRate, 24000);
    QCOMPARE(rate, 24000);
    QCOMPARE(streamed, job->audio().data);
    QCOMPARE(m_server->violations(), QStringList());
}

void TestOpenAiProviders::synthesisErrorsAreClassified_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("401") << Fault::httpError(401) << ErrorKind::Auth;
    QTest::newRow("429 quota") << Fault::httpError(429, QStringLiteral("insufficient_quota"))
                               << ErrorKind::Quota;
    QTest::newRow("503") << Fault::httpError(503) << ErrorKind::Server;
    QTest::newRow("empty audio") << Fault::of(Fault::Kind::EmptyResult) << ErrorKind::InvalidResponse;
    QTest::newRow("truncated") << Fault::of(Fault::Kind::TruncatedBody) << ErrorKind::Network;
    QTest::newRow("reset") << Fault::of(Fault::Kind::ResetMidBody) << ErrorKind::Network;
}

void TestOpenAiProviders::synthesisErrorsAreClassified()
{
    QFETCH(Fault, fault);
    QFETCH(ErrorKind, kind);
    m_server->setFault(Endpoint::OpenAiSpeech, fault);
    CloudTextToSpeech provider(openAiTextToSpeechRecipe(), context());
    SynthesisRequest request;
    request.text = QStringLiteral("Hello");
    auto job = runToCompletion(provider.synthesize(request));
    QVERIFY(job->hasError());
    QCOMPARE(errorKindName(job->error().kind), errorKindName(kind));
}

void TestOpenAiProviders::textOverTheLimitNeverReachesTheServer()
{
    CloudTextToSpeech provider(openAiTextToSpeechRecipe(), context());
    QCOMPARE(provider.textLimit().maximum, 4096);
    SynthesisRequest request;
    request.text = QString(4097, QLatin1Char('a'));
    auto job = runToCompletion(provider.synthesize(request));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind, ErrorKind::TooLarge);
    QVERIFY(job->error().message.contains(QLatin1String("4096")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestOpenAiProviders::probeListsModels()
{
    CloudSpeechToText stt(openAiSpeechToTextRecipe(), context());
    auto job = runToCompletion(stt.probe());
    QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
    QVERIFY(!job->detail().isEmpty());
    CloudTextToSpeech tts(openAiTextToSpeechRecipe(), context());
    job = runToCompletion(tts.probe());
    QVERIFY(!job->hasError());
    QCOMPARE(m_server->requestCount(Endpoint::OpenAiModels), 2);
    m_server->setApiKeys({QStringLiteral("other")});
    job = runToCompletion(stt.probe());
    QCOMPARE(job->error().kind, ErrorKind::Auth);
    QCOMPARE(m_server->violations(), QStringList());
}

void TestOpenAiProviders::voicesAreTheDocumentedOnes()
{
    CloudTextToSpeech provider(openAiTextToSpeechRecipe(), context());
    auto job = runToCompletion(provider.voices());
    QVERIFY(!job->hasError());
    QCOMPARE(job->voices().size(), 13);
    QCOMPARE(job->voices().first().id, QStringLiteral("alloy"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestOpenAiProviders::withoutCredentialNothingIsSent()
{
    ProviderContext noKey = context();
    noKey.credential = {};
    CloudSpeechToText provider(openAiSpeechToTextRecipe(), noKey);
    TranscriptionRequest request;
    request.audio = squareWave(0.5);
    auto job = runToCompletion(provider.transcribe(request));
    QCOMPARE(job->error().kind, ErrorKind::NotConfigured);
    QVERIFY(job->error().message.contains(QLatin1String("OPENAI_API_KEY")));
    ProviderContext plainHttp = context();
    plainHttp.settings.insert(QStringLiteral("base_url"), QStringLiteral("http://api.example.com/v1"));
    CloudSpeechToText remote(openAiSpeechToTextRecipe(), plainHttp);
    job = runToCompletion(remote.transcribe(request));
    QCOMPARE(job->error().kind, ErrorKind::NotConfigured);
    QVERIFY(job->error().message.contains(QLatin1String("base_url")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestOpenAiProviders::cancelStopsAHangingRequest()
{
    m_server->setFault(Endpoint::OpenAiSpeech, Fault::of(Fault::Kind::Hang));
    CloudTextToSpeech provider(openAiTextToSpeechRecipe(), context());
    SynthesisRequest request;
    request.text = QStringLiteral("Hello");
    SynthesizeJob* job = provider.synthesize(request);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    QTRY_COMPARE(m_server->requestCount(Endpoint::OpenAiSpeech), 1);
    job->cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(job->error().kind, ErrorKind::Cancelled);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    delete job;
}

QTEST_GUILESS_MAIN(TestOpenAiProviders)
#include "tst_openaiproviders.moc"
