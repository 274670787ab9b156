#include "ui/shell/preferencesdialog.h"

#include "ui/audio/audioinput.h"
#include "ui/i18n/translator.h"
#include "ui/shell/audiodevicechoice.h"
#include "ui/shell/runtimesettingsform.h"
#include "ui/shell/uisettings.h"
#include "ui/uilog.h"
#include "ui/widgets/wheelguard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMediaDevices>
#include <QVBoxLayout>

namespace vd {

namespace {

// A language is offered in its own name, so that someone who cannot read the current one finds it.
QString nativeName(const QString& code)
{
    return code == QLatin1String("ru") ? QStringLiteral("Русский") : QStringLiteral("English");
}

struct Device
{
    QByteArray id;
    QString description;
};

// The first entry (empty id) is the system default; a chosen device that is not connected now
// stays listed, so that opening the dialog never changes the choice.
void fill(QComboBox* box, const QList<Device>& devices, const QByteArray& chosen)
{
    box->clear();
    box->addItem(PreferencesDialog::tr("System default"), QByteArray());
    for (const Device& device : devices)
        box->addItem(device.description, device.id);
    if (!chosen.isEmpty() && box->findData(chosen) < 0)
        box->addItem(PreferencesDialog::tr("%1 (not connected)").arg(QString::fromUtf8(chosen)), chosen);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

QComboBox* deviceBox(const char* name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(24);
    WheelGuard::install(box);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(Translator& translator, Runtime& runtime, AudioDeviceChoice& devices,
                                     QWidget* parent)
    : QDialog(parent), m_translator(translator), m_devices(devices)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_interfaceBox = new QGroupBox(this);
    m_language = new QComboBox(m_interfaceBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    for (const QString& code : Translator::availableLanguages())
        m_language->addItem(nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_translator.requestedLanguage())));
    WheelGuard::install(m_language); // a wheel passing over must not switch the interface language
    m_languageLabel = new QLabel(m_interfaceBox);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = new QLabel(m_interfaceBox);
    m_languageNote->setWordWrap(true);
    auto* interfaceForm = new QFormLayout(m_interfaceBox);
    interfaceForm->addRow(m_languageLabel, m_language);
    interfaceForm->addRow(QString(), m_languageNote);

    m_audioBox = new QGroupBox(this);
    m_input = deviceBox("inputDeviceCombo", m_audioBox);
    m_output = deviceBox("outputDeviceCombo", m_audioBox);
    m_inputLabel = new QLabel(m_audioBox);
    m_inputLabel->setBuddy(m_input);
    m_outputLabel = new QLabel(m_audioBox);
    m_outputLabel->setBuddy(m_output);
    auto* audioForm = new QFormLayout(m_audioBox);
    audioForm->addRow(m_inputLabel, m_input);
    audioForm->addRow(m_outputLabel, m_output);
    fillDevices();

    m_settingsBox = new QGroupBox(this);
    m_runtimeSettings = new RuntimeSettingsForm(runtime, m_settingsBox);
    (new QVBoxLayout(m_settingsBox))->addWidget(m_runtimeSettings);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_interfaceBox);
    layout->addWidget(m_audioBox);
    layout->addWidget(m_settingsBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::chooseLanguage);
    connect(m_input, &QComboBox::activated, this,
            [this](int index) { m_devices.setInputId(m_input->itemData(index).toByteArray()); });
    connect(m_output, &QComboBox::activated, this,
            [this](int index) { m_devices.setOutputId(m_output->itemData(index).toByteArray()); });
    // The take panel's microphone box makes the same choice; show it here too.
    connect(&m_devices, &AudioDeviceChoice::inputChanged, this, [this](const QByteArray& id) {
        if (m_input->currentData().toByteArray() != id)
            fillDevices();
    });
    connect(&m_devices, &AudioDeviceChoice::outputChanged, this, [this](const QByteArray& id) {
        if (m_output->currentData().toByteArray() != id)
            fillDevices();
    });
    retranslateUi();
}

void PreferencesDialog::fillDevices()
{
    QList<Device> inputs;
    for (const AudioInput& input : systemAudioInputs())
        inputs.append({input.id, input.description});
    fill(m_input, inputs, m_devices.inputId());
    QList<Device> outputs;
    for (const QAudioDevice& output : QMediaDevices::audioOutputs())
        outputs.append({output.id(), output.description()});
    fill(m_output, outputs, m_devices.outputId());
}

void PreferencesDialog::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (!m_translator.setLanguage(code))
        return;
    saveLanguage(code);
    qCInfo(lcUiShell) << "interface language"
                      << (code.isEmpty() ? QStringLiteral("follows the system") : code);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_interfaceBox->setTitle(tr("Interface"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(
        0, tr("System default (%1)").arg(nativeName(Translator::languageForLocale(QLocale::system()))));
    m_languageNote->setText(tr("Changes apply at once and are remembered."));
    m_audioBox->setTitle(tr("Sound devices"));
    m_inputLabel->setText(tr("&Microphone:"));
    m_input->setAccessibleName(tr("Microphone"));
    m_input->setItemText(0, tr("System default"));
    m_outputLabel->setText(tr("Sound &output:"));
    m_output->setAccessibleName(tr("Sound output"));
    m_output->setItemText(0, tr("System default"));
    m_settingsBox->setTitle(tr("Routing and health (config file)"));
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace vd
