#include "ui/speech/textexport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace vd {

Status saveTextFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return ProviderError::make(ErrorKind::BadRequest,
                                   QCoreApplication::translate("vd::TextExport",
                                                               "Could not write \"%1\": %2. Choose a folder "
                                                               "you can write to.")
                                       .arg(path, file.errorString()));
    }
    return {};
}

QByteArray exportDocument(const QString& path, const QJsonObject& json, const QString& text)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return QJsonDocument(json).toJson(QJsonDocument::Indented);
    return text.toUtf8();
}

QString askExportPath(QWidget* parent, const QString& title, const QString& baseName)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        parent, title,
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + baseName,
        QCoreApplication::translate("vd::TextExport", "Text (*.txt);;JSON (*.json)"), &filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("json")) ? QStringLiteral(".json") : QStringLiteral(".txt");
    return path;
}

} // namespace vd
