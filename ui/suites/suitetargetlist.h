#pragma once

#include "core/suites/caseresult.h"
#include "core/suites/suitetargets.h"

#include <QListWidget>
#include <QSet>

namespace vd {

class ProviderDirectory;

// The providers a suite runs against: "Auto" (each category's priority chain) and every enabled
// speech-to-text and text-to-speech provider, each with a check box. The choices are kept by name
// across refreshes (a provider disabled and enabled again comes back checked).
class SuiteTargetList : public QListWidget
{
    Q_OBJECT
public:
    explicit SuiteTargetList(ProviderDirectory& directory, QWidget* parent = nullptr);

    // Re-reads the providers; the checked names stay checked.
    void refresh();
    QStringList checkedNames() const;
    void setCheckedNames(const QStringList& names);
    // Per category: the chain when Auto is checked, plus the checked providers of that category.
    // A category with nothing checked gets no target.
    SuiteTargets targets() const;

Q_SIGNALS:
    void choiceChanged();

private:
    void retranslate();

    ProviderDirectory& m_directory;
    QSet<QString> m_checked{CaseResult::kAuto};
    bool m_filling = false;
};

} // namespace vd
