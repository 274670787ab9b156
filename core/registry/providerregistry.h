#pragma once

#include "core/model/providerdefinition.h"
#include "core/model/result.h"
#include "core/registry/pluginfailure.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <map>
#include <optional>

namespace vd {

// Every provider VoiceDeck knows (built in or from plugins) with its current priority and enabled
// flag — the seed's priority registry. Health is not kept here: ResilienceState holds it. Providers are tried
// in ascending priority; ties are broken by name so the order never depends on registration order. Setters
// notify only on a real change. GUI-thread object, not thread-safe.
class ProviderRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ProviderRegistry(QObject* parent = nullptr);
    ~ProviderRegistry() override;

    // Rejects (bad_request) an empty or malformed name (letters, digits, '_' and '-' only, so it
    // works as a config key), a name already registered, an unknown category or a missing creator.
    Status registerProvider(ProviderDefinition candidate);

    bool contains(const QString& name) const;
    // Stays valid for the registry's lifetime (providers are never removed); null if unknown.
    const ProviderDefinition* definition(const QString& name) const;
    std::optional<ProviderInfo> info(const QString& name) const;
    // All names, alphabetically.
    QStringList names() const;

    // Each returns false when no provider has that name.
    bool setEnabled(const QString& name, bool enabled);
    bool setPriority(const QString& name, int priority);
    // Reassigns the category's priorities 10, 20, 30… in the order of `names` (drag and drop);
    // providers of the category not listed follow, keeping their relative order. Fails without
    // changing anything when a name is unknown, of another category, or listed twice.
    Status applyOrder(ProviderCategory category, const QStringList& names);

    // Sorted by priority, then name.
    QList<ProviderInfo> availableProviders(std::optional<ProviderCategory> category = {},
                                           bool enabledOnly = true) const;
    // Names of the enabled providers of `category`, in the order they are tried.
    QStringList priorityList(ProviderCategory category) const;

    // Plugins that could not be loaded, for listing with their reasons.
    void addFailure(const PluginFailure& failure);
    const QList<PluginFailure>& failures() const { return m_failures; }

Q_SIGNALS:
    void providerAdded(const QString& name);
    // Enabled flag or priority of `name` changed.
    void providerChanged(const QString& name);
    // The priority order of `category` may have changed (a priority was set or an order applied).
    void orderChanged(vd::ProviderCategory category);

private:
    ProviderDefinition* find(const QString& name);
    QList<const ProviderDefinition*> sorted(std::optional<ProviderCategory> category, bool enabledOnly) const;

    std::map<QString, ProviderDefinition> m_definitions; // node-based: pointers stay valid
    QList<PluginFailure> m_failures;
};

} // namespace vd
