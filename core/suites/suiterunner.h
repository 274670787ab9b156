#pragma once

#include "core/suites/suite.h"
#include "core/suites/suiterun.h"
#include "core/suites/suitetargets.h"

#include <QHash>
#include <QObject>
#include <chrono>

namespace vd {

class CaseExecution;
class Clock;
class Router;

// Runs every case of a suite against each of its targets (a job like ProviderJob: start(), then
// `finished` exactly once, asynchronously; cancel() stops it). Cases of different targets run at
// the same time, each target (or limit group) with at most SuiteTarget::concurrency in flight, all through
// the router. `caseFinished` and `progress` report as cases end; run() holds the results in
// (type, target, case) order, whatever order they finished in.
class SuiteRunner : public QObject
{
    Q_OBJECT

public:
    SuiteRunner(Router& router, Suite suite, SuiteTargets targets, const Clock& clock,
                QObject* parent = nullptr);
    ~SuiteRunner() override;

    // Entries of the suite file that were left out (--keep-going): reported with the run.
    void setProblems(const QList<SuiteProblem>& problems) { m_run.problems = problems; }

    void start();
    // Cases not started yet end as cancelled at once, running ones are cancelled.
    void cancel();

    int total() const { return int(m_items.size()); }
    int done() const { return m_done; }
    bool isFinished() const { return m_finished; }
    const SuiteRun& run() const { return m_run; }

Q_SIGNALS:
    void caseFinished(const vd::CaseResult& result);
    void progress(int done, int total);
    void finished();

private:
    struct Item
    {
        int caseSlot = 0; // index into m_suite.cases
        SuiteTarget target;
        CaseExecution* execution = nullptr;
        bool started = false;
    };
    void launch();
    void record(int item, const CaseResult& result);
    void finishWhenDone();

    Router& m_router;
    Suite m_suite;
    const Clock& m_clock;
    QList<Item> m_items;
    QHash<QString, int> m_inFlight; // per limit group, else per "type/target"
    SuiteRun m_run;
    std::chrono::steady_clock::time_point m_startedAt;
    int m_done = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace vd
