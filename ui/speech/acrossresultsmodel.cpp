#include "ui/speech/acrossresultsmodel.h"

#include <QBrush>
#include <QColor>

namespace vd {

AcrossResultsModel::AcrossResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

int AcrossResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AcrossResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AcrossResultsModel::stateText(const Row& row) const
{
    switch (row.state) {
    case State::Waiting:
        return tr("waiting");
    case State::Synthesizing:
        return tr("synthesizing…");
    case State::Playing:
        return tr("playing");
    case State::Played:
        return tr("played");
    case State::Failed:
        return tr("failed");
    case State::Stopped:
        return tr("stopped");
    }
    return {};
}

QVariant AcrossResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ProviderColumn:
            return row.provider;
        case StateColumn:
            return stateText(row);
        case LatencyColumn:
            return row.latencyMs ? tr("%1 ms").arg(*row.latencyMs, 0, 'f', 0) : QString();
        case DurationColumn:
            if (row.durationSeconds)
                return tr("%1 s").arg(*row.durationSeconds, 0, 'f', 2);
            return row.audio.data.isEmpty() ? QString() : tr("measuring…");
        case VoiceColumn:
            return row.voice.isEmpty() && row.state != State::Waiting ? tr("provider default") : row.voice;
        case ErrorColumn:
            return row.error;
        }
    } else if (role == Qt::ForegroundRole && index.column() == StateColumn && row.state == State::Failed) {
        return QBrush(QColor(0xda, 0x44, 0x53));
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == LatencyColumn || index.column() == DurationColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AcrossResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case StateColumn:
        return tr("State");
    case LatencyColumn:
        return tr("Latency");
    case DurationColumn:
        return tr("Duration");
    case VoiceColumn:
        return tr("Voice");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

void AcrossResultsModel::start(const QStringList& providers)
{
    beginResetModel();
    m_rows.clear();
    for (const QString& provider : providers)
        m_rows.append(Row{provider});
    endResetModel();
}

int AcrossResultsModel::rowOf(const QString& provider) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).provider == provider)
            return i;
    }
    return -1;
}

void AcrossResultsModel::update(const QString& provider, const std::function<void(Row&)>& change)
{
    const int at = rowOf(provider);
    if (at < 0)
        return;
    change(m_rows[at]);
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

void AcrossResultsModel::stopAll()
{
    for (int at = 0; at < m_rows.size(); ++at) {
        State& state = m_rows[at].state;
        if (state == State::Waiting || state == State::Synthesizing || state == State::Playing) {
            state = State::Stopped;
            emit dataChanged(index(at, StateColumn), index(at, StateColumn));
        }
    }
}

} // namespace vd
