#pragma once

#include "core/model/result.h"

#include <QMutex>
#include <QString>
#include <memory>
#include <vector>

struct ps_decoder_s;
using ps_decoder_t = struct ps_decoder_s;

namespace vd {

// PocketSphinx decoders for one model directory. Creating a decoder loads the acoustic model,
// language model and dictionary (about a second), so idle decoders are kept and reused: one
// decoder per concurrent transcription, never shared between two at once. Thread-safe.
class DecoderPool : public std::enable_shared_from_this<DecoderPool>
{
public:
    // A decoder on loan; it goes back to the pool when the lease is destroyed.
    class Lease
    {
    public:
        Lease(std::shared_ptr<DecoderPool> pool, ps_decoder_t* decoder);
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        ps_decoder_t* get() const { return m_decoder; }

    private:
        std::shared_ptr<DecoderPool> m_pool;
        ps_decoder_t* m_decoder;
    };

    explicit DecoderPool(QString modelDir);
    ~DecoderPool();
    DecoderPool(const DecoderPool&) = delete;
    DecoderPool& operator=(const DecoderPool&) = delete;

    const QString& modelDir() const { return m_modelDir; }
    // Whether the model's files are all present; the error says which is missing and what to install.
    Status checkModel() const;
    // An idle decoder, or a new one when all are busy. A reused decoder forgets what it adapted
    // to (its cepstral mean), so a result never depends on which request ran before.
    Result<Lease> acquire();
    // Whether a decoder was ever created successfully from this model.
    bool hasWorkingDecoder() const;

private:
    void release(ps_decoder_t* decoder);
    void resetAdaptation(ps_decoder_t* decoder) const;
    Result<ps_decoder_t*> createDecoder() const;

    const QString m_modelDir;
    mutable QMutex m_mutex;
    std::vector<ps_decoder_t*> m_idle;
    std::vector<float> m_initialCepstralMean; // of a fresh decoder, restored on every reuse
    bool m_created = false;
};

} // namespace vd
