#include "bench/requests/uploadpeers.h"

#include "bench/requests/overheadfixture.h"
#include "bench/support/benchmain.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace vd::bench {

namespace {

QUrl withVersion(const QString& base)
{
    return base.isEmpty() ? QUrl() : QUrl(base + QStringLiteral("/v1"));
}

} // namespace

UploadPeers::UploadPeers()
    : tlsUrl(withVersion(qEnvironmentVariable("VD_BENCH_TLS_URL"))),
      h2cUrl(withVersion(qEnvironmentVariable("VD_BENCH_H2C_URL")))
{
    if (!tlsUrl.isValid()) {
        problem = QStringLiteral("VD_BENCH_TLS_URL is not set (scripts/bench.sh starts "
                                 "bench/node/transcription-mock.mjs and sets it)");
        return;
    }
    QFile ca(qEnvironmentVariable("VD_BENCH_TLS_CA"));
    const QList<QSslCertificate> certificates =
        ca.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(ca.readAll()) : QList<QSslCertificate>();
    if (certificates.isEmpty()) {
        problem = QStringLiteral("VD_BENCH_TLS_CA names no readable PEM certificate");
        return;
    }
    // Trusted for this process only, before any request: the routed runtime's QNAM and the bare
    // one both take the default configuration, as VoiceDeck's requests to the vendors do.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    runtime = std::make_unique<BenchRuntime>(OverheadFixture::openAiOnlyConfig(tlsUrl));
}

UploadPeers& UploadPeers::instance()
{
    static UploadPeers* peers = nullptr;
    if (!peers) {
        peers = new UploadPeers;
        teardowns().push_back([] {
            delete peers;
            peers = nullptr;
        });
    }
    return *peers;
}

QString UploadPeers::failure() const
{
    if (!problem.isEmpty())
        return problem;
    return runtime->isReady() ? QString() : runtime->failure();
}

} // namespace vd::bench
