#pragma once

#include <QJsonObject>
#include <QString>

namespace vd {

// One thing wrong with a suite file: a case's field (caseIndex > 0), or the file itself
// (caseIndex 0: unreadable, not JSON, unsupported version, a bad top-level key).
struct SuiteProblem
{
    int caseIndex = 0; // 1-based; 0 = the file, not a case
    QString caseId;    // the case's "id" when it has a usable one
    QString field;     // "audio", "tolerance", ...; empty when the whole case or file is at fault
    QString message;   // what is wrong and what to do

    // "case 3 (kitchen-lights): audio: ..." / "version: ..."
    QString toString() const;
    // {"case": 3, "id": "kitchen-lights", "field": "audio", "message": "..."}; case/id null for the file
    QJsonObject toJson() const;
};

} // namespace vd
