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
            <source>Speaking rate</source>
            <translation>Темп речи</translation>
        </message>
        <message>
            <source>words/min</source>
            <translation>слов/мин</translation>
        </message>
        <message>
            <source>Quality probe</source>
            <translation>Проверка качества</translation>
        </message>
    </context>
    <context>
        <name>vd</name>
        <message>
            <source>eSpeak NG speech synthesis in process, in its many languages (Russian included); no network, no key.</source>
            <translation>Синтез речи eSpeak NG внутри программы, на многих языках (в том числе русском); без сети и без ключа.</translation>
        </message>
        <message>
            <source>eSpeak NG voice: an id from the voice list (for example gmw/en-US) or a language it speaks (en-us, en-gb, ru, de).</source>
            <translation>Голос eSpeak NG: идентификатор из списка голосов (например, gmw/en-US) или язык, на котором он говорит (en-us, en-gb, ru, de).</translation>
        </message>
        <message>
            <source>Speaking rate in words per minute at speed 1.0.</source>
            <translation>Темп речи в словах в минуту при скорости 1.0.</translation>
        </message>
        <message>
            <source>Probe with a round trip: speak a fixed sentence, have the best speech-to-text provider listen and measure the word error rate; over health.probe_wer_threshold the provider is DEGRADED. PocketSphinx follows eSpeak's voice poorly: use a cloud recogniser.</source>
            <translation>Проверять «туда и обратно»: произнести заданную фразу, дать её распознать лучшему провайдеру распознавания речи и измерить долю ошибок в словах; выше health.probe_wer_threshold провайдер переходит в состояние DEGRADED. PocketSphinx плохо распознаёт голос eSpeak: используйте облачный распознаватель.</translation>
        </message>
    </context>
</TS>
