#include "bench/support/mockcontrol.h"

#include "bench/support/jobwait.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <csignal>
#include <sys/prctl.h>

namespace vd::bench {

MockControl::MockControl()
{
    const QByteArray given = qgetenv("VD_BENCH_MOCK_URL");
    if (!given.isEmpty()) {
        m_baseUrl = QUrl(QString::fromUtf8(given));
        return;
    }
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("vd-mock-server"));
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0")});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The mock ends with this process even when it is killed (a benchmark interrupted by a timeout).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    // "listening on http://127.0.0.1:PORT" is its first line once it accepts connections.
    while (m_process.waitForReadyRead(10000)) {
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening on (\\S+)$")).match(line);
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return;
        }
    }
    m_failure =
        QStringLiteral("could not start %1 (build the vd-mock-server target, or set VD_BENCH_MOCK_URL)")
            .arg(program);
}

MockControl::~MockControl()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
}

QUrl MockControl::openAiUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/v1"));
    return url;
}

bool MockControl::setFault(const QString& endpoint, const QString& kind, const QJsonObject& extra, int count)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("endpoint"), endpoint);
    body.insert(QStringLiteral("fault"), kind);
    body.insert(QStringLiteral("count"), count);
    return post(QStringLiteral("/__mock/fault"), body);
}

bool MockControl::reset()
{
    return post(QStringLiteral("/__mock/reset"), {});
}

bool MockControl::post(const QString& path, const QJsonObject& body)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    waitFor(reply);
    const bool ok = reply->error() == QNetworkReply::NoError;
    if (!ok)
        m_failure =
            QStringLiteral("%1 %2: %3").arg(path, reply->errorString(), QString::fromUtf8(reply->readAll()));
    reply->deleteLater();
    return ok;
}

} // namespace vd::bench
