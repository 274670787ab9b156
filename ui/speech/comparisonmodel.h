#pragma once

#include "ui/speech/transcriptionoutcome.h"

#include <QAbstractTableModel>
#include <QList>

namespace vd {

// The rows of "Compare all": one STT provider each, with its outcome side by side (text,
// latency, outcome, WER). A row is Running until its request finishes.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProviderColumn,
        OutcomeColumn,
        LatencyColumn,
        WerColumn,
        TextColumn,
        ColumnCount
    };
    enum class State
    {
        Running,
        Done,
        Skipped
    };

    struct Row
    {
        QString provider;
        State state = State::Running;
        QString skipReason; // Skipped: "not_configured", ...
        TranscriptionOutcome outcome;
        bool werPending = false;
    };

    explicit ComparisonModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<Row> rows);
    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int index) const { return m_rows.at(index); }
    int rowOf(const QString& provider) const;
    void updateRow(int index, const Row& row);
    bool isRunning() const;
    // Of the rows that run (not the skipped ones), how many have their outcome and WER.
    struct Progress
    {
        int done = 0;
        int total = 0;
    };
    Progress progress() const;

    // Every row as in `voicedeck-cli compare --json`: {"results": [{provider, outcome, ...}]}.
    QJsonObject toJson() const;
    // A plain table for .txt export and the clipboard.
    QString toText() const;

private:
    QString outcomeText(const Row& row) const;

    QList<Row> m_rows;
};

} // namespace vd
