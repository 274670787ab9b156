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
// kept across reloads and restored when the provider lists it again. A VoiceFilter narrows the
// list (setFilter); the chosen voice stays chosen while it matches. A voice restored from an
// earlier session that the provider no longer lists is mapped to its new id where it can be,
// else the provider's default is used and voiceUnavailable() says so.
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
    // The voice to choose once the list has it (e.g. restored from an earlier session).
    void setCurrentVoice(const QString& id);
    // Lists only the voices VoiceFilter::matches(); "Provider default" is always listed.
    void setFilter(const QString& search, const QString& language);

signals:
    void stateChanged(vd::VoicePicker::State state);
    // The voice set by setCurrentVoice() is not among the provider's voices, so its default is
    // used; `why` says so in words for the user.
    void voiceUnavailable(const QString& why);

private:
    void setState(State state);
    void fill();
    void resolveRestoredVoice();

    ProviderDirectory& m_providers;
    ActivityLog& m_activity;
    QPointer<VoiceListJob> m_job;
    QString m_provider;
    QString m_wanted;
    QString m_error;
    QString m_search;
    QString m_language;
    QList<Voice> m_voices;
    State m_state = State::Empty;
    bool m_filling = false;
    bool m_restored = false; // m_wanted came from setCurrentVoice(), not yet found in a list
    int m_matching = 0;      // the voices listed under the filter
};

} // namespace vd
