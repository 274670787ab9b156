<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>vd::SettingWording</name>
        <message>
            <source>Voice</source>
            <translation>Голос</translation>
        </message>
        <message>
            <source>Quality probe</source>
            <translation>Проверка качества</translation>
        </message>
    </context>
    <context>
        <name>vd</name>
        <message>
            <source>Flite speech synthesis in process, English voices slt, rms, awb and kal; no network, no key.</source>
            <translation>Синтез речи Flite внутри программы, английские голоса slt, rms, awb и kal; без сети и без ключа.</translation>
        </message>
        <message>
            <source>Flite voice: slt (US female), rms (US male), awb (Scottish male), kal (US male, 8 kHz).</source>
            <translation>Голос Flite: slt (американский женский), rms (американский мужской), awb (шотландский мужской), kal (американский мужской, 8 кГц).</translation>
        </message>
        <message>
            <source>Probe with a round trip: speak a fixed sentence, have the best speech-to-text provider listen and measure the word error rate; over health.probe_wer_threshold the provider is DEGRADED.</source>
            <translation>Проверять «туда и обратно»: произнести заданную фразу, дать её распознать лучшему провайдеру распознавания речи и измерить долю ошибок в словах; выше health.probe_wer_threshold провайдер переходит в состояние DEGRADED.</translation>
        </message>
    </context>
</TS>
