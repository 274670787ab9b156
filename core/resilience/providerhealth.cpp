#include "core/resilience/providerhealth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace vd {

namespace {

// Nearest-rank percentile of sorted values.
double percentile(const QList<double>& sorted, double q)
{
    const auto rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

ProviderHealth::ProviderHealth() : m_history(kHistoryCapacity) {}

void ProviderHealth::add(const HealthSample& sample, const QString& errorText)
{
    m_history.append(sample);
    m_lastCheck = sample.time;
    if (sample.probe) // samples merged out of order are put right by sortHistory()
        m_lastQualityProbe = sample.wer ? std::optional(sample) : std::nullopt;
    if (!sample.counts())
        return;
    ++m_totalCalls;
    if (sample.ok()) {
        m_consecutiveFailures = 0;
        m_latencies.append(sample.latencyMs);
        if (m_latencies.size() > kLatencyWindow)
            m_latencies.removeFirst();
    } else {
        ++m_totalFailures;
        ++m_consecutiveFailures;
        m_lastError = errorText;
    }
}

void ProviderHealth::sortHistory()
{
    // Checked in place: nearly always in order, and copying a full ring out first is not free.
    bool sorted = true;
    for (int i = 1; i < m_history.size() && sorted; ++i)
        sorted = !(m_history.at(i).time < m_history.at(i - 1).time);
    if (sorted)
        return;
    QList<HealthSample> samples = m_history.toList();
    std::stable_sort(samples.begin(), samples.end(),
                     [](const auto& a, const auto& b) { return a.time < b.time; });
    m_history.clear();
    for (const HealthSample& sample : samples)
        m_history.append(sample);
    m_lastCheck = m_history.last().time;
    findLastQualityProbe();
}

void ProviderHealth::pruneBefore(const QDateTime& cutoff)
{
    m_history.pruneBefore(cutoff);
    if (m_lastQualityProbe && m_lastQualityProbe->time < cutoff)
        m_lastQualityProbe.reset();
}

void ProviderHealth::findLastQualityProbe()
{
    m_lastQualityProbe.reset();
    for (int i = m_history.size() - 1; i >= 0; --i) {
        const HealthSample& sample = m_history.at(i);
        if (sample.probe) {
            if (sample.wer)
                m_lastQualityProbe = sample;
            return;
        }
    }
}

void ProviderHealth::setLastStatus(HealthStatus status)
{
    if (!m_history.isEmpty())
        m_history.setLastStatus(status);
}

LatencyStats ProviderHealth::latency() const
{
    LatencyStats stats;
    if (m_latencies.isEmpty())
        return stats;
    QList<double> sorted = m_latencies;
    std::sort(sorted.begin(), sorted.end());
    stats.count = int(sorted.size());
    stats.meanMs = meanLatencyMs();
    stats.p50Ms = percentile(sorted, 0.50);
    stats.p95Ms = percentile(sorted, 0.95);
    stats.p99Ms = percentile(sorted, 0.99);
    return stats;
}

double ProviderHealth::meanLatencyMs() const
{
    if (m_latencies.isEmpty())
        return 0.0;
    return std::accumulate(m_latencies.cbegin(), m_latencies.cend(), 0.0) / double(m_latencies.size());
}

bool ProviderHealth::recentTrouble(int slowCallMs) const
{
    int seen = 0;
    for (int i = m_history.size() - 1; i >= 0 && seen < kRecentWindow; --i) {
        const HealthSample& sample = m_history.at(i);
        if (!sample.counts())
            continue;
        ++seen;
        if (!sample.ok() || (slowCallMs > 0 && sample.latencyMs >= slowCallMs))
            return true;
    }
    return false;
}

void ProviderHealth::setAttention(const QString& reason, const QDateTime& at)
{
    m_attentionReason = reason;
    m_attentionChangedAt = at;
}

QByteArray ProviderHealth::toJsonText() const
{
    QJsonArray latencies;
    for (double ms : m_latencies)
        latencies.append(ms);
    const QJsonObject fields{{QStringLiteral("total_calls"), m_totalCalls},
                             {QStringLiteral("total_failures"), m_totalFailures},
                             {QStringLiteral("consecutive_failures"), m_consecutiveFailures},
                             {QStringLiteral("last_error"), m_lastError},
                             {QStringLiteral("last_check"), isoTime(m_lastCheck)},
                             {QStringLiteral("attention"), m_attentionReason},
                             {QStringLiteral("attention_changed_at"), isoTime(m_attentionChangedAt)},
                             {QStringLiteral("latencies"), latencies}};
    QByteArray text = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    // The history goes in as text: as a QJsonArray of arrays, a full one (10k samples) cost 15k
    // instructions a sample to build and write, against a few hundred this way.
    text.chop(1); // the object's closing brace
    text.reserve(text.size() + qsizetype(m_history.size()) * 40 + 16);
    text += ",\"samples\":[";
    for (int i = 0; i < m_history.size(); ++i) {
        if (i > 0)
            text += ',';
        m_history.at(i).appendJson(text);
    }
    text += "]}";
    return text;
}

QJsonObject ProviderHealth::toJson() const
{
    return QJsonDocument::fromJson(toJsonText()).object();
}

std::optional<ProviderHealth> ProviderHealth::fromJson(const QJsonObject& json)
{
    ProviderHealth health;
    health.m_totalCalls = std::max(0, json.value(QStringLiteral("total_calls")).toInt());
    health.m_totalFailures = std::max(0, json.value(QStringLiteral("total_failures")).toInt());
    health.m_consecutiveFailures = std::max(0, json.value(QStringLiteral("consecutive_failures")).toInt());
    health.m_lastError = json.value(QStringLiteral("last_error")).toString();
    health.m_lastCheck =
        QDateTime::fromString(json.value(QStringLiteral("last_check")).toString(), Qt::ISODateWithMs);
    health.m_attentionReason = json.value(QStringLiteral("attention")).toString();
    health.m_attentionChangedAt = QDateTime::fromString(
        json.value(QStringLiteral("attention_changed_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& value : json.value(QStringLiteral("latencies")).toArray()) {
        if (!value.isDouble())
            return std::nullopt;
        health.m_latencies.append(value.toDouble());
    }
    while (health.m_latencies.size() > kLatencyWindow)
        health.m_latencies.removeFirst();
    QDateTime previous;
    for (const QJsonValue& value : json.value(QStringLiteral("samples")).toArray()) {
        const auto sample = HealthSample::fromJson(value.toArray());
        if (!sample || (previous.isValid() && sample->time < previous))
            return std::nullopt;
        previous = sample->time;
        health.m_history.append(*sample);
    }
    health.findLastQualityProbe();
    return health;
}

} // namespace vd
