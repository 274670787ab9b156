#pragma once

#include "core/suites/suitewriter.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace vd {

// Asks what a new STT case needs besides its recording: the expected text (required), an id (empty:
// from the recording's name), its own tolerance (else the suite's default) and tags.
class SuiteCaseDialog : public QDialog
{
    Q_OBJECT
public:
    // `source`: what the recording is, for the user ("recording", a file name).
    SuiteCaseDialog(const QString& source, const QString& expected, QWidget* parent = nullptr);

    // The case without its recording (the caller adds the file or the take).
    NewSuiteCase newCase() const;
    // Shows the dialog; the case when the user accepts it.
    static std::optional<NewSuiteCase> ask(const QString& source, const QString& expected, QWidget* parent);

    QLineEdit* expectedEdit() const { return m_expected; }
    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* tagsEdit() const { return m_tags; }

private:
    void retranslate();
    void updateButtons();

    QString m_source;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_expectedLabel = nullptr;
    QLineEdit* m_expected = nullptr;
    QLabel* m_idLabel = nullptr;
    QLineEdit* m_id = nullptr;
    QCheckBox* m_ownTolerance = nullptr;
    QDoubleSpinBox* m_tolerance = nullptr;
    QLabel* m_tagsLabel = nullptr;
    QLineEdit* m_tags = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vd
