#include "ui/activity/activityfiltermodel.h"

#include "ui/activity/activityentry.h"
#include "ui/activity/activitytablemodel.h"

namespace vd {

ActivityFilterModel::ActivityFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ActivityTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ActivityFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ActivityFilterModel::setOutcomes(Outcomes outcomes)
{
    if (outcomes == m_outcomes)
        return;
    m_outcomes = outcomes;
    invalidateFilter();
}

void ActivityFilterModel::setProbesShown(bool shown)
{
    if (shown == m_probesShown)
        return;
    m_probesShown = shown;
    invalidateFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ActivityTableModel*>(sourceModel());
    const ActivityEntry* entry = model && !sourceParent.isValid() ? model->entry(sourceRow) : nullptr;
    if (!entry || (!m_probesShown && entry->operation == ActivityEntry::Operation::Probe))
        return false;
    if ((m_outcomes == Outcomes::Succeeded && !entry->ok) || (m_outcomes == Outcomes::Failed && entry->ok))
        return false;
    if (m_text.isEmpty())
        return true;
    // What the table shows, and the names the CLI and the exports use ("timeout" finds a timeout
    // in any language).
    for (const QString& field : {entry->provider, ActivityTableModel::operationText(entry->operation),
                                 operationName(entry->operation), ActivityTableModel::outcomeText(*entry),
                                 ActivityTableModel::outcomeName(*entry)}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace vd
