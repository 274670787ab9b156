#include "ui/activity/activitypage.h"

#include "core/model/errorkind.h"
#include "ui/activity/activityexport.h"
#include "ui/activity/activitylog.h"
#include "ui/activity/activitytablemodel.h"
#include "ui/i18n/retranslator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vd {

namespace {

struct ExportOutcome
{
    bool ok = false;
    QString error;
};

// Runs on a worker thread over an implicitly shared copy of the log.
ExportOutcome writeEntries(const QString& path, const QList<ActivityEntry>& entries)
{
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, file.errorString()};
    const QByteArray bytes = json ? activityToJson(entries) : activityToCsv(entries);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return {false, file.errorString()};
    return {true, {}};
}

} // namespace

ActivityPage::ActivityPage(ActivityLog& activity, QWidget* parent) : QWidget(parent), m_activity(activity)
{
    setObjectName(QStringLiteral("activityPage"));
    m_model = new ActivityTableModel(m_activity, this);
    m_filter = new ActivityFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_filterLabel = new QLabel(this);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filterEdit);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ActivityFilterModel::setText);
    m_outcomeLabel = new QLabel(this);
    m_outcomeCombo = new QComboBox(this);
    m_outcomeCombo->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcomeLabel->setBuddy(m_outcomeCombo);
    for (int i = 0; i < 3; ++i)
        m_outcomeCombo->addItem(QString(), i);
    connect(m_outcomeCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setOutcomes(ActivityFilterModel::Outcomes(index)); });
    m_probesCheck = new QCheckBox(this);
    m_probesCheck->setObjectName(QStringLiteral("probesCheck"));
    m_probesCheck->setChecked(m_filter->probesShown());
    connect(m_probesCheck, &QCheckBox::toggled, m_filter, &ActivityFilterModel::setProbesShown);
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    connect(m_clearButton, &QPushButton::clicked, this, &ActivityPage::clear);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ActivityPage::chooseExportFile);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filterLabel);
    toolbar->addWidget(m_filterEdit, 1);
    toolbar->addWidget(m_outcomeLabel);
    toolbar->addWidget(m_outcomeCombo);
    toolbar->addWidget(m_probesCheck);
    toolbar->addWidget(m_clearButton);
    toolbar->addWidget(m_exportButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_filter);
    Retranslator::keepModel(m_table, m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The Provider column takes the width left; the others fit what they can show (sizeColumns).
    m_table->horizontalHeader()->setSectionResizeMode(ActivityTableModel::ProviderColumn,
                                                      QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityTableModel::TimeColumn, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityPage::showDetails);
    // Follow new requests while the user is looking at the newest ones.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar* bar = m_table->verticalScrollBar();
        m_follow = bar->value() == bar->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
        updateSummary();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ActivityPage::updateSummary);
    // Earlier sessions' requests arrive as a reset (ActivityLog::restore): show the newest.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_table->scrollToBottom();
        updateSummary();
        showDetails();
    });

    m_detailsLabel = new QLabel(this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detailsLabel->setBuddy(m_details);
    auto* detailsBox = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailsLabel);
    detailsLayout->addWidget(m_details);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detailsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    setTabOrder(m_filterEdit, m_outcomeCombo);
    setTabOrder(m_outcomeCombo, m_probesCheck);
    setTabOrder(m_probesCheck, m_clearButton);
    setTabOrder(m_clearButton, m_exportButton);
    setTabOrder(m_exportButton, m_table);
    setTabOrder(m_table, m_details);

    Retranslator::keep(this, [this] { retranslate(); });
    showDetails();
}

ActivityPage::~ActivityPage() = default;

void ActivityPage::setFilterText(const QString& text)
{
    m_filterEdit->setText(text); // through textChanged, so the field shows what filters
}

void ActivityPage::setOutcomeFilter(ActivityFilterModel::Outcomes outcomes)
{
    m_outcomeCombo->setCurrentIndex(int(outcomes));
}

void ActivityPage::setProbesShown(bool shown)
{
    m_probesCheck->setChecked(shown); // through toggled, so the box shows what filters
}

QByteArray ActivityPage::savePageState() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("probes"), m_filter->probesShown()}})
        .toJson(QJsonDocument::Compact);
}

bool ActivityPage::restorePageState(const QByteArray& state)
{
    const QJsonValue probes = QJsonDocument::fromJson(state).object().value(QStringLiteral("probes"));
    if (!probes.isBool())
        return false;
    setProbesShown(probes.toBool());
    return true;
}

const ActivityEntry* ActivityPage::entryAt(int viewRow) const
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(viewRow, 0));
    return source.isValid() ? m_model->entry(source.row()) : nullptr;
}

void ActivityPage::selectRow(int viewRow)
{
    m_table->selectRow(viewRow);
    m_table->setCurrentIndex(m_filter->index(viewRow, 0));
}

QString ActivityPage::detailsText() const
{
    return m_details->toPlainText();
}

QString ActivityPage::describe(const ActivityEntry& entry)
{
    QStringList lines;
    lines << tr("%1 with %2: %3")
                 .arg(ActivityTableModel::operationText(entry.operation),
                      entry.provider.isEmpty() ? tr("no provider") : entry.provider,
                      ActivityTableModel::outcomeText(entry));
    lines << tr("Started: %1")
                 .arg(
                     QLocale().toString(entry.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    lines << tr("Latency: %1 ms · size: %2")
                 .arg(qRound64(entry.latencyMs))
                 .arg(ActivityTableModel::sizeText(entry.bytes));
    if (entry.error)
        lines << tr("Error: %1").arg(entry.error->shownText());
    if (entry.trace.isEmpty()) {
        lines << tr("Direct request: no routing trace.");
    } else {
        lines << tr("Routing trace:");
        for (const QString& step : entry.trace.toText())
            lines << QStringLiteral("  ") + step;
    }
    return lines.join(QLatin1Char('\n'));
}

void ActivityPage::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const ActivityEntry* entry = current.isValid() ? entryAt(current.row()) : nullptr;
    m_details->setPlainText(entry ? describe(*entry) : tr("Select a request to see its routing trace."));
}

void ActivityPage::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text = shown == total ? tr("%n request(s)", nullptr, total)
                                  : tr("%1 of %n request(s) shown", nullptr, total).arg(shown);
    if (!m_exportMessage.isEmpty())
        text += QStringLiteral(" · ") + m_exportMessage;
    m_summary->setText(text);
}

void ActivityPage::clear()
{
    m_activity.clear();
}

void ActivityPage::exportTo(const QString& path)
{
    auto* watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const ExportOutcome outcome = watcher->result();
        m_exportMessage = outcome.ok ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                                     : tr("Could not export to %1: %2. Choose another folder.")
                                           .arg(QDir::toNativeSeparators(path), outcome.error);
        updateSummary();
        Q_EMIT exported(path, outcome.ok, outcome.error);
    });
    // What the table shows, in its order: the filter and the sort apply to the export too.
    QList<ActivityEntry> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (const ActivityEntry* entry = entryAt(row))
            shown.append(*entry);
    }
    watcher->setFuture(QtConcurrent::run(writeEntries, path, shown));
}

void ActivityPage::chooseExportFile()
{
    QString filter = tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export activity"), QDir::home().filePath(QStringLiteral("voicedeck-activity.csv")),
        filter + QStringLiteral(";;") + tr("JSON files (*.json)"), &filter);
    if (!path.isEmpty())
        exportTo(path);
}

void ActivityPage::retranslate()
{
    m_filterLabel->setText(tr("&Filter:"));
    m_filterEdit->setPlaceholderText(tr("Provider, operation or outcome"));
    m_filterEdit->setToolTip(
        tr("Show only requests whose provider, operation or outcome contains this text"));
    m_filterEdit->setAccessibleName(tr("Filter requests"));
    m_outcomeLabel->setText(tr("&Show:"));
    m_outcomeCombo->setItemText(0, tr("All requests"));
    m_outcomeCombo->setItemText(1, tr("Succeeded"));
    m_outcomeCombo->setItemText(2, tr("Failed"));
    m_outcomeCombo->setAccessibleName(tr("Outcome filter"));
    m_outcomeCombo->setToolTip(tr("Show all requests, only successes or only failures"));
    m_probesCheck->setText(tr("Include &probes"));
    m_probesCheck->setToolTip(tr("List health probes too (the automatic ones run at every probe interval)"));
    m_clearButton->setText(tr("C&lear"));
    m_clearButton->setToolTip(tr("Empty this list; the history database keeps every request"));
    m_clearButton->setAccessibleName(tr("Clear activity"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(
        tr("Save the requests shown (filtered and sorted as listed) as CSV or JSON, with routing traces"));
    m_exportButton->setAccessibleName(tr("Export activity"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setToolTip(tr("Select a request to see its routing trace; click a column header to sort"));
    m_detailsLabel->setText(tr("&Details:"));
    m_details->setAccessibleName(tr("Request details and routing trace"));
    m_summary->setAccessibleName(tr("Request count"));
    sizeColumns();
    updateSummary();
    showDetails();
}

// Widths from the longest text each column can hold, not from the rows (measuring rows would
// cost a pass over thousands of them on every new request): names are never cut, and the
// mostly empty Size column no longer takes what is left.
void ActivityPage::sizeColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding =
        2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    QStringList operations;
    for (auto operation : {ActivityEntry::Operation::Transcribe, ActivityEntry::Operation::Synthesize,
                           ActivityEntry::Operation::Compare, ActivityEntry::Operation::Probe,
                           ActivityEntry::Operation::Voices})
        operations << ActivityTableModel::operationText(operation);
    QStringList outcomes;
    ActivityEntry failed;
    for (const ErrorKind kind : allErrorKinds()) {
        failed.error = ProviderError::make(kind, QString());
        outcomes << ActivityTableModel::outcomeText(failed);
    }
    const QHash<int, QStringList> samples{
        {ActivityTableModel::TimeColumn,
         {QLocale().toString(QTime(23, 59, 59, 999), QStringLiteral("HH:mm:ss.zzz"))}},
        {ActivityTableModel::OperationColumn, operations},
        {ActivityTableModel::OutcomeColumn, outcomes},
        {ActivityTableModel::LatencyColumn, {ActivityTableModel::latencyText(888888)}},
        {ActivityTableModel::SizeColumn, {ActivityTableModel::sizeText(qint64(888.8 * 1024 * 1024))}},
    };
    QHeaderView* header = m_table->horizontalHeader();
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        int width = header->sectionSizeHint(it.key());
        for (const QString& text : it.value())
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        header->resizeSection(it.key(), width);
    }
}

} // namespace vd
