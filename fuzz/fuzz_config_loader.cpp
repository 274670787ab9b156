// Fuzzes the configuration loader as the CLI and GUI call it: the bytes are the config file.
#include "core/config/configfile.h"
#include "fuzz/fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("config.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const auto config = vd::ConfigFile::load(path);
    if (config) {
        // What loads must validate and serialise again without trouble.
        (void)config->validate(path);
        (void)config->toJson();
    } else if (config.error().isEmpty()) {
        __builtin_trap(); // a refused file must say why
    }
    return 0;
}
