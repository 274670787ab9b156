#include "ui/providers/credentialeditor.h"

#include "core/credentials/credentialstore.h"
#include "ui/i18n/retranslator.h"
#include "ui/uilog.h"
#include "ui/widgets/wheelguard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace vd {

CredentialEditor::CredentialEditor(CredentialStore& credentials, QWidget* parent)
    : QWidget(parent), m_credentials(credentials)
{
    auto* form = new QFormLayout(this);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("credentialSource"));
    m_source->setWordWrap(true);
    auto* sourceLabel = new QLabel(this);
    form->addRow(sourceLabel, m_source);

    auto* entry = new QHBoxLayout;
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("credentialSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    connect(m_secret, &QLineEdit::textChanged, this, &CredentialEditor::updateButtons);
    connect(m_secret, &QLineEdit::returnPressed, this, &CredentialEditor::save);
    entry->addWidget(m_secret, 1);
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(QStringLiteral("credentialReveal"));
    m_reveal->setCheckable(true);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    entry->addWidget(m_reveal);
    auto* newKeyLabel = new QLabel(this);
    newKeyLabel->setBuddy(m_secret);
    form->addRow(newKeyLabel, entry);

    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("credentialKey"));
    WheelGuard::install(m_key); // it sits in the scrolled details pane
    auto* keyLabel = new QLabel(this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("credentialSave"));
    connect(m_save, &QPushButton::clicked, this, &CredentialEditor::save);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("credentialRemove"));
    connect(m_remove, &QPushButton::clicked, this, &CredentialEditor::remove);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    form->addRow(buttons);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("credentialResult"));
    m_result->setWordWrap(true);
    form->addRow(m_result);
    // The keychain answers asynchronously; whether it is there decides what can be edited.
    connect(&m_credentials, &CredentialStore::keychainChecked, this, &CredentialEditor::refresh);
    Retranslator::keep(this, [this, sourceLabel, newKeyLabel, keyLabel] {
        sourceLabel->setText(tr("Key in use:"));
        m_secret->setPlaceholderText(tr("Paste a new key"));
        m_secret->setAccessibleName(tr("New key"));
        m_secret->setToolTip(tr("The key is stored in the system keychain only, never in the config file."));
        m_reveal->setText(m_reveal->isChecked() ? tr("Hide") : tr("Show"));
        m_reveal->setAccessibleName(tr("Show the key"));
        m_reveal->setToolTip(tr("Show or hide the key you are typing"));
        newKeyLabel->setText(tr("&New key:"));
        m_key->setAccessibleName(tr("Keychain entry"));
        m_key->setToolTip(
            tr("The keychain entry to store the key under: this provider's own, or the vendor's "
               "shared by its speech-to-text and text-to-speech providers"));
        keyLabel->setText(tr("&Store as:"));
        m_save->setText(tr("Save &key"));
        m_save->setToolTip(tr("Store the key in the system keychain"));
        m_remove->setText(tr("Re&move key"));
        m_remove->setToolTip(tr("Delete the key in use from the system keychain"));
        nameKeys();
        refresh();
    });
}

void CredentialEditor::setProvider(const ProviderInfo& info)
{
    m_info = info;
    forgetTypedKey();
    Retranslator::setText(m_result, {});
    m_key->clear();
    for (const QString& key : info.credentialKeys)
        m_key->addItem(QString(), key);
    nameKeys();
    refresh();
}

QString CredentialEditor::typedKey() const
{
    return m_secret->text().trimmed();
}

// setText(), unlike clear(), also empties the field's undo history: Ctrl+Z must not bring a
// stored key back into view. The next key is typed masked again.
void CredentialEditor::forgetTypedKey()
{
    m_secret->setText(QString());
    m_reveal->setChecked(false);
}

void CredentialEditor::nameKeys()
{
    for (int row = 0; row < m_key->count(); ++row) {
        const QString key = m_key->itemData(row).toString();
        m_key->setItemText(row, key == m_info.name ? tr("%1 (this provider only)").arg(key)
                                                   : tr("%1 (shared by the vendor's providers)").arg(key));
    }
}

void CredentialEditor::refresh()
{
    const CredentialStatus status = m_credentials.status(m_info);
    QString text;
    switch (status.source) {
    case CredentialSource::Keychain:
        text = tr("from the keychain (entry “%1”)").arg(status.location);
        break;
    case CredentialSource::Environment:
        text = tr("from the environment variable %1").arg(status.location);
        break;
    case CredentialSource::None:
        text = m_info.credentialEnvironment.isEmpty()
                   ? tr("missing: enter a key below")
                   : tr("missing: enter a key below or set %1")
                         .arg(m_info.credentialEnvironment.join(tr(" or ")));
        break;
    }
    if (!m_credentials.keychainAvailable())
        text += QLatin1Char('\n') + m_credentials.keychainStatus();
    m_source->setText(text);
    m_source->setAccessibleName(tr("Key in use: %1").arg(text));
    // Start from the entry that holds the key today, so that Save replaces it.
    const int current = m_key->findData(status.location);
    if (status.source == CredentialSource::Keychain && current >= 0)
        m_key->setCurrentIndex(current);
    updateButtons();
}

void CredentialEditor::updateButtons()
{
    const bool keychain = m_credentials.keychainAvailable() && !m_writing;
    const CredentialStatus status = m_credentials.status(m_info);
    m_secret->setEnabled(m_credentials.keychainAvailable());
    m_save->setEnabled(keychain && !typedKey().isEmpty() && m_key->count() > 0);
    m_remove->setEnabled(keychain && status.source == CredentialSource::Keychain);
}

void CredentialEditor::save()
{
    const QString key = m_key->currentData().toString();
    if (typedKey().isEmpty() || key.isEmpty() || m_writing)
        return;
    m_writing = true;
    Retranslator::setText(m_result, [] { return tr("Saving to the keychain…"); });
    updateButtons();
    qCInfo(lcUiProviders) << "storing a key in keychain entry" << key; // the entry, never the key
    KeychainWriteJob* job = m_credentials.setSecret(key, typedKey());
    const QString provider = m_info.name;
    connect(job, &KeychainWriteJob::finished, this, [this, key, provider](bool ok, const QString& error) {
        m_writing = false;
        if (ok) {
            forgetTypedKey();
            Retranslator::setText(m_result,
                                  [key] { return tr("Key saved in the keychain (entry “%1”).").arg(key); });
            Q_EMIT keyChanged(provider);
        } else {
            Retranslator::setText(m_result, [error] { return tr("The key was not saved: %1").arg(error); });
        }
        refresh();
        Q_EMIT writeFinished(ok);
    });
}

void CredentialEditor::remove()
{
    const CredentialStatus status = m_credentials.status(m_info);
    if (status.source != CredentialSource::Keychain || m_writing)
        return;
    m_writing = true;
    updateButtons();
    qCInfo(lcUiProviders) << "removing keychain entry" << status.location;
    KeychainWriteJob* job = m_credentials.deleteSecret(status.location);
    const QString provider = m_info.name;
    const QString key = status.location;
    connect(job, &KeychainWriteJob::finished, this, [this, key, provider](bool ok, const QString& error) {
        m_writing = false;
        Retranslator::setText(m_result, [ok, key, error] {
            return ok ? tr("Keychain entry “%1” removed.").arg(key)
                      : tr("The key was not removed: %1").arg(error);
        });
        if (ok)
            Q_EMIT keyChanged(provider);
        refresh();
        Q_EMIT writeFinished(ok);
    });
}

} // namespace vd
