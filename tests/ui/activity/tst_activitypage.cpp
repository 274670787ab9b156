#include "ui/activity/activitylog.h"
#include "ui/activity/activitypage.h"
#include "ui/activity/activitytablemodel.h"
#include "ui/i18n/translator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

class TestActivityPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ActivityEntry routedEntry(const QString& winner)
    {
        ActivityEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.operation = ActivityEntry::Operation::Transcribe;
        e.provider = winner;
        e.ok = true;
        e.latencyMs = 420.0;
        RouteStep failed;
        failed.provider = QStringLiteral("openai_stt");
        failed.decision = RouteDecision::Failed;
        failed.error = ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded"), 503);
        failed.attempt = 1;
        failed.latencyMs = 31.0;
        e.trace.append(failed);
        RouteStep ok;
        ok.provider = winner;
        ok.decision = RouteDecision::Ok;
        ok.attempt = 1;
        ok.latencyMs = 389.0;
        e.trace.append(ok);
        return e;
    }
    static ActivityEntry failedEntry(const QString& provider)
    {
        ActivityEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.operation = ActivityEntry::Operation::Synthesize;
        e.provider = provider;
        e.error =
            ProviderError::make(ErrorKind::Auth, QStringLiteral("The key was refused: set a new one."), 401);
        return e;
    }

    // Exports what `page` shows to `name` in the test folder and returns the file's bytes (empty
    // when the export failed or never finished).
    QByteArray exportFile(ActivityPage& page, const QString& name)
    {
        QSignalSpy exported(&page, &ActivityPage::exported);
        const QString path = m_dir.filePath(name);
        page.exportTo(path);
        if (!exported.wait(10000) || !exported.at(0).at(1).toBool())
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void showsWhatWasRecordedBeforeAndAfterItOpened()
    {
        ActivityLog log;
        log.record(routedEntry(QStringLiteral("google_stt")));
        ActivityPage page(log);
        log.record(failedEntry(QStringLiteral("openai_tts")));
        QCOMPARE(page.table()->model()->rowCount(), 2);
        QCOMPARE(page.entryAt(0)->provider, QStringLiteral("google_stt"));
        QCOMPARE(page.entryAt(1)->provider, QStringLiteral("openai_tts"));
        QVERIFY(!page.table()->accessibleName().isEmpty());
    }

    void earlierSessionsArriveScrolledToTheNewest()
    {
        ActivityLog log;
        ActivityPage page(log);
        page.resize(800, 300);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QList<ActivityEntry> earlier;
        for (int i = 0; i < 200; ++i)
            earlier.append(routedEntry(QStringLiteral("stt_%1").arg(i)));
        log.restore(earlier);
        const QScrollBar* bar = page.table()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0); // laid out
        QCOMPARE(bar->value(), bar->maximum());
    }

    // Issue #17: the Provider column cut names while the mostly empty Size column took 40 %.
    void providerNamesAreNeverCutAndSizeTakesOnlyWhatItNeeds()
    {
        ActivityLog log;
        ActivityPage page(log);
        page.resize(800, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ActivityEntry entry = failedEntry(QStringLiteral("pocketsphinx_stt"));
        entry.error->kind = ErrorKind::InvalidResponse;
        entry.bytes = 123456789;
        entry.latencyMs = 123456;
        log.record(entry);
        QTableView* table = page.table();
        QAbstractItemModel* model = table->model();
        const QFontMetrics metrics = table->fontMetrics();
        // Every cell's text fits its column.
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->index(0, column).data().toString();
            QVERIFY2(metrics.horizontalAdvance(text) < table->columnWidth(column),
                     qPrintable(QStringLiteral("'%1' in %2 px").arg(text).arg(table->columnWidth(column))));
        }
        const int size = table->columnWidth(ActivityTableModel::SizeColumn);
        QVERIFY2(size * 5 < table->viewport()->width(), qPrintable(QString::number(size)));
        QVERIFY(table->columnWidth(ActivityTableModel::ProviderColumn) >= size);
    }

    void selectingARowShowsItsTraceAndError()
    {
        ActivityLog log;
        log.record(routedEntry(QStringLiteral("google_stt")));
        log.record(failedEntry(QStringLiteral("openai_tts")));
        ActivityPage page(log);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectRow(0);
        const QString details = page.detailsText();
        for (const QString& line : log.entries().at(0).trace.toText())
            QVERIFY2(details.contains(line), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Routing trace:")));

        // The keyboard moves the selection, and the details follow.
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_Down);
        QVERIFY2(page.detailsText().contains(QStringLiteral("Error: The key was refused: set a new one.")),
                 qPrintable(page.detailsText()));
        QVERIFY(page.detailsText().contains(QStringLiteral("no routing trace")));
    }

    void typingInTheFilterNarrowsTheTable()
    {
        ActivityLog log;
        log.record(routedEntry(QStringLiteral("google_stt")));
        log.record(failedEntry(QStringLiteral("openai_tts")));
        log.record(routedEntry(QStringLiteral("yandex_stt")));
        ActivityPage page(log);
        auto* filter = page.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("auth"));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(page.entryAt(0)->provider, QStringLiteral("openai_tts"));
        filter->clear();
        QCOMPARE(page.table()->model()->rowCount(), 3);
        auto* outcome = page.findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
        QVERIFY(outcome);
        outcome->setCurrentIndex(1); // succeeded
        QCOMPARE(page.table()->model()->rowCount(), 2);
    }

    // The table speaks the user's language; the filter still takes the names the CLI and the
    // exports use, and an export keeps them.
    void operationsAndOutcomesFollowTheLanguage()
    {
        ActivityLog log;
        log.record(routedEntry(QStringLiteral("google_stt")));
        log.record(failedEntry(QStringLiteral("openai_tts")));
        ActivityPage page(log);
        QAbstractItemModel* table = page.table()->model();
        const auto cell = [table](int row, int column) {
            return table->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, ActivityTableModel::OperationColumn), QStringLiteral("transcribe"));
        QCOMPARE(cell(1, ActivityTableModel::OutcomeColumn), QStringLiteral("auth"));

        Translator translator;
        QVERIFY(translator.setLanguage(QStringLiteral("ru")));
        QCOMPARE(cell(0, ActivityTableModel::OperationColumn), QString::fromUtf8("распознавание"));
        QCOMPARE(cell(0, ActivityTableModel::OutcomeColumn), QString::fromUtf8("успешно"));
        QCOMPARE(cell(1, ActivityTableModel::OperationColumn), QString::fromUtf8("синтез"));
        QCOMPARE(cell(1, ActivityTableModel::OutcomeColumn), QString::fromUtf8("ключ отклонён"));
        page.table()->selectRow(1);
        QVERIFY2(page.detailsText().startsWith(QString::fromUtf8("синтез")), qPrintable(page.detailsText()));
        auto* filter = page.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        for (const QString& typed : {QString::fromUtf8("отклонён"), QStringLiteral("auth")}) {
            filter->setText(typed);
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(page.entryAt(0)->provider, QStringLiteral("openai_tts"));
        }
        filter->clear();

        const QByteArray csv = exportFile(page, QStringLiteral("activity-ru.csv"));
        QVERIFY2(csv.contains(",transcribe,google_stt,ok,") && csv.contains(",synthesize,openai_tts,auth,"),
                 csv.constData());
    }

    void capacityDropsKeepTheSelectedRequest()
    {
        ActivityLog log(3);
        for (const char* name : {"a", "b", "c"})
            log.record(routedEntry(QString::fromLatin1(name)));
        ActivityPage page(log);
        page.selectRow(2); // "c"
        log.record(routedEntry(QStringLiteral("d")));
        log.record(routedEntry(QStringLiteral("e")));
        QCOMPARE(page.table()->model()->rowCount(), 3);
        const QModelIndex current = page.table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(page.entryAt(current.row())->provider, QStringLiteral("c"));
        QVERIFY(page.detailsText().startsWith(QStringLiteral("transcribe with c: ok")));
        log.record(routedEntry(QStringLiteral("f"))); // "c" itself is dropped
        QCOMPARE(page.table()->model()->rowCount(), 3);
        QCOMPARE(page.entryAt(0)->provider, QStringLiteral("d"));
        QVERIFY(!page.detailsText().contains(QStringLiteral("with c:")));
    }

    void clearButtonEmptiesTheLog()
    {
        ActivityLog log;
        log.record(routedEntry(QStringLiteral("google_stt")));
        ActivityPage page(log);
        page.selectRow(0);
        auto* clear = page.findChild<QPushButton*>(QStringLiteral("clearButton"));
        QVERIFY(clear);
        clear->click();
        QVERIFY(log.entries().isEmpty());
        QCOMPARE(page.table()->model()->rowCount(), 0);
        QVERIFY(page.detailsText().startsWith(QStringLiteral("Select a request")));
    }

    void exportsJsonWithTraces()
    {
        ActivityLog log;
        log.record(routedEntry(QStringLiteral("google_stt")));
        log.record(failedEntry(QStringLiteral("openai_tts")));
        ActivityPage page(log);
        const QJsonArray array =
            QJsonDocument::fromJson(exportFile(page, QStringLiteral("activity.json"))).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value("trace").toObject().value("attempts").toArray().size(), 2);
        QCOMPARE(array.at(1).toObject().value("error").toObject().value("kind").toString(),
                 QStringLiteral("auth"));
    }

    // Issue #17: probes (five a minute) buried the user's requests with no way to hide them.
    void probesCanBeHiddenAndTheChoiceIsKept()
    {
        ActivityLog log;
        ActivityEntry probe = failedEntry(QStringLiteral("openai_stt"));
        probe.operation = ActivityEntry::Operation::Probe;
        log.record(routedEntry(QStringLiteral("google_stt")));
        log.record(probe);
        ActivityPage page(log);
        QCOMPARE(page.table()->model()->rowCount(), 2); // listed unless asked otherwise
        auto* box = page.findChild<QCheckBox*>(QStringLiteral("probesCheck"));
        QVERIFY(box && box->isChecked());
        box->click();
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(page.entryAt(0)->provider, QStringLiteral("google_stt"));
        log.record(probe); // one arriving meanwhile stays hidden too
        QCOMPARE(page.table()->model()->rowCount(), 1);

        const QByteArray state = page.savePageState();
        ActivityPage restarted(log);
        QVERIFY(restarted.restorePageState(state));
        QVERIFY(!restarted.findChild<QCheckBox*>(QStringLiteral("probesCheck"))->isChecked());
        QCOMPARE(restarted.table()->model()->rowCount(), 1);
        QVERIFY(!restarted.restorePageState("not json")); // keeps what it has
        QCOMPARE(restarted.table()->model()->rowCount(), 1);
    }

    // Issue #17: the export ignored the filter and wrote every request.
    void exportWritesOnlyTheRequestsShown()
    {
        ActivityLog log;
        log.record(routedEntry(QStringLiteral("google_stt")));
        log.record(failedEntry(QStringLiteral("openai_tts")));
        ActivityPage page(log);
        page.setFilterText(QStringLiteral("openai"));
        const QJsonArray array =
            QJsonDocument::fromJson(exportFile(page, QStringLiteral("filtered.json"))).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value("provider").toString(), QStringLiteral("openai_tts"));
    }

    void exportsCsvByDefault()
    {
        ActivityLog log;
        log.record(routedEntry(QStringLiteral("google_stt")));
        ActivityPage page(log);
        QVERIFY(exportFile(page, QStringLiteral("activity.csv"))
                    .startsWith("time,operation,provider,outcome,latency_ms,bytes,error\r\n"));
    }
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
