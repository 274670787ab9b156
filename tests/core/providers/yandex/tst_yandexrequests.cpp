#include "core/providers/yandex/yandexdefinitions.h"
#include "core/providers/yandex/yandexrequests.h"
#include "core/providers/yandex/yandexresponses.h"
#include "tests/support/cloudprovidertest.h"

#include <QTest>
#include <QUrlQuery>

using namespace vd;
using vd::test::squareWave;

namespace {

QJsonObject sttSettings(QJsonObject overrides = {})
{
    return yandexSpeechToTextInfo().settingsSchema.withDefaults(overrides);
}

QJsonObject ttsSettings(QJsonObject overrides = {})
{
    return yandexTextToSpeechInfo().settingsSchema.withDefaults(overrides);
}

Credential apiKey()
{
    return {QStringLiteral("AQVN-key"), CredentialSource::Environment, QStringLiteral("YANDEX_API_KEY")};
}

Credential iamToken()
{
    return {QStringLiteral("t1.token"), CredentialSource::Environment, QStringLiteral("YANDEX_IAM_TOKEN")};
}

Credential keychain()
{
    return {QStringLiteral("secret"), CredentialSource::Keychain, QStringLiteral("yandex")};
}

HttpResponse ok(const QByteArray& body, const QByteArray& contentType = "application/json")
{
    HttpResponse response;
    response.status = 200;
    response.body = body;
    response.headers = {{"Content-Type", contentType}};
    return response;
}

QList<QPair<QString, QString>> formFields(const QByteArray& body)
{
    QList<QPair<QString, QString>> fields;
    for (const QByteArray& pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)))});
    }
    return fields;
}

} // namespace

// The Yandex SpeechKit v1 requests (auth schemes, folderId, query, form) and answer parsing.
class TestYandexRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authSchemeFollowsWhereTheKeyCameFrom_data()
    {
        QTest::addColumn<Credential>("credential");
        QTest::addColumn<QString>("authMode");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("YANDEX_API_KEY") << apiKey() << "iam_token" << QByteArray("Api-Key AQVN-key");
        QTest::newRow("YANDEX_IAM_TOKEN") << iamToken() << "api_key" << QByteArray("Bearer t1.token");
        QTest::newRow("keychain, api_key") << keychain() << "api_key" << QByteArray("Api-Key secret");
        QTest::newRow("keychain, iam_token") << keychain() << "iam_token" << QByteArray("Bearer secret");
    }

    void authSchemeFollowsWhereTheKeyCameFrom()
    {
        QFETCH(Credential, credential);
        QFETCH(QString, authMode);
        QFETCH(QByteArray, authorization);
        const HttpHeaders headers =
            yandexAuthHeaders(sttSettings({{QStringLiteral("auth_mode"), authMode}}), credential);
        QCOMPARE(headers, (HttpHeaders{{"Authorization", authorization}}));
    }

    void folderIdOnlyWithIamTokens()
    {
        const QJsonObject settings =
            sttSettings({{QStringLiteral("folder_id"), QStringLiteral("b1gfolder")}});
        QCOMPARE(yandexFolderId(settings, apiKey()), QString());
        QCOMPARE(yandexFolderId(settings, iamToken()), QStringLiteral("b1gfolder"));
        qputenv("YANDEX_FOLDER_ID", "b1genv");
        QCOMPARE(yandexFolderId(sttSettings(), iamToken()), QStringLiteral("b1genv"));
        QCOMPARE(yandexFolderId(settings, iamToken()), QStringLiteral("b1gfolder"));
        qunsetenv("YANDEX_FOLDER_ID");
    }

    void recognizeSendsRawLpcmWithTheQuery()
    {
        const QByteArray pcm(3200, '\x01');
        const Result<HttpCall> call =
            yandexRecognizeCall(sttSettings({{QStringLiteral("folder_id"), QStringLiteral("b1g")}}),
                                iamToken(), pcm, QStringLiteral("en"));
        QVERIFY(call);
        QCOMPARE(call->method, QByteArray("POST"));
        QCOMPARE(call->url.adjusted(QUrl::RemoveQuery),
                 QUrl(QStringLiteral("https://stt.api.cloud.yandex.net/speech/v1/stt:recognize")));
        const QUrlQuery query(call->url);
        QCOMPARE(query.queryItems(), (QList<QPair<QString, QString>>{{"lang", "en-US"},
                                                                     {"topic", "general"},
                                                                     {"format", "lpcm"},
                                                                     {"sampleRateHertz", "16000"},
                                                                     {"folderId", "b1g"}}));
        QCOMPARE(call->body, pcm);
        QCOMPARE(call->header("Authorization"), QByteArray("Bearer t1.token"));
    }

    // The vendor form-decodes the query: a bare '+' would arrive as a space.
    void recognizeQueryEncodesPlus()
    {
        const Result<HttpCall> call = yandexRecognizeCall(
            sttSettings({}), iamToken(), QByteArray(3200, '\x01'), QStringLiteral("en-US+x"));
        QVERIFY(call);
        QVERIFY2(call->url.query(QUrl::FullyEncoded).startsWith(QStringLiteral("lang=en-US%2Bx&")),
                 qPrintable(call->url.query(QUrl::FullyEncoded)));
    }

    void recognizeLimitsAreOneMegabyteAndThirtySeconds()
    {
        const Result<HttpCall> tooLong =
            yandexRecognizeCall(sttSettings(), apiKey(), QByteArray(31 * 32000, '\0'), {});
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().kind, ErrorKind::TooLarge);
        QVERIFY(tooLong.error().message.contains(QLatin1String("30 s")));
        QVERIFY(yandexRecognizeCall(sttSettings(), apiKey(), QByteArray(29 * 32000, '\0'), {}));
    }

    void stereoRecordingOverThirtySecondsIsSplitIntoMonoParts()
    {
        TranscriptionRequest request;
        request.audio = squareWave(70.0, 48000, 2);
        const PreparedParts parts = yandexRecognizeParts(sttSettings(), apiKey(), request);
        QVERIFY(!parts.error.has_value());
        QCOMPARE(parts.parts.size(), 3);
        for (const PreparedPart& part : parts.parts) {
            QVERIFY(part.call.body.size() <= kYandexMaxRecognizeBytes);
            QVERIFY(part.call.body.size() <= qsizetype(kYandexMaxRecognizeSeconds * 16000 * 2));
        }
    }

    void synthesizeIsFormEncoded()
    {
        SynthesisRequest request;
        request.text = QStringLiteral("Привет, мир & co + 1=1");
        const Result<HttpCall> call = yandexSynthesizeCall(ttsSettings(), apiKey(), request);
        QVERIFY(call);
        QCOMPARE(call->url,
                 QUrl(QStringLiteral("https://tts.api.cloud.yandex.net/speech/v1/tts:synthesize")));
        QCOMPARE(call->header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(call->header("Authorization"), QByteArray("Api-Key AQVN-key"));
        QVERIFY(!call->body.contains('+'));
        QCOMPARE(formFields(call->body), (QList<QPair<QString, QString>>{{"text", request.text},
                                                                         {"lang", "ru-RU"},
                                                                         {"voice", "alena"},
                                                                         {"format", "lpcm"},
                                                                         {"sampleRateHertz", "48000"}}));
    }

    void synthesizeOptionalFields()
    {
        SynthesisRequest request;
        request.text = QStringLiteral("Hello");
        request.voice = QStringLiteral("john");
        request.language = QStringLiteral("en-US");
        request.speed = 1.5;
        request.format = QStringLiteral("ogg");
        const QJsonObject settings = ttsSettings({{QStringLiteral("emotion"), QStringLiteral("good")},
                                                  {QStringLiteral("folder_id"), QStringLiteral("b1g")}});
        const Result<HttpCall> call = yandexSynthesizeCall(settings, iamToken(), request);
        QVERIFY(call);
        QCOMPARE(formFields(call->body), (QList<QPair<QString, QString>>{{"text", "Hello"},
                                                                         {"lang", "en-US"},
                                                                         {"voice", "john"},
                                                                         {"emotion", "good"},
                                                                         {"speed", "1.5"},
                                                                         {"format", "oggopus"},
                                                                         {"folderId", "b1g"}}));
    }

    void synthesizeLimits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("speed");
        QTest::addColumn<int>("rate");
        QTest::addColumn<QString>("kind");
        QTest::newRow("empty") << QString() << 1.0 << 48000 << "bad_request";
        QTest::newRow("5000 characters") << QString(5000, QChar(0x0436)) << 1.0 << 48000 << QString();
        QTest::newRow("5001 characters") << QString(5001, QLatin1Char('a')) << 1.0 << 48000 << "too_large";
        QTest::newRow("speed") << QStringLiteral("a") << 3.5 << 48000 << "bad_request";
        QTest::newRow("speed nan") << QStringLiteral("a") << qQNaN() << 48000 << "bad_request";
        QTest::newRow("only NULs") << QString(3, QChar(0)) << 1.0 << 48000 << "bad_request";
        QTest::newRow("rate") << QStringLiteral("a") << 1.0 << 22050 << "bad_request";
    }

    void synthesizeLimits()
    {
        QFETCH(QString, text);
        QFETCH(double, speed);
        QFETCH(int, rate);
        QFETCH(QString, kind);
        SynthesisRequest request;
        request.text = text;
        request.speed = speed;
        const Result<HttpCall> call = yandexSynthesizeCall(
            ttsSettings({{QStringLiteral("sample_rate_hertz"), rate}}), apiKey(), request);
        if (kind.isEmpty()) {
            QVERIFY(call);
        } else {
            QVERIFY(!call);
            QCOMPARE(errorKindName(call.error().kind), kind);
        }
    }

    void parsesRecognition_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("result") << QByteArray(R"({"result":"привет мир"})") << QString()
                                << QStringLiteral("привет мир");
        QTest::newRow("nothing recognised") << QByteArray(R"({"result":""})") << QString() << QString();
        QTest::newRow("missing result") << QByteArray("{}") << "invalid_response" << QString();
        QTest::newRow("wrong type") << QByteArray(R"({"result":[]})") << "invalid_response" << QString();
        QTest::newRow("not json") << QByteArray("ok") << "invalid_response" << QString();
    }

    void parsesRecognition()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(QString, text);
        const Result<Transcript> transcript = parseYandexRecognize(ok(body), QStringLiteral("ru-RU"));
        if (kind.isEmpty()) {
            QVERIFY(transcript);
            QCOMPARE(transcript->text, text);
            QCOMPARE(transcript->language, QStringLiteral("ru-RU"));
        } else {
            QVERIFY(!transcript);
            QCOMPARE(errorKindName(transcript.error().kind), kind);
        }
    }

    void parsesSynthesizedAudio()
    {
        Result<EncodedAudio> audio =
            parseYandexSynthesize(ok("\x01\x02\x03", "audio/x-pcm"), QStringLiteral("lpcm"), 16000);
        QVERIFY(audio);
        QCOMPARE(audio->format, QStringLiteral("pcm"));
        QCOMPARE(audio->sampleRate, 16000);
        QCOMPARE(audio->data.size(), 2);
        QCOMPARE(parseYandexSynthesize(ok("OggS...", "audio/ogg"), QStringLiteral("oggopus"), 0)->format,
                 QStringLiteral("ogg"));
        QCOMPARE(parseYandexSynthesize(ok("", "audio/ogg"), QStringLiteral("oggopus"), 0).error().kind,
                 ErrorKind::InvalidResponse);
        QCOMPARE(parseYandexSynthesize(ok("garbage", "audio/ogg"), QStringLiteral("oggopus"), 0).error().kind,
                 ErrorKind::InvalidResponse);
        QCOMPARE(
            parseYandexSynthesize(ok(R"({"error_code":"X"})", "application/json"), QStringLiteral("mp3"), 0)
                .error()
                .kind,
            ErrorKind::InvalidResponse);
    }

    void definitionsFollowTheContract()
    {
        const ProviderInfo stt = yandexSpeechToTextInfo();
        const ProviderInfo tts = yandexTextToSpeechInfo();
        QCOMPARE(stt.priority, 30);
        QCOMPARE(tts.credentialKeys, (QStringList{"yandex_tts", "yandex"}));
        QCOMPARE(stt.credentialEnvironment, (QStringList{"YANDEX_API_KEY", "YANDEX_IAM_TOKEN"}));
        QCOMPARE(stt.settingsSchema.field(QStringLiteral("auth_mode"))->allowedValues,
                 (QStringList{"api_key", "iam_token"}));
        QVERIFY(stt.settingsSchema.field(QStringLiteral("folder_id")));
        QCOMPARE(tts.settingsSchema.field(QStringLiteral("base_url"))->defaultValue.toString(),
                 QStringLiteral("https://tts.api.cloud.yandex.net"));
        QCOMPARE(yandexVoices().size(), 13);
        QVERIFY(tts.description.contains(QLatin1String("billable")));
    }
};

QTEST_GUILESS_MAIN(TestYandexRequests)
#include "tst_yandexrequests.moc"
