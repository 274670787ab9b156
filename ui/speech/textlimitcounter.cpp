#include "ui/speech/textlimitcounter.h"

#include "core/resilience/providerdirectory.h"
#include "ui/i18n/retranslator.h"

namespace vd {

TextLimitCounter::TextLimitCounter(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    Retranslator::keep(this, [this] {
        setAccessibleName(tr("Text length"));
        measure(m_text);
    });
}

void TextLimitCounter::setLimit(const TextLimit& limit, const QString& owner, bool automatic)
{
    m_limit = limit;
    m_owner = owner;
    m_automatic = automatic;
    measure(m_text);
}

void TextLimitCounter::setLimitOf(ProviderDirectory& directory, const QStringList& providers, bool automatic)
{
    TextLimit largest;
    QString owner;
    for (const QString& name : providers) {
        const std::optional<RouteCandidate> candidate = directory.candidate(name);
        auto* tts = candidate ? dynamic_cast<TextToSpeechProvider*>(candidate->instance.get()) : nullptr;
        if (!tts)
            continue;
        const TextLimit limit = tts->textLimit();
        if (limit.maximum == 0) { // one provider without a limit: Auto can always route there
            largest = limit;
            owner = name;
            break;
        }
        if (limit.maximum > largest.maximum) {
            largest = limit;
            owner = name;
        }
    }
    setLimit(largest, owner, automatic);
}

QString TextLimitCounter::amount(int count) const
{
    return m_limit.unit == TextLimit::Unit::Utf8Bytes ? tr("%n byte(s)", nullptr, count)
                                                      : tr("%n character(s)", nullptr, count);
}

QString TextLimitCounter::overReason() const
{
    if (!isOver())
        return {};
    return tr("The text is %1 over the limit of %2 (%3). Shorten it or choose another provider.")
        .arg(amount(m_used - m_limit.maximum), m_owner, amount(m_limit.maximum));
}

void TextLimitCounter::measure(const QString& text)
{
    m_text = text;
    m_used = m_limit.measure(text);
    QString shown;
    if (m_limit.maximum > 0) {
        shown = tr("%1 / %2").arg(m_used).arg(amount(m_limit.maximum));
        setToolTip(m_automatic
                       ? tr("Auto: the largest limit among the providers it may use (%1)").arg(m_owner)
                       : tr("The most %1 accepts in one request").arg(m_owner));
    } else {
        shown = amount(m_used);
        setToolTip(tr("No length limit is known for this provider"));
    }
    if (isOver())
        shown += QStringLiteral(" — ") + overReason();
    setText(shown);
    if (isOver()) {
        QPalette red;
        red.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
        setPalette(red); // only this role is set: the rest stays inherited
    } else {
        setPalette(QPalette()); // back to the inherited colours
    }
}

} // namespace vd
