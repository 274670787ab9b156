#pragma once

#include "core/model/providerinfo.h"
#include "ui/providers/providerbadge.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace vd {

class ProviderRegistry;

// One category's providers in the order they are tried (the registry's priority order, disabled
// providers included), as a list model a QListView edits. Keyboard moves (moveUp/moveDown) and
// drag and drop (mimeData/dropMimeData, or a view's own moveRow) all end in moveRows(), which
// emits orderEdited() with the new order; the check box edits the enabled flag and emits
// enabledEdited(). The model does not save anything: the page turns the signals into a config
// change. While the page holds its edits (a save in flight or failed), registry order changes do
// not override what the user sees.
class PriorityOrderModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        BadgeTextRole,   // ProviderBadge::text()
        BadgeShortRole,  // ProviderBadge::shortText()
        HealthStatusRole // int(HealthStatus)
    };
    using BadgeSource = std::function<ProviderBadge(const ProviderInfo&)>;

    static inline const QString kMimeType = QStringLiteral("application/x-voicedeck-provider-names");

    PriorityOrderModel(ProviderRegistry& registry, ProviderCategory category, QObject* parent = nullptr);

    ProviderCategory category() const { return m_category; }
    // Badges come from the page (health, breakers, credentials); without a source they are empty.
    void setBadgeSource(BadgeSource source);

    QStringList names() const;
    int rowOf(const QString& name) const;
    std::optional<ProviderInfo> infoAt(int row) const;

    // Re-reads the order, flags and badges from the registry and drops held edits.
    void refresh();
    void setHoldEdits(bool hold) { m_hold = hold; }
    bool holdsEdits() const { return m_hold; }
    // Badges come from outside the registry (breakers, credentials): re-read one or all.
    void refreshBadge(const QString& name);
    void refreshBadges();

    // Keyboard moves; true when the row moved.
    bool moveUp(int row);
    bool moveDown(int row);
    // Puts `names` (in that order, contiguously) before `destination` (rowCount() = at the end).
    bool moveProviders(const QStringList& names, int destination);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {kMimeType}; }
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    void orderEdited(vd::ProviderCategory category, const QStringList& names);
    void enabledEdited(const QString& name, bool enabled);

private:
    struct Row
    {
        ProviderInfo info;
        ProviderBadge badge;
    };
    ProviderBadge badgeFor(const ProviderInfo& info) const;
    QStringList decode(const QMimeData* data) const;
    void onProviderChanged(const QString& name);

    ProviderRegistry& m_registry;
    ProviderCategory m_category;
    BadgeSource m_badgeSource;
    QList<Row> m_rows;
    QHash<QString, bool> m_enabledEdits; // held until refresh()
    bool m_hold = false;
    int m_batch = 0; // > 0 while moveProviders() makes several moves that emit one orderEdited()
};

} // namespace vd
