#include "ui/shell/runtimesettingsform.h"

#include "core/config/configerror.h"
#include "core/config/sectionfield.h"
#include "core/runtime/runtime.h"
#include "ui/providers/configsaver.h"
#include "ui/uilog.h"
#include "ui/widgets/wheelguard.h"

#include <QEvent>
#include <QFormLayout>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vd {

namespace {

// The keys offered here, in the order shown.
const char* const kKeys[][2] = {
    {"routing", "attempt_timeout_ms"}, {"routing", "request_deadline_ms"},   {"routing", "max_retries"},
    {"routing", "hedge_after_ms"},     {"health", "probe_interval_seconds"},
};

// Wide enough to type any wrong value, so that it is explained rather than silently clamped.
constexpr int kTypeable = 999999999;

} // namespace

RuntimeSettingsForm::RuntimeSettingsForm(Runtime& runtime, QWidget* parent)
    : QWidget(parent), m_runtime(runtime), m_saver(new ConfigSaver(this)), m_base(runtime.config())
{
    auto* form = new QFormLayout;
    for (const auto& key : kKeys) {
        Row row;
        row.field = SectionField::find(QLatin1String(key[0]), QLatin1String(key[1]));
        Q_ASSERT(row.field && row.field->integer);
        row.box = new QSpinBox(this);
        row.box->setObjectName(row.field->dottedKey());
        // Hedging's 0 means "off" and shows so; nothing below it means anything.
        const bool offAtZero = row.field->name == QLatin1String("hedge_after_ms");
        row.box->setRange(offAtZero ? 0 : -kTypeable, kTypeable);
        row.box->setValue(int(row.field->get(m_base)));
        row.box->setToolTip(row.field->dottedKey());
        WheelGuard::install(row.box);
        row.label = new QLabel(this);
        row.label->setBuddy(row.box);
        form->addRow(row.label, row.box);
        connect(row.box, &QSpinBox::valueChanged, this, &RuntimeSettingsForm::revalidate);
        m_rows.append(row);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_save, 0, Qt::AlignRight);

    connect(m_save, &QPushButton::clicked, this, &RuntimeSettingsForm::save);
    connect(m_saver, &ConfigSaver::saved, this, [this](const AppConfig& config) {
        m_base = config;
        m_runtime.applyConfig(config);
        showResult(tr("Saved to %1.").arg(m_runtime.configPath()), false);
        Q_EMIT saved();
    });
    connect(m_saver, &ConfigSaver::failed, this,
            [this](const AppConfig&, const ConfigErrors& errors, bool fileBroken) {
                const QString text =
                    fileBroken ? tr("The config file does not load, so it was left as it is. Fix it (the "
                                    "Providers page can move it aside), then save again.\n%1")
                                     .arg(configErrorsMessage(errors))
                               : tr("The settings could not be saved:\n%1").arg(configErrorsMessage(errors));
                showResult(text, true);
                Q_EMIT saveFailed(text);
            });
    retranslateUi();
    revalidate();
}

QString RuntimeSettingsForm::problem() const
{
    for (const Row& row : m_rows) {
        const QString rule = row.field->check(QJsonValue(row.box->value()));
        if (!rule.isEmpty())
            //: %1 is a setting's name, %2 its rule ("must be an integer from 1 to 86400, got 0")
            return tr("%1 %2 (%3).").arg(row.box->accessibleName(), rule, row.field->dottedKey());
    }
    return {};
}

AppConfig RuntimeSettingsForm::edited() const
{
    AppConfig config = m_base;
    for (const Row& row : m_rows)
        row.field->set(config, row.box->value());
    return config;
}

void RuntimeSettingsForm::save()
{
    const QString problem = this->problem();
    if (!problem.isEmpty()) {
        showResult(problem, true);
        Q_EMIT saveFailed(problem);
        return;
    }
    qCInfo(lcUiShell) << "saving routing and health settings to" << m_runtime.configPath();
    m_saver->save(m_runtime.configPath(), m_base, edited());
}

void RuntimeSettingsForm::revalidate()
{
    const QString problem = this->problem();
    m_save->setEnabled(problem.isEmpty());
    showResult(problem, !problem.isEmpty());
}

void RuntimeSettingsForm::showResult(const QString& text, bool failure)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(failure ? QStringLiteral("color: #da4453;") : QString());
}

void RuntimeSettingsForm::retranslateUi()
{
    // Label, name (for screen readers and messages) and unit of each row, in kKeys' order.
    const QString texts[][3] = {
        {tr("A&ttempt timeout:"), tr("Attempt timeout"), tr(" ms")},
        {tr("Request &deadline:"), tr("Request deadline"), tr(" ms")},
        {tr("&Retries per provider:"), tr("Retries per provider"), QString()},
        {tr("&Hedge after:"), tr("Hedge after"), tr(" ms")},
        {tr("Health &probe interval:"), tr("Health probe interval"), tr(" s")},
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].label->setText(texts[i][0]);
        m_rows[i].box->setAccessibleName(texts[i][1]);
        m_rows[i].box->setSuffix(texts[i][2]);
    }
    m_rows[3].box->setSpecialValueText(tr("Off"));
    m_save->setText(tr("&Save settings"));
}

void RuntimeSettingsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();
    }
    QWidget::changeEvent(event);
}

} // namespace vd
