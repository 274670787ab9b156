#include "core/network/retryafter.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace vd {

namespace {

// Longer than any retry waits, and far inside qint64 (a double beyond it would be undefined).
constexpr double kYearMs = 365.0 * 24 * 3600 * 1000;

QByteArray header(const HttpHeaders& headers, const char* name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

// A plain non-negative decimal number, converted with `scale` to whole milliseconds (rounded up).
std::optional<std::chrono::milliseconds> decimal(const QByteArray& text, double scale)
{
    static const QRegularExpression kDecimal(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
    if (!kDecimal.match(QString::fromLatin1(text)).hasMatch())
        return std::nullopt;
    const double ms = std::ceil(text.toDouble() * scale);
    return std::chrono::milliseconds(qint64(std::min(ms, kYearMs)));
}

std::optional<std::chrono::milliseconds> httpDate(const QByteArray& text, const QDateTime& now)
{
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" (and asctime) is RFC 2822 with a numeric zone,
    // which is what Qt's parser reads.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const double ms = std::clamp(double(now.msecsTo(when)), 0.0, kYearMs);
    return std::chrono::milliseconds(qint64(ms));
}

} // namespace

std::optional<std::chrono::milliseconds> parseRetryAfter(const HttpHeaders& headers, const Clock& clock)
{
    if (const auto ms = decimal(header(headers, "retry-after-ms"), 1.0))
        return ms;
    const QByteArray retryAfter = header(headers, "retry-after");
    if (retryAfter.isEmpty())
        return std::nullopt;
    if (const auto seconds = decimal(retryAfter, 1000.0))
        return seconds;
    return httpDate(retryAfter, clock.wallNow());
}

} // namespace vd
