#include "core/history/historyschema.h"

namespace vd::HistorySchema {

const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps{
        // 1: requests and probes; suite runs with their case × provider results.
        {
            QStringLiteral("CREATE TABLE requests (id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, "
                           "operation TEXT NOT NULL, source TEXT NOT NULL, provider TEXT NOT NULL, "
                           "outcome TEXT NOT NULL, error_kind TEXT NOT NULL, error_message TEXT NOT NULL, "
                           "latency_ms REAL NOT NULL, input_bytes INTEGER NOT NULL, "
                           "output_bytes INTEGER NOT NULL, attempts INTEGER NOT NULL, trace TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX requests_time ON requests (time_ms)"),
            QStringLiteral("CREATE INDEX requests_provider_time ON requests (provider, time_ms)"),
            QStringLiteral(
                "CREATE TABLE suite_runs (id INTEGER PRIMARY KEY, started_ms INTEGER NOT NULL, "
                "finished_ms INTEGER NOT NULL, suite_name TEXT NOT NULL, suite_path TEXT NOT NULL, "
                "passed INTEGER NOT NULL, failed INTEGER NOT NULL, problems INTEGER NOT NULL, "
                "cancelled INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX suite_runs_started ON suite_runs (started_ms)"),
            QStringLiteral("CREATE TABLE suite_cases (run_id INTEGER NOT NULL REFERENCES suite_runs (id) "
                           "ON DELETE CASCADE, case_index INTEGER NOT NULL, case_id TEXT NOT NULL, "
                           "kind TEXT NOT NULL, target TEXT NOT NULL, provider TEXT NOT NULL, "
                           "outcome TEXT NOT NULL, wer REAL, latency_ms REAL NOT NULL, "
                           "error_kind TEXT NOT NULL, message TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX suite_cases_run ON suite_cases (run_id)"),
        },
    };
    return steps;
}

} // namespace vd::HistorySchema
