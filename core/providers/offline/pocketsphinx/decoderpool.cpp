#include "core/providers/offline/pocketsphinx/decoderpool.h"

#include "core/model/translate.h"
#include "core/providers/offline/pocketsphinx/pocketsphinxlog.h"

#include <QDir>
#include <QFileInfo>
#include <pocketsphinx.h>
#include <sphinxbase/cmn.h>
#include <sphinxbase/err.h>
#include <sphinxbase/feat.h>
#include <type_traits>

namespace vd {

namespace {

static_assert(std::is_same_v<mfcc_t, float>, "the saved cepstral mean is stored as float");

// Idle decoders kept beyond that are freed: each holds tens of megabytes.
constexpr size_t kMaxIdle = 2;

// sphinxbase's logging and model loading touch process-wide state: one creation at a time.
QMutex& creationMutex()
{
    static QMutex mutex;
    return mutex;
}

QString installHint()
{
    return QStringLiteral("Install the Debian package pocketsphinx-en-us, or set model_dir to a "
                          "folder holding en-us/, en-us.lm.bin and cmudict-en-us.dict.");
}

} // namespace

DecoderPool::Lease::Lease(std::shared_ptr<DecoderPool> pool, ps_decoder_t* decoder)
    : m_pool(std::move(pool)), m_decoder(decoder)
{}

DecoderPool::Lease::Lease(Lease&& other) noexcept
    : m_pool(std::move(other.m_pool)), m_decoder(std::exchange(other.m_decoder, nullptr))
{}

DecoderPool::Lease::~Lease()
{
    if (m_decoder)
        m_pool->release(m_decoder);
}

DecoderPool::DecoderPool(QString modelDir) : m_modelDir(std::move(modelDir)) {}

DecoderPool::~DecoderPool()
{
    for (ps_decoder_t* decoder : m_idle)
        ps_free(decoder);
}

Status DecoderPool::checkModel() const
{
    const QDir dir(m_modelDir);
    if (!dir.exists())
        return ProviderError::make(
            ErrorKind::NotConfigured,
            vd::tr("The PocketSphinx model folder '%1' does not exist. %2").arg(m_modelDir, installHint()));
    for (const char* part : {"en-us/mdef", "en-us.lm.bin", "cmudict-en-us.dict"}) {
        if (!QFileInfo::exists(dir.filePath(QLatin1String(part))))
            return ProviderError::make(ErrorKind::NotConfigured,
                                       vd::tr("The PocketSphinx model in '%1' lacks %2. %3")
                                           .arg(m_modelDir, QLatin1String(part), installHint()));
    }
    return {};
}

Result<DecoderPool::Lease> DecoderPool::acquire()
{
    {
        QMutexLocker locker(&m_mutex);
        if (!m_idle.empty()) {
            ps_decoder_t* decoder = m_idle.back();
            m_idle.pop_back();
            resetAdaptation(decoder);
            return Lease(shared_from_this(), decoder);
        }
    }
    Result<ps_decoder_t*> created = createDecoder();
    if (!created)
        return created.error();
    QMutexLocker locker(&m_mutex);
    if (!m_created) {
        cmn_t* cmn = ps_get_feat(*created)->cmn_struct;
        m_initialCepstralMean.resize(size_t(cmn->veclen));
        cmn_live_get(cmn, m_initialCepstralMean.data());
        m_created = true;
    }
    return Lease(shared_from_this(), *created);
}

bool DecoderPool::hasWorkingDecoder() const
{
    QMutexLocker locker(&m_mutex);
    return m_created;
}

void DecoderPool::resetAdaptation(ps_decoder_t* decoder) const
{
    // Live CMN carries the mean of earlier utterances into the next one; start from scratch.
    cmn_t* cmn = ps_get_feat(decoder)->cmn_struct;
    if (cmn && size_t(cmn->veclen) == m_initialCepstralMean.size())
        cmn_live_set(cmn, m_initialCepstralMean.data());
}

void DecoderPool::release(ps_decoder_t* decoder)
{
    QMutexLocker locker(&m_mutex);
    if (m_idle.size() < kMaxIdle) {
        m_idle.push_back(decoder);
        return;
    }
    locker.unlock();
    ps_free(decoder);
}

Result<ps_decoder_t*> DecoderPool::createDecoder() const
{
    if (Status model = checkModel(); !model)
        return model.error();
    const QDir dir(m_modelDir);
    const QByteArray hmm = QFile::encodeName(dir.filePath(QStringLiteral("en-us")));
    const QByteArray lm = QFile::encodeName(dir.filePath(QStringLiteral("en-us.lm.bin")));
    const QByteArray dict = QFile::encodeName(dir.filePath(QStringLiteral("cmudict-en-us.dict")));

    QMutexLocker locker(&creationMutex());
    err_set_logfp(nullptr); // PocketSphinx otherwise writes pages of diagnostics to stderr
    cmd_ln_t* config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-lm", lm.constData(),
                                   "-dict", dict.constData(), nullptr);
    if (!config)
        return ProviderError::make(
            ErrorKind::NotConfigured,
            vd::tr("PocketSphinx rejected its configuration for '%1'. %2").arg(m_modelDir, installHint()));
    ps_decoder_t* decoder = ps_init(config);
    cmd_ln_free_r(config); // the decoder keeps its own reference
    if (!decoder)
        return ProviderError::make(ErrorKind::NotConfigured,
                                   vd::tr("PocketSphinx could not load the model in '%1'; its files "
                                          "may be damaged. %2")
                                       .arg(m_modelDir, installHint()));
    qCDebug(lcPocketSphinx) << "created a decoder for" << m_modelDir;
    return decoder;
}

} // namespace vd
