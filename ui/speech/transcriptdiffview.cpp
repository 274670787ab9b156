#include "ui/speech/transcriptdiffview.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolTip>

namespace vd {

namespace {

// Mid-tones that stay readable on light and dark backgrounds.
const QColor kSubstitutionColor(0xc2, 0x6a, 0x00);
const QColor kDeletionColor(0xd0, 0x3b, 0x3b);
const QColor kInsertionColor(0x2a, 0x7a, 0xd0);

QString toolTipFor(const AlignedWord& word)
{
    switch (word.kind) {
    case AlignedWord::Kind::Match:
        return {};
    case AlignedWord::Kind::Substitution:
        return TranscriptDiffView::tr("Heard “%1”; the reference says “%2”")
            .arg(word.hypothesis, word.reference);
    case AlignedWord::Kind::Deletion:
        return TranscriptDiffView::tr("Missing: the reference says “%1” here").arg(word.reference);
    case AlignedWord::Kind::Insertion:
        return TranscriptDiffView::tr("Extra: “%1” is not in the reference").arg(word.hypothesis);
    }
    return {};
}

} // namespace

TranscriptDiffView::TranscriptDiffView(QWidget* parent) : QTextEdit(parent)
{
    setObjectName(QStringLiteral("transcriptDiff"));
    setReadOnly(true);
    setMouseTracking(true);
}

QTextCharFormat TranscriptDiffView::format(AlignedWord::Kind kind)
{
    QTextCharFormat format;
    switch (kind) {
    case AlignedWord::Kind::Match:
        break;
    case AlignedWord::Kind::Substitution:
        format.setForeground(kSubstitutionColor);
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(kSubstitutionColor);
        break;
    case AlignedWord::Kind::Deletion:
        format.setForeground(kDeletionColor);
        format.setFontStrikeOut(true);
        break;
    case AlignedWord::Kind::Insertion:
        format.setForeground(kInsertionColor);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        break;
    }
    return format;
}

QString TranscriptDiffView::legendHtml()
{
    // Rich text has no wavy underline: the legend says it in words.
    const auto sample = [](const QColor& color, const char* decoration, const QString& text) {
        return QStringLiteral("<span style=\"color:%1; text-decoration:%2\">%3</span>")
            .arg(color.name(), QLatin1String(decoration), text.toHtmlEscaped());
    };
    return tr("%1 · %2 · %3. Point at a word for what the reference says.")
        .arg(sample(kSubstitutionColor, "underline", tr("substituted (wavy underline)")),
             sample(kDeletionColor, "line-through", tr("missing from the transcript (struck out)")),
             sample(kInsertionColor, "underline", tr("extra, not in the reference (underlined)")));
}

void TranscriptDiffView::showAlignment(const QList<AlignedWord>& words)
{
    clear();
    QTextCursor cursor(document());
    bool first = true;
    for (const AlignedWord& word : words) {
        if (!first)
            cursor.insertText(QStringLiteral(" "), QTextCharFormat());
        first = false;
        QTextCharFormat format = this->format(word.kind);
        format.setToolTip(toolTipFor(word));
        cursor.insertText(word.kind == AlignedWord::Kind::Deletion ? word.reference : word.hypothesis,
                          format);
    }
}

QString TranscriptDiffView::toolTipAt(const QPoint& viewportPosition) const
{
    const QPointF inDocument =
        viewportPosition + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int at = document()->documentLayout()->hitTest(inDocument, Qt::ExactHit);
    if (at < 0)
        return {};
    const QTextBlock block = document()->findBlock(at);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().contains(at))
            return it.fragment().charFormat().toolTip();
    }
    return {};
}

bool TranscriptDiffView::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QTextEdit::event(event);
    // The viewport ignores the event (it has no tool tip of its own), so it arrives here.
    auto* help = static_cast<QHelpEvent*>(event);
    const QString tip = toolTipAt(viewport()->mapFrom(this, help->pos()));
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, this);
    return true;
}

} // namespace vd
