#include "tests/support/mockserver/mockproviderserver.h"

#include "tests/support/mockserver/controlapi.h"
#include "tests/support/mockserver/faultresponses.h"
#include "tests/support/mockserver/googlerecognize.h"
#include "tests/support/mockserver/googlesynthesize.h"
#include "tests/support/mockserver/googlevoices.h"
#include "tests/support/mockserver/mockconnection.h"
#include "tests/support/mockserver/mockserverlogging.h"
#include "tests/support/mockserver/openaispeech.h"
#include "tests/support/mockserver/openaitranscriptions.h"
#include "tests/support/mockserver/vendorerrors.h"
#include "tests/support/mockserver/yandexrecognize.h"
#include "tests/support/mockserver/yandexsynthesize.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace vd::test {

MockProviderServer::MockProviderServer(QObject* parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MockProviderServer::onNewConnection);
    m_basePaths = {{Vendor::OpenAi, QStringLiteral("/v1")}, {Vendor::Google, QString()}, {Vendor::Yandex, QString()}};
    reset();
}

MockProviderServer::~MockProviderServer() = default;

bool MockProviderServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcMockServer) << "cannot listen on 127.0.0.1 port" << port << ":" << m_server->errorString();
        return false;
    }
    return true;
}

void MockProviderServer::close() { m_server->close(); }
bool MockProviderServer::isListening() const { return m_server->isListening(); }
quint16 MockProviderServer::port() const { return m_server->serverPort(); }

QUrl MockProviderServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl MockProviderServer::baseUrl(Vendor vendor) const
{
    QUrl url = baseUrl();
    url.setPath(basePath(vendor));
    return url;
}

void MockProviderServer::setBasePath(Vendor vendor, const QString& path) { m_basePaths[vendor] = path; }
QString MockProviderServer::basePath(Vendor vendor) const { return m_basePaths.value(vendor); }

void MockProviderServer::setFault(Endpoint endpoint, const Fault& fault, int count) { m_faults.set(endpoint, fault, count); }
void MockProviderServer::queueFault(Endpoint endpoint, const Fault& fault, int count) { m_faults.enqueue(endpoint, fault, count); }
void MockProviderServer::clearFaults() { m_faults.clear(); }

void MockProviderServer::setTranscript(const QString& text, Endpoint endpoint)
{
    for (Endpoint e : allEndpoints()) {
        if (endpoint == Endpoint::All || endpoint == e)
            m_settings[e].transcript = text;
    }
}

void MockProviderServer::setApiKeys(const QStringList& keys, Endpoint endpoint)
{
    for (Endpoint e : allEndpoints()) {
        if (endpoint == Endpoint::All || endpoint == e)
            m_settings[e].apiKeys = keys;
    }
}

void MockProviderServer::setAudio(const QByteArray& bytes, const QByteArray& contentType, Endpoint endpoint)
{
    for (Endpoint e : allEndpoints()) {
        if (endpoint == Endpoint::All || endpoint == e) {
            m_settings[e].audio = bytes;
            m_settings[e].audioContentType = contentType;
        }
    }
}

EndpointSettings MockProviderServer::settings(Endpoint endpoint) const { return m_settings.value(endpoint); }
void MockProviderServer::setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
void MockProviderServer::setControlApiEnabled(bool enabled) { m_controlApi = enabled; }

QList<RecordedRequest> MockProviderServer::requests(Endpoint endpoint) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest& request : m_requests) {
        if (endpoint == Endpoint::All || request.endpoint == endpoint)
            matching.append(request);
    }
    return matching;
}

int MockProviderServer::requestCount(Endpoint endpoint) const { return int(requests(endpoint).size()); }

void MockProviderServer::clearRecords()
{
    m_requests.clear();
    m_violations.clear();
}

void MockProviderServer::reset()
{
    clearRecords();
    clearFaults();
    m_settings.clear();
    for (Endpoint e : allEndpoints())
        m_settings.insert(e, EndpointSettings{});
}

Endpoint MockProviderServer::route(const QString& path) const
{
    for (Endpoint e : allEndpoints()) {
        if (path == basePath(vendorOf(e)) + endpointSuffix(e))
            return e;
    }
    return Endpoint::Unknown;
}

void MockProviderServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection())
        new MockConnection(socket, *this, m_maxBodyBytes, this);
}

Reply MockProviderServer::dispatch(const HttpRequest& request, const QString& framingWarning)
{
    if (m_controlApi && request.path.startsWith(QLatin1String("/__mock/")))
        return ControlApi::handle(*this, request);

    RecordedRequest record;
    record.sequence = ++m_sequence;
    record.endpoint = route(request.path);
    record.method = QString::fromLatin1(request.method);
    record.path = request.path;
    record.query = request.query();
    record.headers = request.headers;
    record.body = request.body;
    if (!framingWarning.isEmpty())
        record.violations.append(framingWarning);
    const std::optional<Fault> fault = record.endpoint == Endpoint::Unknown ? std::nullopt : m_faults.take(record.endpoint);
    const EndpointSettings settings = m_settings.value(record.endpoint);
    Exchange exchange{request, record, settings, m_audio};

    Reply reply{answer(exchange), Fault{}, false};
    if (fault) {
        reply.fault = *fault;
        reply.response = FaultResponses::build(record.endpoint, *fault, reply.response);
        record.fault = fault->name();
    }
    const bool silent = reply.fault.kind == Fault::Kind::Hang || reply.fault.kind == Fault::Kind::CloseBeforeAnswer;
    record.status = silent ? 0 : reply.response.status;
    store(record);
    return reply;
}

HttpResponse MockProviderServer::answer(Exchange& exchange)
{
    const Endpoint endpoint = exchange.record.endpoint;
    const HttpRequest& http = exchange.http;
    if (endpoint == Endpoint::Unknown) {
        const QString message = QStringLiteral("no mock endpoint serves %1 %2").arg(exchange.record.method, http.path);
        exchange.violate(message);
        return VendorErrors::google(endpoint, 404, message); // {"error":{"code","message","status"}}: readable by any client
    }
    if (http.method != expectedMethod(endpoint).toLatin1()) {
        const QString message = QStringLiteral("method %1 not allowed, expected %2").arg(exchange.record.method, expectedMethod(endpoint));
        exchange.violate(message);
        HttpResponse response = VendorErrors::forEndpoint(endpoint, 405, message);
        response.setHeader("Allow", expectedMethod(endpoint).toLatin1());
        return response;
    }
    switch (endpoint) {
    case Endpoint::OpenAiTranscriptions: return handleOpenAiTranscriptions(exchange);
    case Endpoint::OpenAiSpeech: return handleOpenAiSpeech(exchange);
    case Endpoint::OpenAiModels: return handleOpenAiModels(exchange);
    case Endpoint::GoogleRecognize: return handleGoogleRecognize(exchange);
    case Endpoint::GoogleSynthesize: return handleGoogleSynthesize(exchange);
    case Endpoint::GoogleVoices: return handleGoogleVoices(exchange);
    case Endpoint::YandexRecognize: return handleYandexRecognize(exchange);
    case Endpoint::YandexSynthesize: return handleYandexSynthesize(exchange);
    default: return VendorErrors::forEndpoint(endpoint, 404);
    }
}

Reply MockProviderServer::rejectUnreadable(const HttpRequest& partial, int status, const QString& message)
{
    RecordedRequest record;
    record.endpoint = route(partial.path);
    record.method = QString::fromLatin1(partial.method);
    record.path = partial.path;
    record.query = partial.query();
    record.headers = partial.headers;
    record.violations.append(message);
    record.status = status;
    store(record);
    return Reply{VendorErrors::forEndpoint(record.endpoint, status, message), Fault{}, true};
}

void MockProviderServer::store(RecordedRequest& record)
{
    if (record.sequence == 0)
        record.sequence = ++m_sequence;
    qCDebug(lcMockServer) << record.method << record.path << "->" << record.status << record.fault;
    m_requests.append(record);
    emit requestReceived(record);
    for (const QString& violation : std::as_const(record.violations)) {
        const QString line = endpointName(record.endpoint) + QStringLiteral(": ") + violation;
        m_violations.append(line);
        emit violationFound(line);
    }
}

} // namespace vd::test
