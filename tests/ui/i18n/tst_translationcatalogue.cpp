#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Guards the shipped catalogues against the code: lupdate extracts every tr() string of core/,
// ui/ and app/gui/ (as scripts/update-translations.sh does), and each must be in
// translations/voicedeck_ru.ts, translated (three plural forms for %n), with the same
// placeholders and a mnemonic where the source has one. English is the source language: only its
// plural messages need forms. A failure names the strings; the fix is to run
// scripts/update-translations.sh and translate what it lists.
class TestTranslationCatalogue : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        bool numerus = false;
        bool unfinished = false;
        QStringList forms; // the translation, or its plural forms
    };
    // "context: source" -> message.
    using Catalogue = QMap<QString, Message>;

    QString m_root;
    Catalogue m_code;

    static Catalogue read(const QString& path)
    {
        Catalogue catalogue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return catalogue;
        QXmlStreamReader xml(&file);
        QString context, source;
        Message message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                message = {};
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                message.unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
                if (!message.numerus)
                    message.forms = {xml.readElementText()};
            } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                message.forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                catalogue.insert(context + QStringLiteral(": ") + source, message);
            }
        }
        return catalogue;
    }

    static QString sourceOf(const QString& key) { return key.section(QStringLiteral(": "), 1); }

    // %1..%99 and %n, sorted; the order may change in a translation, the set may not.
    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    }

    static bool hasMnemonic(const QString& text)
    {
        static const QRegularExpression mnemonic(QStringLiteral("&\\S"));
        return QString(text).remove(QStringLiteral("&&")).contains(mnemonic);
    }

private slots:
    void initTestCase()
    {
        m_root = qEnvironmentVariable("VOICEDECK_SOURCE_DIR");
        const QString lupdate = qEnvironmentVariable("VOICEDECK_LUPDATE");
        if (lupdate.isEmpty() || !QFileInfo(lupdate).isExecutable())
            QSKIP("lupdate not found (qt6-l10n-tools); cannot extract the strings of the code");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Named like the real file, so lupdate takes Russian's plural rules from the name.
        const QString extracted = dir.filePath(QStringLiteral("voicedeck_ru.ts"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_root);
        process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-I"), m_root,
                                m_root + QStringLiteral("/core"), m_root + QStringLiteral("/ui"),
                                m_root + QStringLiteral("/app/gui"), QStringLiteral("-ts"), extracted});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray log = process.readAll();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, log.constData());
        m_code = read(extracted);
        QVERIFY2(m_code.size() > 100, "lupdate found almost no strings: is VOICEDECK_SOURCE_DIR right?");
    }

    void russianHoldsEveryStringOfTheCodeTranslated()
    {
        const Catalogue russian = read(m_root + QStringLiteral("/translations/voicedeck_ru.ts"));
        QStringList problems;
        for (auto it = m_code.cbegin(); it != m_code.cend(); ++it) {
            const auto found = russian.constFind(it.key());
            if (found == russian.cend()) {
                problems << QStringLiteral("missing: ") + it.key();
                continue;
            }
            const Message& message = *found;
            const int wanted = it->numerus ? 3 : 1; // one, few, many
            if (message.unfinished || message.forms.size() != wanted || message.forms.contains(QString())) {
                problems << QStringLiteral("unfinished: ") + it.key();
                continue;
            }
            const QString source = sourceOf(it.key());
            for (const QString& form : message.forms) {
                if (placeholders(form) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: ") + it.key() + QStringLiteral(" -> ") +
                                    form;
                if (hasMnemonic(source) != hasMnemonic(form))
                    problems << QStringLiteral("mnemonic differs: ") + it.key() + QStringLiteral(" -> ") +
                                    form;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishSpellsOutEveryPluralForm()
    {
        const Catalogue english = read(m_root + QStringLiteral("/translations/voicedeck_en.ts"));
        QStringList problems;
        for (auto it = m_code.cbegin(); it != m_code.cend(); ++it) {
            if (!it->numerus)
                continue;
            const auto found = english.constFind(it.key());
            if (found == english.cend() || found->unfinished || found->forms.size() != 2 ||
                found->forms.contains(QString()))
                problems << it.key();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("English plural forms missing:\n") +
                                                problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogue)
#include "tst_translationcatalogue.moc"
