#pragma once

#include "core/model/speechtypes.h"

#include <QComboBox>
#include <QPointer>

namespace vd {

class ActivityLog;
class ProviderDirectory;
class VoiceListJob;

// The voice choice of the Text-to-speech page: "Provider default" and the voices one provider
// lists, fetched asynchronously with its voices() job. While loading, and when loading failed,
// the list says so (the error stays in the tooltip and errorString()); the chosen voice id is
// kept across reloads and restored when the provider lists it again.
class VoicePicker : public QComboBox
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,
        Loading,
        Ready,
        Failed
    };

    VoicePicker(ProviderDirectory& providers, ActivityLog& activity, QWidget* parent = nullptr);

    // Loads the voices of `provider` (empty: none, only "Provider default").
    void load(const QString& provider);
    QString provider() const { return m_provider; }
    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    const QList<Voice>& voices() const { return m_voices; }

    // Empty = the provider's default voice.
    QString currentVoice() const;
    void setCurrentVoice(const QString& id);

signals:
    void stateChanged(vd::VoicePicker::State state);

private:
    void setState(State state);
    void fill();

    ProviderDirectory& m_providers;
    ActivityLog& m_activity;
    QPointer<VoiceListJob> m_job;
    QString m_provider;
    QString m_wanted;
    QString m_error;
    QList<Voice> m_voices;
    State m_state = State::Empty;
    bool m_filling = false;
};

} // namespace vd
