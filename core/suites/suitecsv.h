#pragma once

#include "core/suites/suiterun.h"

#include <QByteArray>

namespace vd {

// A suite run as CSV (RFC 4180, UTF-8, CRLF), one row per case × provider, for spreadsheets:
// case,id,type,target,provider,outcome,wer,tolerance,latency_ms,attempts,text,expected,error
QByteArray suiteRunCsv(const SuiteRun& run);

} // namespace vd
