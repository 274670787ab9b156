#include "ui/speech/comparisonmodel.h"
#include "ui/speech/transcriptdiffview.h"
#include "ui/speech/transcriptview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

using namespace vd;

// What the result pane says about an outcome, in words a user reads (issue #17): the WER as a
// percentage, an empty transcript as "nothing recognised", a cancel as a cancel.
class TestTranscriptView : public QObject
{
    Q_OBJECT

private:
    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Each word of the marked transcript with its format (the words of this test are unique).
    static QHash<QString, QTextCharFormat> marks(const QTextEdit& diff)
    {
        QHash<QString, QTextCharFormat> found;
        for (QTextBlock block = diff.document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                for (const QString& word : it.fragment().text().split(' ', Qt::SkipEmptyParts))
                    found.insert(word, it.fragment().charFormat());
            }
        }
        return found;
    }

    static TranscriptionOutcome answered(const QString& text)
    {
        TranscriptionOutcome outcome;
        outcome.ok = true;
        outcome.provider = QStringLiteral("openai_stt");
        outcome.text = text;
        outcome.latencyMs = 412;
        return outcome;
    }

private Q_SLOTS:
    void werIsAPercentage_data()
    {
        QTest::addColumn<double>("wer");
        QTest::addColumn<QString>("shown");
        QTest::newRow("a quarter and more") << 0.278 << "WER 27.8 %";
        QTest::newRow("perfect") << 0.0 << "WER 0.0 %";
        QTest::newRow("more words wrong than spoken") << 1.5 << "WER 150.0 %";
    }

    void werIsAPercentage()
    {
        QFETCH(double, wer);
        QFETCH(QString, shown);
        TranscriptView view;
        TranscriptionOutcome outcome = answered(QStringLiteral("turn on the lights"));
        outcome.wer = wer;
        view.showOutcome(outcome);
        const QString info = view.findChild<QLabel*>(QStringLiteral("resultInfo"))->text();
        QVERIFY2(info.endsWith(shown), qPrintable(info));

        ComparisonModel model;
        ComparisonModel::Row row;
        row.provider = outcome.provider;
        row.state = ComparisonModel::State::Done;
        row.outcome = outcome;
        model.setRows({row});
        QCOMPARE(model.data(model.index(0, ComparisonModel::WerColumn)).toString(),
                 shown.mid(QStringLiteral("WER ").size()));
    }

    void emptyTranscriptSaysNothingWasRecognised()
    {
        TranscriptView view;
        view.showOutcome(answered(QString()));
        auto* text = view.findChild<QPlainTextEdit*>(QStringLiteral("resultText"));
        QVERIFY(text->toPlainText().isEmpty()); // copy and export still give the empty transcript
        QVERIFY2(text->placeholderText().contains(QStringLiteral("Nothing was recognised")),
                 qPrintable(text->placeholderText()));

        view.showOutcome(answered(QStringLiteral("hello")));
        view.clear();
        QCOMPARE(text->placeholderText(), QStringLiteral("The transcript appears here."));
    }

    // Issue #17: text exports showed the raw ratio ("WER: 0.200") where the page shows 20.0 %.
    void textExportsShowTheWerAsAPercentage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TranscriptView view;
        TranscriptionOutcome outcome = answered(QStringLiteral("turn on the lights"));
        outcome.wer = 0.2;
        view.showOutcome(outcome);
        QVERIFY(view.exportTo(dir.filePath("result.txt")).hasValue());
        const QByteArray text = readFile(dir.filePath("result.txt"));
        QVERIFY2(text.contains("WER: 20.0 %\n"), text.constData());
        QVERIFY2(!text.contains("0.200"), text.constData());
        // The JSON keeps the ratio: it is the `transcribe --json` shape.
        QVERIFY(view.exportTo(dir.filePath("result.json")).hasValue());
        QCOMPARE(
            QJsonDocument::fromJson(readFile(dir.filePath("result.json"))).object().value("wer").toDouble(),
            0.2);

        ComparisonModel model;
        ComparisonModel::Row row;
        row.provider = outcome.provider;
        row.state = ComparisonModel::State::Done;
        row.outcome = outcome;
        model.setRows({row});
        QVERIFY2(model.toText().contains("\tWER 20.0 %\t"), qPrintable(model.toText()));
        QCOMPARE(model.toJson().value("results").toArray().at(0).toObject().value("wer").toDouble(), 0.2);
    }

    // Issue #17: the transcript marked against the reference, in colour and in a style of its own
    // per kind (not colour alone), with the expected word in the tool tip of a substitution.
    void marksTheTranscriptAgainstTheReference()
    {
        TranscriptView view;
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* diff = view.findChild<TranscriptDiffView*>(QStringLiteral("transcriptDiff"));
        auto* legend = view.findChild<QLabel*>(QStringLiteral("diffLegend"));
        QVERIFY(diff && legend);
        view.showOutcome(answered(QStringLiteral("turn on the lights now")));
        QVERIFY(!diff->isVisible()); // no reference, nothing to mark

        TranscriptionOutcome outcome = answered(QStringLiteral("Turn on the lights now."));
        outcome.setScore(alignWords(QStringLiteral("please turn off the lights"), outcome.text));
        QCOMPARE(outcome.wer, std::optional<double>(0.6));
        view.showOutcome(outcome);
        QVERIFY(diff->isVisible());
        QVERIFY(legend->isVisible());
        for (const char* named : {"substituted", "missing", "extra"})
            QVERIFY2(legend->text().contains(QLatin1String(named)), qPrintable(legend->text()));
        QCOMPARE(diff->toPlainText(), QStringLiteral("please turn on the lights now"));

        const QHash<QString, QTextCharFormat> formats = marks(*diff);
        const QTextCharFormat deleted = formats.value("please");
        QVERIFY(deleted.fontStrikeOut());
        QVERIFY(deleted.toolTip().contains("please"));
        const QTextCharFormat substituted = formats.value("on");
        QCOMPARE(substituted.underlineStyle(), QTextCharFormat::WaveUnderline);
        QVERIFY(!substituted.fontStrikeOut());
        QVERIFY2(substituted.toolTip().contains("“off”"), qPrintable(substituted.toolTip()));
        const QTextCharFormat inserted = formats.value("now");
        QCOMPARE(inserted.underlineStyle(), QTextCharFormat::SingleUnderline);
        QVERIFY(!inserted.fontStrikeOut());
        QVERIFY(inserted.toolTip().contains("not in the reference"));
        // Three colours, none of them the plain text's.
        const QSet<QRgb> colours{deleted.foreground().color().rgb(), substituted.foreground().color().rgb(),
                                 inserted.foreground().color().rgb()};
        QCOMPARE(colours.size(), 3);
        for (const char* word : {"turn", "the", "lights"}) {
            const QTextCharFormat plain = formats.value(word);
            QVERIFY2(plain.underlineStyle() == QTextCharFormat::NoUnderline && !plain.fontStrikeOut() &&
                         plain.toolTip().isEmpty() && !plain.hasProperty(QTextFormat::ForegroundBrush),
                     word);
        }

        // Pointing at the substituted word shows what the reference says.
        QTextCursor cursor(diff->document());
        cursor.setPosition(int(diff->toPlainText().indexOf("on")));
        const QRect at = diff->cursorRect(cursor);
        QCOMPARE(diff->toolTipAt(at.center() + QPoint(2, 0)), substituted.toolTip());
        QHelpEvent help(QEvent::ToolTip, at.center() + QPoint(2, 0),
                        diff->viewport()->mapToGlobal(at.center() + QPoint(2, 0)));
        QCoreApplication::sendEvent(diff->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), substituted.toolTip());

        view.clear();
        QVERIFY(!diff->isVisible());
        QVERIFY(diff->toPlainText().isEmpty());
    }

    void cancelIsNotCalledAFailure()
    {
        TranscriptView view;
        TranscriptionOutcome outcome;
        outcome.latencyMs = 2764;
        outcome.error = ProviderError::make(ErrorKind::Cancelled, QStringLiteral("cancelled"));
        view.showOutcome(outcome);
        const QString info = view.findChild<QLabel*>(QStringLiteral("resultInfo"))->text();
        QCOMPARE(info, QStringLiteral("Cancelled after 2764 ms"));

        outcome.error = ProviderError::make(ErrorKind::Network, QStringLiteral("connection refused"));
        view.showOutcome(outcome);
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("resultInfo"))->text(),
                 QStringLiteral("Failed after 2764 ms"));
    }
};

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
