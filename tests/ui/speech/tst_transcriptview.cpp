#include "ui/speech/comparisonmodel.h"
#include "ui/speech/transcriptview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace vd;

// What the result pane says about an outcome, in words a user reads (issue #17): the WER as a
// percentage, an empty transcript as "nothing recognised", a cancel as a cancel.
class TestTranscriptView : public QObject
{
    Q_OBJECT

private:
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
