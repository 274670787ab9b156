<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>vd::SettingWording</name>
        <message>
            <source>Tone pitch</source>
            <translation>Высота тона</translation>
        </message>
        <message>
            <source>Hz</source>
            <translation>Гц</translation>
        </message>
        <message>
            <source>Keying speed</source>
            <translation>Скорость передачи</translation>
        </message>
        <message>
            <source>words/min</source>
            <translation>слов/мин</translation>
        </message>
        <message>
            <source>Sample rate</source>
            <translation>Частота дискретизации</translation>
        </message>
    </context>
    <context>
        <name>vd</name>
        <message>
            <source>Example plugin: speaks text as Morse code tones. No network, no key; the template for third-party provider plugins.</source>
            <translation>Пример плагина: произносит текст тонами азбуки Морзе. Без сети и без ключа; образец для плагинов сторонних провайдеров.</translation>
        </message>
        <message>
            <source>Pitch of the tone in hertz.</source>
            <translation>Высота тона в герцах.</translation>
        </message>
        <message>
            <source>Keying speed in words per minute (PARIS standard); the request's speed multiplies it.</source>
            <translation>Скорость передачи в словах в минуту (по эталону PARIS); скорость запроса умножает её.</translation>
        </message>
        <message>
            <source>Sample rate of the generated audio in hertz.</source>
            <translation>Частота дискретизации создаваемого звука в герцах.</translation>
        </message>
    </context>
</TS>
