#include "ui/shell/uisettings.h"

#include <QSettings>

namespace vd {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kInputDevice = QStringLiteral("audio/input_device");
const QString kOutputDevice = QStringLiteral("audio/output_device");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPage = QStringLiteral("window/page");

QString pageKey(const QString& pageId)
{
    return QStringLiteral("pages/%1/state").arg(pageId);
}

void saveOrRemove(const QString& key, const QByteArray& value)
{
    QSettings settings;
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}

} // namespace

QString savedLanguage()
{
    return QSettings().value(kLanguage).toString();
}

void saveLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguage);
    else
        settings.setValue(kLanguage, code);
}

QByteArray savedInputDevice()
{
    return QSettings().value(kInputDevice).toByteArray();
}

void saveInputDevice(const QByteArray& id)
{
    saveOrRemove(kInputDevice, id);
}

QByteArray savedOutputDevice()
{
    return QSettings().value(kOutputDevice).toByteArray();
}

void saveOutputDevice(const QByteArray& id)
{
    saveOrRemove(kOutputDevice, id);
}

WindowSession savedWindowSession()
{
    const QSettings settings;
    return {settings.value(kGeometry).toByteArray(), settings.value(kState).toByteArray(),
            settings.value(kPage).toString()};
}

void saveWindowSession(const WindowSession& session)
{
    QSettings settings;
    settings.setValue(kGeometry, session.geometry);
    settings.setValue(kState, session.state);
    settings.setValue(kPage, session.currentPage);
}

QByteArray savedPageState(const QString& pageId)
{
    return QSettings().value(pageKey(pageId)).toByteArray();
}

void savePageState(const QString& pageId, const QByteArray& state)
{
    QSettings().setValue(pageKey(pageId), state);
}

} // namespace vd
