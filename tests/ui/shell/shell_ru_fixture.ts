<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>vd::MainWindow</name>
    <message>
        <source>VoiceDeck</source>
        <translation>VoiceDeck</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About VoiceDeck</source>
        <translation>&amp;О программе VoiceDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Configuration warnings</source>
        <translation>Предупреждения конфигурации</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Loading keychain and state…</source>
        <translation>Загрузка связки ключей и состояния…</translation>
    </message>
    <message>
        <source>Config file warning: %1</source>
        <translation>Предупреждение в файле конфигурации: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n config file warnings; the first: %1</source>
        <translation>
            <numerusform>%n предупреждение в файле конфигурации; первое: %1</numerusform>
            <numerusform>%n предупреждения в файле конфигурации; первое: %1</numerusform>
            <numerusform>%n предупреждений в файле конфигурации; первое: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;VoiceDeck %1&lt;/h3&gt;&lt;p&gt;Manage, test and monitor speech-to-text and text-to-speech providers.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;VoiceDeck is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU General Public License&lt;/a&gt; for more details.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VoiceDeck %1&lt;/h3&gt;&lt;p&gt;Управление, проверка и мониторинг сервисов распознавания и синтеза речи.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2, работает на Qt %3.&lt;/p&gt;&lt;p&gt;VoiceDeck — свободная программа: вы можете распространять и (или) изменять её на условиях Стандартной общественной лицензии GNU в том виде, в каком она была опубликована Фондом свободного программного обеспечения, либо версии 3 лицензии, либо (по вашему выбору) любой более поздней версии.&lt;/p&gt;&lt;p&gt;Программа распространяется в надежде, что она будет полезной, но БЕЗ ВСЯКИХ ГАРАНТИЙ; даже без неявной гарантии ТОВАРНОГО ВИДА или ПРИГОДНОСТИ ДЛЯ ОПРЕДЕЛЁННЫХ ЦЕЛЕЙ. Подробнее см. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Стандартную общественную лицензию GNU&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About VoiceDeck</source>
        <translation>О программе VoiceDeck</translation>
    </message>
</context>
<context>
    <name>vd::StandardPages</name>
    <message>
        <source>Speech to text</source>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>Синтез речи</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Журнал</translation>
    </message>
</context>
<context>
    <name>vd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Changes apply at once and are remembered.</source>
        <translation>Изменения применяются сразу и запоминаются.</translation>
    </message>
</context>
<context>
    <name>vd::ConfigProblemDialog</name>
    <message>
        <source>Configuration problem</source>
        <translation>Проблема с конфигурацией</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;VoiceDeck cannot use its configuration file&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;The file has not been changed. Fix it and choose &lt;i&gt;Try Again&lt;/i&gt;, or move it aside (it is kept as &lt;tt&gt;%2.corrupt-…&lt;/tt&gt;) and start with the default settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VoiceDeck не может использовать свой файл конфигурации&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Файл не изменён. Исправьте его и нажмите &lt;i&gt;Повторить&lt;/i&gt; или отложите его (он сохранится как &lt;tt&gt;%2.corrupt-…&lt;/tt&gt;) и начните с настроек по умолчанию.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Move Aside and Use Defaults</source>
        <translation>&amp;Отложить файл и взять настройки по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
</context>
<context>
    <name>vd::gui::GuiOptions</name>
    <message>
        <source>VoiceDeck: manage, test and monitor speech-to-text and text-to-speech providers.</source>
        <translation>VoiceDeck: управление, проверка и мониторинг сервисов распознавания и синтеза речи.</translation>
    </message>
    <message>
        <source>Use this config file.</source>
        <translation>Использовать этот файл конфигурации.</translation>
    </message>
    <message>
        <source>Open on this page: speech-to-text, text-to-speech, providers, health or activity.</source>
        <translation>Открыть на этой странице: speech-to-text, text-to-speech, providers, health или activity.</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has been painted once (for start-up benchmarks).</source>
        <translation>Завершиться с кодом 0, как только главное окно будет один раз отрисовано (для замеров запуска).</translation>
    </message>
</context>
</TS>
