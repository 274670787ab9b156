#include "ui/activity/activitylog.h"

#include <QSignalSpy>
#include <QTest>

using namespace vd;

class TestActivityLog : public QObject
{
    Q_OBJECT

private:
    static ActivityEntry entry(const QString& provider)
    {
        ActivityEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.provider = provider;
        e.ok = true;
        return e;
    }

private Q_SLOTS:
    void recordsInOrderAndAnnouncesEachEntry()
    {
        ActivityLog log;
        QSignalSpy spy(&log, &ActivityLog::recorded);
        log.record(entry(QStringLiteral("a")));
        log.record(entry(QStringLiteral("b")));
        QCOMPARE(log.entries().size(), 2);
        QCOMPARE(log.entries().at(0).provider, QStringLiteral("a"));
        QCOMPARE(log.entries().at(1).provider, QStringLiteral("b"));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<ActivityEntry>().provider, QStringLiteral("b"));
        QCOMPARE(spy.at(1).at(1).value<qsizetype>(), qsizetype(0));
    }

    void dropsTheOldestEntriesBeyondItsCapacity()
    {
        ActivityLog log(2);
        QSignalSpy spy(&log, &ActivityLog::recorded);
        log.record(entry(QStringLiteral("a")));
        log.record(entry(QStringLiteral("b")));
        log.record(entry(QStringLiteral("c")));
        QCOMPARE(log.entries().size(), 2);
        QCOMPARE(log.entries().at(0).provider, QStringLiteral("b"));
        QCOMPARE(log.entries().at(1).provider, QStringLiteral("c"));
        QCOMPARE(spy.at(2).at(1).value<qsizetype>(), qsizetype(1));
    }

    void restoredEntriesGoBeforeThisSessionsWithinTheCapacity()
    {
        ActivityLog log(3);
        log.record(entry(QStringLiteral("now1")));
        log.record(entry(QStringLiteral("now2")));
        QSignalSpy restored(&log, &ActivityLog::restored);
        log.restore(
            {entry(QStringLiteral("old1")), entry(QStringLiteral("old2")), entry(QStringLiteral("old3"))});
        QCOMPARE(restored.size(), 1);
        // Room for one more: the newest of the earlier ones.
        QCOMPARE(log.entries().size(), 3);
        QCOMPARE(log.entries().at(0).provider, QStringLiteral("old3"));
        QCOMPARE(log.entries().at(1).provider, QStringLiteral("now1"));
        QCOMPARE(log.entries().at(2).provider, QStringLiteral("now2"));
    }

    void clearEmptiesTheLog()
    {
        ActivityLog log;
        QSignalSpy spy(&log, &ActivityLog::cleared);
        log.record(entry(QStringLiteral("a")));
        log.clear();
        QVERIFY(log.entries().isEmpty());
        QCOMPARE(spy.size(), 1);
    }

    void namesEveryOperation()
    {
        QCOMPARE(operationName(ActivityEntry::Operation::Transcribe), QStringLiteral("transcribe"));
        QCOMPARE(operationName(ActivityEntry::Operation::Synthesize), QStringLiteral("synthesize"));
        QCOMPARE(operationName(ActivityEntry::Operation::Compare), QStringLiteral("compare"));
        QCOMPARE(operationName(ActivityEntry::Operation::Probe), QStringLiteral("probe"));
        QCOMPARE(operationName(ActivityEntry::Operation::Voices), QStringLiteral("voices"));
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
