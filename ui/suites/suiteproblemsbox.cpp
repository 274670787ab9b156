#include "ui/suites/suiteproblemsbox.h"

#include "ui/i18n/retranslator.h"

#include <QCheckBox>
#include <QListWidget>
#include <QVBoxLayout>

namespace vd {

SuiteProblemsBox::SuiteProblemsBox(QWidget* parent) : QGroupBox(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("suiteProblems"));
    m_list->setMaximumHeight(120);
    m_keepGoing = new QCheckBox(this);
    m_keepGoing->setObjectName(QStringLiteral("keepGoingCheck"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_keepGoing);
    hide();
    Retranslator::keep(this, [this] { retranslate(); });
}

void SuiteProblemsBox::setLoad(const SuiteLoad& load)
{
    m_list->clear();
    for (const SuiteProblem& problem : load.problems)
        m_list->addItem(problem.toString());
    setVisible(!load.problems.isEmpty());
    m_keepGoing->setVisible(!load.fatal);
}

bool SuiteProblemsBox::keepGoing() const
{
    return m_keepGoing->isChecked();
}

void SuiteProblemsBox::setKeepGoing(bool keepGoing)
{
    m_keepGoing->setChecked(keepGoing);
}

QString SuiteProblemsBox::keepGoingText() const
{
    return m_keepGoing->text().remove(QLatin1Char('&'));
}

void SuiteProblemsBox::setRunning(bool running)
{
    m_keepGoing->setEnabled(!running);
}

void SuiteProblemsBox::retranslate()
{
    setTitle(tr("Problems in the suite file"));
    m_list->setAccessibleName(tr("Problems in the suite file"));
    m_keepGoing->setText(tr("Run the valid cases an&yway"));
    m_keepGoing->setToolTip(tr("Run the cases without problems and report the others with the run"));
}

} // namespace vd
