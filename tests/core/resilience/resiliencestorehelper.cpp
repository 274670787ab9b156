// A separate process for tst_resiliencestore: loads the shared state, prints the provider's
// breaker state, records failures of it, flushes and exits.
// Usage: resiliencestore_helper STATE_DIR PROVIDER FAILURES

#include "core/model/providererror.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/resiliencestore.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QTextStream>

using namespace vd;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const QString provider = args.at(2);
    const int failures = args.at(3).toInt();
    ResilienceState state;
    ResilienceStore store(state, args.at(1));
    QFutureWatcher<bool> loading;
    QFutureWatcher<bool> flushing;
    QObject::connect(&loading, &QFutureWatcherBase::finished, &app, [&] {
        QTextStream(stdout) << "before=" << breakerStateName(state.breaker(provider)->state()) << Qt::endl;
        for (int i = 0; i < failures; ++i)
            state.recordCall(provider, ProviderError::make(ErrorKind::Server, QStringLiteral("helper"), 503),
                             std::chrono::milliseconds(5));
        flushing.setFuture(store.flush());
    });
    QObject::connect(&flushing, &QFutureWatcherBase::finished, &app, [&] {
        QTextStream(stdout) << "after=" << breakerStateName(state.breaker(provider)->state()) << Qt::endl;
        app.exit(flushing.result() ? 0 : 1);
    });
    loading.setFuture(store.load());
    return app.exec();
}
