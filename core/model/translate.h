#pragma once

#include <QCoreApplication>
#include <QString>

namespace vd {

// The translation of a core message written outside a QObject (free functions in namespace vd).
// lupdate files such a tr() call under the context "vd", so that is the context looked up here;
// classes with Q_OBJECT keep their own tr().
inline QString tr(const char* text)
{
    return QCoreApplication::translate("vd", text);
}

// A text kept in English where it is written and translated where it is shown, in the language
// of that moment: a provider's or a setting's description is marked with QT_TR_NOOP in namespace
// vd (lupdate files it under "vd") and lives in the registry for the whole run, across language
// switches. A plugin's own words have no translation and come back as they are.
inline QString trShown(const QString& english)
{
    return QCoreApplication::translate("vd", english.toUtf8().constData());
}

} // namespace vd
