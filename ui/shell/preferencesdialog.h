#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;

namespace vd {

class AudioDeviceChoice;
class Runtime;
class RuntimeSettingsForm;
class Translator;

// The application's preferences: the interface language (follow the system, English or
// Russian); the microphone and sound output (AudioDeviceChoice, remembered in the UI settings);
// and the routing and health keys of the config file (RuntimeSettingsForm). A language or device
// choice takes effect at once — every widget retranslates on QEvent::LanguageChange — and is
// saved in QSettings for the next start; config keys are written when saved.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(Translator& translator, Runtime& runtime, AudioDeviceChoice& devices,
                      QWidget* parent = nullptr);

    RuntimeSettingsForm& runtimeSettings() { return *m_runtimeSettings; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseLanguage(int index);
    void fillDevices();

    Translator& m_translator;
    AudioDeviceChoice& m_devices;
    QGroupBox* m_interfaceBox = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QGroupBox* m_audioBox = nullptr;
    QLabel* m_inputLabel = nullptr;
    QComboBox* m_input = nullptr;
    QLabel* m_outputLabel = nullptr;
    QComboBox* m_output = nullptr;
    QGroupBox* m_settingsBox = nullptr;
    RuntimeSettingsForm* m_runtimeSettings = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vd
