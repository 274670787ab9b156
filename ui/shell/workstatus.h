#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace vd {

class WorkTracker;

// The status bar's account of the long work running now: the newest job's text ("Running suite
// 3/10") beside a progress bar, which is a busy indicator while the amount of work is unknown.
// Hidden while nothing runs.
class WorkStatus : public QWidget
{
    Q_OBJECT

public:
    explicit WorkStatus(WorkTracker& work, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    WorkTracker& m_work;
    QLabel* m_text = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace vd
