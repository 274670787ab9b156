#include "ui/speech/transcriptview.h"

#include "ui/i18n/retranslator.h"
#include "ui/speech/textexport.h"
#include "ui/speech/transcriptdiffview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace vd {

TranscriptView::TranscriptView(QWidget* parent)
    : QWidget(parent), m_text(new QPlainTextEdit(this)), m_diffBox(new QWidget(this)),
      m_legend(new QLabel(m_diffBox)), m_diff(new TranscriptDiffView(m_diffBox)), m_info(new QLabel(this)),
      m_trace(new QPlainTextEdit(this)),
      m_copyButton(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), this)),
      m_exportButton(new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this))
{
    m_text->setObjectName(QStringLiteral("resultText"));
    m_text->setReadOnly(true);
    m_legend->setObjectName(QStringLiteral("diffLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    auto* diffLayout = new QVBoxLayout(m_diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_legend);
    diffLayout->addWidget(m_diff, 1);
    m_diffBox->hide();
    m_info->setObjectName(QStringLiteral("resultInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trace->setObjectName(QStringLiteral("routingTrace"));
    m_trace->setReadOnly(true);
    m_trace->setMaximumBlockCount(200);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this, &TranscriptView::copy);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &TranscriptView::exportAs);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_diffBox);
    splitter->addWidget(m_trace);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_info, 1);
    row->addWidget(m_copyButton);
    row->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(row);
    Retranslator::keep(this, [this] {
        m_text->setAccessibleName(tr("Transcript"));
        m_text->setPlaceholderText(tr("The transcript appears here."));
        m_diff->setAccessibleName(tr("Transcript against the reference"));
        m_legend->setText(TranscriptDiffView::legendHtml());
        m_trace->setAccessibleName(tr("Routing trace"));
        m_trace->setToolTip(tr("Every provider the request considered, in order, and what happened"));
        m_trace->setPlaceholderText(tr("The routing trace appears here."));
        m_copyButton->setText(tr("Cop&y"));
        m_copyButton->setToolTip(tr("Copy the transcript to the clipboard"));
        m_exportButton->setText(tr("E&xport…"));
        m_exportButton->setToolTip(tr("Save the result as text (.txt) or JSON (.json)"));
        showInfo();
    });
}

void TranscriptView::showOutcome(const TranscriptionOutcome& outcome)
{
    m_outcome = outcome;
    m_text->setPlainText(outcome.ok ? outcome.text : QString());
    m_diff->showAlignment(outcome.alignment);
    m_diffBox->setVisible(!outcome.alignment.isEmpty());
    showInfo();
    m_trace->setPlainText(outcome.trace.toText().join(QLatin1Char('\n')));
    m_copyButton->setEnabled(true);
    m_exportButton->setEnabled(true);
}

void TranscriptView::showInfo()
{
    if (!m_outcome)
        return;
    const TranscriptionOutcome& outcome = *m_outcome;
    // Silence gives an empty transcript: say so rather than "the transcript appears here".
    m_text->setPlaceholderText(outcome.ok && outcome.text.trimmed().isEmpty()
                                   ? tr("Nothing was recognised in this take.")
                                   : tr("The transcript appears here."));
    const bool cancelled = outcome.error && outcome.error->kind == ErrorKind::Cancelled;
    QString info = outcome.ok
                       ? tr("Provider: %1 · %2 ms").arg(outcome.provider).arg(outcome.latencyMs, 0, 'f', 0)
                   : cancelled ? tr("Cancelled after %1 ms").arg(outcome.latencyMs, 0, 'f', 0)
                               : tr("Failed after %1 ms").arg(outcome.latencyMs, 0, 'f', 0);
    if (outcome.wer)
        info += tr(" · WER %1").arg(TranscriptionOutcome::werText(*outcome.wer));
    m_info->setText(info);
}

void TranscriptView::clear()
{
    m_outcome.reset();
    m_text->clear();
    m_diff->clear();
    m_diffBox->hide();
    m_text->setPlaceholderText(tr("The transcript appears here."));
    m_info->clear();
    m_trace->clear();
    m_copyButton->setEnabled(false);
    m_exportButton->setEnabled(false);
}

void TranscriptView::copy() const
{
    if (m_outcome)
        QGuiApplication::clipboard()->setText(m_outcome->ok ? m_outcome->text : m_outcome->toText());
}

Status TranscriptView::exportTo(const QString& path) const
{
    if (!m_outcome)
        return ProviderError::make(ErrorKind::BadRequest,
                                   tr("There is no result to export yet; transcribe first."));
    return saveTextFile(path, exportDocument(path, m_outcome->toJson(), m_outcome->toText()));
}

void TranscriptView::exportAs()
{
    const QString path = askExportPath(this, tr("Export transcript"), QStringLiteral("transcript"));
    if (path.isEmpty())
        return;
    if (const Status written = exportTo(path); !written)
        emit message(MessageBanner::Level::Error, written.error().message);
    else
        emit message(MessageBanner::Level::Information, tr("Exported to %1.").arg(path));
}

} // namespace vd
