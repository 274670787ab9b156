#include "core/suites/suitecase.h"

namespace vd {

QString suiteCaseKindName(SuiteCaseKind kind)
{
    return kind == SuiteCaseKind::Tts ? QStringLiteral("tts") : QStringLiteral("stt");
}

QString SuiteCase::label() const
{
    return QStringLiteral("case %1 (%2)").arg(index).arg(id);
}

} // namespace vd
