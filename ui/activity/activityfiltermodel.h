#pragma once

#include <QSortFilterProxyModel>

namespace vd {

// Sorting and filtering of the Activity table: sorts on ActivityTableModel::SortRole (raw
// times, milliseconds, bytes), keeps rows whose provider, operation or outcome contains the
// filter text (case-insensitive), and optionally only successes or only failures.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    Outcomes m_outcomes = Outcomes::All;
};

} // namespace vd
