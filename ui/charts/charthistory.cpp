#include "ui/charts/charthistory.h"

#include "core/model/csv.h"

#include <QIODevice>
#include <algorithm>

namespace vd {

namespace {

bool earlier(const ChartSample& a, const ChartSample& b)
{
    return a.time < b.time;
}

} // namespace

ChartHistory::ChartHistory(QObject* parent) : QObject(parent) {}

void ChartHistory::ensureProvider(const QString& provider)
{
    if (m_providers.contains(provider))
        return;
    m_providers.append(provider);
    m_samples.insert(provider, {});
    emit providersChanged();
}

void ChartHistory::appendSample(const QString& provider, const ChartSample& sample)
{
    ensureProvider(provider);
    QList<ChartSample>& samples = m_samples[provider];
    if (samples.isEmpty() || !earlier(sample, samples.last()))
        samples.append(sample); // the usual case: samples arrive in time order
    else
        samples.insert(std::upper_bound(samples.cbegin(), samples.cend(), sample, earlier), sample);
    prune(samples);
    emit samplesChanged(provider);
}

void ChartHistory::setHistory(const QString& provider, QList<ChartSample> samples)
{
    ensureProvider(provider);
    std::stable_sort(samples.begin(), samples.end(), earlier);
    prune(samples);
    m_samples[provider] = std::move(samples);
    emit samplesChanged(provider);
}

void ChartHistory::removeProvider(const QString& provider)
{
    if (!m_providers.removeOne(provider))
        return;
    m_samples.remove(provider);
    emit providersChanged();
}

void ChartHistory::clear()
{
    m_providers.clear();
    m_samples.clear();
    emit providersChanged();
}

qsizetype ChartHistory::sampleCount() const
{
    qsizetype count = 0;
    for (const QList<ChartSample>& samples : m_samples)
        count += samples.size();
    return count;
}

void ChartHistory::setMaxAge(std::chrono::milliseconds maxAge)
{
    m_maxAge = maxAge;
    for (const QString& provider : std::as_const(m_providers)) {
        QList<ChartSample>& samples = m_samples[provider];
        const qsizetype before = samples.size();
        prune(samples);
        if (samples.size() != before)
            emit samplesChanged(provider);
    }
}

void ChartHistory::prune(QList<ChartSample>& samples) const
{
    if (samples.isEmpty())
        return;
    const QDateTime oldest = samples.last().time.addMSecs(-m_maxAge.count());
    if (!(samples.first().time < oldest))
        return;
    const auto keep = std::lower_bound(samples.cbegin(), samples.cend(), oldest,
                                       [](const ChartSample& s, const QDateTime& t) { return s.time < t; });
    // Removing from the front of a Qt 6 QList is cheap: it only moves the begin pointer.
    samples.remove(0, keep - samples.cbegin());
}

bool ChartHistory::exportCsv(QIODevice* device) const
{
    if (!device || !device->isWritable())
        return false;
    QByteArray out = "provider,time,latency_ms,status,ok\n";
    for (const QString& provider : m_providers) {
        const QByteArray name = csvField(provider);
        for (const ChartSample& sample : m_samples.value(provider)) {
            out += name + ',' + sample.time.toUTC().toString(Qt::ISODateWithMs).toUtf8() + ',';
            if (std::isfinite(sample.latencyMs))
                out += QByteArray::number(sample.latencyMs, 'f', 1);
            out +=
                ',' + healthStatusName(sample.status).toUtf8() + ',' + (sample.ok ? "true" : "false") + '\n';
        }
    }
    return device->write(out) == out.size();
}

} // namespace vd
