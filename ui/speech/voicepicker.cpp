#include "ui/speech/voicepicker.h"

#include "core/model/provider.h"
#include "core/resilience/providerdirectory.h"
#include "ui/activity/activitylog.h"
#include "ui/i18n/retranslator.h"

#include <QElapsedTimer>
#include <QStandardItemModel>
#include <memory>

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
    const int row = findData(id);
    if (row >= 0 && m_state == State::Ready)
        setCurrentIndex(row);
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
                    m_error = job->error().message.isEmpty() ? job->error().summary() : job->error().message;
                    setState(State::Failed);
                    return;
                }
                m_voices = job->voices();
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
        for (const Voice& voice : std::as_const(m_voices)) {
            QString label = voice.displayName.isEmpty() ? voice.id : voice.displayName;
            if (!voice.languages.isEmpty())
                label += QStringLiteral(" (%1)").arg(voice.languages.join(QStringLiteral(", ")));
            addItem(label, voice.id);
        }
        setToolTip(tr("%n voice(s) of %1", nullptr, int(m_voices.size())).arg(m_provider));
        break;
    }
    if (m_state == State::Loading || m_state == State::Failed) {
        // A status line, not a choice: shown but not selectable.
        if (auto* item = qobject_cast<QStandardItemModel*>(model())->item(1))
            item->setEnabled(false);
    }
    const int row = findData(m_wanted);
    setCurrentIndex(m_state == State::Ready && row >= 0 ? row : 0);
    m_filling = false;
}

} // namespace vd
