#pragma once

#include <QSortFilterProxyModel>

namespace vd {

// Sorting and filtering of the Activity table: sorts on ActivityTableModel::SortRole (raw
// times, milliseconds, bytes), keeps rows whose provider, operation or outcome contains the
// filter text (case-insensitive), optionally only successes or only failures, and health probes
// only when asked (five a minute would bury the user's own requests).
class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Outcomes
    {
        All,
        Succeeded,
        Failed
    };

    explicit ActivityFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    const QString& text() const { return m_text; }
    void setOutcomes(Outcomes outcomes);
    Outcomes outcomes() const { return m_outcomes; }
    void setProbesShown(bool shown);
    bool probesShown() const { return m_probesShown; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    Outcomes m_outcomes = Outcomes::All;
    bool m_probesShown = true;
};

} // namespace vd
