#pragma once

#include <QComboBox>

namespace vd {

// The language of a request: an editable list of common BCP-47 codes ("en-US", "ru-RU", ...)
// where any other code can be typed; empty means the provider's own setting.
class LanguagePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit LanguagePicker(QWidget* parent = nullptr);

    // The code as typed or chosen, trimmed; empty = the provider's setting.
    QString language() const;
    void setLanguage(const QString& code);

Q_SIGNALS:
    // A keystroke was refused (not part of a language code); the reason is also shown as a tip.
    void inputRefused(const QString& explanation);
};

} // namespace vd
