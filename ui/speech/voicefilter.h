#pragma once

#include "core/model/speechtypes.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace vd {

class VoicePicker;

// Narrows a long voice list (eSpeak NG lists over a hundred voices): a search field matched
// against the voices' names, ids and the names of their languages, case-insensitively, and a choice among the
// languages the voices speak ("All languages" first), offered from the voices the VoicePicker it drives
// lists; the picker applies it (VoicePicker::setFilter).
class VoiceFilter : public QWidget
{
    Q_OBJECT
public:
    explicit VoiceFilter(VoicePicker& picker, QWidget* parent = nullptr);

    QString searchText() const;
    // A primary language subtag ("fr"); empty = all languages.
    QString language() const;
    QLineEdit* searchField() const { return m_search; }
    QComboBox* languageBox() const { return m_language; }

    // Whether `voice` passes a filter of `search` and `language` (see above; empty = any).
    static bool matches(const Voice& voice, const QString& search, const QString& language);

signals:
    void changed();

private:
    // Offers the languages of `voices`; the chosen language is kept while it is offered.
    void setVoices(const QList<Voice>& voices);
    void fillLanguages();

    QLineEdit* m_search;
    QComboBox* m_language;
    QStringList m_languages; // the primary subtags offered, sorted by their names
};

} // namespace vd
