#include "core/model/providererror.h"
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

    // The contract keeps its names (JSON, history); what people read names the kind in their
    // language: the GUI's tables, traces and messages built from summary().
    void errorKindsReadInTheUsersLanguage()
    {
        const ProviderError error = ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded"), 503);
        QCOMPARE(error.summary(), QStringLiteral("server 503: overloaded"));
        Translator translator;
        QVERIFY(translator.setLanguage(QStringLiteral("ru")));
        QCOMPARE(errorKindText(ErrorKind::Timeout), QString::fromUtf8("тайм-аут"));
        QCOMPARE(error.summary(), QString::fromUtf8("ошибка сервера 503: overloaded"));
        QCOMPARE(errorKindName(ErrorKind::Server), QStringLiteral("server"));
        QCOMPARE(error.toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("server"));
        QCOMPARE(allErrorKinds().size(), 13);
        for (const ErrorKind kind : allErrorKinds())
            QVERIFY2(errorKindText(kind) != errorKindName(kind), qPrintable(errorKindName(kind)));
        QVERIFY(translator.setLanguage(QStringLiteral("en")));
        QCOMPARE(error.summary(), QStringLiteral("server 503: overloaded"));
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
