#pragma once

#include "core/suites/suitecase.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vd {

class ProviderDirectory;

// One provider a suite's cases run against (or CaseResult::kAuto, the priority chain), and how
// many cases may be in flight at once in its limit group: targets of one group share the limit.
struct SuiteTarget
{
    static inline const QString kOfflineGroup = QStringLiteral("offline");

    QString name;
    int concurrency = 1;
    QString group; // empty: the target alone
};

// Which providers the STT and the TTS cases of a run go to.
struct SuiteTargets
{
    QList<SuiteTarget> stt;
    QList<SuiteTarget> tts;

    const QList<SuiteTarget>& of(SuiteCaseKind kind) const { return kind == SuiteCaseKind::Tts ? tts : stt; }

    // From the user's choices (`--provider`, repeatable): provider names of either category,
    // "auto" and "all". Per category: the named providers of that category when there are any,
    // else with "all" every enabled, configured provider of it (possibly none), else the auto
    // chain. Names must be known (the caller checks them). The concurrency follows the
    // routing limits: a cloud provider gets as many cases at once as its origin admits
    // (ConnectionGate); the offline engines together get one case per thread of the pool they
    // all run on, so a case's latency measures the engine, not a wait for a free thread.
    static SuiteTargets resolve(const QStringList& choices, ProviderDirectory& directory);
};

} // namespace vd
