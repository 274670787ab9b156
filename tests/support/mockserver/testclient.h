#pragma once

// Test-only: a plain QNetworkAccessManager client for the mock server tests (not part of the
// library). Header-only because only the test executables include it.

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryFile>

#include <sndfile.h>

#include <memory>

namespace vd::test {

struct Answer
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    int readyReads = 0;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestClient
{
public:
    // Sends and waits (nested loop: fine in a test) up to 20 s; transferTimeoutMs > 0 sets QNAM's
    // own inactivity timeout.
    Answer send(const QByteArray& method, const QUrl& url, const Headers& headers = {}, const QByteArray& body = {},
                int transferTimeoutMs = 0)
    {
        QNetworkRequest request(url);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        return wait(m_nam.sendCustomRequest(request, method, body));
    }

    Answer sendMultipart(const QUrl& url, const Headers& headers, QHttpMultiPart* multipart)
    {
        QNetworkRequest request(url);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_nam.post(request, multipart);
        multipart->setParent(reply);
        return wait(reply);
    }

    static Answer wait(QNetworkReply* reply)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        Answer answer;
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&answer, reply] {
            ++answer.readyReads;
            answer.body += reply->readAll();
        });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        answer.finished = reply->isFinished() || finished.wait(20000);
        if (reply->isOpen())
            answer.body += reply->readAll();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.headers = reply->rawHeaderPairs();
        return answer;
    }

    QNetworkAccessManager& nam() { return m_nam; }

    static void addField(QHttpMultiPart* multipart, const QByteArray& name, const QByteArray& value)
    {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, "form-data; name=\"" + name + "\"");
        part.setBody(value);
        multipart->append(part);
    }
    static void addFile(QHttpMultiPart* multipart, const QByteArray& filename, const QByteArray& data)
    {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       "form-data; name=\"file\"; filename=\"" + filename + "\"");
        part.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
        part.setBody(data);
        multipart->append(part);
    }

private:
    QNetworkAccessManager m_nam;
};

// Opens audio bytes with libsndfile from a real file, independently of the server's own code.
struct DecodedInfo
{
    bool ok = false;
    int sampleRate = 0;
    int channels = 0;
    sf_count_t frames = 0;
    int format = 0;
};

inline DecodedInfo decodeWithSndfile(const QByteArray& bytes)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(bytes);
    file.flush();
    SF_INFO info{};
    SNDFILE* handle = sf_open(file.fileName().toLocal8Bit().constData(), SFM_READ, &info);
    if (!handle)
        return {};
    DecodedInfo decoded{true, info.samplerate, info.channels, info.frames, info.format};
    if (decoded.frames <= 0 || decoded.frames == SF_COUNT_MAX) {
        decoded.frames = 0;
        float buffer[1024];
        sf_count_t n = 0;
        while ((n = sf_readf_float(handle, buffer, 1024 / std::max(1, info.channels))) > 0)
            decoded.frames += n;
    }
    sf_close(handle);
    decoded.ok = decoded.frames > 0;
    return decoded;
}

} // namespace vd::test
