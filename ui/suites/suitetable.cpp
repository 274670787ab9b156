#include "ui/suites/suitetable.h"

#include "ui/i18n/retranslator.h"

#include <QHeaderView>
#include <QTableView>

namespace vd {

QTableView* makeSuiteTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    Retranslator::keepModel(view, model);
    return view;
}

} // namespace vd
