#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vd {

// Word error rate of a transcript against a reference: the word-level Levenshtein distance
// (substitutions + deletions + insertions) divided by the number of reference words, after both
// texts are normalised the same way (see normalizeWords()).
//
// An empty reference has no words to divide by: its rate is defined as 0 when the hypothesis is
// empty too, and 1.0 when it is not (everything heard was inserted).
struct WordErrorRate
{
    double rate = 0.0; // may exceed 1.0 when the hypothesis has many insertions
    int substitutions = 0;
    int deletions = 0;
    int insertions = 0;
    int referenceWords = 0;
    int hypothesisWords = 0;

    int errors() const { return substitutions + deletions + insertions; }
};

// Splits `text` into comparable words: Unicode case folding, apostrophes removed ("don't" →
// "dont"), all other punctuation and symbols treated as spaces, "ё" folded to "е" (Russian
// texts use both), whitespace collapsed.
QStringList normalizeWords(const QString& text);

// The largest alignment computeWordErrorRate() takes on: reference words × hypothesis words
// (about five seconds of CPU in a debug build, a fraction of that optimised; two rows of memory).
// A 40,000-word reference against a 600,000-word transcript would take minutes.
inline constexpr qint64 kMaxWordErrorRateCells = 50'000'000;

// The rate; std::nullopt when the texts are too long to align (over kMaxWordErrorRateCells word
// pairs): callers say so instead of showing a rate.
std::optional<WordErrorRate> computeWordErrorRate(const QString& reference, const QString& hypothesis);

// One step of the alignment behind a word error rate, in transcript order. Words are normalised
// (normalizeWords()).
struct AlignedWord
{
    enum class Kind
    {
        Match,
        Substitution, // `hypothesis` was heard where `reference` was said
        Deletion,     // `reference` was said but not heard (hypothesis empty)
        Insertion     // `hypothesis` was heard but not said (reference empty)
    };
    Kind kind = Kind::Match;
    QString reference;
    QString hypothesis;

    friend bool operator==(const AlignedWord&, const AlignedWord&) = default;
};

// The word error rate and the alignment it comes from (the counts of `wer` are the kinds in
// `words`).
struct WordAlignment
{
    WordErrorRate wer;
    // Empty when the texts are over kMaxWordAlignmentCells word pairs: the rate is still computed
    // (up to kMaxWordErrorRateCells), but the word-by-word list would take too much memory.
    QList<AlignedWord> words;
};

// Listing the alignment keeps a byte per word pair: 4 MB at most (e.g. 2,000 × 2,000 words).
inline constexpr qint64 kMaxWordAlignmentCells = 4'000'000;

// The rate and, for texts up to kMaxWordAlignmentCells word pairs, the aligned words;
// std::nullopt like computeWordErrorRate() when the texts are too long to align at all.
std::optional<WordAlignment> alignWords(const QString& reference, const QString& hypothesis);

} // namespace vd
