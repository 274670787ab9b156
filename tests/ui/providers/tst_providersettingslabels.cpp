#include "core/model/translate.h"
#include "core/registry/providerregistry.h"
#include "tests/ui/providers/pagefixture.h"
#include "ui/i18n/translator.h"
#include "ui/providers/settingfieldeditor.h"
#include "ui/providers/settingsform.h"
#include "ui/providers/settingtexts.h"

#include <QDir>
#include <QLabel>
#include <QPluginLoader>

using namespace vd;

// The settings form speaks to people, not to the config file: each field has a human label, the
// unit beside the value and a help line with what it does, its range and default; the config
// file key (which stays as PRODUCT.md fixes it) is only in the tooltip (issue #17).
class TestProviderSettingsLabels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PageFixture> m_f;

    QLabel* label(const QString& field) { return m_f->find<QLabel>("settingLabel_" + field); }
    QLabel* unit(const QString& field) { return m_f->find<QLabel>("settingUnit_" + field); }
    QLabel* help(const QString& field) { return m_f->find<QLabel>("settingHelp_" + field); }
    QWidget* editor(const QString& field) { return m_f->find<QWidget>("setting_" + field); }

    // The form's label of `field`, found through the layout as a user sees it (the buddy).
    static QString formLabelText(const SettingsForm* form, const QWidget* editor)
    {
        for (const QLabel* candidate : form->findChildren<QLabel*>()) {
            if (candidate->buddy() == editor)
                return candidate->text();
        }
        return {};
    }

    // What the settings forms and the provider details show of a provider: its description, and
    // each field's label, unit and description, as the GUI shows them now.
    using ShownTexts = QList<std::pair<QString, std::function<QString()>>>; // English, shown
    static void addShownTexts(ShownTexts& texts, const QString& description, const SettingsSchema& schema)
    {
        texts.append({description, [description] { return trShown(description); }});
        for (const SettingField& field : schema.fields()) {
            texts.append({field.displayLabel(), [field] { return SettingTexts::name(field); }});
            if (!field.unit.isEmpty())
                texts.append({field.unit, [field] { return SettingTexts::unit(field); }});
            if (!field.description.isEmpty())
                texts.append({field.description, [field] { return trShown(field.description); }});
        }
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::PageFixture>();
        QVERIFY(m_f->dir.isValid());
        m_f->writeConfig(QJsonObject{{"version", 1}});
        // The example plugin stands for the plugin API; the built-ins are always there.
        m_f->createRuntime(qEnvironmentVariable("VOICEDECK_PLUGIN_PATH").split(':', Qt::SkipEmptyParts));
        m_f->createPage();
    }

    void cleanup() { m_f.reset(); }

    void fieldShowsLabelUnitAndHelp_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("labelText");
        QTest::addColumn<QString>("unitText");
        QTest::addColumn<QStringList>("helpSays");
        QTest::newRow("timeout") << "openai_stt"
                                 << "timeout_ms"
                                 << "Transfer timeout"
                                 << "ms"
                                 << QStringList{"no data moves", "Range: 1000–600000 ms.",
                                                "Default: 120000 ms."};
        QTest::newRow("sample rate") << "google_tts"
                                     << "sample_rate_hertz"
                                     << "Sample rate"
                                     << "Hz" << QStringList{"Range: 0–48000 Hz."};
        QTest::newRow("pitch") << "google_tts"
                               << "pitch"
                               << "Pitch"
                               << "semitones"
                               << QStringList{"Range: -20–20 semitones.", "Default: 0 semitones."};
        QTest::newRow("enum") << "openai_stt"
                              << "response_format"
                              << "Response format"
                              << "" << QStringList{"verbose_json", "Default: json."};
        QTest::newRow("required URL")
            << "yandex_tts"
            << "base_url"
            << "Service URL *"
            << "" << QStringList{"https://", "Default: https://tts.api.cloud.yandex.net."};
        QTest::newRow("bool") << "google_stt"
                              << "automatic_punctuation"
                              << "Automatic punctuation"
                              << "" << QStringList{"Default: on."};
        QTest::newRow("plugin field") << "example_morse_tts"
                                      << "tone_hz"
                                      << "Tone pitch"
                                      << "Hz" << QStringList{"Range: 200–2000 Hz.", "Default: 600 Hz."};
    }
    void fieldShowsLabelUnitAndHelp()
    {
        QFETCH(QString, provider);
        QFETCH(QString, field);
        QFETCH(QString, labelText);
        QFETCH(QString, unitText);
        QFETCH(QStringList, helpSays);
        QVERIFY2(m_f->page->selectProvider(provider), qPrintable(provider));
        QCoreApplication::processEvents(); // a new form's rows are shown by a queued call
        QVERIFY(editor(field));
        QCOMPARE(formLabelText(m_f->page->details()->settingsForm(), editor(field)), labelText);
        QCOMPARE(editor(field)->accessibleName(), QString(labelText).remove(" *"));
        QVERIFY(unit(field));
        QWidget* page = m_f->page.get();
        QCOMPARE(unit(field)->isVisibleTo(page), !unitText.isEmpty());
        QCOMPARE(unit(field)->text(), unitText);
        QVERIFY(help(field) && help(field)->isVisibleTo(page));
        for (const QString& part : helpSays)
            QVERIFY2(help(field)->text().contains(part), qPrintable(help(field)->text()));
        // The key of the config file is there for people who edit the file, in the tooltip.
        for (QWidget* widget : {static_cast<QWidget*>(label(field)), editor(field)}) {
            QVERIFY2(widget->toolTip().contains("Config file key: " + field), qPrintable(widget->toolTip()));
            QVERIFY(widget->toolTip().contains(helpSays.first()));
        }
    }

    // No field of any provider, built-in or plugin, is labelled with its raw config key.
    void noFormShowsARawKey()
    {
        int fields = 0;
        for (const ProviderInfo& info : m_f->runtime->registry().availableProviders({}, false)) {
            QVERIFY(m_f->page->selectProvider(info.name));
            for (const SettingField& field : info.settingsSchema.fields()) {
                if (field.isSecret())
                    continue;
                const QString text = formLabelText(m_f->page->details()->settingsForm(), editor(field.name));
                QVERIFY2(!text.isEmpty() && !text.contains('_'),
                         qPrintable(info.name + ": " + field.name + " → " + text));
                QVERIFY2(!field.label.isEmpty(),
                         qPrintable(info.name + ": " + field.name + " has no label of its own"));
                ++fields;
            }
        }
        QVERIFY(fields > 30);
    }

    // The offline engines load only from VoiceDeck's own folder, not in this test: their
    // metadata, which the form is generated from, labels every field.
    void offlinePluginsLabelEveryField()
    {
        QStringList help;
        const QDir dir(qEnvironmentVariable("VOICEDECK_PLUGIN_PATH").split(':').first());
        const QStringList files = dir.entryList({"libvoicedeck_*.so"}, QDir::Files);
        QCOMPARE(files.size(), 3); // PocketSphinx, Flite, eSpeak NG
        for (const QString& file : files) {
            const QJsonObject meta =
                QPluginLoader(dir.filePath(file)).metaData().value("MetaData").toObject();
            const auto schema = SettingsSchema::fromJson(meta.value("settings").toArray());
            QVERIFY2(schema.hasValue(), qPrintable(file));
            for (const SettingField& field : schema.value().fields()) {
                QVERIFY2(!field.label.isEmpty(), qPrintable(file + ": " + field.name));
                help << SettingTexts::help(field);
            }
        }
        QVERIFY2(help.join('\n').contains("Range: 80–450 words/min. Speaking rate"),
                 qPrintable(help.join('\n')));
        QVERIFY(help.join('\n').contains("Default: 175 words/min."));
    }

    // Nothing a provider shows stays English in a Russian GUI, and all of it follows a switch of
    // language while running: the built-in providers' wording is in VoiceDeck's catalogue; a
    // plugin's comes from its metadata JSON, and each of VoiceDeck's plugins (and the example, the
    // template for third-party ones) embeds its own catalogue, which the Translator installs.
    void providerWordingFollowsTheLanguage()
    {
        ShownTexts texts;
        for (const ProviderInfo& info : m_f->runtime->registry().availableProviders({}, false))
            addShownTexts(texts, info.description, info.settingsSchema);
        const QDir dir(qEnvironmentVariable("VOICEDECK_PLUGIN_PATH").split(':').first());
        const QStringList files = dir.entryList({"libvoicedeck_*.so"}, QDir::Files);
        QCOMPARE(files.size(), 3); // PocketSphinx, Flite, eSpeak NG: loaded from VoiceDeck's folder only
        for (const QString& file : files) {
            QPluginLoader loader(dir.filePath(file));
            QVERIFY2(loader.instance(), qPrintable(loader.errorString())); // registers its resources
            const QJsonObject meta = loader.metaData().value("MetaData").toObject();
            const auto schema = SettingsSchema::fromJson(meta.value("settings").toArray());
            QVERIFY2(schema.hasValue(), qPrintable(file));
            addShownTexts(texts, meta.value("description").toString(), schema.value());
        }
        QVERIFY(texts.size() > 100);
        Translator translator;
        QVERIFY(translator.setLanguage("ru"));
        QStringList english;
        for (const auto& [source, shown] : texts) {
            if (shown() == source)
                english << source;
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable("shown in English:\n" + english.join('\n')));
        QVERIFY(translator.setLanguage("en"));
        for (const auto& [source, shown] : texts)
            QCOMPARE(shown(), source);
    }

    // The same on the page: a plugin's form in a Russian GUI, the plugin loaded by the runtime.
    void pluginFormSpeaksRussian()
    {
        Translator translator;
        QVERIFY(translator.setLanguage("ru"));
        QVERIFY(m_f->page->selectProvider("example_morse_tts"));
        QCoreApplication::processEvents(); // a new form's rows are shown by a queued call
        QCOMPARE(formLabelText(m_f->page->details()->settingsForm(), editor("tone_hz")),
                 QString::fromUtf8("Высота тона"));
        QCOMPARE(unit("tone_hz")->text(), QString::fromUtf8("Гц"));
        QVERIFY2(help("tone_hz")->text().contains(QString::fromUtf8("Высота тона в герцах.")),
                 qPrintable(help("tone_hz")->text()));
    }

    // A plugin written before labels existed: its fields read as their names made readable.
    void pluginFieldWithoutLabelIsHumanised()
    {
        const auto schema = SettingsSchema::fromJson(QJsonDocument::fromJson(R"([
            {"name": "response_format", "type": "string", "description": "How the answer is shaped."},
            {"name": "tone_hz", "type": "int", "default": 600, "min": 200, "max": 2000}])")
                                                         .array());
        QVERIFY(schema.hasValue());
        SettingsForm form;
        form.setSchema(schema.value());
        form.show();
        QCOMPARE(formLabelText(&form, form.editor("response_format")->editor()),
                 QStringLiteral("Response format"));
        QCOMPARE(formLabelText(&form, form.editor("tone_hz")->editor()), QStringLiteral("Tone hz"));
        auto* toneHelp = form.findChild<QLabel*>("settingHelp_tone_hz");
        QVERIFY(toneHelp);
        QCOMPARE(toneHelp->text(), QStringLiteral("Range: 200–2000. Default: 600."));
        QVERIFY(form.editor("tone_hz")->editor()->toolTip().contains("Config file key: tone_hz"));
    }
};

QTEST_MAIN(TestProviderSettingsLabels)
#include "tst_providersettingslabels.moc"
