#include "core/suites/suitetargets.h"

#include "core/network/connectiongate.h"
#include "core/resilience/providerdirectory.h"
#include "core/suites/caseresult.h"

#include <QThreadPool>

namespace vd {

namespace {

int concurrencyOf(bool offline)
{
    return offline ? std::max(1, QThreadPool::globalInstance()->maxThreadCount())
                   : ConnectionGate::kPerOrigin;
}

QList<SuiteTarget> resolveCategory(const QStringList& choices, ProviderCategory category,
                                   ProviderDirectory& directory)
{
    const QList<RouteCandidate> candidates = directory.candidates(category);
    QList<SuiteTarget> named;
    for (const QString& choice : choices) {
        for (const RouteCandidate& candidate : candidates) {
            if (candidate.info.name == choice)
                named.append(SuiteTarget{choice, concurrencyOf(candidate.info.offline)});
        }
    }
    if (!named.isEmpty())
        return named;
    QList<SuiteTarget> all;
    const bool wantAll = choices.contains(QStringLiteral("all"));
    for (const RouteCandidate& candidate : candidates) {
        if (!candidate.info.enabled || !candidate.configured)
            continue;
        if (!wantAll) // the chain: limited like the provider that usually answers, its first
            return {SuiteTarget{CaseResult::kAuto, concurrencyOf(candidate.info.offline)}};
        all.append(SuiteTarget{candidate.info.name, concurrencyOf(candidate.info.offline)});
    }
    if (wantAll)
        return all;
    return {SuiteTarget{CaseResult::kAuto, 1}}; // nothing to route to: each case reports why
}

} // namespace

SuiteTargets SuiteTargets::resolve(const QStringList& choices, ProviderDirectory& directory)
{
    return SuiteTargets{resolveCategory(choices, ProviderCategory::Stt, directory),
                        resolveCategory(choices, ProviderCategory::Tts, directory)};
}

} // namespace vd
