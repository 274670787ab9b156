#include "ui/speech/textexport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace vd {

Status saveTextFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return ProviderError::make(
            ErrorKind::BadRequest,
            QCoreApplication::translate("vd::TextExport",
                                        "Could not write \"%1\": %2. Choose a folder you can write to.")
                .arg(path, file.errorString()));
    }
    return {};
}

} // namespace vd
