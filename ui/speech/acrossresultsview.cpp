#include "ui/speech/acrossresultsview.h"

#include "core/audio/audiodecoder.h"
#include "core/resilience/providerdirectory.h"
#include "ui/i18n/retranslator.h"
#include "ui/speech/acrossresultsmodel.h"
#include "ui/speech/speechfilewriter.h"
#include "ui/speech/speechplayback.h"

#include <QAction>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <memory>

namespace vd {

using State = AcrossResultsModel::State;
using Row = AcrossResultsModel::Row;

AcrossResultsView::AcrossResultsView(ProviderDirectory& providers, SpeechFileWriter& writer, QWidget* parent)
    : QWidget(parent), m_providers(providers), m_writer(writer), m_model(new AcrossResultsModel(this)),
      m_table(new QTableView(this)), m_replayButton(new QPushButton(this)),
      m_saveButton(new QPushButton(this)), m_replayAction(new QAction(this)), m_saveAction(new QAction(this))
{
    m_table->setObjectName(QStringLiteral("acrossResults"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for its buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_replayButton->setObjectName(QStringLiteral("acrossReplayButton"));
    m_replayButton->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_saveButton->setObjectName(QStringLiteral("acrossSaveButton"));
    m_saveButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_table->addActions({m_replayAction, m_saveAction});

    const auto replayCurrent = [this] { replay(currentRow()); };
    const auto saveCurrent = [this] { save(currentRow()); };
    connect(m_replayButton, &QPushButton::clicked, this, replayCurrent);
    connect(m_replayAction, &QAction::triggered, this, replayCurrent);
    connect(m_table, &QTableView::activated, this, replayCurrent); // Return or double click
    connect(m_saveButton, &QPushButton::clicked, this, saveCurrent);
    connect(m_saveAction, &QAction::triggered, this, saveCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AcrossResultsView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AcrossResultsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AcrossResultsView::updateButtons);

    Retranslator::keepModel(m_table, m_model);
    Retranslator::keep(this, [this] {
        m_table->setAccessibleName(tr("Results of playing across providers"));
        m_replayButton->setText(tr("&Replay"));
        m_replayButton->setToolTip(
            tr("Play the selected provider's speech again, without synthesizing it again"));
        m_saveButton->setText(tr("Save &WAV…"));
        m_saveButton->setToolTip(tr("Save the selected provider's speech as a WAV file"));
        m_replayAction->setText(tr("Replay"));
        m_saveAction->setText(tr("Save WAV…"));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_replayButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void AcrossResultsView::start(const QStringList& providers)
{
    ++m_run;
    m_model->start(providers);
    m_table->resizeColumnsToContents();
}

void AcrossResultsView::setSynthesizing(const QString& provider)
{
    m_model->update(provider, [](Row& row) { row.state = State::Synthesizing; });
}

void AcrossResultsView::setOutcome(const QString& provider, const SynthesisOutcome& outcome)
{
    const QString voice = voiceAskedFor(provider, outcome.request.voice);
    m_model->update(provider, [&outcome, &voice](Row& row) {
        row.latencyMs = outcome.latencyMs;
        row.voice = voice;
        if (outcome.ok) {
            row.state = State::Playing;
            row.audio = outcome.audio;
        } else {
            row.state = State::Failed;
            row.error = outcome.error->shownText();
        }
    });
    if (outcome.ok)
        decode(provider, outcome.audio);
    m_table->resizeColumnsToContents();
}

void AcrossResultsView::setPlayed(const QString& provider, const QString& failure)
{
    m_model->update(provider, [&failure](Row& row) {
        if (row.state == State::Failed)
            return; // the synthesis failed: its error is already there
        row.state = failure.isEmpty() ? State::Played : State::Failed;
        row.error = failure;
    });
}

void AcrossResultsView::stop()
{
    m_model->stopAll();
}

int AcrossResultsView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AcrossResultsView::replay(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->rows().at(row).clip.isEmpty())
        return;
    emit replayRequested(m_model->rows().at(row).clip, m_model->rows().at(row).provider);
}

void AcrossResultsView::save(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->rows().at(row).audio.data.isEmpty())
        return;
    const Row& chosen = m_model->rows().at(row);
    const QString provider = chosen.provider;
    const EncodedAudio audio = chosen.audio; // the rows may change while the dialog is open
    const QString path =
        m_writer.askPath(tr("Save the speech of %1").arg(provider), provider + QStringLiteral(".wav"),
                         tr("WAV (*.wav)"), {QStringLiteral("wav")}, QStringLiteral("wav"));
    if (!path.isEmpty())
        m_writer.write(audio, path);
}

QString AcrossResultsView::voiceAskedFor(const QString& provider, const QString& requested) const
{
    if (!requested.isEmpty())
        return requested;
    // The provider's own voice: its setting, else the schema's default (empty for providers
    // that choose one by language).
    const std::optional<RouteCandidate> candidate = m_providers.candidate(provider);
    if (!candidate)
        return {};
    return candidate->info.settingsSchema.withDefaults(candidate->settings)
        .value(QLatin1String("voice"))
        .toString();
}

void AcrossResultsView::decode(const QString& provider, const EncodedAudio& audio)
{
    using Decoded = std::shared_ptr<Result<AudioClip>>;
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, provider, run = m_run] {
        watcher->deleteLater();
        if (run != m_run)
            return;
        const Decoded clip = watcher->result();
        m_model->update(provider, [&clip](Row& row) {
            if (clip->hasValue()) {
                row.clip = clip->value();
                row.durationSeconds = row.clip.durationSeconds();
            } else {
                row.error = clip->error().message;
            }
        });
    });
    watcher->setFuture(QtConcurrent::run(
        [audio, provider] { return std::make_shared<Result<AudioClip>>(decodeAudio(audio, provider)); }));
}

void AcrossResultsView::updateButtons()
{
    const int row = currentRow();
    const Row* current = row >= 0 && row < m_model->rowCount() ? &m_model->rows().at(row) : nullptr;
    m_replayButton->setEnabled(current && !current->clip.isEmpty());
    m_saveButton->setEnabled(current && !current->audio.data.isEmpty());
    m_replayAction->setEnabled(m_replayButton->isEnabled());
    m_saveAction->setEnabled(m_saveButton->isEnabled());
}

} // namespace vd
