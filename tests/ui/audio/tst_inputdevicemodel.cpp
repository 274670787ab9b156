#include "ui/audio/inputdevicemodel.h"
#include "virtualaudio.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace vd;

class TestInputDeviceModel : public QObject
{
    Q_OBJECT
private:
    QList<AudioInput> m_devices;
    InputDeviceModel::Lister lister()
    {
        return [this] { return m_devices; };
    }

private slots:
    void init()
    {
        m_devices = {{"alsa_input.usb-1", "USB Headset", false},
                     {"alsa_input.pci", "Built-in Audio", true},
                     {"alsa_input.usb-2", "USB Headset", false}};
    }

    void listsEveryInputAndMarksTheDefault()
    {
        InputDeviceModel model(nullptr, lister());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex builtIn = model.index(1);
        QVERIFY(builtIn.data(InputDeviceModel::IsDefaultRole).toBool());
        QVERIFY(builtIn.data().toString().contains("Built-in Audio"));
        QVERIFY(builtIn.data().toString().contains("default"));
        QCOMPARE(builtIn.data(InputDeviceModel::IdRole).toByteArray(), QByteArray("alsa_input.pci"));
    }

    void repeatedDescriptionsAreToldApartByTheirIds()
    {
        InputDeviceModel model(nullptr, lister());
        const QString first = model.index(0).data().toString();
        const QString second = model.index(2).data().toString();
        QVERIFY(first != second);
        QVERIFY(first.contains("alsa_input.usb-1"));
        QVERIFY(!model.index(1).data().toString().contains("alsa_input.pci"));
    }

    void withoutAChoiceTheDefaultIsSelected()
    {
        InputDeviceModel model(nullptr, lister());
        QVERIFY(model.selectedId().isEmpty());
        QCOMPARE(model.selectedRow(), 1);
    }

    void keepsTheSelectionByIdWhenTheListIsReordered()
    {
        InputDeviceModel model(nullptr, lister());
        model.setSelectedId("alsa_input.usb-2");
        QCOMPARE(model.selectedRow(), 2);
        std::reverse(m_devices.begin(), m_devices.end());
        QVERIFY(model.refresh());
        QCOMPARE(model.selectedId(), QByteArray("alsa_input.usb-2"));
        QCOMPARE(model.selectedRow(), 0);
    }

    void rememberedDeviceComesBackAfterBeingUnplugged()
    {
        InputDeviceModel model(nullptr, lister());
        model.setSelectedId("alsa_input.usb-2");
        QSignalSpy availability(&model, &InputDeviceModel::selectedAvailabilityChanged);
        const AudioInput unplugged = m_devices.takeLast();
        QVERIFY(model.refresh());
        QCOMPARE(model.selectedRow(), -1);
        QVERIFY(!model.isSelectedAvailable());
        QCOMPARE(model.selectedId(), QByteArray("alsa_input.usb-2"));
        m_devices.append(unplugged);
        QVERIFY(model.refresh());
        QCOMPARE(model.selectedRow(), 2);
        QCOMPARE(availability.count(), 2);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        QCOMPARE(availability.at(1).at(0).toBool(), true);
    }

    void refreshWithoutChangesDoesNotResetTheModel()
    {
        InputDeviceModel model(nullptr, lister());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!model.refresh());
        QCOMPARE(resets.count(), 0);
        m_devices.append({"bluez_input.x", "Earbuds", false});
        QVERIFY(model.refresh());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 4);
    }

    void theTimerPicksUpHotPluggedDevices()
    {
        InputDeviceModel model(nullptr, lister());
        model.setRefreshInterval(20);
        m_devices.append({"bluez_input.x", "Earbuds", false});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 5000);
        model.setRefreshInterval(0);
        QCOMPARE(model.refreshInterval(), 0);
    }

    // Qt 6.4.2 never emits audioInputsChanged on hot-plug; re-querying does see the new device.
    void seesAMicrophonePluggedIntoTheSoundServer()
    {
        VD_REQUIRE_VIRTUAL_AUDIO();
        InputDeviceModel model; // the real system list
        model.setRefreshInterval(50);
        QCOMPARE(model.rowOfId("vd_hotplug"), -1);
        QProcess pactl;
        pactl.start(QStringLiteral("pactl"),
                    {QStringLiteral("load-module"), QStringLiteral("module-virtual-source"),
                     QStringLiteral("source_name=vd_hotplug"), QStringLiteral("master=vd_out.monitor")});
        QVERIFY(pactl.waitForFinished(5000));
        const QString module = QString::fromUtf8(pactl.readAllStandardOutput()).trimmed();
        QVERIFY2(pactl.exitCode() == 0 && !module.isEmpty(), pactl.readAllStandardError().constData());
        const auto unplug = qScopeGuard([&module] {
            QProcess::execute(QStringLiteral("pactl"), {QStringLiteral("unload-module"), module});
        });
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId("vd_hotplug") >= 0, 10000);
        model.setSelectedId("vd_hotplug");
        QVERIFY(model.isSelectedAvailable());
    }

    void selectingEmitsTheNewId()
    {
        InputDeviceModel model(nullptr, lister());
        QSignalSpy changed(&model, &InputDeviceModel::selectedIdChanged);
        model.setSelectedId("alsa_input.usb-1");
        model.setSelectedId("alsa_input.usb-1");
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toByteArray(), QByteArray("alsa_input.usb-1"));
    }
};

QTEST_GUILESS_MAIN(TestInputDeviceModel)
#include "tst_inputdevicemodel.moc"
