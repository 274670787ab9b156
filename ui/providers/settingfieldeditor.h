#pragma once

#include "core/model/settingsschema.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace vd {

class NoteLabel;

// The editor of one schema field: QLineEdit (string, url), QComboBox (enum), QSpinBox (int),
// QDoubleSpinBox (double) or QCheckBox (bool) with the field's unit beside it, a "Default"
// button, and one line below that shows the help or, while the value is invalid, the problem (the
// line never changes height, so the rows below stay put). A field is either set by the user or
// left to its default: line edits show the default as placeholder text (empty = default), the
// combo box's first entry is the default, and number and check boxes show the default, marked
// "(default)" beside them, until edited. Every keystroke is checked with the schema's own
// parseValue(), so the form and the CLI apply the same rules. Number boxes accept any number so
// that an out-of-range value is explained rather than silently clamped. Secret fields are not
// edited here (keys live in the keychain: CredentialEditor).
class SettingFieldEditor : public QWidget
{
    Q_OBJECT

public:
    SettingFieldEditor(const SettingsSchema& schema, const SettingField& field, QWidget* parent = nullptr);

    const SettingField& field() const { return m_field; }
    // Undefined or null: the field is unset (the default applies).
    void setValue(const QJsonValue& value);
    // The value to store: Undefined when unset. Meaningful only when problem() is empty.
    QJsonValue value() const { return m_value; }
    QString problem() const { return m_problem; }
    // Shows a problem found by validating the whole settings object (e.g. "required").
    void showProblem(const QString& problem);
    QWidget* editor() const { return m_editor; }

Q_SIGNALS:
    void edited();

private:
    QWidget* createEditor();
    void setExplicit(bool isExplicit);
    void resetToDefault();
    void revalidate();
    QString editorText() const;
    void showDefault();

    SettingsSchema m_schema;
    SettingField m_field;
    QWidget* m_editor = nullptr;
    QLineEdit* m_line = nullptr;
    QComboBox* m_combo = nullptr;
    QSpinBox* m_spin = nullptr;
    QDoubleSpinBox* m_doubleSpin = nullptr;
    QCheckBox* m_check = nullptr;
    QToolButton* m_reset = nullptr;
    QLabel* m_defaultMark = nullptr;
    NoteLabel* m_help = nullptr;
    NoteLabel* m_error = nullptr;
    bool m_explicit = false; // the user set a value (number and check boxes)
    bool m_loading = false;  // programmatic change: not an edit
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);
    QString m_problem;
};

} // namespace vd
