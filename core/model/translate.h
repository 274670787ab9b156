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

} // namespace vd
