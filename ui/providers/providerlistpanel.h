#pragma once

#include <QString>
#include <QWidget>
#include <functional>

class QAction;
class QListView;
class QPushButton;

namespace vd {

class PriorityOrderModel;

// One category's priority list: a QListView over a PriorityOrderModel (drag and drop to
// reorder, the check box to enable or disable) with Move up / Move down buttons and their
// shortcuts Alt+Up / Alt+Down. After a move the current row follows the moved provider, so
// repeated key presses keep moving the same one.
class ProviderListPanel : public QWidget
{
    Q_OBJECT

public:
    // `title` words the category ("Speech to text") in the language in use.
    ProviderListPanel(PriorityOrderModel& model, std::function<QString()> title, QWidget* parent = nullptr);

    PriorityOrderModel& model() const { return m_model; }
    QListView* view() const { return m_view; }
    QString currentProvider() const;
    void setCurrentProvider(const QString& name);

    bool moveCurrentUp();
    bool moveCurrentDown();

Q_SIGNALS:
    void currentProviderChanged(const QString& name);

private:
    void updateActions();
    void follow(const QString& name);

    PriorityOrderModel& m_model;
    QListView* m_view = nullptr;
    QAction* m_upAction = nullptr;
    QAction* m_downAction = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QString m_remembered; // current provider, restored after the model is reset
};

} // namespace vd
