#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

class QTranslator;

namespace vd {

// Chooses the user-interface language (English or Russian) and installs the matching
// QTranslators: VoiceDeck's own (embedded under :/i18n), the loaded provider plugins' (each
// embeds its own under :/voicedeck/plugins/i18n, named <provider>_<language>.qm) and Qt's qtbase
// catalogue for standard dialogs and buttons. Follows the system locale unless a language is
// chosen, and can switch while running: installing a translator makes Qt send
// QEvent::LanguageChange to every widget, and languageChanged tells everything else.
class Translator : public QObject
{
    Q_OBJECT
public:
    explicit Translator(QObject* parent = nullptr);
    ~Translator() override; // uninstalls its translators

    // "en", "ru".
    static QStringList availableLanguages();
    // The supported language for a locale: "ru" for Russian locales, else "en".
    static QString languageForLocale(const QLocale& locale);

    // "en" or "ru", or empty to follow the system locale. Returns false (and changes nothing)
    // for any other code.
    bool setLanguage(const QString& code);
    // What was asked for: empty when following the system locale.
    QString requestedLanguage() const { return m_requested; }
    // The language in effect.
    QString language() const { return m_language; }
    // Installs the catalogues of the language in effect again, so that plugins loaded since the
    // language was set bring theirs.
    void reload();

signals:
    void languageChanged(const QString& language);

private:
    void install(const QString& language);
    void uninstall();

    QString m_requested;
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::vector<std::unique_ptr<QTranslator>> m_pluginTranslators;
};

} // namespace vd
