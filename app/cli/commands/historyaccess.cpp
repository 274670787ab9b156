#include "app/cli/commands/historyaccess.h"

#include "core/history/historyrecorder.h"
#include "core/history/historystore.h"
#include "core/runtime/runtime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vd::cli {

std::unique_ptr<HistoryStore> openHistory(Runtime& runtime, const CliOutput& out)
{
    auto store = HistoryStore::open(runtime.history().path(), runtime.config().history);
    if (!store) {
        out.error(store.error().message());
        return nullptr;
    }
    return std::move(store).value();
}

std::optional<QDateTime> parseSince(const QString& when, const QDateTime& now)
{
    static const QRegularExpression span(QStringLiteral("^(\\d{1,6})([smhdw])$"));
    const QRegularExpressionMatch match = span.match(when.trimmed());
    if (match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('s')   ? 1
                               : unit == QLatin1Char('m') ? 60
                               : unit == QLatin1Char('h') ? 3600
                               : unit == QLatin1Char('d') ? 86400
                                                          : 7 * 86400;
        return now.addSecs(-count * seconds);
    }
    const QDateTime dateTime = QDateTime::fromString(when.trimmed(), Qt::ISODate);
    if (dateTime.isValid())
        return dateTime;
    const QDate date = QDate::fromString(when.trimmed(), Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    return std::nullopt;
}

} // namespace vd::cli
