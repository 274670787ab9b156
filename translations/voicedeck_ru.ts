<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BadgeText</name>
    <message>
        <location filename="../ui/providers/providerbadge.cpp" line="+23"/>
        <source>Healthy</source>
        <translation>Исправен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Работает с перебоями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unhealthy</source>
        <translation>Неисправен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked yet</source>
        <translation>Ещё не проверялся</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not configured</source>
        <translation>Не настроен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>closed</source>
        <translation>замкнут</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open until %1</source>
        <translation>разомкнут до %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>разомкнут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half-open (trial calls)</source>
        <translation>полуразомкнут (пробные вызовы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forced open</source>
        <translation>принудительно разомкнут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled (always allows calls)</source>
        <translation>отключён (вызовы всегда разрешены)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs attention: %1</source>
        <translation>Требует внимания: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — breaker %2</source>
        <translation>%1 — предохранитель %2</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <location filename="../ui/health/healthtext.cpp" line="+19"/>
        <source>Closed</source>
        <translation>Замкнут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Разомкнут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half open</source>
        <translation>Полуразомкнут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced open</source>
        <translation>Принудительно разомкнут</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>vd</name>
    <message>
        <location filename="../core/model/speechtext.cpp" line="+33"/>
        <source>The text has a lone UTF-16 surrogate (U+%1) at character %2, which is not valid Unicode; fix the text&apos;s encoding or remove that character.</source>
        <translation>В тексте в позиции %2 есть одиночный суррогат UTF-16 (U+%1), недопустимый в Юникоде; исправьте кодировку текста или удалите этот символ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no text to speak: it is empty or has only spaces, control or zero-width characters; give the words to speak.</source>
        <translation>Нет текста для озвучивания: он пуст или содержит только пробелы, управляющие символы или символы нулевой ширины; введите слова, которые нужно озвучить.</translation>
    </message>
    <message>
        <location filename="../core/network/errorclassifier.cpp" line="+130"/>
        <source>The account&apos;s quota or billing needs attention in the vendor&apos;s console.</source>
        <translation>Квота или оплата учётной записи требуют внимания в консоли поставщика.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests for now; it will be retried after a pause.</source>
        <translation>Сейчас слишком много запросов; запрос будет повторён после паузы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send shorter audio or text.</source>
        <translation>Отправьте более короткое аудио или текст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model or endpoint does not exist: check the model and base_url settings.</source>
        <translation>Модель или конечная точка не существует: проверьте настройки model и base_url.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the provider&apos;s settings (model, language, voice, format).</source>
        <translation>Проверьте настройки провайдера (модель, язык, голос, формат).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service took too long; try again later.</source>
        <translation>Сервис отвечал слишком долго; попробуйте позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service has a problem on its side; try again later.</source>
        <translation>На стороне сервиса возникла проблема; попробуйте позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that base_url points at the right service.</source>
        <translation>Проверьте, что base_url указывает на нужный сервис.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rejected the credential</source>
        <translation>отклонил учётные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reports the quota is exhausted</source>
        <translation>сообщает, что квота исчерпана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is rate limiting requests</source>
        <translation>ограничивает частоту запросов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused the request as too large</source>
        <translation>отклонил запрос как слишком большой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected the request</source>
        <translation>отклонил запрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation>не ответил вовремя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>had a server error</source>
        <translation>сообщил об ошибке сервера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gave an unexpected answer</source>
        <translation>вернул неожиданный ответ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The connection to %1 timed out%2; check the network.</source>
        <translation>Истекло время ожидания соединения с %1%2; проверьте сеть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS connection to %1 could not be verified%2; the certificate is not trusted or the connection is intercepted. Check base_url and the system certificates.</source>
        <translation>Не удалось проверить подлинность TLS-соединения с %1%2; сертификат не является доверенным или соединение перехвачено. Проверьте base_url и системные сертификаты.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The host of %1 was not found%2; check base_url and the network.</source>
        <translation>Хост %1 не найден%2; проверьте base_url и сеть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the connection%2; check base_url.</source>
        <translation>%1 отклонил соединение%2; проверьте base_url.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 redirected the request to another place, which VoiceDeck does not follow with credentials%2; check base_url.</source>
        <translation>%1 перенаправил запрос в другое место, а VoiceDeck не выполняет перенаправления с учётными данными%2; проверьте base_url.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Запрос к %1 отменён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed%2; check the network and try again.</source>
        <translation>Сбой соединения с %1%2; проверьте сеть и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 sent no HTTP answer; check base_url.</source>
        <translation>%1 не прислал HTTP-ответ; проверьте base_url.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer of %1 was cut off before it was complete. %2</source>
        <translation>Ответ %1 оборвался, не дойдя до конца. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>redirect (HTTP %1) to %2 was not followed; check base_url</source>
        <translation>перенаправление (HTTP %1) на %2 не выполнено; проверьте base_url</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 gave an answer VoiceDeck cannot use: %2. Check that base_url points at the right service.</source>
        <translation>%1 вернул ответ, который VoiceDeck не может использовать: %2. Проверьте, что base_url указывает на нужный сервис.</translation>
    </message>
    <message>
        <location filename="../core/providers/google/googledefinitions.cpp" line="+36"/>
        <source>BCP-47 language of the audio (&quot;en-US&quot;, &quot;ru-RU&quot;).</source>
        <translation>Язык аудио в формате BCP-47 («en-US», «ru-RU»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognition model (latest_long, latest_short, command_and_search, phone_call, video, default); empty lets Google choose.</source>
        <translation>Модель распознавания (latest_long, latest_short, command_and_search, phone_call, video, default); если пусто, модель выбирает Google.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask Google to add punctuation.</source>
        <translation>Просить Google расставлять знаки препинания.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Cloud Speech-to-Text v1 (POST {base_url}/v1/speech:recognize), LINEAR16 16 kHz; recordings over 55 s are split at pauses. Google has no free call: the health probe sends 0.1 s of silence, a billable request.</source>
        <translation>Google Cloud Speech-to-Text v1 (POST {base_url}/v1/speech:recognize), LINEAR16 16 кГц; записи длиннее 55 с разбиваются по паузам. Бесплатного вызова у Google нет: проверка работоспособности отправляет 0.1 с тишины — это платный запрос.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>BCP-47 language of the voice (&quot;en-US&quot;).</source>
        <translation>Язык голоса в формате BCP-47 («en-US»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice name (&quot;en-US-Neural2-C&quot;); empty lets Google pick one for the language.</source>
        <translation>Имя голоса («en-US-Neural2-C»); если пусто, Google подберёт голос для языка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LINEAR16 (WAV), MP3 or OGG_OPUS.</source>
        <translation>LINEAR16 (WAV), MP3 или OGG_OPUS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaking rate 0.25–4.0.</source>
        <translation>Темп речи 0.25–4.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitch in semitones, −20 to 20.</source>
        <translation>Высота тона в полутонах, от −20 до 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output sample rate; 0 uses the voice&apos;s natural rate.</source>
        <translation>Частота дискретизации на выходе; 0 — естественная частота голоса.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Cloud Text-to-Speech v1 (POST {base_url}/v1/text:synthesize), up to 5000 bytes of UTF-8 text. Health probe and voices: GET /v1/voices (free).</source>
        <translation>Google Cloud Text-to-Speech v1 (POST {base_url}/v1/text:synthesize), до 5000 байт текста в UTF-8. Проверка работоспособности и список голосов: GET /v1/voices (бесплатно).</translation>
    </message>
    <message>
        <location filename="../core/providers/google/googlerequests.cpp" line="+54"/>
        <source>The request is %1 bytes, over Google&apos;s 10 MB (10485760 bytes) limit for synchronous recognition; send a shorter recording.</source>
        <translation>Размер запроса — %1 байт, что превышает ограничение Google в 10 МБ (10485760 байт) для синхронного распознавания; отправьте более короткую запись.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/providers/openai/openairequests.cpp" line="+90"/>
        <location filename="../core/providers/yandex/yandexrequests.cpp" line="+106"/>
        <source>The recording is empty: there is nothing to transcribe.</source>
        <translation>Запись пуста: распознавать нечего.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Google Text-to-Speech cannot produce &quot;%1&quot; audio; use wav, mp3 or ogg.</source>
        <translation>Google Text-to-Speech не умеет выдавать аудио в формате «%1»; используйте wav, mp3 или ogg.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text is %1 bytes in UTF-8, over Google&apos;s limit of 5000 bytes; shorten it.</source>
        <translation>Размер текста в UTF-8 — %1 байт, что превышает ограничение Google в 5000 байт; сократите его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed %1 is outside Google&apos;s range 0.25–4.0.</source>
        <translation>Скорость %1 вне допустимого диапазона Google 0.25–4.0.</translation>
    </message>
    <message>
        <location filename="../core/providers/google/googleresponses.cpp" line="+22"/>
        <location filename="../core/providers/openai/openairesponses.cpp" line="+23"/>
        <source>the body is not JSON (%1): &quot;%2&quot;</source>
        <translation>тело ответа не является JSON (%1): «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/providers/openai/openairesponses.cpp" line="+5"/>
        <source>the body is not a JSON object</source>
        <translation>тело ответа не является объектом JSON</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;results&quot; is not an array</source>
        <translation>«results» не является массивом</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a recognition result is not an object</source>
        <translation>результат распознавания не является объектом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;alternatives&quot; is not an array</source>
        <translation>«alternatives» не является массивом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;transcript&quot; is not a string</source>
        <translation>«transcript» не является строкой</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the answer has no &quot;audioContent&quot; string</source>
        <translation>в ответе нет строки «audioContent»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;audioContent&quot; is not valid base64</source>
        <translation>«audioContent» не является корректной строкой base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;audioContent&quot; is empty</source>
        <translation>«audioContent» пуст</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the LINEAR16 audio has no WAV header</source>
        <translation>у аудио LINEAR16 нет заголовка WAV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;voices&quot; is not an array</source>
        <translation>«voices» не является массивом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a voice has no &quot;name&quot;</source>
        <translation>у голоса нет поля «name»</translation>
    </message>
    <message>
        <location filename="../core/providers/openai/openaidefinitions.cpp" line="+19"/>
        <source>Optional OpenAI-Organization header.</source>
        <translation>Необязательный заголовок OpenAI-Organization.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional OpenAI-Project header.</source>
        <translation>Необязательный заголовок OpenAI-Project.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Transcription model: whisper-1, gpt-4o-transcribe, gpt-4o-mini-transcribe, or a compatible server&apos;s model.</source>
        <translation>Модель распознавания: whisper-1, gpt-4o-transcribe, gpt-4o-mini-transcribe или модель совместимого сервера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the audio (&quot;en&quot;); empty lets the model detect it.</source>
        <translation>Язык аудио («en»); если пусто, модель определяет его сама.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional text to guide the style or vocabulary.</source>
        <translation>Необязательный текст-подсказка, задающий стиль или словарь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>json (every model) or verbose_json (whisper-1: adds language and segments).</source>
        <translation>json (любая модель) или verbose_json (whisper-1: добавляет язык и сегменты).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling temperature 0–1; unset uses the server&apos;s default.</source>
        <translation>Температура выборки 0–1; если не задана, используется значение сервера по умолчанию.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenAI speech to text (POST {base_url}/audio/transcriptions), also any OpenAI-compatible server. Long recordings are split at pauses. Health probe: GET /models (free).</source>
        <translation>Распознавание речи OpenAI (POST {base_url}/audio/transcriptions), а также любой OpenAI-совместимый сервер. Длинные записи разбиваются по паузам. Проверка работоспособности: GET /models (бесплатно).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speech model: tts-1, tts-1-hd or gpt-4o-mini-tts.</source>
        <translation>Модель синтеза речи: tts-1, tts-1-hd или gpt-4o-mini-tts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/providers/yandex/yandexdefinitions.cpp" line="+77"/>
        <source>Voice.</source>
        <translation>Голос.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audio format: wav, pcm (raw 24 kHz, plays while it arrives), mp3, opus, flac or aac.</source>
        <translation>Формат аудио: wav, pcm (необработанный, 24 кГц, воспроизводится по мере поступления), mp3, opus, flac или aac.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking speed 0.25–4.0.</source>
        <translation>Скорость речи 0.25–4.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to speak (tone, accent); not used by tts-1 and tts-1-hd.</source>
        <translation>Как говорить (тон, акцент); не используется в tts-1 и tts-1-hd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenAI text to speech (POST {base_url}/audio/speech), up to 4096 characters; pcm streams while it is generated. Health probe: GET /models (free).</source>
        <translation>Синтез речи OpenAI (POST {base_url}/audio/speech), до 4096 символов; pcm передаётся потоком по мере генерации. Проверка работоспособности: GET /models (бесплатно).</translation>
    </message>
    <message>
        <location filename="../core/providers/openai/openairequests.cpp" line="-11"/>
        <source>The audio part is %1 MiB, over OpenAI&apos;s 25 MiB request limit; send a shorter recording.</source>
        <translation>Фрагмент аудио занимает %1 МиБ, что превышает ограничение OpenAI на запрос в 25 МиБ; отправьте более короткую запись.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>OpenAI cannot produce &quot;%1&quot; audio; use wav, pcm, mp3, ogg, flac or aac.</source>
        <translation>OpenAI не умеет выдавать аудио в формате «%1»; используйте wav, pcm, mp3, ogg, flac или aac.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text has %1 characters, over OpenAI&apos;s limit of 4096 characters; shorten it.</source>
        <translation>Длина текста — %1 симв., что превышает ограничение OpenAI в 4096 символов; сократите его.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speed %1 is outside OpenAI&apos;s range 0.25–4.0.</source>
        <translation>Скорость %1 вне допустимого диапазона OpenAI 0.25–4.0.</translation>
    </message>
    <message>
        <location filename="../core/providers/openai/openairesponses.cpp" line="+13"/>
        <source>the transcription has no &quot;text&quot; string</source>
        <translation>в ответе распознавания нет строки «text»</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/providers/yandex/yandexresponses.cpp" line="+37"/>
        <source>the audio answer is empty</source>
        <translation>аудио в ответе пустое</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/providers/yandex/yandexresponses.cpp" line="+4"/>
        <source>expected audio but got %1: &quot;%2&quot;</source>
        <translation>ожидалось аудио, но получено %1: «%2»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the wav answer has no RIFF/WAVE header</source>
        <translation>в ответе wav нет заголовка RIFF/WAVE</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the model list has no &quot;data&quot; array</source>
        <translation>в списке моделей нет массива «data»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; &quot;%1&quot; is not among them</source>
        <translation>; «%1» среди них нет</translation>
    </message>
    <message>
        <location filename="../core/providers/yandex/yandexdefinitions.cpp" line="-58"/>
        <source>How the stored credential is sent: api_key (service-account API key, &quot;Api-Key&quot;) or iam_token (&quot;Bearer&quot;). A key from YANDEX_API_KEY or YANDEX_IAM_TOKEN says it itself.</source>
        <translation>Как передаются сохранённые учётные данные: api_key (API-ключ сервисного аккаунта, «Api-Key») или iam_token («Bearer»). Для ключа из YANDEX_API_KEY или YANDEX_IAM_TOKEN способ определяется по самой переменной.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder ID, sent only with IAM tokens (required for a user account&apos;s token); YANDEX_FOLDER_ID fills it when empty.</source>
        <translation>Идентификатор каталога (folder ID), передаётся только с IAM-токенами (обязателен для токена пользовательского аккаунта); если пусто, берётся из YANDEX_FOLDER_ID.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Language of the audio (&quot;ru-RU&quot;, &quot;en-US&quot;, …).</source>
        <translation>Язык аудио («ru-RU», «en-US», …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language model (&quot;general&quot;).</source>
        <translation>Языковая модель («general»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask profanity in the transcript.</source>
        <translation>Маскировать ненормативную лексику в распознанном тексте.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yandex SpeechKit STT v1 (POST {base_url}/speech/v1/stt:recognize), 16 kHz mono lpcm; recordings over 29 s are split at pauses (limits 30 s, 1 MB). No free call exists: the health probe recognises 0.1 s of silence, a billable request.</source>
        <translation>Yandex SpeechKit STT v1 (POST {base_url}/speech/v1/stt:recognize), 16 кГц, моно, lpcm; записи длиннее 29 с разбиваются по паузам (ограничения: 30 с, 1 МБ). Бесплатного вызова нет: проверка работоспособности распознаёт 0.1 с тишины — это платный запрос.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language of the text (&quot;ru-RU&quot;).</source>
        <translation>Язык текста («ru-RU»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emotion (neutral, good, evil; ru-RU voices only); empty for the voice&apos;s default.</source>
        <translation>Эмоциональная окраска (neutral, good, evil; только для голосов ru-RU); если пусто — окраска голоса по умолчанию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking speed 0.1–3.0.</source>
        <translation>Скорость речи 0.1–3.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lpcm (raw PCM, plays while it arrives), oggopus or mp3.</source>
        <translation>lpcm (необработанный PCM, воспроизводится по мере поступления), oggopus или mp3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lpcm sample rate: 48000, 16000 or 8000.</source>
        <translation>Частота дискретизации lpcm: 48000, 16000 или 8000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yandex SpeechKit TTS v1 (POST {base_url}/speech/v1/tts:synthesize), up to 5000 characters; lpcm streams while it arrives. No free call exists: the health probe synthesises a short word, a billable request.</source>
        <translation>Yandex SpeechKit TTS v1 (POST {base_url}/speech/v1/tts:synthesize), до 5000 символов; lpcm передаётся потоком по мере поступления. Бесплатного вызова нет: проверка работоспособности синтезирует короткое слово — это платный запрос.</translation>
    </message>
    <message>
        <location filename="../core/providers/yandex/yandexrequests.cpp" line="-37"/>
        <source>The audio part lasts %1 s, over Yandex&apos;s 30 s limit; send a shorter recording.</source>
        <translation>Фрагмент аудио длится %1 с, что превышает ограничение Yandex в 30 с; отправьте более короткую запись.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audio part is %1 bytes, over Yandex&apos;s 1 MB limit; send a shorter recording.</source>
        <translation>Фрагмент аудио занимает %1 байт, что превышает ограничение Yandex в 1 МБ; отправьте более короткую запись.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Yandex SpeechKit cannot produce &quot;%1&quot; audio; use pcm, ogg or mp3.</source>
        <translation>Yandex SpeechKit не умеет выдавать аудио в формате «%1»; используйте pcm, ogg или mp3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text has %1 characters, over Yandex&apos;s limit of 5000 characters; shorten it.</source>
        <translation>Длина текста — %1 симв., что превышает ограничение Yandex в 5000 символов; сократите его.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speed %1 is outside Yandex&apos;s range 0.1–3.0.</source>
        <translation>Скорость %1 вне допустимого диапазона Yandex 0.1–3.0.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>sample_rate_hertz %1 is not one Yandex offers; use 48000, 16000 or 8000.</source>
        <translation>Yandex не поддерживает sample_rate_hertz %1; используйте 48000, 16000 или 8000.</translation>
    </message>
    <message>
        <location filename="../core/providers/yandex/yandexresponses.cpp" line="-21"/>
        <source>the body is not a JSON object: &quot;%1&quot;</source>
        <translation>тело ответа не является объектом JSON: «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no &quot;result&quot; string</source>
        <translation>в ответе нет строки «result»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the oggopus answer is not an Ogg stream</source>
        <translation>ответ oggopus не является потоком Ogg</translation>
    </message>
    <message>
        <location filename="../core/resilience/voicematch.cpp" line="+69"/>
        <source>same language</source>
        <translation>тот же язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same gender</source>
        <translation>тот же пол</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no close match</source>
        <translation>близкого соответствия нет</translation>
    </message>
    <message>
        <location filename="../core/audio/audiodecoder.cpp" line="+33"/>
        <source>The audio data</source>
        <translation>Аудиоданные</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 holds %2 of %3-channel audio at %4 Hz, which decodes to %5; the limit is %6. Convert it to a lower sample rate or fewer channels, or split it.</source>
        <translation>%1: %2 аудио (каналов: %3, %4 Гц), после декодирования — %5; ограничение — %6. Преобразуйте его к более низкой частоте дискретизации или меньшему числу каналов либо разбейте на части.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 declares a sample rate of %2 Hz, which no recording has (%3 are accepted); the file is damaged.</source>
        <translation>%1: указана частота дискретизации %2 Гц, которой не бывает у записей (допустимы: %3); файл повреждён.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 declares %2 channels; at most %3 are supported.</source>
        <translation>%1: указано каналов: %2; поддерживается не более %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+105"/>
        <source>%1 is %2 long; the limit is %3. Split the recording.</source>
        <translation>%1: длительность %2, ограничение — %3. Разбейте запись на части.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1 is empty: it contains no audio.</source>
        <translation>%1: данные пусты, аудио нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2; files larger than %3 are not accepted.</source>
        <translation>%1: размер %2; файлы больше %3 не принимаются.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not audio in a supported format (WAV, FLAC, OGG Vorbis/Opus, MP3), or its header is damaged: %2.</source>
        <translation>%1: это не аудио в поддерживаемом формате (WAV, FLAC, OGG Vorbis/Opus, MP3) или его заголовок повреждён: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is longer than the limit of %2. Split the recording.</source>
        <translation>%1: длительность превышает ограничение %2. Разбейте запись на части.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged or truncated: %2.</source>
        <translation>%1: данные повреждены или обрезаны: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is truncated: its header announces %2 of audio but only %3 is present.</source>
        <translation>%1: данные обрезаны: в заголовке объявлено %2 аудио, а есть только %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contains no audio samples.</source>
        <translation>%1: нет ни одного отсчёта аудио.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (raw PCM) needs a sample rate of %2, not %3 Hz.</source>
        <translation>%1 (необработанный PCM): нужна частота дискретизации %2, а не %3 Гц.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (raw PCM) needs 1 to %2 channels, not %3.</source>
        <translation>%1 (необработанный PCM): нужно от 1 до %2 каналов, а не %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (raw PCM) contains no audio samples.</source>
        <translation>%1 (необработанный PCM): нет ни одного отсчёта аудио.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (raw PCM) is truncated: %2 bytes is not a whole number of 16-bit frames.</source>
        <translation>%1 (необработанный PCM): данные обрезаны: %2 байт — не целое число 16-битных кадров.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The audio file %1 does not exist.</source>
        <translation>Аудиофайл %1 не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file; choose an audio file.</source>
        <translation>%1 не является файлом; выберите аудиофайл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audio file %1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать аудиофайл %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/audio/audioencoder.cpp" line="+58"/>
        <source>%1 cannot hold audio at %2 Hz with %3 channels; choose WAV.</source>
        <translation>Формат %1 не поддерживает аудио с частотой %2 Гц и числом каналов %3; выберите WAV.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot encode %1: %2.</source>
        <translation>Не удаётся закодировать %1: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Encoding %1 failed after %2 of %3 frames: %4.</source>
        <translation>Сбой кодирования %1 после %2 из %3 кадров: %4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>Не удаётся записать «%1»: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing &apos;%1&apos; failed: %2.</source>
        <translation>Сбой записи «%1»: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot tell the audio format from the name &apos;%1&apos;; use a .wav, .flac, .ogg or .mp3 extension.</source>
        <translation>Не удаётся определить формат аудио по имени «%1»; используйте расширение .wav, .flac, .ogg или .mp3.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot encode audio as &apos;%1&apos;; supported formats are %2.</source>
        <translation>Невозможно закодировать аудио в формат «%1»; поддерживаемые форматы: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no audio to encode.</source>
        <translation>Нет аудио для кодирования.</translation>
    </message>
    <message>
        <location filename="../core/providers/offline/espeak/espeakengine.cpp" line="+98"/>
        <source>eSpeak NG could not start: %1. Install the Debian package espeak-ng-data.</source>
        <translation>Не удалось запустить eSpeak NG: %1. Установите пакет Debian espeak-ng-data.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>espeak_tts has no voice &apos;%1&apos;; list the voices to choose one, or name a language (for example en-us, en-gb or ru).</source>
        <translation>У espeak_tts нет голоса «%1»; выберите голос из списка голосов или укажите язык (например, en-us, en-gb или ru).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/providers/offline/flite/fliteengine.cpp" line="+26"/>
        <source>The synthesis was cancelled.</source>
        <translation>Синтез отменён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>eSpeak NG failed to speak: %1.</source>
        <translation>eSpeak NG не смог озвучить текст: %1.</translation>
    </message>
    <message>
        <location filename="../core/providers/offline/espeak/espeaktexttospeech.cpp" line="+37"/>
        <source>espeak_tts has no voice for the language &apos;%1&apos;.</source>
        <translation>У espeak_tts нет голоса для языка «%1».</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>eSpeak NG produced no audio; the text has nothing it can speak.</source>
        <translation>eSpeak NG не выдал аудио: в тексте нет ничего, что он может озвучить.</translation>
    </message>
    <message>
        <location filename="../core/providers/offline/flite/fliteengine.cpp" line="+78"/>
        <source>flite_tts has no voice &apos;%1&apos;; choose slt, rms, awb or kal.</source>
        <translation>У flite_tts нет голоса «%1»; выберите slt, rms, awb или kal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flite produced no audio for the text.</source>
        <translation>Flite не выдал аудио для этого текста.</translation>
    </message>
    <message>
        <location filename="../core/providers/offline/flite/flitetexttospeech.cpp" line="+46"/>
        <source>Flite produced no audio.</source>
        <translation>Flite не выдал аудио.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>flite_tts speaks English only, not &apos;%1&apos;; use espeak_tts or a cloud provider.</source>
        <translation>flite_tts озвучивает только английский текст, а не «%1»; используйте espeak_tts или облачного провайдера.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flite produced no audio; the text has no words it can speak.</source>
        <translation>Flite не выдал аудио: в тексте нет слов, которые он может произнести.</translation>
    </message>
    <message>
        <location filename="../core/providers/offline/pocketsphinx/decoderpool.cpp" line="+66"/>
        <source>The PocketSphinx model folder &apos;%1&apos; does not exist. %2</source>
        <translation>Папка модели PocketSphinx «%1» не существует. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PocketSphinx model in &apos;%1&apos; lacks %2. %3</source>
        <translation>В модели PocketSphinx в «%1» отсутствует %2. %3</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>PocketSphinx rejected its configuration for &apos;%1&apos;. %2</source>
        <translation>PocketSphinx отклонил свою конфигурацию для «%1». %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PocketSphinx could not load the model in &apos;%1&apos;; its files may be damaged. %2</source>
        <translation>PocketSphinx не смог загрузить модель из «%1»; возможно, её файлы повреждены. %2</translation>
    </message>
    <message>
        <location filename="../core/providers/offline/pocketsphinx/pocketsphinxspeechtotext.cpp" line="+42"/>
        <source>The transcription was cancelled.</source>
        <translation>Распознавание отменено.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PocketSphinx could not start decoding.</source>
        <translation>PocketSphinx не смог начать декодирование.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PocketSphinx failed while decoding.</source>
        <translation>Сбой PocketSphinx во время декодирования.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>pocketsphinx_stt recognises English (en-US) only, not &apos;%1&apos;. Choose a cloud provider for that language.</source>
        <translation>pocketsphinx_stt распознаёт только английский язык (en-US), а не «%1». Выберите для этого языка облачного провайдера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no audio to transcribe.</source>
        <translation>Нет аудио для распознавания.</translation>
    </message>
    <message>
        <location filename="../core/providers/offline/speechoutput.cpp" line="+16"/>
        <source>The text has %1 characters; %2 speaks at most %3 at a time. Shorten it or split it.</source>
        <translation>Длина текста — %1 симв.; %2 озвучивает не более %3 за раз. Сократите текст или разбейте его на части.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speed %1 is out of range; %2 accepts 0.25 to 4.0 (1.0 is normal).</source>
        <translation>Скорость %1 вне допустимого диапазона; %2 принимает значения от 0.25 до 4.0 (1.0 — обычная скорость).</translation>
    </message>
    <message>
        <location filename="../core/network/cloudsettings.cpp" line="+95"/>
        <source>Service base URL; https://, or http:// only for this machine (127.0.0.1, ::1, localhost).</source>
        <translation>Базовый URL сервиса; https:// или http:// — только для этого компьютера (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety net: abort a transfer when no data moves for this many milliseconds (the routing attempt timeout applies first).</source>
        <translation>Страховка: прерывать передачу, если данные не поступают указанное число миллисекунд (сначала действует тайм-аут попытки при маршрутизации).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Most automatic health probes per hour (a metered API bills them); 0 = no limit.</source>
        <translation>Наибольшее число автоматических проверок работоспособности в час (платный API выставляет за них счёт); 0 — без ограничения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most automatic health probes per day; 0 = no limit.</source>
        <translation>Наибольшее число автоматических проверок работоспособности в сутки; 0 — без ограничения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probe with a round trip and measure the word error rate: speak a fixed sentence and have the best speech-to-text provider listen (TTS), or transcribe a fixed recording (STT). Each probe is a billed request; a WER over health.probe_wer_threshold makes the provider DEGRADED.</source>
        <translation>Проверять «туда и обратно» с измерением доли ошибок в словах: произнести заданную фразу и дать её распознать лучшему провайдеру распознавания речи (TTS) или распознать заданную запись (STT). Каждая проверка — платный запрос; WER выше health.probe_wer_threshold переводит провайдера в состояние DEGRADED.</translation>
    </message>
</context>
<context>
    <name>vd::AcrossResultsModel</name>
    <message>
        <location filename="../ui/speech/acrossresultsmodel.cpp" line="+24"/>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synthesizing…</source>
        <translation>синтез…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>playing</source>
        <translation>воспроизводится</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>played</source>
        <translation>воспроизведено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measuring…</source>
        <translation>измеряется…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider default</source>
        <translation>как у провайдера</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>vd::AcrossResultsView</name>
    <message>
        <location filename="../ui/speech/acrossresultsview.cpp" line="+59"/>
        <source>Results of playing across providers</source>
        <translation>Результаты озвучивания всеми провайдерами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replay</source>
        <translation>Воспроизвести &amp;снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the selected provider&apos;s speech again, without synthesizing it again</source>
        <translation>Снова воспроизвести речь выбранного провайдера без повторного синтеза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;WAV…</source>
        <translation>Сохранить &amp;WAV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected provider&apos;s speech as a WAV file</source>
        <translation>Сохранить речь выбранного провайдера в файл WAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>Воспроизвести снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save WAV…</source>
        <translation>Сохранить WAV…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Save the speech of %1</source>
        <translation>Сохранить речь %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV (*.wav)</source>
        <translation>WAV (*.wav)</translation>
    </message>
</context>
<context>
    <name>vd::ActivityPage</name>
    <message>
        <location filename="../ui/activity/activitypage.cpp" line="+218"/>
        <source>%1 with %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no provider</source>
        <translation>без провайдера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started: %1</source>
        <translation>Начало: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency: %1 ms · size: %2</source>
        <translation>Задержка: %1 мс · размер: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct request: no routing trace.</source>
        <translation>Прямой запрос: трассировки маршрутизации нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing trace:</source>
        <translation>Трассировка маршрутизации:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a request to see its routing trace.</source>
        <translation>Выберите запрос, чтобы увидеть его трассировку маршрутизации.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n запроса</numerusform>
            <numerusform>Показано %1 из %n запросов</numerusform>
            <numerusform>Показано %1 из %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export to %1: %2. Choose another folder.</source>
        <translation>Не удалось экспортировать в %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Export activity</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Filter:</source>
        <translation>Ф&amp;ильтр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider, operation or outcome</source>
        <translation>Провайдер, операция или результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only requests whose provider, operation or outcome contains this text</source>
        <translation>Показывать только запросы, у которых провайдер, операция или результат содержат этот текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter requests</source>
        <translation>Фильтр запросов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Все запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Успешные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Неудачные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome filter</source>
        <translation>Фильтр по результату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all requests, only successes or only failures</source>
        <translation>Показывать все запросы, только успешные или только неудачные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;probes</source>
        <translation>&amp;Включая проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List health probes too (the automatic ones run at every probe interval)</source>
        <translation>Показывать и проверки работоспособности (автоматические выполняются с каждым интервалом проверок)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty this list; the history database keeps every request</source>
        <translation>Очистить список; база истории сохраняет все запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear activity</source>
        <translation>Очистить журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the requests shown (filtered and sorted as listed) as CSV or JSON, with routing traces</source>
        <translation>Сохранить показанные запросы (с фильтром и сортировкой, как в списке) в CSV или JSON, с трассировкой маршрутизации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a request to see its routing trace; click a column header to sort</source>
        <translation>Выберите запрос, чтобы увидеть его трассировку маршрутизации; щёлкните заголовок столбца, чтобы отсортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details:</source>
        <translation>По&amp;дробности:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request details and routing trace</source>
        <translation>Подробности запроса и трассировка маршрутизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request count</source>
        <translation>Число запросов</translation>
    </message>
</context>
<context>
    <name>vd::ActivityTableModel</name>
    <message>
        <location filename="../ui/activity/activitytablemodel.cpp" line="+75"/>
        <source>ok</source>
        <comment>outcome of a request</comment>
        <translation>успешно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>outcome of a request</comment>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>transcribe</source>
        <comment>operation</comment>
        <translation>распознавание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synthesize</source>
        <comment>operation</comment>
        <translation>синтез</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compare</source>
        <comment>operation</comment>
        <translation>сравнение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe</source>
        <comment>operation: a health check</comment>
        <translation>проверка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voices</source>
        <comment>operation: listing a provider&apos;s voices</comment>
        <translation>список голосов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>vd::AttemptBudget</name>
    <message>
        <location filename="../core/resilience/attemptbudget.cpp" line="+34"/>
        <source>timeout after %1 ms (routing.attempt_timeout_ms)</source>
        <translation>тайм-аут через %1 мс (routing.attempt_timeout_ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timeout after %1 ms (share of the deadline)</source>
        <translation>тайм-аут через %1 мс (доля предельного времени запроса)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>timeout after %1 ms (rest of the deadline)</source>
        <translation>тайм-аут через %1 мс (остаток предельного времени запроса)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 gave no answer within %2 ms (routing.attempt_timeout_ms).</source>
        <translation>%1 не ответил за %2 мс (routing.attempt_timeout_ms).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gave no answer within its %2 ms share of the request deadline (routing.request_deadline_ms split evenly over the %3 providers left, so the ones after it still get their turn).</source>
        <translation>%1 не ответил за свою долю предельного времени запроса — %2 мс (routing.request_deadline_ms делится поровну между оставшимися провайдерами, число которых — %3, чтобы очередь дошла и до следующих).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 had not answered when the request deadline (routing.request_deadline_ms) was reached.</source>
        <translation>%1 не ответил до истечения предельного времени запроса (routing.request_deadline_ms).</translation>
    </message>
</context>
<context>
    <name>vd::CandidateEligibility</name>
    <message>
        <location filename="../core/resilience/candidateeligibility.cpp" line="+55"/>
        <source>%1 is disabled; enable it on the Providers page or with `voicedeck-cli config set providers.%1.enabled true`.</source>
        <translation>%1 отключён; включите его на странице «Провайдеры» или командой `voicedeck-cli config set providers.%1.enabled true`.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not configured; add its API key with `voicedeck-cli keys set %1` or in its settings.</source>
        <translation>%1 не настроен; добавьте его API-ключ командой `voicedeck-cli keys set %1` или в его настройках.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs the network and this computer is offline; an offline provider can serve meanwhile.</source>
        <translation>Провайдеру %1 нужна сеть, а этот компьютер не подключён к сети; пока запросы может обслуживать автономный провайдер.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs attention (%2); fix its key or settings, or reset it.</source>
        <translation>%1 требует внимания (%2); исправьте его ключ или настройки либо сбросьте его.</translation>
    </message>
</context>
<context>
    <name>vd::CaseExecution</name>
    <message>
        <location filename="../core/suites/caseexecution.cpp" line="+48"/>
        <source>the run was stopped</source>
        <translation>прогон остановлен</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The transcript and the expected text are too long to align for a word error rate; split the case into shorter ones.</source>
        <translation>Распознанный и ожидаемый тексты слишком длинные, чтобы выровнять их для вычисления доли ошибок в словах; разбейте случай на более короткие.</translation>
    </message>
</context>
<context>
    <name>vd::ChartRange</name>
    <message>
        <location filename="../ui/charts/chartrange.cpp" line="+24"/>
        <source>5 minutes</source>
        <translation>5 минут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>24 hours</source>
        <translation>24 часа</translation>
    </message>
</context>
<context>
    <name>vd::CircuitBreaker</name>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="+17"/>
        <source>%1 was switched off by hand (circuit forced open); reset its breaker to use it again.</source>
        <translation>%1 отключён вручную (цепь принудительно разомкнута); сбросьте его предохранитель, чтобы снова им пользоваться.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is being tested after failures (circuit half-open) and its trial calls are taken; try again in a moment.</source>
        <translation>%1 проверяется после сбоев (цепь полуразомкнута), и все пробные вызовы уже заняты; попробуйте чуть позже.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed repeatedly and is paused (circuit open) until %2; it will be tried again then, or reset its breaker.</source>
        <translation>%1 неоднократно давал сбой и приостановлен (цепь разомкнута) до %2; после этого он будет опробован снова, либо сбросьте его предохранитель.</translation>
    </message>
</context>
<context>
    <name>vd::CloudContext</name>
    <message>
        <location filename="../core/network/cloudcontext.cpp" line="+30"/>
        <source>The base_url &quot;%1&quot; of %2 is rejected: %3. Set providers.%2.settings.base_url to an https:// URL.</source>
        <translation>base_url «%1» провайдера %2 отклонён: %3. Укажите в providers.%2.settings.base_url URL, начинающийся с https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no credential: %2.</source>
        <translation>Для %1 нет учётных данных: %2.</translation>
    </message>
</context>
<context>
    <name>vd::CloudSpeechToText</name>
    <message>
        <location filename="../core/providers/cloud/cloudrecipe.cpp" line="+16"/>
        <source>recognition answered for 0.1 s of silence (a billable request)</source>
        <translation>распознавание ответило на 0.1 с тишины (платный запрос)</translation>
    </message>
</context>
<context>
    <name>vd::CloudTranscribeJob</name>
    <message>
        <location filename="../core/network/cloudtranscribejob.cpp" line="+45"/>
        <source>The recording is empty: there is nothing to transcribe.</source>
        <translation>Запись пуста: распознавать нечего.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Part %1 of %2 of the recording failed: %3</source>
        <translation>Сбой в части %1 из %2 записи: %3</translation>
    </message>
</context>
<context>
    <name>vd::CloudVendor</name>
    <message>
        <location filename="../core/network/cloudvendor.cpp" line="+24"/>
        <source>store a valid key with `voicedeck-cli keys set openai` or set OPENAI_API_KEY</source>
        <translation>сохраните действительный ключ командой `voicedeck-cli keys set openai` или задайте OPENAI_API_KEY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store a valid API key with `voicedeck-cli keys set google` or set GOOGLE_API_KEY, and make sure the API is enabled for its project</source>
        <translation>сохраните действительный API-ключ командой `voicedeck-cli keys set google` или задайте GOOGLE_API_KEY и убедитесь, что API включён для его проекта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store a valid key with `voicedeck-cli keys set yandex` or set YANDEX_API_KEY (service-account key) or YANDEX_IAM_TOKEN; with an IAM token of a user account also set folder_id</source>
        <translation>сохраните действительный ключ командой `voicedeck-cli keys set yandex` или задайте YANDEX_API_KEY (ключ сервисного аккаунта) или YANDEX_IAM_TOKEN; для IAM-токена пользовательского аккаунта задайте также folder_id</translation>
    </message>
</context>
<context>
    <name>vd::ComparisonModel</name>
    <message>
        <location filename="../ui/speech/comparisonmodel.cpp" line="+25"/>
        <source>running…</source>
        <translation>выполняется…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1</source>
        <translation>пропущен: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ok</source>
        <translation>успешно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>сбой: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+113"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>computing…</source>
        <translation>вычисляется…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WER</source>
        <translation>WER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>WER %1</source>
        <translation>WER %1</translation>
    </message>
</context>
<context>
    <name>vd::ComparisonView</name>
    <message>
        <location filename="../ui/speech/comparisonview.cpp" line="+40"/>
        <source>Comparison of providers</source>
        <translation>Сравнение провайдеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export compariso&amp;n…</source>
        <translation>&amp;Экспорт сравнения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the comparison as text (.txt) or JSON (.json)</source>
        <translation>Сохранить сравнение как текст (.txt) или JSON (.json)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No enabled, configured speech-to-text provider to compare. Enable or configure one on the Providers page.</source>
        <translation>Нет включённых и настроенных провайдеров распознавания речи для сравнения. Включите или настройте провайдера на странице «Провайдеры».</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export comparison</source>
        <translation>Экспорт сравнения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
</context>
<context>
    <name>vd::ConfigProblemDialog</name>
    <message>
        <location filename="../ui/shell/configproblemdialog.cpp" line="+18"/>
        <source>Configuration problem</source>
        <translation>Проблема с конфигурацией</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;VoiceDeck cannot use its configuration file&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;The file has not been changed. Fix it and choose &lt;i&gt;Try Again&lt;/i&gt;, or move it aside (it is kept as &lt;tt&gt;%2.corrupt-…&lt;/tt&gt;) and start with the default settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VoiceDeck не может использовать свой файл конфигурации&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Файл не изменён. Исправьте его и нажмите &lt;i&gt;Повторить&lt;/i&gt; или отложите его (он сохранится как &lt;tt&gt;%2.corrupt-…&lt;/tt&gt;) и начните с настроек по умолчанию.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Folder</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move Aside and Use Defaults</source>
        <translation>&amp;Отложить файл и взять настройки по умолчанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
</context>
<context>
    <name>vd::CredentialEditor</name>
    <message>
        <location filename="../ui/providers/credentialeditor.cpp" line="+73"/>
        <source>Key in use:</source>
        <translation>Используемый ключ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a new key</source>
        <translation>Вставьте новый ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New key</source>
        <translation>Новый ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is stored in the system keychain only, never in the config file.</source>
        <translation>Ключ хранится только в системной связке ключей и никогда — в файле конфигурации.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the key you are typing</source>
        <translation>Показать или скрыть вводимый ключ</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+37"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New key:</source>
        <translation>Новый &amp;ключ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain entry</source>
        <translation>Запись в связке ключей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain entry to store the key under: this provider&apos;s own, or the vendor&apos;s shared by its speech-to-text and text-to-speech providers</source>
        <translation>Запись в связке ключей, под которой хранится ключ: собственная запись этого провайдера или общая запись поставщика для его провайдеров распознавания и синтеза речи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Store as:</source>
        <translation>&amp;Хранить как:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;key</source>
        <translation>Сохр&amp;анить ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the key in the system keychain</source>
        <translation>Сохранить ключ в системной связке ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move key</source>
        <translation>&amp;Удалить ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the key in use from the system keychain</source>
        <translation>Удалить используемый ключ из системной связки ключей</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (this provider only)</source>
        <translation>%1 (только этот провайдер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (shared by the vendor&apos;s providers)</source>
        <translation>%1 (общая для провайдеров поставщика)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from the keychain (entry “%1”)</source>
        <translation>из связки ключей (запись «%1»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the environment variable %1</source>
        <translation>из переменной окружения %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing: enter a key below</source>
        <translation>отсутствует: введите ключ ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: enter a key below or set %1</source>
        <translation>отсутствует: введите ключ ниже или задайте %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key in use: %1</source>
        <translation>Используемый ключ: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving to the keychain…</source>
        <translation>Сохранение в связку ключей…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key saved in the keychain (entry “%1”).</source>
        <translation>Ключ сохранён в связке ключей (запись «%1»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key was not saved: %1</source>
        <translation>Ключ не сохранён: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keychain entry “%1” removed.</source>
        <translation>Запись «%1» удалена из связки ключей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key was not removed: %1</source>
        <translation>Ключ не удалён: %1</translation>
    </message>
</context>
<context>
    <name>vd::ErrorKind</name>
    <message>
        <location filename="../core/model/errorkind.cpp" line="+14"/>
        <source>network</source>
        <translation>сеть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate_limited</source>
        <translation>лимит запросов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auth</source>
        <translation>ключ отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quota</source>
        <translation>квота исчерпана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad_request</source>
        <translation>неверный запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too_large</source>
        <translation>слишком большой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server</source>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid_response</source>
        <translation>неверный ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported</source>
        <translation>не поддерживается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not_configured</source>
        <translation>не настроен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>circuit_open</source>
        <translation>предохранитель разомкнут</translation>
    </message>
</context>
<context>
    <name>vd::GoogleTextToSpeech</name>
    <message numerus="yes">
        <location filename="../core/providers/google/googledefinitions.cpp" line="+40"/>
        <source>%n voice(s) listed</source>
        <translation>
            <numerusform>в списке %n голос</numerusform>
            <numerusform>в списке %n голоса</numerusform>
            <numerusform>в списке %n голосов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::HealthCharts</name>
    <message>
        <location filename="../ui/health/healthcharts.cpp" line="+81"/>
        <source>Response time</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status over time</source>
        <translation>Состояние во времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probes</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response times of the health probes, or of the real requests: a long transcription takes seconds where a probe takes milliseconds, so one scale for both would flatten the probes</source>
        <translation>Время ответа проверок работоспособности или реальных запросов: долгое распознавание длится секунды, а проверка — миллисекунды, поэтому на общей шкале проверки слились бы с осью</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response times shown</source>
        <translation>Показываемое время ответа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response time of the health probes per provider, in milliseconds, over time</source>
        <translation>Время ответа проверок работоспособности по провайдерам, в миллисекундах, во времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time of the real requests per provider, in milliseconds, over time</source>
        <translation>Время ответа реальных запросов по провайдерам, в миллисекундах, во времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status per provider over time</source>
        <translation>Состояние каждого провайдера во времени</translation>
    </message>
</context>
<context>
    <name>vd::HealthMonitor</name>
    <message>
        <location filename="../core/resilience/healthmonitor.cpp" line="+149"/>
        <source>The health check got no answer in %1 ms (health.probe_timeout_ms).</source>
        <translation>Проверка работоспособности не получила ответа за %1 мс (health.probe_timeout_ms).</translation>
    </message>
</context>
<context>
    <name>vd::HealthPage</name>
    <message>
        <location filename="../ui/health/healthpage.cpp" line="+221"/>
        <source>Loading provider health…</source>
        <translation>Загрузка состояния провайдеров…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n probe(s) running</source>
        <translation>
            <numerusform>Выполняется %n проверка</numerusform>
            <numerusform>Выполняются %n проверки</numerusform>
            <numerusform>Выполняется %n проверок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic probes every %1</source>
        <translation>Автоматические проверки каждые %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export to %1: %2. Choose another folder.</source>
        <translation>Не удалось экспортировать в %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export health series</source>
        <translation>Экспорт данных мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Probe all now</source>
        <translation>&amp;Проверить все сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every enabled, configured provider now</source>
        <translation>Проверить сейчас всех включённых и настроенных провайдеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe all providers now</source>
        <translation>Проверить всех провайдеров сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Range:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far back the charts reach</source>
        <translation>За какой период показываются графики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart time range</source>
        <translation>Период графиков</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the charted response times and statuses as a CSV file</source>
        <translation>Сохранить показанные на графиках время ответа и состояния в файл CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export health series as CSV</source>
        <translation>Экспорт данных мониторинга в CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe status</source>
        <translation>Состояние проверок</translation>
    </message>
</context>
<context>
    <name>vd::HttpJob</name>
    <message>
        <location filename="../core/network/httpjob.cpp" line="+43"/>
        <source>No network access is available to send the request.</source>
        <translation>Нет доступа к сети для отправки запроса.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The server announced a %1-byte answer, over the %2 cap for this request; check base_url.</source>
        <translation>Сервер объявил ответ размером %1 байт, что превышает предел %2 для этого запроса; проверьте base_url.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The answer exceeded the %1 cap for this request and was stopped; check base_url points at the right service.</source>
        <translation>Ответ превысил предел %1 для этого запроса и был прерван; проверьте, что base_url указывает на нужный сервис.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer arrived %1-compressed and decompressed to more than the %2 cap for this request (a compression bomb); it was stopped. Check base_url points at the right service.</source>
        <translation>Ответ пришёл сжатым (%1) и после распаковки превысил предел %2 для этого запроса (декомпрессионная бомба); он был прерван. Проверьте, что base_url указывает на нужный сервис.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The answer arrived %1-compressed and could not be decompressed within the %2 cap for this request: a compression bomb, or damaged compressed data. It was stopped; check base_url points at the right service.</source>
        <translation>Ответ пришёл сжатым (%1), и его не удалось распаковать в пределах %2 для этого запроса: это декомпрессионная бомба или повреждённые сжатые данные. Он был прерван; проверьте, что base_url указывает на нужный сервис.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The connection closed after %1 of the %2 bytes the server announced.</source>
        <translation>Соединение закрылось после получения %1 из %2 байт, объявленных сервером.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No data moved for %1 s; the server or the network stalled.</source>
        <translation>Данные не поступали %1 с; сервер или сеть зависли.</translation>
    </message>
</context>
<context>
    <name>vd::InputDeviceModel</name>
    <message>
        <location filename="../ui/audio/inputdevicemodel.cpp" line="+61"/>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
</context>
<context>
    <name>vd::LanguagePicker</name>
    <message>
        <location filename="../ui/speech/languagepicker.cpp" line="+44"/>
        <source>Provider default</source>
        <translation>Как у провайдера</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Type a language code such as en-US or ru-RU (letters, then parts after &quot;-&quot;), not a language name.</source>
        <translation>Введите код языка, например en-US или ru-RU (буквы, затем части после «-»), а не название языка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language of the text, as a BCP-47 code such as en-US or ru-RU. Providers that choose a voice by language speak with a voice of this language, unless you chose a voice above; the others ignore it. Leave it empty to use each provider&apos;s own setting.</source>
        <translation>Язык текста в виде кода BCP-47, например en-US или ru-RU. Провайдеры, выбирающие голос по языку, озвучивают текст голосом этого языка, если выше не выбран голос; остальные этот параметр не учитывают. Оставьте пустым, чтобы использовать собственную настройку каждого провайдера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the speech as a code such as en-US or ru-RU; leave empty to use the provider&apos;s setting.</source>
        <translation>Язык речи в виде кода, например en-US или ru-RU; оставьте пустым, чтобы использовать настройку провайдера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider default, or a code like en-US</source>
        <translation>Как у провайдера или код вида en-US</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>vd::LevelMeter</name>
    <message>
        <location filename="../ui/widgets/levelmeter.cpp" line="+28"/>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
</context>
<context>
    <name>vd::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+122"/>
        <source>VoiceDeck</source>
        <translation>VoiceDeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About VoiceDeck</source>
        <translation>&amp;О программе VoiceDeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration warnings</source>
        <translation>Предупреждения конфигурации</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading keychain and state…</source>
        <translation>Загрузка связки ключей и состояния…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Config file warning: %1</source>
        <translation>Предупреждение в файле конфигурации: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n config file warnings; the first: %1</source>
        <translation>
            <numerusform>%n предупреждение в файле конфигурации; первое: %1</numerusform>
            <numerusform>%n предупреждения в файле конфигурации; первое: %1</numerusform>
            <numerusform>%n предупреждений в файле конфигурации; первое: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+131"/>
        <source>&lt;h3&gt;VoiceDeck %1&lt;/h3&gt;&lt;p&gt;Manage, test and monitor speech-to-text and text-to-speech providers.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;VoiceDeck is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU General Public License&lt;/a&gt; for more details.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VoiceDeck %1&lt;/h3&gt;&lt;p&gt;Управление, проверка и мониторинг сервисов распознавания и синтеза речи.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2, работает на Qt %3.&lt;/p&gt;&lt;p&gt;VoiceDeck — свободная программа: вы можете распространять и (или) изменять её на условиях Стандартной общественной лицензии GNU в том виде, в каком она была опубликована Фондом свободного программного обеспечения, либо версии 3 лицензии, либо (по вашему выбору) любой более поздней версии.&lt;/p&gt;&lt;p&gt;Программа распространяется в надежде, что она будет полезной, но БЕЗ ВСЯКИХ ГАРАНТИЙ; даже без неявной гарантии ТОВАРНОГО ВИДА или ПРИГОДНОСТИ ДЛЯ ОПРЕДЕЛЁННЫХ ЦЕЛЕЙ. Подробнее см. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Стандартную общественную лицензию GNU&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About VoiceDeck</source>
        <translation>О программе VoiceDeck</translation>
    </message>
</context>
<context>
    <name>vd::MessageBanner</name>
    <message>
        <location filename="../ui/speech/messagebanner.cpp" line="+34"/>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide message</source>
        <translation>Скрыть сообщение</translation>
    </message>
</context>
<context>
    <name>vd::MicrophoneWatch</name>
    <message>
        <location filename="../ui/speech/microphonewatch.cpp" line="+20"/>
        <source>The chosen microphone was disconnected. Plug it back in or pick another input.</source>
        <translation>Выбранный микрофон отключён. Подключите его снова или выберите другой вход.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The microphone “%1” was disconnected; the take stopped at %2 and keeps what was recorded.</source>
        <translation>Микрофон «%1» отключён; запись остановлена на %2, записанное сохранено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone “%1” was disconnected before anything was recorded.</source>
        <translation>Микрофон «%1» отключён, прежде чем что-либо было записано.</translation>
    </message>
</context>
<context>
    <name>vd::MorseProbeJob</name>
    <message>
        <location filename="../core/providers/example/morseprobejob.cpp" line="+7"/>
        <source>Morse tone generator ready</source>
        <translation>Генератор тонов Морзе готов</translation>
    </message>
</context>
<context>
    <name>vd::MorseSynthesizeJob</name>
    <message>
        <location filename="../core/providers/example/morsesynthesizejob.cpp" line="+37"/>
        <source>The text has %1 characters; example_morse_tts speaks at most %2 at a time. Shorten it or split it.</source>
        <translation>Длина текста — %1 симв.; example_morse_tts озвучивает не более %2 за раз. Сократите текст или разбейте его на части.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>example_morse_tts has no voice &quot;%1&quot;; its only voice is &quot;morse&quot;.</source>
        <translation>У example_morse_tts нет голоса «%1»; его единственный голос — «morse».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The speed %1 is outside %2; use a value such as 1.0.</source>
        <translation>Скорость %1 вне диапазона %2; используйте значение вроде 1.0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing in the text can be sent in Morse code; use Latin letters, digits or common punctuation.</source>
        <translation>Ничто в тексте нельзя передать азбукой Морзе; используйте латинские буквы, цифры или распространённые знаки препинания.</translation>
    </message>
</context>
<context>
    <name>vd::MorseVoiceListJob</name>
    <message>
        <location filename="../core/providers/example/morsevoicelistjob.cpp" line="+7"/>
        <source>Morse code</source>
        <translation>Азбука Морзе</translation>
    </message>
</context>
<context>
    <name>vd::OpenAiResponses</name>
    <message numerus="yes">
        <location filename="../core/providers/openai/openairesponses.cpp" line="-2"/>
        <source>%n model(s) listed</source>
        <translation>
            <numerusform>в списке %n модель</numerusform>
            <numerusform>в списке %n модели</numerusform>
            <numerusform>в списке %n моделей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::PcmPlayer</name>
    <message>
        <location filename="../ui/audio/pcmplayer.cpp" line="+67"/>
        <source>This audio cannot be played: %1 Hz with %2 channels is not a playable format.</source>
        <translation>Этот звук нельзя воспроизвести: %1 Гц и %2 канала(ов) — неподдерживаемый формат.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No sound output found. Connect speakers or headphones, or check that the sound system (PulseAudio or PipeWire) is running, then try again.</source>
        <translation>Устройство вывода звука не найдено. Подключите колонки или наушники либо проверьте, что звуковая система (PulseAudio или PipeWire) запущена, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The sound output &quot;%1&quot; could not be opened. Check that it is connected and not used by another program, then try again.</source>
        <translation>Не удалось открыть устройство вывода «%1». Проверьте, что оно подключено и не занято другой программой, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The sound output stopped working during playback (was it unplugged?).</source>
        <translation>Устройство вывода перестало работать во время воспроизведения (его отключили?).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Playback stalled: the sound output stopped taking audio. Check the output device and try again.</source>
        <translation>Воспроизведение зависло: устройство вывода перестало принимать звук. Проверьте устройство вывода и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>vd::PreferencesDialog</name>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="+41"/>
        <location line="+118"/>
        <location line="+3"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>%1 (not connected)</source>
        <translation>%1 (не подключено)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes apply at once and are remembered.</source>
        <translation>Изменения применяются сразу и запоминаются.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound devices</source>
        <translation>Звуковые устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Микрофон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound &amp;output:</source>
        <translation>&amp;Вывод звука:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound output</source>
        <translation>Вывод звука</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing and health (config file)</source>
        <translation>Маршрутизация и проверки работоспособности (файл конфигурации)</translation>
    </message>
</context>
<context>
    <name>vd::PriorityOrderModel</name>
    <message>
        <location filename="../ui/providers/priorityordermodel.cpp" line="+127"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>включён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2
Status: %3</source>
        <translation>%1
%2
Состояние: %3</translation>
    </message>
</context>
<context>
    <name>vd::ProbeBudget</name>
    <message>
        <location filename="../core/resilience/probebudget.cpp" line="+35"/>
        <source>probe budget of %1/hour used</source>
        <translation>исчерпан лимит проверок: %1 в час</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe budget of %1/day used</source>
        <translation>исчерпан лимит проверок: %1 в сутки</translation>
    </message>
</context>
<context>
    <name>vd::ProbeRecorder</name>
    <message>
        <location filename="../ui/activity/proberecorder.cpp" line="+33"/>
        <source>%1 could not be probed: it is not configured or could not be created. Check its settings and key on the Providers page.</source>
        <translation>Не удалось проверить %1: провайдер не настроен или его не удалось создать. Проверьте его настройки и ключ на странице «Провайдеры».</translation>
    </message>
</context>
<context>
    <name>vd::ProviderCard</name>
    <message>
        <location filename="../ui/health/providercard.cpp" line="+119"/>
        <source>%1 — needs attention: %2</source>
        <translation>%1 — требует внимания: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — the round-trip probe heard %2 % of the words wrong (limit: %3 %)</source>
        <translation>%1 — в проверке «туда и обратно» неверно распознано %2 % слов (предел: %3 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Breaker: %1</source>
        <translation>Предохранитель: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaker: %1 — retry in %2</source>
        <translation>Предохранитель: %1 — повтор через %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failure rate in the breaker&apos;s window of the last %1 calls: %2</source>
        <translation>Доля сбоев в окне предохранителя (последних вызовов: %1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls: %1 · failed: %2 · error rate: %3</source>
        <translation>Вызовы: %1 · сбои: %2 · доля ошибок: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response time p50: %1 · p95: %2</source>
        <translation>Время ответа p50: %1 · p95: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last %1 successful calls and probes</source>
        <translation>По последним успешным вызовам и проверкам (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last error: none</source>
        <translation>Последняя ошибка: нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last call or probe: %1</source>
        <translation>Последний вызов или проверка: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No call or probe yet</source>
        <translation>Вызовов и проверок ещё не было</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Round-trip WER: %1 % (limit: %2 %)</source>
        <translation>WER «туда и обратно»: %1 % (предел: %2 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word error rate of the last round-trip health probe: the provider spoke, or heard, a fixed sentence (its quality_probe setting).</source>
        <translation>Доля ошибок в словах (WER) последней проверки «туда и обратно»: провайдер произнёс или распознал заданную фразу (его настройка quality_probe).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 in the last hour</source>
        <translation>%1 из %2 за последний час</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 in the last 24 h</source>
        <translation>%1 из %2 за последние 24 ч</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic probes: %1</source>
        <translation>Автоматические проверки: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s probe budget (probe_budget_per_hour, probe_budget_per_day): automatic probes and &quot;Probe all now&quot; stop when it is spent; &quot;Test&quot; on the Providers page still probes.</source>
        <translation>Лимит проверок провайдера (probe_budget_per_hour, probe_budget_per_day): когда он исчерпан, автоматические проверки и «Проверить все сейчас» не выполняются; кнопка «Проверить» на странице провайдеров по-прежнему работает.</translation>
    </message>
</context>
<context>
    <name>vd::ProviderDetails</name>
    <message>
        <location filename="../ui/providers/providerdetails.cpp" line="+121"/>
        <source>Select a provider to see its settings and status.</source>
        <translation>Выберите провайдера, чтобы увидеть его настройки и состояние.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled (used by routing and automatic health checks)</source>
        <translation>Вк&amp;лючён (используется при маршрутизации и автоматических проверках)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled provider is listed but never used</source>
        <translation>Отключённый провайдер остаётся в списке, но не используется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings to the config file and use them now</source>
        <translation>Сохранить настройки в файл конфигурации и сразу применить их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>От&amp;менить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the edits and show the saved settings</source>
        <translation>Отменить правки и показать сохранённые настройки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Health and circuit breaker</source>
        <translation>Состояние и предохранитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test</source>
        <translation>Пр&amp;оверить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a health check of this provider now</source>
        <translation>Проверить работоспособность этого провайдера сейчас</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reset breaker</source>
        <translation>С&amp;бросить предохранитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the circuit, clear its counters and the &quot;needs attention&quot; mark</source>
        <translation>Замкнуть цепь, обнулить счётчики и снять отметку «требует внимания»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force open</source>
        <translation>Прину&amp;дительно разомкнуть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse every call to this provider until the breaker is reset</source>
        <translation>Отклонять все вызовы этого провайдера, пока предохранитель не будет сброшен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;isable breaker</source>
        <translation>Откл&amp;ючить предохранитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always allow calls, whatever fails, until the breaker is reset</source>
        <translation>Всегда разрешать вызовы, несмотря на сбои, пока предохранитель не будет сброшен</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2 · version %3%4</source>
        <translation>%1 · %2 · версия %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · plugin %1</source>
        <translation> · модуль %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 needs a key: paste it under Key below and press Save key.</source>
        <translation>Для %1 нужен ключ: вставьте его в разделе «Ключ» ниже и нажмите «Сохранить ключ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a key: paste it under Key below and press Save key, or set %2.</source>
        <translation>Для %1 нужен ключ: вставьте его в разделе «Ключ» ниже и нажмите «Сохранить ключ» или задайте %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Circuit breaker: %1</source>
        <translation>Предохранитель: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved and in use.</source>
        <translation>Сохранено и применено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix the marked values to apply.</source>
        <translation>Исправьте отмеченные значения, чтобы применить настройки.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>vd::ProviderJob</name>
    <message>
        <location filename="../core/model/providerjob.cpp" line="+59"/>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
</context>
<context>
    <name>vd::ProviderListPanel</name>
    <message>
        <location filename="../ui/providers/providerlistpanel.cpp" line="+56"/>
        <source>%1 providers in priority order</source>
        <translation>%1: провайдеры в порядке приоритета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers are tried from top to bottom. Drag a provider, or press Alt+Up / Alt+Down, to change the order; the check box enables or disables it.</source>
        <translation>Провайдеры перебираются сверху вниз. Чтобы изменить порядок, перетащите провайдера или нажмите Alt+Up / Alt+Down; флажок включает или отключает провайдера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the selected provider earlier (Alt+Up)</source>
        <translation>Пробовать выбранного провайдера раньше (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the selected provider later (Alt+Down)</source>
        <translation>Пробовать выбранного провайдера позже (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>vd::ProviderPicker</name>
    <message>
        <location filename="../ui/speech/providerpicker.cpp" line="+28"/>
        <source>Auto tries the providers in their priority order (Providers page) and falls back to the next one when a provider fails; or pick one provider to use only it.</source>
        <translation>«Авто» перебирает провайдеров в порядке приоритета (страница «Провайдеры») и при сбое переходит к следующему; либо выберите одного провайдера, чтобы использовать только его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Auto (priority order)</source>
        <translation>Авто (по приоритету)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (disabled)</source>
        <translation>%1 (отключён)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not configured)</source>
        <translation>%1 (не настроен)</translation>
    </message>
</context>
<context>
    <name>vd::ProviderRegistry</name>
    <message>
        <location filename="../core/registry/providerregistry.cpp" line="+35"/>
        <source>A provider from %1 has no name; give it one in its metadata.</source>
        <translation>У провайдера из %1 нет имени; задайте его в метаданных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider name &quot;%1&quot; from %2 is not valid; use only letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Недопустимое имя провайдера «%1» из %2; используйте только буквы, цифры, «_» и «-».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider &quot;%1&quot; from %2 is already registered from %3; provider names must be unique, rename one of them.</source>
        <translation>Провайдер «%1» из %2 уже зарегистрирован из %3; имена провайдеров должны быть уникальными — переименуйте один из них.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider &quot;%1&quot; has an unknown category; use stt or tts.</source>
        <translation>У провайдера «%1» неизвестная категория; используйте stt или tts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider &quot;%1&quot; from %2 cannot create instances (no creator).</source>
        <translation>Провайдер «%1» из %2 не может создавать экземпляры (нет функции создания).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cannot reorder: there is no provider &quot;%1&quot;.</source>
        <translation>Невозможно изменить порядок: нет провайдера «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reorder: &quot;%1&quot; is not a %2 provider.</source>
        <translation>Невозможно изменить порядок: «%1» не является провайдером %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reorder: &quot;%1&quot; is listed twice.</source>
        <translation>Невозможно изменить порядок: «%1» указан дважды.</translation>
    </message>
</context>
<context>
    <name>vd::ProviderTester</name>
    <message>
        <location filename="../ui/providers/providertester.cpp" line="+37"/>
        <source>%1 is not a known provider.</source>
        <translation>%1 — неизвестный провайдер.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Test passed: the provider answered in %1 ms.</source>
        <translation>Проверка пройдена: провайдер ответил за %1 мс.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test failed: %1</source>
        <translation>Проверка не пройдена: %1</translation>
    </message>
</context>
<context>
    <name>vd::ProvidersPage</name>
    <message>
        <location filename="../ui/providers/providerspage.cpp" line="+39"/>
        <source>Loading providers, keys and health state…</source>
        <translation>Загрузка провайдеров, ключей и состояния…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the changes made on this page again</source>
        <translation>Ещё раз попытаться сохранить изменения, сделанные на этой странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the broken file aside and save</source>
        <translation>Отложить повреждённый файл и сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the config file to config.json.corrupt-&lt;time&gt; (nothing is deleted) and write the settings shown here</source>
        <translation>Переименовать файл конфигурации в config.json.corrupt-&lt;время&gt; (ничего не удаляется) и записать показанные здесь настройки</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Provider category</source>
        <translation>Категория провайдеров</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Speech to text</source>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Try a&amp;gain</source>
        <translation>Повтор&amp;ить</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Text to speech</source>
        <translation>Синтез речи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;peech to text</source>
        <translation>&amp;Распознавание речи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt to speech</source>
        <translation>Син&amp;тез речи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech-to-text providers, tried from top to bottom</source>
        <translation>Провайдеры распознавания речи в порядке перебора (сверху вниз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text-to-speech providers, tried from top to bottom</source>
        <translation>Провайдеры синтеза речи в порядке перебора (сверху вниз)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed plugin</source>
        <translation>безымянный модуль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Plugins that could not be loaded:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Не удалось загрузить модули:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The broken config file was moved to %1 and the settings were saved.</source>
        <translation>Повреждённый файл конфигурации перемещён в %1, настройки сохранены.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your changes could not be saved to %1:
%2
They are kept on this page: fix the file and choose &quot;Try again&quot;.</source>
        <translation>Не удалось сохранить изменения в %1:
%2
Они остаются на этой странице: исправьте файл и нажмите «Повторить».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the config file could not be written (see above).</source>
        <translation>не удалось записать файл конфигурации (см. выше).</translation>
    </message>
</context>
<context>
    <name>vd::Recorder</name>
    <message>
        <location filename="../ui/audio/recorder.cpp" line="+19"/>
        <source>No microphone found. Connect a microphone, or check that the sound system (PulseAudio or PipeWire) is running, then try again.</source>
        <translation>Микрофон не найден. Подключите микрофон или проверьте, что звуковая система (PulseAudio или PipeWire) запущена, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The chosen microphone (%1) is not connected. Plug it in or pick another input.</source>
        <translation>Выбранный микрофон (%1) не подключён. Подключите его или выберите другой вход.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The microphone &quot;%1&quot; could not be opened. Check that it is connected and not used exclusively by another program, then try again.</source>
        <translation>Не удалось открыть микрофон «%1». Проверьте, что он подключён и не занят монопольно другой программой, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Recording stopped at the length limit (%1). The take so far is kept.</source>
        <translation>Запись остановлена: достигнута предельная длина (%1). Записанное сохранено.</translation>
    </message>
</context>
<context>
    <name>vd::ResilienceState</name>
    <message>
        <location filename="../core/resilience/resiliencestate.cpp" line="+98"/>
        <source>the round-trip probe at %1 heard %2 % of the words wrong (health.probe_wer_threshold: %3 %)</source>
        <translation>в проверке «туда и обратно» в %1 неверно распознано %2 % слов (health.probe_wer_threshold: %3 %)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>needs attention</source>
        <translation>требует внимания</translation>
    </message>
</context>
<context>
    <name>vd::ResilienceStore</name>
    <message>
        <location filename="../core/resilience/resiliencestore.cpp" line="+225"/>
        <source>The state file %1 is corrupt and cannot be moved aside; delete it.</source>
        <translation>Файл состояния %1 повреждён, и его не удаётся отложить; удалите его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state file %1 was corrupt; it was moved to %2 and breakers and health start afresh.</source>
        <translation>Файл состояния %1 был повреждён; он перемещён в %2, предохранители и состояние работоспособности начинаются с чистого листа.</translation>
    </message>
</context>
<context>
    <name>vd::ResponseTimeChart</name>
    <message>
        <location filename="../ui/charts/responsetimechart.cpp" line="+135"/>
        <source>Milliseconds</source>
        <translation>Миллисекунды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>vd::RoundTripProbeJob</name>
    <message>
        <location filename="../core/resilience/roundtripprobejob.cpp" line="+63"/>
        <source>The probe recording %1 is missing from this build; reinstall VoiceDeck.</source>
        <translation>Запись для проверки %1 отсутствует в этой сборке; переустановите VoiceDeck.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no speech-to-text provider is available to listen</source>
        <translation>нет доступного провайдера распознавания речи, чтобы прослушать ответ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 answer</source>
        <translation>ответ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the health probe&apos;s sentence</source>
        <translation>фраза проверки работоспособности</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not listen: %2</source>
        <translation>%1 не смог распознать: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 heard &quot;%2&quot;: %3 % of the words wrong</source>
        <translation>%1 услышал «%2»: неверно распознано %3 % слов</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>word error rate not measured: %1</source>
        <translation>доля ошибок в словах не измерена: %1</translation>
    </message>
</context>
<context>
    <name>vd::RouteExecution</name>
    <message>
        <location filename="../core/resilience/routeexecution.cpp" line="+61"/>
        <source>There is no provider named &quot;%1&quot;; `voicedeck-cli providers` lists them.</source>
        <translation>Провайдера с именем «%1» нет; список выводит `voicedeck-cli providers`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a %2 provider; choose a %3 provider for this request.</source>
        <translation>%1 — провайдер %2; выберите для этого запроса провайдера %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+267"/>
        <source>request cancelled</source>
        <translation>запрос отменён</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>in flight</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 cannot serve this kind of request.</source>
        <translation>%1 не может обслуживать запросы этого типа.</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>lost to %1</source>
        <translation>первым ответил %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>request deadline reached</source>
        <translation>достигнуто предельное время запроса</translation>
    </message>
</context>
<context>
    <name>vd::RouteFailure</name>
    <message>
        <location filename="../core/resilience/routefailure.cpp" line="+86"/>
        <source>speech-to-text</source>
        <translation>распознавания речи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text-to-speech</source>
        <translation>синтеза речи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no %1 provider; add or enable one on the Providers page.</source>
        <translation>Нет провайдера %1; добавьте или включите его на странице «Провайдеры».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No %1 provider could be used (%2); configure, enable or reset one.</source>
        <translation>Не удалось использовать ни одного провайдера %1 (%2); настройте, включите или сбросьте один из них.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 Also failed: %2.</source>
        <translation>%1 Также не сработали: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No provider answered within the request deadline of %1 ms (routing.request_deadline_ms).</source>
        <translation>Ни один провайдер не ответил в пределах предельного времени запроса %1 мс (routing.request_deadline_ms).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed before it: %1.</source>
        <translation>До него не сработали: %1.</translation>
    </message>
</context>
<context>
    <name>vd::Router</name>
    <message>
        <location filename="../core/resilience/voicematch.cpp" line="-42"/>
        <source>voice &quot;%1&quot; → &quot;%2&quot; (%3)</source>
        <translation>голос «%1» → «%2» (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider default</source>
        <translation>как у провайдера</translation>
    </message>
</context>
<context>
    <name>vd::RuntimeSettingsForm</name>
    <message>
        <location filename="../ui/shell/runtimesettingsform.cpp" line="+71"/>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The config file does not load, so it was left as it is. Fix it (the Providers page can move it aside), then save again.
%1</source>
        <translation>Файл конфигурации не загружается, поэтому он оставлен без изменений. Исправьте его (на странице «Провайдеры» его можно отложить) и сохраните снова.
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings could not be saved:
%1</source>
        <translation>Не удалось сохранить настройки:
%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 (%3).</source>
        <extracomment>%1 is a setting&apos;s name, %2 its rule (&quot;must be an integer from 1 to 86400, got 0&quot;)</extracomment>
        <translation>%1 %2 (%3).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A&amp;ttempt timeout:</source>
        <translation>&amp;Тайм-аут попытки:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempt timeout</source>
        <translation>Тайм-аут попытки</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+2"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Request &amp;deadline:</source>
        <translation>Предельное время &amp;запроса:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request deadline</source>
        <translation>Предельное время запроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retries per provider:</source>
        <translation>&amp;Повторы для провайдера:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retries per provider</source>
        <translation>Повторы для провайдера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hedge after:</source>
        <translation>&amp;Дублирующий запрос через:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hedge after</source>
        <translation>Дублирующий запрос через</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health &amp;probe interval:</source>
        <translation>&amp;Интервал проверок работоспособности:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health probe interval</source>
        <translation>Интервал проверок работоспособности</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
</context>
<context>
    <name>vd::SettingFieldEditor</name>
    <message>
        <location filename="../ui/providers/settingfieldeditor.cpp" line="+89"/>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the value set here and use the default</source>
        <translation>Сбросить заданное здесь значение и использовать значение по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the default for %1</source>
        <translation>Использовать значение по умолчанию для %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default (%1)</source>
        <translation>По умолчанию (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>vd::SettingTexts</name>
    <message>
        <location filename="../ui/providers/settingtexts.cpp" line="+36"/>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <comment>a value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Range: %1–%2.</source>
        <translation>Диапазон: %1–%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1.</source>
        <translation>Не меньше %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1.</source>
        <translation>Не больше %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default: %1.</source>
        <translation>По умолчанию: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Config file key: %1</source>
        <translation>Ключ в файле конфигурации: %1</translation>
    </message>
</context>
<context>
    <name>vd::SettingWording</name>
    <message>
        <location filename="../core/network/cloudsettings.cpp" line="-99"/>
        <source>Service URL</source>
        <translation>URL сервиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer timeout</source>
        <translation>Тайм-аут передачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hourly probe limit</source>
        <translation>Лимит проверок в час</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>probes</source>
        <translation>проверок</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Daily probe limit</source>
        <translation>Лимит проверок в сутки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality probe</source>
        <translation>Проверка качества</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response format</source>
        <translation>Формат ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Audio format</source>
        <translation>Формат аудио</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× normal</source>
        <translation>× от обычной</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitch</source>
        <translation>Высота тона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semitones</source>
        <translation>полутонов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample rate</source>
        <translation>Частота дискретизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hz</source>
        <translation>Гц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Инструкции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic punctuation</source>
        <translation>Автоматическая пунктуация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type</source>
        <translation>Тип ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder ID</source>
        <translation>Идентификатор каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profanity filter</source>
        <translation>Фильтр ненормативной лексики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Эмоциональная окраска</translation>
    </message>
</context>
<context>
    <name>vd::SettingsForm</name>
    <message>
        <location filename="../ui/providers/settingsform.cpp" line="+17"/>
        <source>This provider has no settings.</source>
        <translation>У этого провайдера нет настроек.</translation>
    </message>
</context>
<context>
    <name>vd::SpeechAudioCheck</name>
    <message>
        <location filename="../core/audio/speechaudiocheck.cpp" line="+89"/>
        <source>the answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered audio that cannot be decoded: %2</source>
        <translation>%1 вернул аудио, которое не удаётся декодировать: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 answered audio at %2 Hz where its answer declared %3 Hz; it would play at the wrong speed and pitch</source>
        <translation>%1 вернул аудио с частотой %2 Гц, хотя в ответе указано %3 Гц; оно воспроизводилось бы с неверной скоростью и высотой тона</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered no audio at all for %2 characters of text</source>
        <translation>%1 не вернул никакого аудио для текста (символов: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every sample zero</source>
        <translation>все отсчёты нулевые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak %1 dBFS</source>
        <translation>пик %1 dBFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered %2 s of silence (%3) for %4 characters of text</source>
        <translation>%1 вернул %2 с тишины (%3) для текста (символов: %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered only %2 s of audio for %3 characters of text (speaking them takes at least %4 s); the answer looks cut off</source>
        <translation>%1 вернул только %2 с аудио для текста (символов: %3), хотя для его произнесения нужно не менее %4 с; похоже, ответ обрезан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered %2 s of audio for %3 characters of text (at most %4 s is plausible)</source>
        <translation>%1 вернул %2 с аудио для текста (символов: %3), хотя правдоподобно не более %4 с</translation>
    </message>
</context>
<context>
    <name>vd::SpeechPlayback</name>
    <message>
        <location filename="../ui/speech/speechplayback.cpp" line="+162"/>
        <source>%1 failed: %2</source>
        <translation>Сбой %1: %2</translation>
    </message>
</context>
<context>
    <name>vd::SpeechToTextPage</name>
    <message>
        <location filename="../ui/speech/speechtotextpage.cpp" line="+63"/>
        <source>Take</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Optional: the words actually spoken, to compute the word error rate</source>
        <translation>Необязательно: фактически произнесённый текст, чтобы вычислить долю ошибок в словах (WER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference text</source>
        <translation>Эталонный текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Провайдер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eference:</source>
        <translation>Э&amp;талон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transcribe</source>
        <translation>&amp;Распознать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe the take with the chosen provider (Ctrl+Return)</source>
        <translation>Распознать аудио выбранным провайдером (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare all</source>
        <translation>Сравнить &amp;все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every enabled, configured speech-to-text provider on the take at once and show the results side by side (Ctrl+Shift+Return)</source>
        <translation>Распознать аудио сразу всеми включёнными и настроенными провайдерами и показать результаты рядом (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ancel</source>
        <translation>Отмен&amp;а</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the requests in flight (Esc)</source>
        <translation>Отменить выполняемые запросы (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ult</source>
        <translation>Р&amp;езультат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compa&amp;rison</source>
        <translation>Сравнен&amp;ие</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Transcribing %1…</source>
        <translation>Распознавание: %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing the word error rate…</source>
        <translation>Вычисление доли ошибок в словах (WER)…</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Transcription cancelled.</source>
        <translation>Распознавание отменено.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Comparing providers…</source>
        <translation>Сравнение провайдеров…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loading providers…</source>
        <translation>Загрузка провайдеров…</translation>
    </message>
</context>
<context>
    <name>vd::StandardPages</name>
    <message>
        <location filename="../ui/shell/standardpages.cpp" line="+108"/>
        <source>Speech to text</source>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to speech</source>
        <translation>Синтез речи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suites</source>
        <translation>Наборы тестов</translation>
    </message>
</context>
<context>
    <name>vd::StatusChart</name>
    <message>
        <location filename="../ui/charts/statuschart.cpp" line="+66"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy</source>
        <translation>Исправен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Работает с перебоями</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unhealthy</source>
        <translation>Неисправен</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Status over time</source>
        <translation>Состояние во времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>vd::SuiteCaseDialog</name>
    <message>
        <location filename="../ui/suites/suitecasedialog.cpp" line="+87"/>
        <source>Add a case to the suite</source>
        <translation>Добавить случай в набор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording: %1</source>
        <translation>Запись: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected text:</source>
        <translation>&amp;Ожидаемый текст:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the recording says, word for word</source>
        <translation>Что сказано в записи, слово в слово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;id:</source>
        <translation>&amp;Идентификатор случая:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the recording&apos;s name</source>
        <translation>По имени записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own &amp;tolerance:</source>
        <translation>Свой до&amp;пуск:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest word error rate that still passes; unchecked, the suite&apos;s default applies</source>
        <translation>Наибольшая доля ошибок в словах, при которой случай ещё пройден; если не отмечено, действует значение набора по умолчанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, separated by commas</source>
        <translation>Необязательно, через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add case</source>
        <translation>&amp;Добавить случай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>vd::SuiteDiffModel</name>
    <message>
        <location filename="../ui/suites/suitediffmodel.cpp" line="+26"/>
        <source>%1, WER %2, %3</source>
        <translation>%1, WER %2, %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>new failure</source>
        <translation>новый сбой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WER regressed</source>
        <translation>WER ухудшился</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slower</source>
        <translation>медленнее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed</source>
        <translation>исправлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>vd::SuiteHistoryPanel</name>
    <message>
        <location filename="../ui/suites/suitehistorypanel.cpp" line="+162"/>
        <source>The run is no longer in the history.</source>
        <translation>Этого прогона больше нет в истории.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stored &amp;runs (select two to compare):</source>
        <translation>&amp;Сохранённые прогоны (выберите два для сравнения):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored &amp;runs: %1</source>
        <translation>&amp;Сохранённые прогоны: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>Пере&amp;читать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the stored runs again from the history database</source>
        <translation>Заново прочитать сохранённые прогоны из базы истории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare</source>
        <translation>Сравни&amp;ть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what regressed and what was fixed from the older run to the newer</source>
        <translation>Показать, что ухудшилось и что исправлено от более раннего прогона к более позднему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WER threshold:</source>
        <translation>Порог &amp;WER:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case regressed when its word error rate rose by more than this</source>
        <translation>Случай считается ухудшившимся, если доля ошибок в словах выросла больше чем на это значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;atency threshold:</source>
        <translation>Порог &amp;задержки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case regressed when its latency rose by more than this</source>
        <translation>Случай считается ухудшившимся, если задержка выросла больше чем на это значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored suite runs</source>
        <translation>Сохранённые прогоны наборов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes between the two runs</source>
        <translation>Изменения между двумя прогонами</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 → run %2: %3 regression(s), %4 fixed, %5 removed.</source>
        <translation>Прогон %1 → прогон %2: ухудшений: %3, исправлено: %4, удалено: %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The runs are of different suites; only cases with the same id and provider are compared.</source>
        <translation>Прогоны относятся к разным наборам; сравниваются только случаи с одинаковыми идентификатором и провайдером.</translation>
    </message>
</context>
<context>
    <name>vd::SuiteProblemsBox</name>
    <message>
        <location filename="../ui/suites/suiteproblemsbox.cpp" line="+56"/>
        <location line="+1"/>
        <source>Problems in the suite file</source>
        <translation>Проблемы в файле набора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the valid cases an&amp;yway</source>
        <translation>Запустить корректные случаи &amp;всё равно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the cases without problems and report the others with the run</source>
        <translation>Запустить случаи без проблем, а остальные указать в отчёте о прогоне</translation>
    </message>
</context>
<context>
    <name>vd::SuiteResultsModel</name>
    <message>
        <location filename="../ui/suites/suiteresultsmodel.cpp" line="+43"/>
        <source>passed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over tolerance</source>
        <translation>сверх допуска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Expected: %1</source>
        <translation>Ожидалось: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TTS</source>
        <translation>TTS</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WER</source>
        <translation>WER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tolerance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcript or error</source>
        <translation>Распознанный текст или ошибка</translation>
    </message>
</context>
<context>
    <name>vd::SuiteRunPanel</name>
    <message>
        <location filename="../ui/suites/suiterunpanel.cpp" line="+128"/>
        <source>The suite has speech-to-text cases: check Auto or a speech-to-text provider.</source>
        <translation>В наборе есть случаи распознавания речи: отметьте «Авто» или провайдер распознавания речи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The suite has text-to-speech cases: check Auto or a text-to-speech provider.</source>
        <translation>В наборе есть случаи синтеза речи: отметьте «Авто» или провайдер синтеза речи.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The run was not stored in the history: %1</source>
        <translation>Прогон не сохранён в истории: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the providers, then run the suite.</source>
        <translation>Выберите провайдеров и запустите набор.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running %1: %2 of %3 case runs done…</source>
        <translation>Выполняется %1: готово %2 из %3 запусков случаев…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 passed in %4 s.</source>
        <translation>%1: пройдено %2 из %3 за %4 с.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: the cases that had not finished are marked cancelled.</source>
        <translation>Остановлено: незавершённые случаи отмечены как отменённые.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invalid case(s) of the suite file were not run.</source>
        <translation>
            <numerusform>%n некорректный случай файла набора не запущен.</numerusform>
            <numerusform>%n некорректных случая файла набора не запущены.</numerusform>
            <numerusform>%n некорректных случаев файла набора не запущены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export suite results</source>
        <translation>Экспорт результатов набора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Results exported to %1</source>
        <translation>Результаты экспортированы в %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export to %1: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Providers:</source>
        <translation>&amp;Провайдеры:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run suite</source>
        <translation>&amp;Запустить набор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every valid case on each checked provider</source>
        <translation>Выполнить каждый корректный случай на каждом отмеченном провайдере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run; cases not finished are marked cancelled</source>
        <translation>Остановить прогон; незавершённые случаи будут отмечены как отменённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport results…</source>
        <translation>&amp;Экспорт результатов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the shown run as JUnit XML, CSV or JSON</source>
        <translation>Сохранить показанный прогон как JUnit XML, CSV или JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suite progress</source>
        <translation>Ход выполнения набора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results per case and provider</source>
        <translation>Результаты по случаям и провайдерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary per provider</source>
        <translation>Сводка по провайдерам</translation>
    </message>
</context>
<context>
    <name>vd::SuiteRunsModel</name>
    <message>
        <location filename="../ui/suites/suiterunsmodel.cpp" line="+50"/>
        <source>interrupted</source>
        <translation>прерван</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n suite file problem(s)</source>
        <translation>
            <numerusform>%n проблема в файле набора</numerusform>
            <numerusform>%n проблемы в файле набора</numerusform>
            <numerusform>%n проблем в файле набора</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run</source>
        <translation>Прогон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suite</source>
        <translation>Набор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed</source>
        <translation>Не пройдено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>vd::SuiteSummaryChart</name>
    <message>
        <location filename="../ui/suites/suitesummarychart.cpp" line="+103"/>
        <source>Quality per provider</source>
        <translation>Качество по провайдерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Latency per provider</source>
        <translation>Задержка по провайдерам</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Corpus WER (%)</source>
        <translation>WER по корпусу (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases not passed (%)</source>
        <translation>Не пройдено случаев (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50 (ms)</source>
        <translation>p50 (мс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 (ms)</source>
        <translation>p95 (мс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word error rate and cases not passed per provider</source>
        <translation>Доля ошибок в словах и непройденные случаи по провайдерам</translation>
    </message>
</context>
<context>
    <name>vd::SuiteSummaryModel</name>
    <message>
        <location filename="../ui/suites/suitesummarymodel.cpp" line="+69"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over tolerance</source>
        <translation>Сверх допуска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corpus WER</source>
        <translation>WER по корпусу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
</context>
<context>
    <name>vd::SuiteTargetList</name>
    <message>
        <location filename="../ui/suites/suitetargetlist.cpp" line="+108"/>
        <source>Providers to run the suite on</source>
        <translation>Провайдеры для прогона набора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the providers to test; Auto runs each case through the priority chain, with retries and fallback</source>
        <translation>Отметьте провайдеров для проверки; «Авто» проводит каждый случай по цепочке приоритетов, с повторами и переключением</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto (priority chain)</source>
        <translation>Авто (цепочка приоритетов)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (text to speech)</source>
        <translation>%1 (синтез речи)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (speech to text)</source>
        <translation>%1 (распознавание речи)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not configured</source>
        <translation>%1 — не настроен</translation>
    </message>
</context>
<context>
    <name>vd::SuitesPage</name>
    <message>
        <location filename="../ui/suites/suitespage.cpp" line="+118"/>
        <source>see the Providers page</source>
        <translation>см. страницу «Провайдеры»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The case was not added: %1</source>
        <translation>Случай не добавлен: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case &quot;%1&quot; added to %2</source>
        <translation>Случай «%1» добавлен в %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n problem(s) in the suite file; nothing was run. Fix them, or check &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n проблема в файле набора; ничего не запущено. Исправьте её или отметьте «%1».</numerusform>
            <numerusform>%n проблемы в файле набора; ничего не запущено. Исправьте их или отметьте «%1».</numerusform>
            <numerusform>%n проблем в файле набора; ничего не запущено. Исправьте их или отметьте «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a suite</source>
        <translation>Открыть набор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suite files (*.json);;All files (*)</source>
        <translation>Файлы наборов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose or create the new suite&apos;s folder</source>
        <translation>Выберите или создайте папку нового набора</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no take: record or open one on the Speech to text page first.</source>
        <translation>Аудио нет: сначала запишите или откройте его на странице «Распознавание речи».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add an audio file as a case</source>
        <translation>Добавить аудиофайл как случай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3);;All files (*)</source>
        <translation>Аудиофайлы (*.wav *.flac *.ogg *.oga *.opus *.mp3);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No suite open. Open a suite file, or start a new suite and add recordings to it.</source>
        <translation>Набор не открыт. Откройте файл набора или начните новый набор и добавьте в него записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New suite %1 (%2): add a case to create the file.</source>
        <translation>Новый набор %1 (%2): добавьте случай, чтобы создать файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suite %1 cannot be used; see the problems below.</source>
        <translation>Набор %1 нельзя использовать; проблемы перечислены ниже.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Suite %1 (%2): %n valid case(s)</source>
        <translation>
            <numerusform>Набор %1 (%2): %n корректный случай</numerusform>
            <numerusform>Набор %1 (%2): %n корректных случая</numerusform>
            <numerusform>Набор %1 (%2): %n корректных случаев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open suite…</source>
        <translation>&amp;Открыть набор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a suite file (suite.json)</source>
        <translation>Открыть файл набора (suite.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New suite…</source>
        <translation>&amp;Новый набор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a suite in a folder of your choice; its cases&apos; recordings are kept there</source>
        <translation>Начать набор в выбранной папке; записи его случаев хранятся там же</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;take…</source>
        <translation>Добавить &amp;аудио…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the Speech to text page&apos;s take as a case, with the text it should give</source>
        <translation>Добавить аудио со страницы «Распознавание речи» как случай, с текстом, который должен получиться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;file…</source>
        <translation>Добавить &amp;файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an audio file (WAV, FLAC, OGG, MP3) as a case; it is copied into the suite&apos;s folder</source>
        <translation>Добавить аудиофайл (WAV, FLAC, OGG, MP3) как случай; он копируется в папку набора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;esults</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
</context>
<context>
    <name>vd::TakePanel</name>
    <message>
        <location filename="../ui/speech/takepanel.cpp" line="+138"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone to record from. The list follows devices being plugged in and out.</source>
        <translation>Микрофон для записи. Список обновляется при подключении и отключении устройств.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Микрофон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a WAV, FLAC, OGG/Opus or MP3 file to transcribe (Ctrl+O). You can also drop a file on this page.</source>
        <translation>Открыть файл WAV, FLAC, OGG/Opus или MP3 для распознавания (Ctrl+O). Файл можно также перетащить на эту страницу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the take as an audio file (the format follows the extension: .wav, .flac, .ogg, .mp3).</source>
        <translation>Сохранить аудио в файл (формат определяется расширением: .wav, .flac, .ogg, .mp3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input level</source>
        <translation>Уровень сигнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loudness of the microphone while recording</source>
        <translation>Громкость микрофона во время записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed time</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+106"/>
        <source>No take yet: record or open a file.</source>
        <translation>Аудио пока нет: запишите его или откройте файл.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;Save take…</source>
        <translation>Со&amp;хранить аудио…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waveform of the take</source>
        <translation>Осциллограмма аудио</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to move the playback cursor there</source>
        <translation>Щёлкните, чтобы переместить сюда курсор воспроизведения</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recording…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>recording</source>
        <translation>запись с микрофона</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open audio file</source>
        <translation>Открыть аудиофайл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3);;All files (*)</source>
        <translation>Аудиофайлы (*.wav *.flac *.ogg *.oga *.opus *.mp3);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take: %1</source>
        <translation>Аудио: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save take</source>
        <translation>Сохранить аудио</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV (*.wav);;FLAC (*.flac);;OGG Vorbis (*.ogg);;MP3 (*.mp3)</source>
        <translation>WAV (*.wav);;FLAC (*.flac);;OGG Vorbis (*.ogg);;MP3 (*.mp3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved the take to %1.</source>
        <translation>Аудио сохранено в %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No microphone found</source>
        <translation>Микрофон не найден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen microphone is not connected</source>
        <translation>Выбранный микрофон не подключён</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Take: %1, %2 s, %3 Hz, %n channel(s)</source>
        <translation>
            <numerusform>Аудио: %1, %2 с, %3 Гц, %n канал</numerusform>
            <numerusform>Аудио: %1, %2 с, %3 Гц, %n канала</numerusform>
            <numerusform>Аудио: %1, %2 с, %3 Гц, %n каналов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stop recording and keep the take (Ctrl+R)</source>
        <translation>Остановить запись и оставить записанное (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new take from the microphone (Ctrl+R)</source>
        <translation>Записать новое аудио с микрофона (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Остановить запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop playbac&amp;k</source>
        <translation>О&amp;становить воспроизведение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play ta&amp;ke</source>
        <translation>Во&amp;спроизвести аудио</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop playing the take (Alt+K)</source>
        <translation>Остановить воспроизведение аудио (Alt+С)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the take on the sound output, from the cursor on the waveform (click the waveform to move it) (Alt+K)</source>
        <translation>Воспроизвести аудио через устройство вывода, начиная с курсора на осциллограмме (щёлкните осциллограмму, чтобы переместить курсор) (Alt+С)</translation>
    </message>
</context>
<context>
    <name>vd::TextExport</name>
    <message>
        <location filename="../ui/speech/textexport.cpp" line="+17"/>
        <source>Could not write &quot;%1&quot;: %2. Choose a folder you can write to.</source>
        <translation>Не удалось записать «%1»: %2. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Текст (*.txt);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>vd::TextLimitCounter</name>
    <message>
        <location filename="../ui/speech/textlimitcounter.cpp" line="+12"/>
        <source>Text length</source>
        <translation>Длина текста</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text is %1 over the limit of %2 (%3). Shorten it or choose another provider.</source>
        <translation>Текст превышает ограничение %2 (%3) на %1. Сократите его или выберите другого провайдера.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto: the largest limit among the providers it may use (%1)</source>
        <translation>Авто: наибольшее ограничение среди провайдеров, которые могут быть выбраны (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most %1 accepts in one request</source>
        <translation>Максимум, который %1 принимает за один запрос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No length limit is known for this provider</source>
        <translation>Ограничение длины для этого провайдера неизвестно</translation>
    </message>
</context>
<context>
    <name>vd::TextToSpeechPage</name>
    <message>
        <location filename="../ui/speech/texttospeechpage.cpp" line="+47"/>
        <source>Playing %1 (%2 of %3)…</source>
        <translation>Воспроизведение: %1 (%2 из %3)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playing %1…</source>
        <translation>Воспроизведение: %1…</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Text to speak</source>
        <translation>Текст для озвучивания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the text to speak.</source>
        <translation>Введите или вставьте текст для озвучивания.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Turn on the kitchen lights and set a timer for ten minutes.</source>
        <translation>Включи свет на кухне и поставь таймер на десять минут.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the provider&apos;s voices again</source>
        <translation>Заново загрузить голоса провайдера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload voices</source>
        <translation>Обновить голоса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking rate: 1.00 is normal, 2.00 twice as fast</source>
        <translation>Темп речи: 1.00 — обычный, 2.00 — вдвое быстрее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Провайдер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice:</source>
        <translation>&amp;Голос:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin&amp;d voice:</source>
        <translation>&amp;Найти голос:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speed:</source>
        <translation>Ско&amp;рость:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the speech as an audio file; the format follows the extension (.wav, .flac, .ogg, .mp3)</source>
        <translation>Сохранить речь в аудиофайл; формат определяется расширением (.wav, .flac, .ogg, .mp3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a&amp;cross providers</source>
        <translation>&amp;Озвучить всеми провайдерами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speak the text with every enabled, configured provider, one after another, each with its default voice, to compare them</source>
        <translation>Озвучить текст по очереди всеми включёнными и настроенными провайдерами, каждым — его голосом по умолчанию, чтобы сравнить их</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Loading providers…</source>
        <translation>Загрузка провайдеров…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type some text to speak.</source>
        <translation>Введите текст для озвучивания.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop playback (Esc)</source>
        <translation>Остановить воспроизведение (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak the text (Ctrl+Return)</source>
        <translation>Озвучить текст (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Synthesizing with %1…</source>
        <translation>Синтез: %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No enabled, configured text-to-speech provider. Enable or configure one on the Providers page.</source>
        <translation>Нет включённых и настроенных провайдеров синтеза речи. Включите или настройте провайдера на странице «Провайдеры».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Synthesizing with %1 (%2 of %3)…</source>
        <translation>Синтез: %1 (%2 из %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Played the text with %n provider(s).</source>
        <translation>
            <numerusform>Текст озвучен %n провайдером.</numerusform>
            <numerusform>Текст озвучен %n провайдерами.</numerusform>
            <numerusform>Текст озвучен %n провайдерами.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spoken by %1 in %2 ms.</source>
        <translation>Озвучено: %1, %2 мс.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save speech</source>
        <translation>Сохранить речь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV (*.wav);;FLAC (*.flac);;OGG Vorbis (*.ogg);;MP3 (*.mp3)</source>
        <translation>WAV (*.wav);;FLAC (*.flac);;OGG Vorbis (*.ogg);;MP3 (*.mp3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot tell the audio format of &quot;%1&quot;; use a .wav, .flac, .ogg or .mp3 file name.</source>
        <translation>Не удаётся определить формат аудио для «%1»; укажите имя файла с расширением .wav, .flac, .ogg или .mp3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synthesizing for %1…</source>
        <translation>Синтез для %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <location line="-430"/>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>vd::TranscriptDiffView</name>
    <message>
        <location filename="../ui/speech/transcriptdiffview.cpp" line="+25"/>
        <source>Heard “%1”; the reference says “%2”</source>
        <translation>Распознано «%1»; в эталоне — «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: the reference says “%1” here</source>
        <translation>Пропущено: в эталоне здесь «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra: “%1” is not in the reference</source>
        <translation>Лишнее: «%1» нет в эталоне</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 · %2 · %3. Point at a word for what the reference says.</source>
        <translation>%1 · %2 · %3. Наведите указатель на слово, чтобы увидеть, что сказано в эталоне.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>substituted (wavy underline)</source>
        <translation>замена (волнистое подчёркивание)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing from the transcript (struck out)</source>
        <translation>пропущено в распознанном тексте (зачёркнуто)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra, not in the reference (underlined)</source>
        <translation>лишнее, нет в эталоне (подчёркнуто)</translation>
    </message>
</context>
<context>
    <name>vd::TranscriptView</name>
    <message>
        <location filename="../ui/speech/transcriptview.cpp" line="+69"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Transcript</source>
        <translation>Распознанный текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+17"/>
        <source>The transcript appears here.</source>
        <translation>Здесь появится распознанный текст.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Transcript against the reference</source>
        <translation>Распознанный текст в сравнении с эталоном</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing trace</source>
        <translation>Трассировка маршрутизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every provider the request considered, in order, and what happened</source>
        <translation>Все провайдеры, которые рассматривались для запроса, по порядку, и чем закончилась каждая попытка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routing trace appears here.</source>
        <translation>Здесь появится трассировка маршрутизации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the transcript to the clipboard</source>
        <translation>Копировать распознанный текст в буфер обмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the result as text (.txt) or JSON (.json)</source>
        <translation>Сохранить результат как текст (.txt) или JSON (.json)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Provider: %1 · %2 ms</source>
        <translation>Провайдер: %1 · %2 мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed after %1 ms</source>
        <translation>Сбой через %1 мс</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancelled after %1 ms</source>
        <translation>Отменено через %1 мс</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nothing was recognised in this take.</source>
        <translation>В этой записи ничего не распознано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · WER %1</source>
        <translation> · WER %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no result to export yet; transcribe first.</source>
        <translation>Экспортировать пока нечего: сначала выполните распознавание.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export transcript</source>
        <translation>Экспорт распознанного текста</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
</context>
<context>
    <name>vd::TranscriptionOutcome</name>
    <message>
        <location filename="../ui/speech/transcriptionoutcome.cpp" line="+53"/>
        <source>Provider: %1
Latency: %2 ms
</source>
        <translation>Провайдер: %1
Задержка: %2 мс
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WER: %1
</source>
        <translation>WER: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing:
</source>
        <translation>Маршрутизация:
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 failed: %2</source>
        <translation>Сбой %1: %2</translation>
    </message>
</context>
<context>
    <name>vd::VoiceCatalog</name>
    <message>
        <location filename="../core/resilience/voicecatalog.cpp" line="+29"/>
        <source>The voice list did not arrive in time.</source>
        <translation>Список голосов не получен вовремя.</translation>
    </message>
</context>
<context>
    <name>vd::VoiceFilter</name>
    <message>
        <location filename="../ui/speech/voicefilter.cpp" line="+49"/>
        <source>Search voices by name</source>
        <translation>Поиск голосов по имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search voices</source>
        <translation>Поиск голосов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the voices whose name or id contains this text</source>
        <translation>Показываются только голоса, имя или идентификатор которых содержит этот текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice language</source>
        <translation>Язык голоса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the voices that speak this language</source>
        <translation>Показываются только голоса, говорящие на этом языке</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
</context>
<context>
    <name>vd::VoicePicker</name>
    <message>
        <location filename="../ui/speech/voicepicker.cpp" line="+27"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The voice &quot;%1&quot; chosen last time is not among the voices of %2 any more, so its default voice speaks. Choose a voice to change it.</source>
        <translation>Голоса «%1», выбранного в прошлый раз, больше нет среди голосов %2, поэтому звучит голос по умолчанию. Выберите голос, чтобы изменить это.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not a text-to-speech provider.</source>
        <translation>%1 не является провайдером синтеза речи.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Provider default</source>
        <translation>Как у провайдера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The voice of the provider&apos;s settings is used.</source>
        <translation>Используется голос из настроек провайдера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading voices…</source>
        <translation>Загрузка голосов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the voices of %1…</source>
        <translation>Загрузка голосов %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voices unavailable</source>
        <translation>Голоса недоступны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the voices of %1: %2</source>
        <translation>Не удалось загрузить голоса %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n voice(s) of %1</source>
        <translation>
            <numerusform>%1: %n голос</numerusform>
            <numerusform>%1: %n голоса</numerusform>
            <numerusform>%1: %n голосов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of the %n voice(s) of %2 match the search</source>
        <translation>
            <numerusform>Поиску соответствуют %1 из %n голоса %2</numerusform>
            <numerusform>Поиску соответствуют %1 из %n голосов %2</numerusform>
            <numerusform>Поиску соответствуют %1 из %n голосов %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No voice matches the search</source>
        <translation>Поиску не соответствует ни один голос</translation>
    </message>
</context>
<context>
    <name>vd::WaveformView</name>
    <message>
        <location filename="../ui/widgets/waveformview.cpp" line="+12"/>
        <source>Waveform</source>
        <translation>Осциллограмма</translation>
    </message>
</context>
<context>
    <name>vd::WorkReports</name>
    <message>
        <location filename="../ui/shell/workreports.cpp" line="+51"/>
        <source>Comparing providers…</source>
        <translation>Сравнение провайдеров…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transcribing…</source>
        <translation>Распознавание…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing with %1…</source>
        <translation>Распознавание: %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Playing across providers…</source>
        <translation>Воспроизведение у всех провайдеров…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaking…</source>
        <translation>Синтез речи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking with %1…</source>
        <translation>Синтез речи: %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Running suite %1/%2</source>
        <translation>Выполнение набора %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Probing %n provider(s)…</source>
        <translation>
            <numerusform>Проверка %n провайдера…</numerusform>
            <numerusform>Проверка %n провайдеров…</numerusform>
            <numerusform>Проверка %n провайдеров…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::YandexTextToSpeech</name>
    <message>
        <location filename="../core/providers/yandex/yandexdefinitions.cpp" line="+72"/>
        <source>tts:synthesize answered with %1 bytes of audio (a billable request)</source>
        <translation>tts:synthesize вернул %1 байт аудио (платный запрос)</translation>
    </message>
</context>
<context>
    <name>vd::gui::GuiOptions</name>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="+19"/>
        <source>VoiceDeck: manage, test and monitor speech-to-text and text-to-speech providers.</source>
        <translation>VoiceDeck: управление, проверка и мониторинг сервисов распознавания и синтеза речи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this config file.</source>
        <translation>Использовать этот файл конфигурации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on this page: speech-to-text, text-to-speech, providers, health or activity.</source>
        <translation>Открыть на этой странице: speech-to-text, text-to-speech, providers, health или activity.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exit with status 0 as soon as the main window has been painted once (for start-up benchmarks).</source>
        <translation>Завершиться с кодом 0, как только главное окно будет один раз отрисовано (для замеров запуска).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the main window as a PNG image once it has been painted, then exit (to check an installation without a display, with QT_QPA_PLATFORM=offscreen).</source>
        <translation>Сохранить главное окно в PNG, как только оно будет отрисовано, и завершиться (для проверки установки без дисплея, с QT_QPA_PLATFORM=offscreen).</translation>
    </message>
</context>
</TS>
