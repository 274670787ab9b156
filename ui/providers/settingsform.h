#pragma once

#include "core/model/settingsschema.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace vd {

class SettingFieldEditor;

// A provider's settings form, generated from its SettingsSchema: one SettingFieldEditor per
// non-secret field, in schema order, labelled with the field's label (SettingTexts; the config
// file key is in the tooltip). values() holds only the fields the user set; the rest keep their defaults, as
// an absent key in the config file does. Validation is the schema's: per field while typing, and the whole
// object (required fields) in problems().
class SettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsForm(QWidget* parent = nullptr);

    void setSchema(const SettingsSchema& schema);
    void setValues(const QJsonObject& settings);
    QJsonObject values() const;
    // Every problem, each naming its field; empty when values() may be saved.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // values() differ from what setValues() loaded, or a field holds text that is not valid
    // (which values() leaves out, but which the user has still changed).
    bool isDirty() const;
    SettingFieldEditor* editor(const QString& field) const;

Q_SIGNALS:
    void changed();

private:
    void clear();

    SettingsSchema m_schema;
    QFormLayout* m_layout = nullptr;
    QLabel* m_empty = nullptr;
    QList<SettingFieldEditor*> m_editors;
    QJsonObject m_loaded;
};

} // namespace vd
