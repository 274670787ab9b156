#include "core/network/redaction.h"

#include <QTest>

using namespace vd;

// Secrets never reach logs or messages.
class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsKeyQueryItems()
    {
        const QString url = redactedUrl(QUrl(
            QStringLiteral("https://speech.googleapis.com/v1/voices?key=AIzaSECRET&languageCode=en-US")));
        QVERIFY(!url.contains(QLatin1String("AIzaSECRET")));
        QVERIFY(url.contains(QLatin1String("languageCode=en-US")));
    }
    void redactsSecretHeaders()
    {
        const QString text = redactedHeaders({{"Authorization", "Bearer sk-123"},
                                              {"x-goog-api-key", "AIza-secret"},
                                              {"Content-Type", "application/json"}});
        QVERIFY(!text.contains(QLatin1String("sk-123")));
        QVERIFY(!text.contains(QLatin1String("AIza-secret")));
        QVERIFY(text.contains(QLatin1String("Content-Type: application/json")));
    }
    void masksKeyLookingTokensInText()
    {
        const QString text =
            redactSecrets(QStringLiteral("key sk-abcdefghijkl1234 and AIzaSyA1234567890abcdefghij and "
                                         "Api-Key AQVNabcdefghijklmnopqrstu end"));
        QVERIFY(!text.contains(QLatin1String("sk-abcdefghijkl1234")));
        QVERIFY(!text.contains(QLatin1String("AIzaSyA1234567890abcdefghij")));
        QVERIFY(!text.contains(QLatin1String("AQVNabcdefghijklmnopqrstu")));
        QVERIFY(text.endsWith(QLatin1String("end")));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
