#include "core/model/speechtext.h"
#include "core/resilience/routefailure.h"
#include "core/resilience/routingtrace.h"
#include "ui/charts/chartrange.h"
#include "ui/charts/responsetimechart.h"
#include "ui/i18n/translator.h"

#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace vd;

class TestTranslator : public QObject
{
    Q_OBJECT
private slots:
    void offersEnglishAndRussian() { QCOMPARE(Translator::availableLanguages(), (QStringList{"en", "ru"})); }

    void mapsLocalesToASupportedLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("russian") << "ru_RU"
                                 << "ru";
        QTest::newRow("english") << "en_GB"
                                 << "en";
        QTest::newRow("german falls back to english") << "de_DE"
                                                      << "en";
    }

    void mapsLocalesToASupportedLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(Translator::languageForLocale(QLocale(locale)), language);
    }

    void switchesToRussianAndBackWhileRunning()
    {
        Translator translator;
        QSignalSpy changed(&translator, &Translator::languageChanged);
        QVERIFY(translator.setLanguage("en"));
        QCOMPARE(chartRangeLabel(ChartRange::OneHour), QStringLiteral("1 hour"));

        QVERIFY(translator.setLanguage("ru"));
        QCOMPARE(translator.language(), QStringLiteral("ru"));
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("ru"));
        QCOMPARE(chartRangeLabel(ChartRange::OneHour), QStringLiteral("1 час"));

        QVERIFY(translator.setLanguage("en"));
        QCOMPARE(chartRangeLabel(ChartRange::OneHour), QStringLiteral("1 hour"));
    }

    // Issue #17: error messages stayed English in the Russian interface. Core messages come from
    // the same catalogue: free functions (context "vd") as well as QObject classes.
    void coreMessagesFollowTheLanguage()
    {
        Translator translator;
        QVERIFY(translator.setLanguage("ru"));
        const QString noText = speechTextProblem(QString());
        const QString noProvider = RouteFailure::noAnswer(RoutingTrace(), ProviderCategory::Stt).message;
        QVERIFY2(noText.startsWith(QStringLiteral("Нет текста")), qPrintable(noText));
        QVERIFY2(noProvider.contains(QStringLiteral("провайдер")), qPrintable(noProvider));

        QVERIFY(translator.setLanguage("en"));
        QVERIFY(speechTextProblem(QString()).startsWith(QStringLiteral("There is no text to speak")));
    }

    void widgetsRetranslateThemselves()
    {
        Translator translator;
        QVERIFY(translator.setLanguage("en"));
        ResponseTimeChart chart;
        QCOMPARE(chart.latencyAxis()->titleText(), QStringLiteral("Milliseconds"));
        QVERIFY(translator.setLanguage("ru"));
        QTRY_COMPARE_WITH_TIMEOUT(chart.latencyAxis()->titleText(), QStringLiteral("Миллисекунды"), 5000);
    }

    void qtsOwnStringsFollow()
    {
        Translator translator;
        QVERIFY(translator.setLanguage("ru"));
        // From Qt's qtbase catalogue (QPlatformTheme standard buttons).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
    }

    void rejectsUnsupportedLanguages()
    {
        Translator translator;
        QVERIFY(translator.setLanguage("en"));
        QSignalSpy changed(&translator, &Translator::languageChanged);
        QVERIFY(!translator.setLanguage("de"));
        QCOMPARE(translator.language(), QStringLiteral("en"));
        QCOMPARE(changed.count(), 0);
    }

    void followsTheSystemLocaleWhenNoLanguageIsChosen()
    {
        Translator translator;
        QVERIFY(translator.setLanguage(QString()));
        QVERIFY(translator.requestedLanguage().isEmpty());
        QCOMPARE(translator.language(), Translator::languageForLocale(QLocale::system()));
    }
};

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
