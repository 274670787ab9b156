#pragma once

#include "core/model/audioclip.h"
#include "core/model/providerdefinition.h"
#include "tests/support/mockserver/mockproviderserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace vd::test {

// What every cloud vendor's provider test shares: audio to send and a context that points the
// provider at the loopback server speaking that vendor's wire format.

// A square wave (±0.3, 200 Hz at 16 kHz): loud enough to count as speech for the pause splitter.
inline AudioClip squareWave(double seconds, int rate = 16000, int channels = 1)
{
    AudioClip clip;
    clip.sampleRate = rate;
    clip.channels = channels;
    clip.samples.resize(qsizetype(seconds * rate) * channels);
    for (qsizetype i = 0; i < clip.samples.size(); ++i)
        clip.samples[i] = (i / 40) % 2 ? 0.3f : -0.3f;
    return clip;
}

// `extra` settings plus base_url at the server's endpoints for `vendor`.
inline ProviderContext mockServerContext(const MockProviderServer& server, Vendor vendor,
                                         QNetworkAccessManager& network, const Credential& credential,
                                         const QJsonObject& extra = {})
{
    ProviderContext context;
    context.settings = extra;
    context.settings.insert(QStringLiteral("base_url"), server.baseUrl(vendor).toString());
    context.credential = credential;
    context.network = &network;
    return context;
}

} // namespace vd::test
