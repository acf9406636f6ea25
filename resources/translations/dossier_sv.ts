<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>About</name>
    <message>
        <source>About Dossier</source>
        <translation>Om Dossier</translation>
    </message>
    <message>
        <source>&lt;p&gt;An offline study edition of &lt;i&gt;{title}&lt;/i&gt; by {author}, {series} No {number}, {date}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En studieutgåva för läsning offline av &lt;i&gt;{title}&lt;/i&gt; av {author}, {series} nr {number}, {date}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cite as&lt;/b&gt; (Chicago):&lt;br&gt;{reference}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Citera som&lt;/b&gt; (Chicago):&lt;br&gt;{reference}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Dina data: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;{section}, paragraph {paragraph}: “{quote}”&lt;br&gt;{note}&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;Source: {source}&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;{section}, stycke {paragraph}: ”{quote}”&lt;br&gt;{note}&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;Källa: {source}&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Editor&apos;s notes&lt;/b&gt; (ours, not the author&apos;s): where the public record differs from the report. The report&apos;s text is unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Redaktörens anmärkningar&lt;/b&gt; (våra, inte författarens): där offentliga källor skiljer sig från rapporten. Rapportens text är oförändrad.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Återställ den senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>read</source>
        <translation>läst</translation>
    </message>
    <message>
        <source>{percent}% read</source>
        <translation>{percent} % läst</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>inte läst</translation>
    </message>
</context>
<context>
    <name>DossierLink</name>
    <message>
        <source>not a Dossier link: {url!r} (expected dossier://section/ID)</source>
        <translation>inte en Dossier-länk: {url!r} (väntade dossier://section/ID)</translation>
    </message>
    <message>
        <source>not a Dossier note id in the link: {note_id!r}</source>
        <translation>inget anteckningsid från Dossier i länken: {note_id!r}</translation>
    </message>
    <message>
        <source>not a paragraph number in the link: {para!r} (expected para=N, N from 1)</source>
        <translation>inget styckenummer i länken: {para!r} (väntade para=N, N från 1)</translation>
    </message>
</context>
<context>
    <name>EditorNotes</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Editor&apos;s note&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(not the report&apos;s words)&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Redaktörens anmärkning&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(inte rapportens ord)&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Source: {source}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Källa: {source}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>&lt;p&gt;{count} facts from the report, each backed by its exact words.&lt;/p&gt;&lt;p&gt;Click a country or a place on the map, a glossary entry, or select a name in the text (then &lt;b&gt;Ctrl+I&lt;/b&gt;) to see what the report says about it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{count} fakta ur rapporten, vart och ett styrkt med dess exakta ord.&lt;/p&gt;&lt;p&gt;Klicka på ett land eller en plats på kartan, på en ordlisteartikel, eller markera ett namn i texten (sedan &lt;b&gt;Ctrl+I&lt;/b&gt;) för att se vad rapporten säger om det.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Ordlisteartikel</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Visa på kartan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What the report says&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Vad rapporten säger&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Go to the passage</source>
        <translation>Gå till stället</translation>
    </message>
    <message>
        <source>hide the quote</source>
        <translation>dölj citatet</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <source>Related passages</source>
        <translation>Relaterade stycken</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{target} already exists; choose another name (Dossier never overwrites a file)</source>
        <translation>{target} finns redan; välj ett annat namn (Dossier skriver aldrig över en fil)</translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>mappen {folder} finns inte</translation>
    </message>
    <message>
        <source>cannot write {target} ({strerror})</source>
        <translation>kan inte skriva {target} ({strerror})</translation>
    </message>
    <message>
        <source>cannot write {target} (nothing was produced)</source>
        <translation>kan inte skriva {target} (ingenting skapades)</translation>
    </message>
    <message>
        <source>{name}: no PDF trailer to add the document information to</source>
        <translation>{name}: ingen PDF-trailer att lägga till dokumentinformationen i</translation>
    </message>
    <message>
        <source>{name}: the PDF trailer has no /Root or /Size</source>
        <translation>{name}: PDF-trailern saknar /Root eller /Size</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>Focus mode: F11 or Esc brings the panels back.</source>
        <translation>Fokusläge: F11 eller Esc tar tillbaka panelerna.</translation>
    </message>
</context>
<context>
    <name>Footnotes</name>
    <message>
        <source>Footnote</source>
        <translation>Fotnot</translation>
    </message>
    <message>
        <source>Go to the note ↓</source>
        <translation>Gå till noten ↓</translation>
    </message>
    <message>
        <source>Esc closes</source>
        <translation>Esc stänger</translation>
    </message>
    <message>
        <source>{term}: click to open it in the glossary</source>
        <translation>{term}: klicka för att öppna i ordlistan</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Filter the glossary</source>
        <translation>Filtrera ordlistan</translation>
    </message>
    <message>
        <source>Find a term, person or place  (Ctrl+G)</source>
        <translation>Sök en term, person eller plats  (Ctrl+G)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Rensa filtret</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>Ordlisteartiklar</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Ordlisteartikel</translation>
    </message>
    <message>
        <source>Glossary status</source>
        <translation>Ordlistans status</translation>
    </message>
    <message>
        <source>&lt;p&gt;{count} organisations, formats, events, terms, people and places, each with where the report names it.&lt;/p&gt;&lt;p&gt;Hover a marked term in the text for a one-line definition; click it to read the entry here. Type above to find one: typos, spaces and punctuation are forgiven (&lt;i&gt;ctso&lt;/i&gt;, &lt;i&gt;c5 + 1&lt;/i&gt;, &lt;i&gt;isisk&lt;/i&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;{count} organisationer, format, händelser, termer, personer och platser, var och en med var rapporten nämner den.&lt;/p&gt;&lt;p&gt;Håll pekaren över en markerad term i texten för en kort definition; klicka på den för att läsa artikeln här. Skriv ovan för att hitta en: stavfel, mellanslag och skiljetecken förlåts (&lt;i&gt;ctso&lt;/i&gt;, &lt;i&gt;c5 + 1&lt;/i&gt;, &lt;i&gt;isisk&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the entry or its mentions</source>
        <translation>Visa artikeln eller var den nämns</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Nämns i</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} artiklar</translation>
    </message>
    <message>
        <source>{count} match</source>
        <translation>{count} träff</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count} träffar</translation>
    </message>
    <message>
        <source>No entry fits.</source>
        <translation>Ingen artikel passar.</translation>
    </message>
    <message>
        <source>No glossary entry {entry!r}.</source>
        <translation>Ingen ordlisteartikel {entry!r}.</translation>
    </message>
    <message>
        <source>Mentioned in ({count})</source>
        <translation>Nämns i ({count})</translation>
    </message>
    <message>
        <source>&lt;h3&gt;In the report&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;I rapporten&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Related passages</source>
        <translation>Relaterade stycken</translation>
    </message>
    <message>
        <source>&lt;h3&gt;General knowledge &lt;span style=&apos;font-weight:normal&apos;&gt;(not from the report)&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Allmän kunskap &lt;span style=&apos;font-weight:normal&apos;&gt;(inte ur rapporten)&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Related&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Relaterat&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentioned in&lt;/h3&gt;&lt;p style=&apos;color:gray&apos;&gt;Not named in the report itself.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nämns i&lt;/h3&gt;&lt;p style=&apos;color:gray&apos;&gt;Nämns inte i själva rapporten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentioned in &lt;span style=&apos;font-weight:normal&apos;&gt;(once)&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nämns i &lt;span style=&apos;font-weight:normal&apos;&gt;(en gång)&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentioned in &lt;span style=&apos;font-weight:normal&apos;&gt;({count} times)&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nämns i &lt;span style=&apos;font-weight:normal&apos;&gt;({count} gånger)&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>LargeMap</name>
    <message>
        <source>&amp;Large Map</source>
        <translation>S&amp;tor karta</translation>
    </message>
    <message>
        <source>The map across the window, with the facts beside it ({keys})</source>
        <translation>Kartan över hela fönstret, med fakta bredvid ({keys})</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>{meta_path} is not a file</source>
        <translation>{meta_path} är inte en fil</translation>
    </message>
    <message>
        <source>{folder} is not a content folder (it has no report/meta.toml)</source>
        <translation>{folder} är ingen innehållsmapp (den har ingen report/meta.toml)</translation>
    </message>
    <message>
        <source>cannot read {meta_path} ({error})</source>
        <translation>kan inte läsa {meta_path} ({error})</translation>
    </message>
    <message>
        <source>{meta_path}: id {report_id!r} must be lowercase letters, digits and hyphens</source>
        <translation>{meta_path}: id {report_id!r} får bara innehålla gemener, siffror och bindestreck</translation>
    </message>
    <message>
        <source>no report {report_id!r} in the library (it has: {known})</source>
        <translation>ingen rapport {report_id!r} i biblioteket (det har: {known})</translation>
    </message>
    <message>
        <source>no content folder at {reference}</source>
        <translation>ingen innehållsmapp vid {reference}</translation>
    </message>
    <message>
        <source>no content folder at {folder}</source>
        <translation>ingen innehållsmapp vid {folder}</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {first_problem}</source>
        <translation>{folder} kan inte läggas till: {first_problem}</translation>
    </message>
    <message>
        <source>{id!r} is the bundled report&apos;s id; give this report another in its report/meta.toml</source>
        <translation>{id!r} är den medföljande rapportens id; ge den här rapporten ett annat i dess report/meta.toml</translation>
    </message>
    <message>
        <source>the library already has a report {id!r}; remove it first to replace it</source>
        <translation>biblioteket har redan en rapport {id!r}; ta bort den först för att ersätta den</translation>
    </message>
    <message>
        <source>the library already has a report {id!r}</source>
        <translation>biblioteket har redan en rapport {id!r}</translation>
    </message>
    <message>
        <source>cannot add {folder} to the library ({reason})</source>
        <translation>kan inte lägga till {folder} i biblioteket ({reason})</translation>
    </message>
    <message>
        <source>cannot remove {report_id!r} ({reason})</source>
        <translation>kan inte ta bort {report_id!r} ({reason})</translation>
    </message>
    <message>
        <source>{report_id!r} is the bundled report; it cannot be removed</source>
        <translation>{report_id!r} är den medföljande rapporten; den kan inte tas bort</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {shown} is a link to nowhere</source>
        <translation>{folder} kan inte läggas till: {shown} är en länk som inte leder någonstans</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {shown} links to {resolved}, outside the folder</source>
        <translation>{folder} kan inte läggas till: {shown} länkar till {resolved}, utanför mappen</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {shown} links to a folder; copy it in</source>
        <translation>{folder} kan inte läggas till: {shown} länkar till en mapp; kopiera in den</translation>
    </message>
    <message>
        <source>{folder} cannot be added: {shown} is not a plain file (a pipe or a device)</source>
        <translation>{folder} kan inte läggas till: {shown} är ingen vanlig fil (en pipe eller en enhet)</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Open Report</source>
        <translation>Öppna rapport</translation>
    </message>
    <message>
        <source>Reports in your library:</source>
        <translation>Rapporter i ditt bibliotek:</translation>
    </message>
    <message>
        <source>Reports in your library</source>
        <translation>Rapporter i ditt bibliotek</translation>
    </message>
    <message>
        <source> (bundled)</source>
        <translation> (medföljer)</translation>
    </message>
    <message>
        <source> — open now</source>
        <translation> — öppen nu</translation>
    </message>
    <message>
        <source>Add a report&apos;s content folder</source>
        <translation>Lägg till en rapports innehållsmapp</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Inte tillagd</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Links in this section ({count})</source>
        <translation>Länkar i detta avsnitt ({count})</translation>
    </message>
    <message>
        <source>Links in this section</source>
        <translation>Länkar i detta avsnitt</translation>
    </message>
    <message>
        <source>Enter follows the chosen link</source>
        <translation>Enter följer den valda länken</translation>
    </message>
    <message>
        <source>No links in {section}.</source>
        <translation>Inga länkar i {section}.</translation>
    </message>
    <message>
        <source>No links in this section.</source>
        <translation>Inga länkar i detta avsnitt.</translation>
    </message>
    <message>
        <source>List &amp;Links in This Section</source>
        <translation>Lista &amp;länkar i detta avsnitt</translation>
    </message>
    <message>
        <source>The report&apos;s text. {keys} lists the links in the section being read.</source>
        <translation>Rapportens text. {keys} listar länkarna i avsnittet som läses.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Opened in your browser: {address}</source>
        <translation>Öppnades i din webbläsare: {address}</translation>
    </message>
    <message>
        <source>Dossier does not open {scheme} links: {address}</source>
        <translation>Dossier öppnar inte {scheme}-länkar: {address}</translation>
    </message>
    <message>
        <source>Opens in your browser: {address}</source>
        <translation>Öppnas i din webbläsare: {address}</translation>
    </message>
    <message>
        <source>glossary entry</source>
        <translation>ordlisteartikel</translation>
    </message>
    <message>
        <source>web page, opens in your browser ({site})</source>
        <translation>webbsida, öppnas i din webbläsare ({site})</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>back to the text</source>
        <translation>tillbaka till texten</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>fotnot</translation>
    </message>
    <message>
        <source>elsewhere in the report</source>
        <translation>på annat ställe i rapporten</translation>
    </message>
    <message>
        <source>{scheme} link</source>
        <translation>{scheme}-länk</translation>
    </message>
    <message>
        <source>link</source>
        <translation>länk</translation>
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
        <translation>Anteckningar är inte tillgängliga: anteckningsfilen kunde inte öppnas.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent} %</translation>
    </message>
</context>
<context>
    <name>MapAccess</name>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>{count} countries and places; Tab or ] moves between them, Enter shows facts</source>
        <translation>{count} länder och platser; Tab eller ] flyttar mellan dem, Enter visar fakta</translation>
    </message>
    <message>
        <source>{map}: {place}, {number} of {count}</source>
        <translation>{map}: {place}, {number} av {count}</translation>
    </message>
    <message>
        <source>Enter shows its facts; Tab or ] the next, Shift+Tab or [ the previous</source>
        <translation>Enter visar dess fakta; Tab eller ] nästa, Shift+Tab eller [ föregående</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Named in this section</source>
        <translation>Nämnt i detta avsnitt</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Valt</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Huvudstad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>Militärbas</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Gränsövergång</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>Dam</source>
        <translation>Damm</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>Kartverktyg</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Colour the {layer} ({count} on this map)</source>
        <translation>Färglägg {layer} ({count} på denna karta)</translation>
    </message>
    <message>
        <source>Colour the countries by membership</source>
        <translation>Färglägg länderna efter medlemskap</translation>
    </message>
    <message>
        <source>Zoom in (+ or the wheel)</source>
        <translation>Zooma in (+ eller hjulet)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zooma ut (−)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Back to {home} (0)</source>
        <translation>Tillbaka till {home} (0)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>PNG picture…</source>
        <translation>PNG-bild…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG-ritning…</translation>
    </message>
    <message>
        <source>Save the current view as a picture</source>
        <translation>Spara den aktuella vyn som en bild</translation>
    </message>
    <message>
        <source>Layers ({count})</source>
        <translation>Lager ({count})</translation>
    </message>
    <message>
        <source>Export the map as {format}</source>
        <translation>Exportera kartan som {format}</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>Kartan sparades i {path}</translation>
    </message>
    <message>
        <source>Could not save the map to {path}</source>
        <translation>Kunde inte spara kartan i {path}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of {region}</source>
        <translation>Karta över {region}</translation>
    </message>
</context>
<context>
    <name>Meaning</name>
    <message>
        <source>Search by meaning is off: {file} cannot be read ({reason}).</source>
        <translation>Sökning på betydelse är avstängd: {file} kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>Search by meaning is off: {file} is not the model&apos;s own file.</source>
        <translation>Sökning på betydelse är avstängd: {file} är inte modellens egen fil.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Follow &amp;System</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>&amp;Öppna rapport…</translation>
    </message>
    <message>
        <source>&amp;Add Report Folder…</source>
        <translation>&amp;Lägg till rapportmapp…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Citation…</source>
        <translation>Exportera &amp;referens…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markera &amp;allt</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Reading Pane</source>
        <translation>&amp;Läsrutan</translation>
    </message>
    <message>
        <source>Next &amp;Panel</source>
        <translation>Nästa &amp;panel</translation>
    </message>
    <message>
        <source>Previous Pa&amp;nel</source>
        <translation>Föregående pa&amp;nel</translation>
    </message>
    <message>
        <source>Facts About the &amp;Selection</source>
        <translation>Fakta om &amp;markeringen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Framåt</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>&amp;Nästa träff</translation>
    </message>
    <message>
        <source>&amp;Previous Hit</source>
        <translation>&amp;Föregående träff</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>Nästa avsnitt</translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation>Föregående avsnitt</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Note on the Selection or Paragraph</source>
        <translation>&amp;Anteckning om markeringen eller stycket</translation>
    </message>
    <message>
        <source>Note on the &amp;Section</source>
        <translation>Anteckning om &amp;avsnittet</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exportera anteckningar…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Importera anteckningar…</translation>
    </message>
    <message>
        <source>&amp;Back Up Notes Now</source>
        <translation>&amp;Säkerhetskopiera anteckningar nu</translation>
    </message>
    <message>
        <source>&amp;Restore the Newest Backup</source>
        <translation>Å&amp;terställ den senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Verklig storlek</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Mark Glossary Terms</source>
        <translation>&amp;Markera ordlistetermer</translation>
    </message>
    <message>
        <source>Mark &amp;Every Mention, Not Only the First</source>
        <translation>Markera &amp;varje omnämnande, inte bara det första</translation>
    </message>
    <message>
        <source>&amp;Paragraph Numbers</source>
        <translation>&amp;Styckenummer</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>&amp;Markörnavigering</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusläge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>&amp;Om Dossier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>The language changes when Dossier next starts.</source>
        <translation>Språket byts nästa gång Dossier startar.</translation>
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
        <translation>Från anteckningens text till dess taggar, och tillbaka</translation>
    </message>
    <message>
        <source>Type a tab in the note&apos;s text</source>
        <translation>Skriv ett tabbtecken i anteckningens text</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Edit / Preview (typing in Preview goes on in Edit)</source>
        <translation>Redigera / Förhandsgranska (skriver du i Förhandsgranska fortsätter det i Redigera)</translation>
    </message>
    <message>
        <source>No note selected.

Choose a note in the list, or select a passage in the text and press Ctrl+N to write one.</source>
        <translation>Ingen anteckning vald.

Välj en anteckning i listan, eller markera ett stycke i texten och tryck Ctrl+N för att skriva en.</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>Citerat stycke</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>Anteckningens text (Markdown)</translation>
    </message>
    <message>
        <source>Write your note (Markdown). It saves as you type.</source>
        <translation>Skriv din anteckning (Markdown). Den sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Förhandsgranskning av anteckningen</translation>
    </message>
    <message>
        <source>Note: edit or preview</source>
        <translation>Anteckning: redigera eller förhandsgranska</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Taggar, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move the note to the trash</source>
        <translation>Flytta anteckningen till papperskorgen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore the note from the trash</source>
        <translation>Återställ anteckningen från papperskorgen</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Visa i texten</translation>
    </message>
    <message>
        <source>Show the note&apos;s passage in the text</source>
        <translation>Visa anteckningens stycke i texten</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problem med att spara</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Save the text as…</source>
        <translation>Spara texten som…</translation>
    </message>
    <message>
        <source>Save the unsaved note to a file</source>
        <translation>Spara den osparade anteckningen i en fil</translation>
    </message>
    <message>
        <source>The passage the note is on</source>
        <translation>Stycket som anteckningen gäller</translation>
    </message>
    <message>
        <source>… ({count:,} characters in all)</source>
        <translation>… ({count:,} tecken totalt)</translation>
    </message>
    <message>
        <source>This note is too long to edit here ({count:,} characters): its first {shown:,} are shown, read-only. Export the notes to read or edit all of it.</source>
        <translation>Anteckningen är för lång för att redigeras här ({count:,} tecken): de första {shown:,} visas, skrivskyddade. Exportera anteckningarna för att läsa eller redigera allt.</translation>
    </message>
    <message>
        <source>Dossier does not open this link: {address}</source>
        <translation>Dossier öppnar inte denna länk: {address}</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>the note is longer than {max_body_chars:,} characters</source>
        <translation>anteckningen är längre än {max_body_chars:,} tecken</translation>
    </message>
    <message>
        <source>the quoted passage is longer than {max_quote_chars:,} characters</source>
        <translation>det citerade stället är längre än {max_quote_chars:,} tecken</translation>
    </message>
    <message>
        <source>the quote&apos;s prefix or suffix is longer than {max_context_chars:,} characters</source>
        <translation>citatets för- eller efterled är längre än {max_context_chars:,} tecken</translation>
    </message>
    <message>
        <source>the note has {count:,} tags; at most {max_tags:,} are kept</source>
        <translation>anteckningen har {count:,} taggar; högst {max_tags:,} sparas</translation>
    </message>
    <message>
        <source>a tag is longer than {max_tag_chars} characters</source>
        <translation>en tagg är längre än {max_tag_chars} tecken</translation>
    </message>
    <message>
        <source>the tags are longer than {max_tags_chars:,} characters in all</source>
        <translation>taggarna är sammanlagt längre än {max_tags_chars:,} tecken</translation>
    </message>
    <message>
        <source>the note was changed in another window at {time}</source>
        <translation>anteckningen ändrades i ett annat fönster {time}</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} already there, {conflicts} kept as conflict copies beside your edits</source>
        <translation>{added} tillagda, {updated} uppdaterade, {unchanged} fanns redan, {conflicts} sparade som konfliktkopior bredvid dina ändringar</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} already there</source>
        <translation>{added} tillagda, {updated} uppdaterade, {unchanged} fanns redan</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <source>an Anki deck is a binary file: write it to a file with -o FILE.apkg</source>
        <translation>en Anki-kortlek är en binär fil: skriv den till en fil med -o FIL.apkg</translation>
    </message>
    <message>
        <source>Markdown (for a notes vault)</source>
        <translation>Markdown (för ett anteckningsvalv)</translation>
    </message>
    <message>
        <source>Anki deck: glossary, facts and notes tagged card</source>
        <translation>Anki-kortlek: ordlista, fakta och anteckningar taggade card</translation>
    </message>
    <message>
        <source>{name} holds notes on the report {origin!r}, not on this one ({report_id!r}); open that report (--report {origin}) to import them</source>
        <translation>{name} innehåller anteckningar om rapporten {origin!r}, inte om den här ({report_id!r}); öppna den rapporten (--report {origin}) för att importera dem</translation>
    </message>
</context>
<context>
    <name>NotesFile</name>
    <message>
        <source>Backup failed: {error}</source>
        <translation>Säkerhetskopieringen misslyckades: {error}</translation>
    </message>
    <message>
        <source>Notes backed up ({count} note).</source>
        <translation>Anteckningarna säkerhetskopierades ({count} anteckning).</translation>
    </message>
    <message>
        <source>Notes backed up ({count} notes).</source>
        <translation>Anteckningarna säkerhetskopierades ({count} anteckningar).</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}.</source>
        <translation>Säkerhetskopian kunde inte återställas: {error}.</translation>
    </message>
    <message>
        <source> The file it replaced was kept as {name}.</source>
        <translation> Filen den ersatte sparades som {name}.</translation>
    </message>
    <message>
        <source>Restored the backup of {date} ({count} note).</source>
        <translation>Säkerhetskopian från {date} återställdes ({count} anteckning).</translation>
    </message>
    <message>
        <source>Restored the backup of {date} ({count} notes).</source>
        <translation>Säkerhetskopian från {date} återställdes ({count} anteckningar).</translation>
    </message>
    <message>
        <source>The replaced notes file could not be opened: {error}.</source>
        <translation>Den ersatta anteckningsfilen kunde inte öppnas: {error}.</translation>
    </message>
    <message>
        <source>The notes file was replaced (a backup was restored); its notes are shown now.</source>
        <translation>Anteckningsfilen ersattes (en säkerhetskopia återställdes); dess anteckningar visas nu.</translation>
    </message>
    <message>
        <source>Unsaved notes from last time are waiting but could not be put back: {error}.</source>
        <translation>Osparade anteckningar från förra gången väntar men kunde inte läggas tillbaka: {error}.</translation>
    </message>
    <message>
        <source>{count} note unsaved last time is back.</source>
        <translation>{count} anteckning som inte sparades förra gången är tillbaka.</translation>
    </message>
    <message>
        <source>{count} notes unsaved last time are back.</source>
        <translation>{count} anteckningar som inte sparades förra gången är tillbaka.</translation>
    </message>
    <message>
        <source>Exported {count} cards to {path}</source>
        <translation>Exporterade {count} kort till {path}</translation>
    </message>
    <message>
        <source>Exported {count} notes to {path}</source>
        <translation>Exporterade {count} anteckningar till {path}</translation>
    </message>
    <message>
        <source>Nothing imported: {error}</source>
        <translation>Inget importerades: {error}</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Importerat: {summary}.</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportera anteckningar</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importera anteckningar</translation>
    </message>
</context>
<context>
    <name>NotesImport</name>
    <message>
        <source>{count} anchored in the text</source>
        <translation>{count} förankrade i texten</translation>
    </message>
    <message>
        <source>{count} not found in the text, kept as orphans tagged “{tag}”</source>
        <translation>{count} hittades inte i texten, sparade som föräldralösa med taggen ”{tag}”</translation>
    </message>
    <message>
        <source>{count} about another document left out</source>
        <translation>{count} om ett annat dokument utelämnade</translation>
    </message>
    <message>
        <source>no annotations found (expected a W3C Annotation, a collection or a Hypothesis export)</source>
        <translation>inga annoteringar hittades (väntade en W3C-annotering, en samling eller en export från Hypothesis)</translation>
    </message>
    <message>
        <source>the file holds {count} notes; Dossier imports at most {max_import_notes}</source>
        <translation>filen innehåller {count} anteckningar; Dossier importerar högst {max_import_notes}</translation>
    </message>
    <message>
        <source>the report has no sections to anchor notes in</source>
        <translation>rapporten har inga avsnitt att förankra anteckningar i</translation>
    </message>
    <message>
        <source>annotation {number} is not an object</source>
        <translation>annotering {number} är inget objekt</translation>
    </message>
    <message>
        <source>annotation {number}: the note is longer than {max_body_chars:,} characters</source>
        <translation>annotering {number}: anteckningen är längre än {max_body_chars:,} tecken</translation>
    </message>
    <message>
        <source>the file lists the same annotation twice</source>
        <translation>filen tar upp samma annotering två gånger</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} finns inte</translation>
    </message>
    <message>
        <source>{path} is a folder, not a notes file</source>
        <translation>{path} är en mapp, inte en anteckningsfil</translation>
    </message>
    <message>
        <source>{path} cannot be read ({strerror})</source>
        <translation>{path} kan inte läsas ({strerror})</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket)</source>
        <translation>{path} är ingen vanlig fil (en enhet, en pipe eller en socket)</translation>
    </message>
    <message>
        <source>{path} is too large to be a notes file (over {amount} MB)</source>
        <translation>{path} är för stor för att vara en anteckningsfil (över {amount} MB)</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; export writes UTF-8 JSON</source>
        <translation>{path} är ingen UTF-8-text; export skriver JSON i UTF-8</translation>
    </message>
    <message>
        <source>{path} is not JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>{path} är ingen JSON (rad {lineno}, kolumn {colno}: {msg})</translation>
    </message>
    <message>
        <source>{path} nests too deeply to be a notes file</source>
        <translation>{path} är för djupt nästlad för att vara en anteckningsfil</translation>
    </message>
    <message>
        <source>{path} holds a number too large to be in a notes file</source>
        <translation>{path} innehåller ett tal som är för stort för en anteckningsfil</translation>
    </message>
    <message>
        <source>{where}: {stamp!r} is not an ISO 8601 time</source>
        <translation>{where}: {stamp!r} är ingen ISO 8601-tid</translation>
    </message>
    <message>
        <source>{where}: {field} is longer than {limit:,} characters</source>
        <translation>{where}: {field} är längre än {limit:,} tecken</translation>
    </message>
    <message>
        <source>{where}: dossier:history must be a list of at most {max_history} times</source>
        <translation>{where}: dossier:history måste vara en lista med högst {max_history} tider</translation>
    </message>
    <message>
        <source>{where}: {field} must be text</source>
        <translation>{where}: {field} måste vara text</translation>
    </message>
    <message>
        <source>not a Dossier notes export (expected a W3C AnnotationCollection)</source>
        <translation>ingen anteckningsexport från Dossier (väntade en W3C AnnotationCollection)</translation>
    </message>
    <message>
        <source>not a Dossier notes export (the collection has no items)</source>
        <translation>ingen anteckningsexport från Dossier (samlingen har inga poster)</translation>
    </message>
    <message>
        <source>annotation {number}</source>
        <translation>annotering {number}</translation>
    </message>
    <message>
        <source>{where} is not an Annotation</source>
        <translation>{where} är ingen Annotation</translation>
    </message>
    <message>
        <source>{where}: id {raw_id!r} is not a Dossier note id</source>
        <translation>{where}: id {raw_id!r} är inget anteckningsid från Dossier</translation>
    </message>
    <message>
        <source>{where}: target has no selectors</source>
        <translation>{where}: target har inga selektorer</translation>
    </message>
    <message>
        <source>the section (FragmentSelector)</source>
        <translation>avsnittet (FragmentSelector)</translation>
    </message>
    <message>
        <source>{where}: section {section_id!r} is not in this report</source>
        <translation>{where}: avsnittet {section_id!r} finns inte i den här rapporten</translation>
    </message>
    <message>
        <source>{where}: body must be a list</source>
        <translation>{where}: body måste vara en lista</translation>
    </message>
    <message>
        <source>{where}: every body must be a TextualBody</source>
        <translation>{where}: varje body måste vara en TextualBody</translation>
    </message>
    <message>
        <source>a body&apos;s value</source>
        <translation>värdet i en body</translation>
    </message>
    <message>
        <source>{where}: the note has over {max_tags:,} tags</source>
        <translation>{where}: anteckningen har över {max_tags:,} taggar</translation>
    </message>
    <message>
        <source>{where}: a tag is longer than {max_tag_chars} characters</source>
        <translation>{where}: en tagg är längre än {max_tag_chars} tecken</translation>
    </message>
    <message>
        <source>{where}: the note is longer than {max_body_chars:,} characters</source>
        <translation>{where}: anteckningen är längre än {max_body_chars:,} tecken</translation>
    </message>
    <message>
        <source>{where}: the tags are longer than {max_tags_chars:,} characters in all</source>
        <translation>{where}: taggarna är sammanlagt längre än {max_tags_chars:,} tecken</translation>
    </message>
    <message>
        <source>{where}: TextPositionSelector start must be a place in the text</source>
        <translation>{where}: start i TextPositionSelector måste vara en plats i texten</translation>
    </message>
    <message>
        <source>the quoted passage (exact)</source>
        <translation>det citerade stället (exact)</translation>
    </message>
    <message>
        <source>the file lists the same note twice</source>
        <translation>filen tar upp samma anteckning två gånger</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Filter notes</source>
        <translation>Filtrera anteckningar</translation>
    </message>
    <message>
        <source>Filter notes: words, quotes, #tags</source>
        <translation>Filtrera anteckningar: ord, citat, #taggar</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Rensa filtret</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>Anteckningarnas status</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Visa fler</translation>
    </message>
    <message>
        <source>List more notes</source>
        <translation>Lista fler anteckningar</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Visa papperskorgen</translation>
    </message>
    <message>
        <source> (first {listed} listed: type more to narrow)</source>
        <translation> (de första {listed} listas: skriv mer för att snäva in)</translation>
    </message>
    <message>
        <source> (first {listed} listed)</source>
        <translation> (de första {listed} listas)</translation>
    </message>
    <message>
        <source>Trash: over {count:,} notes</source>
        <translation>Papperskorg: över {count:,} anteckningar</translation>
    </message>
    <message>
        <source>Trash: {count} note</source>
        <translation>Papperskorg: {count} anteckning</translation>
    </message>
    <message>
        <source>Trash: {count} notes</source>
        <translation>Papperskorg: {count} anteckningar</translation>
    </message>
    <message>
        <source>Over {count:,} of {total} notes</source>
        <translation>Över {count:,} av {total} anteckningar</translation>
    </message>
    <message>
        <source>{count} of {total} notes</source>
        <translation>{count} av {total} anteckningar</translation>
    </message>
    <message>
        <source>{count} note</source>
        <translation>{count} anteckning</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} anteckningar</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(tom anteckning)</translation>
    </message>
    <message>
        <source> (passage no longer found in the text)</source>
        <translation> (stycket finns inte längre i texten)</translation>
    </message>
    <message>
        <source>On the section “{title}”</source>
        <translation>Om avsnittet ”{title}”</translation>
    </message>
    <message>
        <source>Not saved: the notes file was replaced (a backup was restored). Your text stays here and is saved into the restored notes when they open.</source>
        <translation>Inte sparad: anteckningsfilen ersattes (en säkerhetskopia återställdes). Din text stannar här och sparas i de återställda anteckningarna när de öppnas.</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your text stays here; Dossier tries again every few seconds.</source>
        <translation>Inte sparad: {error}. Din text stannar här; Dossier försöker igen med några sekunders mellanrum.</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your text stays here.</source>
        <translation>Inte sparad: {error}. Din text stannar här.</translation>
    </message>
    <message>
        <source>This note was changed in another window; your text was saved beside it as a new note tagged #conflict, and the other text was kept.</source>
        <translation>Anteckningen ändrades i ett annat fönster; din text sparades bredvid som en ny anteckning med taggen #conflict, och den andra texten behölls.</translation>
    </message>
    <message>
        <source>The text typed while the notes file was replaced is saved.</source>
        <translation>Texten som skrevs medan anteckningsfilen ersattes är sparad.</translation>
    </message>
    <message>
        <source>Your unsaved note could not be kept: {error}. Save it with “Save the text as…”.</source>
        <translation>Din osparade anteckning kunde inte behållas: {error}. Spara den med ”Spara texten som…”.</translation>
    </message>
    <message>
        <source>Your unsaved note was kept in {path}; Dossier puts it back at the next start.</source>
        <translation>Din osparade anteckning sparades i {path}; Dossier lägger tillbaka den vid nästa start.</translation>
    </message>
    <message>
        <source>Save the note&apos;s text</source>
        <translation>Spara anteckningens text</translation>
    </message>
    <message>
        <source>The note&apos;s text was saved to {path}.</source>
        <translation>Anteckningens text sparades i {path}.</translation>
    </message>
    <message>
        <source>The empty note was discarded. Ctrl+Z in the notes list brings it back.</source>
        <translation>Den tomma anteckningen kastades. Ctrl+Z i anteckningslistan tar tillbaka den.</translation>
    </message>
    <message>
        <source>Could not add the note: {error}</source>
        <translation>Kunde inte lägga till anteckningen: {error}</translation>
    </message>
    <message>
        <source>Could not delete: {error}</source>
        <translation>Kunde inte ta bort: {error}</translation>
    </message>
    <message>
        <source>Note moved to the trash. Ctrl+Z in the notes list brings it back.</source>
        <translation>Anteckningen flyttades till papperskorgen. Ctrl+Z i anteckningslistan tar tillbaka den.</translation>
    </message>
    <message>
        <source>Note restored.</source>
        <translation>Anteckningen återställdes.</translation>
    </message>
</context>
<context>
    <name>NotesSafety</name>
    <message>
        <source>the unsaved note could not be kept ({error})</source>
        <translation>den osparade anteckningen kunde inte bevaras ({error})</translation>
    </message>
    <message>
        <source>{name} fails its integrity check ({result})</source>
        <translation>{name} klarar inte integritetskontrollen ({result})</translation>
    </message>
    <message>
        <source>{name} is not a sound notes file ({error})</source>
        <translation>{name} är ingen hel anteckningsfil ({error})</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder} ({reason})</source>
        <translation>säkerhetskopian kunde inte skrivas till {folder} ({reason})</translation>
    </message>
    <message>
        <source>Notes are unavailable: the folder {folder} cannot be used ({reason}).</source>
        <translation>Anteckningarna är inte tillgängliga: mappen {folder} kan inte användas ({reason}).</translation>
    </message>
    <message>
        <source>Notes cannot be saved: the folder {folder} cannot be created ({reason}).</source>
        <translation>Anteckningar kan inte sparas: mappen {folder} kan inte skapas ({reason}).</translation>
    </message>
    <message>
        <source>Your notes folder {folder} is read-only: your notes can be read and exported, but saving is off until it can be written.</source>
        <translation>Din anteckningsmapp {folder} är skrivskyddad: dina anteckningar kan läsas och exporteras, men sparande är avstängt tills den går att skriva i.</translation>
    </message>
    <message>
        <source>Notes are unavailable: {odd}, and no new file can take its place ({reason}).</source>
        <translation>Anteckningarna är inte tillgängliga: {odd}, och ingen ny fil kan ta dess plats ({reason}).</translation>
    </message>
    <message>
        <source>The notes file {name} is not a regular file (a pipe, a device or a socket); its name was moved aside as {moved}.</source>
        <translation>Anteckningsfilen {name} är ingen vanlig fil (en pipe, en enhet eller en socket); dess namn flyttades undan som {moved}.</translation>
    </message>
    <message>
        <source>Notes cannot be saved: {reason}.</source>
        <translation>Anteckningar kan inte sparas: {reason}.</translation>
    </message>
    <message>
        <source>Notes are unavailable for now: {reason}. Nothing was moved or changed.</source>
        <translation>Anteckningarna är inte tillgängliga just nu: {reason}. Ingenting flyttades eller ändrades.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved now: {reason}. Nothing was moved or changed; they are shown read-only until Dossier is started again with the problem gone (a full disk: free some space).</source>
        <translation>Dina anteckningar kan inte sparas nu: {reason}. Ingenting flyttades eller ändrades; de visas skrivskyddade tills Dossier startas igen när problemet är borta (en full disk: frigör utrymme).</translation>
    </message>
    <message>
        <source>Notes are unavailable: {reason}, and it could not be moved aside ({why}).</source>
        <translation>Anteckningarna är inte tillgängliga: {reason}, och filen kunde inte flyttas undan ({why}).</translation>
    </message>
    <message>
        <source>Your notes file is damaged ({damage}); it was moved, untouched, to {name}, and a new one cannot be started: {error}.</source>
        <translation>Din anteckningsfil är skadad ({damage}); den flyttades orörd till {name}, och en ny kan inte påbörjas: {error}.</translation>
    </message>
    <message>
        <source>The newest good backup, from {created} with {count} notes, can be restored.</source>
        <translation>Den senaste felfria säkerhetskopian, från {created} med {count} anteckningar, kan återställas.</translation>
    </message>
    <message>
        <source>Your notes file could not be read ({reason}); it was moved, untouched, to {name}.</source>
        <translation>Din anteckningsfil kunde inte läsas ({reason}); den flyttades orörd till {name}.</translation>
    </message>
    <message>
        <source>the notes file {name} is not a regular file (a pipe, a device or a socket)</source>
        <translation>anteckningsfilen {name} är ingen vanlig fil (en pipe, en enhet eller en socket)</translation>
    </message>
    <message>
        <source>a folder is in its place</source>
        <translation>en mapp ligger på dess plats</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>den är ingen SQLite-databas</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>den är avkortad</translation>
    </message>
    <message>
        <source>it comes from a newer Dossier (schema {version})</source>
        <translation>den kommer från en nyare Dossier (schema {version})</translation>
    </message>
    <message>
        <source>it fails its integrity check ({result})</source>
        <translation>den klarar inte integritetskontrollen ({result})</translation>
    </message>
    <message>
        <source>Your notes file is empty, and an earlier one is set aside, untouched, as {name} ({size:,} bytes) in {folder}. If it holds your notes, close Dossier and rename it to {notes_file} (or restore a backup).</source>
        <translation>Din anteckningsfil är tom, och en tidigare ligger undanlagd, orörd, som {name} ({size:,} byte) i {folder}. Om den innehåller dina anteckningar, stäng Dossier och byt namn på den till {notes_file} (eller återställ en säkerhetskopia).</translation>
    </message>
    <message>
        <source>there are no backups in {backup_dir}</source>
        <translation>det finns inga säkerhetskopior i {backup_dir}</translation>
    </message>
    <message>
        <source>there is no backup {backup_id!r}; the newest are {known}</source>
        <translation>det finns ingen säkerhetskopia {backup_id!r}; de senaste är {known}</translation>
    </message>
    <message>
        <source>the backup could not be restored ({error})</source>
        <translation>säkerhetskopian kunde inte återställas ({error})</translation>
    </message>
    <message>
        <source>A backup restore was interrupted; it has now been finished; the file it replaced is kept as {name}.</source>
        <translation>En återställning av en säkerhetskopia avbröts; den har nu slutförts; filen den ersatte finns kvar som {name}.</translation>
    </message>
    <message>
        <source>A backup restore was interrupted; it has now been finished.</source>
        <translation>En återställning av en säkerhetskopia avbröts; den har nu slutförts.</translation>
    </message>
    <message>
        <source>A backup restore was interrupted; it has been undone and your notes file is as it was.</source>
        <translation>En återställning av en säkerhetskopia avbröts; den har ångrats och din anteckningsfil är som den var.</translation>
    </message>
    <message>
        <source>A backup restore was interrupted before it changed anything.</source>
        <translation>En återställning av en säkerhetskopia avbröts innan den hann ändra något.</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>the notes file {path} cannot be read ({error})</source>
        <translation>anteckningsfilen {path} kan inte läsas ({error})</translation>
    </message>
    <message>
        <source>the notes file {path} comes from a newer Dossier (schema {version}; this one knows {schema_version})</source>
        <translation>anteckningsfilen {path} kommer från en nyare Dossier (schema {version}; den här känner till {schema_version})</translation>
    </message>
    <message>
        <source>the notes file {path} is damaged ({error})</source>
        <translation>anteckningsfilen {path} är skadad ({error})</translation>
    </message>
    <message>
        <source>the notes file {path} could not be prepared ({error})</source>
        <translation>anteckningsfilen {path} kunde inte förberedas ({error})</translation>
    </message>
    <message>
        <source>the note was not saved: {problem}</source>
        <translation>anteckningen sparades inte: {problem}</translation>
    </message>
    <message>
        <source>saving is off: the notes file {path} is read-only</source>
        <translation>sparande är avstängt: anteckningsfilen {path} är skrivskyddad</translation>
    </message>
    <message>
        <source>the notes file {path} was replaced since it was opened</source>
        <translation>anteckningsfilen {path} har ersatts sedan den öppnades</translation>
    </message>
    <message>
        <source>the note could not be saved to {path} ({error})</source>
        <translation>anteckningen kunde inte sparas i {path} ({error})</translation>
    </message>
    <message>
        <source>there is no note {note_id}</source>
        <translation>det finns ingen anteckning {note_id}</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Search the Report…</source>
        <translation>&amp;Sök i rapporten…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Find in Notes</source>
        <translation>Sök i &amp;anteckningar</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Ordlista</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Ordlista</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Fakta</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Report text</source>
        <translation>Rapportens text</translation>
    </message>
    <message>
        <source>Nothing to go forward to.</source>
        <translation>Inget att gå framåt till.</translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation>Inget att gå tillbaka till.</translation>
    </message>
    <message>
        <source>No place called {name!r} in the report.</source>
        <translation>Ingen plats som heter {name!r} i rapporten.</translation>
    </message>
    <message>
        <source>No search hits to step through: type in the search box (Ctrl+F).</source>
        <translation>Inga sökträffar att stega igenom: skriv i sökrutan (Ctrl+F).</translation>
    </message>
    <message>
        <source> (wrapped around)</source>
        <translation> (började om)</translation>
    </message>
    <message>
        <source>Hit {number} of {count}</source>
        <translation>Träff {number} av {count}</translation>
    </message>
</context>
<context>
    <name>ReaderCommands</name>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>Kopiera med &amp;referens</translation>
    </message>
    <message>
        <source>{name}: {count} fact. Ctrl+I shows it.</source>
        <translation>{name}: {count} faktum. Ctrl+I visar det.</translation>
    </message>
    <message>
        <source>{name}: {count} facts. Ctrl+I shows them.</source>
        <translation>{name}: {count} fakta. Ctrl+I visar dem.</translation>
    </message>
    <message>
        <source>Select a name in the text first (a country, place, person or term).</source>
        <translation>Markera först ett namn i texten (ett land, en plats, en person eller en term).</translation>
    </message>
    <message>
        <source>Take a &amp;Note</source>
        <translation>Gör en &amp;anteckning</translation>
    </message>
    <message>
        <source>Show &amp;Facts About “{name}”</source>
        <translation>Visa &amp;fakta om ”{name}”</translation>
    </message>
    <message>
        <source>Show &amp;Facts</source>
        <translation>Visa &amp;fakta</translation>
    </message>
    <message>
        <source>Look Up {text} in the &amp;Glossary</source>
        <translation>Slå upp {text} i &amp;ordlistan</translation>
    </message>
    <message>
        <source>Look Up in the &amp;Glossary</source>
        <translation>Slå upp i &amp;ordlistan</translation>
    </message>
    <message>
        <source>&amp;Related Passages</source>
        <translation>&amp;Relaterade stycken</translation>
    </message>
    <message>
        <source>Select a passage first (or put the cursor in a paragraph).</source>
        <translation>Markera först ett stycke (eller placera markören i ett stycke).</translation>
    </message>
    <message>
        <source>Copied the passage with its citation.</source>
        <translation>Stycket kopierades med sin referens.</translation>
    </message>
</context>
<context>
    <name>ReaderKeys</name>
    <message>
        <source>Caret browsing on: the arrows move a caret, Shift+arrows select (F7 turns it off).</source>
        <translation>Markörnavigering på: pilarna flyttar en markör, Shift+pilar markerar (F7 stänger av).</translation>
    </message>
    <message>
        <source>Caret browsing off.</source>
        <translation>Markörnavigering av.</translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message>
        <source>Place in the report</source>
        <translation>Plats i rapporten</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Läsförlopp</translation>
    </message>
    <message>
        <source>{percent}% · {read} of {count} sections read</source>
        <translation>{percent} % · {read} av {count} avsnitt lästa</translation>
    </message>
    <message>
        <source>You are {place}% of the way through the report and have read {read}% of it.</source>
        <translation>Du har kommit {place} % genom rapporten och har läst {read} % av den.</translation>
    </message>
</context>
<context>
    <name>RecentNotes</name>
    <message>
        <source>Recen&amp;t Notes</source>
        <translation>Senaste an&amp;teckningar</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Inga anteckningar än</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Skrev {path} ({pages} sidor).</translation>
    </message>
    <message>
        <source>The whole report</source>
        <translation>Hela rapporten</translation>
    </message>
    <message>
        <source>This section: {title}</source>
        <translation>Detta avsnitt: {title}</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Detta avsnitt</translation>
    </message>
    <message>
        <source>With my notes, after their passages</source>
        <translation>Med mina anteckningar, efter sina stycken</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <source>Wrote the citation to {path}</source>
        <translation>Skrev referensen till {path}</translation>
    </message>
    <message>
        <source>Export citation</source>
        <translation>Exportera referens</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Inget hittades för ”{query}”.</translation>
    </message>
    <message>
        <source>No passage has all these words; closest in meaning first.</source>
        <translation>Inget stycke har alla dessa ord; de närmaste i betydelse först.</translation>
    </message>
    <message>
        <source>No passage has all these words; closest matches first.</source>
        <translation>Inget stycke har alla dessa ord; de närmaste träffarna först.</translation>
    </message>
    <message>
        <source>{count} passage</source>
        <translation>{count} stycke</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} stycken</translation>
    </message>
    <message>
        <source>{count} glossary entry</source>
        <translation>{count} ordlisteartikel</translation>
    </message>
    <message>
        <source>{count} glossary entries</source>
        <translation>{count} ordlisteartiklar</translation>
    </message>
    <message>
        <source>{count} note</source>
        <translation>{count} anteckning</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} anteckningar</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Sök i rapporten</translation>
    </message>
    <message>
        <source>Search the report  (Ctrl+F)</source>
        <translation>Sök i rapporten  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Sökstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Passages related by meaning to {paragraph}: {count}</source>
        <translation>Stycken som liknar {paragraph} i betydelse: {count}</translation>
    </message>
    <message>
        <source>No passage is related to {paragraph}.</source>
        <translation>Inget stycke liknar {paragraph}.</translation>
    </message>
    <message>
        <source> (by meaning)</source>
        <translation> (efter betydelse)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Ordlista</translation>
    </message>
    <message>
        <source>Your note · {section}</source>
        <translation>Din anteckning · {section}</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;font-weight:normal&apos;&gt;· by meaning&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;font-weight:normal&apos;&gt;· efter betydelse&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Space / Shift+Space, Page Down / Page Up</source>
        <translation>Blanksteg / Shift+Blanksteg, Page Down / Page Up</translation>
    </message>
    <message>
        <source>Next / previous screen, no line cut at the top</source>
        <translation>Nästa / föregående skärm, ingen rad avskuren överst</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>The next / previous control, the text staying where it is</source>
        <translation>Nästa / föregående kontroll, texten stannar där den är</translation>
    </message>
    <message>
        <source>Enter (caret browsing)</source>
        <translation>Enter (markörnavigering)</translation>
    </message>
    <message>
        <source>Follow the link at the caret</source>
        <translation>Följ länken vid markören</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave focus mode; in the search box, back to the text</source>
        <translation>Lämna fokusläget; i sökrutan, tillbaka till texten</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>I texten</translation>
    </message>
    <message>
        <source>In the note editor</source>
        <translation>I anteckningsredigeraren</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Dossier</source>
        <translation>Kortkommandon — Dossier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>By actor</source>
        <translation>Efter aktör</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Efter land</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Spår</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Alla aktörer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Visa hela tiden</translation>
    </message>
    <message>
        <source>The period shown: drag across the timeline to pick one; click for all time</source>
        <translation>Den visade perioden: dra över tidslinjen för att välja en; klicka för hela tiden</translation>
    </message>
    <message>
        <source>Places on map</source>
        <translation>Platser på kartan</translation>
    </message>
    <message>
        <source>Show only this period&apos;s places on the map</source>
        <translation>Visa bara periodens platser på kartan</translation>
    </message>
    <message>
        <source>Light on the map only the places of the events shown</source>
        <translation>Lys bara upp platserna för de visade händelserna på kartan</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportera som PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exportera som SVG…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exportera tidslinjen</translation>
    </message>
    <message>
        <source>Timeline {choice}</source>
        <translation>Tidslinje: {choice}</translation>
    </message>
    <message>
        <source>Timeline {choice}: choices</source>
        <translation>Tidslinje: {choice}: val</translation>
    </message>
    <message>
        <source>Period {years}: show all time</source>
        <translation>Perioden {years}: visa hela tiden</translation>
    </message>
    <message>
        <source>The map shows the places of {count} events ({years})</source>
        <translation>Kartan visar platserna för {count} händelser ({years})</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} till {end}</translation>
    </message>
    <message>
        <source>about </source>
        <translation>omkring </translation>
    </message>
    <message>
        <source> Corrected by an editor&apos;s note.</source>
        <translation> Rättad i en redaktörsanmärkning.</translation>
    </message>
    <message>
        <source>Export the timeline as {format}</source>
        <translation>Exportera tidslinjen som {format}</translation>
    </message>
    <message>
        <source>Timeline saved to {path}</source>
        <translation>Tidslinjen sparades i {path}</translation>
    </message>
    <message>
        <source>Could not save the timeline to {path}</source>
        <translation>Kunde inte spara tidslinjen i {path}</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>Others</source>
        <translation>Övriga</translation>
    </message>
    <message>
        <source> (ed.)</source>
        <translation> (red.)</translation>
    </message>
</context>
</TS>
