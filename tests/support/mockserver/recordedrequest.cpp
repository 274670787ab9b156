#include "tests/support/mockserver/recordedrequest.h"

namespace vd::test {

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& [key, value] : headers) {
        if (key == lower)
            return value;
    }
    return {};
}

QString RecordedRequest::formField(const QString& name) const
{
    for (const auto& [key, value] : formFields) {
        if (key == name)
            return value;
    }
    return {};
}

const MultipartPart* RecordedRequest::part(const QString& name) const
{
    for (const MultipartPart& p : parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace vd::test
