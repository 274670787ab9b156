<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>vd::SettingWording</name>
        <message>
            <source>Model folder</source>
            <translation>Папка модели</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Quality probe</source>
            <translation>Проверка качества</translation>
        </message>
    </context>
    <context>
        <name>vd</name>
        <message>
            <source>PocketSphinx speech recognition in process, English (en-US) model from Debian; no network, no key.</source>
            <translation>Распознавание речи PocketSphinx внутри программы, английская модель (en-US) из Debian; без сети и без ключа.</translation>
        </message>
        <message>
            <source>Folder holding the PocketSphinx model: en-us/, en-us.lm.bin and cmudict-en-us.dict.</source>
            <translation>Папка с моделью PocketSphinx: en-us/, en-us.lm.bin и cmudict-en-us.dict.</translation>
        </message>
        <message>
            <source>Language of the speech; the model recognises American English.</source>
            <translation>Язык речи; модель распознаёт американский английский.</translation>
        </message>
        <message>
            <source>Probe with a round trip: transcribe a fixed recording and measure the word error rate; over health.probe_wer_threshold the provider is DEGRADED.</source>
            <translation>Проверять «туда и обратно»: распознать заданную запись и измерить долю ошибок в словах; выше health.probe_wer_threshold провайдер переходит в состояние DEGRADED.</translation>
        </message>
    </context>
</TS>
