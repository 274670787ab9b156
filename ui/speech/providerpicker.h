#pragma once

#include "core/model/providerkind.h"

#include <QComboBox>

namespace vd {

class ProviderFactory;
class ProviderRegistry;
class Readiness;

// The provider choice of a speech page: "Auto" (the routing chain in priority order) and every
// provider of one category, each marked when it is disabled or not configured. Filled once the
// application is ready and refreshed on registry changes; the choice is kept by provider name, also
// across refreshes and when it was restored before the provider was known.
class ProviderPicker : public QComboBox
{
    Q_OBJECT
public:
    ProviderPicker(const Readiness& readiness, ProviderRegistry& registry, const ProviderFactory& factory,
                   ProviderCategory category, QWidget* parent = nullptr);

    // Empty = Auto.
    QString currentProvider() const;
    void setCurrentProvider(const QString& name);
    // The providers listed (without Auto), in priority order.
    QStringList providers() const;

    // Re-reads the registry (also called on its change signals).
    void refresh();

signals:
    // The user's choice changed (empty = Auto).
    void providerChanged(const QString& name);

private:
    const Readiness& m_readiness;
    ProviderRegistry& m_registry;
    const ProviderFactory& m_factory;
    ProviderCategory m_category;
    QString m_wanted;    // the chosen name, even while it is not (yet) listed
    QString m_effective; // what currentProvider() returns: m_wanted, or Auto while it is missing
    bool m_filling = false;
};

} // namespace vd
