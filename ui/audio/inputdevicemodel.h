#pragma once

#include "ui/audio/audioinput.h"

#include <QAbstractListModel>
#include <QTimer>
#include <functional>

namespace vd {

// The microphones for a device picker. Qt 6.4.2 does not signal hot-plugged devices
// (audioInputsChanged never fires), so the model re-queries the list on `refresh()` (call it when
// the picker opens) and on a timer. The user's choice is kept by device id: it survives refreshes,
// reordering and the device being unplugged and plugged back in.
// Rows only change (model reset) when the device list really changed; a view bound to the model
// should re-select `selectedRow()` after `modelReset`.
class InputDeviceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DescriptionRole,
        IsDefaultRole
    };
    using Lister = std::function<QList<AudioInput>()>;

    // `lister` defaults to systemAudioInputs(); tests pass a fake.
    explicit InputDeviceModel(QObject* parent = nullptr, Lister lister = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-queries the devices now. Returns true when the list changed.
    bool refresh();
    // 0 turns the periodic refresh off. Default: 2000 ms.
    void setRefreshInterval(int ms);
    int refreshInterval() const;

    QList<AudioInput> inputs() const { return m_inputs; }
    int rowOfId(const QByteArray& id) const;

    // The chosen device id; empty = follow the system default.
    QByteArray selectedId() const { return m_selectedId; }
    void setSelectedId(const QByteArray& id);
    // Row of the chosen device, or of the default when none was chosen; -1 when not connected.
    int selectedRow() const;
    bool isSelectedAvailable() const { return selectedRow() >= 0; }

signals:
    void selectedIdChanged(const QByteArray& id);
    // The chosen device disappeared from, or came back to, the list.
    void selectedAvailabilityChanged(bool available);

private:
    QString displayText(int row) const;

    Lister m_lister;
    QList<AudioInput> m_inputs;
    QByteArray m_selectedId;
    QTimer m_refreshTimer;
};

} // namespace vd
