#include "ui/speech/providerpicker.h"

#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"
#include "core/runtime/readiness.h"
#include "ui/i18n/retranslator.h"

namespace vd {

ProviderPicker::ProviderPicker(const Readiness& readiness, ProviderRegistry& registry,
                               const ProviderFactory& factory, ProviderCategory category, QWidget* parent)
    : QComboBox(parent), m_readiness(readiness), m_registry(registry), m_factory(factory),
      m_category(category)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wanted = m_effective = currentData().toString();
        emit providerChanged(m_wanted);
    });
    connect(&registry, &ProviderRegistry::providerAdded, this, &ProviderPicker::refresh);
    connect(&registry, &ProviderRegistry::providerChanged, this, &ProviderPicker::refresh);
    connect(&registry, &ProviderRegistry::orderChanged, this, &ProviderPicker::refresh);
    // Whether a provider is configured is known only once the keychain was read.
    connect(&m_readiness, &Readiness::ready, this, &ProviderPicker::refresh);
    Retranslator::keep(this, [this] {
        setToolTip(tr("Auto tries the providers in their priority order (Providers page) and falls back "
                      "to the next one when a provider fails; or pick one provider to use only it."));
        setAccessibleName(tr("Provider"));
        refresh();
    });
}

QString ProviderPicker::currentProvider() const
{
    return currentData().toString();
}

void ProviderPicker::setCurrentProvider(const QString& name)
{
    m_wanted = name;
    const int row = findData(name);
    if (row == currentIndex())
        return;
    if (row >= 0)
        setCurrentIndex(row);
}

QStringList ProviderPicker::providers() const
{
    QStringList names;
    for (int row = 1; row < count(); ++row)
        names.append(itemData(row).toString());
    return names;
}

void ProviderPicker::refresh()
{
    QList<std::pair<QString, QString>> items{{tr("Auto (priority order)"), QString()}};
    const bool ready = m_readiness.isReady();
    for (const ProviderInfo& info : m_registry.availableProviders(m_category, false)) {
        QString label = info.name;
        if (!info.enabled)
            label = tr("%1 (disabled)").arg(info.name);
        else if (ready && !m_factory.isConfigured(info))
            label = tr("%1 (not configured)").arg(info.name);
        items.append({label, info.name});
    }
    bool same = items.size() == count();
    for (int row = 0; same && row < count(); ++row)
        same = itemText(row) == items[row].first && itemData(row).toString() == items[row].second;
    if (same)
        return; // health updates arrive often: leave the popup alone when nothing shows differently

    m_filling = true;
    const QString wanted = m_wanted;
    clear();
    for (const auto& [label, name] : items)
        addItem(label, name);
    const int row = findData(wanted);
    setCurrentIndex(row >= 0 ? row : 0);
    m_filling = false;
    // When the wanted provider is not listed (yet), Auto serves; m_wanted keeps the choice for
    // when it appears.
    if (currentData().toString() != m_effective) {
        m_effective = currentData().toString();
        emit providerChanged(m_effective);
    }
}

} // namespace vd
