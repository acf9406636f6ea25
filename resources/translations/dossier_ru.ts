<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <source>About Dossier</source>
        <translation>О программе Dossier</translation>
    </message>
    <message>
        <source>&lt;p&gt;An offline study edition of &lt;i&gt;{title}&lt;/i&gt; by {author}, {series} No {number}, {date}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Учебное издание для чтения без сети: &lt;i&gt;{title}&lt;/i&gt;, автор {author}, {series} № {number}, {date}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cite as&lt;/b&gt; (Chicago):&lt;br&gt;{reference}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Как цитировать&lt;/b&gt; (Chicago):&lt;br&gt;{reference}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Ваши данные: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;{section}, paragraph {paragraph}: “{quote}”&lt;br&gt;{note}&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;Source: {source}&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;{section}, абзац {paragraph}: «{quote}»&lt;br&gt;{note}&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;Источник: {source}&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Editor&apos;s notes&lt;/b&gt; (ours, not the author&apos;s): where the public record differs from the report. The report&apos;s text is unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Примечания редактора&lt;/b&gt; (наши, а не автора): где открытые источники расходятся с докладом. Текст доклада не изменён.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Восстановить последнюю резервную копию</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитано</translation>
    </message>
    <message>
        <source>{percent}% read</source>
        <translation>прочитано {percent}%</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>не прочитано</translation>
    </message>
</context>
<context>
    <name>DossierLink</name>
    <message>
        <source>not a Dossier link: {url!r} (expected dossier://section/ID)</source>
        <translation>это не ссылка Dossier: {url!r} (ожидалось dossier://section/ID)</translation>
    </message>
    <message>
        <source>not a Dossier note id in the link: {note_id!r}</source>
        <translation>в ссылке не идентификатор заметки Dossier: {note_id!r}</translation>
    </message>
    <message>
        <source>not a paragraph number in the link: {para!r} (expected para=N, N from 1)</source>
        <translation>в ссылке не номер абзаца: {para!r} (ожидалось para=N, N от 1)</translation>
    </message>
</context>
<context>
    <name>EditorNotes</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Editor&apos;s note&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(not the report&apos;s words)&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Примечание редактора&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(не слова доклада)&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Source: {source}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Источник: {source}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>&lt;p&gt;{count} facts from the report, each backed by its exact words.&lt;/p&gt;&lt;p&gt;Click a country or a place on the map, a glossary entry, or select a name in the text (then &lt;b&gt;Ctrl+I&lt;/b&gt;) to see what the report says about it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Фактов из доклада: {count}, каждый подкреплён точной цитатой.&lt;/p&gt;&lt;p&gt;Щёлкните страну или место на карте, статью глоссария или выделите имя в тексте (затем &lt;b&gt;Ctrl+I&lt;/b&gt;), чтобы увидеть, что о нём говорится в докладе.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Статья глоссария</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What the report says&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Что говорится в докладе&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Go to the passage</source>
        <translation>Перейти к фрагменту</translation>
    </message>
    <message>
        <source>hide the quote</source>
        <translation>скрыть цитату</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>Related passages</source>
        <translation>Похожие фрагменты</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{target} already exists; choose another name (Dossier never overwrites a file)</source>
        <translation>{target} уже существует; выберите другое имя (Dossier никогда не перезаписывает файлы)</translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>папки {folder} не существует</translation>
    </message>
    <message>
        <source>cannot write {target} ({strerror})</source>
        <translation>не удаётся записать {target} ({strerror})</translation>
    </message>
    <message>
        <source>cannot write {target} (nothing was produced)</source>
        <translation>не удаётся записать {target} (ничего не создано)</translation>
    </message>
    <message>
        <source>{name}: no PDF trailer to add the document information to</source>
        <translation>{name}: нет трейлера PDF, куда можно добавить сведения о документе</translation>
    </message>
    <message>
        <source>{name}: the PDF trailer has no /Root or /Size</source>
        <translation>{name}: в трейлере PDF нет /Root или /Size</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>Focus mode: F11 or Esc brings the panels back.</source>
        <translation>Режим чтения: F11 или Esc вернёт панели.</translation>
    </message>
</context>
<context>
    <name>Footnotes</name>
    <message>
        <source>Footnote</source>
        <translation>Сноска</translation>
    </message>
    <message>
        <source>Go to the note ↓</source>
        <translation>К сноске ↓</translation>
    </message>
    <message>
        <source>Esc closes</source>
        <translation>Esc — закрыть</translation>
    </message>
    <message>
        <source>{term}: click to open it in the glossary</source>
        <translation>{term}: щёлкните, чтобы открыть в глоссарии</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Filter the glossary</source>
        <translation>Фильтр глоссария</translation>
    </message>
    <message>
        <source>Find a term, person or place  (Ctrl+G)</source>
        <translation>Найти термин, лицо или место  (Ctrl+G)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Очистить фильтр</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>Статьи глоссария</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Статья глоссария</translation>
    </message>
    <message>
        <source>Glossary status</source>
        <translation>Состояние глоссария</translation>
    </message>
    <message>
        <source>&lt;p&gt;{count} organisations, formats, events, terms, people and places, each with where the report names it.&lt;/p&gt;&lt;p&gt;Hover a marked term in the text for a one-line definition; click it to read the entry here. Type above to find one: typos, spaces and punctuation are forgiven (&lt;i&gt;ctso&lt;/i&gt;, &lt;i&gt;c5 + 1&lt;/i&gt;, &lt;i&gt;isisk&lt;/i&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Организаций, форматов, событий, терминов, лиц и мест: {count}; у каждого указано, где доклад его упоминает.&lt;/p&gt;&lt;p&gt;Наведите указатель на выделенный термин в тексте, чтобы увидеть краткое определение; щёлкните, чтобы прочитать статью здесь. Введите запрос выше: опечатки, пробелы и знаки препинания не помеха (&lt;i&gt;ctso&lt;/i&gt;, &lt;i&gt;c5 + 1&lt;/i&gt;, &lt;i&gt;isisk&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the entry or its mentions</source>
        <translation>Показать статью или упоминания</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>Статей: {count}</translation>
    </message>
    <message>
        <source>{count} match</source>
        <translation>{count} совпадение</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>Совпадений: {count}</translation>
    </message>
    <message>
        <source>No entry fits.</source>
        <translation>Подходящих статей нет.</translation>
    </message>
    <message>
        <source>No glossary entry {entry!r}.</source>
        <translation>Нет статьи глоссария {entry!r}.</translation>
    </message>
    <message>
        <source>Mentioned in ({count})</source>
        <translation>Упоминания ({count})</translation>
    </message>
    <message>
        <source>&lt;h3&gt;In the report&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;В докладе&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Related passages</source>
        <translation>Похожие фрагменты</translation>
    </message>
    <message>
        <source>&lt;h3&gt;General knowledge &lt;span style=&apos;font-weight:normal&apos;&gt;(not from the report)&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Общие сведения &lt;span style=&apos;font-weight:normal&apos;&gt;(не из доклада)&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Related&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;См. также&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentioned in&lt;/h3&gt;&lt;p style=&apos;color:gray&apos;&gt;Not named in the report itself.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Упоминания&lt;/h3&gt;&lt;p style=&apos;color:gray&apos;&gt;В самом докладе не упоминается.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentioned in &lt;span style=&apos;font-weight:normal&apos;&gt;(once)&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Упоминания &lt;span style=&apos;font-weight:normal&apos;&gt;(один раз)&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentioned in &lt;span style=&apos;font-weight:normal&apos;&gt;({count} times)&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Упоминания &lt;span style=&apos;font-weight:normal&apos;&gt;(всего: {count})&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>LargeMap</name>
    <message>
        <source>&amp;Large Map</source>
        <translation>&amp;Большая карта</translation>
    </message>
    <message>
        <source>The map across the window, with the facts beside it ({keys})</source>
        <translation>Карта во всё окно, рядом факты ({keys})</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>{meta_path} is not a file</source>
        <translation>{meta_path} — не файл</translation>
    </message>
    <message>
        <source>{folder} is not a content folder (it has no report/meta.toml)</source>
        <translation>{folder} — не папка с содержимым (в ней нет report/meta.toml)</translation>
    </message>
    <message>
        <source>cannot read {meta_path} ({error})</source>
        <translation>не удаётся прочитать {meta_path} ({error})</translation>
    </message>
    <message>
        <source>{meta_path}: id {report_id!r} must be lowercase letters, digits and hyphens</source>
        <translation>{meta_path}: идентификатор {report_id!r} должен состоять из строчных букв, цифр и дефисов</translation>
    </message>
    <message>
        <source>no report {report_id!r} in the library (it has: {known})</source>
        <translation>в библиотеке нет доклада {report_id!r} (в ней есть: {known})</translation>
    </message>
    <message>
        <source>no content folder at {reference}</source>
        <translation>нет папки с содержимым по адресу {reference}</translation>
    </message>
    <message>
        <source>no content folder at {folder}</source>
        <translation>нет папки с содержимым по адресу {folder}</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {first_problem}</source>
        <translation>{folder} нельзя добавить: {first_problem}</translation>
    </message>
    <message>
        <source>{id!r} is the bundled report&apos;s id; give this report another in its report/meta.toml</source>
        <translation>{id!r} — идентификатор встроенного доклада; задайте этому докладу другой в его report/meta.toml</translation>
    </message>
    <message>
        <source>the library already has a report {id!r}; remove it first to replace it</source>
        <translation>в библиотеке уже есть доклад {id!r}; чтобы заменить его, сначала удалите его</translation>
    </message>
    <message>
        <source>the library already has a report {id!r}</source>
        <translation>в библиотеке уже есть доклад {id!r}</translation>
    </message>
    <message>
        <source>cannot add {folder} to the library ({reason})</source>
        <translation>не удаётся добавить {folder} в библиотеку ({reason})</translation>
    </message>
    <message>
        <source>cannot remove {report_id!r} ({reason})</source>
        <translation>не удаётся удалить {report_id!r} ({reason})</translation>
    </message>
    <message>
        <source>{report_id!r} is the bundled report; it cannot be removed</source>
        <translation>{report_id!r} — встроенный доклад; его нельзя удалить</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {shown} is a link to nowhere</source>
        <translation>{folder} нельзя добавить: {shown} — ссылка в никуда</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {shown} links to {resolved}, outside the folder</source>
        <translation>{folder} нельзя добавить: {shown} ссылается на {resolved}, вне папки</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {shown} links to a folder; copy it in</source>
        <translation>{folder} нельзя добавить: {shown} ссылается на папку; скопируйте её внутрь</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {shown} is not a plain file (a pipe or a device)</source>
        <translation>{folder} нельзя добавить: {shown} — не обычный файл (канал или устройство)</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Open Report</source>
        <translation>Открыть доклад</translation>
    </message>
    <message>
        <source>Reports in your library:</source>
        <translation>Доклады в вашей библиотеке:</translation>
    </message>
    <message>
        <source>Reports in your library</source>
        <translation>Доклады в вашей библиотеке</translation>
    </message>
    <message>
        <source> (bundled)</source>
        <translation> (встроенный)</translation>
    </message>
    <message>
        <source> — open now</source>
        <translation> — открыт сейчас</translation>
    </message>
    <message>
        <source>Add a report&apos;s content folder</source>
        <translation>Добавить папку с содержимым доклада</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Links in this section ({count})</source>
        <translation>Ссылки в этом разделе ({count})</translation>
    </message>
    <message>
        <source>Links in this section</source>
        <translation>Ссылки в этом разделе</translation>
    </message>
    <message>
        <source>Enter follows the chosen link</source>
        <translation>Enter — перейти по выбранной ссылке</translation>
    </message>
    <message>
        <source>No links in {section}.</source>
        <translation>В разделе «{section}» ссылок нет.</translation>
    </message>
    <message>
        <source>No links in this section.</source>
        <translation>В этом разделе ссылок нет.</translation>
    </message>
    <message>
        <source>List &amp;Links in This Section</source>
        <translation>&amp;Список ссылок раздела</translation>
    </message>
    <message>
        <source>The report&apos;s text. {keys} lists the links in the section being read.</source>
        <translation>Текст доклада. {keys} — список ссылок в текущем разделе.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Opened in your browser: {address}</source>
        <translation>Открыто в браузере: {address}</translation>
    </message>
    <message>
        <source>Dossier does not open {scheme} links: {address}</source>
        <translation>Dossier не открывает ссылки {scheme}: {address}</translation>
    </message>
    <message>
        <source>Opens in your browser: {address}</source>
        <translation>Откроется в браузере: {address}</translation>
    </message>
    <message>
        <source>glossary entry</source>
        <translation>статья глоссария</translation>
    </message>
    <message>
        <source>web page, opens in your browser ({site})</source>
        <translation>веб-страница, откроется в браузере ({site})</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <source>back to the text</source>
        <translation>назад к тексту</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>сноска</translation>
    </message>
    <message>
        <source>elsewhere in the report</source>
        <translation>в другом месте доклада</translation>
    </message>
    <message>
        <source>{scheme} link</source>
        <translation>ссылка {scheme}</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>{words} — {kind}</source>
        <translation>{words} — {kind}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Notes are not available: the notes file could not be opened.</source>
        <translation>Заметки недоступны: не удалось открыть файл заметок.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Масштаб {percent}%</translation>
    </message>
</context>
<context>
    <name>MapAccess</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>{count} countries and places; Tab or ] moves between them, Enter shows facts</source>
        <translation>Стран и мест: {count}; Tab или ] — переход между ними, Enter — факты</translation>
    </message>
    <message>
        <source>{map}: {place}, {number} of {count}</source>
        <translation>{map}: {place}, {number} из {count}</translation>
    </message>
    <message>
        <source>Enter shows its facts; Tab or ] the next, Shift+Tab or [ the previous</source>
        <translation>Enter — факты; Tab или ] — следующее, Shift+Tab или [ — предыдущее</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Named in this section</source>
        <translation>Упомянуто в этом разделе</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Выбрано</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Столица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>Военная база</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Пограничный переход</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Тоннель</translation>
    </message>
    <message>
        <source>Dam</source>
        <translation>Плотина</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>Инструменты карты</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Colour the {layer} ({count} on this map)</source>
        <translation>Выделить цветом: {layer} ({count} на этой карте)</translation>
    </message>
    <message>
        <source>Colour the countries by membership</source>
        <translation>Выделить страны цветом по членству</translation>
    </message>
    <message>
        <source>Zoom in (+ or the wheel)</source>
        <translation>Увеличить (+ или колесо)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>Back to {home} (0)</source>
        <translation>Вернуться: {home} (0)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>PNG picture…</source>
        <translation>Изображение PNG…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>Рисунок SVG…</translation>
    </message>
    <message>
        <source>Save the current view as a picture</source>
        <translation>Сохранить текущий вид как изображение</translation>
    </message>
    <message>
        <source>Layers ({count})</source>
        <translation>Слои ({count})</translation>
    </message>
    <message>
        <source>Export the map as {format}</source>
        <translation>Экспорт карты в {format}</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>Карта сохранена: {path}</translation>
    </message>
    <message>
        <source>Could not save the map to {path}</source>
        <translation>Не удалось сохранить карту: {path}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of {region}</source>
        <translation>Карта: {region}</translation>
    </message>
</context>
<context>
    <name>Meaning</name>
    <message>
        <source>Search by meaning is off: {file} cannot be read ({reason}).</source>
        <translation>Поиск по смыслу отключён: не удаётся прочитать {file} ({reason}).</translation>
    </message>
    <message>
        <source>Search by meaning is off: {file} is not the model&apos;s own file.</source>
        <translation>Поиск по смыслу отключён: {file} — не собственный файл модели.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Follow &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>&amp;Открыть доклад…</translation>
    </message>
    <message>
        <source>&amp;Add Report Folder…</source>
        <translation>&amp;Добавить папку доклада…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Citation…</source>
        <translation>Экспорт &amp;ссылки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Reading Pane</source>
        <translation>&amp;Текст доклада</translation>
    </message>
    <message>
        <source>Next &amp;Panel</source>
        <translation>Следующая &amp;панель</translation>
    </message>
    <message>
        <source>Previous Pa&amp;nel</source>
        <translation>Предыдущая па&amp;нель</translation>
    </message>
    <message>
        <source>Facts About the &amp;Selection</source>
        <translation>Факты о в&amp;ыделенном</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>В&amp;перёд</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>Следующее &amp;совпадение</translation>
    </message>
    <message>
        <source>&amp;Previous Hit</source>
        <translation>Пред&amp;ыдущее совпадение</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>Следующий раздел</translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation>Предыдущий раздел</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>&amp;Note on the Selection or Paragraph</source>
        <translation>&amp;Заметка к выделенному или абзацу</translation>
    </message>
    <message>
        <source>Note on the &amp;Section</source>
        <translation>Заметка к &amp;разделу</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Экспорт заметок…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Импорт заметок…</translation>
    </message>
    <message>
        <source>&amp;Back Up Notes Now</source>
        <translation>&amp;Создать резервную копию заметок</translation>
    </message>
    <message>
        <source>&amp;Restore the Newest Backup</source>
        <translation>&amp;Восстановить последнюю резервную копию</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Mark Glossary Terms</source>
        <translation>&amp;Выделять термины глоссария</translation>
    </message>
    <message>
        <source>Mark &amp;Every Mention, Not Only the First</source>
        <translation>Выделять &amp;каждое упоминание, а не только первое</translation>
    </message>
    <message>
        <source>&amp;Paragraph Numbers</source>
        <translation>&amp;Номера абзацев</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>&amp;Навигация курсором</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Режим чтения</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>&amp;О программе Dossier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>The language changes when Dossier next starts.</source>
        <translation>Язык сменится при следующем запуске Dossier.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>From the note&apos;s text to its tags, and back</source>
        <translation>От текста заметки к её меткам и обратно</translation>
    </message>
    <message>
        <source>Type a tab in the note&apos;s text</source>
        <translation>Вставить табуляцию в текст заметки</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Edit / Preview (typing in Preview goes on in Edit)</source>
        <translation>Правка / Просмотр (ввод в Просмотре продолжается в Правке)</translation>
    </message>
    <message>
        <source>No note selected.

Choose a note in the list, or select a passage in the text and press Ctrl+N to write one.</source>
        <translation>Заметка не выбрана.

Выберите заметку в списке или выделите фрагмент текста и нажмите Ctrl+N, чтобы написать её.</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>Цитируемый фрагмент</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>Текст заметки (Markdown)</translation>
    </message>
    <message>
        <source>Write your note (Markdown). It saves as you type.</source>
        <translation>Напишите заметку (Markdown). Она сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Просмотр заметки</translation>
    </message>
    <message>
        <source>Note: edit or preview</source>
        <translation>Заметка: правка или просмотр</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Метки через запятую</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the note to the trash</source>
        <translation>Переместить заметку в корзину</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore the note from the trash</source>
        <translation>Восстановить заметку из корзины</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Показать в тексте</translation>
    </message>
    <message>
        <source>Show the note&apos;s passage in the text</source>
        <translation>Показать фрагмент заметки в тексте</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Ошибка сохранения</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save the text as…</source>
        <translation>Сохранить текст как…</translation>
    </message>
    <message>
        <source>Save the unsaved note to a file</source>
        <translation>Сохранить несохранённую заметку в файл</translation>
    </message>
    <message>
        <source>The passage the note is on</source>
        <translation>Фрагмент, к которому относится заметка</translation>
    </message>
    <message>
        <source>… ({count:,} characters in all)</source>
        <translation>… (всего символов: {count:,})</translation>
    </message>
    <message>
        <source>This note is too long to edit here ({count:,} characters): its first {shown:,} are shown, read-only. Export the notes to read or edit all of it.</source>
        <translation>Заметка слишком длинна для правки здесь (символов: {count:,}): показаны первые {shown:,}, только для чтения. Экспортируйте заметки, чтобы прочитать или изменить её целиком.</translation>
    </message>
    <message>
        <source>Dossier does not open this link: {address}</source>
        <translation>Dossier не открывает эту ссылку: {address}</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>the note is longer than {max_body_chars:,} characters</source>
        <translation>заметка длиннее {max_body_chars:,} знаков</translation>
    </message>
    <message>
        <source>the quoted passage is longer than {max_quote_chars:,} characters</source>
        <translation>цитируемый отрывок длиннее {max_quote_chars:,} знаков</translation>
    </message>
    <message>
        <source>the quote&apos;s prefix or suffix is longer than {max_context_chars:,} characters</source>
        <translation>текст до или после цитаты длиннее {max_context_chars:,} знаков</translation>
    </message>
    <message>
        <source>the note has {count:,} tags; at most {max_tags:,} are kept</source>
        <translation>у заметки меток: {count:,}; сохраняется не больше {max_tags:,}</translation>
    </message>
    <message>
        <source>a tag is longer than {max_tag_chars} characters</source>
        <translation>метка длиннее {max_tag_chars} знаков</translation>
    </message>
    <message>
        <source>the tags are longer than {max_tags_chars:,} characters in all</source>
        <translation>метки в сумме длиннее {max_tags_chars:,} знаков</translation>
    </message>
    <message>
        <source>the note was changed in another window at {time}</source>
        <translation>заметка изменена в другом окне в {time}</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} already there, {conflicts} kept as conflict copies beside your edits</source>
        <translation>добавлено: {added}, обновлено: {updated}, уже были: {unchanged}, сохранено копиями рядом с вашими правками из-за конфликта: {conflicts}</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} already there</source>
        <translation>добавлено: {added}, обновлено: {updated}, уже были: {unchanged}</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <source>an Anki deck is a binary file: write it to a file with -o FILE.apkg</source>
        <translation>колода Anki — двоичный файл: запишите её в файл с помощью -o ФАЙЛ.apkg</translation>
    </message>
    <message>
        <source>Markdown (for a notes vault)</source>
        <translation>Markdown (для хранилища заметок)</translation>
    </message>
    <message>
        <source>Anki deck: glossary, facts and notes tagged card</source>
        <translation>Колода Anki: глоссарий, факты и заметки с меткой card</translation>
    </message>
    <message>
        <source>{name} holds notes on the report {origin!r}, not on this one ({report_id!r}); open that report (--report {origin}) to import them</source>
        <translation>в {name} заметки к докладу {origin!r}, а не к этому ({report_id!r}); откройте тот доклад (--report {origin}), чтобы импортировать их</translation>
    </message>
</context>
<context>
    <name>NotesFile</name>
    <message>
        <source>Backup failed: {error}</source>
        <translation>Не удалось создать резервную копию: {error}</translation>
    </message>
    <message>
        <source>Notes backed up ({count} note).</source>
        <translation>Резервная копия заметок создана ({count} заметка).</translation>
    </message>
    <message>
        <source>Notes backed up ({count} notes).</source>
        <translation>Резервная копия заметок создана (заметок: {count}).</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}.</source>
        <translation>Не удалось восстановить резервную копию: {error}.</translation>
    </message>
    <message>
        <source> The file it replaced was kept as {name}.</source>
        <translation> Заменённый файл сохранён как {name}.</translation>
    </message>
    <message>
        <source>Restored the backup of {date} ({count} note).</source>
        <translation>Восстановлена резервная копия от {date} ({count} заметка).</translation>
    </message>
    <message>
        <source>Restored the backup of {date} ({count} notes).</source>
        <translation>Восстановлена резервная копия от {date} (заметок: {count}).</translation>
    </message>
    <message>
        <source>The replaced notes file could not be opened: {error}.</source>
        <translation>Не удалось открыть заменённый файл заметок: {error}.</translation>
    </message>
    <message>
        <source>The notes file was replaced (a backup was restored); its notes are shown now.</source>
        <translation>Файл заметок заменён (восстановлена резервная копия); теперь показаны его заметки.</translation>
    </message>
    <message>
        <source>Unsaved notes from last time are waiting but could not be put back: {error}.</source>
        <translation>Несохранённые заметки с прошлого раза ждут, но их не удалось вернуть: {error}.</translation>
    </message>
    <message>
        <source>{count} note unsaved last time is back.</source>
        <translation>{count} заметка, не сохранённая в прошлый раз, возвращена.</translation>
    </message>
    <message>
        <source>{count} notes unsaved last time are back.</source>
        <translation>Возвращены заметки, не сохранённые в прошлый раз: {count}.</translation>
    </message>
    <message>
        <source>Exported {count} cards to {path}</source>
        <translation>Экспортировано карточек: {count}, в {path}</translation>
    </message>
    <message>
        <source>Exported {count} notes to {path}</source>
        <translation>Экспортировано заметок: {count}, в {path}</translation>
    </message>
    <message>
        <source>Nothing imported: {error}</source>
        <translation>Ничего не импортировано: {error}</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Импортировано: {summary}.</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Импорт заметок</translation>
    </message>
</context>
<context>
    <name>NotesImport</name>
    <message>
        <source>{count} anchored in the text</source>
        <translation>привязано к тексту: {count}</translation>
    </message>
    <message>
        <source>{count} not found in the text, kept as orphans tagged “{tag}”</source>
        <translation>не найдено в тексте: {count}, сохранены как «сироты» с меткой «{tag}»</translation>
    </message>
    <message>
        <source>{count} about another document left out</source>
        <translation>пропущено (о другом документе): {count}</translation>
    </message>
    <message>
        <source>no annotations found (expected a W3C Annotation, a collection or a Hypothesis export)</source>
        <translation>аннотации не найдены (ожидалась аннотация W3C, коллекция или экспорт Hypothesis)</translation>
    </message>
    <message>
        <source>the file holds {count} notes; Dossier imports at most {max_import_notes}</source>
        <translation>заметок в файле: {count}; Dossier импортирует не больше {max_import_notes}</translation>
    </message>
    <message>
        <source>the report has no sections to anchor notes in</source>
        <translation>в докладе нет разделов, к которым можно привязать заметки</translation>
    </message>
    <message>
        <source>annotation {number} is not an object</source>
        <translation>аннотация {number} — не объект</translation>
    </message>
    <message>
        <source>annotation {number}: the note is longer than {max_body_chars:,} characters</source>
        <translation>аннотация {number}: заметка длиннее {max_body_chars:,} знаков</translation>
    </message>
    <message>
        <source>the file lists the same annotation twice</source>
        <translation>в файле одна и та же аннотация указана дважды</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не существует</translation>
    </message>
    <message>
        <source>{path} is a folder, not a notes file</source>
        <translation>{path} — папка, а не файл заметок</translation>
    </message>
    <message>
        <source>{path} cannot be read ({strerror})</source>
        <translation>не удаётся прочитать {path} ({strerror})</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket)</source>
        <translation>{path} — не обычный файл (устройство, канал или сокет)</translation>
    </message>
    <message>
        <source>{path} is too large to be a notes file (over {amount} MB)</source>
        <translation>{path} слишком велик для файла заметок (больше {amount} МБ)</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; export writes UTF-8 JSON</source>
        <translation>{path} — не текст в UTF-8; экспорт записывает JSON в UTF-8</translation>
    </message>
    <message>
        <source>{path} is not JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>{path} — не JSON (строка {lineno}, столбец {colno}: {msg})</translation>
    </message>
    <message>
        <source>{path} nests too deeply to be a notes file</source>
        <translation>{path} имеет слишком глубокую вложенность для файла заметок</translation>
    </message>
    <message>
        <source>{path} holds a number too large to be in a notes file</source>
        <translation>в {path} число, слишком большое для файла заметок</translation>
    </message>
    <message>
        <source>{where}: {stamp!r} is not an ISO 8601 time</source>
        <translation>{where}: {stamp!r} — не время в формате ISO 8601</translation>
    </message>
    <message>
        <source>{where}: {field} is longer than {limit:,} characters</source>
        <translation>{where}: {field} длиннее {limit:,} знаков</translation>
    </message>
    <message>
        <source>{where}: dossier:history must be a list of at most {max_history} times</source>
        <translation>{where}: dossier:history должен быть списком не более чем из {max_history} отметок времени</translation>
    </message>
    <message>
        <source>{where}: {field} must be text</source>
        <translation>{where}: {field} должно быть текстом</translation>
    </message>
    <message>
        <source>not a Dossier notes export (expected a W3C AnnotationCollection)</source>
        <translation>это не экспорт заметок Dossier (ожидалась W3C AnnotationCollection)</translation>
    </message>
    <message>
        <source>not a Dossier notes export (the collection has no items)</source>
        <translation>это не экспорт заметок Dossier (в коллекции нет элементов)</translation>
    </message>
    <message>
        <source>annotation {number}</source>
        <translation>аннотация {number}</translation>
    </message>
    <message>
        <source>{where} is not an Annotation</source>
        <translation>{where} — не Annotation</translation>
    </message>
    <message>
        <source>{where}: id {raw_id!r} is not a Dossier note id</source>
        <translation>{where}: идентификатор {raw_id!r} — не идентификатор заметки Dossier</translation>
    </message>
    <message>
        <source>{where}: target has no selectors</source>
        <translation>{where}: у target нет селекторов</translation>
    </message>
    <message>
        <source>the section (FragmentSelector)</source>
        <translation>раздел (FragmentSelector)</translation>
    </message>
    <message>
        <source>{where}: section {section_id!r} is not in this report</source>
        <translation>{where}: раздела {section_id!r} нет в этом докладе</translation>
    </message>
    <message>
        <source>{where}: body must be a list</source>
        <translation>{where}: body должно быть списком</translation>
    </message>
    <message>
        <source>{where}: every body must be a TextualBody</source>
        <translation>{where}: каждое body должно быть TextualBody</translation>
    </message>
    <message>
        <source>a body&apos;s value</source>
        <translation>значение body</translation>
    </message>
    <message>
        <source>{where}: the note has over {max_tags:,} tags</source>
        <translation>{where}: у заметки больше {max_tags:,} меток</translation>
    </message>
    <message>
        <source>{where}: a tag is longer than {max_tag_chars} characters</source>
        <translation>{where}: метка длиннее {max_tag_chars} знаков</translation>
    </message>
    <message>
        <source>{where}: the note is longer than {max_body_chars:,} characters</source>
        <translation>{where}: заметка длиннее {max_body_chars:,} знаков</translation>
    </message>
    <message>
        <source>{where}: the tags are longer than {max_tags_chars:,} characters in all</source>
        <translation>{where}: метки в сумме длиннее {max_tags_chars:,} знаков</translation>
    </message>
    <message>
        <source>{where}: TextPositionSelector start must be a place in the text</source>
        <translation>{where}: start в TextPositionSelector должен указывать место в тексте</translation>
    </message>
    <message>
        <source>the quoted passage (exact)</source>
        <translation>цитируемый отрывок (exact)</translation>
    </message>
    <message>
        <source>the file lists the same note twice</source>
        <translation>в файле одна и та же заметка указана дважды</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Filter notes</source>
        <translation>Фильтр заметок</translation>
    </message>
    <message>
        <source>Filter notes: words, quotes, #tags</source>
        <translation>Фильтр заметок: слова, цитаты, #метки</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Очистить фильтр</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>Состояние заметок</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <source>List more notes</source>
        <translation>Показать больше заметок</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Показать корзину</translation>
    </message>
    <message>
        <source> (first {listed} listed: type more to narrow)</source>
        <translation> (показаны первые {listed}: уточните запрос)</translation>
    </message>
    <message>
        <source> (first {listed} listed)</source>
        <translation> (показаны первые {listed})</translation>
    </message>
    <message>
        <source>Trash: over {count:,} notes</source>
        <translation>В корзине заметок: более {count:,}</translation>
    </message>
    <message>
        <source>Trash: {count} note</source>
        <translation>Корзина: {count} заметка</translation>
    </message>
    <message>
        <source>Trash: {count} notes</source>
        <translation>Заметок в корзине: {count}</translation>
    </message>
    <message>
        <source>Over {count:,} of {total} notes</source>
        <translation>Заметок: более {count:,} из {total}</translation>
    </message>
    <message>
        <source>{count} of {total} notes</source>
        <translation>Заметок: {count} из {total}</translation>
    </message>
    <message>
        <source>{count} note</source>
        <translation>{count} заметка</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>Заметок: {count}</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(пустая заметка)</translation>
    </message>
    <message>
        <source> (passage no longer found in the text)</source>
        <translation> (фрагмент больше не найден в тексте)</translation>
    </message>
    <message>
        <source>On the section “{title}”</source>
        <translation>К разделу «{title}»</translation>
    </message>
    <message>
        <source>Not saved: the notes file was replaced (a backup was restored). Your text stays here and is saved into the restored notes when they open.</source>
        <translation>Не сохранено: файл заметок заменён (восстановлена резервная копия). Ваш текст остаётся здесь и будет сохранён в восстановленные заметки, когда они откроются.</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your text stays here; Dossier tries again every few seconds.</source>
        <translation>Не сохранено: {error}. Ваш текст остаётся здесь; Dossier повторяет попытку каждые несколько секунд.</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your text stays here.</source>
        <translation>Не сохранено: {error}. Ваш текст остаётся здесь.</translation>
    </message>
    <message>
        <source>This note was changed in another window; your text was saved beside it as a new note tagged #conflict, and the other text was kept.</source>
        <translation>Эта заметка изменена в другом окне; ваш текст сохранён рядом как новая заметка с меткой #conflict, а другой текст оставлен.</translation>
    </message>
    <message>
        <source>The text typed while the notes file was replaced is saved.</source>
        <translation>Текст, набранный во время замены файла заметок, сохранён.</translation>
    </message>
    <message>
        <source>Your unsaved note could not be kept: {error}. Save it with “Save the text as…”.</source>
        <translation>Не удалось сохранить вашу несохранённую заметку: {error}. Сохраните её через «Сохранить текст как…».</translation>
    </message>
    <message>
        <source>Your unsaved note was kept in {path}; Dossier puts it back at the next start.</source>
        <translation>Ваша несохранённая заметка сохранена в {path}; Dossier вернёт её при следующем запуске.</translation>
    </message>
    <message>
        <source>Save the note&apos;s text</source>
        <translation>Сохранить текст заметки</translation>
    </message>
    <message>
        <source>The note&apos;s text was saved to {path}.</source>
        <translation>Текст заметки сохранён в {path}.</translation>
    </message>
    <message>
        <source>The empty note was discarded. Ctrl+Z in the notes list brings it back.</source>
        <translation>Пустая заметка удалена. Ctrl+Z в списке заметок вернёт её.</translation>
    </message>
    <message>
        <source>Could not add the note: {error}</source>
        <translation>Не удалось добавить заметку: {error}</translation>
    </message>
    <message>
        <source>Could not delete: {error}</source>
        <translation>Не удалось удалить: {error}</translation>
    </message>
    <message>
        <source>Note moved to the trash. Ctrl+Z in the notes list brings it back.</source>
        <translation>Заметка перемещена в корзину. Ctrl+Z в списке заметок вернёт её.</translation>
    </message>
    <message>
        <source>Note restored.</source>
        <translation>Заметка восстановлена.</translation>
    </message>
</context>
<context>
    <name>NotesSafety</name>
    <message>
        <source>the unsaved note could not be kept ({error})</source>
        <translation>не удалось сохранить несохранённую заметку ({error})</translation>
    </message>
    <message>
        <source>{name} fails its integrity check ({result})</source>
        <translation>{name} не проходит проверку целостности ({result})</translation>
    </message>
    <message>
        <source>{name} is not a sound notes file ({error})</source>
        <translation>{name} — повреждённый файл заметок ({error})</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder} ({reason})</source>
        <translation>не удалось записать резервную копию в {folder} ({reason})</translation>
    </message>
    <message>
        <source>Notes are unavailable: the folder {folder} cannot be used ({reason}).</source>
        <translation>Заметки недоступны: папку {folder} нельзя использовать ({reason}).</translation>
    </message>
    <message>
        <source>Notes cannot be saved: the folder {folder} cannot be created ({reason}).</source>
        <translation>Заметки нельзя сохранить: не удаётся создать папку {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Your notes folder {folder} is read-only: your notes can be read and exported, but saving is off until it can be written.</source>
        <translation>Папка заметок {folder} доступна только для чтения: заметки можно читать и экспортировать, но сохранение отключено, пока в неё нельзя записывать.</translation>
    </message>
    <message>
        <source>Notes are unavailable: {odd}, and no new file can take its place ({reason}).</source>
        <translation>Заметки недоступны: {odd}, и новый файл не может занять его место ({reason}).</translation>
    </message>
    <message>
        <source>The notes file {name} is not a regular file (a pipe, a device or a socket); its name was moved aside as {moved}.</source>
        <translation>Файл заметок {name} — не обычный файл (канал, устройство или сокет); он отодвинут в сторону под именем {moved}.</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {reason}.</source>
        <translation>Заметки нельзя сохранить: {reason}.</translation>
    </message>
    <message>
        <source>Notes are unavailable for now: {reason}. Nothing was moved or changed.</source>
        <translation>Заметки пока недоступны: {reason}. Ничего не перемещено и не изменено.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved now: {reason}. Nothing was moved or changed; they are shown read-only until Dossier is started again with the problem gone (a full disk: free some space).</source>
        <translation>Заметки сейчас нельзя сохранить: {reason}. Ничего не перемещено и не изменено; они показаны только для чтения, пока Dossier не будет запущен снова после устранения проблемы (если диск заполнен, освободите место).</translation>
    </message>
    <message>
        <source>Notes are unavailable: {reason}, and it could not be moved aside ({why}).</source>
        <translation>Заметки недоступны: {reason}, и файл не удалось отодвинуть в сторону ({why}).</translation>
    </message>
    <message>
        <source>Your notes file is damaged ({damage}); it was moved, untouched, to {name}, and a new one cannot be started: {error}.</source>
        <translation>Файл заметок повреждён ({damage}); он перемещён нетронутым в {name}, а новый создать нельзя: {error}.</translation>
    </message>
    <message>
        <source>The newest good backup, from {created} with {count} notes, can be restored.</source>
        <translation>Можно восстановить последнюю исправную резервную копию от {created} (заметок: {count}).</translation>
    </message>
    <message>
        <source>Your notes file could not be read ({reason}); it was moved, untouched, to {name}.</source>
        <translation>Файл заметок не удалось прочитать ({reason}); он перемещён нетронутым в {name}.</translation>
    </message>
    <message>
        <source>the notes file {name} is not a regular file (a pipe, a device or a socket)</source>
        <translation>файл заметок {name} — не обычный файл (канал, устройство или сокет)</translation>
    </message>
    <message>
        <source>a folder is in its place</source>
        <translation>на его месте папка</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>это не база данных SQLite</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>он обрезан</translation>
    </message>
    <message>
        <source>it comes from a newer Dossier (schema {version})</source>
        <translation>он из более новой версии Dossier (схема {version})</translation>
    </message>
    <message>
        <source>it fails its integrity check ({result})</source>
        <translation>он не проходит проверку целостности ({result})</translation>
    </message>
    <message>
        <source>Your notes file is empty, and an earlier one is set aside, untouched, as {name} ({size:,} bytes) in {folder}. If it holds your notes, close Dossier and rename it to {notes_file} (or restore a backup).</source>
        <translation>Файл заметок пуст, а прежний отложен нетронутым как {name} ({size:,} байт) в {folder}. Если в нём ваши заметки, закройте Dossier и переименуйте его в {notes_file} (или восстановите резервную копию).</translation>
    </message>
    <message>
        <source>there are no backups in {backup_dir}</source>
        <translation>в {backup_dir} нет резервных копий</translation>
    </message>
    <message>
        <source>there is no backup {backup_id!r}; the newest are {known}</source>
        <translation>резервной копии {backup_id!r} нет; последние: {known}</translation>
    </message>
    <message>
        <source>the backup could not be restored ({error})</source>
        <translation>не удалось восстановить резервную копию ({error})</translation>
    </message>
    <message>
        <source>A backup restore was interrupted; it has now been finished; the file it replaced is kept as {name}.</source>
        <translation>Восстановление резервной копии было прервано; теперь оно завершено; заменённый файл сохранён как {name}.</translation>
    </message>
    <message>
        <source>A backup restore was interrupted; it has now been finished.</source>
        <translation>Восстановление резервной копии было прервано; теперь оно завершено.</translation>
    </message>
    <message>
        <source>A backup restore was interrupted; it has been undone and your notes file is as it was.</source>
        <translation>Восстановление резервной копии было прервано; оно отменено, и файл заметок остался прежним.</translation>
    </message>
    <message>
        <source>A backup restore was interrupted before it changed anything.</source>
        <translation>Восстановление резервной копии было прервано, прежде чем что-либо изменилось.</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>the notes file {path} cannot be read ({error})</source>
        <translation>не удаётся прочитать файл заметок {path} ({error})</translation>
    </message>
    <message>
        <source>the notes file {path} comes from a newer Dossier (schema {version}; this one knows {schema_version})</source>
        <translation>файл заметок {path} из более новой версии Dossier (схема {version}; эта версия знает {schema_version})</translation>
    </message>
    <message>
        <source>the notes file {path} is damaged ({error})</source>
        <translation>файл заметок {path} повреждён ({error})</translation>
    </message>
    <message>
        <source>the notes file {path} could not be prepared ({error})</source>
        <translation>не удалось подготовить файл заметок {path} ({error})</translation>
    </message>
    <message>
        <source>the note was not saved: {problem}</source>
        <translation>заметка не сохранена: {problem}</translation>
    </message>
    <message>
        <source>saving is off: the notes file {path} is read-only</source>
        <translation>сохранение отключено: файл заметок {path} доступен только для чтения</translation>
    </message>
    <message>
        <source>the notes file {path} was replaced since it was opened</source>
        <translation>файл заметок {path} был заменён после открытия</translation>
    </message>
    <message>
        <source>the note could not be saved to {path} ({error})</source>
        <translation>не удалось сохранить заметку в {path} ({error})</translation>
    </message>
    <message>
        <source>there is no note {note_id}</source>
        <translation>заметки {note_id} нет</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search the Report…</source>
        <translation>&amp;Поиск по докладу…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Find in Notes</source>
        <translation>Поиск в &amp;заметках</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Факты</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Report text</source>
        <translation>Текст доклада</translation>
    </message>
    <message>
        <source>Nothing to go forward to.</source>
        <translation>Вперёд переходить некуда.</translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation>Назад переходить некуда.</translation>
    </message>
    <message>
        <source>No place called {name!r} in the report.</source>
        <translation>В докладе нет места {name!r}.</translation>
    </message>
    <message>
        <source>No search hits to step through: type in the search box (Ctrl+F).</source>
        <translation>Нет совпадений для перехода: введите запрос в поле поиска (Ctrl+F).</translation>
    </message>
    <message>
        <source> (wrapped around)</source>
        <translation> (с начала)</translation>
    </message>
    <message>
        <source>Hit {number} of {count}</source>
        <translation>Совпадение {number} из {count}</translation>
    </message>
</context>
<context>
    <name>ReaderCommands</name>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>Копировать со &amp;ссылкой</translation>
    </message>
    <message>
        <source>{name}: {count} fact. Ctrl+I shows it.</source>
        <translation>{name}: {count} факт. Ctrl+I покажет его.</translation>
    </message>
    <message>
        <source>{name}: {count} facts. Ctrl+I shows them.</source>
        <translation>{name}: фактов: {count}. Ctrl+I покажет их.</translation>
    </message>
    <message>
        <source>Select a name in the text first (a country, place, person or term).</source>
        <translation>Сначала выделите имя в тексте (страну, место, лицо или термин).</translation>
    </message>
    <message>
        <source>Take a &amp;Note</source>
        <translation>Сделать &amp;заметку</translation>
    </message>
    <message>
        <source>Show &amp;Facts About “{name}”</source>
        <translation>Показать &amp;факты о «{name}»</translation>
    </message>
    <message>
        <source>Show &amp;Facts</source>
        <translation>Показать &amp;факты</translation>
    </message>
    <message>
        <source>Look Up {text} in the &amp;Glossary</source>
        <translation>Найти {text} в &amp;глоссарии</translation>
    </message>
    <message>
        <source>Look Up in the &amp;Glossary</source>
        <translation>Найти в &amp;глоссарии</translation>
    </message>
    <message>
        <source>&amp;Related Passages</source>
        <translation>&amp;Похожие фрагменты</translation>
    </message>
    <message>
        <source>Select a passage first (or put the cursor in a paragraph).</source>
        <translation>Сначала выделите фрагмент (или поставьте курсор в абзац).</translation>
    </message>
    <message>
        <source>Copied the passage with its citation.</source>
        <translation>Фрагмент скопирован со ссылкой.</translation>
    </message>
</context>
<context>
    <name>ReaderKeys</name>
    <message>
        <source>Caret browsing on: the arrows move a caret, Shift+arrows select (F7 turns it off).</source>
        <translation>Навигация курсором включена: стрелки двигают курсор, Shift+стрелки выделяют (F7 — выключить).</translation>
    </message>
    <message>
        <source>Caret browsing off.</source>
        <translation>Навигация курсором выключена.</translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message>
        <source>Place in the report</source>
        <translation>Место в докладе</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Ход чтения</translation>
    </message>
    <message>
        <source>{percent}% · {read} of {count} sections read</source>
        <translation>{percent}% · прочитано разделов: {read} из {count}</translation>
    </message>
    <message>
        <source>You are {place}% of the way through the report and have read {read}% of it.</source>
        <translation>Вы прошли {place}% доклада и прочитали {read}% его текста.</translation>
    </message>
</context>
<context>
    <name>RecentNotes</name>
    <message>
        <source>Recen&amp;t Notes</source>
        <translation>Пос&amp;ледние заметки</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Заметок пока нет</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Записан файл {path} (страниц: {pages}).</translation>
    </message>
    <message>
        <source>The whole report</source>
        <translation>Весь доклад</translation>
    </message>
    <message>
        <source>This section: {title}</source>
        <translation>Этот раздел: {title}</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Этот раздел</translation>
    </message>
    <message>
        <source>With my notes, after their passages</source>
        <translation>С моими заметками после их фрагментов</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на печать.</translation>
    </message>
    <message>
        <source>Wrote the citation to {path}</source>
        <translation>Ссылка записана в {path}</translation>
    </message>
    <message>
        <source>Export citation</source>
        <translation>Экспорт ссылки</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>По запросу «{query}» ничего не найдено.</translation>
    </message>
    <message>
        <source>No passage has all these words; closest in meaning first.</source>
        <translation>Ни в одном фрагменте нет всех этих слов; сначала самые близкие по смыслу.</translation>
    </message>
    <message>
        <source>No passage has all these words; closest matches first.</source>
        <translation>Ни в одном фрагменте нет всех этих слов; сначала самые близкие совпадения.</translation>
    </message>
    <message>
        <source>{count} passage</source>
        <translation>{count} фрагмент</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>Фрагментов: {count}</translation>
    </message>
    <message>
        <source>{count} glossary entry</source>
        <translation>{count} статья глоссария</translation>
    </message>
    <message>
        <source>{count} glossary entries</source>
        <translation>статей глоссария: {count}</translation>
    </message>
    <message>
        <source>{count} note</source>
        <translation>{count} заметка</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>заметок: {count}</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Поиск по докладу</translation>
    </message>
    <message>
        <source>Search the report  (Ctrl+F)</source>
        <translation>Поиск по докладу  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Passages related by meaning to {paragraph}: {count}</source>
        <translation>Фрагменты, близкие по смыслу к {paragraph}: {count}</translation>
    </message>
    <message>
        <source>No passage is related to {paragraph}.</source>
        <translation>Нет фрагментов, близких к {paragraph}.</translation>
    </message>
    <message>
        <source> (by meaning)</source>
        <translation> (по смыслу)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Your note · {section}</source>
        <translation>Ваша заметка · {section}</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;font-weight:normal&apos;&gt;· by meaning&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;font-weight:normal&apos;&gt;· по смыслу&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Space / Shift+Space, Page Down / Page Up</source>
        <translation>Пробел / Shift+Пробел, Page Down / Page Up</translation>
    </message>
    <message>
        <source>Next / previous screen, no line cut at the top</source>
        <translation>Следующий / предыдущий экран, без обрезанной строки сверху</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>The next / previous control, the text staying where it is</source>
        <translation>Следующий / предыдущий элемент, текст остаётся на месте</translation>
    </message>
    <message>
        <source>Enter (caret browsing)</source>
        <translation>Enter (навигация курсором)</translation>
    </message>
    <message>
        <source>Follow the link at the caret</source>
        <translation>Перейти по ссылке у курсора</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave focus mode; in the search box, back to the text</source>
        <translation>Выйти из режима чтения; в поле поиска — вернуться к тексту</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>В тексте</translation>
    </message>
    <message>
        <source>In the note editor</source>
        <translation>В редакторе заметок</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Dossier</source>
        <translation>Сочетания клавиш — Dossier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>By actor</source>
        <translation>По участникам</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Весь период</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Дорожки</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Любой участник</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Любое место</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Показать весь период</translation>
    </message>
    <message>
        <source>The period shown: drag across the timeline to pick one; click for all time</source>
        <translation>Показанный период: протяните по хронологии, чтобы выбрать; щелчок — весь период</translation>
    </message>
    <message>
        <source>Places on map</source>
        <translation>Места на карте</translation>
    </message>
    <message>
        <source>Show only this period&apos;s places on the map</source>
        <translation>Показать на карте только места этого периода</translation>
    </message>
    <message>
        <source>Light on the map only the places of the events shown</source>
        <translation>Подсветить на карте только места показанных событий</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Экспорт в SVG…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Экспорт хронологии</translation>
    </message>
    <message>
        <source>Timeline {choice}</source>
        <translation>Хронология: {choice}</translation>
    </message>
    <message>
        <source>Timeline {choice}: choices</source>
        <translation>Хронология: {choice}: варианты</translation>
    </message>
    <message>
        <source>Period {years}: show all time</source>
        <translation>Период {years}: показать весь период</translation>
    </message>
    <message>
        <source>The map shows the places of {count} events ({years})</source>
        <translation>На карте места событий: {count} ({years})</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>about </source>
        <translation>около </translation>
    </message>
    <message>
        <source> Corrected by an editor&apos;s note.</source>
        <translation> Исправлено примечанием редактора.</translation>
    </message>
    <message>
        <source>Export the timeline as {format}</source>
        <translation>Экспорт хронологии в {format}</translation>
    </message>
    <message>
        <source>Timeline saved to {path}</source>
        <translation>Хронология сохранена: {path}</translation>
    </message>
    <message>
        <source>Could not save the timeline to {path}</source>
        <translation>Не удалось сохранить хронологию: {path}</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source> (ed.)</source>
        <translation> (ред.)</translation>
    </message>
</context>
</TS>
