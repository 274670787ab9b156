#pragma once

#include <QLoggingCategory>

// Every logging category of voicedeck_ui, in one place (QT_LOGGING_RULES, e.g.
// "voicedeck.ui.speech.debug=true").

// voicedeck.ui.audio: microphone capture and playback.
Q_DECLARE_LOGGING_CATEGORY(lcUiAudio)
// voicedeck.ui.charts: the health charts.
Q_DECLARE_LOGGING_CATEGORY(lcUiCharts)
// voicedeck.ui.i18n: loading the interface translations.
Q_DECLARE_LOGGING_CATEGORY(lcUiI18n)
// voicedeck.ui.activity: the Activity page and its history from earlier sessions.
Q_DECLARE_LOGGING_CATEGORY(lcUiActivity)
// voicedeck.ui.speech: the Speech to text and Text to speech pages.
Q_DECLARE_LOGGING_CATEGORY(lcUiSpeech)
// voicedeck.ui.providers: the Providers page (order, settings, keys, tests, breakers).
Q_DECLARE_LOGGING_CATEGORY(lcUiProviders)
// voicedeck.ui.health: the Health dashboard (cards, chart feed, probes).
Q_DECLARE_LOGGING_CATEGORY(lcUiHealth)
// voicedeck.ui.suites: the Suites page (suite files, runs, history, exports).
Q_DECLARE_LOGGING_CATEGORY(lcUiSuites)
// voicedeck.ui.shell: the main window, its navigation, preferences and saved session.
Q_DECLARE_LOGGING_CATEGORY(lcUiShell)
