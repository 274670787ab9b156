#include "core/network/formdata.h"
#include "tests/support/mockserver/multipartparser.h"

#include <QTest>

using namespace vd;

namespace {

QByteArray boundaryOf(const FormData& form)
{
    return test::MultipartParser::headerParameter(form.contentType, "boundary");
}

} // namespace

// multipart/form-data bodies as the cloud providers send them (RFC 7578), read back by the strict
// parser the fake vendor servers use.
class TestFormData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheDocumentedFraming();
    void partsReadBackExactly();
    void everyFormHasItsOwnRandomBoundary();
    void quotesAndLineBreaksInNamesCannotBreakTheHeader();
    void emptyFormIsOnlyTheClosingDelimiter();
};

void TestFormData::writesTheDocumentedFraming()
{
    const FormData form = encodeFormData(
        {{"file", QStringLiteral("audio.wav"), "audio/wav", "RIFF"}, {"model", {}, {}, "whisper-1"}}, "XyZ");
    QCOMPARE(form.contentType, QByteArray("multipart/form-data; boundary=XyZ"));
    QCOMPARE(form.body, QByteArray("--XyZ\r\n"
                                   "Content-Disposition: form-data; name=\"file\"; filename=\"audio.wav\"\r\n"
                                   "Content-Type: audio/wav\r\n"
                                   "\r\n"
                                   "RIFF\r\n"
                                   "--XyZ\r\n"
                                   "Content-Disposition: form-data; name=\"model\"\r\n"
                                   "\r\n"
                                   "whisper-1\r\n"
                                   "--XyZ--\r\n"));
}

void TestFormData::partsReadBackExactly()
{
    // Binary data with the bytes a naive parser trips on: CRLF, dashes, NUL, a lone boundary prefix.
    QByteArray binary("\r\n--\r\n\0--Voice\xff\xfe", 17);
    binary += QByteArray(40000, 'a');
    const QList<FormPart> parts{{"file", QStringLiteral("запись.wav"), "audio/wav", binary},
                                {"language", {}, {}, "ru"},
                                {"prompt", {}, {}, QStringLiteral("Съешь ещё").toUtf8()},
                                {"empty", {}, {}, {}}};
    const FormData form = encodeFormData(parts);
    const auto read = test::MultipartParser::parse(form.contentType, form.body);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read->size(), parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QCOMPARE(read->at(i).name.toUtf8(), parts.at(i).name);
        QCOMPARE(read->at(i).filename, parts.at(i).fileName);
        QCOMPARE(read->at(i).hasFilename, !parts.at(i).fileName.isEmpty());
        QCOMPARE(read->at(i).contentType, parts.at(i).contentType);
        QCOMPARE(read->at(i).data, parts.at(i).data);
    }
}

void TestFormData::everyFormHasItsOwnRandomBoundary()
{
    const QList<FormPart> parts{{"model", {}, {}, "whisper-1"}};
    const QByteArray first = boundaryOf(encodeFormData(parts));
    const QByteArray second = boundaryOf(encodeFormData(parts));
    QVERIFY(first != second);
    // 128 random bits in hex after a fixed prefix; RFC 2046 allows at most 70 characters.
    QVERIFY(first.size() >= 32 && first.size() <= 70);
    QCOMPARE(first.size(), second.size());
}

void TestFormData::quotesAndLineBreaksInNamesCannotBreakTheHeader()
{
    const FormData form = encodeFormData(
        {{"a\"b\r\nc", QStringLiteral("x\".wav\r\nContent-Type: text/html"), "audio/wav", "1"}});
    const auto read = test::MultipartParser::parse(form.contentType, form.body);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().name, QStringLiteral("a%22b%0D%0Ac"));
    QCOMPARE(read->first().filename, QStringLiteral("x%22.wav%0D%0AContent-Type: text/html"));
    QCOMPARE(read->first().contentType, QByteArray("audio/wav"));
    QCOMPARE(read->first().data, QByteArray("1"));
}

void TestFormData::emptyFormIsOnlyTheClosingDelimiter()
{
    QCOMPARE(encodeFormData({}, "XyZ").body, QByteArray("--XyZ--\r\n"));
}

QTEST_GUILESS_MAIN(TestFormData)
#include "tst_formdata.moc"
