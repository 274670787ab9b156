#include "core/model/settingsschema.h"
#include "core/model/speechtext.h"
#include "core/model/speedrange.h"

#include <QTest>
#include <limits>

using namespace vd;

// The checks every TTS path shares before a request: text a voice could speak, and speeds in the
// provider's range (issues #14 and #18).
class TestSpeechText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesTextWithNothingToSpeakOrALoneSurrogate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: the text is fine
        QTest::newRow("words") << QStringLiteral("hello") << QString();
        QTest::newRow("one letter among NULs") << QString::fromUtf16(u"\0\0a\0", 4) << QString();
        QTest::newRow("emoji") << QString::fromUtf16(u"\U0001F600") << QString();
        QTest::newRow("nothing") << QString() << "empty";
        QTest::newRow("spaces") << QStringLiteral(" \t\n\u00A0\u3000") << "empty";
        QTest::newRow("NULs") << QString(4, QChar(0)) << "empty";
        QTest::newRow("controls") << QStringLiteral("\x01\x1b\x7f") << "empty";
        QTest::newRow("zero-width") << QString::fromUtf16(u"\u200B\u200C\u200D\u2060\uFEFF") << "empty";
        QTest::newRow("all mixed") << QString::fromUtf16(u" \0\u200B \uFEFF\n", 6) << "empty";
        const char16_t high = 0xD83D, low = 0xDE00;
        QTest::newRow("lone high surrogate") << QString::fromUtf16(u"ab") + QChar(high) + "c"
                                             << "lone UTF-16 surrogate (U+D83D) at character 3";
        QTest::newRow("lone low surrogate first")
            << QChar(low) + QStringLiteral("hi") << "lone UTF-16 surrogate (U+DE00) at character 1";
        QTest::newRow("high surrogate at the end") << QStringLiteral("hi") + QChar(high) << "at character 3";
        QTest::newRow("counted in characters")
            << QString::fromUtf16(u"\U0001F600") + QChar(low) << "at character 2";
        QTest::newRow("surrogate in blank text") << QStringLiteral(" ") + QChar(high) << "surrogate";
    }
    void refusesTextWithNothingToSpeakOrALoneSurrogate()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const QString message = speechTextProblem(text);
        if (problem.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(problem), qPrintable(message));
    }

    void speedRangeComesFromTheSpeedSetting_data()
    {
        QTest::addColumn<SettingsSchema>("schema");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("maximum");
        SettingField speed{"speed", SettingType::Double, 1.0, false, {}, {}, 0.1, 3.0};
        QTest::newRow("declared") << SettingsSchema({speed}) << 0.1 << 3.0;
        QTest::newRow("none: the offline default") << SettingsSchema() << 0.25 << 4.0;
        speed.minimum.reset();
        QTest::newRow("only a maximum") << SettingsSchema({speed}) << 0.25 << 3.0;
    }
    void speedRangeComesFromTheSpeedSetting()
    {
        QFETCH(SettingsSchema, schema);
        QFETCH(double, minimum);
        QFETCH(double, maximum);
        const SpeedRange range = speedRange(schema);
        QCOMPARE(range.minimum, minimum);
        QCOMPARE(range.maximum, maximum);
    }

    void speedRangeRefusesWhatIsNotAFiniteSpeedInside_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("normal") << 1.0 << true;
        QTest::newRow("lower end") << 0.25 << true;
        QTest::newRow("upper end") << 4.0 << true;
        QTest::newRow("tiny") << 0.001 << false;
        QTest::newRow("zero") << 0.0 << false;
        QTest::newRow("negative") << -1.0 << false;
        QTest::newRow("too fast") << 4.01 << false;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << false;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false;
    }
    void speedRangeRefusesWhatIsNotAFiniteSpeedInside()
    {
        QFETCH(double, speed);
        QFETCH(bool, accepted);
        QCOMPARE(SpeedRange().contains(speed), accepted);
        const SpeedRange unbounded{0.0, std::numeric_limits<double>::infinity()};
        QCOMPARE(unbounded.contains(speed), speed >= 0.0 && std::isfinite(speed));
    }

    void rangesIntersect()
    {
        const SpeedRange both = SpeedRange{0.25, 4.0}.intersected({0.1, 3.0});
        QCOMPARE(both.minimum, 0.25);
        QCOMPARE(both.maximum, 3.0);
        QCOMPARE(both.text(), QStringLiteral("0.25–3"));
        QVERIFY((SpeedRange{0.25, 1.0}.intersected({2.0, 3.0}).isEmpty()));
    }
};

QTEST_GUILESS_MAIN(TestSpeechText)
#include "tst_speechtext.moc"
