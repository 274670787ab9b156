#include "core/suites/suitecsv.h"

#include "core/model/csv.h"

namespace vd {

QByteArray suiteRunCsv(const SuiteRun& run)
{
    QByteArray csv =
        "case,id,type,target,provider,outcome,wer,tolerance,latency_ms,attempts,text,expected,error\r\n";
    for (const CaseResult& r : run.results) {
        const QStringList fields{QString::number(r.caseIndex),
                                 r.caseId,
                                 suiteCaseKindName(r.kind),
                                 r.target,
                                 r.provider,
                                 caseOutcomeName(r.outcome),
                                 r.wer ? QString::number(r.wer->rate, 'f', 4) : QString(),
                                 QString::number(r.tolerance, 'f', 4),
                                 QString::number(r.latencyMs, 'f', 0),
                                 QString::number(r.attempts()),
                                 r.wer ? r.text : QString(),
                                 r.expected,
                                 r.passed() || r.outcome == CaseOutcome::OverTolerance ? QString()
                                                                                       : r.failureMessage()};
        csv += csvRecord(fields);
    }
    return csv;
}

} // namespace vd
