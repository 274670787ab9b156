#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace vd::bench {

// The loopback mock server the benchmarks talk to, in its own process (vd-mock-server), so that
// the C++ benchmarks, the Node peers and wrk all hit the very same server. Uses the server given
// in VD_BENCH_MOCK_URL (scripts/bench.sh starts one), or starts bin/vd-mock-server itself.
// Faults are set through the server's /__mock/ control API. Benchmark drivers only: the calls
// wait in a local event loop.
class MockControl
{
public:
    MockControl();
    ~MockControl();

    bool isReady() const { return m_baseUrl.isValid(); }
    QString failure() const { return m_failure; }
    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT
    QUrl openAiUrl() const;                    // + /v1

    // POST /__mock/fault {"endpoint": endpoint, "fault": kind, ...extra}; count -1 = always.
    bool setFault(const QString& endpoint, const QString& kind, const QJsonObject& extra = {},
                  int count = -1);
    bool reset(); // clears faults and records

private:
    bool post(const QString& path, const QJsonObject& body);

    QNetworkAccessManager m_network;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_failure;
};

} // namespace vd::bench
