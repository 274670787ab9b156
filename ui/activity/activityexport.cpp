#include "ui/activity/activityexport.h"

#include "core/model/csv.h"
#include "ui/activity/activitytablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd {

QByteArray activityToCsv(const QList<ActivityEntry>& entries)
{
    QByteArray csv = "time,operation,provider,outcome,latency_ms,bytes,error\r\n";
    for (const ActivityEntry& e : entries) {
        const QStringList fields{e.time.toUTC().toString(Qt::ISODateWithMs),
                                 operationName(e.operation),
                                 e.provider,
                                 ActivityTableModel::outcomeName(e),
                                 QString::number(e.latencyMs, 'f', 0),
                                 QString::number(e.bytes),
                                 e.error ? e.error->message : QString()};
        csv += csvRecord(fields);
    }
    return csv;
}

QByteArray activityToJson(const QList<ActivityEntry>& entries)
{
    QJsonArray array;
    for (const ActivityEntry& e : entries) {
        QJsonObject object{{"time", e.time.toUTC().toString(Qt::ISODateWithMs)},
                           {"operation", operationName(e.operation)},
                           {"provider", e.provider},
                           {"outcome", ActivityTableModel::outcomeName(e)},
                           {"latency_ms", qRound64(e.latencyMs)},
                           {"bytes", e.bytes}};
        if (e.error)
            object.insert("error", e.error->toJson());
        if (!e.trace.isEmpty())
            object.insert("trace", e.trace.toJson());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace vd
