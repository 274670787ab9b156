#pragma once

#include "core/config/configerror.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vd {

// Shown instead of the main window when the config file cannot be used (PRODUCT.md §2): names
// the file and every problem, and says the file was left untouched. The user can open its
// folder (the dialog stays), try again after fixing it, move it aside to start from defaults,
// or quit. The caller acts on choice(); nothing here touches the file.
class ConfigProblemDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Quit,
        TryAgain,
        MoveAside
    };

    ConfigProblemDialog(const QString& configPath, const ConfigErrors& errors, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // The text shown for the problems, one per line.
    QString problemsText() const;

Q_SIGNALS:
    void openFolderRequested(const QUrl& folder);

private:
    void finishWith(Choice choice);

    QString m_configPath;
    Choice m_choice = Choice::Quit;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_problems = nullptr;
};

} // namespace vd
