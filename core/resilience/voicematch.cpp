#include "core/resilience/voicematch.h"

#include <QCoreApplication>

namespace vd {

namespace {

QString primaryLanguage(const QString& tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

QString normalised(QString tag)
{
    return tag.replace(QLatin1Char('_'), QLatin1Char('-')).toLower();
}

// 2: exact tag, 1: same primary language, 0: neither.
int languageScore(const Voice& voice, const QString& language)
{
    int best = 0;
    for (const QString& l : voice.languages) {
        if (normalised(l) == normalised(language))
            return 2;
        if (primaryLanguage(l) == primaryLanguage(language))
            best = 1;
    }
    return best;
}

QString arrow(const QString& from, const QString& to, const char* why)
{
    return QCoreApplication::translate("vd::Router", "voice \"%1\" → \"%2\" (%3)")
        .arg(from, to.isEmpty() ? QCoreApplication::translate("vd::Router", "provider default") : to,
             QCoreApplication::translate("vd::Router", why));
}

} // namespace

VoiceChoice chooseVoice(const QString& requestedId, const std::optional<Voice>& requested,
                        const QString& language, const QList<Voice>& available)
{
    if (requestedId.isEmpty())
        return {};
    for (const Voice& voice : available) {
        if (voice.id == requestedId)
            return {requestedId, {}};
    }
    const QString wantedLanguage =
        !language.isEmpty()
            ? language
            : (requested && !requested->languages.isEmpty() ? requested->languages.first() : QString());
    const QString wantedGender = requested ? requested->gender : QString();

    const Voice* best = nullptr;
    int bestScore = 0;
    for (const Voice& voice : available) {
        const int lang = wantedLanguage.isEmpty() ? 0 : languageScore(voice, wantedLanguage);
        if (lang == 0)
            continue;
        const int score = lang * 2 + (!wantedGender.isEmpty() && voice.gender == wantedGender ? 1 : 0);
        if (score > bestScore) {
            best = &voice;
            bestScore = score;
        }
    }
    if (best)
        return {best->id, arrow(requestedId, best->id, QT_TR_NOOP("same language"))};
    if (!wantedGender.isEmpty()) {
        for (const Voice& voice : available) {
            if (voice.gender == wantedGender)
                return {voice.id, arrow(requestedId, voice.id, QT_TR_NOOP("same gender"))};
        }
    }
    return {QString(), arrow(requestedId, QString(), QT_TR_NOOP("no close match"))};
}

} // namespace vd
