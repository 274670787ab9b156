// Fuzzes the persisted resilience state as ResilienceStore reads it: per provider a breaker
// snapshot and a health record from JSON (written again, it must read back the same), then a
// breaker restored from the snapshot.
#include "core/model/clock.h"
#include "core/resilience/breakerstate.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/providerhealth.h"
#include "fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(vd::fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject providers = doc.object().value(QStringLiteral("providers")).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const auto snapshot =
            vd::BreakerSnapshot::fromJson(entry.value(QStringLiteral("breaker")).toObject());
        const auto health = vd::ProviderHealth::fromJson(entry.value(QStringLiteral("health")).toObject());
        if (health) {
            (void)health->latency();
            // The state file's text is written by hand: whatever was accepted must read back
            // and write again to the same bytes.
            const QByteArray text = health->toJsonText();
            const auto again = vd::ProviderHealth::fromJson(QJsonDocument::fromJson(text).object());
            if (!again || again->toJsonText() != text)
                std::abort();
        }
        if (snapshot) {
            vd::CircuitBreaker breaker(vd::BreakerSettings{}, vd::SystemClock::instance());
            breaker.restore(*snapshot);
            (void)breaker.state();
            (void)breaker.openUntil();
            (void)breaker.snapshot().toJson();
        }
    }
    return 0;
}
