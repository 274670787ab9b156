#include "ui/audio/inputdevicemodel.h"

#include <algorithm>

namespace vd {

InputDeviceModel::InputDeviceModel(QObject* parent, Lister lister)
    : QAbstractListModel(parent), m_lister(lister ? std::move(lister) : Lister(&systemAudioInputs))
{
    m_inputs = m_lister();
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(); });
    setRefreshInterval(2000);
}

int InputDeviceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_inputs.size());
}

QVariant InputDeviceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AudioInput& input = m_inputs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row());
    case Qt::ToolTipRole:
        return QString::fromUtf8(input.id);
    case IdRole:
        return input.id;
    case DescriptionRole:
        return input.description;
    case IsDefaultRole:
        return input.isDefault;
    default:
        return {};
    }
}

QHash<int, QByteArray> InputDeviceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "deviceId");
    names.insert(DescriptionRole, "description");
    names.insert(IsDefaultRole, "isDefault");
    return names;
}

QString InputDeviceModel::displayText(int row) const
{
    const AudioInput& input = m_inputs.at(row);
    QString text = input.description.isEmpty() ? QString::fromUtf8(input.id) : input.description;
    // Descriptions repeat (two identical USB headsets): the id tells them apart.
    const auto sameDescription =
        std::count_if(m_inputs.cbegin(), m_inputs.cend(),
                      [&](const AudioInput& other) { return other.description == input.description; });
    if (sameDescription > 1)
        text += QStringLiteral(" [%1]").arg(QString::fromUtf8(input.id));
    if (input.isDefault)
        text = tr("%1 (default)").arg(text);
    return text;
}

bool InputDeviceModel::refresh()
{
    QList<AudioInput> fresh = m_lister();
    if (fresh == m_inputs)
        return false;
    const bool wasAvailable = isSelectedAvailable();
    beginResetModel();
    m_inputs = std::move(fresh);
    endResetModel();
    if (isSelectedAvailable() != wasAvailable)
        emit selectedAvailabilityChanged(!wasAvailable);
    return true;
}

void InputDeviceModel::setRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_refreshTimer.stop();
        return;
    }
    m_refreshTimer.start(ms);
}

int InputDeviceModel::refreshInterval() const
{
    return m_refreshTimer.isActive() ? m_refreshTimer.interval() : 0;
}

int InputDeviceModel::rowOfId(const QByteArray& id) const
{
    for (int row = 0; row < m_inputs.size(); ++row) {
        if (m_inputs.at(row).id == id)
            return row;
    }
    return -1;
}

void InputDeviceModel::setSelectedId(const QByteArray& id)
{
    if (id == m_selectedId)
        return;
    const bool wasAvailable = isSelectedAvailable();
    m_selectedId = id;
    emit selectedIdChanged(id);
    if (isSelectedAvailable() != wasAvailable)
        emit selectedAvailabilityChanged(!wasAvailable);
}

int InputDeviceModel::selectedRow() const
{
    if (!m_selectedId.isEmpty())
        return rowOfId(m_selectedId);
    for (int row = 0; row < m_inputs.size(); ++row) {
        if (m_inputs.at(row).isDefault)
            return row;
    }
    return m_inputs.isEmpty() ? -1 : 0;
}

} // namespace vd
