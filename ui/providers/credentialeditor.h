#pragma once

#include "core/model/providerinfo.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace vd {

class CredentialStore;

// A provider's key: where the one in use comes from (keychain entry, environment variable, or
// missing), a masked field with a reveal toggle to enter a new one, the keychain entry to store
// it under (the provider's own or its vendor's, shared by STT and TTS), and Save / Remove. Keys
// go only to the OS keychain (CredentialStore::setSecret/deleteSecret): never into the config
// file, never logged, and the field is cleared as soon as the keychain has it.
class CredentialEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialEditor(CredentialStore& credentials, QWidget* parent = nullptr);

    void setProvider(const ProviderInfo& info);
    // Re-reads where the key comes from (after a keychain change or refresh).
    void refresh();

    // For tests and accessibility tools.
    QLineEdit* secretField() const { return m_secret; }
    QLabel* sourceLabel() const { return m_source; }
    QLabel* resultLabel() const { return m_result; }

Q_SIGNALS:
    // A key of `provider` was stored or removed (the page clears "needs attention").
    void keyChanged(const QString& provider);
    // The keychain answered a Save or Remove; `ok` false with the reason in resultLabel().
    void writeFinished(bool ok);

private:
    void save();
    void remove();
    void updateButtons();
    // The pasted key without the blanks a copy often brings along; empty when only blanks.
    QString typedKey() const;
    void forgetTypedKey();
    // Words the "Store as" choices in the language in use.
    void nameKeys();

    CredentialStore& m_credentials;
    ProviderInfo m_info;
    QLabel* m_source = nullptr;
    QLineEdit* m_secret = nullptr;
    QToolButton* m_reveal = nullptr;
    QComboBox* m_key = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_result = nullptr;
    bool m_writing = false;
};

} // namespace vd
