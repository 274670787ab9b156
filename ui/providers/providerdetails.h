#pragma once

#include "ui/providers/providersservices.h"

#include <QJsonObject>
#include <QString>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace vd {

class CredentialEditor;
struct ProviderInfo;
class SettingsForm;

// The Providers page's right side for one provider: what it is, its status badge, the enabled
// check box, the settings form with Apply / Revert, its key, "Test" with the last result, and
// the breaker controls. It shows state read from the page's services and asks for changes through
// signals; the page saves them (config file, keychain, breakers) and calls back.
//
// Settings are applied explicitly: edits stay in the form (marked unsaved) until Apply, which is
// enabled only while every value is valid, so an invalid value can never be saved; Revert
// returns to what the config file holds. Enabled, order, keys and breaker actions take effect
// at once, as they are single, always-valid choices.
class ProviderDetails : public QWidget
{
    Q_OBJECT

public:
    enum class BreakerAction
    {
        Reset,
        ForceOpen,
        Disable
    };
    Q_ENUM(BreakerAction)

    explicit ProviderDetails(const ProvidersServices& services, QWidget* parent = nullptr);

    // Empty: nothing selected.
    void showProvider(const QString& name);
    QString provider() const { return m_name; }

    // Badge, enabled flag, breaker and key source from the runtime.
    void refreshStatus();
    // The form from runtime.config(), unless the user has unsaved edits in it.
    void reloadSettings();
    // A save of `settings` for this provider finished.
    void settingsSaved(const QJsonObject& settings);
    void settingsNotSaved(const QString& reason);

    void setTestRunning();
    void setTestResult(bool ok, const QString& text);

    SettingsForm* settingsForm() const { return m_form; }
    CredentialEditor* credentialEditor() const { return m_credential; }

Q_SIGNALS:
    void enabledToggled(const QString& name, bool enabled);
    void applyRequested(const QString& name, const QJsonObject& settings);
    void testRequested(const QString& name);
    void breakerRequested(const QString& name, vd::ProviderDetails::BreakerAction action);
    void keyChanged(const QString& name);

private:
    QWidget* createHealthBox();
    static QString notConfiguredText(const ProviderInfo& info);
    void updateSettingsButtons();

    ProvidersServices m_services;
    QString m_name;
    QLabel* m_placeholder = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_problem = nullptr;
    QCheckBox* m_enabled = nullptr;
    SettingsForm* m_form = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_settingsStatus = nullptr;
    QGroupBox* m_keyBox = nullptr;
    CredentialEditor* m_credential = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_breaker = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_forceOpen = nullptr;
    QPushButton* m_disable = nullptr;
    QTimer m_openEnds; // re-reads the breaker when its open time is over (it then turns HALF_OPEN)
};

} // namespace vd
