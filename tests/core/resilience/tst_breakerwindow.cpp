#include "core/resilience/breakerwindow.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vd;

namespace {

// The window as a plain list, the way the breaker kept it before the ring: the reference.
struct NaiveWindow
{
    qsizetype capacity;
    QList<BreakerCall> calls;

    void push(BreakerCall call)
    {
        calls.append(call);
        while (calls.size() > capacity)
            calls.removeFirst();
    }
    int failed() const
    {
        return int(std::count_if(calls.cbegin(), calls.cend(), [](auto c) { return c.failed; }));
    }
    int slow() const
    {
        return int(std::count_if(calls.cbegin(), calls.cend(), [](auto c) { return c.slow; }));
    }
};

BreakerCall call(bool failed, bool slow = false)
{
    return BreakerCall{failed, slow};
}

} // namespace

class TestBreakerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheNewestCallsWithRunningCounts()
    {
        BreakerWindow window(3);
        window.push(call(true, true));
        window.push(call(false));
        QCOMPARE(window.size(), 2);
        QCOMPARE(window.failed(), 1);
        QCOMPARE(window.slow(), 1);
        window.push(call(true));
        window.push(call(false, true)); // pushes the first (failed, slow) call out
        QCOMPARE(window.size(), 3);
        QCOMPARE(window.failed(), 1);
        QCOMPARE(window.slow(), 1);
        QCOMPARE(window.calls(), (QList<BreakerCall>{call(false), call(true), call(false, true)}));
    }

    void resizingKeepsTheNewest()
    {
        BreakerWindow window(4);
        for (bool failed : {true, true, false, true})
            window.push(call(failed));
        window.setCapacity(2);
        QCOMPARE(window.calls(), (QList<BreakerCall>{call(false), call(true)}));
        QCOMPARE(window.failed(), 1);
        window.setCapacity(5);
        window.push(call(true));
        QCOMPARE(window.calls(), (QList<BreakerCall>{call(false), call(true), call(true)}));
        QCOMPARE(window.failed(), 2);
        window.setCapacity(0); // at least one call is kept
        QCOMPARE(window.capacity(), 1);
        QCOMPARE(window.calls(), QList<BreakerCall>{call(true)});
    }

    void assignKeepsTheNewestThatFit()
    {
        BreakerWindow window(2);
        window.assign({call(true), call(false, true), call(true)});
        QCOMPARE(window.calls(), (QList<BreakerCall>{call(false, true), call(true)}));
        QCOMPARE(window.failed(), 1);
        QCOMPARE(window.slow(), 1);
        window.clear();
        QVERIFY(window.isEmpty());
        QCOMPARE(window.failed(), 0);
        QCOMPARE(window.calls(), QList<BreakerCall>{});
    }

    // Many pushes and resizes against the list the breaker used to keep: same calls, same counts.
    void agreesWithAPlainListOverALongRun()
    {
        QRandomGenerator random(20261205); // fixed seed: a failure is reproducible
        BreakerWindow window(20);
        NaiveWindow naive{20, {}};
        for (int i = 0; i < 20000; ++i) {
            if (i % 997 == 0) {
                const int capacity = 1 + int(random.bounded(40));
                window.setCapacity(capacity);
                naive.capacity = capacity;
                while (naive.calls.size() > capacity)
                    naive.calls.removeFirst();
            }
            const BreakerCall next = call(random.bounded(3) == 0, random.bounded(5) == 0);
            window.push(next);
            naive.push(next);
            QCOMPARE(window.size(), int(naive.calls.size()));
            QCOMPARE(window.failed(), naive.failed());
            QCOMPARE(window.slow(), naive.slow());
        }
        QCOMPARE(window.calls(), naive.calls);
    }
};

QTEST_GUILESS_MAIN(TestBreakerWindow)
#include "tst_breakerwindow.moc"
