#include "ui/providers/priorityordermodel.h"

#include "core/model/translate.h"
#include "core/registry/providerregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace vd {

PriorityOrderModel::PriorityOrderModel(ProviderRegistry& registry, ProviderCategory category, QObject* parent)
    : QAbstractListModel(parent), m_registry(registry), m_category(category)
{
    connect(&m_registry, &ProviderRegistry::providerChanged, this, &PriorityOrderModel::onProviderChanged);
    connect(&m_registry, &ProviderRegistry::providerAdded, this, [this] {
        if (!m_hold)
            refresh();
    });
    connect(&m_registry, &ProviderRegistry::orderChanged, this, [this](ProviderCategory category) {
        if (category == m_category && !m_hold)
            refresh();
    });
    refresh();
}

void PriorityOrderModel::setBadgeSource(BadgeSource source)
{
    m_badgeSource = std::move(source);
    refreshBadges();
}

ProviderBadge PriorityOrderModel::badgeFor(const ProviderInfo& info) const
{
    return m_badgeSource ? m_badgeSource(info) : ProviderBadge{};
}

QStringList PriorityOrderModel::names() const
{
    QStringList result;
    for (const Row& row : m_rows)
        result << row.info.name;
    return result;
}

int PriorityOrderModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.name == name)
            return i;
    }
    return -1;
}

std::optional<ProviderInfo> PriorityOrderModel::infoAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).info;
}

void PriorityOrderModel::refresh()
{
    m_enabledEdits.clear();
    QList<Row> rows;
    for (const ProviderInfo& info : m_registry.availableProviders(m_category, /*enabledOnly=*/false))
        rows.append(Row{info, badgeFor(info)});
    QStringList newNames;
    for (const Row& row : rows)
        newNames << row.info.name;
    if (newNames == names()) {
        // Same order: update in place so that the view keeps its current row and selection.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PriorityOrderModel::refreshBadge(const QString& name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    const ProviderBadge badge = badgeFor(m_rows.at(row).info);
    if (badge == m_rows.at(row).badge)
        return;
    m_rows[row].badge = badge;
    Q_EMIT dataChanged(index(row), index(row));
}

void PriorityOrderModel::refreshBadges()
{
    for (const Row& row : std::as_const(m_rows))
        refreshBadge(row.info.name);
}

void PriorityOrderModel::onProviderChanged(const QString& name)
{
    const int row = rowOf(name);
    const std::optional<ProviderInfo> info = m_registry.info(name);
    if (row < 0 || !info)
        return;
    m_rows[row].info = *info;
    if (const auto edit = m_enabledEdits.constFind(name); edit != m_enabledEdits.constEnd())
        m_rows[row].info.enabled = *edit;
    m_rows[row].badge = badgeFor(m_rows.at(row).info);
    Q_EMIT dataChanged(index(row), index(row));
}

int PriorityOrderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PriorityOrderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(row.info.name, row.badge.shortText());
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(row.info.name, row.info.enabled ? tr("enabled") : tr("disabled"), row.badge.text());
    case Qt::ToolTipRole:
        return tr("%1\n%2\nStatus: %3").arg(row.info.name, trShown(row.info.description), row.badge.text());
    case Qt::DecorationRole:
        return row.badge.colour();
    case Qt::CheckStateRole:
        return row.info.enabled ? Qt::Checked : Qt::Unchecked;
    case NameRole:
        return row.info.name;
    case BadgeTextRole:
        return row.badge.text();
    case BadgeShortRole:
        return row.badge.shortText();
    case HealthStatusRole:
        return int(row.badge.status);
    default:
        return {};
    }
}

bool PriorityOrderModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // Delegates send a Qt::CheckState, other callers an int: toInt() reads both.
    const bool enabled = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    Row& row = m_rows[index.row()];
    if (row.info.enabled == enabled)
        return true;
    row.info.enabled = enabled;
    m_enabledEdits.insert(row.info.name, enabled);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::AccessibleTextRole});
    Q_EMIT enabledEdited(row.info.name, enabled);
    return true;
}

Qt::ItemFlags PriorityOrderModel::flags(const QModelIndex& index) const
{
    // Drops land between rows (the root accepts them), never onto a provider.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled;
}

bool PriorityOrderModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                  const QModelIndex& destinationParent, int destinationChild)
{
    const int size = int(m_rows.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > size || destinationChild < 0 || destinationChild > size ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Row> moving = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(insertAt + i, moving.at(i));
    endMoveRows();
    if (m_batch == 0)
        Q_EMIT orderEdited(m_category, names());
    return true;
}

bool PriorityOrderModel::moveUp(int row)
{
    return row > 0 && moveRows({}, row, 1, {}, row - 1);
}

bool PriorityOrderModel::moveDown(int row)
{
    return row >= 0 && row + 1 < m_rows.size() && moveRows({}, row + 1, 1, {}, row);
}

bool PriorityOrderModel::moveProviders(const QStringList& names, int destination)
{
    if (destination < 0 || destination > m_rows.size())
        return false;
    for (const QString& name : names) {
        if (rowOf(name) < 0 || names.count(name) > 1)
            return false;
    }
    const QStringList before = this->names();
    ++m_batch;
    int insertAt = destination;
    for (const QString& name : names) {
        const int from = rowOf(name);
        if (from < insertAt) {
            // Moving down: it lands just before insertAt, and the next one follows it there.
            if (from + 1 != insertAt)
                moveRows({}, from, 1, {}, insertAt);
        } else {
            if (from != insertAt)
                moveRows({}, from, 1, {}, insertAt);
            ++insertAt;
        }
    }
    --m_batch;
    if (this->names() == before)
        return false;
    Q_EMIT orderEdited(m_category, this->names());
    return true;
}

QMimeData* PriorityOrderModel::mimeData(const QModelIndexList& indexes) const
{
    QModelIndexList sorted = indexes;
    std::sort(sorted.begin(), sorted.end());
    QJsonArray names;
    for (const QModelIndex& index : std::as_const(sorted)) {
        if (index.isValid() && index.row() < m_rows.size())
            names.append(m_rows.at(index.row()).info.name);
    }
    auto* data = new QMimeData;
    const QJsonObject payload{{QStringLiteral("category"), categoryName(m_category)},
                              {QStringLiteral("names"), names}};
    data->setData(kMimeType, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return data;
}

// Only this category's own providers can be dropped here: another list's names are refused.
QStringList PriorityOrderModel::decode(const QMimeData* data) const
{
    if (!data || !data->hasFormat(kMimeType))
        return {};
    const QJsonObject payload = QJsonDocument::fromJson(data->data(kMimeType)).object();
    if (payload.value(QStringLiteral("category")).toString() != categoryName(m_category))
        return {};
    QStringList names;
    for (const QJsonValue& value : payload.value(QStringLiteral("names")).toArray()) {
        if (rowOf(value.toString()) < 0)
            return {};
        names << value.toString();
    }
    return names;
}

bool PriorityOrderModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                         const QModelIndex&) const
{
    return action == Qt::MoveAction && !decode(data).isEmpty();
}

bool PriorityOrderModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                      const QModelIndex& parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    const QStringList names = decode(data);
    if (action != Qt::MoveAction || names.isEmpty())
        return false;
    int destination = row;
    if (destination < 0)
        destination = parent.isValid() ? parent.row() : int(m_rows.size());
    moveProviders(names, destination);
    // The rows were moved here, not copied: nothing must be removed at the drag's source. A
    // view would call removeRows() after a successful move, which this model refuses anyway.
    return true;
}

} // namespace vd
