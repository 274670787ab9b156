#include "ui/shell/preferencesdialog.h"

#include "ui/i18n/translator.h"
#include "ui/shell/uisettings.h"
#include "ui/uilog.h"
#include "ui/widgets/wheelguard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vd {

namespace {

// A language is offered in its own name, so that someone who cannot read the current one finds it.
QString nativeName(const QString& code)
{
    return code == QLatin1String("ru") ? QStringLiteral("Русский") : QStringLiteral("English");
}

} // namespace

PreferencesDialog::PreferencesDialog(Translator& translator, QWidget* parent)
    : QDialog(parent), m_translator(translator)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    for (const QString& code : Translator::availableLanguages())
        m_language->addItem(nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_translator.requestedLanguage())));
    WheelGuard::install(m_language); // a wheel passing over must not switch the interface language
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = new QLabel(this);
    m_languageNote->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::chooseLanguage);
    retranslateUi();
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
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(
        0, tr("System default (%1)").arg(nativeName(Translator::languageForLocale(QLocale::system()))));
    m_languageNote->setText(tr("Changes apply at once and are remembered."));
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace vd
