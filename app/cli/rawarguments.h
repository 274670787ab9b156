#pragma once

#include <QString>

namespace vd::cli {

// Why the raw command line cannot be used, or an empty string. Qt 6 decodes argv as UTF-8 under
// every locale (QFile::decodeName included) and turns invalid bytes into U+FFFD, so a file name
// with byte 0xff would be reported missing, or --output would write a differently named file,
// and text would reach a provider garbled. Such an argument is refused instead (exit 2), naming
// it and the fix: rename the file, or reach it through a symlink with a UTF-8 name.
QString undecodableArgument(int argc, const char* const* argv);

} // namespace vd::cli
