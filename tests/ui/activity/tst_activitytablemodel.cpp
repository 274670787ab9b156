#include "ui/activity/activityexport.h"
#include "ui/activity/activityfiltermodel.h"
#include "ui/activity/activitylog.h"
#include "ui/activity/activitytablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace vd;

class TestActivityTableModel : public QObject
{
    Q_OBJECT

private:
    static ActivityEntry entry(const QString& provider, bool ok = true, double latencyMs = 100.0,
                               ActivityEntry::Operation operation = ActivityEntry::Operation::Transcribe)
    {
        static QDateTime clock = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        clock = clock.addMSecs(250);
        ActivityEntry e;
        e.time = clock;
        e.operation = operation;
        e.provider = provider;
        e.ok = ok;
        e.latencyMs = latencyMs;
        e.bytes = 32044;
        if (!ok)
            e.error = ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded, try later"), 503);
        return e;
    }
    static QString cell(const QAbstractItemModel& model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void showsEntriesInRecordedOrderWithUnits()
    {
        ActivityLog log;
        log.record(entry(QStringLiteral("openai_stt"), false, 2031.4));
        log.record(entry(QStringLiteral("google_stt"), true, 812.0));
        ActivityTableModel model(log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ActivityTableModel::ColumnCount));
        QCOMPARE(cell(model, 0, ActivityTableModel::ProviderColumn), QStringLiteral("openai_stt"));
        QCOMPARE(cell(model, 0, ActivityTableModel::OperationColumn), QStringLiteral("transcribe"));
        QCOMPARE(cell(model, 0, ActivityTableModel::OutcomeColumn), QStringLiteral("server"));
        QCOMPARE(cell(model, 0, ActivityTableModel::LatencyColumn), QStringLiteral("2031 ms"));
        QCOMPARE(cell(model, 0, ActivityTableModel::SizeColumn), QStringLiteral("31.3 KiB"));
        QCOMPARE(cell(model, 1, ActivityTableModel::OutcomeColumn), QStringLiteral("ok"));
        QCOMPARE(model.index(0, ActivityTableModel::OutcomeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("overloaded, try later"));
        QCOMPARE(
            model.index(1, ActivityTableModel::LatencyColumn).data(ActivityTableModel::SortRole).toDouble(),
            812.0);
        QCOMPARE(model.headerData(ActivityTableModel::LatencyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Latency"));
    }

    void appendsRecordedEntriesLive()
    {
        ActivityLog log;
        ActivityTableModel model(log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        log.record(entry(QStringLiteral("a")));
        log.record(entry(QStringLiteral("b")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(cell(model, 1, ActivityTableModel::ProviderColumn), QStringLiteral("b"));
    }

    void capacityDropsRemoveTheOldestRowsFirst()
    {
        ActivityLog log(3);
        ActivityTableModel model(log);
        ActivityFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ActivityTableModel::LatencyColumn, Qt::DescendingOrder);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 7; ++i)
            log.record(entry(QString(QChar(u'a' + i)), true, 100.0 * i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.size(), 4);
        QCOMPARE(cell(model, 0, ActivityTableModel::ProviderColumn), QStringLiteral("e"));
        QCOMPARE(cell(model, 2, ActivityTableModel::ProviderColumn), QStringLiteral("g"));
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(cell(proxy, 0, ActivityTableModel::ProviderColumn), QStringLiteral("g")); // slowest first
        QCOMPARE(cell(proxy, 2, ActivityTableModel::ProviderColumn), QStringLiteral("e"));
    }

    void clearEmptiesTheTable()
    {
        ActivityLog log;
        ActivityTableModel model(log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.record(entry(QStringLiteral("a")));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        log.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 1);
        log.record(entry(QStringLiteral("b")));
        QCOMPARE(model.rowCount(), 1);
    }

    void sortsOnRawValuesNotText()
    {
        ActivityLog log;
        log.record(entry(QStringLiteral("slow"), true, 900.0));
        log.record(entry(QStringLiteral("fast"), true, 80.0));
        log.record(entry(QStringLiteral("slowest"), true, 10000.0));
        ActivityTableModel model(log);
        ActivityFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ActivityTableModel::LatencyColumn, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, ActivityTableModel::ProviderColumn), QStringLiteral("fast"));
        QCOMPARE(cell(proxy, 1, ActivityTableModel::ProviderColumn), QStringLiteral("slow"));
        QCOMPARE(cell(proxy, 2, ActivityTableModel::ProviderColumn), QStringLiteral("slowest"));
    }

    void filtersByProviderOperationOrOutcome_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("outcomes");
        QTest::addColumn<QStringList>("providers");
        QTest::newRow("everything") << QString() << 0
                                    << QStringList{"openai_stt", "google_stt", "openai_tts"};
        QTest::newRow("provider") << "openai" << 0 << QStringList{"openai_stt", "openai_tts"};
        QTest::newRow("outcome, any case") << "SERVER" << 0 << QStringList{"openai_stt"};
        QTest::newRow("operation") << "synth" << 0 << QStringList{"openai_tts"};
        QTest::newRow("only failures") << QString() << 2 << QStringList{"openai_stt"};
        QTest::newRow("only successes of openai") << "openai" << 1 << QStringList{"openai_tts"};
        QTest::newRow("nothing") << "yandex" << 0 << QStringList{};
    }
    void filtersByProviderOperationOrOutcome()
    {
        QFETCH(QString, text);
        QFETCH(int, outcomes);
        QFETCH(QStringList, providers);
        ActivityLog log;
        log.record(entry(QStringLiteral("openai_stt"), false));
        log.record(entry(QStringLiteral("google_stt")));
        log.record(entry(QStringLiteral("openai_tts"), true, 50.0, ActivityEntry::Operation::Synthesize));
        ActivityTableModel model(log);
        ActivityFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setText(text);
        proxy.setOutcomes(ActivityFilterModel::Outcomes(outcomes));
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << cell(proxy, row, ActivityTableModel::ProviderColumn);
        QCOMPARE(shown, providers);
        log.record(entry(QStringLiteral("openai_stt"), false)); // the filter applies to new rows too
        QCOMPARE(proxy.rowCount(),
                 providers.size() + (providers.contains(QStringLiteral("openai_stt")) ? 1 : 0));
    }

    void exportsCsvWithQuotedErrors()
    {
        const QList<ActivityEntry> entries{entry(QStringLiteral("openai_stt"), false, 2031.0)};
        const QList<QByteArray> lines = activityToCsv(entries).split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("time,operation,provider,outcome,latency_ms,bytes,error"));
        QVERIFY2(lines.at(1).contains(",transcribe,openai_stt,server,2031,32044,\"overloaded, try later\""),
                 lines.at(1).constData());
    }

    void exportsJsonWithTheRoutingTrace()
    {
        ActivityEntry e = entry(QStringLiteral("google_stt"));
        RouteStep failed;
        failed.provider = QStringLiteral("openai_stt");
        failed.decision = RouteDecision::Failed;
        failed.error = ProviderError::make(ErrorKind::Server, QStringLiteral("down"), 503);
        failed.attempt = 1;
        e.trace.append(failed);
        RouteStep ok;
        ok.provider = QStringLiteral("google_stt");
        ok.decision = RouteDecision::Ok;
        ok.attempt = 1;
        e.trace.append(ok);
        const QJsonArray array = QJsonDocument::fromJson(activityToJson({e})).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject object = array.at(0).toObject();
        QCOMPARE(object.value("provider").toString(), QStringLiteral("google_stt"));
        QCOMPARE(object.value("outcome").toString(), QStringLiteral("ok"));
        QVERIFY(!object.contains("error"));
        QCOMPARE(object.value("trace").toObject(), e.trace.toJson());
    }
};

QTEST_GUILESS_MAIN(TestActivityTableModel)
#include "tst_activitytablemodel.moc"
