#include "ui/providers/providerlistpanel.h"

#include "ui/i18n/retranslator.h"
#include "ui/providers/priorityordermodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd {

ProviderListPanel::ProviderListPanel(PriorityOrderModel& model, std::function<QString()> title,
                                     QWidget* parent)
    : QWidget(parent), m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("priorityList_") + categoryName(model.category()));
    m_view->setModel(&m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    // DragDrop rather than InternalMove: the model itself refuses anything but its own
    // category's names, and moves (never removes) rows, so a drop from anywhere is safe; and
    // InternalMove would refuse every drop whose source is not this very view.
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    layout->addWidget(m_view, 1);

    m_upAction = new QAction(this);
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_upAction, &QAction::triggered, this, &ProviderListPanel::moveCurrentUp);
    m_downAction = new QAction(this);
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_downAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_downAction, &QAction::triggered, this, &ProviderListPanel::moveCurrentDown);
    addAction(m_upAction);
    addAction(m_downAction);

    auto* buttons = new QHBoxLayout;
    m_up = new QPushButton(this);
    m_up->setObjectName(QStringLiteral("moveUp"));
    connect(m_up, &QPushButton::clicked, this, &ProviderListPanel::moveCurrentUp);
    m_down = new QPushButton(this);
    m_down->setObjectName(QStringLiteral("moveDown"));
    connect(m_down, &QPushButton::clicked, this, &ProviderListPanel::moveCurrentDown);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    layout->addLayout(buttons);
    Retranslator::keep(this, [this, title = std::move(title)] {
        m_view->setAccessibleName(tr("%1 providers in priority order").arg(title()));
        m_view->setToolTip(tr("Providers are tried from top to bottom. Drag a provider, or press Alt+Up / "
                              "Alt+Down, to change the order; the check box enables or disables it."));
        m_upAction->setText(tr("Move up"));
        m_downAction->setText(tr("Move down"));
        m_up->setText(tr("Move &up"));
        m_up->setToolTip(tr("Try the selected provider earlier (Alt+Up)"));
        m_down->setText(tr("Move do&wn"));
        m_down->setToolTip(tr("Try the selected provider later (Alt+Down)"));
    });
    Retranslator::keepModel(m_view, &m_model);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString name = current.data(PriorityOrderModel::NameRole).toString();
                if (!name.isEmpty())
                    m_remembered = name;
                updateActions();
                Q_EMIT currentProviderChanged(name);
            });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { follow(m_remembered); });
    connect(&m_model, &QAbstractItemModel::rowsMoved, this, &ProviderListPanel::updateActions);
    updateActions();
}

QString ProviderListPanel::currentProvider() const
{
    return m_view->currentIndex().data(PriorityOrderModel::NameRole).toString();
}

void ProviderListPanel::setCurrentProvider(const QString& name)
{
    follow(name);
}

void ProviderListPanel::follow(const QString& name)
{
    int row = m_model.rowOf(name);
    if (row < 0 && m_model.rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_view->setCurrentIndex(m_model.index(row));
    updateActions();
}

bool ProviderListPanel::moveCurrentUp()
{
    const QString name = currentProvider();
    const bool moved = m_model.moveUp(m_view->currentIndex().row());
    follow(name);
    return moved;
}

bool ProviderListPanel::moveCurrentDown()
{
    const QString name = currentProvider();
    const bool moved = m_model.moveDown(m_view->currentIndex().row());
    follow(name);
    return moved;
}

void ProviderListPanel::updateActions()
{
    const int row = m_view->currentIndex().row();
    const bool canUp = row > 0;
    const bool canDown = row >= 0 && row + 1 < m_model.rowCount();
    m_upAction->setEnabled(canUp);
    m_downAction->setEnabled(canDown);
    m_up->setEnabled(canUp);
    m_down->setEnabled(canDown);
}

} // namespace vd
