#include "shelltestenvironment.h"
#include "ui/activity/activitylog.h"
#include "ui/audio/pcmplayer.h"
#include "ui/i18n/translator.h"
#include "ui/shell/audiodevicechoice.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/runtimesettingsform.h"
#include "ui/shell/standardpages.h"
#include "ui/shell/uisettings.h"
#include "ui/speech/speechplayback.h"
#include "ui/speech/speechtotextpage.h"
#include "ui/speech/takepanel.h"
#include "ui/speech/texttospeechpage.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace vd;

// Preferences beyond the language: the microphone and sound output (remembered in the UI settings
// and used by the pages) and the routing and health keys of the config file (checked like the
// file, written into it atomically, never over a file that does not load).
class TestPreferences : public QObject
{
    Q_OBJECT

private:
    test::ShellTestEnvironment m_environment;
    Translator m_translator;
    ActivityLog m_activity;

    QByteArray configBytes() const
    {
        QFile file(m_environment.configPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QJsonObject configJson() const { return QJsonDocument::fromJson(configBytes()).object(); }

    static QSpinBox* box(PreferencesDialog& dialog, const char* key)
    {
        return dialog.findChild<QSpinBox*>(QLatin1String(key));
    }

    static QString message(PreferencesDialog& dialog)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("settingsMessage"))->text();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_environment.isValid());
        QVERIFY(m_translator.setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        test::ShellTestEnvironment::clearSettings();
        m_environment.writeConfig(R"({"version": 1, "routing": {"max_retries": 2}})");
    }

    void showsTheConfigValuesWithUnits()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        AudioDeviceChoice devices;
        PreferencesDialog dialog(m_translator, *runtime, devices);
        QCOMPARE(box(dialog, "routing.max_retries")->value(), 2);
        QCOMPARE(box(dialog, "health.probe_interval_seconds")->value(), 60);
        QCOMPARE(box(dialog, "health.probe_interval_seconds")->suffix(), QStringLiteral(" s"));
        QCOMPARE(box(dialog, "routing.attempt_timeout_ms")->suffix(), QStringLiteral(" ms"));
        QCOMPARE(box(dialog, "routing.hedge_after_ms")->text(), QStringLiteral("Off"));
    }

    void changingTheProbeIntervalWritesTheConfigKey()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        AudioDeviceChoice devices;
        PreferencesDialog dialog(m_translator, *runtime, devices);
        dialog.show();
        QSignalSpy saved(&dialog.runtimeSettings(), &RuntimeSettingsForm::saved);

        box(dialog, "health.probe_interval_seconds")->setValue(15);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);

        QVERIFY(saved.wait(10000));
        const QJsonObject json = configJson();
        QCOMPARE(json.value("health").toObject().value("probe_interval_seconds").toInt(), 15);
        QCOMPARE(json.value("routing").toObject().value("max_retries").toInt(), 2); // kept
        QCOMPARE(runtime->config().health.probeIntervalSeconds, 15);                // applied
        QVERIFY(message(dialog).startsWith(QStringLiteral("Saved to ")));
    }

    void anInvalidValueIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("probe interval 0")
            << "health.probe_interval_seconds" << 0
            << "Health probe interval must be an integer from 1 to 86400, got 0";
        QTest::newRow("11 retries") << "routing.max_retries" << 11
                                    << "Retries per provider must be an integer from 0 to 10, got 11";
        QTest::newRow("negative timeout") << "routing.attempt_timeout_ms" << -5
                                          << "Attempt timeout must be an integer from 1 to 3600000, got -5";
    }

    void anInvalidValueIsRefusedWithAMessage()
    {
        QFETCH(QString, key);
        QFETCH(int, value);
        QFETCH(QString, problem);
        const QByteArray before = configBytes();
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        AudioDeviceChoice devices;
        PreferencesDialog dialog(m_translator, *runtime, devices);
        QSignalSpy failed(&dialog.runtimeSettings(), &RuntimeSettingsForm::saveFailed);

        box(dialog, qPrintable(key))->setValue(value);

        QVERIFY2(message(dialog).startsWith(problem), qPrintable(message(dialog)));
        QVERIFY(message(dialog).contains(key));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveSettings"))->isEnabled());
        dialog.runtimeSettings().save(); // even when asked directly
        QCOMPARE(failed.count(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(configBytes(), before);
    }

    void aConfigThatDoesNotLoadIsNeverOverwritten()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        AudioDeviceChoice devices;
        PreferencesDialog dialog(m_translator, *runtime, devices);
        m_environment.writeConfig(R"({"version": 1, "routing": )"); // broken while the app runs
        QSignalSpy failed(&dialog.runtimeSettings(), &RuntimeSettingsForm::saveFailed);

        box(dialog, "health.probe_interval_seconds")->setValue(15);
        dialog.runtimeSettings().save();

        QVERIFY(failed.wait(10000));
        QCOMPARE(configBytes(), QByteArray(R"({"version": 1, "routing": )"));
        QVERIFY2(message(dialog).contains(QStringLiteral("does not load")), qPrintable(message(dialog)));
    }

    void theDeviceChoiceIsRememberedAndUsedByThePages()
    {
        auto runtime = m_environment.createRuntime();
        QVERIFY(runtime);
        {
            MainWindow window(*runtime, m_translator);
            addStandardPages(window, *runtime, m_activity);
            window.showPreferences();
            auto* dialog = window.findChild<PreferencesDialog*>();
            QVERIFY(dialog);
            // A device that is not plugged in now stays a choice; pick it with the keyboard.
            window.audioDevices().setOutputId("alsa_output.usb-headset");
            window.audioDevices().setOutputId({});
            auto* output = dialog->findChild<QComboBox*>(QStringLiteral("outputDeviceCombo"));
            QCOMPARE(output->currentIndex(), 0); // "System default"
            QCOMPARE(output->itemText(0), QStringLiteral("System default"));

            auto* input = dialog->findChild<QComboBox*>(QStringLiteral("inputDeviceCombo"));
            window.audioDevices().setInputId("alsa_input.usb-mic");
            const int row = input->findData(QByteArray("alsa_input.usb-mic"));
            QVERIFY(row > 0);
            QCOMPARE(input->currentIndex(), row);
            QVERIFY(input->itemText(row).contains(QStringLiteral("not connected")));
            input->setFocus();
            QTest::keyClick(input, Qt::Key_Home); // to "System default", as a user would
            QVERIFY(savedInputDevice().isEmpty());
            QTest::keyClick(input, Qt::Key_End);
            QCOMPARE(savedInputDevice(), QByteArray("alsa_input.usb-mic"));

            auto* speech = qobject_cast<SpeechToTextPage*>(window.page(QStringLiteral("speech-to-text")));
            QCOMPARE(speech->takePanel().deviceId(), QByteArray("alsa_input.usb-mic"));
            window.audioDevices().setOutputId("alsa_output.usb-headset");
            QCOMPARE(savedOutputDevice(), QByteArray("alsa_output.usb-headset"));
        }
        // The next start records from and plays on the remembered devices.
        MainWindow window(*runtime, m_translator);
        addStandardPages(window, *runtime, m_activity);
        auto* speech = qobject_cast<SpeechToTextPage*>(window.page(QStringLiteral("speech-to-text")));
        auto* tts = qobject_cast<TextToSpeechPage*>(window.page(QStringLiteral("text-to-speech")));
        QCOMPARE(speech->takePanel().deviceId(), QByteArray("alsa_input.usb-mic"));
        QCOMPARE(tts->playback().player().deviceId(), QByteArray("alsa_output.usb-headset"));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
