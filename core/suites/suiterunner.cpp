#include "core/suites/suiterunner.h"

#include "core/corelog.h"
#include "core/model/clock.h"
#include "core/suites/caseexecution.h"

namespace vd {

namespace {

QString limitKey(SuiteCaseKind kind, const SuiteTarget& target)
{
    return target.group.isEmpty() ? suiteCaseKindName(kind) + QLatin1Char('/') + target.name : target.group;
}

} // namespace

SuiteRunner::SuiteRunner(Router& router, Suite suite, SuiteTargets targets, const Clock& clock,
                         QObject* parent)
    : QObject(parent), m_router(router), m_suite(std::move(suite)), m_clock(clock)
{
    m_run.suiteName = m_suite.name;
    m_run.suitePath = m_suite.path;
    for (SuiteCaseKind kind : {SuiteCaseKind::Stt, SuiteCaseKind::Tts}) {
        for (const SuiteTarget& target : targets.of(kind)) {
            for (int i = 0; i < m_suite.cases.size(); ++i) {
                if (m_suite.cases.at(i).kind == kind)
                    m_items.append(Item{i, target});
            }
        }
    }
    m_run.results.resize(m_items.size());
}

SuiteRunner::~SuiteRunner() = default;

void SuiteRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_run.startedAt = m_clock.wallNow().toUTC();
    m_startedAt = m_clock.now();
    qCInfo(lcSuites) << "running suite" << m_suite.name << ":" << m_items.size() << "case runs";
    launch();
    finishWhenDone(); // a suite without cases to run still finishes, asynchronously
}

void SuiteRunner::launch()
{
    for (int i = 0; i < m_items.size() && !m_cancelled; ++i) {
        Item& item = m_items[i];
        const SuiteCase& testCase = m_suite.cases.at(item.caseSlot);
        int& inFlight = m_inFlight[limitKey(testCase.kind, item.target)];
        if (item.started || inFlight >= item.target.concurrency)
            continue;
        item.started = true;
        ++inFlight;
        item.execution = new CaseExecution(m_router, m_suite, testCase, item.target.name, this);
        connect(item.execution, &CaseExecution::finished, this, [this, i] {
            Item& done = m_items[i];
            --m_inFlight[limitKey(m_suite.cases.at(done.caseSlot).kind, done.target)];
            const CaseResult result = done.execution->result();
            done.execution->deleteLater();
            done.execution = nullptr;
            record(i, result);
            launch();
            finishWhenDone();
        });
        item.execution->start();
    }
}

void SuiteRunner::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    m_run.cancelled = true;
    for (int i = 0; i < m_items.size(); ++i) {
        Item& item = m_items[i];
        if (item.execution) {
            item.execution->cancel();
        } else if (!item.started) {
            item.started = true;
            CaseResult result = CaseResult::forCase(m_suite.cases.at(item.caseSlot), item.target.name);
            result.outcome = CaseOutcome::Cancelled;
            record(i, result);
        }
    }
    finishWhenDone();
}

void SuiteRunner::record(int item, const CaseResult& result)
{
    m_run.results[item] = result;
    ++m_done;
    Q_EMIT caseFinished(result);
    Q_EMIT progress(m_done, total());
}

void SuiteRunner::finishWhenDone()
{
    if (m_finished || m_done < total())
        return;
    m_finished = true;
    m_run.wallMs = std::chrono::duration<double, std::milli>(m_clock.now() - m_startedAt).count();
    QMetaObject::invokeMethod(this, &SuiteRunner::finished, Qt::QueuedConnection);
}

} // namespace vd
