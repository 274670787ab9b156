#include "ui/suites/suitetargetlist.h"

#include "core/resilience/providerdirectory.h"
#include "ui/i18n/retranslator.h"

#include <QStyle>

namespace vd {

namespace {

constexpr int kNameRole = Qt::UserRole;
constexpr int kCategoryRole = Qt::UserRole + 1;
constexpr int kConfiguredRole = Qt::UserRole + 2;

} // namespace

SuiteTargetList::SuiteTargetList(ProviderDirectory& directory, QWidget* parent)
    : QListWidget(parent), m_directory(directory)
{
    setObjectName(QStringLiteral("suiteProviders"));
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        const QString name = item->data(kNameRole).toString();
        if (item->checkState() == Qt::Checked)
            m_checked.insert(name);
        else
            m_checked.remove(name);
        Q_EMIT choiceChanged();
    });
    refresh();
    Retranslator::keep(this, [this] { retranslate(); });
}

void SuiteTargetList::refresh()
{
    m_filling = true;
    clear();
    auto* chain = new QListWidgetItem(this);
    chain->setData(kNameRole, CaseResult::kAuto);
    for (ProviderCategory category : {ProviderCategory::Stt, ProviderCategory::Tts}) {
        for (const RouteCandidate& candidate : m_directory.candidates(category)) {
            if (!candidate.info.enabled)
                continue;
            auto* item = new QListWidgetItem(this);
            item->setData(kNameRole, candidate.info.name);
            item->setData(kCategoryRole, int(category));
            item->setData(kConfiguredRole, candidate.configured);
        }
    }
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        it->setCheckState(m_checked.contains(it->data(kNameRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    retranslate();
}

QStringList SuiteTargetList::checkedNames() const
{
    QStringList names;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            names << item(i)->data(kNameRole).toString();
    }
    return names;
}

void SuiteTargetList::setCheckedNames(const QStringList& names)
{
    m_checked = QSet<QString>(names.cbegin(), names.cend());
    refresh();
    Q_EMIT choiceChanged();
}

SuiteTargets SuiteTargetList::targets() const
{
    const QStringList names = checkedNames();
    QStringList named = names;
    named.removeAll(CaseResult::kAuto);
    // resolve() gives the chain to a category without named providers: taken only when asked.
    const SuiteTargets chain = SuiteTargets::resolve({}, m_directory);
    const SuiteTargets chosen = SuiteTargets::resolve(named, m_directory);
    SuiteTargets targets;
    for (int i = 0; i < count(); ++i) {
        const QListWidgetItem* it = item(i);
        if (it->checkState() != Qt::Checked || it->data(kNameRole).toString() == CaseResult::kAuto)
            continue;
        const auto category = ProviderCategory(it->data(kCategoryRole).toInt());
        QList<SuiteTarget>& list = category == ProviderCategory::Tts ? targets.tts : targets.stt;
        for (const SuiteTarget& target :
             chosen.of(category == ProviderCategory::Tts ? SuiteCaseKind::Tts : SuiteCaseKind::Stt)) {
            if (target.name == it->data(kNameRole).toString())
                list.append(target);
        }
    }
    if (names.contains(CaseResult::kAuto)) {
        targets.stt.prepend(chain.stt.first());
        targets.tts.prepend(chain.tts.first());
    }
    return targets;
}

void SuiteTargetList::retranslate()
{
    setAccessibleName(tr("Providers to run the suite on"));
    setToolTip(tr("Check the providers to test; Auto runs each case through the priority chain, "
                  "with retries and fallback"));
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        const QString name = it->data(kNameRole).toString();
        if (name == CaseResult::kAuto) {
            it->setText(tr("Auto (priority chain)"));
            continue;
        }
        const bool tts = ProviderCategory(it->data(kCategoryRole).toInt()) == ProviderCategory::Tts;
        QString text = tts ? tr("%1 (text to speech)").arg(name) : tr("%1 (speech to text)").arg(name);
        if (!it->data(kConfiguredRole).toBool())
            text = tr("%1 — not configured").arg(text);
        it->setText(text);
    }
    // Wide enough for the longest entry (names are never cut), within reason.
    const int wanted =
        sizeHintForColumn(0) + 2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    setMinimumWidth(std::min(wanted, 440));
}

} // namespace vd
