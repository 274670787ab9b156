#pragma once

#include "core/config/appconfig.h"
#include "core/config/configerror.h"
#include "core/model/providerkind.h"
#include "ui/providers/providerdetails.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace vd {

class ConfigSaver;
class PriorityOrderModel;
class ProviderListPanel;
class ProviderTester;

// The Providers page (PRODUCT.md §5): per category (a tab each) the providers in priority order,
// reorderable by drag and drop and by keyboard, with enable/disable and a status badge; beside
// it the selected provider's details (settings form, key, Test, breaker controls).
//
// Every change goes to the config file and takes effect at once: the page edits a copy of
// runtime.config(), saves it off the GUI thread (ConfigSaver) and, once the file is written,
// hands what the file then holds to runtime.applyConfig(). Only the keys the page changed are
// written, merged into the file as it is (ConfigFile::update), and a change made to the file
// outside the GUI is picked up and shown (ConfigSaver::changedOutside). If the file cannot be written —
// ConfigFile refuses to replace a file that does not load — the error is shown above the lists, the user's
// edits stay on the page (order, check boxes, the settings form) and are written by "Try again" or, for a
// broken file, "Move the broken file aside and save". Settings are applied with an explicit Apply
// that is only enabled while every value is valid (see ProviderDetails).
//
// The application may still be loading keys and state when the page is built: the page then
// shows "Loading…" and fills itself once it is ready.
class ProvidersPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProvidersPage(const ProvidersServices& services, QWidget* parent = nullptr);
    ~ProvidersPage() override;

    // Null until the application is ready.
    PriorityOrderModel* orderModel(ProviderCategory category) const;
    ProviderListPanel* listPanel(ProviderCategory category) const;
    ProviderDetails* details() const { return m_details; }

    // Shows the provider's category and selects it; false when it is unknown or not loaded yet.
    bool selectProvider(const QString& name);
    QString currentProvider() const;
    bool isSaving() const;
    // The last save error shown to the user; empty when the last save worked.
    QString saveError() const { return m_saveError; }

Q_SIGNALS:
    // A config save finished (written and applied, or refused with the error shown).
    void saveFinished(bool ok);
    // A "Test" the user started finished (also recorded in the ActivityLog).
    void testFinished(const QString& name, bool ok);

private:
    void populate();
    QWidget* createErrorBanner();
    ProviderListPanel* createPanel(ProviderCategory category, std::function<QString()> title);
    AppConfig& draft();
    void save(bool moveAsideFirst = false);
    void onOrderEdited(ProviderCategory category, const QStringList& names);
    void onEnabledEdited(const QString& name, bool enabled);
    void onApplyRequested(const QString& name, const QJsonObject& settings);
    void onSaved(const AppConfig& config, const QString& movedTo);
    void onSaveFailed(const ConfigErrors& errors, bool fileBroken);
    void onChangedOutside(const AppConfig& config);
    void showConfig();
    void onBreakerRequested(const QString& name, ProviderDetails::BreakerAction action);
    void refreshProvider(const QString& name);
    void refreshAll();
    void showPluginFailures();

    ProvidersServices m_services;
    ConfigSaver* m_saver = nullptr;
    ProviderTester* m_tester = nullptr;
    QLabel* m_loading = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_moveAside = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_pluginFailures = nullptr;
    ProviderListPanel* m_stt = nullptr;
    ProviderListPanel* m_tts = nullptr;
    ProviderDetails* m_details = nullptr;

    AppConfig m_draft;     // what the page wants on disk while a save is in flight or failed
    AppConfig m_draftBase; // what the draft started from: only their difference is written
    bool m_saveFailed = false;
    QString m_saveError;
    QHash<QString, QJsonObject> m_settingsInFlight; // provider -> settings being saved
};

} // namespace vd
