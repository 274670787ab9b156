#pragma once

#include "tests/support/mockserver/audiogenerator.h"
#include "tests/support/mockserver/endpoint.h"
#include "tests/support/mockserver/exchange.h"
#include "tests/support/mockserver/fault.h"
#include "tests/support/mockserver/faultschedule.h"
#include "tests/support/mockserver/recordedrequest.h"
#include "tests/support/mockserver/requestdispatcher.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QTcpServer;

namespace vd::test {

// A loopback HTTP/1.1 server speaking the OpenAI, Google Cloud Speech/TTS and Yandex SpeechKit
// wire formats strictly: every request is recorded and checked against the vendors' documented
// rules (violations answered with the vendor's 400 and listed in violations()), and faults can be
// injected per endpoint. Lives on the thread that creates it; nothing blocks.
//
// Default layout on one port: OpenAI under "/v1" (baseUrl(Vendor::OpenAi) = http://127.0.0.1:P/v1),
// Google and Yandex at the root (paths /v1/speech:recognize, /speech/v1/tts:synthesize, ...).
// A JSON control API lives under /__mock/ (see ControlApi) for driving it from another process.
class MockProviderServer : public QObject, private RequestDispatcher
{
    Q_OBJECT
public:
    explicit MockProviderServer(QObject* parent = nullptr);
    ~MockProviderServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port (see port()).
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;              // http://127.0.0.1:PORT
    QUrl baseUrl(Vendor vendor) const; // + the vendor's base path: what a client's base_url should be
    void setBasePath(Vendor vendor, const QString& path); // "" or "/something", no trailing slash
    QString basePath(Vendor vendor) const;

    // Faults: `count` next requests (-1: always) to `endpoint` (All: any endpoint without its own).
    void setFault(Endpoint endpoint, const Fault& fault, int count = -1);
    void queueFault(Endpoint endpoint, const Fault& fault, int count = 1); // after those already set
    void clearFaults();

    // Behaviour, for one endpoint or Endpoint::All.
    void setTranscript(const QString& text, Endpoint endpoint = Endpoint::All);
    void setApiKeys(const QStringList& keys, Endpoint endpoint = Endpoint::All); // default {"test-key"}
    // Fixed audio bytes for TTS endpoints instead of the generated tone (`contentType` optional).
    void setAudio(const QByteArray& bytes, const QByteArray& contentType = {}, Endpoint endpoint = Endpoint::All);
    EndpointSettings settings(Endpoint endpoint) const;
    // Requests with a larger body are refused with 413 in the vendor's shape (default 64 MiB).
    void setMaxBodyBytes(qint64 bytes);
    void setControlApiEnabled(bool enabled); // default on

    QList<RecordedRequest> requests() const { return m_requests; }
    QList<RecordedRequest> requests(Endpoint endpoint) const;
    QStringList violations() const { return m_violations; } // "<endpoint>: <what was wrong>"
    int requestCount(Endpoint endpoint = Endpoint::All) const;
    void clearRecords();
    // Records, faults and settings back to the defaults (the port and base paths stay).
    void reset();

    // Which endpoint serves a path, Unknown when none.
    Endpoint route(const QString& path) const;

signals:
    void requestReceived(const vd::test::RecordedRequest& request);
    void violationFound(const QString& violation);

private:
    Reply dispatch(const HttpRequest& request, const QString& framingWarning) override;
    Reply rejectUnreadable(const HttpRequest& partial, int status, const QString& message) override;
    HttpResponse answer(Exchange& exchange);
    void store(RecordedRequest& record);
    void onNewConnection();

    QTcpServer* m_server;
    QHash<Vendor, QString> m_basePaths;
    QHash<Endpoint, EndpointSettings> m_settings;
    FaultSchedule m_faults;
    AudioGenerator m_audio;
    QList<RecordedRequest> m_requests;
    QStringList m_violations;
    qint64 m_maxBodyBytes = 64LL * 1024 * 1024;
    bool m_controlApi = true;
    int m_sequence = 0;
};

} // namespace vd::test

Q_DECLARE_METATYPE(vd::test::RecordedRequest)
