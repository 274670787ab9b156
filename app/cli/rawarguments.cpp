#include "app/cli/rawarguments.h"

#include <QObject>
#include <QStringDecoder>

namespace vd::cli {

QString undecodableArgument(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(bytes);
        if (!utf8.hasError())
            continue;
        return QObject::tr("argument %1 (\"%2\") is not valid UTF-8 (the bad bytes are shown as U+FFFD), "
                           "so it would name another file or garble the text; rename the file to a UTF-8 "
                           "name (e.g. with convmv), or use a symlink with a UTF-8 name")
            .arg(i)
            .arg(decoded);
    }
    return {};
}

} // namespace vd::cli
