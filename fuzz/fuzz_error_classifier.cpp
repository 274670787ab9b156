// Fuzzes the vendors' error-body parsing: the classifier reads status, JSON error bodies (OpenAI
// error.code, Google ErrorInfo, Yandex error_code) and Retry-After / retry-after-ms headers.
#include "core/model/clock.h"
#include "core/network/errorclassifier.h"
#include "fuzz/fuzzsupport.h"

#include <QDateTime>

namespace {

class FixedClock final : public vd::Clock
{
public:
    std::chrono::steady_clock::time_point now() const override { return {}; }
    QDateTime wallNow() const override { return QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 3)
        return 0;
    static const FixedClock clock;
    const auto vendor = static_cast<vd::CloudVendor>(data[0] % 3);
    const int status = 400 + (data[1] % 200);
    // Body, then after the first NUL a header value (Retry-After or retry-after-ms).
    QByteArray rest = vd::fuzz::bytes(data + 2, size - 2);
    QByteArray header;
    const qsizetype nul = rest.indexOf('\0');
    if (nul >= 0) {
        header = rest.mid(nul + 1);
        rest.truncate(nul);
    }
    vd::HttpHeaders headers{qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))};
    if (!header.isEmpty())
        headers.append(qMakePair(QByteArray((data[0] & 8) ? "retry-after-ms" : "Retry-After"), header));
    const vd::ProviderError error = vd::classifyHttpStatus(vendor, status, rest, headers, clock);
    if (error.message.isEmpty())
        __builtin_trap(); // every error must say something a user can act on
    (void)vd::quoteVendorText(QString::fromUtf8(rest), 1 + data[1]);
    return 0;
}
