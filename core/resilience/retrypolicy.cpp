#include "core/resilience/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace vd {

using std::chrono::milliseconds;

RetryPolicy::RetryPolicy(int maxRetries, std::function<double()> random)
    : m_maxRetries(maxRetries), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

std::optional<milliseconds> RetryPolicy::retryDelay(const ProviderError& error, int retriesDone,
                                                    milliseconds untilDeadline) const
{
    if (!isRetryable(error.kind) || retriesDone >= m_maxRetries)
        return std::nullopt;
    const milliseconds wait =
        error.retryAfter ? std::max(milliseconds{0}, *error.retryAfter) : backoff(retriesDone);
    if (wait > kMaxWait || wait >= untilDeadline)
        return std::nullopt;
    return wait;
}

milliseconds RetryPolicy::backoff(int retriesDone) const
{
    const int exponent = std::clamp(retriesDone, 0, 30);
    const double base =
        std::min(double(kMaxBackoff.count()), double(kBaseDelay.count()) * std::pow(2.0, exponent));
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return milliseconds(qint64(std::llround(base * (0.75 + 0.5 * r))));
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray& retryAfter,
                                                         const QByteArray& retryAfterMs, const QDateTime& now)
{
    bool ok = false;
    const QByteArray ms = retryAfterMs.trimmed();
    if (!ms.isEmpty()) {
        const double value = ms.toDouble(&ok);
        // Bounded before the conversion: a double beyond qint64 is undefined behaviour (fuzzing).
        if (ok && value >= 0 && std::isfinite(value))
            return milliseconds(qint64(std::ceil(std::min(value, 1e15))));
    }
    const QByteArray text = retryAfter.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(milliseconds(std::min<qint64>(seconds, 1'000'000'000) * 1000))
                            : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 §5.6.7); English names whatever the locale.
    QString date = QString::fromLatin1(text);
    date.remove(QStringLiteral(" GMT"));
    const QDateTime when = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return milliseconds(std::max<qint64>(0, now.msecsTo(utc)));
}

} // namespace vd
