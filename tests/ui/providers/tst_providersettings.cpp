#include "core/runtime/configuredproviders.h"
#include "tests/ui/providers/pagefixture.h"
#include "ui/providers/settingsform.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QWheelEvent>

using namespace vd;

// The settings form generated from a provider's schema: invalid values are explained next to
// the field as they are typed and can never be saved; valid ones are saved and used at once.
class TestProviderSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PageFixture> m_f;

    // Replaces the text of a line edit or spin box the way a user does: select all, type.
    static void type(QWidget* editor, const QString& text)
    {
        editor->setFocus();
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->selectAll();
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor))
            spin->selectAll();
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            QTest::keyClicks(editor, text);
    }

    QWidget* editor(const QString& field) { return m_f->find<QWidget>("setting_" + field); }
    QLabel* errorLabel(const QString& field) { return m_f->find<QLabel>("settingError_" + field); }
    static QString shown(QWidget* box)
    {
        if (auto* combo = qobject_cast<QComboBox*>(box))
            return combo->currentText();
        return qobject_cast<QAbstractSpinBox*>(box)->text();
    }
    QPushButton* applyButton() { return m_f->find<QPushButton>("settingsApply"); }
    // Lets pending layout requests run: a size change climbs one parent layout per round, and the
    // scroll area resizes the details pane in a round of its own.
    static void settle()
    {
        for (int round = 0; round < 4; ++round)
            QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::PageFixture>();
        QVERIFY(m_f->dir.isValid());
        m_f->writeConfig(QJsonObject{
            {"version", 1},
            {"providers",
             QJsonObject{{"openai_stt", QJsonObject{{"settings", QJsonObject{{"model", "whisper-1"}}}}}}}});
        m_f->createRuntime();
        m_f->createPage();
        QVERIFY(m_f->page->selectProvider("openai_stt"));
    }

    void cleanup() { m_f.reset(); }

    void formFollowsTheSchema()
    {
        QVERIFY(qobject_cast<QLineEdit*>(editor("base_url")));
        QCOMPARE(qobject_cast<QLineEdit*>(editor("base_url"))->placeholderText(),
                 QStringLiteral("https://api.openai.com/v1")); // the default, as a placeholder
        QCOMPARE(qobject_cast<QLineEdit*>(editor("model"))->text(), QStringLiteral("whisper-1"));
        QVERIFY(qobject_cast<QSpinBox*>(editor("timeout_ms")));
        QVERIFY(!m_f->find<QLabel>("settingDefault_timeout_ms")->isHidden());
        QVERIFY(qobject_cast<QDoubleSpinBox*>(editor("temperature")));
        auto* format = qobject_cast<QComboBox*>(editor("response_format"));
        QVERIFY(format);
        QCOMPARE(format->count(), 3); // "Default (json)", json, verbose_json
        QVERIFY(!editor("base_url")->toolTip().isEmpty());
        QCOMPARE(editor("base_url")->accessibleName(), QStringLiteral("Service URL"));
        QVERIFY(!applyButton()->isEnabled()); // nothing to apply yet
    }

    void invalidValueIsExplainedInlineAndNeverSaved_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("negative timeout") << "timeout_ms"
                                          << "-5"
                                          << "out of range 1000–600000";
        QTest::newRow("timeout too long") << "timeout_ms"
                                          << "9000000"
                                          << "out of range";
        QTest::newRow("not a URL") << "base_url"
                                   << "not a url"
                                   << "base_url";
        QTest::newRow("plain http to another host") << "base_url"
                                                    << "http://example.com/v1"
                                                    << "https";
        QTest::newRow("temperature above 1") << "temperature"
                                             << "1.5"
                                             << "out of range";
        QTest::newRow("required model emptied") << "model"
                                                << ""
                                                << "";
    }

    void invalidValueIsExplainedInlineAndNeverSaved()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, explanation);
        const QByteArray before = m_f->configBytes();
        type(editor(field), text);
        if (field == "model") {
            // Emptying a field with a default means "use the default": valid, nothing to explain.
            QVERIFY(errorLabel(field)->isHidden());
            return;
        }
        QVERIFY(!errorLabel(field)->isHidden());
        QVERIFY2(errorLabel(field)->text().contains(explanation), qPrintable(errorLabel(field)->text()));
        QVERIFY(!applyButton()->isEnabled());
        QVERIFY(!m_f->page->details()->settingsForm()->isValid());
        QVERIFY(m_f->find<QPushButton>("settingsRevert")->isEnabled()); // the typed text can be undone
        QVERIFY(m_f->find<QLabel>("settingsStatus")->text().contains("Fix"));
        applyButton()->click(); // disabled: nothing happens
        QTest::keyClick(m_f->page.get(), Qt::Key_A, Qt::AltModifier);
        QVERIFY(!m_f->page->isSaving());
        QCOMPARE(m_f->configBytes(), before);
        QVERIFY(!m_f->runtime->config().providers.value("openai_stt").settings.contains(field));

        // Correcting the value clears the message.
        type(editor(field), field == "base_url"      ? "https://example.com/v1"
                            : field == "temperature" ? "0.5"
                                                     : "5000");
        QVERIFY(errorLabel(field)->isHidden());
        QVERIFY(applyButton()->isEnabled());
    }

    // The problem takes the place of the field's help line: the rows below stay where they were, so
    // a click aimed at one before the message appeared still lands on it (issue #17).
    void problemDoesNotMoveTheRowsBelow_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fixed");
        QTest::addColumn<QString>("below");
        QTest::newRow("long URL problem") << "base_url"
                                          << "http://example.com/v1"
                                          << "https://example.com/v1"
                                          << "organization";
        QTest::newRow("range problem") << "timeout_ms"
                                       << "-5"
                                       << "5000"
                                       << "model";
        QTest::newRow("double range problem") << "temperature"
                                              << "1.5"
                                              << "0.5"
                                              << "probe_budget_per_hour";
    }
    void problemDoesNotMoveTheRowsBelow()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, fixed);
        QFETCH(QString, below);
        QWidget* page = m_f->page.get();
        const auto top = [page](QWidget* widget) { return widget->mapTo(page, QPoint()).y(); };
        settle();
        const int rowBelow = top(editor(below));
        const int apply = top(applyButton());

        type(editor(field), text);
        settle();
        QVERIFY(!errorLabel(field)->isHidden());
        QCOMPARE(top(editor(below)), rowBelow);
        QCOMPARE(top(applyButton()), apply);
        QVERIFY(errorLabel(field)->toolTip().contains(errorLabel(field)->text())); // all of it

        type(editor(field), fixed);
        settle();
        QVERIFY(errorLabel(field)->isHidden());
        QCOMPARE(top(editor(below)), rowBelow);
    }

    // Scrolling the pane with the pointer over an unfocused box scrolls the pane and edits nothing.
    void wheelOverUnfocusedBoxScrollsThePane_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("combo box") << "response_format";
        QTest::newRow("spin box") << "timeout_ms";
        QTest::newRow("double spin box") << "temperature";
    }

    void wheelOverUnfocusedBoxScrollsThePane()
    {
        QFETCH(QString, field);
        m_f->page->resize(1000, 250); // short enough that the details pane scrolls
        auto* scroll = m_f->page->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QScrollBar* bar = scroll->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QWidget* box = editor(field);
        scroll->ensureWidgetVisible(box);
        const int scrolledTo = bar->value();
        editor("base_url")->setFocus(); // the box is not focused
        QVERIFY(!box->hasFocus());
        const QByteArray before = m_f->configBytes();
        const QString shownBefore = shown(box);
        // Towards whichever end the pane is not at, so that a scroll is visible.
        const QPoint delta(0, scrolledTo < bar->maximum() ? -120 : 120);
        const QPoint at = box->rect().center();
        QWheelEvent wheel(at, box->mapToGlobal(at), QPoint(), delta, Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(box, &wheel);
        QCOMPARE(shown(box), shownBefore);
        QVERIFY(!applyButton()->isEnabled());
        QVERIFY2(bar->value() != scrolledTo, "the pane scrolls instead");
        QCOMPARE(m_f->configBytes(), before);

        // Focused (clicked or tabbed into), the box takes the wheel as usual.
        box->setFocus();
        QApplication::sendEvent(box, &wheel);
        QVERIFY(shown(box) != shownBefore);
    }

    void validEditIsSavedAndAppliedAtOnce()
    {
        QSignalSpy saves(m_f->page.get(), &ProvidersPage::saveFinished);
        type(editor("base_url"), "http://127.0.0.1:8080/v1");
        type(editor("timeout_ms"), "5000");
        auto* format = qobject_cast<QComboBox*>(editor("response_format"));
        format->setCurrentIndex(format->findData("verbose_json"));
        QVERIFY(applyButton()->isEnabled());
        applyButton()->click();
        QVERIFY(m_f->waitForSave(saves));

        const QJsonObject expected{{"model", "whisper-1"},
                                   {"base_url", "http://127.0.0.1:8080/v1"},
                                   {"timeout_ms", 5000},
                                   {"response_format", "verbose_json"}};
        QCOMPARE(m_f->providerOnDisk("openai_stt").value("settings").toObject(), expected);
        QCOMPARE(m_f->runtime->config().providers.value("openai_stt").settings, expected);
        const ProviderInfo info = *m_f->runtime->registry().info("openai_stt");
        QCOMPARE(m_f->runtime->providers().settingsFor(info).value("base_url").toString(),
                 QStringLiteral("http://127.0.0.1:8080/v1"));
        QVERIFY(!applyButton()->isEnabled());
        QVERIFY(!m_f->page->details()->settingsForm()->isDirty());
        QVERIFY(m_f->find<QLabel>("settingsStatus")->text().contains("Saved"));
    }

    void defaultButtonForgetsTheValue()
    {
        QSignalSpy saves(m_f->page.get(), &ProvidersPage::saveFinished);
        type(editor("timeout_ms"), "5000");
        applyButton()->click();
        QVERIFY(m_f->waitForSave(saves));
        QCOMPARE(m_f->providerOnDisk("openai_stt").value("settings").toObject().value("timeout_ms").toInt(),
                 5000);

        auto* reset = editor("timeout_ms")->parentWidget()->findChild<QToolButton*>();
        QVERIFY(reset && reset->isEnabled());
        reset->click();
        QVERIFY(!m_f->find<QLabel>("settingDefault_timeout_ms")->isHidden());
        applyButton()->click();
        QVERIFY(m_f->waitForSave(saves));
        QVERIFY(!m_f->providerOnDisk("openai_stt").value("settings").toObject().contains("timeout_ms"));
    }

    void revertRestoresTheSavedValues()
    {
        type(editor("model"), "gpt-4o-transcribe");
        QVERIFY(m_f->page->details()->settingsForm()->isDirty());
        m_f->find<QPushButton>("settingsRevert")->click();
        QCOMPARE(qobject_cast<QLineEdit*>(editor("model"))->text(), QStringLiteral("whisper-1"));
        QVERIFY(!applyButton()->isEnabled());
        QVERIFY(!m_f->page->isSaving());
    }
};

QTEST_MAIN(TestProviderSettings)
#include "tst_providersettings.moc"
