#pragma once

#include "core/model/providerdefinition.h"

#include <QtPlugin>
#include <memory>

namespace vd {

// The plugin API version this build of VoiceDeck speaks. A plugin declares the version it was
// built for as "api_version" in its metadata JSON; any other version is refused with a reason.
inline constexpr int kProviderPluginApiVersion = 1;

// The interface a provider plugin's root object implements (PRODUCT.md §6). One plugin provides
// one provider; everything about it except the code (name, category, type, description,
// version, dependencies, priority, settings schema, api_version) is in the plugin's JSON
// metadata so it can be listed without instantiating anything.
class ProviderPlugin
{
public:
    virtual ~ProviderPlugin() = default;
    virtual std::unique_ptr<Provider> create(const ProviderContext& context) = 0;
};

} // namespace vd

#define VoiceDeckProviderPlugin_iid "org.voicedeck.ProviderPlugin"
Q_DECLARE_INTERFACE(vd::ProviderPlugin, VoiceDeckProviderPlugin_iid)
