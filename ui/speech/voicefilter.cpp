#include "ui/speech/voicefilter.h"

#include "ui/i18n/retranslator.h"
#include "ui/speech/voicepicker.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <algorithm>

namespace vd {

namespace {

QString primarySubtag(const QString& language)
{
    return language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

// "French (fr)", or the bare code for a language Qt does not know.
QString languageLabel(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()), code);
}

} // namespace

VoiceFilter::VoiceFilter(VoicePicker& picker, QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_language(new QComboBox(this))
{
    connect(this, &VoiceFilter::changed, &picker,
            [this, &picker] { picker.setFilter(searchText(), language()); });
    connect(&picker, &VoicePicker::stateChanged, this, [this, &picker](VoicePicker::State state) {
        if (state == VoicePicker::State::Ready) // a reload keeps the language chosen
            setVoices(picker.voices());
    });
    m_search->setObjectName(QStringLiteral("voiceSearch"));
    m_search->setClearButtonEnabled(true);
    m_language->setObjectName(QStringLiteral("voiceLanguageFilter"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_search, &QLineEdit::textChanged, this, &VoiceFilter::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &VoiceFilter::changed);
    Retranslator::keep(this, [this] {
        m_search->setPlaceholderText(tr("Search voices by name"));
        m_search->setAccessibleName(tr("Search voices"));
        m_search->setToolTip(tr("Shows only the voices whose name or id contains this text"));
        m_language->setAccessibleName(tr("Voice language"));
        m_language->setToolTip(tr("Shows only the voices that speak this language"));
        fillLanguages();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_language);
    setFocusProxy(m_search);
}

void VoiceFilter::setVoices(const QList<Voice>& voices)
{
    QStringList codes;
    for (const Voice& voice : voices) {
        for (const QString& language : voice.languages)
            codes.append(primarySubtag(language));
    }
    codes.removeDuplicates();
    codes.removeAll(QString());
    QCollator collator;
    std::sort(codes.begin(), codes.end(), [&collator](const QString& a, const QString& b) {
        return collator.compare(languageLabel(a), languageLabel(b)) < 0;
    });
    m_languages = codes;
    fillLanguages();
}

void VoiceFilter::fillLanguages()
{
    const QString chosen = language();
    const QSignalBlocker quiet(m_language); // the choice only changes if it is no longer offered
    m_language->clear();
    m_language->addItem(tr("All languages"), QString());
    for (const QString& code : std::as_const(m_languages))
        m_language->addItem(languageLabel(code), code);
    const int row = m_language->findData(chosen);
    m_language->setCurrentIndex(std::max(row, 0));
    if (row < 0 && !chosen.isEmpty())
        emit changed();
}

QString VoiceFilter::searchText() const
{
    return m_search->text().trimmed();
}

QString VoiceFilter::language() const
{
    return m_language->currentData().toString();
}

bool VoiceFilter::matches(const Voice& voice, const QString& search, const QString& language)
{
    const auto found = [&search](const QString& text) { return text.contains(search, Qt::CaseInsensitive); };
    // The names of the languages too, in English and in their own words: eSpeak NG names only
    // one of its French voices "France", and "fran" should find them all (français).
    const auto languageNamed = [&found](const QString& code) {
        const QLocale locale(code);
        return locale.language() != QLocale::C &&
               (found(QLocale::languageToString(locale.language())) || found(locale.nativeLanguageName()));
    };
    if (!search.isEmpty() && !found(voice.displayName) && !found(voice.id) &&
        std::none_of(voice.languages.cbegin(), voice.languages.cend(), languageNamed))
        return false;
    return language.isEmpty() ||
           std::any_of(voice.languages.cbegin(), voice.languages.cend(),
                       [&language](const QString& spoken) { return primarySubtag(spoken) == language; });
}

} // namespace vd
