#include "core/suites/suiteproblem.h"

namespace vd {

QString SuiteProblem::toString() const
{
    QString where;
    if (caseIndex > 0)
        where = caseId.isEmpty() ? QStringLiteral("case %1").arg(caseIndex)
                                 : QStringLiteral("case %1 (%2)").arg(caseIndex).arg(caseId);
    if (!field.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + field;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QJsonObject SuiteProblem::toJson() const
{
    return QJsonObject{
        {QStringLiteral("case"), caseIndex > 0 ? QJsonValue(caseIndex) : QJsonValue()},
        {QStringLiteral("id"), caseId.isEmpty() ? QJsonValue() : QJsonValue(caseId)},
        {QStringLiteral("field"), field.isEmpty() ? QJsonValue() : QJsonValue(field)},
        {QStringLiteral("message"), message},
    };
}

} // namespace vd
