#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/resiliencestore.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

// Several processes updating the shared persisted resilience state at once lose no update
// (issue #7; extends tst_resiliencestore's five single-failure runs): twelve processes, three
// providers, seven failures each, all started together, add up exactly.
class TestSharedState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twelveProcessesAtOnceLoseNoUpdate()
    {
        const QString helper =
            QCoreApplication::applicationDirPath() + QStringLiteral("/resiliencestore_helper");
        QVERIFY2(QFile::exists(helper), qPrintable(helper));
        QTemporaryDir dir;
        const QStringList providers{QStringLiteral("openai_stt"), QStringLiteral("google_tts"),
                                    QStringLiteral("yandex_stt")};
        constexpr int kProcesses = 12;
        constexpr int kFailures = 7;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kProcesses; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->start(
                helper, {dir.path(), providers.at(i % providers.size()), QString::number(kFailures)});
        }
        for (auto& process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }
        ResilienceState state;
        ResilienceStore store(state, dir.path());
        QFutureWatcher<bool> loading;
        QSignalSpy loaded(&loading, &QFutureWatcherBase::finished);
        loading.setFuture(store.load());
        QVERIFY(loaded.wait(30000));
        QVERIFY(loading.result());
        const int each = kProcesses / int(providers.size()) * kFailures;
        for (const QString& provider : providers) {
            QCOMPARE(state.health(provider).totalFailures(), each);
            QCOMPARE(state.health(provider).totalCalls(), each);
            QCOMPARE(state.health(provider).history().size(), each);
            QCOMPARE(state.breaker(provider)->state(), BreakerState::Open);
        }
        qInfo("shared state: %d processes x %d updates, %d recorded, 0 lost", kProcesses, kFailures,
              each * int(providers.size()));
    }
};

QTEST_GUILESS_MAIN(TestSharedState)
#include "tst_sharedstate.moc"
