<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>vd::ActivityPage</name>
    <message numerus="yes">
        <location filename="../ui/activity/activitypage.cpp" line="+251"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%1 of %n request shown</numerusform>
            <numerusform>%1 of %n requests shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::GoogleTextToSpeech</name>
    <message numerus="yes">
        <location filename="../core/providers/google/googledefinitions.cpp" line="+115"/>
        <source>%n voice(s) listed</source>
        <translation>
            <numerusform>%n voice listed</numerusform>
            <numerusform>%n voices listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::HealthPage</name>
    <message numerus="yes">
        <location filename="../ui/health/healthpage.cpp" line="+225"/>
        <source>%n probe(s) running</source>
        <translation>
            <numerusform>%n probe running</numerusform>
            <numerusform>%n probes running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow.cpp" line="+151"/>
        <source>%n config file warnings; the first: %1</source>
        <translation>
            <numerusform>%n config file warning; the first: %1</numerusform>
            <numerusform>%n config file warnings; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::OpenAiResponses</name>
    <message numerus="yes">
        <location filename="../core/providers/openai/openairesponses.cpp" line="+107"/>
        <source>%n model(s) listed</source>
        <translation>
            <numerusform>%n model listed</numerusform>
            <numerusform>%n models listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::SuiteRunPanel</name>
    <message numerus="yes">
        <location filename="../ui/suites/suiterunpanel.cpp" line="+221"/>
        <source>%n invalid case(s) of the suite file were not run.</source>
        <translation>
            <numerusform>%n invalid case of the suite file was not run.</numerusform>
            <numerusform>%n invalid cases of the suite file were not run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::SuiteRunsModel</name>
    <message numerus="yes">
        <location filename="../ui/suites/suiterunsmodel.cpp" line="+52"/>
        <source>%n suite file problem(s)</source>
        <translation>
            <numerusform>%n suite file problem</numerusform>
            <numerusform>%n suite file problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::SuitesPage</name>
    <message numerus="yes">
        <location filename="../ui/suites/suitespage.cpp" line="+159"/>
        <source>%n problem(s) in the suite file; nothing was run. Fix them, or check &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n problem in the suite file; nothing was run. Fix it, or check &quot;%1&quot;.</numerusform>
            <numerusform>%n problems in the suite file; nothing was run. Fix them, or check &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Suite %1 (%2): %n valid case(s)</source>
        <translation>
            <numerusform>Suite %1 (%2): %n valid case</numerusform>
            <numerusform>Suite %1 (%2): %n valid cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::TakePanel</name>
    <message numerus="yes">
        <location filename="../ui/speech/takepanel.cpp" line="+317"/>
        <source>Take: %1, %2 s, %3 Hz, %n channel(s)</source>
        <translation>
            <numerusform>Take: %1, %2 s, %3 Hz, %n channel</numerusform>
            <numerusform>Take: %1, %2 s, %3 Hz, %n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::TextLimitCounter</name>
    <message numerus="yes">
        <location filename="../ui/speech/textlimitcounter.cpp" line="+50"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::TextToSpeechPage</name>
    <message numerus="yes">
        <location filename="../ui/speech/texttospeechpage.cpp" line="+427"/>
        <source>Played the text with %n provider(s).</source>
        <translation>
            <numerusform>Played the text with %n provider.</numerusform>
            <numerusform>Played the text with %n providers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::VoicePicker</name>
    <message numerus="yes">
        <location filename="../ui/speech/voicepicker.cpp" line="+170"/>
        <source>%n voice(s) of %1</source>
        <translation>
            <numerusform>%n voice of %1</numerusform>
            <numerusform>%n voices of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of the %n voice(s) of %2 match the search</source>
        <translation>
            <numerusform>%1 of the %n voice of %2 matches the search</numerusform>
            <numerusform>%1 of the %n voices of %2 match the search</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::WorkReports</name>
    <message numerus="yes">
        <location filename="../ui/shell/workreports.cpp" line="+127"/>
        <source>Probing %n provider(s)…</source>
        <translation>
            <numerusform>Probing %n provider…</numerusform>
            <numerusform>Probing %n providers…</numerusform>
        </translation>
    </message>
</context>
</TS>
