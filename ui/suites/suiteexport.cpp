#include "ui/suites/suiteexport.h"

#include "core/suites/junitwriter.h"
#include "core/suites/suitecsv.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace vd {

SuiteExportFormat suiteExportFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xml"))
        return SuiteExportFormat::JUnit;
    if (suffix == QLatin1String("json"))
        return SuiteExportFormat::Json;
    return SuiteExportFormat::Csv;
}

Result<void, QString> exportSuiteRun(const SuiteRun& run, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    bool written = true;
    switch (suiteExportFormat(path)) {
    case SuiteExportFormat::JUnit:
        written = writeJUnit(run, &file);
        break;
    case SuiteExportFormat::Json: {
        const QByteArray json = QJsonDocument(run.toJson()).toJson(QJsonDocument::Indented);
        written = file.write(json) == json.size();
        break;
    }
    case SuiteExportFormat::Csv: {
        const QByteArray csv = suiteRunCsv(run);
        written = file.write(csv) == csv.size();
        break;
    }
    }
    if (!written || !file.commit())
        return file.errorString();
    return {};
}

} // namespace vd
