#include "ui/speech/voicepicker.h"

#include "core/model/provider.h"
#include "core/resilience/providerdirectory.h"
#include "ui/activity/activitylog.h"
#include "ui/i18n/retranslator.h"
#include "ui/speech/voicefilter.h"

#include <QElapsedTimer>
#include <QStandardItemModel>
#include <algorithm>
#include <memory>
#include <utility>

namespace vd {

VoicePicker::VoicePicker(ProviderDirectory& providers, ActivityLog& activity, QWidget* parent)
    : QComboBox(parent), m_providers(providers), m_activity(activity)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_state == State::Ready)
            m_wanted = currentData().toString();
    });
    Retranslator::keep(this, [this] {
        setAccessibleName(tr("Voice"));
        fill();
    });
}

QString VoicePicker::currentVoice() const
{
    return m_state == State::Ready ? currentData().toString() : m_wanted;
}

void VoicePicker::setCurrentVoice(const QString& id)
{
    m_wanted = id;
    m_restored = !id.isEmpty();
    if (m_state == State::Ready) {
        resolveRestoredVoice();
        fill();
    }
}

void VoicePicker::setFilter(const QString& search, const QString& language)
{
    m_search = search;
    m_language = language;
    fill();
}

void VoicePicker::resolveRestoredVoice()
{
    if (!m_restored)
        return;
    m_restored = false;
    const auto listed = [this](const auto& test) {
        return std::find_if(m_voices.cbegin(), m_voices.cend(), test);
    };
    if (listed([this](const Voice& voice) { return voice.id == m_wanted; }) != m_voices.cend())
        return;
    // eSpeak NG's voice ids were their first language ("en-us", "ru") until they became eSpeak's
    // identifiers ("gmw/en-US"); a voice remembered under the old id is that voice.
    const auto renamed = listed([this](const Voice& voice) {
        return !voice.languages.isEmpty() &&
               voice.languages.constFirst().compare(m_wanted, Qt::CaseInsensitive) == 0;
    });
    if (renamed != m_voices.cend()) {
        m_wanted = renamed->id;
        return;
    }
    const QString missing = std::exchange(m_wanted, QString());
    emit voiceUnavailable(
        tr("The voice \"%1\" chosen last time is not among the voices of %2 any more, so its "
           "default voice speaks. Choose a voice to change it.")
            .arg(missing, m_provider));
}

void VoicePicker::load(const QString& provider)
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job.clear();
    }
    m_provider = provider;
    m_voices.clear();
    m_error.clear();
    if (provider.isEmpty()) {
        setState(State::Empty);
        return;
    }
    const std::optional<RouteCandidate> candidate = m_providers.candidate(provider);
    auto* tts = candidate ? dynamic_cast<TextToSpeechProvider*>(candidate->instance.get()) : nullptr;
    if (!tts) {
        m_error = candidate ? candidate->unavailable.message
                            : tr("%1 is not a text-to-speech provider.").arg(provider);
        setState(State::Failed);
        return;
    }
    VoiceListJob* job = tts->voices(this);
    m_job = job;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    // The provider instance must outlive its job even if the factory replaces it meanwhile.
    connect(job, &ProviderJob::finished, this,
            [this, job, timer, started, provider, keep = candidate->instance] {
                m_job.clear();
                ActivityEntry entry;
                entry.time = started;
                entry.operation = ActivityEntry::Operation::Voices;
                entry.provider = provider;
                entry.ok = !job->hasError();
                if (job->hasError())
                    entry.error = job->error();
                entry.latencyMs = double(timer->nsecsElapsed()) / 1e6;
                m_activity.record(entry);
                if (job->hasError()) {
                    m_error = job->error().shownText();
                    setState(State::Failed);
                    return;
                }
                m_voices = job->voices();
                resolveRestoredVoice();
                setState(State::Ready);
            });
    setState(State::Loading);
    job->start();
}

void VoicePicker::setState(State state)
{
    m_state = state;
    fill();
    emit stateChanged(state);
}

void VoicePicker::fill()
{
    m_filling = true;
    clear();
    addItem(tr("Provider default"), QString());
    switch (m_state) {
    case State::Empty:
        setToolTip(tr("The voice of the provider's settings is used."));
        break;
    case State::Loading:
        addItem(tr("Loading voices…"));
        setToolTip(tr("Loading the voices of %1…").arg(m_provider));
        break;
    case State::Failed:
        addItem(tr("Voices unavailable"));
        setToolTip(tr("Could not load the voices of %1: %2").arg(m_provider, m_error));
        break;
    case State::Ready:
        m_matching = 0;
        for (const Voice& voice : std::as_const(m_voices)) {
            if (!VoiceFilter::matches(voice, m_search, m_language))
                continue;
            ++m_matching;
            QString label = voice.displayName.isEmpty() ? voice.id : voice.displayName;
            if (!voice.languages.isEmpty())
                label += QStringLiteral(" (%1)").arg(voice.languages.join(QStringLiteral(", ")));
            addItem(label, voice.id);
        }
        if (m_matching == m_voices.size())
            setToolTip(tr("%n voice(s) of %1", nullptr, int(m_voices.size())).arg(m_provider));
        else
            setToolTip(tr("%1 of the %n voice(s) of %2 match the search", nullptr, int(m_voices.size()))
                           .arg(m_matching)
                           .arg(m_provider));
        if (m_matching == 0 && !m_voices.isEmpty()) {
            addItem(tr("No voice matches the search"));
            qobject_cast<QStandardItemModel*>(model())->item(1)->setEnabled(false);
        }
        break;
    }
    if (m_state == State::Loading || m_state == State::Failed) {
        // A status line, not a choice: shown but not selectable.
        if (auto* item = qobject_cast<QStandardItemModel*>(model())->item(1))
            item->setEnabled(false);
    }
    // The chosen voice while it matches the filter, else the first voice that does: what is shown
    // chosen is what speaks. The choice itself (m_wanted) comes back when the filter is cleared.
    int row = 0;
    if (m_state == State::Ready && !m_wanted.isEmpty()) {
        row = findData(m_wanted);
        if (row < 0)
            row = m_matching > 0 ? 1 : 0;
    }
    setCurrentIndex(row);
    m_filling = false;
}

} // namespace vd
