#include "core/plugins/pluginmetadata.h"

#include <QJsonDocument>
#include <QTest>

using namespace vd;

namespace {

// A complete, valid metadata object; rows of the data-driven test break one thing in it.
QJsonObject validMetadata()
{
    return QJsonDocument::fromJson(R"({
        "api_version": 1, "name": "acme_stt", "category": "stt", "type": "third_party",
        "description": "ACME speech", "version": "2.1.0", "dependencies": ["libacme"], "priority": 42,
        "offline": false, "credential": {"keys": ["acme"], "env": ["ACME_API_KEY"]},
        "settings": [{"name": "model", "type": "enum", "values": ["fast", "good"], "default": "fast"}]
    })")
        .object();
}

} // namespace

class TestPluginMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeMetadataBecomesProviderInfo()
    {
        const auto info = providerInfoFromMetadata(validMetadata());
        QVERIFY2(info.hasValue(), info.hasValue() ? "" : qPrintable(info.error()));
        QCOMPARE(info->name, QStringLiteral("acme_stt"));
        QCOMPARE(info->category, ProviderCategory::Stt);
        QCOMPARE(info->type, ProviderType::ThirdParty);
        QCOMPARE(info->description, QStringLiteral("ACME speech"));
        QCOMPARE(info->version, QStringLiteral("2.1.0"));
        QCOMPARE(info->dependencies, QStringList{QStringLiteral("libacme")});
        QCOMPARE(info->priority, 42);
        QVERIFY(!info->offline);
        QCOMPARE(info->credentialKeys, QStringList{QStringLiteral("acme")});
        QCOMPARE(info->credentialEnvironment, QStringList{QStringLiteral("ACME_API_KEY")});
        QVERIFY(info->needsCredential());
        QCOMPARE(info->settingsSchema.fields().size(), 1);
        QCOMPARE(info->settingsSchema.field(QStringLiteral("model"))->allowedValues,
                 (QStringList{QStringLiteral("fast"), QStringLiteral("good")}));
    }

    void optionalKeysHaveDefaults()
    {
        const auto info = providerInfoFromMetadata(
            QJsonDocument::fromJson(
                R"({"api_version": 1, "name": "min_tts", "category": "tts", "type": "custom", "settings": []})")
                .object());
        QVERIFY(info.hasValue());
        QCOMPARE(info->priority, 100);
        QCOMPARE(info->version, QStringLiteral("1.0.0"));
        QVERIFY(!info->needsCredential());
        QVERIFY(info->settingsSchema.isEmpty());
        QVERIFY(info->enabled);
    }

    void pluginCanShipDisabled()
    {
        QJsonObject metadata = validMetadata();
        metadata.insert(QStringLiteral("enabled"), false);
        const auto info = providerInfoFromMetadata(metadata);
        QVERIFY(info.hasValue());
        QVERIFY(!info->enabled);
    }

    void brokenMetadataIsRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined = remove the key
        QTest::addColumn<QString>("reason");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("no api_version") << "api_version" << removed << "no \"api_version\"";
        QTest::newRow("other api_version") << "api_version" << QJsonValue(2) << "plugin API version 2";
        QTest::newRow("api_version as text") << "api_version" << QJsonValue("1") << "must be a whole number";
        QTest::newRow("no name") << "name" << removed << "no \"name\"";
        QTest::newRow("empty name") << "name" << QJsonValue("") << "\"name\" must be a non-empty string";
        QTest::newRow("no category") << "category" << removed << "no \"category\"";
        QTest::newRow("bad category") << "category" << QJsonValue("music") << "\"category\" is \"music\"";
        QTest::newRow("no type") << "type" << removed << "no \"type\"";
        QTest::newRow("bad type") << "type" << QJsonValue("vendor") << "\"type\" is \"vendor\"";
        QTest::newRow("no settings") << "settings" << removed << "no \"settings\"";
        QTest::newRow("settings not a list") << "settings" << QJsonValue(QJsonObject()) << "must be a list";
        QTest::newRow("bad schema") << "settings"
                                    << QJsonValue(QJsonArray{QJsonObject{{"name", "x"}, {"type", "float"}}})
                                    << "settings schema is invalid";
        QTest::newRow("description not text")
            << "description" << QJsonValue(3) << "\"description\" must be a string";
        QTest::newRow("dependencies not a list")
            << "dependencies" << QJsonValue("libacme") << "must be a list of strings";
        QTest::newRow("priority with fraction")
            << "priority" << QJsonValue(1.5) << "\"priority\" must be a whole number";
        QTest::newRow("offline as text")
            << "offline" << QJsonValue("yes") << "\"offline\" must be true or false";
        QTest::newRow("enabled as text")
            << "enabled" << QJsonValue("no") << "\"enabled\" must be true or false";
        QTest::newRow("credential not an object")
            << "credential" << QJsonValue("acme") << "must be an object";
        QTest::newRow("credential key not text")
            << "credential" << QJsonValue(QJsonObject{{"keys", QJsonArray{1}}}) << "credential.keys";
    }

    void brokenMetadataIsRefusedWithAReason()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject metadata = validMetadata();
        if (value.isUndefined())
            metadata.remove(key);
        else
            metadata.insert(key, value);
        const auto info = providerInfoFromMetadata(metadata);
        QVERIFY(!info.hasValue());
        QVERIFY2(info.error().contains(reason), qPrintable(info.error()));
    }

    void apiVersionIsJudgedBeforeAnythingElse()
    {
        // A plugin from another API version may use other keys; say that, not "no name".
        const auto info = providerInfoFromMetadata(QJsonObject{{"api_version", 7}});
        QVERIFY(!info.hasValue());
        QVERIFY2(info.error().contains(QStringLiteral("plugin API version 7")), qPrintable(info.error()));
    }
};

QTEST_GUILESS_MAIN(TestPluginMetadata)
#include "tst_pluginmetadata.moc"
