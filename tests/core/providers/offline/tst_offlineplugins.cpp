#include "core/audio/audiodecoder.h"
#include "core/model/provider.h"
#include "tests/core/providers/offline/offlineplugins.h"

#include <QJsonArray>
#include <QTest>

using namespace vd;
using namespace vd::test;

// The three offline plugins: their metadata, probes, voice lists and limits.
class TestOfflinePlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataDescribesEachProvider_data();
    void metadataDescribesEachProvider();
    void rootObjectImplementsTheProviderInterface_data();
    void rootObjectImplementsTheProviderInterface();
    void probesSucceedWithTheInstalledEngines_data();
    void probesSucceedWithTheInstalledEngines();
    void pocketSphinxProbeNamesThePackageWhenTheModelIsMissing();
    void fliteListsItsFourVoices();
    void espeakListsManyVoicesIncludingRussian();
    void everyListedVoiceSpeaks_data();
    void everyListedVoiceSpeaks();
    void textLimitsAreTenThousandCharacters();
};

void TestOfflinePlugins::metadataDescribesEachProvider_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("priority");
    QTest::addColumn<QStringList>("settings");

    QTest::newRow("pocketsphinx") << "pocketsphinx_stt"
                                  << "stt" << 90 << QStringList{"model_dir", "language", "quality_probe"};
    QTest::newRow("flite") << "flite_tts"
                           << "tts" << 90 << QStringList{"voice", "quality_probe"};
    QTest::newRow("espeak") << "espeak_tts"
                            << "tts" << 95 << QStringList{"voice", "rate_wpm", "quality_probe"};
}

void TestOfflinePlugins::metadataDescribesEachProvider()
{
    QFETCH(QString, name);
    QFETCH(QString, category);
    QFETCH(int, priority);
    QFETCH(QStringList, settings);

    const QJsonObject meta = pluginMetadata(name);
    QVERIFY2(!meta.isEmpty(), qPrintable(name + QLatin1String(" not found in $VOICEDECK_PLUGIN_PATH")));
    QCOMPARE(meta.value(QLatin1String("api_version")).toInt(), kProviderPluginApiVersion);
    QCOMPARE(meta.value(QLatin1String("category")).toString(), category);
    QCOMPARE(meta.value(QLatin1String("type")).toString(), QStringLiteral("builtin"));
    QCOMPARE(meta.value(QLatin1String("priority")).toInt(), priority);
    QCOMPARE(meta.value(QLatin1String("offline")).toBool(), true);
    QVERIFY(!meta.value(QLatin1String("description")).toString().isEmpty());
    QVERIFY(!meta.value(QLatin1String("version")).toString().isEmpty());
    QVERIFY(!meta.value(QLatin1String("dependencies")).toArray().isEmpty());
    const QJsonObject credential = meta.value(QLatin1String("credential")).toObject();
    QVERIFY(credential.value(QLatin1String("keys")).toArray().isEmpty());
    QVERIFY(credential.value(QLatin1String("env")).toArray().isEmpty());
    QStringList names;
    for (const QJsonValue& field : meta.value(QLatin1String("settings")).toArray()) {
        names.append(field[QLatin1String("name")].toString());
        QVERIFY(!field[QLatin1String("type")].toString().isEmpty());
        QVERIFY(!field[QLatin1String("default")].isUndefined());
        QVERIFY(!field[QLatin1String("description")].toString().isEmpty());
    }
    QCOMPARE(names, settings);
}

void TestOfflinePlugins::rootObjectImplementsTheProviderInterface_data()
{
    metadataDescribesEachProvider_data();
}

void TestOfflinePlugins::rootObjectImplementsTheProviderInterface()
{
    QFETCH(QString, name);
    std::unique_ptr<Provider> provider = createProvider<Provider>(name);
    QVERIFY(provider);
    QCOMPARE(provider->name(), name);
}

void TestOfflinePlugins::probesSucceedWithTheInstalledEngines_data()
{
    metadataDescribesEachProvider_data();
}

void TestOfflinePlugins::probesSucceedWithTheInstalledEngines()
{
    QFETCH(QString, name);
    std::unique_ptr<Provider> provider = createProvider<Provider>(name);
    QVERIFY(provider);
    const auto probe = runJob(provider->probe());
    QVERIFY(probe->isFinished());
    QVERIFY2(!probe->hasError(), qPrintable(errorText(*probe)));
    QVERIFY(!probe->detail().isEmpty());
}

void TestOfflinePlugins::pocketSphinxProbeNamesThePackageWhenTheModelIsMissing()
{
    auto provider = createProvider<SpeechToTextProvider>(
        QStringLiteral("pocketsphinx_stt"),
        QJsonObject{{QStringLiteral("model_dir"), QStringLiteral("/nonexistent/model")}});
    QVERIFY(provider);
    const auto probe = runJob(provider->probe());
    QVERIFY(probe->isFinished());
    QVERIFY(probe->hasError());
    QCOMPARE(probe->error().kind, ErrorKind::NotConfigured);
    QVERIFY2(probe->error().message.contains(QLatin1String("pocketsphinx-en-us")),
             qPrintable(probe->error().message));
    QVERIFY(probe->error().message.contains(QLatin1String("/nonexistent/model")));
}

void TestOfflinePlugins::fliteListsItsFourVoices()
{
    auto provider = createProvider<TextToSpeechProvider>(QStringLiteral("flite_tts"));
    QVERIFY(provider);
    const auto job = runJob(provider->voices());
    QVERIFY(job->isFinished() && !job->hasError());
    QStringList ids;
    for (const Voice& voice : job->voices())
        ids.append(voice.id);
    QCOMPARE(ids, (QStringList{"slt", "rms", "awb", "kal"}));
}

void TestOfflinePlugins::espeakListsManyVoicesIncludingRussian()
{
    auto provider = createProvider<TextToSpeechProvider>(QStringLiteral("espeak_tts"));
    QVERIFY(provider);
    const auto job = runJob(provider->voices());
    QVERIFY(job->isFinished() && !job->hasError());
    QVERIFY(job->voices().size() > 50);
    const auto russian = std::find_if(job->voices().cbegin(), job->voices().cend(), [](const Voice& voice) {
        return voice.languages.value(0) == QLatin1String("ru");
    });
    QVERIFY(russian != job->voices().cend());
    QCOMPARE(russian->id, QStringLiteral("zle/ru"));
    QStringList ids;
    for (const Voice& voice : job->voices())
        ids.append(voice.id);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), job->voices().size()); // an id names one voice
    const bool hasAmericanEnglish =
        std::any_of(job->voices().cbegin(), job->voices().cend(),
                    [](const Voice& voice) { return voice.languages.contains(QStringLiteral("en-US")); });
    QVERIFY(hasAmericanEnglish);
}

// Issue #17: three of eSpeak's listed voices could not speak. A voice in the list must work.
void TestOfflinePlugins::everyListedVoiceSpeaks_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("voice");
    for (const char* name : {"flite_tts", "espeak_tts"}) {
        auto provider = createProvider<TextToSpeechProvider>(QLatin1String(name));
        QVERIFY(provider);
        const auto job = runJob(provider->voices());
        QVERIFY2(job->isFinished() && !job->hasError(), qPrintable(errorText(*job)));
        QVERIFY(!job->voices().isEmpty());
        for (const Voice& voice : job->voices())
            QTest::addRow("%s %s", name, qPrintable(voice.id)) << QString::fromLatin1(name) << voice.id;
    }
}

void TestOfflinePlugins::everyListedVoiceSpeaks()
{
    QFETCH(QString, provider);
    QFETCH(QString, voice);
    auto tts = createProvider<TextToSpeechProvider>(provider);
    QVERIFY(tts);
    SynthesisRequest request;
    request.text = QStringLiteral("Hello, 42.");
    request.voice = voice;
    const auto job = runJob(tts->synthesize(request));
    QVERIFY2(job->isFinished() && !job->hasError(), qPrintable(errorText(*job)));
    const Result<AudioClip> clip = decodeAudio(job->audio());
    QVERIFY(clip.hasValue());
    QVERIFY2(clip->durationSeconds() > 0.2, qPrintable(QString::number(clip->durationSeconds())));
    const auto [low, high] = std::minmax_element(clip->samples.cbegin(), clip->samples.cend());
    QVERIFY(*high - *low > 0.05f); // speech, not silence
}

void TestOfflinePlugins::textLimitsAreTenThousandCharacters()
{
    for (const char* name : {"flite_tts", "espeak_tts"}) {
        auto provider = createProvider<TextToSpeechProvider>(QLatin1String(name));
        QVERIFY(provider);
        QCOMPARE(provider->textLimit().maximum, 10000);
        QCOMPARE(provider->textLimit().unit, TextLimit::Unit::Characters);
    }
}

QTEST_GUILESS_MAIN(TestOfflinePlugins)
#include "tst_offlineplugins.moc"
