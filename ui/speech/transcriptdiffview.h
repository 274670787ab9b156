#pragma once

#include "core/evaluation/worderrorrate.h"

#include <QTextEdit>

namespace vd {

// The transcript aligned with the reference, word by word: substitutions, missing (deleted) and
// extra (inserted) words each in a colour and a style of their own, so that they read without
// colour too: a wavy underline for a substitution (its tool tip names the expected word), a
// strike-through for a word of the reference that was not heard, a plain underline for a word
// heard but not in the reference.
class TranscriptDiffView : public QTextEdit
{
    Q_OBJECT
public:
    explicit TranscriptDiffView(QWidget* parent = nullptr);

    void showAlignment(const QList<AlignedWord>& words);
    // How each kind of word is drawn (the legend uses the same).
    static QTextCharFormat format(AlignedWord::Kind kind);
    // The legend as rich text: each kind in its own format, named.
    static QString legendHtml();
    // The tool tip of the word at this point of the viewport; empty between words.
    QString toolTipAt(const QPoint& viewportPosition) const;

protected:
    // QTextEdit does not show the tool tips of character formats itself.
    bool event(QEvent* event) override;
};

} // namespace vd
