#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The test-only Russian catalogue (shell_ru_fixture.ts, used by tst_shelllanguage) holds exactly
// the strings that lupdate finds in ui/shell and app/gui, each in its right context and each
// translated: it is the list to merge into translations/voicedeck_ru.ts, and it cannot silently
// fall behind the code.
class TestShellCatalogue : public QObject
{
    Q_OBJECT

private:
    // "context\nsource" -> translation (numerus forms joined by '|').
    using Catalogue = QMap<QString, QString>;

    static Catalogue read(const QString& path)
    {
        Catalogue catalogue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return catalogue;
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("translation") &&
                     xml.attributes().value(QLatin1String("type")).isEmpty())
                translation = {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
            else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                translation << xml.readElementText();
            else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                translation.removeAll(QString());
                catalogue.insert(context + QLatin1Char('\n') + source, translation.join(QLatin1Char('|')));
                translation.clear();
            }
        }
        return catalogue;
    }

private slots:
    void fixtureHoldsExactlyTheShellStringsAllTranslated()
    {
        const QString root = qEnvironmentVariable("VOICEDECK_SOURCE_DIR");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString extracted = dir.filePath(QStringLiteral("shell_ru.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(qEnvironmentVariable("VOICEDECK_LUPDATE"),
                      {QStringLiteral("-silent"), QStringLiteral("-I"), root, root + QStringLiteral("/ui/shell"),
                       root + QStringLiteral("/app/gui"), QStringLiteral("-ts"), extracted});
        QVERIFY(lupdate.waitForFinished(60000));
        const QByteArray log = lupdate.readAll();
        QVERIFY2(lupdate.exitCode() == 0, log.constData());
        QVERIFY2(!log.contains("unknown namespace"), log.constData());

        const Catalogue code = read(extracted);
        const Catalogue fixture = read(root + QStringLiteral("/tests/ui/shell/shell_ru_fixture.ts"));
        QVERIFY(!code.isEmpty());
        QCOMPARE(fixture.keys(), code.keys());
        for (auto it = fixture.begin(); it != fixture.end(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(QStringLiteral("untranslated: ") + it.key()));
    }
};

QTEST_GUILESS_MAIN(TestShellCatalogue)
#include "tst_shellcatalogue.moc"
