#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

namespace vd {

// The keys one writer changed in the configuration document, leaf by leaf: what `after` sets
// differently from `before`, and what it removed. Applied to the file as it is now (which
// another process may have changed meanwhile), it changes those keys only, so concurrent
// writers of different keys all keep their values; for a key both changed the last one wins.
// Objects are compared key by key; any other value (arrays included) is one leaf.
class ConfigPatch
{
public:
    static ConfigPatch between(const QJsonObject& before, const QJsonObject& after);

    bool isEmpty() const { return m_changes.isEmpty(); }
    QJsonObject applyTo(QJsonObject document) const;
    // Dotted paths of the changed keys, for logs and tests ("providers.openai_stt.priority").
    QStringList keys() const;

private:
    struct Change
    {
        QStringList path;
        std::optional<QJsonValue> value; // nullopt: remove the key
    };
    static void collect(const QJsonObject& before, const QJsonObject& after, QStringList& path,
                        QList<Change>& out);

    QList<Change> m_changes;
};

} // namespace vd
