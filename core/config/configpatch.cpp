#include "core/config/configpatch.h"

namespace vd {

namespace {

QJsonObject applyAt(QJsonObject object, const QStringList& path, qsizetype depth,
                    const std::optional<QJsonValue>& value)
{
    const QString& key = path.at(depth);
    if (depth == path.size() - 1) {
        if (value)
            object.insert(key, *value);
        else
            object.remove(key);
        return object;
    }
    if (!value && !object.value(key).isObject())
        return object; // already gone
    // A value that is no object where the writer had one is replaced, as the writer's view says.
    object.insert(key, applyAt(object.value(key).toObject(), path, depth + 1, value));
    return object;
}

} // namespace

void ConfigPatch::collect(const QJsonObject& before, const QJsonObject& after, QStringList& path,
                          QList<Change>& out)
{
    for (auto it = after.begin(); it != after.end(); ++it) {
        path << it.key();
        const QJsonValue old = before.value(it.key());
        // A new object is set key by key too: another writer may have created it meanwhile.
        const bool intoObject = it.value().isObject() && (old.isObject() || !it.value().toObject().isEmpty());
        if (intoObject)
            collect(old.toObject(), it.value().toObject(), path, out);
        else if (old != it.value())
            out << Change{path, it.value()};
        path.removeLast();
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            out << Change{path + QStringList{it.key()}, std::nullopt};
    }
}

ConfigPatch ConfigPatch::between(const QJsonObject& before, const QJsonObject& after)
{
    ConfigPatch patch;
    QStringList path;
    collect(before, after, path, patch.m_changes);
    return patch;
}

QJsonObject ConfigPatch::applyTo(QJsonObject document) const
{
    for (const Change& change : m_changes)
        document = applyAt(std::move(document), change.path, 0, change.value);
    return document;
}

QStringList ConfigPatch::keys() const
{
    QStringList keys;
    for (const Change& change : m_changes)
        keys << change.path.join(QLatin1Char('.'));
    return keys;
}

} // namespace vd
