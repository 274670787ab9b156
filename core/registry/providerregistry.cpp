#include "core/registry/providerregistry.h"

#include "core/corelog.h"

#include <QRegularExpression>
#include <algorithm>

namespace vd {

namespace {

ProviderError badRequest(const QString& message)
{
    return ProviderError::make(ErrorKind::BadRequest, message);
}

// Names become config keys (`providers.<name>.priority`) and CLI arguments: no dots or spaces.
bool isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return pattern.match(name).hasMatch();
}

} // namespace

ProviderRegistry::ProviderRegistry(QObject* parent) : QObject(parent) {}

ProviderRegistry::~ProviderRegistry() = default;

Status ProviderRegistry::registerProvider(ProviderDefinition candidate)
{
    const QString name = candidate.info.name;
    if (name.isEmpty())
        return badRequest(
            tr("A provider from %1 has no name; give it one in its metadata.").arg(candidate.origin));
    if (!isValidName(name))
        return badRequest(tr("The provider name \"%1\" from %2 is not valid; use only letters, digits, "
                             "'_' and '-'.")
                              .arg(name, candidate.origin));
    if (const ProviderDefinition* existing = definition(name)) {
        return badRequest(tr("The provider \"%1\" from %2 is already registered from %3; provider names "
                             "must be unique, rename one of them.")
                              .arg(name, candidate.origin, existing->origin));
    }
    if (categoryName(candidate.info.category).isEmpty())
        return badRequest(tr("The provider \"%1\" has an unknown category; use stt or tts.").arg(name));
    if (!candidate.create)
        return badRequest(tr("The provider \"%1\" from %2 cannot create instances (no creator).")
                              .arg(name, candidate.origin));

    qCDebug(lcRegistry) << "registered" << name << "from" << candidate.origin;
    const ProviderCategory category = candidate.info.category;
    m_definitions.emplace(name, std::move(candidate));
    Q_EMIT providerAdded(name);
    Q_EMIT orderChanged(category);
    return {};
}

bool ProviderRegistry::contains(const QString& name) const
{
    return m_definitions.count(name) > 0;
}

const ProviderDefinition* ProviderRegistry::definition(const QString& name) const
{
    const auto it = m_definitions.find(name);
    return it == m_definitions.end() ? nullptr : &it->second;
}

ProviderDefinition* ProviderRegistry::find(const QString& name)
{
    const auto it = m_definitions.find(name);
    return it == m_definitions.end() ? nullptr : &it->second;
}

std::optional<ProviderInfo> ProviderRegistry::info(const QString& name) const
{
    if (const ProviderDefinition* d = definition(name))
        return d->info;
    return std::nullopt;
}

QStringList ProviderRegistry::names() const
{
    QStringList result;
    for (const auto& entry : m_definitions)
        result << entry.first;
    return result;
}

bool ProviderRegistry::setEnabled(const QString& name, bool enabled)
{
    ProviderDefinition* d = find(name);
    if (!d)
        return false;
    if (d->info.enabled != enabled) {
        d->info.enabled = enabled;
        Q_EMIT providerChanged(name);
    }
    return true;
}

bool ProviderRegistry::setPriority(const QString& name, int priority)
{
    ProviderDefinition* d = find(name);
    if (!d)
        return false;
    if (d->info.priority != priority) {
        d->info.priority = priority;
        Q_EMIT providerChanged(name);
        Q_EMIT orderChanged(d->info.category);
    }
    return true;
}

Status ProviderRegistry::applyOrder(ProviderCategory category, const QStringList& names)
{
    QStringList order;
    for (const QString& name : names) {
        const ProviderDefinition* d = definition(name);
        if (!d)
            return badRequest(tr("Cannot reorder: there is no provider \"%1\".").arg(name));
        if (d->info.category != category)
            return badRequest(
                tr("Cannot reorder: \"%1\" is not a %2 provider.").arg(name, categoryName(category)));
        if (order.contains(name))
            return badRequest(tr("Cannot reorder: \"%1\" is listed twice.").arg(name));
        order << name;
    }
    for (const ProviderDefinition* d : sorted(category, false)) {
        if (!order.contains(d->info.name))
            order << d->info.name;
    }

    QStringList changed;
    for (int i = 0; i < order.size(); ++i) {
        ProviderDefinition* d = find(order.at(i));
        const int priority = (i + 1) * 10;
        if (d->info.priority != priority) {
            d->info.priority = priority;
            changed << d->info.name;
        }
    }
    for (const QString& name : std::as_const(changed))
        Q_EMIT providerChanged(name);
    if (!changed.isEmpty())
        Q_EMIT orderChanged(category);
    return {};
}

QList<const ProviderDefinition*> ProviderRegistry::sorted(std::optional<ProviderCategory> category,
                                                          bool enabledOnly) const
{
    QList<const ProviderDefinition*> result;
    for (const auto& entry : m_definitions) {
        const ProviderInfo& info = entry.second.info;
        if ((category && info.category != *category) || (enabledOnly && !info.enabled))
            continue;
        result << &entry.second;
    }
    // m_definitions iterates by name, so a stable sort on priority leaves ties in name order.
    std::stable_sort(result.begin(), result.end(),
                     [](const ProviderDefinition* a, const ProviderDefinition* b) {
                         return a->info.priority < b->info.priority;
                     });
    return result;
}

QList<ProviderInfo> ProviderRegistry::availableProviders(std::optional<ProviderCategory> category,
                                                         bool enabledOnly) const
{
    QList<ProviderInfo> result;
    for (const ProviderDefinition* d : sorted(category, enabledOnly))
        result << d->info;
    return result;
}

QStringList ProviderRegistry::priorityList(ProviderCategory category) const
{
    QStringList result;
    for (const ProviderDefinition* d : sorted(category, true))
        result << d->info.name;
    return result;
}

void ProviderRegistry::addFailure(const PluginFailure& failure)
{
    qCDebug(lcRegistry).noquote() << "plugin failure recorded:" << failure.path;
    m_failures << failure;
}

} // namespace vd
