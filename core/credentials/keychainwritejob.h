#pragma once

#include <QObject>
#include <QString>

namespace vd {

// One keychain write or delete started by CredentialStore. Emits finished() exactly once,
// always after the call that created it has returned (even when it fails at once), then
// deletes itself. The error text names the entry and the fix, never the secret.
class KeychainWriteJob : public QObject
{
    Q_OBJECT
public:
    QString key() const { return m_key; }

signals:
    void finished(bool ok, const QString& error);

private:
    friend class CredentialStore;
    KeychainWriteJob(QString key, QObject* parent);
    void finish(bool ok, const QString& error);
    void finishLater(bool ok, const QString& error);

    QString m_key;
    bool m_finished = false;
};

} // namespace vd
