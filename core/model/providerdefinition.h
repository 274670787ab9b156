#pragma once

#include "core/model/credential.h"
#include "core/model/provider.h"
#include "core/model/providerinfo.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace vd {

// What a provider instance is created from: its validated settings (defaults filled in), its
// credential (may be absent) and the application's shared network access manager.
struct ProviderContext
{
    QJsonObject settings;
    Credential credential;
    QNetworkAccessManager* network = nullptr;
};

using ProviderCreator = std::function<std::unique_ptr<Provider>(const ProviderContext&)>;

// A provider kind the factory can create: built in, or loaded from a plugin file (`origin`).
struct ProviderDefinition
{
    ProviderInfo info;
    ProviderCreator create;
    QString origin; // "builtin" or the plugin's file path
};

} // namespace vd
