#pragma once

#include <QComboBox>

namespace vd {

// The language of a request: an editable list of common BCP-47 codes ("en-US", "ru-RU", ...)
// where any other code can be typed; empty means the provider's own setting. Its placeholder,
// tooltip and accessible description say so, in the words of what it is used for.
class LanguagePicker : public QComboBox
{
    Q_OBJECT
public:
    enum class Use
    {
        Transcription, // the language spoken in the audio
        Synthesis      // the language of the text, which picks the voice where the provider can
    };

    explicit LanguagePicker(QWidget* parent = nullptr);
    explicit LanguagePicker(Use use, QWidget* parent = nullptr);

    // The code as typed or chosen, trimmed; empty = the provider's setting.
    QString language() const;
    void setLanguage(const QString& code);

Q_SIGNALS:
    // A keystroke was refused (not part of a language code); the reason is also shown as a tip.
    void inputRefused(const QString& explanation);
};

} // namespace vd
