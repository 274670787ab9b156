#pragma once

#include <QString>

namespace vd {

// Where the configuration file lives (PRODUCT.md §2): `--config FILE` when given, else
// $VOICEDECK_CONFIG, else <user config dir>/voicedeck/config.json (XDG_CONFIG_HOME honoured).
// Independent of the application's organisation name, so GUI and CLI agree.
QString resolveConfigPath(const QString& cliOption = {});

// <user data dir>/voicedeck: breaker state, health history, user plugins.
QString stateDirectory();

} // namespace vd
