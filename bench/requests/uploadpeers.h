#pragma once

#include "bench/support/benchruntime.h"

#include <QNetworkAccessManager>
#include <QUrl>
#include <memory>

namespace vd::bench {

// The loopback servers the upload benchmark needs besides vd-mock-server (which speaks plain
// HTTP/1.1 only): bench/node/transcription-mock.mjs over HTTPS (ALPN: h2 or http/1.1, as the
// vendors' endpoints) and over cleartext HTTP/2 with prior knowledge (h2c). scripts/bench.sh starts
// them and names them in VD_BENCH_TLS_URL, VD_BENCH_TLS_CA (the self-signed certificate it made,
// trusted here for this process only) and VD_BENCH_H2C_URL. Created once per program on first use.
struct UploadPeers
{
    QUrl tlsUrl;                           // https://127.0.0.1:PORT/v1
    QUrl h2cUrl;                           // http://127.0.0.1:PORT/v1, empty when not given
    std::unique_ptr<BenchRuntime> runtime; // OpenAI providers at tlsUrl
    QNetworkAccessManager bare;
    QString problem;

    static UploadPeers& instance();
    // Empty when ready, else what is wrong (for SkipWithError).
    QString failure() const;

private:
    UploadPeers();
};

} // namespace vd::bench
