#include "ui/speech/languagepicker.h"

#include "ui/i18n/retranslator.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolTip>

namespace vd {

LanguagePicker::LanguagePicker(QWidget* parent) : LanguagePicker(Use::Transcription, parent) {}

LanguagePicker::LanguagePicker(Use use, QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20); // room for most of the placeholder
    setInsertPolicy(QComboBox::NoInsert);
    addItem(QString());
    for (const char* code : {"en-US", "en-GB", "ru-RU", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "uk-UA",
                             "tr-TR", "ja-JP", "zh-CN"})
        addItem(QString::fromLatin1(code));
    // Language, optional script and region subtags: "en", "en-US", "zh-Hans-CN".
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}(-[A-Za-z0-9]{1,8}){0,3}")), this));
    lineEdit()->setClearButtonEnabled(true);
    // The validator drops what cannot be part of a code; say why instead of eating keys silently.
    connect(lineEdit(), &QLineEdit::inputRejected, this, [this] {
        const QString why = tr("Type a language code such as en-US or ru-RU (letters, then parts "
                               "after \"-\"), not a language name.");
        QToolTip::showText(mapToGlobal(QPoint(0, height())), why, this);
        Q_EMIT inputRefused(why);
    });
    Retranslator::keep(this, [this, use] {
        const QString help =
            use == Use::Synthesis
                ? tr("The language of the text, as a BCP-47 code such as en-US or ru-RU. Providers "
                     "that choose a voice by language speak with a voice of this language, unless "
                     "you chose a voice above; the others ignore it. Leave it empty to use each "
                     "provider's own setting.")
                : tr("Language of the speech as a code such as en-US or ru-RU; leave empty to use the "
                     "provider's setting.");
        lineEdit()->setPlaceholderText(use == Use::Synthesis ? tr("Provider default, or a code like en-US")
                                                             : tr("Provider default"));
        setToolTip(help);
        setWhatsThis(help);
        setAccessibleName(tr("Language"));
        setAccessibleDescription(help);
        // A screen reader announces the line edit that has the focus, not the combo box.
        lineEdit()->setAccessibleName(tr("Language"));
        lineEdit()->setAccessibleDescription(help);
    });
}

QString LanguagePicker::language() const
{
    return currentText().trimmed();
}

void LanguagePicker::setLanguage(const QString& code)
{
    const int row = findText(code);
    if (row >= 0)
        setCurrentIndex(row);
    else
        setEditText(code);
}

} // namespace vd
