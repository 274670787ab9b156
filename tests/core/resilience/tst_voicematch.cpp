#include "core/resilience/voicematch.h"

#include <QTest>

using namespace vd;

namespace {
Voice voice(const char* id, const char* language, const char* gender)
{
    return {QString::fromLatin1(id), {}, {QString::fromLatin1(language)}, QString::fromLatin1(gender)};
}
const QList<Voice> kGoogle{voice("ru-RU-A", "ru-RU", "female"), voice("en-GB-A", "en-GB", "female"),
                           voice("en-US-C", "en-US", "female"), voice("en-US-B", "en-US", "male"),
                           voice("de-DE-B", "de-DE", "male")};
} // namespace

class TestVoiceMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsAVoiceTheProviderHas()
    {
        const VoiceChoice c = chooseVoice(QStringLiteral("en-US-B"), std::nullopt, {}, kGoogle);
        QCOMPARE(c.voiceId, QStringLiteral("en-US-B"));
        QVERIFY(c.note.isEmpty());
    }

    void prefersExactLanguageThenGender()
    {
        const Voice onyx = voice("onyx", "en-US", "male");
        QCOMPARE(chooseVoice(QStringLiteral("onyx"), onyx, {}, kGoogle).voiceId, QStringLiteral("en-US-B"));
        const Voice alloy = voice("alloy", "en-US", "female");
        QCOMPARE(chooseVoice(QStringLiteral("alloy"), alloy, {}, kGoogle).voiceId, QStringLiteral("en-US-C"));
    }

    void requestLanguageWinsOverTheVoiceLanguage()
    {
        const Voice onyx = voice("onyx", "en-US", "male");
        QCOMPARE(chooseVoice(QStringLiteral("onyx"), onyx, QStringLiteral("ru-RU"), kGoogle).voiceId,
                 QStringLiteral("ru-RU-A"));
        QCOMPARE(chooseVoice(QStringLiteral("x"), std::nullopt, QStringLiteral("de"), kGoogle).voiceId,
                 QStringLiteral("de-DE-B"));
    }

    void primaryLanguageMatchesRegionalVoices()
    {
        const Voice voiceGb = voice("fable", "en-AU", "female");
        const VoiceChoice c = chooseVoice(QStringLiteral("fable"), voiceGb, {}, kGoogle);
        QCOMPARE(c.voiceId, QStringLiteral("en-GB-A"));
        QVERIFY(c.note.contains(QStringLiteral("same language")));
    }

    void fallsBackToGenderThenDefault()
    {
        const Voice french = voice("jean", "fr-FR", "male");
        const VoiceChoice byGender = chooseVoice(QStringLiteral("jean"), french, {}, kGoogle);
        QCOMPARE(byGender.voiceId, QStringLiteral("en-US-B"));
        QVERIFY(byGender.note.contains(QStringLiteral("same gender")));
        const VoiceChoice none = chooseVoice(QStringLiteral("zz"), std::nullopt, {}, kGoogle);
        QVERIFY(none.voiceId.isEmpty());
        QCOMPARE(none.note, QStringLiteral("voice \"zz\" → \"provider default\" (no close match)"));
    }

    void noRequestedVoiceMeansNoMapping()
    {
        const VoiceChoice c = chooseVoice({}, std::nullopt, QStringLiteral("en-US"), kGoogle);
        QVERIFY(c.voiceId.isEmpty());
        QVERIFY(c.note.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVoiceMatch)
#include "tst_voicematch.moc"
