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
    // Two rows of the (ref + 1) x (hyp + 1) table suffice.
    std::vector<Cost> previous(size_t(hyp.size()) + 1);
    std::vector<Cost> current(previous.size());
    for (size_t j = 1; j < previous.size(); ++j)
        previous[j] = plus(previous[j - 1], &Cost::insertions);
    for (qsizetype i = 1; i <= ref.size(); ++i) {
        current[0] = plus(previous[0], &Cost::deletions);
        for (qsizetype j = 1; j <= hyp.size(); ++j) {
            const size_t col = size_t(j);
            if (ref[i - 1] == hyp[j - 1]) {
                current[col] = previous[col - 1];
                continue;
            }
            const Cost candidates[] = {plus(previous[col - 1], &Cost::substitutions),
                                       plus(previous[col], &Cost::deletions),
                                       plus(current[col - 1], &Cost::insertions)};
            current[col] = *std::min_element(std::begin(candidates), std::end(candidates), better);
        }
        std::swap(previous, current);
    }
    const Cost& best = previous.back();
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

} // namespace vd
