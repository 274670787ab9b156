<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>vd::ChartRange</name>
    <message>
        <location filename="../ui/charts/chartrange.cpp" line="24"/>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartrange.cpp" line="26"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartrange.cpp" line="30"/>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::InputDeviceModel</name>
    <message>
        <location filename="../ui/audio/inputdevicemodel.cpp" line="61"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::LevelMeter</name>
    <message>
        <location filename="../ui/widgets/levelmeter.cpp" line="30"/>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::PcmPlayer</name>
    <message>
        <location filename="../ui/audio/pcmplayer.cpp" line="55"/>
        <source>This audio cannot be played: %1 Hz with %2 channels is not a playable format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/pcmplayer.cpp" line="62"/>
        <source>No sound output found. Connect speakers or headphones, or check that the sound system (PulseAudio or PipeWire) is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/pcmplayer.cpp" line="78"/>
        <source>The sound output &quot;%1&quot; could not be opened. Check that it is connected and not used by another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/pcmplayer.cpp" line="119"/>
        <source>The sound output stopped working during playback (was it unplugged?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/pcmplayer.cpp" line="146"/>
        <source>Playback stalled: the sound output stopped taking audio. Check the output device and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::Recorder</name>
    <message>
        <location filename="../ui/audio/recorder.cpp" line="19"/>
        <source>No microphone found. Connect a microphone, or check that the sound system (PulseAudio or PipeWire) is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/recorder.cpp" line="66"/>
        <source>The chosen microphone (%1) is not connected. Plug it in or pick another input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/recorder.cpp" line="83"/>
        <source>The microphone &quot;%1&quot; could not be opened. Check that it is connected and not used exclusively by another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/recorder.cpp" line="93"/>
        <source>The microphone stopped delivering sound (was it unplugged?). The take so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio/recorder.cpp" line="150"/>
        <source>Recording stopped at the length limit (%1). The take so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::ResponseTimeChart</name>
    <message>
        <location filename="../ui/charts/responsetimechart.cpp" line="85"/>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/responsetimechart.cpp" line="86"/>
        <source>Milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/responsetimechart.cpp" line="87"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::StatusChart</name>
    <message>
        <location filename="../ui/charts/statuschart.cpp" line="50"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/statuschart.cpp" line="52"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/statuschart.cpp" line="54"/>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/statuschart.cpp" line="58"/>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/statuschart.cpp" line="151"/>
        <source>Status over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/statuschart.cpp" line="152"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::WaveformView</name>
    <message>
        <location filename="../ui/widgets/waveformview.cpp" line="13"/>
        <source>Waveform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
