#pragma once

#include "ui/activity/activityfiltermodel.h"
#include "ui/shell/pagestate.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace vd {

class ActivityLog;
class ActivityTableModel;
struct ActivityEntry;

// The Activity page (PRODUCT.md §5): every request in the ActivityLog as a live, sortable,
// filterable table (time, operation, provider, outcome, latency, size); the selected request's
// error and routing trace below it; clear and export (CSV or JSON, written off the GUI thread).
// Whether health probes are listed is kept between runs.
class ActivityPage : public QWidget, public PageState
{
    Q_OBJECT

public:
    explicit ActivityPage(ActivityLog& activity, QWidget* parent = nullptr);
    ~ActivityPage() override;

    ActivityTableModel* model() const { return m_model; }
    ActivityFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    // What the details pane shows for the current row.
    QString detailsText() const;

    void setFilterText(const QString& text);
    void setOutcomeFilter(ActivityFilterModel::Outcomes outcomes);
    void setProbesShown(bool shown);

    QByteArray savePageState() const override;
    bool restorePageState(const QByteArray& state) override;
    // The entry behind a row of the (filtered, sorted) table; null when out of range.
    const ActivityEntry* entryAt(int viewRow) const;
    // Makes a row of the table current and selected.
    void selectRow(int viewRow);

    // Writes the requests shown to `path`: JSON when it ends in ".json", CSV otherwise; then exported().
    void exportTo(const QString& path);
    void clear();

    static QString describe(const ActivityEntry& entry);

Q_SIGNALS:
    void exported(const QString& path, bool ok, const QString& error);

private:
    void showDetails();
    void chooseExportFile();
    void updateSummary();
    void retranslate();
    void sizeColumns();

    ActivityLog& m_activity;
    ActivityTableModel* m_model = nullptr;
    ActivityFilterModel* m_filter = nullptr;
    bool m_follow = true;
    QString m_exportMessage;

    QLabel* m_filterLabel = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QComboBox* m_outcomeCombo = nullptr;
    QCheckBox* m_probesCheck = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detailsLabel = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace vd
