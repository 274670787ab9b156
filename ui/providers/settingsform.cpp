#include "ui/providers/settingsform.h"

#include "ui/i18n/retranslator.h"
#include "ui/providers/settingfieldeditor.h"
#include "ui/providers/settingtexts.h"

#include <QFormLayout>
#include <QLabel>

namespace vd {

SettingsForm::SettingsForm(QWidget* parent) : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_empty = new QLabel(this);
    Retranslator::keep(m_empty, [this] { m_empty->setText(tr("This provider has no settings.")); });
    m_layout->addRow(m_empty);
}

void SettingsForm::clear()
{
    for (SettingFieldEditor* editor : std::as_const(m_editors)) {
        m_layout->removeRow(editor); // deletes the editor and its label
    }
    m_editors.clear();
}

void SettingsForm::setSchema(const SettingsSchema& schema)
{
    clear();
    m_schema = schema;
    for (const SettingField& field : schema.fields()) {
        if (field.isSecret())
            continue; // keys are edited in the credential section and stored in the keychain
        auto* editor = new SettingFieldEditor(schema, field, this);
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("settingLabel_") + field.name);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(editor->editor());
        Retranslator::keep(label, [label, field] {
            label->setText(SettingTexts::label(field));
            label->setToolTip(SettingTexts::toolTip(field));
        });
        connect(editor, &SettingFieldEditor::edited, this, [this] {
            // Whole-object rules (a required field left empty) show up as the user types too.
            (void)problems();
            Q_EMIT changed();
        });
        m_layout->addRow(label, editor);
        m_editors.append(editor);
    }
    m_empty->setVisible(m_editors.isEmpty());
    m_loaded = {};
}

void SettingsForm::setValues(const QJsonObject& settings)
{
    for (SettingFieldEditor* editor : std::as_const(m_editors))
        editor->setValue(settings.value(editor->field().name));
    m_loaded = values();
}

QJsonObject SettingsForm::values() const
{
    QJsonObject result;
    for (const SettingFieldEditor* editor : m_editors) {
        const QJsonValue value = editor->value();
        if (!value.isUndefined())
            result.insert(editor->field().name, value);
    }
    return result;
}

bool SettingsForm::isDirty() const
{
    for (const SettingFieldEditor* editor : m_editors) {
        if (!editor->problem().isEmpty())
            return true;
    }
    return values() != m_loaded;
}

QStringList SettingsForm::problems() const
{
    QStringList result;
    for (SettingFieldEditor* editor : m_editors) {
        if (!editor->problem().isEmpty())
            result << editor->problem();
    }
    if (!result.isEmpty())
        return result;
    for (const SettingProblem& problem : m_schema.validate(values())) {
        if (SettingFieldEditor* editor = this->editor(problem.field))
            editor->showProblem(problem.message);
        result << problem.message;
    }
    return result;
}

SettingFieldEditor* SettingsForm::editor(const QString& field) const
{
    for (SettingFieldEditor* editor : m_editors) {
        if (editor->field().name == field)
            return editor;
    }
    return nullptr;
}

} // namespace vd
