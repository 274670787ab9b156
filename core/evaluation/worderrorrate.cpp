#include "core/evaluation/worderrorrate.h"

#include <algorithm>
#include <vector>

namespace vd {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

// One cell of the edit-distance table: the total and how it splits into kinds of errors, so
// the counts come out of the same optimal alignment as the distance.
struct Cost
{
    int total = 0;
    int substitutions = 0;
    int deletions = 0;
    int insertions = 0;
};

Cost plus(Cost cost, int Cost::*kind)
{
    ++cost.total;
    ++(cost.*kind);
    return cost;
}

// Among equally short alignments, the one with fewer substitutions matches more words
// ("sat on the mat" / "sit on mat": one substitution and one deletion, not three substitutions).
bool better(const Cost& a, const Cost& b)
{
    return a.total != b.total ? a.total < b.total : a.substitutions < b.substitutions;
}

using Kind = AlignedWord::Kind;

// The word-level edit distance of `ref` and `hyp` in two rows of the table; with `moves`, also
// the move that reached each cell ((ref + 1) x (hyp + 1), row by row) so the alignment can be
// walked back. Both callers share this, so the listed alignment is the one the rate counts.
Cost align(const QStringList& ref, const QStringList& hyp, std::vector<Kind>* moves)
{
    const size_t columns = size_t(hyp.size()) + 1;
    if (moves)
        moves->assign((size_t(ref.size()) + 1) * columns, Kind::Match);
    const auto record = [&](qsizetype i, size_t col, Kind kind) {
        if (moves)
            (*moves)[size_t(i) * columns + col] = kind;
    };
    std::vector<Cost> previous(columns);
    std::vector<Cost> current(columns);
    for (size_t j = 1; j < columns; ++j) {
        previous[j] = plus(previous[j - 1], &Cost::insertions);
        record(0, j, Kind::Insertion);
    }
    for (qsizetype i = 1; i <= ref.size(); ++i) {
        current[0] = plus(previous[0], &Cost::deletions);
        record(i, 0, Kind::Deletion);
        for (qsizetype j = 1; j <= hyp.size(); ++j) {
            const size_t col = size_t(j);
            if (ref[i - 1] == hyp[j - 1]) {
                current[col] = previous[col - 1];
                record(i, col, Kind::Match);
                continue;
            }
            const std::pair<Cost, Kind> candidates[] = {
                {plus(previous[col - 1], &Cost::substitutions), Kind::Substitution},
                {plus(previous[col], &Cost::deletions), Kind::Deletion},
                {plus(current[col - 1], &Cost::insertions), Kind::Insertion}};
            const auto& best =
                *std::min_element(std::begin(candidates), std::end(candidates),
                                  [](const auto& a, const auto& b) { return better(a.first, b.first); });
            current[col] = best.first;
            record(i, col, best.second);
        }
        std::swap(previous, current);
    }
    return previous.back();
}

WordErrorRate rateOf(const Cost& best, const QStringList& ref, const QStringList& hyp)
{
    WordErrorRate result;
    result.substitutions = best.substitutions;
    result.deletions = best.deletions;
    result.insertions = best.insertions;
    result.referenceWords = int(ref.size());
    result.hypothesisWords = int(hyp.size());
    if (ref.isEmpty())
        result.rate = hyp.isEmpty() ? 0.0 : 1.0;
    else
        result.rate = double(best.total) / double(ref.size());
    return result;
}

} // namespace

QStringList normalizeWords(const QString& text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text.toCaseFolded()) {
        if (isApostrophe(c))
            continue;
        if (c == QChar(0x0451))            // ё
            cleaned.append(QChar(0x0435)); // е
        else if (c.isLetterOrNumber() || c.isMark())
            cleaned.append(c);
        else
            cleaned.append(QLatin1Char(' '));
    }
    return cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

std::optional<WordErrorRate> computeWordErrorRate(const QString& reference, const QString& hypothesis)
{
    const QStringList ref = normalizeWords(reference);
    const QStringList hyp = normalizeWords(hypothesis);
    if (qint64(ref.size()) * qint64(hyp.size()) > kMaxWordErrorRateCells)
        return std::nullopt;
    return rateOf(align(ref, hyp, nullptr), ref, hyp);
}

std::optional<WordAlignment> alignWords(const QString& reference, const QString& hypothesis)
{
    const QStringList ref = normalizeWords(reference);
    const QStringList hyp = normalizeWords(hypothesis);
    const qint64 pairs = qint64(ref.size()) * qint64(hyp.size());
    if (pairs > kMaxWordErrorRateCells)
        return std::nullopt;
    if (pairs > kMaxWordAlignmentCells)
        return WordAlignment{rateOf(align(ref, hyp, nullptr), ref, hyp), {}};
    std::vector<Kind> moves;
    const Cost best = align(ref, hyp, &moves);
    // Walk the moves back from the last cell; the steps come out last first.
    QList<AlignedWord> words;
    words.reserve(std::max(ref.size(), hyp.size()) + best.deletions);
    const size_t columns = size_t(hyp.size()) + 1;
    qsizetype i = ref.size();
    qsizetype j = hyp.size();
    while (i > 0 || j > 0) {
        const Kind kind = moves[size_t(i) * columns + size_t(j)];
        AlignedWord word{kind, {}, {}};
        if (kind != Kind::Insertion)
            word.reference = ref[--i];
        if (kind != Kind::Deletion)
            word.hypothesis = hyp[--j];
        words.append(word);
    }
    std::reverse(words.begin(), words.end());
    return WordAlignment{rateOf(best, ref, hyp), words};
}

} // namespace vd
