#include "ui/providers/providerspage.h"

#include "core/credentials/credentialstore.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/healthmonitor.h"
#include "core/resilience/providerdirectory.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/resiliencestore.h"
#include "core/runtime/readiness.h"
#include "ui/activity/activitylog.h"
#include "ui/i18n/retranslator.h"
#include "ui/providers/configsaver.h"
#include "ui/providers/priorityordermodel.h"
#include "ui/providers/providerbadge.h"
#include "ui/providers/providerlistpanel.h"
#include "ui/providers/providertester.h"
#include "ui/uilog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vd {

ProvidersPage::ProvidersPage(const ProvidersServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_saver(new ConfigSaver(this)),
      m_tester(new ProviderTester(services.monitor, services.providers, services.state, this))
{
    setObjectName(QStringLiteral("providersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createErrorBanner());
    m_loading = new QLabel(this);
    Retranslator::keep(m_loading,
                       [this] { m_loading->setText(tr("Loading providers, keys and health state…")); });
    m_loading->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_loading, 1);
    connect(m_saver, &ConfigSaver::saved, this, &ProvidersPage::onSaved);
    connect(m_saver, &ConfigSaver::changedOutside, this, &ProvidersPage::onChangedOutside);
    connect(
        m_saver, &ConfigSaver::failed, this,
        [this](const AppConfig&, const ConfigErrors& errors, bool broken) { onSaveFailed(errors, broken); });
    if (m_services.readiness.isReady())
        populate();
    else
        connect(&m_services.readiness, &Readiness::ready, this, &ProvidersPage::populate,
                Qt::SingleShotConnection);
}

ProvidersPage::~ProvidersPage() = default;

QWidget* ProvidersPage::createErrorBanner()
{
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("saveErrorBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(
        QStringLiteral("#saveErrorBanner { background: #fdecea; border: 1px solid #c62828; }"));
    auto* layout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("saveError"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_bannerText, 1);
    auto* retry = new QPushButton(m_banner);
    retry->setObjectName(QStringLiteral("saveRetry"));
    connect(retry, &QPushButton::clicked, this, [this] { save(); });
    layout->addWidget(retry);
    m_moveAside = new QPushButton(m_banner);
    m_moveAside->setObjectName(QStringLiteral("saveMoveAside"));
    Retranslator::keep(m_banner, [this, retry] {
        retry->setText(tr("Try a&gain"));
        retry->setToolTip(tr("Save the changes made on this page again"));
        m_moveAside->setText(tr("Move the broken file aside and save"));
        m_moveAside->setToolTip(
            tr("Rename the config file to config.json.corrupt-<time> (nothing is deleted) "
               "and write the settings shown here"));
    });
    connect(m_moveAside, &QPushButton::clicked, this, [this] { save(/*moveAsideFirst=*/true); });
    layout->addWidget(m_moveAside);
    m_banner->hide();
    return m_banner;
}

ProviderListPanel* ProvidersPage::createPanel(ProviderCategory category, std::function<QString()> title)
{
    auto* model = new PriorityOrderModel(m_services.registry, category, this);
    model->setBadgeSource([this](const ProviderInfo& info) {
        return providerBadge(m_services.state, m_services.factory, info);
    });
    connect(model, &PriorityOrderModel::orderEdited, this, &ProvidersPage::onOrderEdited);
    connect(model, &PriorityOrderModel::enabledEdited, this, &ProvidersPage::onEnabledEdited);
    auto* panel = new ProviderListPanel(*model, std::move(title), m_tabs);
    connect(panel, &ProviderListPanel::currentProviderChanged, this, [this, panel](const QString& name) {
        if (m_tabs->currentWidget() == panel)
            m_details->showProvider(name);
    });
    return panel;
}

void ProvidersPage::populate()
{
    m_loading->hide();
    m_splitter = new QSplitter(this);
    m_splitter->setChildrenCollapsible(false);
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(left);
    m_tabs->setObjectName(QStringLiteral("providerCategories"));
    m_stt = createPanel(ProviderCategory::Stt, [] { return tr("Speech to text"); });
    m_tts = createPanel(ProviderCategory::Tts, [] { return tr("Text to speech"); });
    m_tabs->addTab(m_stt, QString());
    m_tabs->addTab(m_tts, QString());
    Retranslator::keep(m_tabs, [this] {
        m_tabs->setAccessibleName(tr("Provider category"));
        m_tabs->setTabText(0, tr("S&peech to text"));
        m_tabs->setTabText(1, tr("Te&xt to speech"));
        m_tabs->setTabToolTip(0, tr("Speech-to-text providers, tried from top to bottom"));
        m_tabs->setTabToolTip(1, tr("Text-to-speech providers, tried from top to bottom"));
    });
    leftLayout->addWidget(m_tabs, 1);
    m_pluginFailures = new QLabel(left);
    m_pluginFailures->setObjectName(QStringLiteral("pluginFailures"));
    m_pluginFailures->setWordWrap(true);
    m_pluginFailures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_pluginFailures);

    m_details = new ProviderDetails(m_services, this);
    auto* scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(1, 2);
    layout()->addWidget(m_splitter);

    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_details->showProvider(currentProvider()); });
    connect(m_details, &ProviderDetails::enabledToggled, this, [this](const QString& name, bool on) {
        const std::optional<ProviderInfo> info = m_services.registry.info(name);
        PriorityOrderModel* model = info ? orderModel(info->category) : nullptr;
        if (model && model->rowOf(name) >= 0) // one path with the list's check box
            model->setData(model->index(model->rowOf(name)), on ? Qt::Checked : Qt::Unchecked,
                           Qt::CheckStateRole);
    });
    connect(m_details, &ProviderDetails::applyRequested, this, &ProvidersPage::onApplyRequested);
    connect(m_details, &ProviderDetails::testRequested, this, [this](const QString& name) {
        if (m_tester->test(name))
            m_details->setTestRunning();
    });
    connect(m_tester, &ProviderTester::finished, this,
            [this](const QString& name, bool ok, const QString& text) {
                if (name == m_details->provider())
                    m_details->setTestResult(ok, text);
                Q_EMIT testFinished(name, ok);
            });
    connect(m_details, &ProviderDetails::breakerRequested, this, &ProvidersPage::onBreakerRequested);
    connect(m_details, &ProviderDetails::keyChanged, this, [this](const QString& name) {
        m_services.monitor.clearAttention(name); // a new key deserves a new chance (PRODUCT.md §3)
    });

    connect(&m_services.state, &ResilienceState::healthChanged, this, &ProvidersPage::refreshProvider);
    connect(&m_services.state, &ResilienceState::breakerStateChanged, this,
            [this](const QString& name) { refreshProvider(name); });
    connect(&m_services.registry, &ProviderRegistry::providerChanged, this, [this](const QString& name) {
        if (name == m_details->provider())
            m_details->refreshStatus();
    });
    connect(&m_services.credentials, &CredentialStore::secretChanged, this, &ProvidersPage::refreshAll);
    connect(&m_services.credentials, &CredentialStore::ready, this, &ProvidersPage::refreshAll);
    // Badges and the plug-in list are worded when computed: word them again in a new language.
    Retranslator::keep(m_splitter, [this] {
        refreshAll();
        showPluginFailures();
    });
    m_stt->setCurrentProvider({});
    m_tts->setCurrentProvider({});
    m_details->showProvider(currentProvider());
    m_saver->watch(m_services.configPath, m_services.config);
    qCDebug(lcUiProviders) << "providers page populated";
}

PriorityOrderModel* ProvidersPage::orderModel(ProviderCategory category) const
{
    const ProviderListPanel* panel = listPanel(category);
    return panel ? &panel->model() : nullptr;
}

ProviderListPanel* ProvidersPage::listPanel(ProviderCategory category) const
{
    return category == ProviderCategory::Stt ? m_stt : m_tts;
}

bool ProvidersPage::selectProvider(const QString& name)
{
    const std::optional<ProviderInfo> info = m_services.registry.info(name);
    if (!info || !m_tabs)
        return false;
    ProviderListPanel* panel = listPanel(info->category);
    m_tabs->setCurrentWidget(panel);
    panel->setCurrentProvider(name);
    m_details->showProvider(name);
    return true;
}

QString ProvidersPage::currentProvider() const
{
    const auto* panel = m_tabs ? qobject_cast<ProviderListPanel*>(m_tabs->currentWidget()) : nullptr;
    return panel ? panel->currentProvider() : QString();
}

bool ProvidersPage::isSaving() const
{
    return m_saver->isBusy();
}

void ProvidersPage::refreshProvider(const QString& name)
{
    for (ProviderListPanel* panel : {m_stt, m_tts})
        panel->model().refreshBadge(name);
    if (name == m_details->provider())
        m_details->refreshStatus();
}

void ProvidersPage::refreshAll()
{
    for (ProviderListPanel* panel : {m_stt, m_tts})
        panel->model().refreshBadges();
    m_details->refreshStatus();
}

void ProvidersPage::showPluginFailures()
{
    QStringList lines;
    for (const PluginFailure& failure : m_services.registry.failures()) {
        lines << tr("%1 (%2): %3")
                     .arg(failure.name.isEmpty() ? tr("unnamed plugin") : failure.name, failure.path,
                          failure.reason)
                     .toHtmlEscaped();
    }
    m_pluginFailures->setText(
        lines.isEmpty()
            ? QString()
            : tr("<b>Plugins that could not be loaded:</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    m_pluginFailures->setVisible(!lines.isEmpty());
}

// While a save is in flight or failed, the page builds on its own draft, so that no edit made
// meanwhile is lost; otherwise it starts from what the runtime uses (which other pages may
// have changed since).
AppConfig& ProvidersPage::draft()
{
    if (!m_saver->isBusy() && !m_saveFailed) {
        m_draft = m_services.config;
        m_draftBase = m_draft;
    }
    return m_draft;
}

void ProvidersPage::save(bool moveAsideFirst)
{
    for (ProviderListPanel* panel : {m_stt, m_tts})
        panel->model().setHoldEdits(true);
    m_saver->save(m_services.configPath, m_draftBase, m_draft, moveAsideFirst);
}

void ProvidersPage::onOrderEdited(ProviderCategory category, const QStringList& names)
{
    AppConfig& config = draft();
    for (int i = 0; i < names.size(); ++i)
        config.providers[names.at(i)].priority = (i + 1) * 10; // as ProviderRegistry::applyOrder numbers them
    qCInfo(lcUiProviders).noquote() << "new" << categoryName(category)
                                    << "order:" << names.join(QLatin1Char(' '));
    save();
}

void ProvidersPage::onEnabledEdited(const QString& name, bool enabled)
{
    draft().providers[name].enabled = enabled;
    qCInfo(lcUiProviders) << name << (enabled ? "enabled" : "disabled");
    save();
}

void ProvidersPage::onApplyRequested(const QString& name, const QJsonObject& settings)
{
    draft().providers[name].settings = settings;
    m_settingsInFlight.insert(name, settings);
    save();
}

void ProvidersPage::onSaved(const AppConfig& config, const QString& movedTo)
{
    m_services.applyConfig(config);
    for (auto it = m_settingsInFlight.begin(); it != m_settingsInFlight.end();) {
        if (config.providers.value(it.key()).settings != it.value()) {
            ++it;
            continue;
        }
        m_services.monitor.clearAttention(it.key()); // changed settings deserve a new chance
        if (it.key() == m_details->provider())
            m_details->settingsSaved(it.value());
        it = m_settingsInFlight.erase(it);
    }
    if (!m_saver->isBusy()) {
        m_saveFailed = false;
        m_saveError.clear();
        m_banner->hide();
        showConfig();
    }
    if (!movedTo.isEmpty()) {
        m_bannerText->setText(
            tr("The broken config file was moved to %1 and the settings were saved.").arg(movedTo));
        m_moveAside->hide();
        m_banner->show();
    }
    Q_EMIT saveFinished(true);
}

// What the page shows comes from runtime.config() again, once no edit of its own is pending.
void ProvidersPage::showConfig()
{
    for (ProviderListPanel* panel : {m_stt, m_tts}) {
        panel->model().setHoldEdits(false);
        panel->model().refresh();
    }
    m_details->refreshStatus();
    m_details->reloadSettings();
}

// A `voicedeck-cli config set` or an editor changed the file: use and show it. Edits of the page
// still being saved (or failed) are kept in the draft and merged over it when written.
void ProvidersPage::onChangedOutside(const AppConfig& config)
{
    m_services.applyConfig(config);
    if (!m_saver->isBusy() && !m_saveFailed)
        showConfig();
}

void ProvidersPage::onSaveFailed(const ConfigErrors& errors, bool fileBroken)
{
    m_saveFailed = true;
    m_saveError = configErrorsMessage(errors);
    m_bannerText->setText(
        tr("Your changes could not be saved to %1:\n%2\nThey are kept on this page: fix the file "
           "and choose \"Try again\".")
            .arg(m_services.configPath, m_saveError));
    m_moveAside->setVisible(fileBroken);
    m_banner->show();
    for (auto it = m_settingsInFlight.cbegin(); it != m_settingsInFlight.cend(); ++it) {
        if (it.key() == m_details->provider())
            m_details->settingsNotSaved(tr("the config file could not be written (see above)."));
    }
    Q_EMIT saveFinished(false);
}

void ProvidersPage::onBreakerRequested(const QString& name, ProviderDetails::BreakerAction action)
{
    ResilienceState& state = m_services.state;
    switch (action) {
    case ProviderDetails::BreakerAction::Reset:
        state.resetBreaker(name);
        state.clearAttention(name); // "until ... the user resets it" (PRODUCT.md §3)
        break;
    case ProviderDetails::BreakerAction::ForceOpen:
        state.forceOpenBreaker(name);
        break;
    case ProviderDetails::BreakerAction::Disable:
        state.disableBreaker(name);
        break;
    }
    qCInfo(lcUiProviders) << "breaker of" << name << "set to"
                          << breakerStateName(state.breaker(name)->state());
    // Written now, as `voicedeck-cli breaker` does, so that other processes see it at once.
    (void)m_services.store.flush();
    refreshProvider(name);
}

} // namespace vd
