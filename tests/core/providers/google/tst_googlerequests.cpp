#include "core/providers/google/googledefinitions.h"
#include "core/providers/google/googlerequests.h"
#include "core/providers/google/googleresponses.h"
#include "tests/support/cloudprovidertest.h"
#include "tests/support/wavbytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vd;
using vd::test::squareWave;

namespace {

QJsonObject sttSettings(QJsonObject overrides = {})
{
    return googleSpeechToTextInfo().settingsSchema.withDefaults(overrides);
}

QJsonObject ttsSettings(QJsonObject overrides = {})
{
    return googleTextToSpeechInfo().settingsSchema.withDefaults(overrides);
}

Credential key()
{
    return {QStringLiteral("AIza-test"), CredentialSource::Environment, QStringLiteral("GOOGLE_API_KEY")};
}

HttpResponse ok(const QByteArray& body)
{
    HttpResponse response;
    response.status = 200;
    response.body = body;
    response.headers = {{"Content-Type", "application/json; charset=UTF-8"}};
    return response;
}

QJsonObject json(const HttpCall& call)
{
    return QJsonDocument::fromJson(call.body).object();
}

} // namespace

// The Google Cloud Speech-to-Text and Text-to-Speech requests and the parsing of their answers.
class TestGoogleRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognizeIsJsonWithConfigAndBase64Audio()
    {
        const QByteArray pcm("\x01\x00\x02\x00", 4);
        const Result<HttpCall> call = googleRecognizeCall(sttSettings(), key(), pcm, QStringLiteral("en"));
        QVERIFY(call);
        QCOMPARE(call->method, QByteArray("POST"));
        QCOMPARE(call->url, QUrl(QStringLiteral("https://speech.googleapis.com/v1/speech:recognize")));
        QCOMPARE(call->header("x-goog-api-key"), QByteArray("AIza-test"));
        QVERIFY(!call->url.hasQuery());
        const QJsonObject body = json(*call);
        QCOMPARE(body.keys(), (QStringList{"audio", "config"}));
        const QJsonObject config = body.value(QLatin1String("config")).toObject();
        QCOMPARE(config.value(QLatin1String("encoding")).toString(), QStringLiteral("LINEAR16"));
        QCOMPARE(config.value(QLatin1String("sampleRateHertz")).toInt(), 16000);
        QCOMPARE(config.value(QLatin1String("languageCode")).toString(), QStringLiteral("en-US"));
        QCOMPARE(config.value(QLatin1String("enableAutomaticPunctuation")).toBool(), true);
        QVERIFY(!config.contains(QLatin1String("model")));
        const QJsonObject audio = body.value(QLatin1String("audio")).toObject();
        QCOMPARE(audio.keys(), QStringList{"content"});
        QCOMPARE(QByteArray::fromBase64(audio.value(QLatin1String("content")).toString().toLatin1()), pcm);
    }

    void recognizeOverTenMegabytesIsTooLarge()
    {
        const Result<HttpCall> call =
            googleRecognizeCall(sttSettings(), key(), QByteArray(8 * 1024 * 1024, 'a'), {});
        QVERIFY(!call);
        QCOMPARE(call.error().kind, ErrorKind::TooLarge);
        QVERIFY(call.error().message.contains(QLatin1String("10485760")));
    }

    void recordingOverAMinuteIsSplitAndConvertedToMono16k()
    {
        TranscriptionRequest request;
        request.audio = squareWave(kGoogleMaxPartSeconds * 2 + 5.0, 22050, 2);
        const PreparedParts parts = googleRecognizeParts(sttSettings(), key(), request);
        QVERIFY(!parts.error.has_value());
        QCOMPARE(parts.parts.size(), 3);
        double previous = -1.0;
        for (const PreparedPart& part : parts.parts) {
            QVERIFY(part.startSeconds > previous);
            previous = part.startSeconds;
            const QByteArray pcm = QByteArray::fromBase64(json(part.call)
                                                              .value(QLatin1String("audio"))
                                                              .toObject()
                                                              .value(QLatin1String("content"))
                                                              .toString()
                                                              .toLatin1());
            QVERIFY(pcm.size() <= qsizetype(kGoogleMaxPartSeconds * 16000 * 2));
        }
    }

    void synthesizeIsJsonWithInputVoiceAndAudioConfig()
    {
        SynthesisRequest request;
        request.text = QStringLiteral("Hello");
        const Result<HttpCall> call = googleSynthesizeCall(ttsSettings(), key(), request);
        QVERIFY(call);
        QCOMPARE(call->url, QUrl(QStringLiteral("https://texttospeech.googleapis.com/v1/text:synthesize")));
        const QJsonObject body = json(*call);
        QCOMPARE(body.keys(), (QStringList{"audioConfig", "input", "voice"}));
        QCOMPARE(body.value(QLatin1String("input")).toObject(),
                 (QJsonObject{{QStringLiteral("text"), QStringLiteral("Hello")}}));
        QCOMPARE(body.value(QLatin1String("voice")).toObject(),
                 (QJsonObject{{QStringLiteral("languageCode"), QStringLiteral("en-US")}}));
        QCOMPARE(body.value(QLatin1String("audioConfig")).toObject(),
                 (QJsonObject{{QStringLiteral("audioEncoding"), QStringLiteral("LINEAR16")}}));
    }

    void synthesizeTakesVoiceLanguageFromTheVoiceName()
    {
        SynthesisRequest request;
        request.text = QStringLiteral("Hallo");
        request.voice = QStringLiteral("de-DE-Neural2-A");
        request.speed = 1.25;
        request.format = QStringLiteral("mp3");
        const QJsonObject body =
            json(*googleSynthesizeCall(ttsSettings({{QStringLiteral("pitch"), 2.0}}), key(), request));
        QCOMPARE(body.value(QLatin1String("voice")).toObject(),
                 (QJsonObject{{QStringLiteral("languageCode"), QStringLiteral("de-DE")},
                              {QStringLiteral("name"), QStringLiteral("de-DE-Neural2-A")}}));
        QCOMPARE(body.value(QLatin1String("audioConfig")).toObject(),
                 (QJsonObject{{QStringLiteral("audioEncoding"), QStringLiteral("MP3")},
                              {QStringLiteral("speakingRate"), 1.25},
                              {QStringLiteral("pitch"), 2.0}}));
    }

    void synthesizeLimitIsFiveThousandUtf8Bytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("empty") << QString() << "bad_request";
        QTest::newRow("only zero-width") << QStringLiteral("\u200B\u200C\u200D\u2060") << "bad_request";
        QTest::newRow("5000 ascii") << QString(5000, QLatin1Char('a')) << QString();
        QTest::newRow("5001 ascii") << QString(5001, QLatin1Char('a')) << "too_large";
        // 2 bytes per Cyrillic letter: 2501 letters are 5002 bytes although only 2501 characters.
        QTest::newRow("2501 cyrillic") << QString(2501, QChar(0x0436)) << "too_large";
        QTest::newRow("2500 cyrillic") << QString(2500, QChar(0x0436)) << QString();
    }

    void synthesizeLimitIsFiveThousandUtf8Bytes()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        SynthesisRequest request;
        request.text = text;
        const Result<HttpCall> call = googleSynthesizeCall(ttsSettings(), key(), request);
        if (kind.isEmpty()) {
            QVERIFY(call);
        } else {
            QVERIFY(!call);
            QCOMPARE(errorKindName(call.error().kind), kind);
            if (kind == QLatin1String("too_large"))
                QVERIFY(call.error().message.contains(QLatin1String("5000 bytes")));
        }
    }

    void voicesIsAnAuthenticatedGet()
    {
        const HttpCall call = googleVoicesCall(ttsSettings(), key());
        QCOMPARE(call.method, QByteArray("GET"));
        QCOMPARE(call.url, QUrl(QStringLiteral("https://texttospeech.googleapis.com/v1/voices")));
        QCOMPARE(call.header("x-goog-api-key"), QByteArray("AIza-test"));
    }

    void parsesRecognitionResults_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("two results")
            << QByteArray(
                   R"({"results":[{"alternatives":[{"transcript":"turn on","confidence":0.9}],"resultEndTime":"1.2s","languageCode":"en-us"},{"alternatives":[{"transcript":" the lights","confidence":0.7},{"transcript":"the likes"}],"resultEndTime":"2.5s"}],"totalBilledTime":"3s"})")
            << QString() << "turn on the lights";
        QTest::newRow("nothing recognised")
            << QByteArray(R"({"totalBilledTime":"1s","requestId":"1"})") << QString() << "";
        QTest::newRow("empty object") << QByteArray("{}") << QString() << "";
        QTest::newRow("results not an array") << QByteArray(R"({"results":{}})") << "invalid_response"
                                              << "";
        QTest::newRow("transcript not a string")
            << QByteArray(R"({"results":[{"alternatives":[{"transcript":1}]}]})") << "invalid_response"
            << "";
        QTest::newRow("not json") << QByteArray("<html>") << "invalid_response"
                                  << "";
    }

    void parsesRecognitionResults()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(QString, text);
        const Result<Transcript> transcript = parseGoogleRecognize(ok(body), QString());
        if (kind.isEmpty()) {
            QVERIFY(transcript);
            QCOMPARE(transcript->text, text);
        } else {
            QVERIFY(!transcript);
            QCOMPARE(errorKindName(transcript.error().kind), kind);
        }
    }

    void recognitionKeepsSegmentsLanguageAndConfidence()
    {
        const Result<Transcript> transcript = parseGoogleRecognize(
            ok(R"({"results":[{"alternatives":[{"transcript":"a","confidence":0.9}],"resultEndTime":"1.5s","languageCode":"en-us"},{"alternatives":[{"transcript":"b","confidence":0.7}],"resultEndTime":"3s"}]})"),
            QString());
        QVERIFY(transcript);
        QCOMPARE(transcript->language, QStringLiteral("en-us"));
        QVERIFY(qFuzzyCompare(*transcript->confidence, 0.8));
        QCOMPARE(transcript->segments.size(), 2);
        QCOMPARE(transcript->segments.at(1), (TranscriptSegment{1.5, 3.0, QStringLiteral("b")}));
    }

    void parsesSynthesizedAudio()
    {
        const QByteArray wav = test::wavHeader(24000, 1, 100) + QByteArray(100, '\0');
        const Result<EncodedAudio> audio = parseGoogleSynthesize(
            ok(R"({"audioContent":")" + wav.toBase64() + R"("})"), QStringLiteral("LINEAR16"));
        QVERIFY(audio);
        QCOMPARE(audio->format, QStringLiteral("wav"));
        QCOMPARE(audio->sampleRate, 24000);
        QCOMPARE(audio->data, wav);
        const QByteArray mp3 = "ID3abc";
        QCOMPARE(parseGoogleSynthesize(ok(R"({"audioContent":")" + mp3.toBase64() + R"("})"),
                                       QStringLiteral("MP3"))
                     ->format,
                 QStringLiteral("mp3"));
    }

    void rejectsUnusableSynthesisAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no audioContent") << QByteArray("{}");
        QTest::newRow("empty audioContent") << QByteArray(R"({"audioContent":""})");
        QTest::newRow("not base64") << QByteArray(R"({"audioContent":"%%%"})");
        QTest::newRow("wrong type") << QByteArray(R"({"audioContent":5})");
        QTest::newRow("LINEAR16 without header") << QByteArray(R"({"audioContent":"AAAAAAAAAAAA"})");
    }

    void rejectsUnusableSynthesisAnswers()
    {
        QFETCH(QByteArray, body);
        const Result<EncodedAudio> audio = parseGoogleSynthesize(ok(body), QStringLiteral("LINEAR16"));
        QVERIFY(!audio);
        QCOMPARE(audio.error().kind, ErrorKind::InvalidResponse);
    }

    void parsesVoices()
    {
        Result<QList<Voice>> voices = parseGoogleVoices(ok(
            R"({"voices":[{"languageCodes":["en-US"],"name":"en-US-Neural2-C","ssmlGender":"FEMALE","naturalSampleRateHertz":24000},{"languageCodes":["de-DE"],"name":"de-DE-Standard-B","ssmlGender":"MALE"}]})"));
        QVERIFY(voices);
        QCOMPARE(voices->size(), 2);
        QCOMPARE(voices->at(0), (Voice{QStringLiteral("en-US-Neural2-C"),
                                       QStringLiteral("en-US-Neural2-C"),
                                       {QStringLiteral("en-US")},
                                       QStringLiteral("female")}));
        QCOMPARE(voices->at(1).gender, QStringLiteral("male"));
        QVERIFY(parseGoogleVoices(ok("{}"))->isEmpty());
        QCOMPARE(parseGoogleVoices(ok(R"({"voices":{}})")).error().kind, ErrorKind::InvalidResponse);
        QCOMPARE(parseGoogleVoices(ok(R"({"voices":[{"languageCodes":["en-US"]}]})")).error().kind,
                 ErrorKind::InvalidResponse);
    }

    void definitionsFollowTheContract()
    {
        const ProviderInfo stt = googleSpeechToTextInfo();
        const ProviderInfo tts = googleTextToSpeechInfo();
        QCOMPARE(stt.priority, 20);
        QCOMPARE(tts.priority, 20);
        QCOMPARE(stt.credentialEnvironment, QStringList{"GOOGLE_API_KEY"});
        QCOMPARE(tts.credentialKeys, (QStringList{"google_tts", "google"}));
        QCOMPARE(stt.settingsSchema.field(QStringLiteral("base_url"))->defaultValue.toString(),
                 QStringLiteral("https://speech.googleapis.com"));
        QCOMPARE(tts.settingsSchema.field(QStringLiteral("base_url"))->defaultValue.toString(),
                 QStringLiteral("https://texttospeech.googleapis.com"));
        QVERIFY(stt.description.contains(QLatin1String("billable")));
    }
};

QTEST_GUILESS_MAIN(TestGoogleRequests)
#include "tst_googlerequests.moc"
