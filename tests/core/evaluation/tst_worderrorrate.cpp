#include "core/evaluation/worderrorrate.h"

#include <QTest>
#include <algorithm>
#include <cstdlib>

using namespace vd;

// Word error rate: word-level edit distance over reference words, after normalisation.
class TestWordErrorRate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEditsAgainstTheReference_data();
    void countsEditsAgainstTheReference();
    void normalizesCasePunctuationAndSpace_data();
    void normalizesCasePunctuationAndSpace();
    void boundsTheAlignment_data();
    void boundsTheAlignment();
    void listsTheAlignedWords_data();
    void listsTheAlignedWords();
    void alignmentAgreesWithTheRate_data() { countsEditsAgainstTheReference_data(); }
    void alignmentAgreesWithTheRate();
    void longTextsKeepTheRateButNotTheList();
};

void TestWordErrorRate::countsEditsAgainstTheReference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("hypothesis");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("substitutions");
    QTest::addColumn<int>("deletions");
    QTest::addColumn<int>("insertions");

    QTest::newRow("identical") << "turn on the lights"
                               << "turn on the lights" << 0.0 << 0 << 0 << 0;
    QTest::newRow("one substitution") << "turn on the lights"
                                      << "turn off the lights" << 0.25 << 1 << 0 << 0;
    QTest::newRow("one deletion") << "turn on the lights"
                                  << "turn the lights" << 0.25 << 0 << 1 << 0;
    QTest::newRow("one insertion") << "turn on the lights"
                                   << "please turn on the lights" << 0.25 << 0 << 0 << 1;
    QTest::newRow("textbook mix") << "the cat sat on the mat"
                                  << "the cat sit on mat today" << 0.5 << 1 << 1 << 1;
    QTest::newRow("everything deleted") << "set a timer"
                                        << "" << 1.0 << 0 << 3 << 0;
    QTest::newRow("insertions exceed 1.0") << "yes"
                                           << "yes yes yes" << 2.0 << 0 << 0 << 2;
    QTest::newRow("unrelated words") << "a b"
                                     << "c d" << 1.0 << 2 << 0 << 0;
    QTest::newRow("empty reference, empty hypothesis") << ""
                                                       << "" << 0.0 << 0 << 0 << 0;
    QTest::newRow("empty reference, words heard") << " ,. "
                                                  << "hello there" << 1.0 << 0 << 0 << 2;
    QTest::newRow("russian substitution") << "Включи свет на кухне"
                                          << "включи свет в кухне" << 0.25 << 1 << 0 << 0;
    QTest::newRow("russian case and punctuation") << "Привет, МИР!"
                                                  << "привет мир" << 0.0 << 0 << 0 << 0;
    QTest::newRow("russian yo folded") << "ещё один раз"
                                       << "еще один раз" << 0.0 << 0 << 0 << 0;
}

void TestWordErrorRate::countsEditsAgainstTheReference()
{
    QFETCH(QString, reference);
    QFETCH(QString, hypothesis);
    QFETCH(double, rate);
    QFETCH(int, substitutions);
    QFETCH(int, deletions);
    QFETCH(int, insertions);

    const WordErrorRate wer = computeWordErrorRate(reference, hypothesis).value();
    QCOMPARE(wer.rate, rate);
    QCOMPARE(wer.substitutions, substitutions);
    QCOMPARE(wer.deletions, deletions);
    QCOMPARE(wer.insertions, insertions);
    QCOMPARE(wer.referenceWords, int(normalizeWords(reference).size()));
    QCOMPARE(wer.hypothesisWords, int(normalizeWords(hypothesis).size()));
}

void TestWordErrorRate::normalizesCasePunctuationAndSpace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("case and punctuation")
        << "Turn ON the lights, please!" << QStringList{"turn", "on", "the", "lights", "please"};
    QTest::newRow("apostrophes join")
        << "Don’t stop, it's fine" << QStringList{"dont", "stop", "its", "fine"};
    QTest::newRow("hyphen separates") << "twenty-one" << QStringList{"twenty", "one"};
    QTest::newRow("whitespace collapses") << "  a\t\tb \n c  " << QStringList{"a", "b", "c"};
    QTest::newRow("numbers stay") << "set 10 minutes" << QStringList{"set", "10", "minutes"};
    QTest::newRow("cyrillic") << "«Ёлка» — ЗЕЛЁНАЯ." << QStringList{"елка", "зеленая"};
    QTest::newRow("only punctuation") << "?!..." << QStringList{};
}

void TestWordErrorRate::normalizesCasePunctuationAndSpace()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(normalizeWords(text), words);
}

namespace {
QString manyWords(int count, const char* prefix)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words << QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i % 100);
    return words.join(QLatin1Char(' '));
}
} // namespace

// A transcript of hundreds of thousands of words against a long reference would align for
// minutes: over kMaxWordErrorRateCells word pairs there is no rate (std::nullopt); below, the
// rate is exact.
void TestWordErrorRate::boundsTheAlignment_data()
{
    QTest::addColumn<int>("referenceWords");
    QTest::addColumn<int>("hypothesisWords");
    QTest::addColumn<bool>("computed");
    QTest::newRow("well under") << 2000 << 2000 << true;
    QTest::newRow("long reference, short transcript") << 200000 << 10 << true;
    QTest::newRow("just over") << 7072 << 7071 << false;
    QTest::newRow("40,000 words against 600,000") << 40000 << 600000 << false;
}

void TestWordErrorRate::boundsTheAlignment()
{
    QFETCH(int, referenceWords);
    QFETCH(int, hypothesisWords);
    QFETCH(bool, computed);
    const QString reference = manyWords(referenceWords, "w");
    const auto wer = computeWordErrorRate(reference, manyWords(hypothesisWords, "w"));
    QCOMPARE(wer.has_value(), computed);
    if (computed) {
        QCOMPARE(wer->referenceWords, referenceWords);
        QCOMPARE(wer->deletions, std::max(0, referenceWords - hypothesisWords));
        QCOMPARE(wer->errors(), std::abs(referenceWords - hypothesisWords));
    }
}

namespace {
using Kind = AlignedWord::Kind;
AlignedWord same(const char* word)
{
    return {Kind::Match, QString::fromUtf8(word), QString::fromUtf8(word)};
}
} // namespace

// The word-by-word alignment the Speech-to-text page marks in the transcript.
void TestWordErrorRate::listsTheAlignedWords_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("hypothesis");
    QTest::addColumn<QList<AlignedWord>>("words");

    QTest::newRow("identical") << "Turn on the lights."
                               << "turn on the lights"
                               << QList<AlignedWord>{same("turn"), same("on"), same("the"), same("lights")};
    QTest::newRow("textbook mix") << "the cat sat on the mat"
                                  << "the cat sit on mat today"
                                  << QList<AlignedWord>{same("the"),
                                                        same("cat"),
                                                        {Kind::Substitution, "sat", "sit"},
                                                        same("on"),
                                                        {Kind::Deletion, "the", {}},
                                                        same("mat"),
                                                        {Kind::Insertion, {}, "today"}};
    QTest::newRow("everything deleted")
        << "set a timer"
        << ""
        << QList<AlignedWord>{
               {Kind::Deletion, "set", {}}, {Kind::Deletion, "a", {}}, {Kind::Deletion, "timer", {}}};
    QTest::newRow("only insertions") << ""
                                     << "hello there"
                                     << QList<AlignedWord>{{Kind::Insertion, {}, "hello"},
                                                           {Kind::Insertion, {}, "there"}};
    QTest::newRow("leading deletion, trailing insertion")
        << "please turn off the lights"
        << "turn on the lights now" << QList<AlignedWord>{{Kind::Deletion, "please", {}},
                                                          same("turn"),
                                                          {Kind::Substitution, "off", "on"},
                                                          same("the"),
                                                          same("lights"),
                                                          {Kind::Insertion, {}, "now"}};
    QTest::newRow("both empty") << ""
                                << "" << QList<AlignedWord>{};
}

void TestWordErrorRate::listsTheAlignedWords()
{
    QFETCH(QString, reference);
    QFETCH(QString, hypothesis);
    QFETCH(QList<AlignedWord>, words);
    const WordAlignment alignment = alignWords(reference, hypothesis).value();
    QCOMPARE(alignment.words, words);
}

// The list is the alignment the rate counts: same kinds, same numbers, for every case above.
void TestWordErrorRate::alignmentAgreesWithTheRate()
{
    QFETCH(QString, reference);
    QFETCH(QString, hypothesis);
    QFETCH(double, rate);
    const WordAlignment alignment = alignWords(reference, hypothesis).value();
    const WordErrorRate counted = computeWordErrorRate(reference, hypothesis).value();
    QCOMPARE(alignment.wer.rate, rate);
    const auto count = [&](Kind kind) {
        return int(std::count_if(alignment.words.cbegin(), alignment.words.cend(),
                                 [kind](const AlignedWord& word) { return word.kind == kind; }));
    };
    QCOMPARE(count(Kind::Substitution), counted.substitutions);
    QCOMPARE(count(Kind::Deletion), counted.deletions);
    QCOMPARE(count(Kind::Insertion), counted.insertions);
    QCOMPARE(alignment.wer.errors(), counted.errors());
    QCOMPARE(count(Kind::Match) + count(Kind::Substitution) + count(Kind::Deletion), counted.referenceWords);
    QCOMPARE(count(Kind::Match) + count(Kind::Substitution) + count(Kind::Insertion),
             counted.hypothesisWords);
}

// Over kMaxWordAlignmentCells the list would cost a byte per word pair: the rate alone is given;
// over kMaxWordErrorRateCells nothing, as for computeWordErrorRate().
void TestWordErrorRate::longTextsKeepTheRateButNotTheList()
{
    const auto listed = alignWords(manyWords(1000, "w"), manyWords(1001, "w"));
    QVERIFY(listed.has_value());
    QCOMPARE(listed->words.size(), 1001);
    const auto unlisted = alignWords(manyWords(3000, "w"), manyWords(3001, "w"));
    QVERIFY(unlisted.has_value());
    QVERIFY(unlisted->words.isEmpty());
    QCOMPARE(unlisted->wer.insertions, 1);
    QCOMPARE(unlisted->wer.referenceWords, 3000);
    QVERIFY(!alignWords(manyWords(7072, "w"), manyWords(7071, "w")).has_value());
}

QTEST_GUILESS_MAIN(TestWordErrorRate)
#include "tst_worderrorrate.moc"
