#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace vd {

// A read-only table of the Suites page (results, summary, runs, diff): whole rows selected, no
// row numbers, the last column stretched, no wrapping, headers retranslated with the model.
QTableView* makeSuiteTable(QAbstractItemModel* model, QWidget* parent);

} // namespace vd
