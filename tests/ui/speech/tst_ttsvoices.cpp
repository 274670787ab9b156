#include "speechtestruntime.h"
#include "ui/activity/activitylog.h"
#include "ui/shell/standardpages.h"
#include "ui/speech/languagepicker.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/providerpicker.h"
#include "ui/speech/texttospeechpage.h"
#include "ui/speech/voicepicker.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace vd;

// The voice and language choices of the Text-to-speech page (issue #17), with the real eSpeak NG
// voice list (over a hundred voices): a search and a language filter narrow the list; the
// Language field says what it takes and does; a voice remembered under eSpeak NG's old ids
// ("en-us", before they became eSpeak's identifiers like "gmw/en-US") is found again.
class TestTtsVoices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<TextToSpeechPage> m_page;

    void makePage()
    {
        m_page.reset();
        m_activity = std::make_unique<ActivityLog>();
        m_page = std::make_unique<TextToSpeechPage>(speechServices(*m_runtime), *m_activity);
        m_page->resize(800, 600);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    VoicePicker& voices() const { return m_page->voicePicker(); }
    QLineEdit* search() const { return m_page->findChild<QLineEdit*>("voiceSearch"); }
    QComboBox* languageFilter() const { return m_page->findChild<QComboBox*>("voiceLanguageFilter"); }
    QLabel* labelOf(QWidget* buddy) const
    {
        for (QLabel* label : m_page->findChildren<QLabel*>()) {
            if (label->buddy() == buddy)
                return label;
        }
        return nullptr;
    }
    // The voices listed now (the item data of every row but "Provider default").
    QList<Voice> listed() const
    {
        QList<Voice> shown;
        for (int row = 1; row < voices().count(); ++row) {
            for (const Voice& voice : voices().voices()) {
                if (voice.id == voices().itemData(row).toString())
                    shown.append(voice);
            }
        }
        return shown;
    }
    bool speaks(const Voice& voice, const QString& base) const
    {
        for (const QString& language : voice.languages) {
            if (language.section('-', 0, 0) == base)
                return true;
        }
        return false;
    }
    void showEspeakVoices()
    {
        m_page->providerPicker().setCurrentProvider(QStringLiteral("espeak_tts"));
        QTRY_COMPARE_WITH_TIMEOUT(voices().state(), VoicePicker::State::Ready, 20000);
        QVERIFY(voices().voices().size() > 100);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_runtime = test::makeRuntime(m_dir, {});
        QVERIFY2(m_runtime, "the test runtime must start");
    }

    void init() { makePage(); }

    void cleanupTestCase()
    {
        m_page.reset();
        m_runtime.reset();
    }

    void searchKeepsOnlyTheVoicesWhoseNameMatches()
    {
        showEspeakVoices();
        QVERIFY2(search(), "the page has a voice search field");
        QCOMPARE(labelOf(search())->text(), QStringLiteral("Fin&d voice:"));
        QVERIFY(!search()->accessibleName().isEmpty());
        const int all = voices().count();
        search()->setFocus();
        QTest::keyClicks(search(), QStringLiteral("fran"));
        // Every French voice (français), though only "French (France)" has "fran" in its name...
        QList<Voice> shown = listed();
        for (const Voice& voice : voices().voices())
            QVERIFY2(!speaks(voice, "fr") || shown.contains(voice), qPrintable(voice.displayName));
        // ...and besides them only what has it in its name: "Lingua Franca Nova".
        QStringList others;
        for (const Voice& voice : shown) {
            if (!speaks(voice, "fr")) {
                QVERIFY2(voice.displayName.contains("fran", Qt::CaseInsensitive),
                         qPrintable(voice.displayName));
                others << voice.displayName;
            }
        }
        QVERIFY2(others.size() <= 1, qPrintable(others.join(", ")));
        QVERIFY(shown.size() >= 3 + others.size());   // France, Belgium, Switzerland
        QCOMPARE(voices().count(), shown.size() + 1); // and "Provider default", always listed
        QCOMPARE(voices().currentIndex(), 0);         // which was chosen and stays chosen

        // Its name in English finds exactly the French voices.
        search()->clear();
        QTest::keyClicks(search(), QStringLiteral("FRENCH"));
        shown = listed();
        QVERIFY(shown.size() >= 3);
        for (const Voice& voice : shown)
            QVERIFY2(speaks(voice, "fr"), qPrintable(voice.displayName));

        search()->clear();
        QCOMPARE(voices().count(), all);
    }

    void chosenVoiceStaysChosenWhileItMatches()
    {
        showEspeakVoices();
        QVERIFY(search());
        const int swiss = voices().findText(QStringLiteral("French (Switzerland)"), Qt::MatchStartsWith);
        QVERIFY(swiss > 0);
        voices().setCurrentIndex(swiss);
        const QString chosen = m_page->request().voice;
        QTest::keyClicks(search(), QStringLiteral("FRENCH"));
        QCOMPARE(m_page->request().voice, chosen);
        QTest::keyClicks(search(), QStringLiteral(" (b")); // only Belgium matches now
        QVERIFY(m_page->request().voice != chosen);
        search()->clear(); // the choice comes back with the full list
        QCOMPARE(m_page->request().voice, chosen);
    }

    void languageFilterKeepsTheVoicesOfThatLanguage()
    {
        showEspeakVoices();
        QComboBox* filter = languageFilter();
        QVERIFY2(filter, "the page has a voice language filter");
        QCOMPARE(filter->itemText(0), QStringLiteral("All languages"));
        QVERIFY(filter->count() > 50);
        QVERIFY(!filter->accessibleName().isEmpty());
        const int all = voices().count();
        const int german = filter->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        QCOMPARE(filter->itemText(german), QStringLiteral("German (de)"));
        // By keyboard, as a user without a mouse: Tab from the search field, then choose.
        search()->setFocus();
        QTest::keyClick(search(), Qt::Key_Tab);
        QCOMPARE(m_page->focusWidget(), filter);
        filter->setCurrentIndex(german);
        const QList<Voice> shown = listed();
        QVERIFY(!shown.isEmpty());
        for (const Voice& voice : shown)
            QVERIFY2(speaks(voice, "de"), qPrintable(voice.displayName));
        QVERIFY(voices().count() < all);

        filter->setCurrentIndex(0);
        QCOMPARE(voices().count(), all);
    }

    void languageFieldSaysWhatItTakesAndDoes()
    {
        LanguagePicker& language = m_page->languagePicker();
        QLabel* label = labelOf(&language);
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("&Language:"));
        const QString placeholder = language.lineEdit()->placeholderText();
        QVERIFY2(placeholder.contains("en-US") && placeholder.contains("default"), qPrintable(placeholder));
        for (const QString& help : {language.toolTip(), language.accessibleDescription(),
                                    language.lineEdit()->accessibleDescription(), language.whatsThis()}) {
            QVERIFY2(help.contains("BCP-47") && help.contains("en-US"), qPrintable(help)); // the format
            QVERIFY2(help.contains("voice"), qPrintable(help));                            // what it does
            QVERIFY2(help.contains("empty"), qPrintable(help));                            // and when empty
        }
        QCOMPARE(language.accessibleName(), QStringLiteral("Language"));
        QCOMPARE(language.lineEdit()->accessibleName(), QStringLiteral("Language"));
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&language);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Description), language.accessibleDescription());
    }

    void voiceRememberedUnderAnOldIdIsFoundAgain_data()
    {
        QTest::addColumn<QString>("remembered");
        QTest::newRow("en-us") << "en-us";
        QTest::newRow("fr-fr") << "fr-fr";
        QTest::newRow("ru") << "ru";
    }

    void voiceRememberedUnderAnOldIdIsFoundAgain()
    {
        QFETCH(QString, remembered);
        const QJsonObject state{{"provider", "espeak_tts"}, {"voice", remembered}};
        QVERIFY(m_page->restorePageState(QJsonDocument(state).toJson()));
        QTRY_COMPARE_WITH_TIMEOUT(voices().state(), VoicePicker::State::Ready, 20000);
        // The old id was the voice's first language (espeakengine.cpp before 2ab3b69).
        QString renamed;
        for (const Voice& voice : voices().voices()) {
            if (renamed.isEmpty() && voice.languages.first().compare(remembered, Qt::CaseInsensitive) == 0)
                renamed = voice.id;
        }
        QVERIFY(!renamed.isEmpty());
        QCOMPARE_NE(renamed, remembered);
        QCOMPARE(m_page->request().voice, renamed);
        QCOMPARE(voices().currentData().toString(), renamed);
        QVERIFY(!m_page->messageBanner().isVisible());
        // Saved again under the new id.
        const QJsonObject saved = QJsonDocument::fromJson(m_page->savePageState()).object();
        QCOMPARE(saved.value("voice").toString(), renamed);
    }

    void voiceNoLongerListedFallsBackVisibly()
    {
        const QJsonObject state{{"provider", "espeak_tts"}, {"voice", "zz-gone"}};
        QVERIFY(m_page->restorePageState(QJsonDocument(state).toJson()));
        QTRY_COMPARE_WITH_TIMEOUT(voices().state(), VoicePicker::State::Ready, 20000);
        QCOMPARE(m_page->request().voice, QString());
        QCOMPARE(voices().currentIndex(), 0); // "Provider default"
        QVERIFY(m_page->messageBanner().isVisible());
        QCOMPARE(m_page->messageBanner().level(), MessageBanner::Level::Warning);
        const QString text = m_page->messageBanner().text();
        QVERIFY2(text.contains("zz-gone") && text.contains("espeak_tts"), qPrintable(text));
    }
};

QTEST_MAIN(TestTtsVoices)
#include "tst_ttsvoices.moc"
