#include "ui/shell/workstatus.h"

#include "ui/activity/worktracker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace vd {

WorkStatus::WorkStatus(WorkTracker& work, QWidget* parent) : QWidget(parent), m_work(work)
{
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("workText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("workProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    connect(&m_work, &WorkTracker::changed, this, &WorkStatus::refresh);
    refresh();
}

void WorkStatus::refresh()
{
    setVisible(m_work.isBusy());
    m_text->setText(m_work.text());
    m_progress->setAccessibleName(m_work.text());
    // A range of 0..0 makes QProgressBar a busy indicator.
    m_progress->setRange(0, m_work.total());
    m_progress->setValue(m_work.done());
}

void WorkStatus::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace vd
