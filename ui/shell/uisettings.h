#pragma once

#include <QByteArray>
#include <QString>

namespace vd {

// The desktop application's own preferences and window session, kept in QSettings under the
// application's organisation and name ("VoiceDeck", "voicedeck": ~/.config/VoiceDeck/voicedeck.conf).
// Provider settings never live here: they belong to the config file (PRODUCT.md §2).

// "en", "ru", or empty to follow the system locale (the default).
QString savedLanguage();
void saveLanguage(const QString& code);

// The microphone and sound output chosen in Preferences (QAudioDevice ids); empty: the system's
// default.
QByteArray savedInputDevice();
void saveInputDevice(const QByteArray& id);
QByteArray savedOutputDevice();
void saveOutputDevice(const QByteArray& id);

struct WindowSession
{
    QByteArray geometry;
    QByteArray state;
    QString currentPage;
};

WindowSession savedWindowSession();
void saveWindowSession(const WindowSession& session);

QByteArray savedPageState(const QString& pageId);
void savePageState(const QString& pageId, const QByteArray& state);

} // namespace vd
