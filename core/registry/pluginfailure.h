#pragma once

#include <QString>

namespace vd {

// A plugin file that could not be used, kept so that the GUI and `voicedeck-cli providers` can
// list it with the reason instead of silently ignoring it (PRODUCT.md §6).
struct PluginFailure
{
    QString path;   // the file as found on disk
    QString name;   // the provider name from its metadata, when it got that far
    QString reason; // what is wrong and what to do about it

    bool operator==(const PluginFailure&) const = default;
};

} // namespace vd
