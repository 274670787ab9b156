#include "core/resilience/attemptbudget.h"

#include <QCoreApplication>
#include <algorithm>

namespace vd {

using std::chrono::milliseconds;

milliseconds AttemptBudget::share(milliseconds untilDeadline, int providersLeft)
{
    return std::max(milliseconds{0}, untilDeadline) / std::max(1, providersLeft);
}

AttemptBudget AttemptBudget::of(milliseconds attemptTimeout, milliseconds untilShareEnd,
                                milliseconds untilDeadline)
{
    AttemptBudget budget;
    if (attemptTimeout < untilShareEnd) {
        budget.limit = attemptTimeout;
        budget.bound = Bound::AttemptTimeout;
    } else {
        budget.limit = untilShareEnd;
        budget.bound = untilShareEnd >= untilDeadline ? Bound::Deadline : Bound::Share;
    }
    budget.limit = std::max(milliseconds{1}, budget.limit);
    return budget;
}

QString AttemptBudget::reason() const
{
    switch (bound) {
    case Bound::AttemptTimeout:
        return QCoreApplication::translate("vd::AttemptBudget",
                                           "timeout after %1 ms (routing.attempt_timeout_ms)")
            .arg(limit.count());
    case Bound::Share:
        return QCoreApplication::translate("vd::AttemptBudget", "timeout after %1 ms (share of the deadline)")
            .arg(limit.count());
    case Bound::Deadline:
        break;
    }
    return QCoreApplication::translate("vd::AttemptBudget", "timeout after %1 ms (rest of the deadline)")
        .arg(limit.count());
}

QString AttemptBudget::timeoutMessage(const QString& provider, int providersLeft) const
{
    switch (bound) {
    case Bound::AttemptTimeout:
        return QCoreApplication::translate("vd::AttemptBudget",
                                           "%1 gave no answer within %2 ms (routing.attempt_timeout_ms).")
            .arg(provider)
            .arg(limit.count());
    case Bound::Share:
        return QCoreApplication::translate(
                   "vd::AttemptBudget",
                   "%1 gave no answer within its %2 ms share of the request deadline "
                   "(routing.request_deadline_ms split evenly over the %3 providers left, so the ones after "
                   "it still get their turn).")
            .arg(provider)
            .arg(limit.count())
            .arg(providersLeft);
    case Bound::Deadline:
        break;
    }
    return QCoreApplication::translate(
               "vd::AttemptBudget",
               "%1 had not answered when the request deadline (routing.request_deadline_ms) was reached.")
        .arg(provider);
}

} // namespace vd
