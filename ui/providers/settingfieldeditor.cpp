#include "ui/providers/settingfieldeditor.h"

#include "ui/i18n/retranslator.h"
#include "ui/providers/notelabel.h"
#include "ui/providers/settingtexts.h"
#include "ui/widgets/wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <limits>

namespace vd {

namespace {

QString defaultText(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

const QColor kProblemColour(0xc6, 0x28, 0x28);
const QColor kProblemBackground(0xff, 0xeb, 0xee);

bool hasDefault(const SettingField& field)
{
    return !field.defaultValue.isUndefined() && !field.defaultValue.isNull();
}

} // namespace

SettingFieldEditor::SettingFieldEditor(const SettingsSchema& schema, const SettingField& field,
                                       QWidget* parent)
    : QWidget(parent), m_schema(schema), m_field(field)
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* row = new QHBoxLayout;
    m_editor = createEditor();
    m_editor->setObjectName(QStringLiteral("setting_") + field.name);
    if (m_combo || m_spin || m_doubleSpin)
        WheelGuard::install(m_editor); // the form scrolls: the wheel must not edit what it passes
    row->addWidget(m_editor, 1);
    auto* unit = new QLabel(this);
    unit->setObjectName(QStringLiteral("settingUnit_") + field.name);
    unit->setVisible(!field.unit.isEmpty());
    row->addWidget(unit);
    m_defaultMark = new QLabel(this);
    m_defaultMark->setObjectName(QStringLiteral("settingDefault_") + field.name);
    m_defaultMark->setVisible(false);
    row->addWidget(m_defaultMark);
    m_reset = new QToolButton(this);
    connect(m_reset, &QToolButton::clicked, this, &SettingFieldEditor::resetToDefault);
    row->addWidget(m_reset);
    column->addLayout(row);
    // The help and the problem take turns on one line of fixed height (see NoteLabel).
    m_help = new NoteLabel(this);
    m_help->setObjectName(QStringLiteral("settingHelp_") + field.name);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_help);
    m_error = new NoteLabel(this);
    m_error->setObjectName(QStringLiteral("settingError_") + field.name);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, kProblemColour);
    m_error->setPalette(red);
    m_error->hide();
    column->addWidget(m_error);
    setValue(QJsonValue(QJsonValue::Undefined));
    Retranslator::keep(this, [this, unit] {
        const bool defaulted = hasDefault(m_field);
        const QString fallback = defaulted ? defaultText(m_field.defaultValue) : QString();
        m_editor->setAccessibleName(SettingTexts::name(m_field));
        unit->setText(SettingTexts::unit(m_field));
        m_editor->setToolTip(SettingTexts::toolTip(m_field));
        unit->setToolTip(m_editor->toolTip());
        m_help->setNote(SettingTexts::help(m_field));
        m_help->setToolTip(m_editor->toolTip());
        m_defaultMark->setText(defaulted ? tr("(default)") : tr("(not set)"));
        m_reset->setText(tr("Default"));
        m_reset->setToolTip(tr("Forget the value set here and use the default"));
        m_reset->setAccessibleName(tr("Use the default for %1").arg(SettingTexts::name(m_field)));
        if (m_combo)
            m_combo->setItemText(
                0, defaulted ? tr("Default (%1)").arg(SettingTexts::withUnit(m_field, m_field.defaultValue))
                             : tr("Not set"));
        if (m_line)
            m_line->setPlaceholderText(fallback.isEmpty() ? tr("not set") : fallback);
    });
}

QWidget* SettingFieldEditor::createEditor()
{
    switch (m_field.type) {
    case SettingType::Enum: {
        m_combo = new QComboBox(this);
        m_combo->addItem(QString()); // "Default (…)" or "Not set", worded with the other texts
        for (const QString& value : m_field.allowedValues)
            m_combo->addItem(value, value);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                revalidate();
        });
        return m_combo;
    }
    case SettingType::Int:
        m_spin = new QSpinBox(this);
        // Any whole number is accepted here; the schema's range is checked (and explained) below.
        m_spin->setRange(std::numeric_limits<int>::min() + 1, std::numeric_limits<int>::max());
        connect(m_spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                setExplicit(true);
        });
        return m_spin;
    case SettingType::Double:
        m_doubleSpin = new QDoubleSpinBox(this);
        m_doubleSpin->setDecimals(3);
        m_doubleSpin->setRange(-1e9, 1e9);
        m_doubleSpin->setSingleStep(0.05);
        connect(m_doubleSpin, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                setExplicit(true);
        });
        return m_doubleSpin;
    case SettingType::Bool:
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                setExplicit(true);
        });
        return m_check;
    case SettingType::String:
    case SettingType::Secret:
    case SettingType::Url:
        break;
    }
    m_line = new QLineEdit(this);
    m_line->setClearButtonEnabled(true);
    connect(m_line, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            revalidate();
    });
    return m_line;
}

void SettingFieldEditor::setValue(const QJsonValue& value)
{
    m_loading = true;
    const bool set = !value.isUndefined() && !value.isNull();
    m_explicit = set;
    if (m_line) {
        m_line->setText(set ? defaultText(value) : QString());
    } else if (m_combo) {
        const int index = set ? m_combo->findData(value.toString()) : 0;
        m_combo->setCurrentIndex(index < 0 ? 0 : index);
    } else if (!set) {
        showDefault();
    } else if (m_spin) {
        m_spin->setValue(int(value.toDouble()));
    } else if (m_doubleSpin) {
        m_doubleSpin->setValue(value.toDouble());
    } else if (m_check) {
        m_check->setChecked(value.toBool());
    }
    revalidate(); // while loading: shows problems without reporting an edit
    m_loading = false;
}

// Number and check boxes always show a value: until the user edits them it is the default, and
// a mark beside the box says so (a suffix inside the box would reformat the text as it is typed).
void SettingFieldEditor::showDefault()
{
    const bool known = hasDefault(m_field);
    const double number = known ? m_field.defaultValue.toDouble() : m_field.minimum.value_or(0.0);
    if (m_spin)
        m_spin->setValue(int(number));
    else if (m_doubleSpin)
        m_doubleSpin->setValue(number);
    else if (m_check)
        m_check->setChecked(known && m_field.defaultValue.toBool());
}

void SettingFieldEditor::setExplicit(bool isExplicit)
{
    m_explicit = isExplicit;
    revalidate();
}

void SettingFieldEditor::resetToDefault()
{
    setValue(QJsonValue(QJsonValue::Undefined));
    Q_EMIT edited();
}

QString SettingFieldEditor::editorText() const
{
    if (m_line)
        return m_line->text();
    if (m_combo)
        return m_combo->currentData().toString();
    if (m_spin)
        return QString::number(m_spin->value());
    if (m_doubleSpin)
        return QString::number(m_doubleSpin->value(), 'g', 15);
    return m_check && m_check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
}

void SettingFieldEditor::revalidate()
{
    bool set = m_explicit;
    if (m_line)
        set = !m_line->text().isEmpty();
    else if (m_combo)
        set = m_combo->currentIndex() > 0;
    m_problem.clear();
    m_value = QJsonValue(QJsonValue::Undefined);
    if (!set) {
        const QList<SettingProblem> problems = m_schema.validateValue(m_field.name, m_value);
        if (!problems.isEmpty())
            m_problem = problems.first().message;
    } else {
        Result<QJsonValue, SettingProblem> parsed = m_schema.parseValue(m_field.name, editorText());
        if (parsed)
            m_value = parsed.value();
        else
            m_problem = parsed.error().message;
    }
    m_reset->setEnabled(set);
    m_defaultMark->setVisible(!set && (m_spin || m_doubleSpin || m_check));
    showProblem(m_problem);
    if (!m_loading)
        Q_EMIT edited();
}

void SettingFieldEditor::showProblem(const QString& problem)
{
    m_error->setNote(problem);
    m_error->setVisible(!problem.isEmpty());
    m_help->setVisible(problem.isEmpty());
    m_editor->setAccessibleDescription(problem.isEmpty() ? SettingTexts::help(m_field) : problem);
    // The box itself is marked too: a tint of its background, which (unlike a style sheet border)
    // leaves its size alone.
    QPalette marked;
    if (!problem.isEmpty()) {
        marked = m_editor->palette();
        marked.setColor(QPalette::Base, kProblemBackground);
        marked.setColor(QPalette::Button, kProblemBackground);
    }
    m_editor->setPalette(marked);
}

} // namespace vd
