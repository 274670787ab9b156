#include "tests/support/mockserver/controlapi.h"

#include "tests/support/mockserver/mockproviderserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace vd::test {

namespace {

Reply json(int status, const QJsonObject& object) { return Reply{HttpResponse::json(status, object), Fault{}, false}; }
Reply problem(int status, const QString& message) { return json(status, {{QStringLiteral("error"), message}}); }

std::optional<QJsonObject> bodyObject(const HttpRequest& request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<Endpoint> endpointOf(const QJsonObject& object)
{
    return endpointFromName(object.value(QLatin1String("endpoint")).toString(QStringLiteral("all")));
}

Reply setFault(MockProviderServer& server, const QJsonObject& object)
{
    const std::optional<Endpoint> endpoint = endpointOf(object);
    if (!endpoint || *endpoint == Endpoint::Unknown)
        return problem(400, QStringLiteral("unknown 'endpoint' (e.g. \"all\", \"openai.speech\", \"google.recognize\")"));
    auto fault = Fault::fromJson(object);
    if (!fault)
        return problem(400, fault.error());
    const int count = object.value(QLatin1String("count")).toInt(-1);
    if (object.value(QLatin1String("queue")).toBool(false))
        server.queueFault(*endpoint, fault.value(), count);
    else
        server.setFault(*endpoint, fault.value(), count);
    return json(200, {{QStringLiteral("ok"), true}});
}

Reply configure(MockProviderServer& server, const QJsonObject& object)
{
    const std::optional<Endpoint> endpoint = endpointOf(object);
    if (!endpoint || *endpoint == Endpoint::Unknown)
        return problem(400, QStringLiteral("unknown 'endpoint'"));
    if (object.contains(QLatin1String("transcript")))
        server.setTranscript(object.value(QLatin1String("transcript")).toString(), *endpoint);
    if (object.contains(QLatin1String("keys"))) {
        QStringList keys;
        for (const QJsonValue& key : object.value(QLatin1String("keys")).toArray())
            keys.append(key.toString());
        server.setApiKeys(keys, *endpoint);
    }
    return json(200, {{QStringLiteral("ok"), true}});
}

Reply listRequests(MockProviderServer& server, const HttpRequest& request)
{
    const QString name = request.query().queryItemValue(QStringLiteral("endpoint"));
    const std::optional<Endpoint> endpoint = name.isEmpty() ? Endpoint::All : endpointFromName(name);
    if (!endpoint)
        return problem(400, QStringLiteral("unknown endpoint '%1'").arg(name));
    QJsonArray list;
    for (const RecordedRequest& recorded : server.requests(*endpoint))
        list.append(ControlApi::toJson(recorded));
    return json(200, {{QStringLiteral("requests"), list}});
}

} // namespace

Reply ControlApi::handle(MockProviderServer& server, const HttpRequest& request)
{
    const QString route = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    if (route == QLatin1String("GET /__mock/requests"))
        return listRequests(server, request);
    if (route == QLatin1String("GET /__mock/violations"))
        return json(200, {{QStringLiteral("violations"), QJsonArray::fromStringList(server.violations())}});
    if (route == QLatin1String("POST /__mock/reset")) {
        server.clearRecords();
        server.clearFaults();
        return json(200, {{QStringLiteral("ok"), true}});
    }
    const bool fault = route == QLatin1String("POST /__mock/fault");
    if (fault || route == QLatin1String("POST /__mock/config")) {
        const std::optional<QJsonObject> object = bodyObject(request);
        if (!object)
            return problem(400, QStringLiteral("the body must be a JSON object"));
        return fault ? setFault(server, *object) : configure(server, *object);
    }
    return problem(404, QStringLiteral("no control endpoint %1").arg(route));
}

QJsonObject ControlApi::toJson(const RecordedRequest& request)
{
    QJsonObject headers;
    for (const auto& [name, value] : request.headers)
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    QJsonObject object{{QStringLiteral("sequence"), request.sequence},
                       {QStringLiteral("endpoint"), endpointName(request.endpoint)},
                       {QStringLiteral("method"), request.method},
                       {QStringLiteral("path"), request.path},
                       {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("body_size"), request.body.size()},
                       {QStringLiteral("violations"), QJsonArray::fromStringList(request.violations)},
                       {QStringLiteral("status"), request.status},
                       {QStringLiteral("fault"), request.fault}};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(request.body);
    if (!utf8.hasError() && !request.body.contains('\0'))
        object.insert(QStringLiteral("body"), text);
    else
        object.insert(QStringLiteral("body_base64"), QString::fromLatin1(request.body.toBase64()));
    if (!request.json.isEmpty())
        object.insert(QStringLiteral("json"), request.json);
    QJsonArray parts;
    for (const MultipartPart& part : request.parts)
        parts.append(QJsonObject{{QStringLiteral("name"), part.name}, {QStringLiteral("filename"), part.filename},
                                 {QStringLiteral("content_type"), QString::fromLatin1(part.contentType)},
                                 {QStringLiteral("size"), part.data.size()}});
    if (!parts.isEmpty())
        object.insert(QStringLiteral("parts"), parts);
    QJsonObject form;
    for (const auto& [name, value] : request.formFields)
        form.insert(name, value);
    if (!form.isEmpty())
        object.insert(QStringLiteral("form"), form);
    return object;
}

} // namespace vd::test
