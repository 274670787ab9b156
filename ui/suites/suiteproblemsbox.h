#pragma once

#include "core/suites/suiteloader.h"

#include <QGroupBox>

class QCheckBox;
class QListWidget;

namespace vd {

// The problems of the open suite file on the Suites page, one line each naming the case and the
// field, with "Run the valid cases anyway" (the CLI's --keep-going) unless the file is unusable.
// Hidden while there is no problem.
class SuiteProblemsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit SuiteProblemsBox(QWidget* parent = nullptr);

    void setLoad(const SuiteLoad& load);
    bool keepGoing() const;
    void setKeepGoing(bool keepGoing);
    // The check box's text without its mnemonic, for messages that name it.
    QString keepGoingText() const;
    void setRunning(bool running);

private:
    void retranslate();

    QListWidget* m_list = nullptr;
    QCheckBox* m_keepGoing = nullptr;
};

} // namespace vd
