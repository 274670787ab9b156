#include "ui/speech/comparisonview.h"

#include "core/resilience/providerdirectory.h"
#include "ui/i18n/retranslator.h"
#include "ui/speech/comparisonmodel.h"
#include "ui/speech/textexport.h"
#include "ui/speech/transcriptionrunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vd {

ComparisonView::ComparisonView(ProviderDirectory& providers, TranscriptionRunner& runner, QWidget* parent)
    : QWidget(parent), m_providers(providers), m_runner(runner), m_model(new ComparisonModel(this)),
      m_table(new QTableView(this)),
      m_exportButton(new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this))
{
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::TextColumn, QHeaderView::Stretch);
    m_exportButton->setObjectName(QStringLiteral("exportComparisonButton"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &ComparisonView::exportAs);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    Retranslator::keep(this, [this] {
        m_table->setAccessibleName(tr("Comparison of providers"));
        m_exportButton->setText(tr("Export compariso&n…"));
        m_exportButton->setToolTip(tr("Save the comparison as text (.txt) or JSON (.json)"));
    });
    Retranslator::keepModel(m_table, m_model);
}

bool ComparisonView::start(const AudioClip& clip, const QString& language, const QString& source,
                           const QString& reference)
{
    QList<ComparisonModel::Row> rows;
    QStringList toRun;
    for (const RouteCandidate& candidate : m_providers.candidates(ProviderCategory::Stt)) {
        if (!candidate.info.enabled)
            continue;
        ComparisonModel::Row row;
        row.provider = candidate.info.name;
        if (!candidate.configured) {
            row.state = ComparisonModel::State::Skipped;
            row.skipReason = QStringLiteral("not_configured");
            row.outcome.error = candidate.unavailable;
        } else {
            toRun.append(row.provider);
        }
        rows.append(row);
    }
    m_model->setRows(rows);
    m_exportButton->setEnabled(false);
    if (toRun.isEmpty()) {
        emit message(MessageBanner::Level::Warning,
                     tr("No enabled, configured speech-to-text provider to compare. Enable or configure one "
                        "on the Providers page."));
        return false;
    }
    m_running = true;
    m_reference = reference;
    m_source = source;
    for (const QString& name : std::as_const(toRun)) {
        m_runner.transcribe(clip, language, source, name, ActivityEntry::Operation::Compare,
                            [this, name](const TranscriptionOutcome& outcome) { finishRow(name, outcome); });
    }
    return true;
}

void ComparisonView::clear()
{
    m_model->setRows({});
    m_exportButton->setEnabled(false);
    if (m_running) { // the rows still running are gone: their answers are dropped in finishRow()
        m_running = false;
        emit finished();
    }
}

void ComparisonView::finishRow(const QString& provider, const TranscriptionOutcome& outcome, bool scored)
{
    const int index = m_model->rowOf(provider);
    if (index < 0)
        return;
    ComparisonModel::Row row = m_model->row(index);
    row.state = ComparisonModel::State::Done;
    row.outcome = outcome;
    row.outcome.source = m_source;
    // Scored once: the rate stays empty for texts over the alignment bound.
    row.werPending = !scored && outcome.ok && !m_reference.isEmpty() && !outcome.wer;
    m_model->updateRow(index, row);
    if (row.werPending) {
        m_runner.computeWer(m_reference, outcome.text,
                            [this, provider, outcome](const std::optional<WordAlignment>& score) {
                                TranscriptionOutcome withWer = outcome;
                                withWer.setScore(score);
                                finishRow(provider, withWer, true);
                            });
        return;
    }
    if (m_running && !m_model->isRunning()) {
        m_running = false;
        m_exportButton->setEnabled(true);
        emit finished();
    }
}

Status ComparisonView::exportTo(const QString& path) const
{
    return saveTextFile(path, exportDocument(path, m_model->toJson(), m_model->toText()));
}

void ComparisonView::exportAs()
{
    const QString path = askExportPath(this, tr("Export comparison"), QStringLiteral("comparison"));
    if (path.isEmpty())
        return;
    if (const Status written = exportTo(path); !written)
        emit message(MessageBanner::Level::Error, written.error().message);
    else
        emit message(MessageBanner::Level::Information, tr("Exported to %1.").arg(path));
}

} // namespace vd
