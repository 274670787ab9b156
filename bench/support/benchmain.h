#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <benchmark/benchmark.h>
#include <functional>
#include <vector>

namespace vd::bench {

// Fixtures that hold Qt objects (network managers, runtimes, the mock process) are created on
// first use and must be destroyed while QCoreApplication still exists: they register here, and
// VD_BENCHMARK_MAIN runs the list (newest first) before the application object goes away.
inline std::vector<std::function<void()>>& teardowns()
{
    static std::vector<std::function<void()>> list;
    return list;
}

// The application's quiet default (the CLI without --verbose): warnings only, so that log
// output is not part of what is measured.
inline void quietLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("voicedeck.*.debug=false\nvoicedeck.*.info=false"));
}

inline void runTeardowns()
{
    auto& list = teardowns();
    while (!list.empty()) {
        const std::function<void()> last = std::move(list.back());
        list.pop_back();
        last();
    }
}

} // namespace vd::bench

// main() for a benchmark program that needs Qt's event loop machinery (QCoreApplication must
// exist before any QObject with timers or sockets). Google Benchmark flags pass through.
#define VD_BENCHMARK_MAIN()                                                                                  \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        QCoreApplication app(argc, argv);                                                                    \
        vd::bench::quietLogs();                                                                              \
        benchmark::Initialize(&argc, argv);                                                                  \
        if (benchmark::ReportUnrecognizedArguments(argc, argv))                                              \
            return 1;                                                                                        \
        benchmark::RunSpecifiedBenchmarks();                                                                 \
        benchmark::Shutdown();                                                                               \
        vd::bench::runTeardowns();                                                                           \
        return 0;                                                                                            \
    }
