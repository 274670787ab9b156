#include "app/cli/command.h"

#include "core/audio/audiodecoder.h"
#include "core/registry/providerregistry.h"
#include "core/runtime/runtime.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <memory>

namespace vd::cli {

bool Command::checkProviderName(const QString& name, const char* category) const
{
    const std::optional<ProviderInfo> info = m_runtime->registry().info(name);
    const std::optional<ProviderCategory> wanted =
        category ? categoryFromName(QString::fromLatin1(category)) : std::nullopt;
    if (info && (!wanted || info->category == *wanted))
        return true;
    QStringList known;
    for (const ProviderInfo& candidate : m_runtime->registry().availableProviders(wanted, false))
        known << candidate.name;
    const QString kind = wanted ? categoryName(*wanted) + QLatin1Char(' ') : QString();
    const QString choices = wanted ? QStringLiteral("auto or one of") : QStringLiteral("one of");
    m_out.error(QStringLiteral("unknown %1provider \"%2\"; use %3: %4")
                    .arg(kind, name, choices, known.join(QStringLiteral(", "))));
    return false;
}

bool Command::checkReadableFile(const QString& file) const
{
    const QFileInfo info(file);
    if (info.exists() && info.isFile() && info.isReadable())
        return true;
    m_out.error(tr("cannot read \"%1\": no such readable file; check the path").arg(file));
    return false;
}

void Command::decodeThen(const QString& file, std::function<void(const AudioClip&)> next)
{
    using Decoded = std::shared_ptr<Result<AudioClip>>;
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, next = std::move(next)] {
        const Decoded decoded = watcher->result();
        watcher->deleteLater();
        if (!decoded->hasValue()) {
            m_out.error(decoded->error().message);
            Q_EMIT finished(ExitUsage);
            return;
        }
        next(decoded->value());
    });
    // Every STT provider wants 16 kHz mono: converting while decoding keeps memory at that size
    // whatever the file's rate and channel count.
    watcher->setFuture(QtConcurrent::run([file] {
        return std::make_shared<Result<AudioClip>>(decodeAudioFile(file, {}, AudioTarget::speech()));
    }));
}

} // namespace vd::cli
