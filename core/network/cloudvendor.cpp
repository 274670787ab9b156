#include "core/network/cloudvendor.h"

#include <QCoreApplication>

namespace vd {

QString vendorDisplayName(CloudVendor vendor)
{
    switch (vendor) {
    case CloudVendor::OpenAi:
        return QStringLiteral("OpenAI");
    case CloudVendor::Google:
        return QStringLiteral("Google Cloud");
    case CloudVendor::Yandex:
        return QStringLiteral("Yandex SpeechKit");
    }
    return {};
}

QString vendorCredentialHint(CloudVendor vendor)
{
    switch (vendor) {
    case CloudVendor::OpenAi:
        return QCoreApplication::translate(
            "vd::CloudVendor",
            "store a valid key with `voicedeck-cli keys set openai` or set OPENAI_API_KEY");
    case CloudVendor::Google:
        return QCoreApplication::translate(
            "vd::CloudVendor",
            "store a valid API key with `voicedeck-cli keys set google` or set GOOGLE_API_KEY, and make sure "
            "the API is enabled for its project");
    case CloudVendor::Yandex:
        return QCoreApplication::translate(
            "vd::CloudVendor", "store a valid key with `voicedeck-cli keys set yandex` or set YANDEX_API_KEY "
                               "(service-account key) "
                               "or YANDEX_IAM_TOKEN; with an IAM token of a user account also set folder_id");
    }
    return {};
}

} // namespace vd
