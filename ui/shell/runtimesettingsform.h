#pragma once

#include "core/config/appconfig.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace vd {

class ConfigSaver;
class Runtime;
struct SectionField;

// The routing and health keys of the config file in Preferences: attempt timeout, request
// deadline, retries, hedging and the health probe interval, with their units. Every value is
// checked with the rule the file itself is loaded with (SectionField::check); a value it breaks
// is explained under the boxes and cannot be saved. "Save" writes only the changed keys into the
// file as it is now (ConfigSaver, atomically, never over a file that does not load) and applies
// them to the running application.
class RuntimeSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit RuntimeSettingsForm(Runtime& runtime, QWidget* parent = nullptr);

    // Empty while every value is acceptable.
    QString problem() const;
    void save();

Q_SIGNALS:
    void saved();
    void saveFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        const SectionField* field = nullptr;
        QLabel* label = nullptr;
        QSpinBox* box = nullptr;
    };

    void retranslateUi();
    void revalidate();
    AppConfig edited() const;
    void showResult(const QString& text, bool failure);

    Runtime& m_runtime;
    ConfigSaver* m_saver = nullptr;
    AppConfig m_base;
    QList<Row> m_rows;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace vd
