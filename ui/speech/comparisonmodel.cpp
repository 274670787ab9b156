#include "ui/speech/comparisonmodel.h"

#include <QBrush>
#include <QJsonArray>
#include <QPalette>

namespace vd {

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonModel::outcomeText(const Row& row) const
{
    switch (row.state) {
    case State::Running:
        return tr("running…");
    case State::Skipped:
        return tr("skipped: %1").arg(row.skipReason);
    case State::Done:
        break;
    }
    if (row.outcome.ok)
        return tr("ok");
    return row.outcome.error ? tr("failed: %1").arg(row.outcome.error->summary()) : tr("failed");
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const bool done = row.state == State::Done;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ProviderColumn:
            return row.provider;
        case OutcomeColumn:
            return outcomeText(row);
        case LatencyColumn:
            return done ? tr("%1 ms").arg(row.outcome.latencyMs, 0, 'f', 0) : QString();
        case WerColumn:
            if (row.werPending)
                return tr("computing…");
            return row.outcome.wer ? TranscriptionOutcome::werText(*row.outcome.wer) : QString();
        case TextColumn:
            return done ? (row.outcome.ok ? row.outcome.text : row.outcome.errorMessage()) : QString();
        }
    } else if (role == Qt::ToolTipRole && index.column() != LatencyColumn) {
        const QStringList trace = row.outcome.trace.toText();
        QString tip = data(index, Qt::DisplayRole).toString();
        if (!trace.isEmpty())
            tip += QStringLiteral("\n\n") + trace.join(QLatin1Char('\n'));
        return tip;
    } else if (role == Qt::ForegroundRole && index.column() == OutcomeColumn && done && !row.outcome.ok) {
        return QBrush(QColor(0xda, 0x44, 0x53));
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == LatencyColumn || index.column() == WerColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return row.provider;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case OutcomeColumn:
        return tr("Outcome");
    case LatencyColumn:
        return tr("Latency");
    case WerColumn:
        return tr("WER");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

void ComparisonModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ComparisonModel::rowOf(const QString& provider) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).provider == provider)
            return i;
    }
    return -1;
}

void ComparisonModel::updateRow(int index, const Row& row)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index] = row;
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

bool ComparisonModel::isRunning() const
{
    const Progress progress = this->progress();
    return progress.done < progress.total;
}

ComparisonModel::Progress ComparisonModel::progress() const
{
    Progress progress;
    for (const Row& row : m_rows) {
        if (row.state == State::Skipped)
            continue;
        ++progress.total;
        progress.done += row.state == State::Done && !row.werPending ? 1 : 0;
    }
    return progress;
}

QJsonObject ComparisonModel::toJson() const
{
    QJsonArray results;
    for (const Row& row : m_rows) {
        QJsonObject json;
        if (row.state == State::Skipped) {
            json = QJsonObject{{QStringLiteral("provider"), row.provider},
                               {QStringLiteral("outcome"), QStringLiteral("skipped")},
                               {QStringLiteral("reason"), row.skipReason}};
        } else {
            json = row.outcome.toJson();
            json.insert(QStringLiteral("provider"), row.provider);
            json.insert(QStringLiteral("outcome"), row.state == State::Running ? QStringLiteral("running")
                                                   : row.outcome.ok            ? QStringLiteral("ok")
                                                                               : QStringLiteral("failed"));
        }
        results.append(json);
    }
    return QJsonObject{{QStringLiteral("results"), results}};
}

QString ComparisonModel::toText() const
{
    QString out;
    for (const Row& row : m_rows) {
        out += row.provider + QLatin1Char('\t') + outcomeText(row);
        if (row.state == State::Done) {
            out += QLatin1Char('\t') + tr("%1 ms").arg(row.outcome.latencyMs, 0, 'f', 0);
            if (row.outcome.wer)
                out += QLatin1Char('\t') + tr("WER %1").arg(TranscriptionOutcome::werText(*row.outcome.wer));
            if (row.outcome.ok)
                out += QLatin1Char('\t') + row.outcome.text;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace vd
