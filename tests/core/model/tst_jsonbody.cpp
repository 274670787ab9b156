#include "core/model/jsonbody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vd;

class TestJsonBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsParseBackExactly_data();
    void stringsParseBackExactly();
    void numbersParseBackExactly();
    void writesCompactJsonLikeQt();
    void emptyBodyIsAnEmptyObject();
    void integersAndNestedJsonGoInAsGiven();
};

void TestJsonBody::stringsParseBackExactly_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << QStringLiteral("The quick brown fox.");
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(say "hi" \ C:\path\n)");
    QTest::newRow("named escapes") << QStringLiteral("a\bb\fc\nd\re\tf");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7f);
    QTest::newRow("every control character") << controls;
    QTest::newRow("Cyrillic") << QStringLiteral("Съешь же ещё этих мягких французских булок");
    QTest::newRow("outside the BMP") << QStringLiteral("voice 🎙️ test 𝄞");
    QTest::newRow("line separators") << QStringLiteral("a\u2028b\u2029c");
    QTest::newRow("slash and angle brackets") << QStringLiteral("</script> a/b");
}

void TestJsonBody::stringsParseBackExactly()
{
    QFETCH(QString, value);
    const QByteArray bytes = JsonBody().add("input", value).add("model", QStringLiteral("tts-1")).bytes();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value(QLatin1String("input")).toString(), value);
    QCOMPARE(parsed.object().value(QLatin1String("model")).toString(), QStringLiteral("tts-1"));
    QCOMPARE(parsed.object().size(), 2);
}

void TestJsonBody::numbersParseBackExactly()
{
    for (const double value : {1.0, 0.25, 1.5, 4.0, 0.1, 1.0 / 3.0, -2.5, 1e300}) {
        const QByteArray bytes = JsonBody().add("speed", value).bytes();
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QLatin1String("speed")).toDouble(), value);
    }
    QCOMPARE(JsonBody().add("speed", std::nan("")).bytes(), QByteArray(R"({"speed":null})"));
}

void TestJsonBody::writesCompactJsonLikeQt()
{
    // In the order QJsonObject keeps its keys, so the bytes can be compared with Qt's.
    const QString text = QStringLiteral("Tab\there, \"quoted\", ünïcode \u0001");
    const QByteArray bytes = JsonBody()
                                 .add("input", text)
                                 .add("model", QStringLiteral("gpt-4o-mini-tts"))
                                 .add("speed", 1.25)
                                 .add("voice", QStringLiteral("alloy"))
                                 .bytes();
    const QJsonObject object{{QStringLiteral("input"), text},
                             {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-tts")},
                             {QStringLiteral("speed"), 1.25},
                             {QStringLiteral("voice"), QStringLiteral("alloy")}};
    QCOMPARE(bytes, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void TestJsonBody::emptyBodyIsAnEmptyObject()
{
    QCOMPARE(JsonBody().bytes(), QByteArray("{}"));
}

void TestJsonBody::integersAndNestedJsonGoInAsGiven()
{
    const QByteArray bytes = JsonBody()
                                 .add("attempt", qint64(2))
                                 .add("big", qint64(9007199254740993LL))
                                 .addJson("error", R"({"kind":"server","status":503})")
                                 .bytes();
    QCOMPARE(bytes,
             QByteArray(R"({"attempt":2,"big":9007199254740993,"error":{"kind":"server","status":503}})"));
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.value(QLatin1String("error")).toObject().value(QLatin1String("status")).toInt(), 503);
}

QTEST_GUILESS_MAIN(TestJsonBody)
#include "tst_jsonbody.moc"
