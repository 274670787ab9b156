#include "core/resilience/healthsample.h"

#include "core/model/jsontext.h"

#include <QJsonDocument>
#include <cmath>

namespace vd {

void HealthSample::appendJson(QByteArray& out) const
{
    out += '[';
    appendJsonNumber(out, time.toMSecsSinceEpoch());
    out += ',';
    appendJsonNumber(out, latencyMs);
    out += ',';
    appendJsonString(out, error ? errorKindName(*error) : QStringLiteral("ok"));
    out += ',';
    appendJsonString(out, healthStatusName(status));
    out += probe ? ",1" : ",0";
    if (invalidAudio || wer)
        out += invalidAudio ? ",1" : ",0";
    if (wer) {
        out += ',';
        appendJsonNumber(out, *wer);
    }
    out += ']';
}

QJsonArray HealthSample::toJson() const
{
    QByteArray text;
    appendJson(text);
    return QJsonDocument::fromJson(text).array();
}

std::optional<HealthSample> HealthSample::fromJson(const QJsonArray& json)
{
    if (json.size() < 5 || json.size() > 7 || !json.at(0).isDouble() || !json.at(1).isDouble())
        return std::nullopt;
    // A time outside ±8.64e15 ms (the range of ECMAScript dates, far beyond any real sample)
    // marks a corrupt file; converting it to an integer would be undefined (found by fuzzing).
    const double ms = json.at(0).toDouble();
    if (!(std::abs(ms) <= 8.64e15))
        return std::nullopt;
    HealthSample sample;
    sample.time = QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
    sample.latencyMs = json.at(1).toDouble();
    const QString outcome = json.at(2).toString();
    if (outcome != QLatin1String("ok")) {
        sample.error = errorKindFromName(outcome);
        if (!sample.error)
            return std::nullopt;
    }
    const auto status = healthStatusFromName(json.at(3).toString());
    if (!status)
        return std::nullopt;
    sample.status = *status;
    sample.probe = json.at(4).toInt() != 0;
    sample.invalidAudio = json.size() >= 6 && json.at(5).toInt() != 0;
    if (json.size() == 7) {
        const double wer = json.at(6).toDouble(-1.0);
        if (!(wer >= 0.0 && std::isfinite(wer)))
            return std::nullopt;
        sample.wer = wer;
    }
    return sample;
}

} // namespace vd
