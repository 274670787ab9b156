#include "ui/providers/providerdetails.h"

#include "core/config/appconfig.h"
#include "core/credentials/credentialstore.h"
#include "core/model/translate.h"
#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"
#include "ui/i18n/retranslator.h"
#include "ui/providers/credentialeditor.h"
#include "ui/providers/notelabel.h"
#include "ui/providers/providerbadge.h"
#include "ui/providers/settingsform.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd {

namespace {

using Text = std::function<QString()>;

QPushButton* button(const Text& text, const char* name, const Text& tip, QWidget* parent)
{
    auto* result = new QPushButton(parent);
    result->setObjectName(QString::fromLatin1(name));
    Retranslator::keep(result, [result, text, tip] {
        result->setText(text());
        result->setToolTip(tip());
    });
    return result;
}

QLabel* wrappingLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProviderDetails::ProviderDetails(const ProvidersServices& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    auto* outer = new QVBoxLayout(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_placeholder);
    m_body = new QWidget(this);
    outer->addWidget(m_body);
    auto* layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = wrappingLabel("providerName", m_body);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_meta = wrappingLabel("providerMeta", m_body);
    layout->addWidget(m_meta);
    m_description = wrappingLabel("providerDescription", m_body);
    layout->addWidget(m_description);
    m_badge = wrappingLabel("providerBadge", m_body);
    layout->addWidget(m_badge);
    m_problem = wrappingLabel("providerProblem", m_body);
    layout->addWidget(m_problem);
    m_enabled = new QCheckBox(m_body);
    m_enabled->setObjectName(QStringLiteral("providerEnabled"));
    connect(m_enabled, &QCheckBox::clicked, this, [this](bool on) { Q_EMIT enabledToggled(m_name, on); });
    layout->addWidget(m_enabled);

    auto* settingsBox = new QGroupBox(m_body);
    auto* settingsLayout = new QVBoxLayout(settingsBox);
    m_form = new SettingsForm(settingsBox);
    settingsLayout->addWidget(m_form);
    auto* settingsButtons = new QHBoxLayout;
    m_apply = button([] { return tr("&Apply"); }, "settingsApply",
                     [] { return tr("Save the settings to the config file and use them now"); }, settingsBox);
    m_revert = button([] { return tr("Re&vert"); }, "settingsRevert",
                      [] { return tr("Discard the edits and show the saved settings"); }, settingsBox);
    // One line: a status that wrapped would move the Key box under the pointer as it changes.
    m_settingsStatus = new NoteLabel(settingsBox);
    m_settingsStatus->setObjectName(QStringLiteral("settingsStatus"));
    settingsButtons->addWidget(m_apply);
    settingsButtons->addWidget(m_revert);
    settingsButtons->addWidget(m_settingsStatus, 1);
    settingsLayout->addLayout(settingsButtons);
    layout->addWidget(settingsBox);
    connect(m_form, &SettingsForm::changed, this, &ProviderDetails::updateSettingsButtons);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_form->isValid() && m_form->isDirty()) {
            Retranslator::setText(m_settingsStatus, [] { return tr("Saving…"); });
            Q_EMIT applyRequested(m_name, m_form->values());
        }
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_form->setValues(m_services.config.providers.value(m_name).settings);
        Retranslator::setText(m_settingsStatus, {});
        updateSettingsButtons();
    });

    m_keyBox = new QGroupBox(m_body);
    auto* keyLayout = new QVBoxLayout(m_keyBox);
    m_credential = new CredentialEditor(m_services.credentials, m_keyBox);
    keyLayout->addWidget(m_credential);
    connect(m_credential, &CredentialEditor::keyChanged, this, &ProviderDetails::keyChanged);
    layout->addWidget(m_keyBox);
    layout->addWidget(createHealthBox());
    layout->addStretch();
    m_openEnds.setSingleShot(true);
    connect(&m_openEnds, &QTimer::timeout, this, &ProviderDetails::refreshStatus);
    Retranslator::keep(this, [this, settingsBox] {
        m_placeholder->setText(tr("Select a provider to see its settings and status."));
        m_enabled->setText(tr("&Enabled (used by routing and automatic health checks)"));
        m_enabled->setToolTip(tr("A disabled provider is listed but never used"));
        settingsBox->setTitle(tr("Settings"));
        m_keyBox->setTitle(tr("Key"));
        refreshStatus();
    });
    showProvider({});
}

QWidget* ProviderDetails::createHealthBox()
{
    auto* box = new QGroupBox(m_body);
    Retranslator::keep(box, [box] { box->setTitle(tr("Health and circuit breaker")); });
    auto* layout = new QVBoxLayout(box);
    auto* testRow = new QHBoxLayout;
    m_test = button([] { return tr("&Test"); }, "providerTest",
                    [] { return tr("Run a health check of this provider now"); }, box);
    connect(m_test, &QPushButton::clicked, this, [this] { Q_EMIT testRequested(m_name); });
    m_testResult = wrappingLabel("testResult", box);
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    m_breaker = wrappingLabel("breakerState", box);
    layout->addWidget(m_breaker);
    auto* breakerRow = new QHBoxLayout;
    m_reset = button(
        [] { return tr("&Reset breaker"); }, "breakerReset",
        [] { return tr("Close the circuit, clear its counters and the \"needs attention\" mark"); }, box);
    m_forceOpen =
        button([] { return tr("&Force open"); }, "breakerForceOpen",
               [] { return tr("Refuse every call to this provider until the breaker is reset"); }, box);
    m_disable =
        button([] { return tr("D&isable breaker"); }, "breakerDisable",
               [] { return tr("Always allow calls, whatever fails, until the breaker is reset"); }, box);
    const std::pair<QPushButton*, BreakerAction> actions[] = {{m_reset, BreakerAction::Reset},
                                                              {m_forceOpen, BreakerAction::ForceOpen},
                                                              {m_disable, BreakerAction::Disable}};
    for (const auto& [control, action] : actions) {
        connect(control, &QPushButton::clicked, this,
                [this, action] { Q_EMIT breakerRequested(m_name, action); });
        breakerRow->addWidget(control);
    }
    breakerRow->addStretch();
    layout->addLayout(breakerRow);
    return box;
}

void ProviderDetails::showProvider(const QString& name)
{
    const ProviderDefinition* definition = m_services.registry.definition(name);
    m_name = definition ? name : QString();
    m_placeholder->setVisible(!definition);
    m_body->setVisible(definition);
    if (!definition)
        return;
    const ProviderInfo& info = definition->info;
    m_title->setText(info.name);
    Retranslator::setText(m_meta, [info, origin = definition->origin] {
        return tr("%1 · %2 · version %3%4")
            .arg(categoryName(info.category).toUpper(), providerTypeName(info.type), info.version,
                 origin == QLatin1String("builtin") ? QString() : tr(" · plugin %1").arg(origin));
    });
    Retranslator::setText(m_description, [description = info.description] { return trShown(description); });
    m_form->setSchema(info.settingsSchema);
    m_form->setValues(m_services.config.providers.value(name).settings);
    Retranslator::setText(m_settingsStatus, {});
    Retranslator::setText(m_testResult, {});
    m_test->setEnabled(true);
    m_keyBox->setVisible(info.needsCredential());
    if (info.needsCredential())
        m_credential->setProvider(info);
    refreshStatus();
    updateSettingsButtons();
}

// The core's message tells a terminal user to run `voicedeck-cli keys set`; here the key field
// is a few rows below, so the page points there.
QString ProviderDetails::notConfiguredText(const ProviderInfo& info)
{
    if (!info.needsCredential())
        return ProviderFactory::notConfiguredMessage(info);
    if (info.credentialEnvironment.isEmpty())
        return tr("%1 needs a key: paste it under Key below and press Save key.").arg(info.name);
    return tr("%1 needs a key: paste it under Key below and press Save key, or set %2.")
        .arg(info.name, info.credentialEnvironment.join(tr(" or ")));
}

void ProviderDetails::refreshStatus()
{
    const std::optional<ProviderInfo> info = m_services.registry.info(m_name);
    if (!info)
        return;
    const ProviderBadge badge = providerBadge(m_services.state, m_services.factory, *info);
    m_badge->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                         .arg(badge.colour().name(), badge.text().toHtmlEscaped()));
    m_badge->setAccessibleName(tr("Status: %1").arg(badge.text()));
    m_badge->setToolTip(badge.text());
    m_problem->setText(badge.configured ? QString() : notConfiguredText(*info));
    m_problem->setVisible(!badge.configured);
    m_enabled->setChecked(info->enabled);
    m_breaker->setText(tr("Circuit breaker: %1").arg(badge.breakerText()));
    m_reset->setEnabled(badge.breaker != BreakerState::Closed || !badge.attentionReason.isEmpty());
    m_forceOpen->setEnabled(badge.breaker != BreakerState::ForcedOpen);
    m_disable->setEnabled(badge.breaker != BreakerState::Disabled);
    m_openEnds.stop();
    if (badge.breaker == BreakerState::Open && badge.openUntil.isValid())
        m_openEnds.start(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(badge.openUntil)) + 100);
    if (info->needsCredential())
        m_credential->refresh();
}

void ProviderDetails::reloadSettings()
{
    if (m_name.isEmpty() || m_form->isDirty())
        return;
    m_form->setValues(m_services.config.providers.value(m_name).settings);
    updateSettingsButtons();
}

void ProviderDetails::settingsSaved(const QJsonObject& settings)
{
    if (m_form->values() == settings)
        m_form->setValues(settings);
    Retranslator::setText(m_settingsStatus, [] { return tr("Saved and in use."); });
    updateSettingsButtons();
}

void ProviderDetails::settingsNotSaved(const QString& reason)
{
    Retranslator::setText(m_settingsStatus, [reason] { return tr("Not saved: %1").arg(reason); });
    updateSettingsButtons();
}

void ProviderDetails::updateSettingsButtons()
{
    const bool dirty = m_form->isDirty();
    const bool valid = m_form->isValid();
    m_apply->setEnabled(dirty && valid);
    m_revert->setEnabled(dirty);
    if (dirty)
        Retranslator::setText(m_settingsStatus, [valid] {
            return valid ? tr("Unsaved changes.") : tr("Fix the marked values to apply.");
        });
}

void ProviderDetails::setTestRunning()
{
    m_test->setEnabled(false);
    Retranslator::setText(m_testResult, [] { return tr("Testing…"); });
}

void ProviderDetails::setTestResult(bool ok, const QString& text)
{
    m_test->setEnabled(true);
    Retranslator::setText(m_testResult, [text] { return text; });
    m_testResult->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
}

} // namespace vd
