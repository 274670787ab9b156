#include "ui/uilog.h"

Q_LOGGING_CATEGORY(lcUiAudio, "voicedeck.ui.audio")
Q_LOGGING_CATEGORY(lcUiCharts, "voicedeck.ui.charts")
Q_LOGGING_CATEGORY(lcUiI18n, "voicedeck.ui.i18n")
Q_LOGGING_CATEGORY(lcUiActivity, "voicedeck.ui.activity")
Q_LOGGING_CATEGORY(lcUiSpeech, "voicedeck.ui.speech")
Q_LOGGING_CATEGORY(lcUiProviders, "voicedeck.ui.providers")
// Info by default: probe runs the user started are worth a line.
Q_LOGGING_CATEGORY(lcUiHealth, "voicedeck.ui.health", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiSuites, "voicedeck.ui.suites")
Q_LOGGING_CATEGORY(lcUiShell, "voicedeck.ui.shell")
