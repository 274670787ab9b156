#include "core/suites/suitetargets.h"

#include "core/network/connectiongate.h"
#include "core/resilience/providerdirectory.h"
#include "core/suites/caseresult.h"

#include <QThreadPool>

namespace vd {

namespace {

SuiteTarget target(const QString& name, bool offline)
{
    if (offline)
        return SuiteTarget{name, std::max(1, QThreadPool::globalInstance()->maxThreadCount()),
                           SuiteTarget::kOfflineGroup};
    return SuiteTarget{name, ConnectionGate::kPerOrigin, QString()};
}

QList<SuiteTarget> resolveCategory(const QStringList& choices, ProviderCategory category,
                                   ProviderDirectory& directory)
{
    const QList<RouteCandidate> candidates = directory.candidates(category);
    QList<SuiteTarget> named;
    for (const QString& choice : choices) {
        for (const RouteCandidate& candidate : candidates) {
            if (candidate.info.name == choice)
                named.append(target(choice, candidate.info.offline));
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
            return {target(CaseResult::kAuto, candidate.info.offline)};
        all.append(target(candidate.info.name, candidate.info.offline));
    }
    if (wantAll)
        return all;
    return {SuiteTarget{CaseResult::kAuto, 1, QString()}}; // nothing to route to: each case reports why
}

} // namespace

SuiteTargets SuiteTargets::resolve(const QStringList& choices, ProviderDirectory& directory)
{
    return SuiteTargets{resolveCategory(choices, ProviderCategory::Stt, directory),
                        resolveCategory(choices, ProviderCategory::Tts, directory)};
}

} // namespace vd
