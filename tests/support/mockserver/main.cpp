// vd-mock-server: the loopback mock provider server as a process, for CLI tests and benchmarks.
// Prints "listening on http://127.0.0.1:PORT" once ready; drive it with the /__mock/ control API.

#include "tests/support/mockserver/mockproviderserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vd-mock-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loopback mock of the OpenAI, Google Cloud and Yandex SpeechKit speech APIs. OpenAI is served under "
        "/v1, Google and Yandex at the root; control API under /__mock/ (fault, config, reset, requests, violations)."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption transcriptOption(QStringLiteral("transcript"), QStringLiteral("Text every STT endpoint returns."),
                                              QStringLiteral("TEXT"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("Accepted API key or token (repeatable; default test-key)."),
                                       QStringLiteral("K"));
    const QCommandLineOption openAiBaseOption(QStringLiteral("openai-base"), QStringLiteral("Base path of the OpenAI endpoints."),
                                              QStringLiteral("PATH"), QStringLiteral("/v1"));
    parser.addOptions({portOption, transcriptOption, keyOption, openAiBaseOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "vd-mock-server: --port needs a number from 0 to 65535\n");
        return 2;
    }
    vd::test::MockProviderServer server;
    server.setBasePath(vd::test::Vendor::OpenAi, parser.value(openAiBaseOption));
    if (parser.isSet(transcriptOption))
        server.setTranscript(parser.value(transcriptOption));
    if (parser.isSet(keyOption))
        server.setApiKeys(parser.values(keyOption));
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "vd-mock-server: cannot listen on 127.0.0.1:%u (port in use?)\n", port);
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
