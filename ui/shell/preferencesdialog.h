#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace vd {

class Translator;

// The application's preferences: the interface language (follow the system, English or
// Russian). A choice takes effect at once through the Translator — every widget retranslates on
// QEvent::LanguageChange — and is saved in QSettings for the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Translator& translator, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseLanguage(int index);

    Translator& m_translator;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vd
