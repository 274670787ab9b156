#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/router.h"
#include "tests/reliability/mockruntime.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace vd::test;

namespace {

enum class Outcome
{
    Refused,  // bad_request before the network
    TooLarge, // too_large before the network
    Spoken,   // sent as plain text, answered
};

} // namespace

Q_DECLARE_METATYPE(Outcome)

namespace {

void addHostileTextRows()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Outcome>("outcome");
    const QString ssml = QStringLiteral(R"(<speak><audio src="https://example.com/x.wav"/>)"
                                        R"(<break time="600s"/>hi</speak>)");
    const QString json = QStringLiteral(R"(hi"}, "voice": {"name": "evil"}, "x": {"y": ")");
    const QString control = QStringLiteral("bell\a esc\x1b[31m red, nul") + QChar(0) +
                            QStringLiteral(" tab\t cr\r lf\n del\x7f end");
    const QString invalidUtf8 = QString::fromUtf8("caf\xc3 \xff\xfe ok \xed\xa0\x80 surrogate");
    const QString huge = QString(100000, QLatin1Char('a'));
    // 4000 characters, 12000 UTF-8 bytes: within OpenAI's and Yandex's character limits,
    // over Google's 5000-byte limit.
    const QString wide = QString::fromUtf8("日本語").repeated(1334).left(4000);
    for (const QString& provider : cloudProviderNames()) {
        if (isSttProvider(provider))
            continue;
        auto row = [&](const char* name) -> QTestData& {
            return QTest::addRow("%s %s", qPrintable(provider), name) << provider;
        };
        row("empty") << QString() << Outcome::Refused;
        row("whitespace") << QStringLiteral(" \t\n\r  \u00a0 ") << Outcome::Refused;
        row("100000 characters") << huge << Outcome::TooLarge;
        row("12000 UTF-8 bytes") << wide
                                 << (provider == QLatin1String("google_tts") ? Outcome::TooLarge
                                                                             : Outcome::Spoken);
        row("invalid UTF-8") << invalidUtf8 << Outcome::Spoken;
        row("control characters") << control << Outcome::Spoken;
        row("SSML injection") << ssml << Outcome::Spoken;
        row("JSON injection") << json << Outcome::Spoken;
    }
}

} // namespace

// Hostile text for the three TTS providers (issue #7): empty, whitespace, over every limit,
// invalid UTF-8, control characters, SSML and JSON injection. Empty and oversized text never
// reaches the network; anything else is sent as plain text in the vendor's text field (never as
// SSML, never breaking the JSON or form encoding: the strict mock finds no violation).
class TestHostileText : public QObject
{
    Q_OBJECT

private:
    MockProviderServer m_server;
    std::unique_ptr<MockRuntime> m_rig;
    int m_inputs = 0;

    // The text as the mock received it in the vendor's plain-text field, and whether any SSML
    // field was used instead.
    static QString sentText(const RecordedRequest& request, bool* asSsml)
    {
        switch (request.endpoint) {
        case Endpoint::GoogleSynthesize: {
            const QJsonObject input = request.json.value(QStringLiteral("input")).toObject();
            *asSsml = input.contains(QStringLiteral("ssml"));
            return input.value(QStringLiteral("text")).toString();
        }
        case Endpoint::YandexSynthesize:
            *asSsml = !request.formField(QStringLiteral("ssml")).isEmpty();
            return request.formField(QStringLiteral("text"));
        default:
            *asSsml = false;
            return request.json.value(QStringLiteral("input")).toString();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        MockRuntime::setEnvironmentKeys("test-key");
        QVERIFY(m_server.listen());
        m_rig = std::make_unique<MockRuntime>(m_server);
        QVERIFY(m_rig->build());
    }
    void init() { m_server.clearRecords(); }
    void cleanupTestCase()
    {
        m_rig.reset();
        qInfo("hostile text: %d inputs", m_inputs);
    }

    void hostileText_data() { addHostileTextRows(); }
    void hostileText()
    {
        QFETCH(QString, provider);
        QFETCH(QString, text);
        QFETCH(Outcome, outcome);
        ++m_inputs;
        std::unique_ptr<RoutedSynthesizeJob> job(m_rig->runtime()->router().synthesize(
            SynthesisRequest{text, {}, QStringLiteral("en-US"), 1.0, {}}, provider));
        job->setAutoDelete(false);
        QSignalSpy finished(job.get(), &ProviderJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        if (outcome != Outcome::Spoken) {
            QVERIFY(job->hasError());
            QCOMPARE(job->error().kind,
                     outcome == Outcome::Refused ? ErrorKind::BadRequest : ErrorKind::TooLarge);
            QVERIFY2(job->error().message.contains(QLatin1String("text"), Qt::CaseInsensitive),
                     qPrintable(job->error().message));
            QCOMPARE(m_server.requestCount(), 0);
            return;
        }
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
        QVERIFY(!job->audio().data.isEmpty());
        QCOMPARE(m_server.violations(), QStringList{});
        QCOMPARE(m_server.requests(mainEndpoint(provider)).size(), 1);
        bool asSsml = true;
        const QString sent = sentText(m_server.requests(mainEndpoint(provider)).constFirst(), &asSsml);
        QVERIFY2(!asSsml, "user text must never be sent as SSML");
        // Sent as valid UTF-8 text: what arrives is the text after UTF-8 round-tripping.
        QCOMPARE(sent, QString::fromUtf8(text.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
