#include "ui/i18n/translator.h"

#include "ui/uilog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace vd {

Translator::Translator(QObject* parent) : QObject(parent) {}

Translator::~Translator()
{
    uninstall();
}

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Translator::languageForLocale(const QLocale& locale)
{
    for (const QString& ui : locale.uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool Translator::setLanguage(const QString& code)
{
    if (!code.isEmpty() && !availableLanguages().contains(code)) {
        qCWarning(lcUiI18n) << "unsupported language" << code;
        return false;
    }
    m_requested = code;
    const QString language = code.isEmpty() ? languageForLocale(QLocale::system()) : code;
    if (language == m_language)
        return true;
    install(language);
    emit languageChanged(language);
    return true;
}

void Translator::reload()
{
    if (!m_language.isEmpty())
        install(m_language);
}

void Translator::install(const QString& language)
{
    uninstall();
    m_language = language;

    // First, so that they are searched last (Qt searches the newest translator first): where a
    // plugin's catalogue repeats VoiceDeck's wording ("Voice", "Hz"), VoiceDeck's own stands.
    const QDir plugins(QStringLiteral(":/voicedeck/plugins/i18n"));
    for (const QString& file : plugins.entryList({QStringLiteral("*_%1.qm").arg(language)}, QDir::Files)) {
        auto catalogue = std::make_unique<QTranslator>();
        if (catalogue->load(plugins.filePath(file))) {
            QCoreApplication::installTranslator(catalogue.get());
            m_pluginTranslators.push_back(std::move(catalogue));
        } else {
            qCWarning(lcUiI18n) << "unreadable plugin translation" << file;
        }
    }

    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/voicedeck_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    } else {
        qCWarning(lcUiI18n) << "no embedded translation for" << language;
    }
    if (language == QLatin1String("en"))
        return; // Qt's own strings are English already
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    } else {
        qCInfo(lcUiI18n) << "Qt's own translation for" << language << "is not installed";
    }
}

void Translator::uninstall()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
    for (const auto& catalogue : m_pluginTranslators)
        QCoreApplication::removeTranslator(catalogue.get());
    m_pluginTranslators.clear();
}

} // namespace vd
