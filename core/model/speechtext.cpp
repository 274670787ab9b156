#include "core/model/speechtext.h"

#include "core/model/translate.h"

#include <QCoreApplication>

namespace vd {

namespace {

// Nothing a voice could say: spaces, controls (NUL, ...) and format characters (zero-width
// space, joiners, BOM, direction marks, soft hyphen).
bool isSilent(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

} // namespace

QString speechTextProblem(const QString& text)
{
    bool audible = false;
    qsizetype character = 0; // 1-based, in Unicode characters
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++character;
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            audible = true; // a character beyond the BMP (an emoji, a CJK extension)
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return tr("The text has a lone UTF-16 surrogate (U+%1) at character %2, which is not valid "
                      "Unicode; fix the text's encoding or remove that character.")
                .arg(QString::number(c.unicode(), 16).toUpper())
                .arg(character);
        if (!isSilent(c))
            audible = true;
    }
    if (!audible)
        return tr("There is no text to speak: it is empty or has only spaces, control or zero-width "
                  "characters; give the words to speak.");
    return {};
}

} // namespace vd
