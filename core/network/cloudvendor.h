#pragma once

#include <QString>
#include <QStringList>

namespace vd {

// The cloud vendors whose error conventions the classifier knows.
enum class CloudVendor
{
    OpenAi,
    Google,
    Yandex
};

// "OpenAI", "Google Cloud", "Yandex SpeechKit" — for messages.
QString vendorDisplayName(CloudVendor vendor);
// Where the vendor's key may come from, for "check your key" advice.
QString vendorCredentialHint(CloudVendor vendor);

} // namespace vd
