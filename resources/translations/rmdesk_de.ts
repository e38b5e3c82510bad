<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>{0} &amp; {1}: {2}</source>
        <translation>{0} &amp; {1}: {2}</translation>
    </message>
    <message>
        <source>Why it can wait (optional)</source>
        <translation>Warum es warten kann (optional)</translation>
    </message>
    <message>
        <source>Off the list until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>the programme coordinator</source>
        <translation>die Programmkoordination</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>der Organisation</translation>
    </message>
    <message>
        <source>The junior colleague. Shares first-hand knowledge and perspective, leads the conversation on the focus topics and challenges assumptions.</source>
        <translation>Die Nachwuchskraft. Teilt Wissen und Sichtweisen aus erster Hand, führt das Gespräch zu den Schwerpunktthemen und stellt Annahmen infrage.</translation>
    </message>
    <message>
        <source>The senior colleague. Learns from the mentor, brings questions, tries things out between meetings and offers perspective on the organisation in return.</source>
        <translation>Die Führungskraft. Lernt von der Mentorin oder dem Mentor, bringt Fragen mit, probiert zwischen den Treffen Neues aus und teilt im Gegenzug die eigene Sicht auf die Organisation.</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>by video call</source>
        <translation>per Videoanruf</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per Telefon</translation>
    </message>
    <message>
        <source>Mentor (junior colleague)</source>
        <translation>Mentor (Nachwuchskraft)</translation>
    </message>
    <message>
        <source>Mentee (senior colleague)</source>
        <translation>Mentee (Führungskraft)</translation>
    </message>
    <message>
        <source>Pairing agreement: {0} and {1}</source>
        <translation>Tandemvereinbarung: {0} und {1}</translation>
    </message>
    <message>
        <source>Pairing agreements: {0}</source>
        <translation>Tandemvereinbarungen: {0}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>Pairing agreement · {0} and {1}</source>
        <translation>Tandemvereinbarung · {0} und {1}</translation>
    </message>
    <message>
        <source>Pairing agreement</source>
        <translation>Tandemvereinbarung</translation>
    </message>
    <message>
        <source>Reverse mentoring · {cycle} · {period}</source>
        <translation>Reverse Mentoring · {cycle} · {period}</translation>
    </message>
    <message>
        <source>This agreement records how &lt;b&gt;{mentor}&lt;/b&gt; and &lt;b&gt;{mentee}&lt;/b&gt; will work together in {cycle}, from {start} to {end}. In reverse mentoring the junior colleague is the mentor: learning goes both ways, and both of you set goals.</source>
        <translation>Diese Vereinbarung hält fest, wie &lt;b&gt;{mentor}&lt;/b&gt; und &lt;b&gt;{mentee}&lt;/b&gt; im Durchgang {cycle} vom {start} bis zum {end} zusammenarbeiten. Im Reverse Mentoring ist die Nachwuchskraft die Mentorin oder der Mentor: Beide lernen voneinander, und beide setzen sich Ziele.</translation>
    </message>
    <message>
        <source>The pair</source>
        <translation>Das Tandem</translation>
    </message>
    <message>
        <source>Focus topics</source>
        <translation>Schwerpunktthemen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>The mentee’s goals (senior colleague)</source>
        <translation>Ziele der oder des Mentee (Führungskraft)</translation>
    </message>
    <message>
        <source>The mentor’s goals (junior colleague)</source>
        <translation>Ziele der Mentorin oder des Mentors (Nachwuchskraft)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>To be agreed at the first meeting.</source>
        <translation>Wird beim ersten Treffen vereinbart.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>How we will know it is achieved</source>
        <translation>Woran wir erkennen, dass es erreicht ist</translation>
    </message>
    <message>
        <source>By (date)</source>
        <translation>Bis (Datum)</translation>
    </message>
    <message>
        <source>No goals recorded yet: write them in together.</source>
        <translation>Noch keine Ziele erfasst: Tragen Sie sie gemeinsam ein.</translation>
    </message>
    <message>
        <source>We meet every {0} for about {1}, usually {2}.</source>
        <translation>Wir treffen uns {0} für etwa {1}, meist {2}.</translation>
    </message>
    <message>
        <source>We meet every {0} for about {1}, in person, by video or by phone as we agree.</source>
        <translation>Wir treffen uns {0} für etwa {1}, persönlich, per Video oder per Telefon, wie wir es vereinbaren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First meeting:&lt;/b&gt; not planned yet; agree a date and tell {0}.</source>
        <translation>&lt;b&gt;Erstes Treffen:&lt;/b&gt; noch nicht geplant; vereinbaren Sie einen Termin und informieren Sie {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First meeting:&lt;/b&gt; {weekday} {date} at {time}, {length}, {place}.</source>
        <translation>&lt;b&gt;Erstes Treffen:&lt;/b&gt; {weekday}, {date}, um {time} Uhr, {length}, {place}.</translation>
    </message>
    <message>
        <source>How we will work together</source>
        <translation>So arbeiten wir zusammen</translation>
    </message>
    <message>
        <source>Programme coordinator</source>
        <translation>Programmkoordination</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By signing, we agree to work together as described above.</source>
        <translation>Mit unserer Unterschrift vereinbaren wir, wie oben beschrieben zusammenzuarbeiten.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Enter assessment</source>
        <translation>Einschätzung eintragen</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Scores: 1 = not at all … 5 = very much</source>
        <translation>Werte: 1 = gar nicht … 5 = voll und ganz</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Overall &amp;satisfaction</source>
        <translation>Gesamt&amp;zufriedenheit</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Would take part &amp;again</source>
        <translation>Würde &amp;erneut teilnehmen</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Speichern, &amp;nächste öffnen</translation>
    </message>
    <message>
        <source>Keys: type 1-5 on a row (it moves to the next), 0 clears; Ctrl+Enter saves, {0} saves and opens the next one missing.</source>
        <translation>Tasten: In einer Zeile 1–5 eingeben (dann geht es zur nächsten), 0 löscht; Strg+Enter speichert, {0} speichert und öffnet die nächste fehlende Einschätzung.</translation>
    </message>
    <message>
        <source>Save, then open the next assessment still missing</source>
        <translation>Speichern und dann die nächste noch fehlende Einschätzung öffnen</translation>
    </message>
    <message>
        <source>Nobody owes an assessment in this cycle yet.</source>
        <translation>In diesem Durchgang ist noch keine Einschätzung fällig.</translation>
    </message>
    <message>
        <source>{0} &lt;i&gt;Saved: {1}.&lt;/i&gt;</source>
        <translation>{0} &lt;i&gt;Gespeichert: {1}.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not entered yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch nicht eingetragen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved on {0}&lt;/b&gt;: saving again replaces it.</source>
        <translation>&lt;b&gt;Gespeichert am {0}&lt;/b&gt;: Erneutes Speichern ersetzt sie.</translation>
    </message>
    <message>
        <source>Choose who this assessment is for.</source>
        <translation>Wählen Sie, für wen diese Einschätzung ist.</translation>
    </message>
    <message>
        <source>Assessment not complete</source>
        <translation>Einschätzung unvollständig</translation>
    </message>
    <message>
        <source>{0} of {1} not answered. Save what is filled in?</source>
        <translation>{0} von {1} nicht beantwortet. Das Ausgefüllte speichern?</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>Einschätzung gespeichert.</translation>
    </message>
    <message>
        <source>{0} assessments saved.</source>
        <translation>{0} Einschätzungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>AssessmentsModel</name>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentee (Senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (Junior)</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>{0} von {1} beantwortet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue: missing</source>
        <translation>Überfällig: fehlt</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Due on {0} and not entered yet.</source>
        <translation>Fällig am {0} und noch nicht eingetragen.</translation>
    </message>
    <message>
        <source>Entered. Double-click to see or change it.</source>
        <translation>Eingetragen. Doppelklicken, um sie anzusehen oder zu ändern.</translation>
    </message>
    <message>
        <source>Entered with {0} of {1} not answered. Double-click to complete it.</source>
        <translation>Eingetragen, {0} von {1} nicht beantwortet. Doppelklicken, um sie zu vervollständigen.</translation>
    </message>
    <message>
        <source>Due on {0}. Double-click to enter it.</source>
        <translation>Fällig am {0}. Doppelklicken, um sie einzutragen.</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Only &amp;missing</source>
        <translation>Nur &amp;fehlende</translation>
    </message>
    <message>
        <source>Hide the assessments entered in full</source>
        <translation>Vollständig eingetragene Einschätzungen ausblenden</translation>
    </message>
    <message>
        <source>Assessments are owed by the people of active, completed or ended pairs; none here yet.</source>
        <translation>Einschätzungen geben die Personen aktiver, abgeschlossener oder vorzeitig beendeter Tandems ab; hier gibt es noch keine.</translation>
    </message>
    <message>
        <source>{1} of {0} assessment entered</source>
        <translation>{1} von {0} Einschätzung eingetragen</translation>
    </message>
    <message>
        <source>{1} of {0} assessments entered</source>
        <translation>{1} von {0} Einschätzungen eingetragen</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} überfällig</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Acknowledged until {0}.</source>
        <translation>Zurückgestellt bis {0}.</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Every kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>Zurückgestellte anzeigen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Pairs that need attention</source>
        <translation>Tandems mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Most severe first: severity, pair, why and the detail; Enter opens the pair</source>
        <translation>Dringendste zuerst: Dringlichkeit, Tandem, Grund und Einzelheiten; die Eingabetaste öffnet das Tandem</translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation>Tandem öffnen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <source>Back on the list</source>
        <translation>Wieder aufnehmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; ({0} pair)</source>
        <translation>&lt;b&gt;Handlungsbedarf&lt;/b&gt; ({0} Tandem)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; ({0} pairs)</source>
        <translation>&lt;b&gt;Handlungsbedarf&lt;/b&gt; ({0} Tandems)</translation>
    </message>
    <message>
        <source>Marked as held.</source>
        <translation>Als stattgefunden markiert.</translation>
    </message>
    <message>
        <source>Acknowledged: off the list until then.</source>
        <translation>Zurückgestellt: bis dahin nicht mehr unter Handlungsbedarf.</translation>
    </message>
    <message>
        <source>Back on the attention list.</source>
        <translation>Wieder unter Handlungsbedarf.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>A backup is already running.</source>
        <translation>Es läuft bereits eine Sicherung.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Backed up to {0} ({1}).</source>
        <translation>Gesichert in {0} ({1}).</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>rmdesk programmes (*.rmdesk);;All files (*)</source>
        <translation>rmdesk-Programmdateien (*.rmdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Kopie wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved a verified copy: {0} ({1}).</source>
        <translation>Geprüfte Kopie gespeichert: {0} ({1}).</translation>
    </message>
    <message>
        <source>Today&apos;s backup: {0}.</source>
        <translation>Heutige Sicherung: {0}.</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Heutige Sicherung wird erstellt…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the current data with {0}?</source>
        <translation>Die aktuellen Daten durch {0} ersetzen?</translation>
    </message>
    <message>
        <source>Restored {0}; the replaced data is backed up.</source>
        <translation>{0} wiederhergestellt; die ersetzten Daten sind gesichert.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>A backup is being made: choose Restore again in a moment.</source>
        <translation>Gerade wird eine Sicherung erstellt: Wählen Sie „Wiederherstellen“ gleich noch einmal.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>made before a restore</source>
        <translation>erstellt vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>made before an import</source>
        <translation>erstellt vor einem Import</translation>
    </message>
    <message>
        <source>made before rmdesk updated the file</source>
        <translation>erstellt, bevor rmdesk die Datei aktualisiert hat</translation>
    </message>
    <message>
        <source>made before a person&apos;s data was erased</source>
        <translation>erstellt, bevor die Daten einer Person gelöscht wurden</translation>
    </message>
    <message>
        <source>made after a person&apos;s data was erased</source>
        <translation>erstellt, nachdem die Daten einer Person gelöscht wurden</translation>
    </message>
    <message>
        <source>the manual backup of {0}</source>
        <translation>die manuelle Sicherung vom {0}</translation>
    </message>
    <message>
        <source>the daily backup of {0}</source>
        <translation>die tägliche Sicherung vom {0}</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>made daily</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <source>reason: {0}</source>
        <translation>Grund: {0}</translation>
    </message>
    <message>
        <source>the backup of {0} ({1})</source>
        <translation>die Sicherung vom {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation>alle {0} Wochen</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>alle {0} Tage</translation>
    </message>
    <message>
        <source>{0} minute</source>
        <translation>{0} Minute</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} Minuten</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Schedule meetings…</source>
        <translation>Treffen planen…</translation>
    </message>
    <message>
        <source>Closed days…</source>
        <translation>Schließtage…</translation>
    </message>
    <message>
        <source>Milestones…</source>
        <translation>Meilensteine…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics exportieren…</translation>
    </message>
    <message>
        <source>Meetings of the selected day</source>
        <translation>Treffen am gewählten Tag</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Absagen…</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Meetings coming up</source>
        <translation>Anstehende Treffen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (next {0} days)</source>
        <translation>&lt;b&gt;Demnächst&lt;/b&gt; (nächste {0} Tage)</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Noch kein Durchgang</translation>
    </message>
    <message>
        <source>Meetings belong to a cycle&apos;s pairs: create a cycle in the Pairs tab.</source>
        <translation>Treffen gehören zu den Tandems eines Durchgangs: Legen Sie im Reiter „Tandems“ einen Durchgang an.</translation>
    </message>
    <message>
        <source>Every pair</source>
        <translation>Alle Tandems</translation>
    </message>
    <message>
        <source>Pair: {0} &amp; {1}</source>
        <translation>Tandem: {0} &amp; {1}</translation>
    </message>
    <message>
        <source>Person: {0}</source>
        <translation>Person: {0}</translation>
    </message>
    <message>
        <source>⚠ {0} overlap this month: {1} on {2}.</source>
        <translation>⚠ {0} Überschneidung in diesem Monat: {1} am {2}.</translation>
    </message>
    <message>
        <source>⚠ {0} overlaps this month, e.g. {1} on {2}.</source>
        <translation>⚠ {0} Überschneidungen in diesem Monat, z. B. {1} am {2}.</translation>
    </message>
    <message>
        <source>closed: {0}</source>
        <translation>Schließtag: {0}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>Schließtag</translation>
    </message>
    <message>
        <source>{0} meeting</source>
        <translation>{0} Treffen</translation>
    </message>
    <message>
        <source>{0} meetings</source>
        <translation>{0} Treffen</translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation>keine Treffen</translation>
    </message>
    <message>
        <source>Meeting planned.</source>
        <translation>Treffen geplant.</translation>
    </message>
    <message>
        <source>Meeting saved.</source>
        <translation>Treffen gespeichert.</translation>
    </message>
    <message>
        <source>Marked as held.</source>
        <translation>Als stattgefunden markiert.</translation>
    </message>
    <message>
        <source>Marked as missed.</source>
        <translation>Als ausgefallen markiert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgesagt.</translation>
    </message>
    <message>
        <source>Planned {0} ({1} already had one, {2} skipped).</source>
        <translation>{0} geplant; übersprungen: {1} mit bereits geplantem Treffen, {2}.</translation>
    </message>
    <message>
        <source>{0} day</source>
        <translation>{0} Tag</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <source>{0} closed day</source>
        <translation>{0} Schließtag</translation>
    </message>
    <message>
        <source>{0} closed days</source>
        <translation>{0} Schließtage</translation>
    </message>
    <message>
        <source>{0} closed day.</source>
        <translation>{0} Schließtag.</translation>
    </message>
    <message>
        <source>{0} closed days.</source>
        <translation>{0} Schließtage.</translation>
    </message>
    <message>
        <source>Milestones saved.</source>
        <translation>Meilensteine gespeichert.</translation>
    </message>
    <message>
        <source>This pair has no past meeting still planned.</source>
        <translation>Dieses Tandem hat kein vergangenes Treffen, das noch als geplant gilt.</translation>
    </message>
    <message>
        <source>Meeting of {0} marked as held.</source>
        <translation>Treffen vom {0} als stattgefunden markiert.</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Treffen exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Exported {0} meeting to {1}.</source>
        <translation>{0} Treffen nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} meetings to {1}.</source>
        <translation>{0} Treffen nach {1} exportiert.</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel a meeting</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Cancel the meeting of &lt;b&gt;{0} &amp; {1}&lt;/b&gt; on {2}, {3}–{4}?</source>
        <translation>Das Treffen von &lt;b&gt;{0} &amp; {1}&lt;/b&gt; am {2}, {3}–{4} absagen?</translation>
    </message>
    <message>
        <source>&amp;Who cancelled?</source>
        <translation>&amp;Wer hat abgesagt?</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Nicht absagen</translation>
    </message>
</context>
<context>
    <name>ClosedDaysDialog</name>
    <message>
        <source>Closed days</source>
        <translation>Schließtage</translation>
    </message>
    <message>
        <source>e.g. Christmas, office move</source>
        <translation>z. B. Weihnachten, Umzug</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Series of meetings skip these days, and booking a meeting on one asks first. For a single day, keep From and To the same; Enter adds it.</source>
        <translation>Terminserien lassen diese Tage aus, und wenn Sie ein Treffen auf einen davon legen, fragt rmdesk zuerst nach. Für einen einzelnen Tag lassen Sie „Von“ und „bis“ gleich; die Eingabetaste fügt ihn hinzu.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Schließtage</translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation>{0} bis {1} ({2})</translation>
    </message>
    <message>
        <source>{0} day</source>
        <translation>{0} Tag</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <source>It overlaps {0}: remove that one first.</source>
        <translation>Überschneidet sich mit {0}: Entfernen Sie diesen Eintrag zuerst.</translation>
    </message>
    <message>
        <source>{0} &amp; {1}, {2}</source>
        <translation>{0} &amp; {1}, {2}</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>Meetings on closed days</source>
        <translation>Treffen an Schließtagen</translation>
    </message>
    <message>
        <source>{0} planned meeting falls on a closed day:</source>
        <translation>{0} geplantes Treffen fällt auf einen Schließtag:</translation>
    </message>
    <message>
        <source>{0} planned meetings fall on closed days:</source>
        <translation>{0} geplante Treffen fallen auf Schließtage:</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Cancel the meetings</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Keep it planned</source>
        <translation>Geplant lassen</translation>
    </message>
    <message>
        <source>Keep them planned</source>
        <translation>Geplant lassen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>New cycle</source>
        <translation>Neuer Durchgang</translation>
    </message>
    <message>
        <source>Edit cycle</source>
        <translation>Durchgang bearbeiten</translation>
    </message>
    <message>
        <source>e.g. 2027 cohort</source>
        <translation>z. B. Jahrgang 2027</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>&amp;Name*</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Beginnt am</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Endet am</translation>
    </message>
    <message>
        <source>Meet e&amp;very</source>
        <translation>Treffen &amp;alle</translation>
    </message>
    <message>
        <source>Meetings &amp;last</source>
        <translation>Treffen &amp;dauern</translation>
    </message>
</context>
<context>
    <name>CycleSelector</name>
    <message>
        <source>The programme cycle shown in Pairs, Calendar and Goals</source>
        <translation>Der Durchgang, den „Tandems“, „Kalender“ und „Ziele“ zeigen</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Noch kein Durchgang</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{0} is before {1}, the earliest date this field takes: it now reads {1}.</source>
        <translation>{0} liegt vor {1}, dem frühesten Datum für dieses Feld: Es steht jetzt auf {1}.</translation>
    </message>
    <message>
        <source>{0} is after {1}, the latest date this field takes: it now reads {1}.</source>
        <translation>{0} liegt nach {1}, dem spätesten Datum für dieses Feld: Es steht jetzt auf {1}.</translation>
    </message>
</context>
<context>
    <name>DimensionsDialog</name>
    <message>
        <source>Assessment dimensions</source>
        <translation>Dimensionen der Einschätzung</translation>
    </message>
    <message>
        <source>Mentees (senior) rate themselves on</source>
        <translation>Worin sich Mentees (Senior) selbst einschätzen</translation>
    </message>
    <message>
        <source>Mentors (junior) rate themselves on</source>
        <translation>Worin sich Mentoren (Junior) selbst einschätzen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a name to the list “{0}”</source>
        <translation>Der Liste „{0}“ einen Namen hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected name from the list “{0}”</source>
        <translation>Den ausgewählten Namen aus der Liste „{0}“ entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected name up in the list “{0}”</source>
        <translation>Den ausgewählten Namen in der Liste „{0}“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected name down in the list “{0}”</source>
        <translation>Den ausgewählten Namen in der Liste „{0}“ nach unten verschieben</translation>
    </message>
    <message>
        <source>Double-click a name to edit it; drag or use Up/Down to order. Scores already given keep the name they were given under.</source>
        <translation>Doppelklicken Sie auf einen Namen, um ihn zu ändern; ziehen Sie oder nutzen Sie „Nach oben“/„Nach unten“, um die Reihenfolge festzulegen. Bereits vergebene Werte behalten den Namen, unter dem sie vergeben wurden.</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Neue Dimension</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Generated {0}</source>
        <translation>Erstellt am {0}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <source>Reverse mentoring programme</source>
        <translation>Reverse-Mentoring-Programm</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Agreement for this pair</source>
        <translation>&amp;Vereinbarung für dieses Tandem</translation>
    </message>
    <message>
        <source>Print the selected pair&apos;s agreement</source>
        <translation>Die Tandemvereinbarung des gewählten Tandems drucken</translation>
    </message>
    <message>
        <source>Agreements for all a&amp;ctive pairs</source>
        <translation>Vereinbarungen aller &amp;aktiven Tandems</translation>
    </message>
    <message>
        <source>One PDF with the agreement of every active pair of the cycle</source>
        <translation>Ein PDF mit der Vereinbarung jedes aktiven Tandems des Durchgangs</translation>
    </message>
    <message>
        <source>Agreements for all active pairs, &amp;one file each…</source>
        <translation>Vereinbarungen aller aktiven Tandems, &amp;je eine Datei…</translation>
    </message>
    <message>
        <source>A PDF per active pair, written into a folder you choose</source>
        <translation>Ein PDF je aktivem Tandem, in einen Ordner Ihrer Wahl</translation>
    </message>
    <message>
        <source>&amp;End-of-cycle report</source>
        <translation>Abschluss&amp;bericht</translation>
    </message>
    <message>
        <source>The cycle&apos;s outcomes, for leadership</source>
        <translation>Die Ergebnisse des Durchgangs, für die Führungsebene</translation>
    </message>
    <message>
        <source>&amp;Forms…</source>
        <translation>&amp;Fragebögen…</translation>
    </message>
    <message>
        <source>Self-assessment and fit forms to hand out, a sign-up sheet, or their questions for an online form</source>
        <translation>Fragebögen zur Selbsteinschätzung und zur Passung zum Austeilen, ein Anmeldebogen oder ihre Fragen für ein Online-Formular</translation>
    </message>
    <message>
        <source>Session &amp;pack for this pair</source>
        <translation>Tandem-&amp;Mappe für dieses Tandem</translation>
    </message>
    <message>
        <source>The selected pair&apos;s orientation sheets, their topics&apos; guides and goals</source>
        <translation>Die Einführungsblätter des gewählten Tandems, die Leitfäden zu seinen Themen und seine Ziele</translation>
    </message>
    <message>
        <source>&amp;Guides…</source>
        <translation>&amp;Gesprächsleitfäden…</translation>
    </message>
    <message>
        <source>Edit and print the conversation guides and orientation sheets</source>
        <translation>Gesprächsleitfäden und Einführungsblätter bearbeiten und drucken</translation>
    </message>
    <message>
        <source>Mentor s&amp;hortlists for consent</source>
        <translation>Mentor-Vorschlagslisten zur &amp;Zustimmung</translation>
    </message>
    <message>
        <source>One page per mentee still looking: their best mentors and why, to choose</source>
        <translation>Eine Seite je Mentee ohne Tandem: die passendsten Mentoren mit Begründung, zur Auswahl</translation>
    </message>
    <message>
        <source>Document &amp;settings…</source>
        <translation>Dokument&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Organisation, logo, coordinator, paper size, agreement clauses</source>
        <translation>Organisation, Logo, Programmkoordination, Papierformat, Vereinbarungstext</translation>
    </message>
    <message>
        <source>Select a pair in the Pairs tab first.</source>
        <translation>Wählen Sie zuerst im Reiter „Tandems“ ein Tandem aus.</translation>
    </message>
    <message>
        <source>Pairing agreement: {0} and {1}</source>
        <translation>Tandemvereinbarung: {0} und {1}</translation>
    </message>
    <message>
        <source>Preparing the agreement…</source>
        <translation>Vereinbarung wird erstellt…</translation>
    </message>
    <message>
        <source>Choose a cycle first.</source>
        <translation>Wählen Sie zuerst einen Durchgang.</translation>
    </message>
    <message>
        <source>Pairing agreements: {1} ({0} active pair)</source>
        <translation>Tandemvereinbarungen: {1} ({0} aktives Tandem)</translation>
    </message>
    <message>
        <source>Pairing agreements: {1} ({0} active pairs)</source>
        <translation>Tandemvereinbarungen: {1} ({0} aktive Tandems)</translation>
    </message>
    <message>
        <source>Preparing the agreements…</source>
        <translation>Vereinbarungen werden erstellt…</translation>
    </message>
    <message>
        <source>Mentor shortlists: {1} ({0} mentee)</source>
        <translation>Mentor-Vorschlagslisten: {1} ({0} Mentee)</translation>
    </message>
    <message>
        <source>Mentor shortlists: {1} ({0} mentees)</source>
        <translation>Mentor-Vorschlagslisten: {1} ({0} Mentees)</translation>
    </message>
    <message>
        <source>Preparing the shortlists…</source>
        <translation>Vorschlagslisten werden erstellt…</translation>
    </message>
    <message>
        <source>Folder for the agreements</source>
        <translation>Ordner für die Vereinbarungen</translation>
    </message>
    <message>
        <source>Wrote {0} agreement to {1}.</source>
        <translation>{0} Vereinbarung in {1} gespeichert.</translation>
    </message>
    <message>
        <source>Wrote {0} agreements to {1}.</source>
        <translation>{0} Vereinbarungen in {1} gespeichert.</translation>
    </message>
    <message>
        <source>Agreements written</source>
        <translation>Vereinbarungen gespeichert</translation>
    </message>
    <message>
        <source>Cancelled; the files already written are complete, no others.</source>
        <translation>Abgebrochen; die bereits geschriebenen Dateien sind vollständig, weitere gibt es nicht.</translation>
    </message>
    <message>
        <source>Writing the agreements…</source>
        <translation>Vereinbarungen werden geschrieben…</translation>
    </message>
    <message>
        <source>End-of-cycle report (anonymised): {0}</source>
        <translation>Abschlussbericht (anonymisiert): {0}</translation>
    </message>
    <message>
        <source>End-of-cycle report: {0}</source>
        <translation>Abschlussbericht: {0}</translation>
    </message>
    <message>
        <source>Preparing the end-of-cycle report…</source>
        <translation>Abschlussbericht wird erstellt…</translation>
    </message>
    <message>
        <source>Wrote {0} question to {1}.</source>
        <translation>{0} Frage in {1} gespeichert.</translation>
    </message>
    <message>
        <source>Wrote {0} questions to {1}.</source>
        <translation>{0} Fragen in {1} gespeichert.</translation>
    </message>
    <message>
        <source>Wrote the sign-up sheet to {0}.</source>
        <translation>Anmeldebogen in {0} gespeichert.</translation>
    </message>
    <message>
        <source>Wrote {0} form to {1}.</source>
        <translation>{0} Fragebogen in {1} gespeichert.</translation>
    </message>
    <message>
        <source>Wrote {0} forms to {1}.</source>
        <translation>{0} Fragebögen in {1} gespeichert.</translation>
    </message>
    <message>
        <source>Forms written</source>
        <translation>Fragebögen gespeichert</translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation>Fragebögen werden erstellt…</translation>
    </message>
    <message>
        <source>End-of-cycle report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <source>Print the report with names, or anonymised for wider circulation?</source>
        <translation>Den Bericht mit Namen drucken oder anonymisiert für einen größeren Kreis?</translation>
    </message>
    <message>
        <source>Anonymised prints the figures only: no appendix, no names and no free text. Any figure about fewer than 3 people reads “fewer than 3”, and figures that would give it back from a total read “withheld”.</source>
        <translation>Die anonymisierte Fassung enthält nur Zahlen: keinen Anhang, keine Namen und keine Freitexte. Jede Zahl zu weniger als 3 Personen lautet „weniger als 3“, und Zahlen, aus denen sie sich über eine Summe zurückrechnen ließe, lauten „verborgen“.</translation>
    </message>
    <message>
        <source>With &amp;names</source>
        <translation>&amp;Mit Namen</translation>
    </message>
    <message>
        <source>&amp;Anonymised</source>
        <translation>&amp;Anonymisiert</translation>
    </message>
    <message>
        <source>Add the a&amp;ppendix with a section per pair (with names only)</source>
        <translation>An&amp;hang mit einem Abschnitt je Tandem beifügen (nur mit Namen)</translation>
    </message>
    <message>
        <source>Session pack: {0} and {1}</source>
        <translation>Tandem-Mappe: {0} und {1}</translation>
    </message>
    <message>
        <source>Preparing the session pack…</source>
        <translation>Tandem-Mappe wird erstellt…</translation>
    </message>
    <message>
        <source>Preparing the guide…</source>
        <translation>Leitfaden wird erstellt…</translation>
    </message>
    <message>
        <source>Document settings saved.</source>
        <translation>Dokumenteinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled; no document was made.</source>
        <translation>Abgebrochen; es wurde kein Dokument erstellt.</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <source>The document could not be made: {0}</source>
        <translation>Das Dokument konnte nicht erstellt werden: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation>Dokumenteinstellungen</translation>
    </message>
    <message>
        <source>printed on the signature line</source>
        <translation>erscheint auf der Unterschriftszeile</translation>
    </message>
    <message>
        <source>no logo (PNG or JPEG)</source>
        <translation>kein Logo (PNG oder JPEG)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Format and {placeholders}: see the comments in the default.</source>
        <translation>Format und {Platzhalter}: siehe die Kommentare im Standardtext.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>Programm&amp;koordination:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of documents:</source>
        <translation>Sprache der Doku&amp;mente:</translation>
    </message>
    <message>
        <source>Agreement cla&amp;uses:</source>
        <translation>Vereinbarungs&amp;text:</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>No pair with id {pair_id}.</source>
        <translation>Kein Tandem mit der ID {pair_id}.</translation>
    </message>
    <message>
        <source>{name} has no active pairs; publish the proposed pairs first.</source>
        <translation>{name} hat keine aktiven Tandems; geben Sie zuerst die vorgeschlagenen Tandems frei.</translation>
    </message>
    <message>
        <source>No pair with id {id}.</source>
        <translation>Kein Tandem mit der ID {id}.</translation>
    </message>
    <message>
        <source>The clauses have no text to print; write some or reset to default.</source>
        <translation>Der Vereinbarungstext ist leer; schreiben Sie einen Text oder setzen Sie ihn auf den Standard zurück.</translation>
    </message>
    <message>
        <source>The clauses use {unknown}, which rmdesk cannot fill in; use {valid}.</source>
        <translation>Der Vereinbarungstext verwendet {unknown}; das kann rmdesk nicht ausfüllen. Verwenden Sie {valid}.</translation>
    </message>
    <message>
        <source>{value} is also on row {first}</source>
        <translation>{value} steht auch in Zeile {first}</translation>
    </message>
    <message>
        <source>{value} is also on line {first}</source>
        <translation>{value} steht auch in Zeile {first}</translation>
    </message>
    <message>
        <source>“{text}” is not a level (1-6 or its name).</source>
        <translation>„{text}“ ist keine Ebene (1-6 oder ihr Name).</translation>
    </message>
    <message>
        <source>“{text}”: the file lost characters when it was saved; save it as “CSV UTF-8” and import it again</source>
        <translation>„{text}“: Beim Speichern der Datei sind Zeichen verloren gegangen; speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>{count} people named “{name}” have no email in rmdesk: give this row an email or employee ID to say who it is</source>
        <translation>{count} Personen namens „{name}“ haben in rmdesk keine E-Mail-Adresse: Geben Sie in dieser Zeile eine E-Mail-Adresse oder Personalnummer an, damit klar ist, wer gemeint ist</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Level is required.</source>
        <translation>Die Ebene ist erforderlich.</translation>
    </message>
    <message>
        <source>“{word}” is not a weekday (Mon to Fri)</source>
        <translation>„{word}“ ist kein Wochentag (Mon bis Fri)</translation>
    </message>
    <message>
        <source>a {role} has topics in “{own}”, not in “{other}”</source>
        <translation>Themen einer Person mit der Rolle {role} gehören in „{own}“, nicht in „{other}“</translation>
    </message>
    <message>
        <source>manager {email} is neither in the file nor in rmdesk</source>
        <translation>Vorgesetzte(r) {email} steht weder in der Datei noch in rmdesk</translation>
    </message>
    <message>
        <source>{count} people are named “{name}”: name the manager by e-mail or employee ID</source>
        <translation>{count} Personen heißen „{name}“: Geben Sie die vorgesetzte Person per E-Mail-Adresse oder Personalnummer an</translation>
    </message>
    <message>
        <source>manager “{name}” is neither in the file nor in rmdesk</source>
        <translation>Vorgesetzte(r) „{name}“ steht weder in der Datei noch in rmdesk</translation>
    </message>
    <message>
        <source>reporting lines would loop through this person</source>
        <translation>die Berichtslinien würden über diese Person im Kreis laufen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file has a header but no participants</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Teilnehmenden</translation>
    </message>
    <message>
        <source>“{name}” is not a field; the fields are {fields}.</source>
        <translation>„{name}“ ist kein Feld; die Felder sind {fields}.</translation>
    </message>
    <message>
        <source>the file has no column “{header}”; its columns are {columns}.</source>
        <translation>die Datei hat keine Spalte „{header}“; ihre Spalten sind {columns}.</translation>
    </message>
    <message>
        <source>the columns “{first}” and “{second}” both fill {field}.</source>
        <translation>die Spalten „{first}“ und „{second}“ füllen beide {field}.</translation>
    </message>
    <message>
        <source>no column gives the name: assign one to full_name, or to first_name and last_name.</source>
        <translation>keine Spalte enthält den Namen: Ordnen Sie eine Spalte full_name zu oder je eine first_name und last_name.</translation>
    </message>
    <message>
        <source>no column gives the {field}: assign one to {field}.</source>
        <translation>keine Spalte enthält {field}: Ordnen Sie {field} eine Spalte zu.</translation>
    </message>
    <message>
        <source>has {count} fields; the header has {width}</source>
        <translation>hat {count} Felder; die Kopfzeile hat {width}</translation>
    </message>
    <message>
        <source>has {count} fields; the header has {width} (a list of topics separated by “;” must be in quotes)</source>
        <translation>hat {count} Felder; die Kopfzeile hat {width} (eine durch „;“ getrennte Themenliste muss in Anführungszeichen stehen)</translation>
    </message>
    <message>
        <source>a value (“{value}”) under no column</source>
        <translation>ein Wert („{value}“) unter keiner Spalte</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>unknown topic “{name}” (create it, or fix the name)</source>
        <translation>unbekanntes Thema „{name}“ (legen Sie es an oder korrigieren Sie den Namen)</translation>
    </message>
    <message>
        <source>This is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
        <translation>Dies ist eine alte Excel-Arbeitsmappe (.xls): Speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8, UTF-16 or Windows-1252: save it as “CSV UTF-8”.</source>
        <translation>Die Datei ist kein Text in UTF-8, UTF-16 oder Windows-1252: Speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>The file is not valid {encoding} (byte {byte}): save it as “CSV UTF-8”.</source>
        <translation>Die Datei ist kein gültiges {encoding} (Byte {byte}): Speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>more than {count} rows</source>
        <translation>mehr als {count} Zeilen</translation>
    </message>
    <message>
        <source>a field longer than {count} characters</source>
        <translation>ein Feld mit mehr als {count} Zeichen</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>kann nicht als CSV gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt.</translation>
    </message>
    <message>
        <source>Row {number} has more than {count} columns.</source>
        <translation>Zeile {number} hat mehr als {count} Spalten.</translation>
    </message>
    <message>
        <source>The worksheet has more than {count} rows.</source>
        <translation>Das Tabellenblatt hat mehr als {count} Zeilen.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an .xlsx workbook.</source>
        <translation>Die Datei ist ein ZIP-Archiv, aber keine .xlsx-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {size} MB: save the sheet as CSV.</source>
        <translation>Entpackt ist die Arbeitsmappe größer als {size} MB: Speichern Sie das Blatt als CSV.</translation>
    </message>
    <message>
        <source>The file cannot be read as an .xlsx workbook ({reason}).</source>
        <translation>Die Datei kann nicht als .xlsx-Arbeitsmappe gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Dimensions belong to mentee or mentor, not “{role}”.</source>
        <translation>Dimensionen gehören zu Mentee oder Mentor, nicht zu „{role}“.</translation>
    </message>
    <message>
        <source>A dimension needs a name.</source>
        <translation>Eine Dimension braucht einen Namen.</translation>
    </message>
    <message>
        <source>A dimension name has at most {DIMENSION_MAX} characters.</source>
        <translation>Der Name einer Dimension hat höchstens {DIMENSION_MAX} Zeichen.</translation>
    </message>
    <message>
        <source>“{name}” is in the list twice.</source>
        <translation>„{name}“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Keep at least one dimension.</source>
        <translation>Behalten Sie mindestens eine Dimension.</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5, not {value}.</source>
        <translation>Die Zufriedenheit liegt zwischen 1 und 5, nicht bei {value}.</translation>
    </message>
    <message>
        <source>“{answer}” is no answer to “would you take part again”: yes, maybe or no.</source>
        <translation>„{answer}“ ist keine Antwort auf „würde erneut teilnehmen“: yes, maybe oder no.</translation>
    </message>
    <message>
        <source>Only the final assessment asks whether they would take part again.</source>
        <translation>Nur die abschließende Einschätzung fragt, ob die Person erneut teilnehmen würde.</translation>
    </message>
    <message>
        <source>Unknown phase “{phase}”: use baseline, midpoint or final.</source>
        <translation>Unbekannte Phase „{phase}“: Verwenden Sie baseline, midpoint oder final.</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Ein Datum ist erforderlich.</translation>
    </message>
    <message>
        <source>Not a {role} dimension: {value}.</source>
        <translation>Keine Dimension für {role}: {value}.</translation>
    </message>
    <message>
        <source>The same answers are given twice.</source>
        <translation>Dieselben Antworten sind doppelt angegeben.</translation>
    </message>
    <message>
        <source>Their {phase} answers are saved already.</source>
        <translation>Die Antworten dieser Person zur Phase {phase} sind bereits gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved: answers break a rule, the first: {problem}</source>
        <translation>Nichts wurde gespeichert: Antworten verstoßen gegen eine Regel, zuerst: {problem}</translation>
    </message>
    <message>
        <source>No cycle with id {cycle_id}.</source>
        <translation>Kein Durchgang mit der ID {cycle_id}.</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Passt gut</translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation>Noch unentschieden</translation>
    </message>
    <message>
        <source>Not a good fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Answer good_fit, still_deciding or not_a_good_fit, not “{answer}”.</source>
        <translation>Antworten Sie mit good_fit, still_deciding oder not_a_good_fit, nicht „{answer}“.</translation>
    </message>
    <message>
        <source>{mentor_name} and {mentee_name} have not held a meeting yet: the fit check comes after the first one.</source>
        <translation>{mentor_name} und {mentee_name} hatten noch kein Treffen: Die Frage zur Passung kommt nach dem ersten.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>teilnehmende Person</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>refers to {parent} {value}, which does not exist.</source>
        <translation>verweist auf einen nicht vorhandenen Eintrag: {parent} {value}.</translation>
    </message>
    <message>
        <source>has no value; one is required.</source>
        <translation>hat keinen Wert; ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <source>A meeting&apos;s revision counts its changes from 0, not {revision}.</source>
        <translation>Die Revision eines Treffens zählt seine Änderungen ab 0, nicht ab {revision}.</translation>
    </message>
    <message>
        <source>{value} is not one of: {listed}.</source>
        <translation>{value} ist keiner dieser Werte: {listed}.</translation>
    </message>
    <message>
        <source>A {digits}-digit number</source>
        <translation>Eine {digits}-stellige Zahl</translation>
    </message>
    <message>
        <source>{value} is beyond the whole numbers rmdesk stores (±{largest}).</source>
        <translation>{value} liegt außerhalb der ganzen Zahlen, die rmdesk speichert (±{largest}).</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>{value} is not 0 or 1 (no or yes).</source>
        <translation>{value} ist weder 0 noch 1 (nein oder ja).</translation>
    </message>
    <message>
        <source>{value} is not a finite number.</source>
        <translation>{value} ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>{value} is not text.</source>
        <translation>{value} ist kein Text.</translation>
    </message>
    <message>
        <source>holds something that is not valid text (UTF-8).</source>
        <translation>enthält etwas, das kein gültiger Text (UTF-8) ist.</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>{value} is not a date and time (YYYY-MM-DD HH:MM:SS).</source>
        <translation>{value} ist kein Datum mit Uhrzeit (JJJJ-MM-TT HH:MM:SS).</translation>
    </message>
    <message>
        <source>at position {place}</source>
        <translation>an Position {place}</translation>
    </message>
    <message>
        <source>{record} – {field}: {problem} {hint}</source>
        <translation>{record} – {field}: {problem} {hint}</translation>
    </message>
    <message>
        <source>{record} – {field}: {problem}</source>
        <translation>{record} – {field}: {problem}</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} Probleme</translation>
    </message>
    <message>
        <source>{file_name} has {problems}: data that breaks the programme&apos;s rules. rmdesk shows it as it is and changes nothing. Correct each one where its line says, or restore a backup (File &gt; Restore from backup…).</source>
        <translation>{file_name} enthält {problems}: Daten, die gegen die Regeln des Programms verstoßen. rmdesk zeigt sie unverändert an und ändert nichts. Korrigieren Sie jedes dort, wo seine Zeile es angibt, oder stellen Sie eine Sicherung wieder her (Datei &gt; Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Topic of a person</source>
        <translation>Thema einer Person</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Schließtag</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Fortschrittseintrag</translation>
    </message>
    <message>
        <source>Goal template</source>
        <translation>Zielvorlage</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation>Wert der Einschätzung</translation>
    </message>
    <message>
        <source>Assessment dimension</source>
        <translation>Dimension der Einschätzung</translation>
    </message>
    <message>
        <source>Pairing-fit answer</source>
        <translation>Antwort zur Passung</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Every participant</source>
        <translation>Alle Teilnehmenden</translation>
    </message>
    <message>
        <source>Every topic</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Every topic of a person</source>
        <translation>Alle Themen von Personen</translation>
    </message>
    <message>
        <source>Every cycle</source>
        <translation>Alle Durchgänge</translation>
    </message>
    <message>
        <source>Every pair</source>
        <translation>Alle Tandems</translation>
    </message>
    <message>
        <source>Every meeting</source>
        <translation>Alle Treffen</translation>
    </message>
    <message>
        <source>Every milestone</source>
        <translation>Alle Meilensteine</translation>
    </message>
    <message>
        <source>Every closed day</source>
        <translation>Alle Schließtage</translation>
    </message>
    <message>
        <source>Every goal</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Every progress update</source>
        <translation>Alle Fortschrittseinträge</translation>
    </message>
    <message>
        <source>Every goal template</source>
        <translation>Alle Zielvorlagen</translation>
    </message>
    <message>
        <source>Every assessment</source>
        <translation>Alle Einschätzungen</translation>
    </message>
    <message>
        <source>Every assessment score</source>
        <translation>Alle Werte von Einschätzungen</translation>
    </message>
    <message>
        <source>Every assessment dimension</source>
        <translation>Alle Dimensionen der Einschätzung</translation>
    </message>
    <message>
        <source>Every pairing-fit answer</source>
        <translation>Alle Antworten zur Passung</translation>
    </message>
    <message>
        <source>Every setting</source>
        <translation>Alle Einstellungen</translation>
    </message>
    <message>
        <source>is missing from the file.</source>
        <translation>fehlt in der Datei.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>available on</source>
        <translation>verfügbar an</translation>
    </message>
    <message>
        <source>consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>zuletzt geändert</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>starts on</source>
        <translation>beginnt am</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>endet am</translation>
    </message>
    <message>
        <source>meet every</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>meetings last</source>
        <translation>Dauer der Treffen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>private Notizen</translation>
    </message>
    <message>
        <source>whose goal</source>
        <translation>wessen Ziel</translation>
    </message>
    <message>
        <source>how we will know</source>
        <translation>woran wir es erkennen</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wer</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation>gefragt am</translation>
    </message>
    <message>
        <source>Edit the participant (Participants tab): the manager shows as (none) there; choose the right one and save.</source>
        <translation>Bearbeiten Sie die teilnehmende Person (Reiter „Teilnehmende“): Dort steht bei Vorgesetzte(r) „(keine)“; wählen Sie die richtige Person und speichern Sie.</translation>
    </message>
    <message>
        <source>Edit the participant (Participants tab).</source>
        <translation>Bearbeiten Sie die teilnehmende Person (Reiter „Teilnehmende“).</translation>
    </message>
    <message>
        <source>Edit the cycle (choose it, then Programme &gt; Edit cycle).</source>
        <translation>Bearbeiten Sie den Durchgang (wählen Sie ihn, dann Programm &gt; Durchgang ändern).</translation>
    </message>
    <message>
        <source>Edit the meeting (Calendar tab, on its day).</source>
        <translation>Bearbeiten Sie das Treffen (Reiter „Kalender“, an seinem Tag).</translation>
    </message>
    <message>
        <source>Record the goal&apos;s progress (Goals tab).</source>
        <translation>Erfassen Sie den Fortschritt des Ziels (Reiter „Ziele“).</translation>
    </message>
    <message>
        <source>Edit the goal (Goals tab).</source>
        <translation>Bearbeiten Sie das Ziel (Reiter „Ziele“).</translation>
    </message>
    <message>
        <source>Enter the assessment again (Goals tab, Assessments).</source>
        <translation>Tragen Sie die Einschätzung erneut ein (Reiter „Ziele“, Einschätzungen).</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Every {kind}</source>
        <translation>Alle Einträge vom Typ {kind}</translation>
    </message>
    <message>
        <source>{kind} no. {row}</source>
        <translation>{kind} Nr. {row}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>The participant with email {email}</source>
        <translation>Die teilnehmende Person mit der E-Mail-Adresse {email}</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} „{name}“</translation>
    </message>
    <message>
        <source>{mentor} &amp; {mentee}</source>
        <translation>{mentor} &amp; {mentee}</translation>
    </message>
    <message>
        <source>an unknown mentor</source>
        <translation>ein unbekannter Mentor</translation>
    </message>
    <message>
        <source>an unknown mentee</source>
        <translation>ein unbekannter Mentee</translation>
    </message>
    <message>
        <source>Pair {pair}</source>
        <translation>Tandem {pair}</translation>
    </message>
    <message>
        <source>Meeting on {when}</source>
        <translation>Treffen am {when}</translation>
    </message>
    <message>
        <source>Meeting of {pair} on {when}</source>
        <translation>Treffen von {pair} am {when}</translation>
    </message>
    <message>
        <source>Meeting of {pair}</source>
        <translation>Treffen von {pair}</translation>
    </message>
    <message>
        <source>Progress update of {when} on goal “{title}”</source>
        <translation>Fortschrittseintrag vom {when} zum Ziel „{title}“</translation>
    </message>
    <message>
        <source>Goal “{title}”</source>
        <translation>Ziel „{title}“</translation>
    </message>
    <message>
        <source>{person} ({pair})</source>
        <translation>{person} ({pair})</translation>
    </message>
    <message>
        <source>Assessment of {by}</source>
        <translation>Einschätzung von {by}</translation>
    </message>
    <message>
        <source>assessment of {by}</source>
        <translation>Einschätzung von {by}</translation>
    </message>
    <message>
        <source>{phase} assessment of {by}</source>
        <translation>Einschätzung ({phase}) von {by}</translation>
    </message>
    <message>
        <source>Score for “{dimension}”</source>
        <translation>Wert für „{dimension}“</translation>
    </message>
    <message>
        <source>{score} in the {assessment}</source>
        <translation>{score} in der {assessment}</translation>
    </message>
    <message>
        <source>Pairing-fit answer of {by}</source>
        <translation>Antwort zur Passung von {by}</translation>
    </message>
    <message>
        <source>Topic “{topic}” of {person}</source>
        <translation>Thema „{topic}“ von {person}</translation>
    </message>
    <message>
        <source>A topic of {person}</source>
        <translation>Ein Thema von {person}</translation>
    </message>
    <message>
        <source>{title} of cycle “{cycle}”</source>
        <translation>{title} des Durchgangs „{cycle}“</translation>
    </message>
    <message>
        <source>Closed day {when}</source>
        <translation>Schließtag {when}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>The date must be within the cycle ({start} to {end}).</source>
        <translation>Das Datum muss im Durchgang liegen ({start} bis {end}).</translation>
    </message>
    <message>
        <source>There is already a cycle called {name}.</source>
        <translation>Es gibt bereits einen Durchgang namens {name}.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>Ein Startdatum ist erforderlich.</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>Das Enddatum muss nach dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>Meetings must be every 1 to {CADENCE_MAX_DAYS} days, not {cadence_days}.</source>
        <translation>Treffen müssen alle 1 bis {CADENCE_MAX_DAYS} Tage stattfinden, nicht alle {cadence_days}.</translation>
    </message>
    <message>
        <source>Could not save: {error}.</source>
        <translation>Konnte nicht speichern: {error}.</translation>
    </message>
    <message>
        <source>{name} is active: a cycle cannot go back to planning.</source>
        <translation>{name} läuft bereits: Ein Durchgang kann nicht zurück in die Planung.</translation>
    </message>
    <message>
        <source>{name} is closed: a cycle cannot go back to planning.</source>
        <translation>{name} ist abgeschlossen: Ein Durchgang kann nicht zurück in die Planung.</translation>
    </message>
    <message>
        <source>{name} is closed: a cycle cannot go back to active.</source>
        <translation>{name} ist abgeschlossen: Ein abgeschlossener Durchgang kann nicht wieder laufen.</translation>
    </message>
    <message>
        <source>Unknown cycle status “{status}”: use planning, active or closed.</source>
        <translation>Unbekannter Status des Durchgangs „{status}“: Verwenden Sie planning, active oder closed.</translation>
    </message>
    <message>
        <source>No cycle called “{wanted}” (give its id or exact name; see rmdesk cycle list).</source>
        <translation>Kein Durchgang namens „{wanted}“ (geben Sie seine ID oder den genauen Namen an; siehe rmdesk cycle list).</translation>
    </message>
    <message>
        <source>No milestone with id {milestone_id}.</source>
        <translation>Kein Meilenstein mit der ID {milestone_id}.</translation>
    </message>
    <message>
        <source>Title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>No goal with id {goal_id}.</source>
        <translation>Kein Ziel mit der ID {goal_id}.</translation>
    </message>
    <message>
        <source>The target date must be within the cycle ({start} to {end}).</source>
        <translation>Das Zieldatum muss im Durchgang liegen ({start} bis {end}).</translation>
    </message>
    <message>
        <source>No topic with id {topic_id}.</source>
        <translation>Kein Thema mit der ID {topic_id}.</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
    <message>
        <source>A title has at most {TITLE_MAX} characters; put the detail in the success measure.</source>
        <translation>Ein Titel hat höchstens {TITLE_MAX} Zeichen; schreiben Sie die Einzelheiten in das Erfolgskriterium.</translation>
    </message>
    <message>
        <source>Whose goal: mentee or mentor, not “{owner}”.</source>
        <translation>Wessen Ziel: Mentee oder Mentor, nicht „{owner}“.</translation>
    </message>
    <message>
        <source>Unknown status “{status}”: use open, in_progress, achieved or dropped.</source>
        <translation>Unbekannter Status „{status}“: Verwenden Sie open, in_progress, achieved oder dropped.</translation>
    </message>
    <message>
        <source>Progress is a whole percentage from 0 to 100, not {progress}.</source>
        <translation>Der Fortschritt ist ein ganzer Prozentwert von 0 bis 100, nicht {progress}.</translation>
    </message>
    <message>
        <source>The pair is {status}: only proposed or active pairs take new goals.</source>
        <translation>Das Tandem hat den Status {status}: Nur vorgeschlagene oder aktive Tandems erhalten neue Ziele.</translation>
    </message>
    <message>
        <source>A progress update cannot be dated in the future ({day}).</source>
        <translation>Ein Fortschrittseintrag kann nicht in der Zukunft liegen ({day}).</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>Eine Vorlage braucht einen Titel.</translation>
    </message>
    <message>
        <source>A title has at most {TITLE_MAX} characters.</source>
        <translation>Ein Titel hat höchstens {TITLE_MAX} Zeichen.</translation>
    </message>
    <message>
        <source>No goal template with id {template_id}.</source>
        <translation>Keine Zielvorlage mit der ID {template_id}.</translation>
    </message>
    <message>
        <source>No guide with id {id}.</source>
        <translation>Kein Leitfaden mit der ID {id}.</translation>
    </message>
    <message>
        <source>No guide for “{wanted}”: give a topic&apos;s name or id ({topics}), or mentor or mentee for the orientation sheet.</source>
        <translation>Kein Leitfaden für „{wanted}“: Geben Sie den Namen oder die ID eines Themas an ({topics}) oder mentor bzw. mentee für das Einführungsblatt.</translation>
    </message>
    <message>
        <source>Give the guide a title.</source>
        <translation>Geben Sie dem Leitfaden einen Titel.</translation>
    </message>
    <message>
        <source>Keep the title under {n} characters.</source>
        <translation>Der Titel muss kürzer als {n} Zeichen sein.</translation>
    </message>
    <message>
        <source>Write the guide&apos;s text (or reset it to the default).</source>
        <translation>Schreiben Sie den Text des Leitfadens (oder setzen Sie ihn auf den Standard zurück).</translation>
    </message>
    <message>
        <source>Keep the text under {n} characters.</source>
        <translation>Der Text muss kürzer als {n} Zeichen sein.</translation>
    </message>
    <message>
        <source>{mentor} (level {mentor_level}) is above {mentee} (level {mentee_level}): level-gap rule, a mentor may not be senior to their mentee.</source>
        <translation>{mentor} (Ebene {mentor_level}) steht über {mentee} (Ebene {mentee_level}): Nach der Regel zum Ebenenabstand darf ein Mentor nicht höher stehen als sein Mentee.</translation>
    </message>
    <message>
        <source>{mentor} (level {mentor_level}) is not at least {gap} below {mentee} (level {mentee_level}): level-gap rule, in reverse mentoring the mentor is the junior.</source>
        <translation>{mentor} (Ebene {mentor_level}) steht nicht mindestens {gap} unter {mentee} (Ebene {mentee_level}): Nach der Regel zum Ebenenabstand ist beim Reverse Mentoring der Mentor die Nachwuchskraft.</translation>
    </message>
    <message>
        <source>1 level</source>
        <translation>1 Ebene</translation>
    </message>
    <message>
        <source>{n} levels</source>
        <translation>{n} Ebenen</translation>
    </message>
    <message>
        <source>{reason}: listed as {role}, not {expected}</source>
        <translation>{reason}: als {role} eingetragen, nicht als {expected}</translation>
    </message>
    <message>
        <source>{reason}: no {other} is looking for a partner</source>
        <translation>{reason}: kein {other} sucht ein Tandem</translation>
    </message>
    <message>
        <source>{reason}: every {other} is in their reporting line, too close in level or paired with them before</source>
        <translation>{reason}: jeder {other} steht in derselben Berichtslinie, liegt auf zu naher Ebene oder war schon einmal Tandem mit der Person</translation>
    </message>
    <message>
        <source>No participant with id {id} who can be paired.</source>
        <translation>Keine teilnehmende Person mit der ID {id}, die einem Tandem zugeordnet werden kann.</translation>
    </message>
    <message>
        <source>That cycle does not exist (any more).</source>
        <translation>Diesen Durchgang gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>{full} (1 open pair in this cycle, capacity {capacity})</source>
        <translation>{full} (1 offenes Tandem in diesem Durchgang, Kapazität {capacity})</translation>
    </message>
    <message>
        <source>{full} ({count} open pairs in this cycle, capacity {capacity})</source>
        <translation>{full} ({count} offene Tandems in diesem Durchgang, Kapazität {capacity})</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>einem unbekannten Ort</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>Ebene {level}</translation>
    </message>
    <message>
        <source>the mentee named no topics</source>
        <translation>der Mentee hat keine Themen genannt</translation>
    </message>
    <message>
        <source>no wanted topic on offer</source>
        <translation>kein gewünschtes Thema im Angebot</translation>
    </message>
    <message>
        <source>both want/offer: {topics}</source>
        <translation>gewünscht und angeboten: {topics}</translation>
    </message>
    <message>
        <source>department not known</source>
        <translation>Abteilung unbekannt</translation>
    </message>
    <message>
        <source>same department ({department})</source>
        <translation>gleiche Abteilung ({department})</translation>
    </message>
    <message>
        <source>different departments: {mentor} and {mentee}</source>
        <translation>verschiedene Abteilungen: {mentor} und {mentee}</translation>
    </message>
    <message>
        <source>no common weekday</source>
        <translation>kein gemeinsamer Wochentag</translation>
    </message>
    <message>
        <source>{count} of {weekdays} weekdays overlap: {days}</source>
        <translation>{count} von {weekdays} Wochentagen gemeinsam: {days}</translation>
    </message>
    <message>
        <source>both based in {location}</source>
        <translation>beide in {location}</translation>
    </message>
    <message>
        <source>both work remotely</source>
        <translation>beide arbeiten remote</translation>
    </message>
    <message>
        <source>the {role} works remotely, so they can meet by video</source>
        <translation>{role} arbeitet remote, Treffen per Video möglich</translation>
    </message>
    <message>
        <source>both hybrid, in {places}: mostly video meetings</source>
        <translation>beide hybrid, in {places}: meist Treffen per Video</translation>
    </message>
    <message>
        <source>one works onsite, and they are in {places}</source>
        <translation>eine Person arbeitet vor Ort; die beiden sind in {places}</translation>
    </message>
    <message>
        <source>{gap} levels apart ({levels})</source>
        <translation>{gap} Ebenen Abstand ({levels})</translation>
    </message>
    <message>
        <source>only 1 level apart ({levels})</source>
        <translation>nur 1 Ebene Abstand ({levels})</translation>
    </message>
    <message>
        <source>no level apart ({levels})</source>
        <translation>kein Ebenenabstand ({levels})</translation>
    </message>
    <message>
        <source>nobody can mentor themselves</source>
        <translation>niemand kann Mentor für sich selbst sein</translation>
    </message>
    <message>
        <source>{name} is not a mentor</source>
        <translation>{name} ist nicht als Mentor eingetragen</translation>
    </message>
    <message>
        <source>{name} is not a mentee</source>
        <translation>{name} ist nicht als Mentee eingetragen</translation>
    </message>
    <message>
        <source>{name} is in {other}&apos;s reporting line</source>
        <translation>{name} steht in der Berichtslinie von {other}</translation>
    </message>
    <message>
        <source>{name}: {full}</source>
        <translation>{name}: {full}</translation>
    </message>
    <message>
        <source>not in the other role</source>
        <translation>nicht in der anderen Rolle</translation>
    </message>
    <message>
        <source>same reporting line</source>
        <translation>gleiche Berichtslinie</translation>
    </message>
    <message>
        <source>levels {mentor} and {mentee}: gap under {gap}</source>
        <translation>Ebenen {mentor} und {mentee}: Abstand unter {gap}</translation>
    </message>
    <message>
        <source>no eligible partner</source>
        <translation>kein möglicher Tandempartner</translation>
    </message>
    <message>
        <source>capacity full</source>
        <translation>Kapazität ausgeschöpft</translation>
    </message>
    <message>
        <source>no partner left (all eligible partners taken)</source>
        <translation>kein Tandempartner mehr frei (alle möglichen sind vergeben)</translation>
    </message>
    <message>
        <source>already paired in this cycle</source>
        <translation>in diesem Durchgang bereits in einem Tandem</translation>
    </message>
    <message>
        <source>No mentee in {cycle} is still looking for a mentor.</source>
        <translation>In {cycle} sucht kein Mentee mehr einen Mentor.</translation>
    </message>
    <message>
        <source>no place left</source>
        <translation>kein Platz mehr frei</translation>
    </message>
    <message>
        <source>no place left for both</source>
        <translation>für beide kein Platz mehr frei</translation>
    </message>
    <message>
        <source>Unknown attention kind {kind}.</source>
        <translation>Unbekannte Art von Handlungsbedarf: {kind}.</translation>
    </message>
    <message>
        <source>Acknowledge until today or a later day, not {day}.</source>
        <translation>Zurückstellen ist bis heute oder einen späteren Tag möglich, nicht bis {day}.</translation>
    </message>
    <message>
        <source>Keep the note under {count} characters.</source>
        <translation>Die Notiz muss kürzer als {count} Zeichen sein.</translation>
    </message>
    <message>
        <source>No meeting with id {meeting_id} in this pair.</source>
        <translation>Kein Treffen mit der ID {meeting_id} in diesem Tandem.</translation>
    </message>
    <message>
        <source>The meeting on {day} is still marked planned.</source>
        <translation>Das Treffen am {day} ist noch als geplant markiert.</translation>
    </message>
    <message>
        <source>No meeting held for {days} days.</source>
        <translation>Seit {days} Tagen kein Treffen.</translation>
    </message>
    <message>
        <source>No next meeting planned, and one is due before the cycle ends.</source>
        <translation>Kein nächstes Treffen geplant, obwohl vor dem Ende des Durchgangs noch eines fällig ist.</translation>
    </message>
    <message>
        <source>{count} cancellations in a row (the last by the {by}).</source>
        <translation>{count} Absagen in Folge (zuletzt abgesagt von: {by}).</translation>
    </message>
    <message>
        <source>{count} cancellations in a row.</source>
        <translation>{count} Absagen in Folge.</translation>
    </message>
    <message>
        <source>The meeting on {day} at {time} is planned on a closed day ({label}).</source>
        <translation>Das Treffen am {day} um {time} liegt auf einem Schließtag ({label}).</translation>
    </message>
    <message>
        <source>{name} ({role}) said on {day} it is not a good fit: {note}</source>
        <translation>{name} ({role}) hat am {day} angegeben, dass das Tandem nicht gut passt: {note}</translation>
    </message>
    <message>
        <source>{name} ({role}) said on {day} it is not a good fit.</source>
        <translation>{name} ({role}) hat am {day} angegeben, dass das Tandem nicht gut passt.</translation>
    </message>
    <message>
        <source>The last closed day must not be before the first.</source>
        <translation>Der letzte Schließtag darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>A closure is at most {days} days long.</source>
        <translation>Eine Schließzeit dauert höchstens {days} Tage.</translation>
    </message>
    <message>
        <source>A label has at most {count} characters.</source>
        <translation>Eine Bezeichnung hat höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>No meeting with id {meeting_id}.</source>
        <translation>Kein Treffen mit der ID {meeting_id}.</translation>
    </message>
    <message>
        <source>No pair with id {pid} in this cycle.</source>
        <translation>Kein Tandem mit der ID {pid} in diesem Durchgang.</translation>
    </message>
    <message>
        <source>Pair {pid} is {status}: only proposed or active pairs meet.</source>
        <translation>Tandem {pid} hat den Status {status}: Nur vorgeschlagene oder aktive Tandems treffen sich.</translation>
    </message>
    <message>
        <source>The cycle ends on {end}: a series cannot start after it.</source>
        <translation>Der Durchgang endet am {end}: Eine Terminserie kann nicht danach beginnen.</translation>
    </message>
    <message>
        <source>Meetings must be every 1 to 366 days, not {every}.</source>
        <translation>Treffen müssen alle 1 bis 366 Tage stattfinden, nicht alle {every}.</translation>
    </message>
    <message>
        <source>Weekday is 0 (Monday) to 6 (Sunday), not {weekday}.</source>
        <translation>Der Wochentag ist 0 (Montag) bis 6 (Sonntag), nicht {weekday}.</translation>
    </message>
    <message>
        <source>The meeting of {mentor} and {mentee} on {when}</source>
        <translation>Das Treffen von {mentor} und {mentee} am {when}</translation>
    </message>
    <message>
        <source>The pair is {status}: only proposed or active pairs meet.</source>
        <translation>Das Tandem hat den Status {status}: Nur vorgeschlagene oder aktive Tandems treffen sich.</translation>
    </message>
    <message>
        <source>A date and time are required.</source>
        <translation>Datum und Uhrzeit sind erforderlich.</translation>
    </message>
    <message>
        <source>Unknown mode “{mode}”: use in_person, video or phone.</source>
        <translation>Unbekannte Treffensart „{mode}“: Verwenden Sie in_person, video oder phone.</translation>
    </message>
    <message>
        <source>{meeting} was held: its time and pair cannot change.</source>
        <translation>{meeting} hat stattgefunden: Zeit und Tandem lassen sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>{meeting} was held: it cannot be rescheduled.</source>
        <translation>{meeting} hat stattgefunden: Es lässt sich nicht mehr verschieben.</translation>
    </message>
    <message>
        <source>{meeting} was held: it cannot be marked {status}.</source>
        <translation>{meeting} hat stattgefunden: Es kann nicht als {status} markiert werden.</translation>
    </message>
    <message>
        <source>{meeting} has not happened yet: it cannot be {status}.</source>
        <translation>{meeting} hat noch nicht stattgefunden: Es kann nicht als {status} markiert werden.</translation>
    </message>
    <message>
        <source>Who cancelled: mentor, mentee or coordinator, not “{by}”.</source>
        <translation>Wer hat abgesagt: mentor, mentee oder coordinator, nicht „{by}“.</translation>
    </message>
    <message>
        <source>{meeting} was held: it cannot be deleted.</source>
        <translation>{meeting} hat stattgefunden: Es kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>completed on {day}</source>
        <translation>abgeschlossen am {day}</translation>
    </message>
    <message>
        <source>ended early on {day}: {reason}</source>
        <translation>am {day} vorzeitig beendet: {reason}</translation>
    </message>
    <message>
        <source>active since {day}</source>
        <translation>aktiv seit {day}</translation>
    </message>
    <message>
        <source>No cycle with id {id}.</source>
        <translation>Kein Durchgang mit der ID {id}.</translation>
    </message>
    <message>
        <source>ended early in {cycle}</source>
        <translation>in {cycle} vorzeitig beendet</translation>
    </message>
    <message>
        <source>paired in {cycle}</source>
        <translation>Tandem in {cycle}</translation>
    </message>
    <message>
        <source>paired in {cycle}, {ending}</source>
        <translation>Tandem in {cycle}, {ending}</translation>
    </message>
    <message>
        <source>{mentor} and {mentee} were paired before ({history}); matching does not pair them again in this cycle.</source>
        <translation>{mentor} und {mentee} waren schon einmal ein Tandem ({history}); die Tandembildung schlägt sie in diesem Durchgang nicht erneut vor.</translation>
    </message>
    <message>
        <source>No participant with id, e-mail or name “{text}”.</source>
        <translation>Keine teilnehmende Person mit der ID, E-Mail-Adresse oder dem Namen „{text}“.</translation>
    </message>
    <message>
        <source>Several participants are called “{text}”: use an id ({ids}).</source>
        <translation>Mehrere Teilnehmende heißen „{text}“: Verwenden Sie eine ID ({ids}).</translation>
    </message>
    <message>
        <source>The cycle ends on {end}, within one meeting interval ({days} days) of {start}: the pairs would have one meeting at most.</source>
        <translation>Der Durchgang endet am {end}, weniger als einen Rhythmus ({days} Tage) nach dem {start}: Die Tandems hätten höchstens ein Treffen.</translation>
    </message>
    <message>
        <source>A new pair is proposed or active, not {status}.</source>
        <translation>Ein neues Tandem ist vorgeschlagen oder aktiv, nicht {status}.</translation>
    </message>
    <message>
        <source>{subject} cannot {change}.{hint}</source>
        <translation>{subject} kann nicht {change}.{hint}</translation>
    </message>
    <message>
        <source>The pair held a meeting on {held_on}, after that end date.</source>
        <translation>Das Tandem hatte am {held_on} ein Treffen, also nach diesem Enddatum.</translation>
    </message>
    <message>
        <source>{who} is archived: archived people cannot be paired (discard the proposal {mentor_name} – {mentee_name}).</source>
        <translation>{who} ist archiviert: Archivierte Personen können kein Tandem bilden (verwerfen Sie den Vorschlag {mentor_name} – {mentee_name}).</translation>
    </message>
    <message>
        <source>Only proposals of this cycle can be published or discarded together: {count} of those chosen are not.</source>
        <translation>Nur Vorschläge dieses Durchgangs lassen sich gemeinsam freigeben oder verwerfen: {count} der gewählten gehören nicht dazu.</translation>
    </message>
    <message>
        <source> Activate it first, or discard it.</source>
        <translation> Aktivieren Sie es zuerst oder verwerfen Sie es.</translation>
    </message>
    <message>
        <source>Give a reason for ending the pair early.</source>
        <translation>Geben Sie einen Grund für das vorzeitige Ende des Tandems an.</translation>
    </message>
    <message>
        <source>{full_name} is already this pair&apos;s mentor.</source>
        <translation>{full_name} ist bereits Mentor dieses Tandems.</translation>
    </message>
    <message>
        <source>Replaces {full_name} as mentor.</source>
        <translation>Ersetzt {full_name} als Mentor.</translation>
    </message>
    <message>
        <source>{subject} cannot be discarded: only a proposal can (end an active pair early instead).</source>
        <translation>{subject} kann nicht verworfen werden, nur ein Vorschlag (beenden Sie ein aktives Tandem stattdessen vorzeitig).</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>a signed agreement</source>
        <translation>eine unterzeichnete Tandemvereinbarung</translation>
    </message>
    <message>
        <source>The proposal {mentor} – {mentee} already has {value}: end it early instead of discarding it.</source>
        <translation>Zum Vorschlag {mentor} – {mentee} gibt es bereits {value}: Beenden Sie ihn vorzeitig, statt ihn zu verwerfen.</translation>
    </message>
    <message>
        <source>A proposed pair</source>
        <translation>Ein vorgeschlagenes Tandem</translation>
    </message>
    <message>
        <source>An active pair</source>
        <translation>Ein aktives Tandem</translation>
    </message>
    <message>
        <source>A completed pair</source>
        <translation>Ein abgeschlossenes Tandem</translation>
    </message>
    <message>
        <source>A pair that ended early</source>
        <translation>Ein vorzeitig beendetes Tandem</translation>
    </message>
    <message>
        <source>go back to proposed</source>
        <translation>wieder zum Vorschlag werden</translation>
    </message>
    <message>
        <source>become active</source>
        <translation>aktiv werden</translation>
    </message>
    <message>
        <source>be completed</source>
        <translation>abgeschlossen werden</translation>
    </message>
    <message>
        <source>end early</source>
        <translation>vorzeitig enden</translation>
    </message>
    <message>
        <source>The mentor and the mentee are the same person: a pair needs two people.</source>
        <translation>Mentor und Mentee sind dieselbe Person: Ein Tandem braucht zwei Personen.</translation>
    </message>
    <message>
        <source>That person is not in this pair.</source>
        <translation>Diese Person gehört nicht zu diesem Tandem.</translation>
    </message>
    <message>
        <source>{name} is a {held_role}, not a {role}: a pair&apos;s {role} must have the {role} role.</source>
        <translation>{name} hat die Rolle {held_role}, nicht {role}: Wer in einem Tandem {role} ist, muss die Rolle {role} haben.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date ({started_on}).</source>
        <translation>Das Enddatum kann nicht vor dem Startdatum ({started_on}) liegen.</translation>
    </message>
    <message>
        <source>No participant with id {participant_id}.</source>
        <translation>Keine teilnehmende Person mit der ID {participant_id}.</translation>
    </message>
    <message>
        <source>{upper} is {lower}&apos;s manager</source>
        <translation>{upper} ist die vorgesetzte Person von {lower}</translation>
    </message>
    <message>
        <source>{upper} is above {lower} in the reporting line</source>
        <translation>{upper} steht in der Berichtslinie über {lower}</translation>
    </message>
    <message>
        <source>{relation}: people in the same reporting line cannot be paired.</source>
        <translation>{relation}: Personen in derselben Berichtslinie können kein Tandem bilden.</translation>
    </message>
    <message>
        <source>{cycle_name} is closed: a closed cycle takes no new pairs.</source>
        <translation>{cycle_name} ist abgeschlossen: Ein abgeschlossener Durchgang nimmt keine neuen Tandems auf.</translation>
    </message>
    <message>
        <source>{name} is archived: archived people cannot be paired.</source>
        <translation>{name} ist archiviert: Archivierte Personen können kein Tandem bilden.</translation>
    </message>
    <message>
        <source>{name} and {name2} already have an open pair in {cycle_name}: the same two people are paired only once.</source>
        <translation>{name} und {name2} haben bereits ein offenes Tandem in {cycle_name}: Dieselben zwei Personen bilden nur einmal ein Tandem.</translation>
    </message>
    <message>
        <source>{name} already has 1 open pair in {cycle} and capacity for {capacity}.</source>
        <translation>{name} hat in {cycle} bereits 1 offenes Tandem bei einer Kapazität von {capacity}.</translation>
    </message>
    <message>
        <source>{name} already has {taken} open pairs in {cycle} and capacity for {capacity}.</source>
        <translation>{name} hat in {cycle} bereits {taken} offene Tandems bei einer Kapazität von {capacity}.</translation>
    </message>
    <message>
        <source>Role must be mentor (junior) or mentee (senior).</source>
        <translation>Die Rolle muss Mentor (Junior) oder Mentee (Senior) sein.</translation>
    </message>
    <message>
        <source>Level must be between {LEVEL_MIN} and {LEVEL_MAX}.</source>
        <translation>Die Ebene muss zwischen {LEVEL_MIN} und {LEVEL_MAX} liegen.</translation>
    </message>
    <message>
        <source>Work mode must be onsite, hybrid or remote.</source>
        <translation>Das Arbeitsmodell muss onsite, hybrid oder remote sein.</translation>
    </message>
    <message>
        <source>Capacity must be between {CAPACITY_MIN} and {CAPACITY_MAX} pairs.</source>
        <translation>Die Kapazität muss zwischen {CAPACITY_MIN} und {CAPACITY_MAX} Tandems liegen.</translation>
    </message>
    <message>
        <source>Employee ID {employee_id} is already used by {full_name}.</source>
        <translation>Die Personalnummer {employee_id} ist bereits an {full_name} vergeben.</translation>
    </message>
    <message>
        <source>{email} is already used by {full_name}.</source>
        <translation>{email} wird bereits von {full_name} verwendet.</translation>
    </message>
    <message>
        <source>The chosen manager no longer exists.</source>
        <translation>Die gewählte vorgesetzte Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{name} already has pairs as a {current_role}: the role cannot change.</source>
        <translation>{name} hat bereits Tandems als {current_role}: Die Rolle kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>{full_name} is in an open pair with {partner}: end the pair first (with a reason), then archive them.</source>
        <translation>{full_name} ist in einem offenen Tandem mit {partner}: Beenden Sie zuerst das Tandem (mit Begründung) und archivieren Sie die Person dann.</translation>
    </message>
    <message>
        <source>Topic fit</source>
        <translation>Themenpassung</translation>
    </message>
    <message>
        <source>Different department</source>
        <translation>Andere Abteilung</translation>
    </message>
    <message>
        <source>Availability overlap</source>
        <translation>Gemeinsame Verfügbarkeit</translation>
    </message>
    <message>
        <source>Work mode &amp; location</source>
        <translation>Arbeitsmodell und Standort</translation>
    </message>
    <message>
        <source>Level gap</source>
        <translation>Ebenenabstand</translation>
    </message>
    <message>
        <source>{criterion}: the weight must be zero or more.</source>
        <translation>{criterion}: Die Gewichtung muss null oder größer sein.</translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above zero.</source>
        <translation>Mindestens ein Kriterium braucht eine Gewichtung über null.</translation>
    </message>
    <message>
        <source>The minimum level gap is a whole number from {low} to {high}.</source>
        <translation>Der Mindestabstand der Ebenen ist eine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid email address.</source>
        <translation>„{text}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A meeting lasts 1 to {MEETING_MAX_MINUTES} minutes, not {minutes}.</source>
        <translation>Ein Treffen dauert 1 bis {MEETING_MAX_MINUTES} Minuten, nicht {minutes}.</translation>
    </message>
    <message>
        <source>Unknown language “{given}”: choose one of {choices}.</source>
        <translation>Unbekannte Sprache „{given}“: Wählen Sie eine von {choices}.</translation>
    </message>
    <message>
        <source>{head}, {tail}</source>
        <translation>{head}, {tail}</translation>
    </message>
    <message>
        <source>{head} and {tail}</source>
        <translation>{head} und {tail}</translation>
    </message>
    <message>
        <source>{head}; {tail}</source>
        <translation>{head}; {tail}</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>Programmkoordination</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>midpoint</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>final</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Berufseinstieg</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>Erfahrene Fachkraft</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Senior leader</source>
        <translation>Obere Führungskraft</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Two columns are the email: keep one, or --map the other to “”.</source>
        <translation>Zwei Spalten enthalten die E-Mail-Adresse: Behalten Sie eine und ignorieren Sie die andere (in der Befehlszeile: --map „Spalte=“).</translation>
    </message>
    <message>
        <source>Two columns are the timestamp: keep one, or --map the other to “”.</source>
        <translation>Zwei Spalten enthalten den Zeitstempel: Behalten Sie eine und ignorieren Sie die andere (in der Befehlszeile: --map „Spalte=“).</translation>
    </message>
    <message>
        <source>--map names “{header}”, which is not a column of the file.</source>
        <translation>--map nennt „{header}“, aber die Datei hat keine solche Spalte.</translation>
    </message>
    <message>
        <source>“{target}” is not something to fill; use one of: {targets}.</source>
        <translation>„{target}“ kann nicht gefüllt werden; verwenden Sie eines von: {targets}.</translation>
    </message>
    <message>
        <source>No e-mail column: say which column holds the addresses (on the command line: --map &quot;Header=email&quot;).</source>
        <translation>Keine E-Mail-Spalte: Geben Sie an, welche Spalte die Adressen enthält (in der Befehlszeile: --map &quot;Spalte=email&quot;).</translation>
    </message>
    <message>
        <source>No column is a question of the self-assessment.</source>
        <translation>Keine Spalte ist eine Frage der Selbsteinschätzung.</translation>
    </message>
    <message>
        <source>line {line}, “{header}”: {problem}</source>
        <translation>Zeile {line}, „{header}“: {problem}</translation>
    </message>
    <message>
        <source>row {line}, “{header}”: {problem}</source>
        <translation>Zeile {line}, „{header}“: {problem}</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>“{text}” is not yes, maybe or no.</source>
        <translation>„{text}“ ist weder Ja noch Vielleicht noch Nein.</translation>
    </message>
    <message>
        <source>a second, different take-part-again answer.</source>
        <translation>eine zweite, abweichende Antwort auf „erneut teilnehmen“.</translation>
    </message>
    <message>
        <source>“{text}” is not 1 to 5.</source>
        <translation>„{text}“ ist kein Wert von 1 bis 5.</translation>
    </message>
    <message>
        <source>a second, different satisfaction.</source>
        <translation>eine zweite, abweichende Zufriedenheit.</translation>
    </message>
    <message>
        <source>a second, different answer for {target}.</source>
        <translation>eine zweite, abweichende Antwort für {target}.</translation>
    </message>
    <message>
        <source>{name} answered more than once (lines {others} and {latest}): line {latest} is kept, the latest by its timestamp.</source>
        <translation>{name} hat mehrmals geantwortet (Zeilen {others} und {latest}): Zeile {latest} wird übernommen, laut Zeitstempel die neueste.</translation>
    </message>
    <message>
        <source>{name} answered more than once (lines {others} and {latest}): line {latest} is kept, the later in the file.</source>
        <translation>{name} hat mehrmals geantwortet (Zeilen {others} und {latest}): Zeile {latest} wird übernommen, die spätere in der Datei.</translation>
    </message>
    <message>
        <source>{name} answered more than once (rows {others} and {latest}): row {latest} is kept, the latest by its timestamp.</source>
        <translation>{name} hat mehrmals geantwortet (Zeilen {others} und {latest}): Zeile {latest} wird übernommen, laut Zeitstempel die neueste.</translation>
    </message>
    <message>
        <source>{name} answered more than once (rows {others} and {latest}): row {latest} is kept, the later in the file.</source>
        <translation>{name} hat mehrmals geantwortet (Zeilen {others} und {latest}): Zeile {latest} wird übernommen, die spätere in der Datei.</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>row {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>{email} is not in a pair of this cycle (check the address, or leave unknown addresses out).</source>
        <translation>{email} ist in keinem Tandem dieses Durchgangs (prüfen Sie die Adresse oder lassen Sie unbekannte Adressen aus).</translation>
    </message>
    <message>
        <source>no e-mail address.</source>
        <translation>keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{name} answered nothing.</source>
        <translation>{name} hat nichts beantwortet.</translation>
    </message>
    <message>
        <source>{name} is in {count} pairs of this cycle: their answers are saved for each.</source>
        <translation>{name} ist in {count} Tandems dieses Durchgangs: Die Antworten werden für jedes gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem, the first: {first}</source>
        <translation>Nichts wurde importiert: 1 Problem: {first}</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problems, the first: {first}</source>
        <translation>Nichts wurde importiert: {count} Probleme, das erste: {first}</translation>
    </message>
    <message>
        <source>{error} The database is as it was before.</source>
        <translation>{error} Die Programmdatei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>EndPairDialog</name>
    <message>
        <source>End pair early</source>
        <translation>Tandem vorzeitig beenden</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <source>Why the pair ends (required)</source>
        <translation>Warum das Tandem endet (Pflichtangabe)</translation>
    </message>
    <message>
        <source>&amp;Reason*</source>
        <translation>&amp;Grund*</translation>
    </message>
</context>
<context>
    <name>EndPairsDialog</name>
    <message>
        <source>Archive participant</source>
        <translation>Person archivieren</translation>
    </message>
    <message>
        <source>• with {0}, {1} ({2})</source>
        <translation>• mit {0}, {1} ({2})</translation>
    </message>
    <message>
        <source>{0} is still in an open pair:
{1}

Archiving them would leave the pair running with nobody to act on it. End it early first, then archive {0}; or cancel and leave everything as it is.</source>
        <translation>{0} ist noch in einem offenen Tandem:
{1}

Würde die Person archiviert, liefe das Tandem weiter, ohne dass jemand darin handeln kann. Beenden Sie es zuerst vorzeitig und archivieren Sie dann {0} – oder brechen Sie ab und lassen Sie alles, wie es ist.</translation>
    </message>
    <message>
        <source>e.g. left the organisation</source>
        <translation>z. B. hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <source>&amp;Why the pair ends early:</source>
        <translation>&amp;Grund für das vorzeitige Ende:</translation>
    </message>
    <message>
        <source>&amp;End the pair and archive</source>
        <translation>Tandem &amp;beenden und archivieren</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <source>Erase {0} from rmdesk?</source>
        <translation>{0} aus rmdesk löschen?</translation>
    </message>
    <message>
        <source>Their details, topics, notes, own assessments and fit-check answers and the goals they own are deleted, and every mention of their name or email is replaced by “[erased]”. Pairs they were in stay in the programme&apos;s statistics as “Erased participant”, without notes, agendas or reasons.

This cannot be undone. A backup is made first; it and {0} still hold their data — you can delete those afterwards.</source>
        <translation>Die Angaben der Person, ihre Themen, Notizen, eigenen Einschätzungen und Antworten zur Passung sowie die Ziele, die ihr gehören, werden gelöscht, und jede Erwähnung ihres Namens oder ihrer E-Mail-Adresse wird durch „[erased]“ ersetzt. Tandems der Person bleiben in der Statistik des Programms als „Erased participant“ erhalten, ohne Notizen, Tagesordnungen oder Begründungen.

Das lässt sich nicht rückgängig machen. Zuvor wird eine Sicherung erstellt; sie und {0} enthalten die Daten weiterhin – Sie können diese danach löschen.</translation>
    </message>
    <message>
        <source>the {0} backup already made</source>
        <translation>die {0} bereits erstellte Sicherung</translation>
    </message>
    <message>
        <source>the {0} backups already made</source>
        <translation>die {0} bereits erstellten Sicherungen</translation>
    </message>
    <message>
        <source>Type their full name to confirm:</source>
        <translation>Geben Sie zur Bestätigung den vollständigen Namen ein:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>EveryoneChoice</name>
    <message>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <source>No column gives the role. Everyone in this file is:</source>
        <translation>Keine Spalte enthält die Rolle. Alle in dieser Datei sind:</translation>
    </message>
    <message>
        <source>No column gives the level. Everyone&apos;s level is:</source>
        <translation>Keine Spalte enthält die Ebene. Alle haben die Ebene:</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Teilnehmende…</translation>
    </message>
    <message>
        <source>P&amp;airs…</source>
        <translation>T&amp;andems…</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>T&amp;reffen…</translation>
    </message>
    <message>
        <source>Meetings with private &amp;notes…</source>
        <translation>Treffen mit privaten &amp;Notizen…</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Ziele…</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Teilnehmende exportieren</translation>
    </message>
    <message>
        <source>Save participants as a CSV file for a spreadsheet</source>
        <translation>Teilnehmende als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Exporting participants…</source>
        <translation>Teilnehmende werden exportiert…</translation>
    </message>
    <message>
        <source>Export pairs</source>
        <translation>Tandems exportieren</translation>
    </message>
    <message>
        <source>Save pairs as a CSV file for a spreadsheet</source>
        <translation>Tandems als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Exporting pairs…</source>
        <translation>Tandems werden exportiert…</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Treffen exportieren</translation>
    </message>
    <message>
        <source>Save meetings as a CSV file for a spreadsheet</source>
        <translation>Treffen als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Exporting meetings…</source>
        <translation>Treffen werden exportiert…</translation>
    </message>
    <message>
        <source>Export goals</source>
        <translation>Ziele exportieren</translation>
    </message>
    <message>
        <source>Save goals as a CSV file for a spreadsheet</source>
        <translation>Ziele als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Exporting goals…</source>
        <translation>Ziele werden exportiert…</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>Teilnehmende &amp;importieren…</translation>
    </message>
    <message>
        <source>Add or update participants from a CSV file</source>
        <translation>Teilnehmende aus einer CSV-Datei hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;everything…</source>
        <translation>Alles &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every table in one JSON file</source>
        <translation>Alle Tabellen in einer JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Import e&amp;verything…</source>
        <translation>Alles imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Make a programme from a full export (a new file if this one holds data)</source>
        <translation>Ein Programm aus einem vollständigen Export erstellen (in einer neuen Datei, wenn diese schon Daten enthält)</translation>
    </message>
    <message>
        <source>Everything rmdesk holds about the selected participant, as a JSON file</source>
        <translation>Alles, was rmdesk über die gewählte teilnehmende Person speichert, als JSON-Datei</translation>
    </message>
    <message>
        <source>E&amp;xport this person&apos;s data…</source>
        <translation>Da&amp;ten dieser Person exportieren…</translation>
    </message>
    <message>
        <source>Erase this &amp;person…</source>
        <translation>Diese &amp;Person löschen…</translation>
    </message>
    <message>
        <source>Remove the selected participant everywhere (a data-protection request)</source>
        <translation>Die gewählte teilnehmende Person überall entfernen (auf Antrag nach Datenschutzrecht)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported {0} new and {1}{2}.</source>
        <translation>{0} neue und {1}{2} importiert.</translation>
    </message>
    <message>
        <source>{0} updated participant</source>
        <translation>{0} aktualisierte Person</translation>
    </message>
    <message>
        <source>{0} updated participants</source>
        <translation>{0} aktualisierte Personen</translation>
    </message>
    <message>
        <source> and {0} new topic</source>
        <translation> sowie {0} neues Thema</translation>
    </message>
    <message>
        <source> and {0} new topics</source>
        <translation> sowie {0} neue Themen</translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation>Alles importieren</translation>
    </message>
    <message>
        <source>rmdesk exports (*.json);;All files (*)</source>
        <translation>rmdesk-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported {0} row from {1}.</source>
        <translation>{0} Zeile aus {1} importiert.</translation>
    </message>
    <message>
        <source>Imported {0} rows from {1}.</source>
        <translation>{0} Zeilen aus {1} importiert.</translation>
    </message>
    <message>
        <source>Importing everything…</source>
        <translation>Alles wird importiert…</translation>
    </message>
    <message>
        <source>{0} already holds a programme, and an export is imported only into an empty one. Make a new programme file from {1}? {0} stays as it is.</source>
        <translation>{0} enthält bereits ein Programm, und ein Export wird nur in ein leeres importiert. Aus {1} eine neue Programmdatei erstellen? {0} bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;New programme file…</source>
        <translation>&amp;Neue Programmdatei…</translation>
    </message>
    <message>
        <source>New programme from an export</source>
        <translation>Neues Programm aus einem Export</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>rmdesk exports (*.json)</source>
        <translation>rmdesk-Exporte (*.json)</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Alles wird exportiert…</translation>
    </message>
    <message>
        <source>Exported {0} row to {1}.</source>
        <translation>{0} Zeile nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>{0} Zeilen nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} participant to {1}.</source>
        <translation>{0} teilnehmende Person nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} participants to {1}.</source>
        <translation>{0} Teilnehmende nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} pair to {1}.</source>
        <translation>{0} Tandem nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} pairs to {1}.</source>
        <translation>{0} Tandems nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} meeting to {1}.</source>
        <translation>{0} Treffen nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} meetings to {1}.</source>
        <translation>{0} Treffen nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} goal to {1}.</source>
        <translation>{0} Ziel nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Exported {0} goals to {1}.</source>
        <translation>{0} Ziele nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Wählen Sie zuerst eine teilnehmende Person aus.</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Daten dieser Person exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting {0}&apos;s data…</source>
        <translation>Daten von {0} werden exportiert…</translation>
    </message>
    <message>
        <source>Exported {0}&apos;s data to {1}.</source>
        <translation>Daten von {0} nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Erasing {0}…</source>
        <translation>{0} wird gelöscht…</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <source>Backups still hold their data</source>
        <translation>Sicherungen enthalten die Daten noch</translation>
    </message>
    <message>
        <source>{0} backup made before the erasure still holds {1}&apos;s data. Delete it now? A fresh backup of the current state is made first; without it you could not go back to any earlier state.</source>
        <translation>{0} vor der Löschung erstellte Sicherung enthält noch die Daten von {1}. Jetzt löschen? Zuvor wird eine neue Sicherung des aktuellen Stands erstellt; ohne sie könnten Sie zu keinem früheren Stand zurückkehren.</translation>
    </message>
    <message>
        <source>{0} backups made before the erasure still hold {1}&apos;s data. Delete them now? A fresh backup of the current state is made first; without it you could not go back to any earlier state.</source>
        <translation>{0} vor der Löschung erstellte Sicherungen enthalten noch die Daten von {1}. Jetzt löschen? Zuvor wird eine neue Sicherung des aktuellen Stands erstellt; ohne sie könnten Sie zu keinem früheren Stand zurückkehren.</translation>
    </message>
    <message>
        <source>Deleting older backups…</source>
        <translation>Ältere Sicherungen werden gelöscht…</translation>
    </message>
    <message>
        <source>Deleted {0} older backup; a fresh backup was made.</source>
        <translation>{0} ältere Sicherung gelöscht; eine neue Sicherung wurde erstellt.</translation>
    </message>
    <message>
        <source>Deleted {0} older backups; a fresh backup was made.</source>
        <translation>{0} ältere Sicherungen gelöscht; eine neue Sicherung wurde erstellt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stellenbezeichnung</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Manager (email, employee ID or name)</source>
        <translation>Vorgesetzte(r) (E-Mail, Personalnummer oder Name)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Topics offered</source>
        <translation>Angebotene Themen</translation>
    </message>
    <message>
        <source>Topics wanted</source>
        <translation>Gewünschte Themen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <source>Pairing fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>That pair has not held a meeting yet: the fit check comes after the first one. Choose a pair that has met.</source>
        <translation>Dieses Tandem hatte noch kein Treffen: Die Frage zur Passung kommt nach dem ersten. Wählen Sie ein Tandem, das sich schon getroffen hat.</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Tandem</translation>
    </message>
    <message>
        <source>Asked &amp;on</source>
        <translation>&amp;Gefragt am</translation>
    </message>
    <message>
        <source>Choose an answer for at least one of the two.</source>
        <translation>Wählen Sie für mindestens eine der beiden Personen eine Antwort.</translation>
    </message>
    <message>
        <source>Pairing fit saved for {0}: not a good fit, so the pair is on the attention list.</source>
        <translation>Passung für {0} gespeichert: passt nicht gut, daher steht das Tandem unter Handlungsbedarf.</translation>
    </message>
    <message>
        <source>Pairing fit saved for {0}.</source>
        <translation>Passung für {0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>FitModel</name>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentee (Senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (Junior)</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>The pair has met: ask how the pairing feels.</source>
        <translation>Das Tandem hat sich getroffen: Fragen Sie, wie gut es passt.</translation>
    </message>
    <message>
        <source>Not a good fit: the pair is on the attention list.</source>
        <translation>Passt nicht gut: Das Tandem steht unter Handlungsbedarf.</translation>
    </message>
</context>
<context>
    <name>FitPage</name>
    <message>
        <source>The pairing-fit check comes after a pair&apos;s first held meeting; no pair here has met yet.</source>
        <translation>Die Frage zur Passung kommt, sobald ein Tandem sein erstes Treffen hatte; hier hat sich noch kein Tandem getroffen.</translation>
    </message>
    <message>
        <source>{0} person to ask</source>
        <translation>{0} Person zu fragen</translation>
    </message>
    <message>
        <source>{0} people to ask</source>
        <translation>{0} Personen zu fragen</translation>
    </message>
    <message>
        <source>Everyone asked</source>
        <translation>Alle gefragt</translation>
    </message>
    <message>
        <source>{0} not a good fit</source>
        <translation>Passt nicht gut: {0}</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Tick one box per line: {0} = not at all, {1} = fully.</source>
        <translation>Kreuzen Sie pro Zeile ein Kästchen an: {0} = gar nicht, {1} = voll und ganz.</translation>
    </message>
    <message>
        <source>Tick one.</source>
        <translation>Bitte eines ankreuzen.</translation>
    </message>
    <message>
        <source>Tick any that apply.</source>
        <translation>Alles Zutreffende ankreuzen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>Im Tandem mit</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Reverse mentoring · {0}</source>
        <translation>Reverse Mentoring · {0}</translation>
    </message>
    <message>
        <source>Baseline self-assessment</source>
        <translation>Selbsteinschätzung zu Beginn</translation>
    </message>
    <message>
        <source>Midpoint self-assessment</source>
        <translation>Selbsteinschätzung zur Halbzeit</translation>
    </message>
    <message>
        <source>Final self-assessment</source>
        <translation>Selbsteinschätzung zum Abschluss</translation>
    </message>
    <message>
        <source>Please rate yourself on each line, give your overall satisfaction and add anything you want the coordinator to know. Your answers go to the coordinator only; reports show figures over groups, never one person&apos;s answers.</source>
        <translation>Bitte schätzen Sie sich in jeder Zeile ein, geben Sie Ihre Gesamtzufriedenheit an und ergänzen Sie, was die Programmkoordination wissen soll. Ihre Antworten sieht nur die Programmkoordination; Berichte zeigen Zahlen über Gruppen, nie die Antworten einer einzelnen Person.</translation>
    </message>
    <message>
        <source>Pairing-fit check</source>
        <translation>Passung im Tandem</translation>
    </message>
    <message>
        <source>After your first meeting: is this pairing working for you? Each person answers separately and the coordinator alone reads the answers, so say it as it is.</source>
        <translation>Nach Ihrem ersten Treffen: Passt dieses Tandem für Sie? Jede Person antwortet für sich, und nur die Programmkoordination liest die Antworten. Sagen Sie also offen, wie es ist.</translation>
    </message>
    <message>
        <source>Sign up for reverse mentoring</source>
        <translation>Anmeldung zum Reverse Mentoring</translation>
    </message>
    <message>
        <source>In reverse mentoring a junior colleague (the mentor) shares their knowledge and perspective with a senior colleague (the mentee), and learning goes both ways. Fill in this sheet and hand it to the coordinator.</source>
        <translation>Im Reverse Mentoring teilt eine Nachwuchskraft (Mentorin oder Mentor) ihr Wissen und ihre Sichtweise mit einer Führungskraft (Mentee), und beide lernen voneinander. Füllen Sie dieses Blatt aus und geben Sie es der Programmkoordination.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation>{0} bis {1} ({2})</translation>
    </message>
    <message>
        <source>one of</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>mentors</source>
        <translation>Mentorinnen und Mentoren</translation>
    </message>
    <message>
        <source>mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Work e-mail address</source>
        <translation>Geschäftliche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Overall satisfaction with the programme so far</source>
        <translation>Ihre bisherige Gesamtzufriedenheit mit dem Programm</translation>
    </message>
    <message>
        <source>Any comment for the coordinator</source>
        <translation>Ihr Kommentar für die Programmkoordination</translation>
    </message>
    <message>
        <source>Would you take part in the programme again?</source>
        <translation>Würden Sie erneut am Programm teilnehmen?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>take part again</source>
        <translation>erneut teilnehmen</translation>
    </message>
    <message>
        <source>{0} = not at all, {1} = fully</source>
        <translation>{0} = gar nicht, {1} = voll und ganz</translation>
    </message>
    <message>
        <source>Mentor (junior colleague)</source>
        <translation>Mentor (Nachwuchskraft)</translation>
    </message>
    <message>
        <source>Mentee (senior colleague)</source>
        <translation>Mentee (Führungskraft)</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>How is the pairing working for you?</source>
        <translation>Wie gut passt Ihr Tandem für Sie?</translation>
    </message>
    <message>
        <source>Anything the coordinator should know (kept private)</source>
        <translation>Was die Programmkoordination wissen sollte (wird vertraulich behandelt)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stellenbezeichnung</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>I would like to take part as</source>
        <translation>Ich möchte teilnehmen als</translation>
    </message>
    <message>
        <source>Topics I can offer (mentors)</source>
        <translation>Themen, die ich einbringen kann (als Mentorin oder Mentor)</translation>
    </message>
    <message>
        <source>Topics I want to learn about (mentees)</source>
        <translation>Themen, über die ich mehr erfahren möchte (als Mentee)</translation>
    </message>
    <message>
        <source>When I am usually available</source>
        <translation>Wann ich meist verfügbar bin</translation>
    </message>
    <message>
        <source>How I work</source>
        <translation>Wie ich arbeite</translation>
    </message>
</context>
<context>
    <name>FormsDialog</name>
    <message>
        <source>Forms</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Self-assessment, a page per person</source>
        <translation>Selbsteinschätzung, eine Seite je Person</translation>
    </message>
    <message>
        <source>Pairing-fit check, a page per person</source>
        <translation>Frage zur Passung, eine Seite je Person</translation>
    </message>
    <message>
        <source>Sign-up sheet (blank)</source>
        <translation>Anmeldebogen (leer)</translation>
    </message>
    <message>
        <source>PDF to print and hand out</source>
        <translation>PDF zum Drucken und Austeilen</translation>
    </message>
    <message>
        <source>Questions for an online form (CSV)</source>
        <translation>Fragen für ein Online-Formular (CSV)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Fragebogen:</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Durchgang:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>&amp;Als:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the form as</source>
        <translation>Fragebogen speichern unter</translation>
    </message>
    <message>
        <source>Create a cycle first: these forms are for its pairs.</source>
        <translation>Legen Sie zuerst einen Durchgang an: Diese Fragebögen sind für seine Tandems.</translation>
    </message>
    <message>
        <source>Choose where to save the form.</source>
        <translation>Wählen Sie, wo der Fragebogen gespeichert werden soll.</translation>
    </message>
    <message>
        <source>{0} is not a folder.</source>
        <translation>{0} ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <source>Templates suggest a title and a success measure for the owner and topic</source>
        <translation>Vorlagen schlagen einen Titel und ein Erfolgskriterium für die Person und das Thema vor</translation>
    </message>
    <message>
        <source>What will change, in a few words</source>
        <translation>Was sich ändern soll, in wenigen Worten</translation>
    </message>
    <message>
        <source>How we will know it happened</source>
        <translation>Woran wir erkennen, dass es erreicht ist</translation>
    </message>
    <message>
        <source>no target date</source>
        <translation>kein Zieldatum</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Tandem</translation>
    </message>
    <message>
        <source>&amp;Whose goal</source>
        <translation>&amp;Wessen Ziel</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>T&amp;itel*</translation>
    </message>
    <message>
        <source>&amp;How we will know</source>
        <translation>Woran wir es &amp;erkennen</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation>&amp;Zieldatum</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>This cycle has no proposed or active pair to set goals for.</source>
        <translation>Dieser Durchgang hat kein vorgeschlagenes oder aktives Tandem, für das sich Ziele setzen lassen.</translation>
    </message>
    <message>
        <source>Choose one to fill in the title and measure ({0})</source>
        <translation>Eine auswählen, um Titel und Erfolgskriterium auszufüllen ({0})</translation>
    </message>
    <message>
        <source>No template for this owner and topic</source>
        <translation>Keine Vorlage für diese Person und dieses Thema</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
</context>
<context>
    <name>GoalsOutcomeModel</name>
    <message>
        <source>By topic</source>
        <translation>Nach Thema</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;Add goal…	Ctrl+N</source>
        <translation>Ziel &amp;hinzufügen…	Strg+N</translation>
    </message>
    <message>
        <source>Add a goal for the mentee or the mentor</source>
        <translation>Ein Ziel für den Mentee oder den Mentor hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit goal…	Enter</source>
        <translation>Ziel &amp;bearbeiten…	Enter</translation>
    </message>
    <message>
        <source>Change the selected goal</source>
        <translation>Das gewählte Ziel ändern</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>&amp;Fortschritt erfassen…</translation>
    </message>
    <message>
        <source>Record where the selected goal stands</source>
        <translation>Erfassen, wo das gewählte Ziel steht</translation>
    </message>
    <message>
        <source>Mark ac&amp;hieved</source>
        <translation>Als e&amp;rreicht markieren</translation>
    </message>
    <message>
        <source>The selected goal is reached: 100 % today</source>
        <translation>Das gewählte Ziel ist erreicht: heute 100 %</translation>
    </message>
    <message>
        <source>&amp;Delete goal…	Del</source>
        <translation>Ziel &amp;löschen…	Entf</translation>
    </message>
    <message>
        <source>Delete the selected goal and its history</source>
        <translation>Das gewählte Ziel und seinen Verlauf löschen</translation>
    </message>
    <message>
        <source>&amp;Undo goal delete</source>
        <translation>&amp;Gelöschtes Ziel zurückholen</translation>
    </message>
    <message>
        <source>Put back the goal just deleted</source>
        <translation>Das gerade gelöschte Ziel zurückholen</translation>
    </message>
    <message>
        <source>Goal &amp;templates…</source>
        <translation>Ziel&amp;vorlagen…</translation>
    </message>
    <message>
        <source>Edit the suggested goals per topic</source>
        <translation>Die vorgeschlagenen Ziele je Thema bearbeiten</translation>
    </message>
    <message>
        <source>Enter a&amp;ssessment…</source>
        <translation>Einschätzung &amp;eintragen…</translation>
    </message>
    <message>
        <source>Enter a self-assessment from paper or a conversation</source>
        <translation>Eine Selbsteinschätzung von Papier oder aus einem Gespräch eintragen</translation>
    </message>
    <message>
        <source>Assessment di&amp;mensions…</source>
        <translation>&amp;Dimensionen der Einschätzung…</translation>
    </message>
    <message>
        <source>Edit what mentees and mentors rate themselves on</source>
        <translation>Bearbeiten, worin sich Mentees und Mentoren selbst einschätzen</translation>
    </message>
    <message>
        <source>Record pairing &amp;fit…</source>
        <translation>&amp;Passung erfassen…</translation>
    </message>
    <message>
        <source>Ask each person of a pair that has met whether the pairing fits</source>
        <translation>Jede Person eines Tandems, das sich getroffen hat, fragen, ob das Tandem passt</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>Tande&amp;m:</translation>
    </message>
    <message>
        <source>Goals by pair and owner</source>
        <translation>Ziele nach Tandem und Person</translation>
    </message>
    <message>
        <source>Each pair, then whose goal it is, then the goals with status and progress</source>
        <translation>Jedes Tandem, darunter wessen Ziel es ist, darunter die Ziele mit Status und Fortschritt</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Goal templates…</source>
        <translation>Zielvorlagen…</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <source>Learning goes both ways: the mentee sets goals (technology, social media, generational insight, inclusion) and so does the mentor (confidence with leaders, communication, a voice in the organisation). Add the first goal with Add goal (Ctrl+N); templates suggest a title and a measure per topic.</source>
        <translation>Lernen geht in beide Richtungen: Der Mentee setzt sich Ziele (Technologie, soziale Medien, Einblick in andere Generationen, Inklusion), der Mentor ebenso (Sicherheit im Umgang mit Führungskräften, Kommunikation, eine Stimme in der Organisation). Fügen Sie das erste Ziel mit „Ziel hinzufügen“ (Strg+N) hinzu; Vorlagen schlagen je Thema einen Titel und ein Erfolgskriterium vor.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>Pairing fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Noch kein Durchgang</translation>
    </message>
    <message>
        <source>Goals, assessments and check-ins belong to the pairs of a cycle. Create a cycle in the Pairs tab (Programme ▸ New cycle…), then form its pairs.</source>
        <translation>Ziele, Einschätzungen und Fragen zur Passung gehören zu den Tandems eines Durchgangs. Legen Sie im Reiter „Tandems“ einen Durchgang an (Programm ▸ Neuer Durchgang…) und bilden Sie dann seine Tandems.</translation>
    </message>
    <message>
        <source>No pairs in this cycle yet</source>
        <translation>Noch keine Tandems in diesem Durchgang</translation>
    </message>
    <message>
        <source>Goals are set per pair. Form pairs in the Pairs tab: Suggest matches (Ctrl+M) proposes pairs for everyone, New pair forms one by hand.</source>
        <translation>Ziele werden je Tandem gesetzt. Bilden Sie Tandems im Reiter „Tandems“: „Tandems vorschlagen“ (Strg+M) schlägt für alle Tandems vor, „Neues Tandem“ bildet eines von Hand.</translation>
    </message>
    <message>
        <source>All pairs ({0})</source>
        <translation>Alle Tandems ({0})</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} überfällig</translation>
    </message>
    <message>
        <source>no goals yet</source>
        <translation>noch keine Ziele</translation>
    </message>
    <message>
        <source>{0} in {1} · {2} achieved</source>
        <translation>{0} in {1} · {2} erreicht</translation>
    </message>
    <message>
        <source>{0} goal</source>
        <translation>{0} Ziel</translation>
    </message>
    <message>
        <source>{0} goals</source>
        <translation>{0} Ziele</translation>
    </message>
    <message>
        <source>{0} pair</source>
        <translation>{0} Tandem</translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation>{0} Tandems</translation>
    </message>
    <message>
        <source> · open a pair (→) or pick it above</source>
        <translation> · Tandem öffnen (→) oder oben auswählen</translation>
    </message>
    <message>
        <source>{0} ({1} overdue)</source>
        <translation>{0} ({1} überfällig)</translation>
    </message>
    <message>
        <source>{0} ({1} to ask)</source>
        <translation>{0} ({1} zu fragen)</translation>
    </message>
    <message>
        <source>Goal added: {0}</source>
        <translation>Ziel hinzugefügt: {0}</translation>
    </message>
    <message>
        <source>Goal saved.</source>
        <translation>Ziel gespeichert.</translation>
    </message>
    <message>
        <source>Progress recorded: {0} % on “{1}”.</source>
        <translation>Fortschritt erfasst: {0} % bei „{1}“.</translation>
    </message>
    <message>
        <source>Achieved: {0}</source>
        <translation>Erreicht: {0}</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete the goal “{0}” and its progress history? Undo (Ctrl+Z) puts it back.</source>
        <translation>Das Ziel „{0}“ und seinen Fortschrittsverlauf löschen? Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <source>&amp;Undo goal delete “{0}”</source>
        <translation>&amp;Gelöschtes Ziel „{0}“ zurückholen</translation>
    </message>
    <message>
        <source>Goal deleted: {0}. Ctrl+Z undoes it.</source>
        <translation>Ziel gelöscht: {0}. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Goal put back.</source>
        <translation>Ziel zurückgeholt.</translation>
    </message>
    <message>
        <source>Enter assessment</source>
        <translation>Einschätzung eintragen</translation>
    </message>
    <message>
        <source>Nobody owes an assessment yet: pairs must be active first.</source>
        <translation>Noch ist keine Einschätzung fällig: Tandems müssen zuerst aktiv sein.</translation>
    </message>
    <message>
        <source>Assessment dimensions saved.</source>
        <translation>Dimensionen der Einschätzung gespeichert.</translation>
    </message>
    <message>
        <source>The pairing-fit check comes after a pair&apos;s first held meeting; no pair of this cycle has met yet.</source>
        <translation>Die Frage zur Passung kommt, sobald ein Tandem sein erstes Treffen hatte; in diesem Durchgang hat sich noch kein Tandem getroffen.</translation>
    </message>
</context>
<context>
    <name>GoalsTreeModel</name>
    <message>
        <source>{0}/{1} achieved</source>
        <translation>{0}/{1} erreicht</translation>
    </message>
    <message>
        <source>no goals yet</source>
        <translation>noch keine Ziele</translation>
    </message>
    <message>
        <source>{0} dropped</source>
        <translation>{0} verworfen</translation>
    </message>
    <message>
        <source>mentee no goals yet, mentor {0}/{1} achieved</source>
        <translation>Mentee noch ohne Ziele, Mentor {0}/{1} erreicht</translation>
    </message>
    <message>
        <source>mentee {0}/{1} achieved, mentor no goals yet</source>
        <translation>Mentee {0}/{1} erreicht, Mentor noch ohne Ziele</translation>
    </message>
    <message>
        <source>mentee {0}/{1} achieved, mentor {2}/{3}</source>
        <translation>Mentee {0}/{1} erreicht, Mentor {2}/{3}</translation>
    </message>
    <message>
        <source>only dropped goals</source>
        <translation>nur verworfene Ziele</translation>
    </message>
    <message>
        <source>{0}: {1}&apos;s goals · {2}</source>
        <translation>{0}: Ziele von {1} · {2}</translation>
    </message>
    <message>
        <source>{0} · overdue</source>
        <translation>{0} · überfällig</translation>
    </message>
    <message>
        <source>How we will know: {0}</source>
        <translation>Woran wir es erkennen: {0}</translation>
    </message>
    <message>
        <source>Overdue: the target date {0} has passed and the goal is not achieved.</source>
        <translation>Überfällig: Das Zieldatum {0} ist verstrichen und das Ziel ist nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <source>Notes from our conversation</source>
        <translation>Notizen aus unserem Gespräch</translation>
    </message>
    <message>
        <source>Orientation sheet · {0}</source>
        <translation>Einführungsblatt · {0}</translation>
    </message>
    <message>
        <source>Conversation guide · {0}</source>
        <translation>Gesprächsleitfaden · {0}</translation>
    </message>
    <message>
        <source>This guide has no translation yet: here is the English text.</source>
        <translation>Dieser Leitfaden ist noch nicht übersetzt: Hier steht der englische Text.</translation>
    </message>
    <message>
        <source>For the junior mentor</source>
        <translation>Für die Mentorin oder den Mentor (Nachwuchskraft)</translation>
    </message>
    <message>
        <source>For the senior mentee</source>
        <translation>Für die oder den Mentee (Führungskraft)</translation>
    </message>
    <message>
        <source>Session pack: {0} and {1}</source>
        <translation>Tandem-Mappe: {0} und {1}</translation>
    </message>
    <message>
        <source>Session pack</source>
        <translation>Tandem-Mappe</translation>
    </message>
    <message>
        <source>{0} (junior mentor) and {1} (senior mentee) · {2}</source>
        <translation>{0} (Mentor, Nachwuchskraft) und {1} (Mentee, Führungskraft) · {2}</translation>
    </message>
    <message>
        <source>Everything for your meetings in one place: your goals, an orientation sheet for each of you, and a conversation guide for each of your topics. The guides are starting points, not scripts: use what helps.</source>
        <translation>Alles für Ihre Treffen an einem Ort: Ihre Ziele, ein Einführungsblatt für jede und jeden von Ihnen und ein Gesprächsleitfaden zu jedem Ihrer Themen. Die Leitfäden sind Anregungen, kein Drehbuch: Nutzen Sie, was Ihnen hilft.</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>In dieser Mappe</translation>
    </message>
    <message>
        <source>No guide yet for: {0}.</source>
        <translation>Noch kein Leitfaden für: {0}.</translation>
    </message>
    <message>
        <source>No topic guide: you have no goals with a topic and no topic in common yet. Your coordinator can print any topic&apos;s guide for you.</source>
        <translation>Kein Themenleitfaden: Sie haben noch keine Ziele mit Thema und kein gemeinsames Thema. Ihre Programmkoordination kann Ihnen den Leitfaden zu jedem Thema ausdrucken.</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Ihre Ziele</translation>
    </message>
    <message>
        <source>No goals recorded yet: set one or two each at your first meeting, and write them here.</source>
        <translation>Noch keine Ziele erfasst: Legen Sie bei Ihrem ersten Treffen jeweils ein oder zwei fest und notieren Sie sie hier.</translation>
    </message>
    <message>
        <source>whose</source>
        <translation>wessen</translation>
    </message>
    <message>
        <source>goal and how you will know</source>
        <translation>Ziel und woran Sie es erkennen</translation>
    </message>
    <message>
        <source>target</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
</context>
<context>
    <name>GuidesDialog</name>
    <message>
        <source>Guides for the pairs</source>
        <translation>Leitfäden für die Tandems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>## starts a section, - a bullet point; # lines are not printed.</source>
        <translation>## beginnt einen Abschnitt, - einen Aufzählungspunkt; Zeilen mit # werden nicht gedruckt.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Orientation: junior mentors</source>
        <translation>Einführungsblatt: Mentorinnen und Mentoren (Junior)</translation>
    </message>
    <message>
        <source>Orientation: senior mentees</source>
        <translation>Einführungsblatt: Mentees (Senior)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to “{0}”?</source>
        <translation>Möchten Sie Ihre Änderungen an „{0}“ speichern?</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Severity</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Example 1</source>
        <translation>Beispiel 1</translation>
    </message>
    <message>
        <source>Example 2</source>
        <translation>Beispiel 2</translation>
    </message>
    <message>
        <source>Example 3</source>
        <translation>Beispiel 3</translation>
    </message>
    <message>
        <source>Example 4</source>
        <translation>Beispiel 4</translation>
    </message>
    <message>
        <source>Example 5</source>
        <translation>Beispiel 5</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation>Ziel von</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation>Woran wir es erkennen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Pairs formed</source>
        <translation>Gebildete Tandems</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Stattgefundene Treffen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Erreichte Ziele</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Avg progress</source>
        <translation>Ø Fortschritt</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>n base</source>
        <translation>n Beginn</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>n final</source>
        <translation>n Abschluss</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>n both</source>
        <translation>n beide</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (Junior)</translation>
    </message>
    <message>
        <source>Mentor&apos;s department</source>
        <translation>Abteilung Mentor</translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentee (Senior)</translation>
    </message>
    <message>
        <source>Mentee&apos;s department</source>
        <translation>Abteilung Mentee</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Vereinbarung unterschrieben</translation>
    </message>
    <message>
        <source>Met / planned</source>
        <translation>Getroffen / geplant</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Active pair</source>
        <translation>Aktives Tandem</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stellenbezeichnung</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Offers / wants</source>
        <translation>Bietet / sucht</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants — {0}</source>
        <translation>Teilnehmende importieren — {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>Columns in the file: choose what each one is imported as (click “Imported as”). Columns marked (ignored) are not read.</source>
        <translation>Spalten der Datei: Wählen Sie, als was jede Spalte importiert wird (auf „Importiert als“ klicken). Als (ignoriert) markierte Spalten werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Each column of the file, what it is imported as and sample values</source>
        <translation>Jede Spalte der Datei, als was sie importiert wird, und Beispielwerte</translation>
    </message>
    <message>
        <source>Create these topics</source>
        <translation>Diese Themen anlegen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Columns in the file ({0} text, separated by “{1}”): choose what each one is imported as (click “Imported as”). Columns marked (ignored) are not read.</source>
        <translation>Spalten der Datei ({0}-Text, getrennt durch „{1}“): Wählen Sie, als was jede Spalte importiert wird (auf „Importiert als“ klicken). Als (ignoriert) markierte Spalten werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <source>{0} new · {1} updated · {2} unchanged</source>
        <translation>{0} neu · {1} aktualisiert · {2} unverändert</translation>
    </message>
    <message>
        <source>Topics rmdesk does not know yet: {0}.</source>
        <translation>Themen, die rmdesk noch nicht kennt: {0}.</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The columns cannot be imported as they are: choose what they are imported as above (the problems are listed below), or correct the file and import it again.</source>
        <translation>Die Spalten können so nicht importiert werden: Wählen Sie oben, als was sie importiert werden (die Probleme sind unten aufgeführt), oder korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>{0} problem in the worksheet, listed below with its row (the header is row 1) and column. Nothing will be imported until it is fixed in the file; then import it again.</source>
        <translation>{0} Problem im Tabellenblatt, unten mit Zeile (die Kopfzeile ist Zeile 1) und Spalte aufgeführt. Es wird nichts importiert, bis es in der Datei behoben ist; importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>{0} problems in the worksheet, listed below with their row (the header is row 1) and column. Nothing will be imported until they are fixed in the file; then import it again.</source>
        <translation>{0} Probleme im Tabellenblatt, unten mit Zeile (die Kopfzeile ist Zeile 1) und Spalte aufgeführt. Es wird nichts importiert, bis sie in der Datei behoben sind; importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>{0} problem in the file, listed below with its line (the header is line 1) and column. Nothing will be imported until it is fixed in the file; then import it again.</source>
        <translation>{0} Problem in der Datei, unten mit Zeile (die Kopfzeile ist Zeile 1) und Spalte aufgeführt. Es wird nichts importiert, bis es in der Datei behoben ist; importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>{0} problems in the file, listed below with their line (the header is line 1) and column. Nothing will be imported until they are fixed in the file; then import it again.</source>
        <translation>{0} Probleme in der Datei, unten mit Zeile (die Kopfzeile ist Zeile 1) und Spalte aufgeführt. Es wird nichts importiert, bis sie in der Datei behoben sind; importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Tick “Create these topics”, or correct their names in the file and import it again.</source>
        <translation>Haken Sie „Diese Themen anlegen“ an oder korrigieren Sie die Themennamen in der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Everyone in the file is already in rmdesk as it is: nothing to do.</source>
        <translation>Alle Personen in der Datei sind bereits genau so in rmdesk erfasst: Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>No problems found. Import adds and updates these people in one step, after a backup; people already in rmdesk are matched by employee ID, else by email.</source>
        <translation>Keine Probleme gefunden. Der Import legt diese Personen nach einer Sicherung in einem Schritt an bzw. aktualisiert sie; Personen, die bereits in rmdesk sind, werden über die Personalnummer erkannt, sonst über die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Teilnehmende werden importiert…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>the mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>Programmkoordination</translation>
    </message>
    <message>
        <source>Not a good fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <source>On a closed day</source>
        <translation>An einem Schließtag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Lange kein Treffen</translation>
    </message>
    <message>
        <source>No next meeting</source>
        <translation>Kein nächstes Treffen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentee (Senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (Junior)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>the baseline phase</source>
        <translation>die Phase „Beginn“</translation>
    </message>
    <message>
        <source>the midpoint phase</source>
        <translation>die Phase „Halbzeit“</translation>
    </message>
    <message>
        <source>the final phase</source>
        <translation>die Phase „Abschluss“</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Passt gut</translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation>Noch unentschieden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Topic fit</source>
        <translation>Themenpassung</translation>
    </message>
    <message>
        <source>Different department</source>
        <translation>Andere Abteilung</translation>
    </message>
    <message>
        <source>Availability overlap</source>
        <translation>Gemeinsame Verfügbarkeit</translation>
    </message>
    <message>
        <source>Work mode &amp; location</source>
        <translation>Arbeitsmodell und Standort</translation>
    </message>
    <message>
        <source>Level gap</source>
        <translation>Ebenenabstand</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US-Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>in Planung</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Berufseinstieg</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>Erfahrene Fachkraft</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Senior leader</source>
        <translation>Obere Führungskraft</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor (junior, shares)</source>
        <translation>Mentor (Junior, gibt Wissen weiter)</translation>
    </message>
    <message>
        <source>Mentee (senior, learns)</source>
        <translation>Mentee (Senior, lernt)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Wie das System ({0})</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Sprache des Fensters:</translation>
    </message>
    <message>
        <source>The window changes language the next time rmdesk starts. The language of agreements and reports is set in Documents &gt; Document settings.</source>
        <translation>Das Fenster wechselt die Sprache beim nächsten Start von rmdesk. Die Sprache von Vereinbarungen und Berichten legen Sie unter Dokumente &gt; Dokumenteinstellungen fest.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>P&amp;airs</source>
        <translation>T&amp;andems</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogramm</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>Datenbank &amp;prüfen…</translation>
    </message>
    <message>
        <source>Verify that the database file is healthy</source>
        <translation>Prüfen, ob die Datenbankdatei in Ordnung ist</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Save a verified copy in the backups folder</source>
        <translation>Eine geprüfte Kopie im Sicherungsordner speichern</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Go back to an earlier backup</source>
        <translation>Zu einer früheren Sicherung zurückkehren</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a verified copy of this programme where you choose</source>
        <translation>Eine geprüfte Kopie dieses Programms an einem Ort Ihrer Wahl speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>S&amp;prache…</translation>
    </message>
    <message>
        <source>Choose the language of the window</source>
        <translation>Sprache des Fensters wählen</translation>
    </message>
    <message>
        <source>Selected pa&amp;ir</source>
        <translation>A&amp;usgewähltes Tandem</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About rmdesk</source>
        <translation>&amp;Über rmdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source> C&amp;ycle: </source>
        <translation> Durch&amp;gang: </translation>
    </message>
    <message>
        <source>Demo programme ({0}) — rmdesk</source>
        <translation>Demo-Programm ({0}) — rmdesk</translation>
    </message>
    <message>
        <source>{0} — rmdesk</source>
        <translation>{0} — rmdesk</translation>
    </message>
    <message>
        <source>Demo programme: made-up people, in a file of its own ({0}). Your real programme is not open and nothing you do here reaches it.</source>
        <translation>Demo-Programm: erfundene Personen in einer eigenen Datei ({0}). Ihr echtes Programm ist nicht geöffnet, und nichts, was Sie hier tun, wirkt sich darauf aus.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Problems in this programme</source>
        <translation>Probleme in diesem Programm</translation>
    </message>
    <message>
        <source>&amp;Schedule meetings for this pair…</source>
        <translation>Treffen&amp;serie für dieses Tandem planen…</translation>
    </message>
    <message>
        <source>Add &amp;meeting for this pair…</source>
        <translation>&amp;Treffen für dieses Tandem hinzufügen…</translation>
    </message>
    <message>
        <source>Mark last meeting &amp;held</source>
        <translation>Letztes Treffen als statt&amp;gefunden markieren</translation>
    </message>
    <message>
        <source>{0} pair needs attention</source>
        <translation>{0} Tandem mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>{0} pairs need attention</source>
        <translation>{0} Tandems mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} archived</source>
        <translation>{0} · {1} · {2} archiviert</translation>
    </message>
    <message>
        <source>{0} mentor</source>
        <translation>{0} Mentor</translation>
    </message>
    <message>
        <source>{0} mentors</source>
        <translation>{0} Mentoren</translation>
    </message>
    <message>
        <source>{0} mentee</source>
        <translation>{0} Mentee</translation>
    </message>
    <message>
        <source>{0} mentees</source>
        <translation>{0} Mentees</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Datenbankprüfung</translation>
    </message>
    <message>
        <source>{0} found:
{1}</source>
        <translation>{0} gefunden:
{1}</translation>
    </message>
    <message>
        <source>Database check: {0} is healthy.</source>
        <translation>Datenbankprüfung: {0} ist in Ordnung.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Die Datenbank wird geprüft…</translation>
    </message>
    <message>
        <source>The window changes language the next time rmdesk starts.</source>
        <translation>Das Fenster wechselt die Sprache beim nächsten Start von rmdesk.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About rmdesk</source>
        <translation>Über rmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rmdesk {0}&lt;/h3&gt;&lt;p&gt;A desk for a reverse mentoring programme: juniors share what they know best with senior leaders, and both sides grow.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rmdesk {0}&lt;/h3&gt;&lt;p&gt;Ein Arbeitsplatz für ein Reverse-Mentoring-Programm: Nachwuchskräfte teilen ihr bestes Wissen mit Führungskräften, und beide Seiten wachsen daran.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben in einer Datei auf diesem Computer:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Number on a day: its meetings, in the colour of most ({0}); {1} on it: one was cancelled · {2} milestone · {3} closed day</source>
        <translation>Zahl an einem Tag: Anzahl der Treffen, in der Farbe des häufigsten Status ({0}); {1} am Tag: ein Treffen wurde abgesagt · {2} Meilenstein · {3} Schließtag</translation>
    </message>
    <message>
        <source>{0} meeting: {1}</source>
        <translation>{0} Treffen: {1}</translation>
    </message>
    <message>
        <source>{0} meetings: {1}</source>
        <translation>{0} Treffen: {1}</translation>
    </message>
    <message>
        <source>milestone: {0}</source>
        <translation>Meilenstein: {0}</translation>
    </message>
    <message>
        <source>closed: {0}</source>
        <translation>Schließtag: {0}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>Schließtag</translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation>keine Treffen</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Treffen bearbeiten</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Room, address or video link</source>
        <translation>Raum, Adresse oder Videolink</translation>
    </message>
    <message>
        <source>Private to you: never exported</source>
        <translation>Nur für Sie: wird nie exportiert</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Tandem</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>Private &amp;Notizen</translation>
    </message>
    <message>
        <source>This cycle has no pair to meet yet.</source>
        <translation>In diesem Durchgang gibt es noch kein Tandem, das sich treffen könnte.</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Schließtag</translation>
    </message>
    <message>
        <source>{0} is a closed day ({1}). Plan the meeting on it anyway?</source>
        <translation>{0} ist ein Schließtag ({1}). Das Treffen trotzdem an diesem Tag planen?</translation>
    </message>
    <message>
        <source>{0} is a closed day. Plan the meeting on it anyway?</source>
        <translation>{0} ist ein Schließtag. Das Treffen trotzdem an diesem Tag planen?</translation>
    </message>
    <message>
        <source>{0} &amp; {1}, {2} {3}–{4}</source>
        <translation>{0} &amp; {1}, {2} {3}–{4}</translation>
    </message>
    <message>
        <source>Overlapping meeting</source>
        <translation>Überschneidendes Treffen</translation>
    </message>
    <message>
        <source>It overlaps {0} meeting of this pair or its people:
{1}

Plan it anyway?</source>
        <translation>Dieses Treffen überschneidet sich mit {0} Treffen des Tandems oder seiner Personen:
{1}

Trotzdem planen?</translation>
    </message>
    <message>
        <source>It overlaps {0} meetings of this pair or its people:
{1}

Plan it anyway?</source>
        <translation>Dieses Treffen überschneidet sich mit {0} Treffen des Tandems oder seiner Personen:
{1}

Trotzdem planen?</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation>Meilenstein {0}</translation>
    </message>
    <message>
        <source>Date of milestone {0}</source>
        <translation>Datum von Meilenstein {0}</translation>
    </message>
</context>
<context>
    <name>NewPairDialog</name>
    <message>
        <source>New pair</source>
        <translation>Neues Tandem</translation>
    </message>
    <message>
        <source>M&amp;entee (senior)</source>
        <translation>M&amp;entee (Senior)</translation>
    </message>
    <message>
        <source>&amp;Mentor (junior)</source>
        <translation>&amp;Mentor (Junior)</translation>
    </message>
    <message>
        <source>Also show mentors they were &amp;paired with before</source>
        <translation>Auch Mentoren zeigen, mit denen bereits ein &amp;Tandem bestand</translation>
    </message>
    <message>
        <source>Everyone is already paired in this cycle: no free mentor or mentee.</source>
        <translation>In diesem Durchgang sind bereits alle in einem Tandem: kein freier Mentor und kein freier Mentee.</translation>
    </message>
    <message>
        <source>No free mentor can be paired with this mentee.</source>
        <translation>Kein freier Mentor kann mit diesem Mentee ein Tandem bilden.</translation>
    </message>
    <message>
        <source>Choose a mentor from the list.</source>
        <translation>Wählen Sie einen Mentor aus der Liste.</translation>
    </message>
    <message>
        <source>Pair again?</source>
        <translation>Erneut ein Tandem bilden?</translation>
    </message>
    <message>
        <source>{0}

Pair them again anyway?</source>
        <translation>{0}

Trotzdem erneut ein Tandem bilden?</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentee (Senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (Junior)</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Passt gut</translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation>Noch unentschieden</translation>
    </message>
    <message>
        <source>Not a good fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>{0} of {1} · {2}</source>
        <translation>{0} von {1} · {2}</translation>
    </message>
    <message>
        <source>{1} of {2} scheduled meeting</source>
        <translation>{1} von {2} geplanten Treffen</translation>
    </message>
    <message>
        <source>{1} of {2} scheduled meetings</source>
        <translation>{1} von {2} geplanten Treffen</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>Goals (set excludes dropped; rate = achieved / set)</source>
        <translation>Ziele (gesetzt ohne verworfene; Quote = erreicht / gesetzt)</translation>
    </message>
    <message>
        <source>Self-assessments (scores 1–5)</source>
        <translation>Selbsteinschätzungen (Werte 1–5)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5, each person&apos;s latest answer)</source>
        <translation>Zufriedenheit (1–5, jeweils die letzte Antwort jeder Person)</translation>
    </message>
    <message>
        <source>Pairing fit (people)</source>
        <translation>Passung (Personen)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Tandems</translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>The figures, tab-separated, to the clipboard</source>
        <translation>Die Zahlen tabulatorgetrennt in die Zwischenablage</translation>
    </message>
    <message>
        <source>End-of-cycle report…</source>
        <translation>Abschlussbericht…</translation>
    </message>
    <message>
        <source>The cycle&apos;s outcomes as a PDF, for leadership</source>
        <translation>Die Ergebnisse des Durchgangs als PDF, für die Leitungsebene</translation>
    </message>
    <message>
        <source>Change = the mean of each person&apos;s own difference (final − baseline) over the “n both” people who have both scores, so people who joined or left halfway do not bias it.</source>
        <translation>Veränderung = Mittelwert der eigenen Differenz jeder Person (Abschluss − Beginn) über die „n beide“ Personen, die beide Werte haben; so verzerren Personen, die zwischendurch hinzukamen oder ausschieden, das Ergebnis nicht.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>Choose a cycle in the toolbar to see its outcomes.</source>
        <translation>Wählen Sie in der Symbolleiste einen Durchgang, um seine Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} to {2} · the whole cycle, every pair</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} bis {2} · der ganze Durchgang, alle Tandems</translation>
    </message>
    <message>
        <source> {0} proposed pair waits to be started.</source>
        <translation> {0} vorgeschlagenes Tandem wartet auf den Start.</translation>
    </message>
    <message>
        <source> {0} proposed pairs wait to be started.</source>
        <translation> {0} vorgeschlagene Tandems warten auf den Start.</translation>
    </message>
    <message>
        <source>No outcomes yet: no pair of this cycle has started.{0} Figures appear here once pairs are active: meetings held, goals set and achieved, self-assessments and pairing-fit answers.</source>
        <translation>Noch keine Ergebnisse: Kein Tandem dieses Durchgangs hat begonnen.{0} Zahlen erscheinen hier, sobald Tandems aktiv sind: stattgefundene Treffen, gesetzte und erreichte Ziele, Selbsteinschätzungen und Antworten zur Passung.</translation>
    </message>
    <message>
        <source>Outcomes of {0} ({1} to {2})</source>
        <translation>Ergebnisse von {0} ({1} bis {2})</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation>Seiten des Dokuments</translation>
    </message>
</context>
<context>
    <name>PairDetailDialog</name>
    <message>
        <source>About this pair</source>
        <translation>Über dieses Tandem</translation>
    </message>
    <message>
        <source>Agreement &amp;signed on</source>
        <translation>Vereinbarung &amp;unterschrieben am</translation>
    </message>
    <message>
        <source>Day the agreement was signed</source>
        <translation>Tag der Unterzeichnung der Vereinbarung</translation>
    </message>
    <message>
        <source>Save &amp;date</source>
        <translation>&amp;Datum speichern</translation>
    </message>
    <message>
        <source>Pair: {0} &amp; {1}</source>
        <translation>Tandem: {0} &amp; {1}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mentor (junior): {0}{1}&lt;br&gt;Mentee (senior): {2}{3}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mentor (Junior): {0}{1}&lt;br&gt;Mentee (Senior): {2}{3}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} · {1}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} · {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Started {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Begonnen am {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ended {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beendet am {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Why it ended: {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Grund für das Ende: {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The match&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Die Zuordnung&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No score was kept for this pair.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für dieses Tandem wurde keine Punktzahl gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Score {0:.0f} of 100 when it was proposed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0:.0f} von 100 Punkten beim Vorschlag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} held · {1} planned · {2} cancelled · {3} missed&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} stattgefunden · {1} geplant · {2} abgesagt · {3} ausgefallen&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancelled: {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abgesagt: {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meetings&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Treffen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Every meeting&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Alle Treffen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Goals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ziele&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No goals yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Ziele.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;{0} — {1}, {2} %&lt;/li&gt;</source>
        <translation>&lt;li&gt;{0} — {1}, {2} %&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pairing fit&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Passung&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nobody has answered yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch niemand hat geantwortet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;{0}: {1} on {2}{3}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{0}: {1} am {2}{3}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assessments done&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Erfolgte Einschätzungen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, satisfaction {0} of 5</source>
        <translation>, Zufriedenheit {0} von 5</translation>
    </message>
    <message>
        <source>&lt;li&gt;{0} (before rmdesk kept a history)&lt;/li&gt;</source>
        <translation>&lt;li&gt;{0} (bevor rmdesk einen Verlauf führte)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;History&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Verlauf&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Proposed, replacing {0}</source>
        <translation>Vorgeschlagen, als Ersatz für {0}</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Vereinbarung unterschrieben</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early: {0}</source>
        <translation>Vorzeitig beendet: {0}</translation>
    </message>
    <message>
        <source>Mentor replaced by {0}</source>
        <translation>Mentor ersetzt durch {0}</translation>
    </message>
    <message>
        <source>Saved: signed on {0}.</source>
        <translation>Gespeichert: unterschrieben am {0}.</translation>
    </message>
    <message>
        <source>Saved: not signed.</source>
        <translation>Gespeichert: nicht unterschrieben.</translation>
    </message>
</context>
<context>
    <name>Pairs</name>
    <message>
        <source> ({0} free)</source>
        <translation> ({0} frei)</translation>
    </message>
    <message>
        <source>{0} mentors {1}</source>
        <translation>Mentor {0}, Mentee {1}</translation>
    </message>
    <message>
        <source>Why this pair:</source>
        <translation>Warum dieses Tandem:</translation>
    </message>
    <message>
        <source>Ended: {0}</source>
        <translation>Beendet: {0}</translation>
    </message>
</context>
<context>
    <name>PairsOutcomeModel</name>
    <message>
        <source>Formed (started)</source>
        <translation>Gebildet (begonnen)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Noch aktiv</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Proposed, not started</source>
        <translation>Vorgeschlagen, nicht begonnen</translation>
    </message>
</context>
<context>
    <name>PairsTab</name>
    <message>
        <source>New &amp;cycle…</source>
        <translation>Neuer &amp;Durchgang…</translation>
    </message>
    <message>
        <source>Start a new programme cycle</source>
        <translation>Einen neuen Programmdurchgang anlegen</translation>
    </message>
    <message>
        <source>Edit c&amp;ycle…</source>
        <translation>Durchgang &amp;ändern…</translation>
    </message>
    <message>
        <source>Change the cycle&apos;s name, dates and meeting rhythm</source>
        <translation>Name, Daten und Rhythmus der Treffen des Durchgangs ändern</translation>
    </message>
    <message>
        <source>&amp;Start cycle</source>
        <translation>Durchgang &amp;starten</translation>
    </message>
    <message>
        <source>Mark the cycle as running</source>
        <translation>Den Durchgang als laufend markieren</translation>
    </message>
    <message>
        <source>Cl&amp;ose cycle</source>
        <translation>Durchgang &amp;abschließen</translation>
    </message>
    <message>
        <source>Mark the cycle as finished; it takes no new pairs</source>
        <translation>Den Durchgang als beendet markieren; er nimmt keine neuen Tandems mehr auf</translation>
    </message>
    <message>
        <source>New &amp;pair…</source>
        <translation>&amp;Neues Tandem…</translation>
    </message>
    <message>
        <source>Pair a mentor and a mentee by hand</source>
        <translation>Mentor und Mentee von Hand zu einem Tandem zusammenstellen</translation>
    </message>
    <message>
        <source>S&amp;uggest matches…</source>
        <translation>Tandems &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Propose the best pairs for everyone unpaired</source>
        <translation>Die besten Tandems für alle vorschlagen, die noch in keinem Tandem sind</translation>
    </message>
    <message>
        <source>Pu&amp;blish proposed pairs</source>
        <translation>Vorgeschlagene Tandems &amp;freigeben</translation>
    </message>
    <message>
        <source>Turn every proposed pair into an active one</source>
        <translation>Alle vorgeschlagenen Tandems aktiv setzen</translation>
    </message>
    <message>
        <source>Publish se&amp;lected</source>
        <translation>Aus&amp;wahl freigeben</translation>
    </message>
    <message>
        <source>The selected proposals become active pairs and start meeting</source>
        <translation>Die ausgewählten Vorschläge werden aktive Tandems und beginnen mit ihren Treffen</translation>
    </message>
    <message>
        <source>&amp;Complete pair</source>
        <translation>Tandem &amp;abschließen</translation>
    </message>
    <message>
        <source>The pair finished the cycle</source>
        <translation>Das Tandem hat den Durchgang abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;End pair early…</source>
        <translation>Tandem vorzeitig &amp;beenden…</translation>
    </message>
    <message>
        <source>End the pair before the cycle ends</source>
        <translation>Das Tandem vor dem Ende des Durchgangs beenden</translation>
    </message>
    <message>
        <source>&amp;Replace mentor…</source>
        <translation>Mentor &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Give the mentee another mentor</source>
        <translation>Dem Mentee einen anderen Mentor zuordnen</translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation>Auswahl ve&amp;rwerfen</translation>
    </message>
    <message>
        <source>Remove the selected proposals nobody acted on</source>
        <translation>Die ausgewählten Vorschläge entfernen, die noch niemand umgesetzt hat</translation>
    </message>
    <message>
        <source>Agreement si&amp;gned today</source>
        <translation>Vereinbarung heute &amp;unterschrieben</translation>
    </message>
    <message>
        <source>Record that the pairing agreement was signed today</source>
        <translation>Festhalten, dass die Tandemvereinbarung heute unterschrieben wurde</translation>
    </message>
    <message>
        <source>Pair de&amp;tails…</source>
        <translation>Tandem-&amp;Details…</translation>
    </message>
    <message>
        <source>The pair&apos;s match, meetings, goals, answers, agreement and history</source>
        <translation>Zuordnung, Treffen, Ziele, Antworten, Vereinbarung und Verlauf des Tandems</translation>
    </message>
    <message>
        <source>Filter pairs by name, department, status…</source>
        <translation>Tandems filtern nach Name, Abteilung, Status…</translation>
    </message>
    <message>
        <source>Filter pairs</source>
        <translation>Tandems filtern</translation>
    </message>
    <message>
        <source>Pairs of the cycle</source>
        <translation>Tandems des Durchgangs</translation>
    </message>
    <message>
        <source>Enter opens the selected pair&apos;s detail; several proposals can be selected</source>
        <translation>Die Eingabetaste öffnet die Einzelheiten des gewählten Tandems; mehrere Vorschläge lassen sich zusammen auswählen</translation>
    </message>
    <message>
        <source>Unpaired mentors</source>
        <translation>Mentoren ohne Tandem</translation>
    </message>
    <message>
        <source>Unpaired mentees</source>
        <translation>Mentees ohne Tandem</translation>
    </message>
    <message>
        <source>Enter on a mentee starts a new pair for them</source>
        <translation>Die Eingabetaste auf einem Mentee bildet ein neues Tandem für diese Person</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>Neuer Durchgang…</translation>
    </message>
    <message>
        <source>No programme cycle yet</source>
        <translation>Noch kein Programmdurchgang</translation>
    </message>
    <message>
        <source>A cycle is one run of the programme, typically nine months. Create one, then pair its mentors and mentees by hand or let rmdesk suggest the best pairs for everyone at once.</source>
        <translation>Ein Durchgang ist eine Runde des Programms, typischerweise neun Monate. Legen Sie einen an und bilden Sie dann die Tandems von Hand, oder lassen Sie rmdesk für alle Mentorinnen, Mentoren und Mentees auf einmal die besten Tandems vorschlagen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} to {2} · {3} · meetings every {4}, {5} min&lt;br&gt;{6}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} bis {2} · {3} · Rhythmus: {4}, {5} Min.&lt;br&gt;{6}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>alle {0} Tage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unpaired mentees&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Mentees ohne Tandem&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unpaired mentors&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Mentoren ohne Tandem&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>No pairs yet. Suggest matches (Ctrl+M) proposes the best pairs for the whole cohort; New pair forms one by hand.</source>
        <translation>Noch keine Tandems. „Tandems vorschlagen“ (Strg+M) schlägt die besten Tandems für den ganzen Jahrgang vor; „Neues Tandem“ bildet eines von Hand.</translation>
    </message>
    <message>
        <source>Proposed pairs become active when you publish them.</source>
        <translation>Vorgeschlagene Tandems werden aktiv, sobald Sie sie freigeben.</translation>
    </message>
    <message>
        <source>{0} active pair</source>
        <translation>{0} aktives Tandem</translation>
    </message>
    <message>
        <source>{0} active pairs</source>
        <translation>{0} aktive Tandems</translation>
    </message>
    <message>
        <source>{0} proposed pair</source>
        <translation>{0} vorgeschlagenes Tandem</translation>
    </message>
    <message>
        <source>{0} proposed pairs</source>
        <translation>{0} vorgeschlagene Tandems</translation>
    </message>
    <message>
        <source>{0} completed pair</source>
        <translation>{0} abgeschlossenes Tandem</translation>
    </message>
    <message>
        <source>{0} completed pairs</source>
        <translation>{0} abgeschlossene Tandems</translation>
    </message>
    <message>
        <source>{0} pair ended early</source>
        <translation>{0} Tandem vorzeitig beendet</translation>
    </message>
    <message>
        <source>{0} pairs ended early</source>
        <translation>{0} Tandems vorzeitig beendet</translation>
    </message>
    <message>
        <source>Created cycle {0}.</source>
        <translation>Durchgang {0} angelegt.</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Mark this cycle as running?</source>
        <translation>Diesen Durchgang als laufend markieren?</translation>
    </message>
    <message>
        <source>Close this cycle? A closed cycle takes no new pairs.</source>
        <translation>Diesen Durchgang abschließen? Ein abgeschlossener Durchgang nimmt keine neuen Tandems auf.</translation>
    </message>
    <message>
        <source>Pair proposed.</source>
        <translation>Tandem vorgeschlagen.</translation>
    </message>
    <message>
        <source>{0} pair proposed. Publish it when everyone agrees.</source>
        <translation>{0} Tandem vorgeschlagen. Geben Sie es frei, wenn alle einverstanden sind.</translation>
    </message>
    <message>
        <source>{0} pairs proposed. Publish them when everyone agrees.</source>
        <translation>{0} Tandems vorgeschlagen. Geben Sie sie frei, wenn alle einverstanden sind.</translation>
    </message>
    <message>
        <source>Make the {0} proposed pair active from {1}?</source>
        <translation>{0} vorgeschlagenes Tandem ab {1} aktiv setzen?</translation>
    </message>
    <message>
        <source>Make all {0} proposed pairs active from {1}?</source>
        <translation>Alle {0} vorgeschlagenen Tandems ab {1} aktiv setzen?</translation>
    </message>
    <message>
        <source>Make the selected proposal active from {1}?</source>
        <translation>Den ausgewählten Vorschlag ab {1} aktiv setzen?</translation>
    </message>
    <message>
        <source>Make the {0} selected proposals active from {1}?</source>
        <translation>Die {0} ausgewählten Vorschläge ab {1} aktiv setzen?</translation>
    </message>
    <message>
        <source>Publish pairs</source>
        <translation>Tandems freigeben</translation>
    </message>
    <message>
        <source>{0} pair published.</source>
        <translation>{0} Tandem freigegeben.</translation>
    </message>
    <message>
        <source>{0} pairs published.</source>
        <translation>{0} Tandems freigegeben.</translation>
    </message>
    <message>
        <source>Pair completed.</source>
        <translation>Tandem abgeschlossen.</translation>
    </message>
    <message>
        <source>Agreement recorded as signed on {0}.</source>
        <translation>Vereinbarung als am {0} unterschrieben erfasst.</translation>
    </message>
    <message>
        <source>Discard the proposal {0} – {1}?</source>
        <translation>Den Vorschlag {0} – {1} verwerfen?</translation>
    </message>
    <message>
        <source>Discard the {0} selected proposals?</source>
        <translation>Die {0} ausgewählten Vorschläge verwerfen?</translation>
    </message>
    <message>
        <source>Discard proposals</source>
        <translation>Vorschläge verwerfen</translation>
    </message>
    <message>
        <source>{0} proposal discarded.</source>
        <translation>{0} Vorschlag verworfen.</translation>
    </message>
    <message>
        <source>{0} proposals discarded.</source>
        <translation>{0} Vorschläge verworfen.</translation>
    </message>
    <message>
        <source>Pair ended; both people are free again.</source>
        <translation>Tandem beendet; beide Personen sind wieder frei.</translation>
    </message>
    <message>
        <source>Mentor replaced; the new pair is proposed.</source>
        <translation>Mentor ersetzt; das neue Tandem ist vorgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Full name, as they like to be called</source>
        <translation>Vollständiger Name, so wie die Person angesprochen werden möchte</translation>
    </message>
    <message>
        <source>optional, e.g. ana.silva@example.org</source>
        <translation>optional, z. B. ana.silva@example.org</translation>
    </message>
    <message>
        <source>optional: the HR system&apos;s, matches this person on re-import</source>
        <translation>optional: aus dem HR-System (Abgleich beim Import)</translation>
    </message>
    <message>
        <source>Mentor: junior, shares what they know</source>
        <translation>Mentor: Nachwuchskraft, gibt Wissen weiter</translation>
    </message>
    <message>
        <source>Mentee: senior leader, learns</source>
        <translation>Mentee: Führungskraft, lernt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>How many pairs this person can be in at once</source>
        <translation>In wie vielen Tandems diese Person gleichzeitig sein kann</translation>
    </message>
    <message>
        <source>Tick topics; drag to put the most important first</source>
        <translation>Themen anhaken; das wichtigste nach oben ziehen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>&amp;Name*</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>Employee &amp;ID</source>
        <translation>&amp;Personalnummer</translation>
    </message>
    <message>
        <source>&amp;Role*</source>
        <translation>&amp;Rolle*</translation>
    </message>
    <message>
        <source>&amp;Level*</source>
        <translation>&amp;Ebene*</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Stellenbezeichnung</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Loc&amp;ation</source>
        <translation>Stand&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Work mode</source>
        <translation>Arbeitsmo&amp;dell</translation>
    </message>
    <message>
        <source>Available on</source>
        <translation>Verfügbar an</translation>
    </message>
    <message>
        <source>Ca&amp;pacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <source>&amp;Consent given on</source>
        <translation>Einw&amp;illigung am</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Offers topic&amp;s</source>
        <translation>&amp;Bietet Themen</translation>
    </message>
    <message>
        <source>Wants topic&amp;s</source>
        <translation>S&amp;ucht Themen</translation>
    </message>
    <message>
        <source>Could not save ({0}). Nothing was written and your entries are still here: free some disk space or check the folder, then press Save again.</source>
        <translation>Speichern nicht möglich ({0}). Es wurde nichts geschrieben, und Ihre Eingaben sind noch da: Geben Sie Speicherplatz frei oder prüfen Sie den Ordner und klicken Sie dann erneut auf „Speichern“.</translation>
    </message>
</context>
<context>
    <name>ParticipantHistory</name>
    <message>
        <source>Cycles and partners</source>
        <translation>Durchgänge und Tandempartner</translation>
    </message>
    <message>
        <source>Not paired in any cycle yet.</source>
        <translation>Noch in keinem Durchgang in einem Tandem.</translation>
    </message>
    <message>
        <source>mentor of {0}</source>
        <translation>Mentor von {0}</translation>
    </message>
    <message>
        <source>mentee of {0}</source>
        <translation>Mentee von {0}</translation>
    </message>
    <message>
        <source>would take part again: {0}</source>
        <translation>würde erneut teilnehmen: {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>offers: {0}</source>
        <translation>bietet: {0}</translation>
    </message>
    <message>
        <source>wants: {0}</source>
        <translation>sucht: {0}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Bietet</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Möchte lernen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stellenbezeichnung</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>{0} pair</source>
        <translation>{0} Tandem</translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation>{0} Tandems</translation>
    </message>
    <message>
        <source>Active pair</source>
        <translation>Aktives Tandem</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>&amp;New participant…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <source>Add a person to the programme</source>
        <translation>Eine Person zum Programm hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit participant…	Enter</source>
        <translation>Person &amp;bearbeiten…	Enter</translation>
    </message>
    <message>
        <source>Edit the selected participant</source>
        <translation>Die ausgewählte Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete or archive…	Del</source>
        <translation>&amp;Löschen oder archivieren…	Entf</translation>
    </message>
    <message>
        <source>Delete the selected participant, or archive them if they have pair history</source>
        <translation>Die ausgewählte Person löschen oder, falls sie schon in Tandems war, archivieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete / archive</source>
        <translation>Löschen / archivieren</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>Aus dem Archiv zurück&amp;holen</translation>
    </message>
    <message>
        <source>Bring an archived participant back into the programme</source>
        <translation>Eine archivierte Person wieder ins Programm aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Put back what was just removed</source>
        <translation>Das gerade Entfernte wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the participants list</source>
        <translation>Die Liste der Teilnehmenden filtern</translation>
    </message>
    <message>
        <source>Filter by name, department, topic, email, employee ID… (Ctrl+F)</source>
        <translation>Filtern nach Name, Abteilung, Thema, E-Mail, Personalnummer… (Strg+F)</translation>
    </message>
    <message>
        <source>Filter participants</source>
        <translation>Teilnehmende filtern</translation>
    </message>
    <message>
        <source>Shows only the people whose name, department, topics, email or ID match</source>
        <translation>Zeigt nur die Personen, deren Name, Abteilung, Themen, E-Mail-Adresse oder Personalnummer passen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Mentors (junior)</source>
        <translation>Mentoren (Junior)</translation>
    </message>
    <message>
        <source>Mentees (senior)</source>
        <translation>Mentees (Senior)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Not paired in this cycle</source>
        <translation>Ohne Tandem in diesem Durchgang</translation>
    </message>
    <message>
        <source>Alumni (took part before)</source>
        <translation>Ehemalige (schon einmal teilgenommen)</translation>
    </message>
    <message>
        <source>Current people paired in a cycle other than the toolbar&apos;s</source>
        <translation>Aktuelle Personen, die in einem anderen Durchgang als dem der Symbolleiste in einem Tandem sind</translation>
    </message>
    <message>
        <source>Current people in no proposed or active pair of the toolbar&apos;s cycle</source>
        <translation>Aktuelle Personen ohne vorgeschlagenes oder aktives Tandem im Durchgang der Symbolleiste</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Enter edits the selected person, Delete removes them; the profile is beside</source>
        <translation>Die Eingabetaste bearbeitet die gewählte Person, Entf entfernt sie; das Profil steht daneben</translation>
    </message>
    <message>
        <source>Profile of the selected participant</source>
        <translation>Profil der gewählten Person</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Teilnehmende werden geladen…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Noch keine Teilnehmenden</translation>
    </message>
    <message>
        <source>Add the juniors who will mentor and the senior leaders who will learn from them, one by one, or from a spreadsheet with File &gt; Import participants…</source>
        <translation>Fügen Sie die Nachwuchskräfte, die als Mentorinnen und Mentoren teilnehmen, und die Führungskräfte, die von ihnen lernen, einzeln hinzu oder aus einer Tabelle über Datei &gt; Teilnehmende importieren…</translation>
    </message>
    <message>
        <source>Start a new programme</source>
        <translation>Ein neues Programm beginnen</translation>
    </message>
    <message>
        <source>Open a programme file…</source>
        <translation>Eine Programmdatei öffnen…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to rmdesk</source>
        <translation>Willkommen bei rmdesk</translation>
    </message>
    <message>
        <source>A programme lives in one file, and the one open now is empty. Start your programme in it, open a programme file you already have, or look around a made-up organisation in a demo file of its own (it never mixes with your programme).</source>
        <translation>Ein Programm steht in einer eigenen Datei, und die jetzt geöffnete ist leer. Beginnen Sie darin Ihr Programm, öffnen Sie eine vorhandene Programmdatei oder sehen Sie sich eine erfundene Organisation in einer eigenen Demo-Datei an (sie vermischt sich nie mit Ihrem Programm).</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a participant to see their profile.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Person aus, um ihr Profil zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <translation>{0} hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <source>Already archived</source>
        <translation>Bereits archiviert</translation>
    </message>
    <message>
        <source>{0} is archived and has pair history, so they are kept for the record. Use Restore to bring them back.</source>
        <translation>{0} ist archiviert und war in Tandems, daher bleiben ihre Angaben erhalten. Mit „Aus dem Archiv zurückholen“ holen Sie die Person zurück.</translation>
    </message>
    <message>
        <source>{0} has pair history, so they will be archived, not deleted: their pairs, meetings and goals stay in the record. Archive {0}?</source>
        <translation>{0} war in Tandems und wird daher archiviert, nicht gelöscht: Tandems, Treffen und Ziele bleiben erhalten. {0} archivieren?</translation>
    </message>
    <message>
        <source>Delete {0}? Their profile and topics are removed (you can undo this with Ctrl+Z until you close rmdesk).</source>
        <translation>{0} löschen? Profil und Themen werden entfernt (Sie können dies mit Strg+Z rückgängig machen, bis Sie rmdesk schließen).</translation>
    </message>
    <message>
        <source>Archive participant</source>
        <translation>Person archivieren</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>&amp;Undo archive {0}</source>
        <translation>Archivieren von {0} &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo delete {0}</source>
        <translation>Löschen von {0} &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Archived {0}. Ctrl+Z undoes it.</source>
        <translation>{0} archiviert. Strg+Z macht dies rückgängig.</translation>
    </message>
    <message>
        <source>Deleted {0}. Ctrl+Z undoes it.</source>
        <translation>{0} gelöscht. Strg+Z macht dies rückgängig.</translation>
    </message>
    <message>
        <source>Ended {0} pair early and archived {1}.</source>
        <translation>{0} Tandem vorzeitig beendet und {1} archiviert.</translation>
    </message>
    <message>
        <source>Ended {0} pairs early and archived {1}.</source>
        <translation>{0} Tandems vorzeitig beendet und {1} archiviert.</translation>
    </message>
    <message>
        <source>{0} is back.</source>
        <translation>{0} ist wieder da.</translation>
    </message>
    <message>
        <source>Restored from the archive.</source>
        <translation>Aus dem Archiv zurückgeholt.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Dieses PDF kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} Seiten</translation>
    </message>
    <message>
        <source>{0} page</source>
        <translation>{0} Seite</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Open in system viewer</source>
        <translation>&amp;Mit Standardprogramm öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Kein PDF-Betrachter</translation>
    </message>
    <message>
        <source>No application is set up to open PDF files; use Save as instead.</source>
        <translation>Es ist kein Programm zum Öffnen von PDF-Dateien eingerichtet; verwenden Sie stattdessen „Speichern unter“.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Printed to {0}.</source>
        <translation>In {0} gedruckt.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>den Standarddrucker</translation>
    </message>
    <message>
        <source>Sent to {0}.</source>
        <translation>An {0} gesendet.</translation>
    </message>
    <message>
        <source>The printer refused the document: {0}</source>
        <translation>Der Drucker hat das Dokument abgelehnt: {0}</translation>
    </message>
    <message>
        <source>The print system could not be started.</source>
        <translation>Das Drucksystem konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>Der Drucker ist nicht bereit.</translation>
    </message>
    <message>
        <source>Printed {0} page.</source>
        <translation>{0} Seite gedruckt.</translation>
    </message>
    <message>
        <source>Printed {0} pages.</source>
        <translation>{0} Seiten gedruckt.</translation>
    </message>
</context>
<context>
    <name>ProgrammeFiles</name>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <source>Start a new, empty programme in a file of its own</source>
        <translation>Ein neues, leeres Programm in einer eigenen Datei beginnen</translation>
    </message>
    <message>
        <source>&amp;Open programme…</source>
        <translation>Programm &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open another programme file</source>
        <translation>Eine andere Programmdatei öffnen</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Try the de&amp;mo</source>
        <translation>D&amp;emo ausprobieren</translation>
    </message>
    <message>
        <source>Open a made-up programme in a demo file of its own (yours stays as it is)</source>
        <translation>Ein erfundenes Programm in einer eigenen Demo-Datei öffnen (Ihres bleibt, wie es ist)</translation>
    </message>
    <message>
        <source>Bac&amp;k to my programme</source>
        <translation>Zurück zu &amp;meinem Programm</translation>
    </message>
    <message>
        <source>Close the demo and open your last programme file</source>
        <translation>Die Demo schließen und Ihre zuletzt verwendete Programmdatei öffnen</translation>
    </message>
    <message>
        <source>rmdesk programmes (*.rmdesk);;All files (*)</source>
        <translation>rmdesk-Programmdateien (*.rmdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{0} already exists. A new programme never replaces a file: choose another name, or open it with File &gt; Open programme…</source>
        <translation>{0} existiert bereits. Ein neues Programm ersetzt nie eine Datei: Wählen Sie einen anderen Namen oder öffnen Sie die Datei über Datei &gt; Programm öffnen…</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation>Programm öffnen</translation>
    </message>
    <message>
        <source>No other recent programmes</source>
        <translation>Keine weiteren zuletzt geöffneten Programme</translation>
    </message>
    <message>
        <source>{0} is already open.</source>
        <translation>{0} ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>{0} is no longer there.</source>
        <translation>{0} ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation>{0} geöffnet.</translation>
    </message>
    <message>
        <source>Creating the demo programme…</source>
        <translation>Das Demo-Programm wird angelegt…</translation>
    </message>
    <message>
        <source>Demo programme: {0} ({1}, {2}).</source>
        <translation>Demo-Programm: {0} ({1}, {2}).</translation>
    </message>
    <message>
        <source>{0} made-up participant</source>
        <translation>{0} erfundene Person</translation>
    </message>
    <message>
        <source>{0} made-up participants</source>
        <translation>{0} erfundene Personen</translation>
    </message>
    <message>
        <source>{0} mentor</source>
        <translation>{0} Mentor</translation>
    </message>
    <message>
        <source>{0} mentors</source>
        <translation>{0} Mentoren</translation>
    </message>
    <message>
        <source>{0} mentee</source>
        <translation>{0} Mentee</translation>
    </message>
    <message>
        <source>{0} mentees</source>
        <translation>{0} Mentees</translation>
    </message>
    <message>
        <source>The demo was cancelled; its file is still empty.</source>
        <translation>Die Demo wurde abgebrochen; ihre Datei ist noch leer.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>Fortschritt erfassen</translation>
    </message>
    <message>
        <source>Goal of {0}</source>
        <translation>Ziel von {0}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress in per cent</source>
        <translation>Fortschritt in Prozent</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Was geschehen ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Am</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Verlauf des Fortschritts</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; ({0} update)</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt; ({0} Eintrag)</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; ({0} updates)</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt; ({0} Einträge)</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: no update recorded yet</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;: noch kein Eintrag erfasst</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Not saved: the database could not be written ({0}). Nothing of this step was written and everything saved before is safe. Free some disk space or check the folder, then try again.</source>
        <translation>Nicht gespeichert: Die Datenbank konnte nicht geschrieben werden ({0}). Von diesem Schritt wurde nichts geschrieben, und alles zuvor Gespeicherte ist sicher. Geben Sie Speicherplatz frei oder prüfen Sie den Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ReplaceMentorDialog</name>
    <message>
        <source>Replace mentor</source>
        <translation>Mentor ersetzen</translation>
    </message>
    <message>
        <source>Mentee: {0} (now with {1})</source>
        <translation>Mentee: {0} (derzeit mit {1})</translation>
    </message>
    <message>
        <source>&amp;New mentor</source>
        <translation>&amp;Neuer Mentor</translation>
    </message>
    <message>
        <source>Why the mentor changes (required)</source>
        <translation>Warum der Mentor wechselt (Pflichtangabe)</translation>
    </message>
    <message>
        <source>&amp;Reason*</source>
        <translation>&amp;Grund*</translation>
    </message>
    <message>
        <source>No mentor has a free place in this cycle.</source>
        <translation>In diesem Durchgang hat kein Mentor einen freien Platz.</translation>
    </message>
    <message>
        <source>Choose a mentor from the list.</source>
        <translation>Wählen Sie einen Mentor aus der Liste.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>End-of-cycle report (anonymised)</source>
        <translation>Abschlussbericht (anonymisiert)</translation>
    </message>
    <message>
        <source>End-of-cycle report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <source>The appendix with a section per pair was left out of this copy.</source>
        <translation>Der Anhang mit einem Abschnitt je Tandem ist in dieser Ausgabe weggelassen.</translation>
    </message>
    <message>
        <source>{0} · {1} to {2}</source>
        <translation>{0} · {1} bis {2}</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>“{0}”: 1 or 2 people or pairs (goals: who set them; meetings: the pairs that had them). “{1}”: hidden so that those cannot be worked out from a total.</source>
        <translation>„{0}“: 1 oder 2 Personen oder Tandems (Ziele: wer sie gesetzt hat; Treffen: die Tandems, die sie hatten). „{1}“: verborgen, damit sich jene nicht aus einer Summe errechnen lassen.</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>Kurz gefasst</translation>
    </message>
    <message>
        <source>{0} mentor</source>
        <translation>{0} Mentor</translation>
    </message>
    <message>
        <source>{0} mentors</source>
        <translation>{0} Mentoren</translation>
    </message>
    <message>
        <source>{0} mentee</source>
        <translation>{0} Mentee</translation>
    </message>
    <message>
        <source>{0} mentees</source>
        <translation>{0} Mentees</translation>
    </message>
    <message>
        <source>meeting held</source>
        <translation>Treffen stattgefunden</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>Treffen stattgefunden</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>pairs formed</source>
        <translation>Tandems gebildet</translation>
    </message>
    <message>
        <source>retention&lt;br/&gt;(not ended early)</source>
        <translation>Verbleib&lt;br/&gt;(nicht vorzeitig beendet)</translation>
    </message>
    <message>
        <source>of {0} scheduled</source>
        <translation>von {0} angesetzt</translation>
    </message>
    <message>
        <source>attendance&lt;br/&gt;(held ÷ (held + missed))</source>
        <translation>Teilnahmequote&lt;br/&gt;(stattgef. ÷ (stattgef. + ausgef.))</translation>
    </message>
    <message>
        <source>goals achieved</source>
        <translation>Ziele erreicht</translation>
    </message>
    <message>
        <source>goals achieved&lt;br/&gt;{0} of {1}</source>
        <translation>Ziele erreicht&lt;br/&gt;{0} von {1}</translation>
    </message>
    <message>
        <source>senior mentees</source>
        <translation>Mentees (Führungskräfte)</translation>
    </message>
    <message>
        <source>junior mentors</source>
        <translation>Mentorinnen und Mentoren (Nachwuchskräfte)</translation>
    </message>
    <message>
        <source>{0} person</source>
        <translation>{0} Person</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} Personen</translation>
    </message>
    <message>
        <source>only {0}</source>
        <translation>nur {0}</translation>
    </message>
    <message>
        <source>{0} pair</source>
        <translation>{0} Tandem</translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation>{0} Tandems</translation>
    </message>
    <message>
        <source>No pair has started in this cycle yet, so there are no outcomes to report: the figures below are all zero or empty.</source>
        <translation>In diesem Durchgang hat noch kein Tandem begonnen, daher gibt es keine Ergebnisse: Die Zahlen unten sind alle null oder leer.</translation>
    </message>
    <message>
        <source>With only {0}, one pair more or less changes a percentage by {1} points or more, so read each percentage with the count beside it.</source>
        <translation>Bei nur {0} verschiebt ein Tandem mehr oder weniger einen Prozentwert um {1} Punkte oder mehr: Lesen Sie jeden Prozentwert zusammen mit der Anzahl daneben.</translation>
    </message>
    <message>
        <source>{0} people took part in {1} pairs: {2} and {3}.</source>
        <translation>{0} Personen haben in {1} Tandems teilgenommen: {2} und {3}.</translation>
    </message>
    <message>
        <source>{0} junior mentor</source>
        <translation>{0} Mentor (Nachwuchskraft)</translation>
    </message>
    <message>
        <source>{0} junior mentors</source>
        <translation>{0} Mentorinnen und Mentoren (Nachwuchskräfte)</translation>
    </message>
    <message>
        <source>{0} senior mentee</source>
        <translation>{0} Mentee (Führungskraft)</translation>
    </message>
    <message>
        <source>{0} senior mentees</source>
        <translation>{0} Mentees (Führungskräfte)</translation>
    </message>
    <message>
        <source>How many pairs ended early is withheld: too few to show without naming them.</source>
        <translation>Wie viele Tandems vorzeitig endeten, wird nicht gezeigt: zu wenige, um es ohne Rückschluss auf Personen anzugeben.</translation>
    </message>
    <message>
        <source>Every pair that started is still meeting or has completed ({0}).</source>
        <translation>Jedes begonnene Tandem trifft sich noch oder hat abgeschlossen ({0}).</translation>
    </message>
    <message>
        <source>{0} of {1} pairs ({2}) are still meeting or completed; {3} ended early.</source>
        <translation>{0} von {1} Tandems ({2}) treffen sich noch oder haben abgeschlossen; {3} vorzeitig beendet.</translation>
    </message>
    <message>
        <source>No senior mentee has both a baseline and a final self-assessment yet, so what changed for them cannot be said.</source>
        <translation>Noch keine Mentee (Führungskraft) hat sowohl eine Einschätzung zu Beginn als auch eine zum Abschluss, daher lässt sich nicht sagen, was sich für sie verändert hat.</translation>
    </message>
    <message>
        <source>No junior mentor has both a baseline and a final self-assessment yet, so what changed for them cannot be said.</source>
        <translation>Noch keine Mentorin und kein Mentor (Nachwuchskraft) hat sowohl eine Einschätzung zu Beginn als auch eine zum Abschluss, daher lässt sich nicht sagen, was sich für sie verändert hat.</translation>
    </message>
    <message>
        <source>{0} among the {1} answered both before and after: too few to say what changed for them.</source>
        <translation>{0} unter den {1} haben vorher und nachher geantwortet: zu wenige, um zu sagen, was sich für sie verändert hat.</translation>
    </message>
    <message>
        <source>{0} dimension</source>
        <translation>{0} Dimension</translation>
    </message>
    <message>
        <source>{0} dimensions</source>
        <translation>{0} Dimensionen</translation>
    </message>
    <message>
        <source>The {0} rated themselves higher at the end than at the start on {1} of {2}</source>
        <translation>Die {0} haben sich am Ende bei {1} von {2} höher eingeschätzt als zu Beginn</translation>
    </message>
    <message>
        <source>The {0} rated themselves no higher at the end than at the start on any of {1}</source>
        <translation>Die {0} haben sich am Ende bei keiner von {1} höher eingeschätzt als zu Beginn</translation>
    </message>
    <message>
        <source> and lower on {0}</source>
        <translation> und bei {0} niedriger</translation>
    </message>
    <message>
        <source>; the largest change was in {0} ({1} on a 1–5 scale, {2} with both answers).</source>
        <translation>; die größte Veränderung gab es bei {0} ({1} auf einer Skala von 1–5, {2} mit beiden Antworten).</translation>
    </message>
    <message>
        <source>No goals were recorded for this cycle.</source>
        <translation>Für diesen Durchgang wurden keine Ziele erfasst.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <source>Each person&apos;s latest answer; someone in two pairs counts once.</source>
        <translation>Die jeweils letzte Antwort jeder Person; wer in zwei Tandems ist, zählt einmal.</translation>
    </message>
    <message>
        <source>Pairing fit (answers)</source>
        <translation>Passung (Antworten)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>One answer per person and pair, after their first meeting.</source>
        <translation>Eine Antwort je Person und Tandem, nach dem ersten Treffen.</translation>
    </message>
    <message>
        <source>1 · Reaction: how the programme felt</source>
        <translation>1 · Reaktion: Wie das Programm erlebt wurde</translation>
    </message>
    <message>
        <source>2 · Learning: self-assessment before and after (1–5)</source>
        <translation>2 · Lernen: Selbsteinschätzung vorher und nachher (1–5)</translation>
    </message>
    <message>
        <source>No assessment dimensions defined.</source>
        <translation>Keine Dimensionen für die Einschätzung festgelegt.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>n base</source>
        <translation>n Beginn</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>n final</source>
        <translation>n Abschl.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>Abschl.</translation>
    </message>
    <message>
        <source>n both</source>
        <translation>n beide</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Veränd.</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <source>n counts people. Change is the mean of each person&apos;s own difference (final − baseline) over the n people with both, so people who joined or left halfway do not bias it. These are people&apos;s ratings of themselves, not a test.</source>
        <translation>n zählt Personen. Die Veränderung ist der Mittelwert der eigenen Differenz jeder Person (Abschluss − Beginn) über die n Personen mit beiden Antworten, sodass Personen, die mittendrin dazukamen oder gingen, das Ergebnis nicht verzerren. Es sind Selbsteinschätzungen, kein Test.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>average progress</source>
        <translation>Ø Fortschritt</translation>
    </message>
    <message>
        <source>Set excludes dropped goals; rate = achieved ÷ set.</source>
        <translation>Gesetzt ohne verworfene Ziele; Quote = erreicht ÷ gesetzt.</translation>
    </message>
    <message>
        <source>No goals recorded yet (n = 0).</source>
        <translation>Noch keine Ziele erfasst (n = 0).</translation>
    </message>
    <message>
        <source>{0} topic hidden: too few people to show.</source>
        <translation>{0} Thema ausgeblendet: zu wenige Personen, um es zu zeigen.</translation>
    </message>
    <message>
        <source>{0} topics hidden: too few people to show.</source>
        <translation>{0} Themen ausgeblendet: zu wenige Personen, um sie zu zeigen.</translation>
    </message>
    <message>
        <source>3 · Behaviour: goals, and what leaders committed to</source>
        <translation>3 · Verhalten: Ziele und wozu sich Führungskräfte verpflichtet haben</translation>
    </message>
    <message>
        <source>What the senior mentees committed to: {0} people set goals.</source>
        <translation>Wozu sich die Mentees (Führungskräfte) verpflichtet haben: {0} Personen haben Ziele gesetzt.</translation>
    </message>
    <message>
        <source>The senior mentees have not recorded goals of their own yet.</source>
        <translation>Die Mentees (Führungskräfte) haben noch keine eigenen Ziele erfasst.</translation>
    </message>
    <message>
        <source>{0} goal</source>
        <translation>{0} Ziel</translation>
    </message>
    <message>
        <source>{0} goals</source>
        <translation>{0} Ziele</translation>
    </message>
    <message>
        <source>The senior mentees committed to {0} of their own: {1} achieved, {2} still open</source>
        <translation>Die Mentees (Führungskräfte) haben sich eigene Ziele gesetzt ({0}): {1} erreicht, {2} noch offen</translation>
    </message>
    <message>
        <source> ({0} more dropped)</source>
        <translation> ({0} weitere verworfen)</translation>
    </message>
    <message>
        <source>; the junior mentors set {0}</source>
        <translation>; die Mentorinnen und Mentoren (Nachwuchskräfte) haben {0} gesetzt</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>Formed (started)</source>
        <translation>Gebildet (begonnen)</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Noch aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Proposed, not started</source>
        <translation>Vorgeschlagen, nicht begonnen</translation>
    </message>
    <message>
        <source>No meetings held yet.</source>
        <translation>Noch keine Treffen stattgefunden.</translation>
    </message>
    <message>
        <source>Attendance = held ÷ (held + missed).</source>
        <translation>Teilnahmequote = stattgefunden ÷ (stattgefunden + ausgefallen).</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation>Noch geplant</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>4 · Results: did pairs stay, would people take part again</source>
        <translation>4 · Ergebnisse: Blieben die Tandems zusammen, würden die Personen erneut teilnehmen?</translation>
    </message>
    <message>
        <source>Would take part again</source>
        <translation>Würde erneut teilnehmen</translation>
    </message>
    <message>
        <source>Nobody has answered yet (n = 0): the final self-assessment asks it.</source>
        <translation>Noch hat niemand geantwortet (n = 0): Die Abschlusseinschätzung fragt danach.</translation>
    </message>
    <message>
        <source>{0} people answered: too few to give a figure.</source>
        <translation>{0} Personen haben geantwortet: zu wenige für eine Zahl.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Each person once, by their latest final self-assessment; shares are of the people who answered.</source>
        <translation>Jede Person einmal, nach ihrer letzten Abschlusseinschätzung; die Anteile beziehen sich auf die Personen, die geantwortet haben.</translation>
    </message>
    <message>
        <source>End reasons are left out of the anonymised report.</source>
        <translation>Gründe für ein vorzeitiges Ende stehen nicht im anonymisierten Bericht.</translation>
    </message>
    <message>
        <source>{0} other</source>
        <translation>{0} weiterer</translation>
    </message>
    <message>
        <source>{0} others</source>
        <translation>{0} weitere</translation>
    </message>
    <message>
        <source>Ended early because: {0}.</source>
        <translation>Vorzeitig beendet, weil: {0}.</translation>
    </message>
    <message>
        <source>No pair ended early.</source>
        <translation>Kein Tandem wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>{0} of {1} set were achieved ({2}); senior mentees achieved {3} of the {4} they set themselves.</source>
        <translation>{0} von {1} wurden erreicht ({2}); die Mentees (Führungskräfte) haben {3} der {4} selbst gesetzten erreicht.</translation>
    </message>
    <message>
        <source>{0} of {1} set were achieved ({2}).</source>
        <translation>{0} von {1} wurden erreicht ({2}).</translation>
    </message>
    <message>
        <source>{0}: {1} people answered</source>
        <translation>{0}: {1} Personen haben geantwortet</translation>
    </message>
    <message>
        <source>{0} out of 5 for {1} ({2})</source>
        <translation>{0} von 5 bei den {1} ({2})</translation>
    </message>
    <message>
        <source>Nobody has answered the satisfaction question yet.</source>
        <translation>Noch niemand hat die Frage zur Zufriedenheit beantwortet.</translation>
    </message>
    <message>
        <source>Satisfaction with the programme averaged {0}.</source>
        <translation>Die Zufriedenheit mit dem Programm lag im Mittel bei {0}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{0} people answered whether they would take part again; how many said yes is withheld: too few in some answers to show.</source>
        <translation>{0} Personen haben beantwortet, ob sie erneut teilnehmen würden; wie viele Ja sagten, wird nicht gezeigt: Einige Antworten sind zu selten, um sie zu zeigen.</translation>
    </message>
    <message>
        <source>Of the {0} people who answered, {1} would take part again ({2})</source>
        <translation>Von den {0} Personen, die geantwortet haben, würden {1} erneut teilnehmen ({2})</translation>
    </message>
    <message>
        <source>{0} maybe</source>
        <translation>{0} vielleicht</translation>
    </message>
    <message>
        <source>{0} would not</source>
        <translation>{0} nicht</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}.</source>
        <translation>{0}, {1} und {2}.</translation>
    </message>
    <message>
        <source>{0}, {1}; the other answer is too few to show.</source>
        <translation>{0}, {1}; die andere Antwort ist zu selten, um sie zu zeigen.</translation>
    </message>
    <message>
        <source>{0}; the other answers are too few to show.</source>
        <translation>{0}; die anderen Antworten sind zu selten, um sie zu zeigen.</translation>
    </message>
    <message>
        <source>{0} people took part then ({1} now)</source>
        <translation>{0} Personen nahmen damals teil (jetzt {1})</translation>
    </message>
    <message>
        <source>goals achieved: {0} then, {1} now</source>
        <translation>Ziele erreicht: damals {0}, jetzt {1}</translation>
    </message>
    <message>
        <source>satisfaction {0} then, {1} now</source>
        <translation>Zufriedenheit damals {0}, jetzt {1}</translation>
    </message>
    <message>
        <source>Compared with {0}: {1}.</source>
        <translation>Im Vergleich mit {0}: {1}.</translation>
    </message>
    <message>
        <source>fewer than {0}</source>
        <translation>weniger als {0}</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>good fit</source>
        <translation>passt gut</translation>
    </message>
    <message>
        <source>still deciding</source>
        <translation>noch unentschieden</translation>
    </message>
    <message>
        <source>not a good fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Each person counts once, in their own group. Satisfaction: mean of each person&apos;s latest answer (1–5); change: mean over the dimensions of each person&apos;s final − baseline; goals: achieved ÷ set, of the goals the group&apos;s people set. The number in brackets is the people each figure is taken over. A figure about 1 or 2 people reads “fewer than 3”, and one that would give such a figure back from the “All” row reads “withheld”.</source>
        <translation>Jede Person zählt einmal, in ihrer eigenen Gruppe. Zufriedenheit: Mittelwert der letzten Antwort jeder Person (1–5); Veränderung: Mittelwert über die Dimensionen von Abschluss − Beginn je Person; Ziele: erreicht ÷ gesetzt, bezogen auf die Ziele der Personen der Gruppe. Die Zahl in Klammern nennt die Personen, über die ein Wert berechnet ist. Ein Wert über 1 oder 2 Personen lautet „weniger als 3“, und einer, der einen solchen Wert aus der Zeile „Alle“ zurückgeben würde, lautet „verborgen“.</translation>
    </message>
    <message>
        <source>Who took part: by department and by level</source>
        <translation>Wer teilgenommen hat: nach Abteilung und Ebene</translation>
    </message>
    <message>
        <source>No pair has started yet, so there is no one to count.</source>
        <translation>Noch hat kein Tandem begonnen, daher gibt es niemanden zu zählen.</translation>
    </message>
    <message>
        <source>Who took part: by department</source>
        <translation>Wer teilgenommen hat: nach Abteilung</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>By level band</source>
        <translation>Nach Ebenengruppe</translation>
    </message>
    <message>
        <source>level band</source>
        <translation>Ebenengruppe</translation>
    </message>
    <message>
        <source>In this copy without names the groups show only how many people they hold: their figures, set beside the tables by role, could be subtracted from them to give back one or two people&apos;s answers. The copy with names shows them.</source>
        <translation>In dieser Ausgabe ohne Namen zeigen die Gruppen nur, wie viele Personen sie umfassen: Ihre Werte ließen sich, neben die Tabellen nach Rolle gelegt, von diesen abziehen und gäben so die Antworten einzelner Personen preis. Die Ausgabe mit Namen zeigt sie.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>self-assessment change</source>
        <translation>Veränd. Selbsteinsch.</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>Teilnehmende Personen</translation>
    </message>
    <message>
        <source>Pairs formed</source>
        <translation>Gebildete Tandems</translation>
    </message>
    <message>
        <source>Retention (not ended early)</source>
        <translation>Verbleib (nicht vorzeitig beendet)</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Stattgefundene Treffen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <source>Goals achieved (rate)</source>
        <translation>Ziele erreicht (Quote)</translation>
    </message>
    <message>
        <source>Satisfaction, senior mentees (1–5)</source>
        <translation>Zufriedenheit, Mentees (1–5)</translation>
    </message>
    <message>
        <source>Satisfaction, junior mentors (1–5)</source>
        <translation>Zufriedenheit, Mentoren (1–5)</translation>
    </message>
    <message>
        <source>Self-assessment change, per person</source>
        <translation>Veränderung der Selbsteinschätzung je Person</translation>
    </message>
    <message>
        <source>Each cycle&apos;s figures are counted the same way: people once, whatever their number of pairs.</source>
        <translation>Die Werte jedes Durchgangs werden gleich gezählt: Personen einmal, gleich in wie vielen Tandems.</translation>
    </message>
    <message>
        <source>Compared with the previous cycle</source>
        <translation>Im Vergleich zum vorigen Durchgang</translation>
    </message>
    <message>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} von {2})</translation>
    </message>
    <message>
        <source>Mentors (junior)</source>
        <translation>Mentoren (Junior)</translation>
    </message>
    <message>
        <source>Mentees (senior)</source>
        <translation>Mentees (Senior)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>asked of</source>
        <translation>gefragt</translation>
    </message>
    <message>
        <source>mean (1–5)</source>
        <translation>Mittel (1–5)</translation>
    </message>
    <message>
        <source>{0} or 5</source>
        <translation>{0} oder 5</translation>
    </message>
    <message>
        <source>Candour, over the group</source>
        <translation>Offenheit, über die Gruppe</translation>
    </message>
    <message>
        <source>Each person&apos;s latest answer, over everyone who gave one. Shown only when 3 people or more answered, never per pair or per person.</source>
        <translation>Die letzte Antwort jeder Person, über alle, die eine gegeben haben. Nur gezeigt, wenn 3 oder mehr Personen geantwortet haben, nie je Tandem oder Person.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Goals by topic</source>
        <translation>Ziele nach Thema</translation>
    </message>
    <message>
        <source>Goals set</source>
        <translation>Gesetzte Ziele</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No goals recorded yet, so there is nothing to chart.</source>
        <translation>Noch keine Ziele erfasst, daher gibt es nichts darzustellen.</translation>
    </message>
    <message>
        <source>{0} topic left out of the chart: the goals of fewer than 3 people, or enough to work them out.</source>
        <translation>{0} Thema im Diagramm weggelassen: die Ziele von weniger als 3 Personen oder genug, um sie zu errechnen.</translation>
    </message>
    <message>
        <source>{0} topics left out of the chart: the goals of fewer than 3 people, or enough to work them out.</source>
        <translation>{0} Themen im Diagramm weggelassen: die Ziele von weniger als 3 Personen oder genug, um sie zu errechnen.</translation>
    </message>
    <message>
        <source>Means on a 1–5 scale; the people behind each mean are in the table above. A missing bar means no answers in that phase yet, or fewer than 3.</source>
        <translation>Mittelwerte auf einer Skala von 1–5; die Personen hinter jedem Mittelwert stehen in der Tabelle oben. Ein fehlender Balken bedeutet: in dieser Phase noch keine Antworten oder weniger als 3.</translation>
    </message>
    <message>
        <source>Means on a 1–5 scale; the people behind each mean are in the table above. A missing bar means no answers in that phase yet.</source>
        <translation>Mittelwerte auf einer Skala von 1–5; die Personen hinter jedem Mittelwert stehen in der Tabelle oben. Ein fehlender Balken bedeutet: in dieser Phase noch keine Antworten.</translation>
    </message>
    <message>
        <source>Before and after, per dimension</source>
        <translation>Vorher und nachher, je Dimension</translation>
    </message>
    <message>
        <source>Before (baseline mean)</source>
        <translation>Vorher (Mittel Beginn)</translation>
    </message>
    <message>
        <source>After (final mean)</source>
        <translation>Nachher (Mittel Abschluss)</translation>
    </message>
    <message>
        <source>Every dimension has answers from fewer than 3 people, so there is nothing to compare here.</source>
        <translation>Jede Dimension hat Antworten von weniger als 3 Personen, daher gibt es hier nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>No self-assessments recorded yet (n = 0), so there is nothing to compare.</source>
        <translation>Noch keine Selbsteinschätzungen erfasst (n = 0), daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>The named report has a section per pair; this one has none. Whatever were taken out of it, a pair&apos;s status, meetings and goals would describe its two people.</source>
        <translation>Der Bericht mit Namen hat einen Abschnitt je Tandem, dieser hat keinen: Was man auch daraus entfernte, Status, Treffen und Ziele eines Tandems würden seine zwei Personen beschreiben.</translation>
    </message>
    <message>
        <source>No pair has started in this cycle yet: no meetings held yet, no goals to report.</source>
        <translation>In diesem Durchgang hat noch kein Tandem begonnen: noch keine Treffen, keine Ziele.</translation>
    </message>
    <message>
        <source>Meetings held and each side&apos;s goals with their outcome. Private meeting notes are not part of this report.</source>
        <translation>Stattgefundene Treffen und die Ziele beider Seiten mit ihrem Ergebnis. Private Notizen zu Treffen gehören nicht in diesen Bericht.</translation>
    </message>
    <message>
        <source>started {0}</source>
        <translation>begonnen am {0}</translation>
    </message>
    <message>
        <source>ended {0}</source>
        <translation>beendet am {0}</translation>
    </message>
    <message>
        <source> (reason: {0})</source>
        <translation> (Grund: {0})</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>{0} meeting held</source>
        <translation>{0} Treffen stattgefunden</translation>
    </message>
    <message>
        <source>{0} meetings held</source>
        <translation>{0} Treffen stattgefunden</translation>
    </message>
    <message>
        <source>, the last on {0}</source>
        <translation>, das letzte am {0}</translation>
    </message>
    <message>
        <source>No meetings held yet</source>
        <translation>Noch keine Treffen stattgefunden</translation>
    </message>
    <message>
        <source>{0} still planned</source>
        <translation>{0} noch geplant</translation>
    </message>
    <message>
        <source>{0} cancelled</source>
        <translation>{0} abgesagt</translation>
    </message>
    <message>
        <source>{0} missed</source>
        <translation>{0} ausgefallen</translation>
    </message>
    <message>
        <source>satisfaction {0}/5</source>
        <translation>Zufriedenheit {0}/5</translation>
    </message>
    <message>
        <source>self-assessment {0}</source>
        <translation>Selbsteinschätzung {0}</translation>
    </message>
    <message>
        <source>fit: {0}</source>
        <translation>Passung: {0}</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Outcome — {0}.</source>
        <translation>Ergebnis — {0}.</translation>
    </message>
    <message>
        <source>Pair {0} · {1} (mentor) and {2} (mentee)</source>
        <translation>Tandem {0} · {1} (Mentor) und {2} (Mentee)</translation>
    </message>
    <message>
        <source>No goals recorded.</source>
        <translation>Keine Ziele erfasst.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>wer</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Levels {0}–{1} ({2}, {3})</source>
        <translation>Ebenen {0}–{1} ({2}, {3})</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Ebene {0}</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Berufseinstieg</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>Erfahrene Fachkraft</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Senior leader</source>
        <translation>Obere Führungskraft</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>No department given</source>
        <translation>Keine Abteilung angegeben</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentee (Senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (Junior)</translation>
    </message>
</context>
<context>
    <name>ResponsesActions</name>
    <message>
        <source>Import res&amp;ponses…</source>
        <translation>&amp;Antworten importieren…</translation>
    </message>
    <message>
        <source>Self-assessment answers from an online or paper form (CSV or .xlsx)</source>
        <translation>Antworten zur Selbsteinschätzung aus einem Online- oder Papierfragebogen (CSV oder .xlsx)</translation>
    </message>
    <message>
        <source>Import responses</source>
        <translation>Antworten importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported {0} person&apos;s answers for {1}.</source>
        <translation>Antworten von {0} Person für {1} importiert.</translation>
    </message>
    <message>
        <source>Imported {0} people&apos;s answers for {1}.</source>
        <translation>Antworten von {0} Personen für {1} importiert.</translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <source>Import responses — {0}</source>
        <translation>Antworten importieren — {0}</translation>
    </message>
    <message>
        <source>Leave out answers from addresses not in the cycle&apos;s pairs</source>
        <translation>Antworten von Adressen auslassen, die in keinem Tandem des Durchgangs sind</translation>
    </message>
    <message>
        <source>Replace answers already saved for this phase</source>
        <translation>Bereits gespeicherte Antworten für diese Phase ersetzen</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Durchgang:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <source>What each column is read as</source>
        <translation>Als was jede Spalte gelesen wird</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>What was noticed</source>
        <translation>Was aufgefallen ist</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Create a cycle first: answers belong to its pairs.</source>
        <translation>Legen Sie zuerst einen Durchgang an: Antworten gehören zu seinen Tandems.</translation>
    </message>
    <message>
        <source>{0} person&apos;s answers for {1}</source>
        <translation>Antworten von {0} Person für {1}</translation>
    </message>
    <message>
        <source>{0} people&apos;s answers for {1}</source>
        <translation>Antworten von {0} Personen für {1}</translation>
    </message>
    <message>
        <source>{0} problem, listed below: nothing will be imported until it is fixed in the file or by the choices above.</source>
        <translation>{0} Problem, unten aufgeführt: Es wird nichts importiert, bis es in der Datei oder durch die Auswahl oben behoben ist.</translation>
    </message>
    <message>
        <source>{0} problems, listed below: nothing will be imported until they are fixed in the file or by the choices above.</source>
        <translation>{0} Probleme, unten aufgeführt: Es wird nichts importiert, bis sie in der Datei oder durch die Auswahl oben behoben sind.</translation>
    </message>
    <message>
        <source>The file holds no answers to import.</source>
        <translation>Die Datei enthält keine Antworten zum Importieren.</translation>
    </message>
    <message>
        <source>No problems found. Import saves these answers in one step, after a backup.</source>
        <translation>Keine Probleme gefunden. Der Import speichert diese Antworten nach einer Sicherung in einem Schritt.</translation>
    </message>
    <message>
        <source>{0} answer from an unknown address is left out.</source>
        <translation>{0} Antwort von einer unbekannten Adresse wird ausgelassen.</translation>
    </message>
    <message>
        <source>{0} answers from unknown addresses are left out.</source>
        <translation>{0} Antworten von unbekannten Adressen werden ausgelassen.</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>time answered</source>
        <translation>Zeitpunkt der Antwort</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>would take part again</source>
        <translation>würde erneut teilnehmen</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Read “{0}” as</source>
        <translation>„{0}“ lesen als</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>Die Antworten werden importiert…</translation>
    </message>
    <message>
        <source>Import responses</source>
        <translation>Antworten importieren</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Each backup: when it was made, its size, why</source>
        <translation>Jede Sicherung: wann sie erstellt wurde, ihre Größe, warum</translation>
    </message>
    <message>
        <source>The database goes back to the chosen moment. What it holds now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Die Datenbank wird auf den gewählten Zeitpunkt zurückgesetzt. Der jetzige Stand wird vorher gesichert, sodass Sie dies rückgängig machen können, indem Sie diese Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>No backups yet: use File &gt; Back up now.</source>
        <translation>Noch keine Sicherungen: Verwenden Sie Datei &gt; Jetzt sichern.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Schedule meetings</source>
        <translation>Treffenserie planen</translation>
    </message>
    <message>
        <source>every active pair of the cycle</source>
        <translation>alle aktiven Tandems des Durchgangs</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>Für {0}</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;First meeting</source>
        <translation>&amp;Erstes Treffen</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Until the cycle ends on {0}. Closed days are skipped; days that already have a meeting for a pair are left as they are, so running this again is safe.</source>
        <translation>Bis der Durchgang am {0} endet. Schließtage werden übersprungen; Tage, an denen ein Tandem schon ein Treffen hat, bleiben unverändert, daher können Sie dies gefahrlos erneut ausführen.</translation>
    </message>
    <message>
        <source>{0} To plan meetings anyway, pick a first day within it.</source>
        <translation>{0} Um trotzdem Treffen zu planen, wählen Sie einen ersten Tag innerhalb des Durchgangs.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Programme files</source>
        <translation>Programmdateien</translation>
    </message>
    <message>
        <source>open a programme file</source>
        <translation>Programmdatei öffnen</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>new participant</source>
        <translation>neue Person</translation>
    </message>
    <message>
        <source>edit the selected participant</source>
        <translation>ausgewählte Person bearbeiten</translation>
    </message>
    <message>
        <source>delete or archive the selected participant</source>
        <translation>ausgewählte Person löschen oder archivieren</translation>
    </message>
    <message>
        <source>filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <source>go to the first row of the list</source>
        <translation>zur ersten Zeile der Liste springen</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <source>suggest matches</source>
        <translation>Tandems vorschlagen</translation>
    </message>
    <message>
        <source>Goals (in the Goals tab)</source>
        <translation>Ziele (im Reiter „Ziele“)</translation>
    </message>
    <message>
        <source>add a goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>enter an assessment</source>
        <translation>Einschätzung eintragen</translation>
    </message>
    <message>
        <source>record pairing fit</source>
        <translation>Passung erfassen</translation>
    </message>
    <message>
        <source>edit the selected goal</source>
        <translation>ausgewähltes Ziel bearbeiten</translation>
    </message>
    <message>
        <source>record progress</source>
        <translation>Fortschritt erfassen</translation>
    </message>
    <message>
        <source>mark achieved</source>
        <translation>als erreicht markieren</translation>
    </message>
    <message>
        <source>delete the goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>{0} in the filter</source>
        <translation>{0} im Filter</translation>
    </message>
    <message>
        <source>{0} in Assessments</source>
        <translation>{0} in Einschätzungen</translation>
    </message>
    <message>
        <source>{0} in Pairing fit</source>
        <translation>{0} in Passung</translation>
    </message>
    <message>
        <source>{0} in the Assessments list</source>
        <translation>{0} in der Liste der Einschätzungen</translation>
    </message>
    <message>
        <source>open the selected assessment</source>
        <translation>ausgewählte Einschätzung öffnen</translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation>Einschätzungsformular</translation>
    </message>
    <message>
        <source>score the row and move to the next</source>
        <translation>Zeile bewerten und zur nächsten springen</translation>
    </message>
    <message>
        <source>clear the row&apos;s score</source>
        <translation>Wert der Zeile löschen</translation>
    </message>
    <message>
        <source>save</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>save and open the next one missing</source>
        <translation>speichern und die nächste fehlende öffnen</translation>
    </message>
    <message>
        <source>Date fields</source>
        <translation>Datumsfelder</translation>
    </message>
    <message>
        <source>2026-12-24</source>
        <translation>2026-12-24</translation>
    </message>
    <message>
        <source>type a whole date in one go: the year is selected when you enter the field</source>
        <translation>ganzes Datum in einem Zug eingeben: Beim Betreten des Felds ist das Jahr ausgewählt</translation>
    </message>
    <message>
        <source>a year, month or day later or earlier (the part under the cursor)</source>
        <translation>ein Jahr, Monat oder Tag später bzw. früher (der Teil unter dem Cursor)</translation>
    </message>
    <message>
        <source>the next field</source>
        <translation>nächstes Feld</translation>
    </message>
    <message>
        <source>{0}, or leaving the field</source>
        <translation>{0} oder Verlassen des Felds</translation>
    </message>
    <message>
        <source>a date outside the allowed days moves to the nearest one, and says so</source>
        <translation>ein Datum außerhalb der erlaubten Tage wird auf den nächstgelegenen erlaubten Tag verschoben, mit Hinweis</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>the Participants · Pairs · Calendar · Goals tab</source>
        <translation>Reiter Teilnehmende · Tandems · Kalender · Ziele</translation>
    </message>
    <message>
        <source>the File · Edit · Programme · Documents · Help menu</source>
        <translation>Menü Datei · Bearbeiten · Programm · Dokumente · Hilfe</translation>
    </message>
    <message>
        <source>choose the cycle</source>
        <translation>Durchgang wählen</translation>
    </message>
    <message>
        <source>undo the last delete on the shown tab (Edit &gt; Undo names it)</source>
        <translation>letztes Löschen im angezeigten Reiter rückgängig machen (Bearbeiten &gt; Rückgängig nennt es)</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>the button or field whose label shows it</source>
        <translation>die Schaltfläche oder das Feld, dessen Beschriftung ihn zeigt</translation>
    </message>
    <message>
        <source>this sheet</source>
        <translation>diese Übersicht</translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message>
        <source>Mentor shortlists: {0}</source>
        <translation>Vorschlagslisten: {0}</translation>
    </message>
    <message>
        <source>Mentor shortlist · {0}</source>
        <translation>Vorschlagsliste · {0}</translation>
    </message>
    <message>
        <source>Your mentor shortlist</source>
        <translation>Ihre Vorschlagsliste für Mentoren</translation>
    </message>
    <message>
        <source>reverse mentoring, {0}</source>
        <translation>Reverse Mentoring, {0}</translation>
    </message>
    <message>
        <source>In reverse mentoring a junior colleague mentors you. These colleagues suit you best of everyone the programme&apos;s rules allow, best match first. Tick the one you would like to work with (or none, and say why) and give this page back to the programme coordinator: nothing is decided before you have chosen.</source>
        <translation>Im Reverse Mentoring werden Sie von einer Nachwuchskraft begleitet. Von allen, die die Regeln des Programms zulassen, passen diese Kolleginnen und Kollegen am besten zu Ihnen, die beste Übereinstimmung zuerst. Kreuzen Sie an, mit wem Sie arbeiten möchten (oder niemanden, mit Begründung), und geben Sie diese Seite der Programmkoordination zurück: Entschieden wird erst, wenn Sie gewählt haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you want to learn about:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Worüber Sie lernen möchten:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Your candidates</source>
        <translation>Ihre Vorschläge</translation>
    </message>
    <message>
        <source>No mentor can be proposed to you at the moment: the coordinator will come back to you.</source>
        <translation>Im Moment kann Ihnen keine Mentorin und kein Mentor vorgeschlagen werden: Die Programmkoordination meldet sich bei Ihnen.</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>None of them, because:</source>
        <translation>Niemand davon, weil:</translation>
    </message>
    <message>
        <source>Signature and date:</source>
        <translation>Unterschrift und Datum:</translation>
    </message>
    <message>
        <source>match {0} of 100</source>
        <translation>Übereinstimmung&#xa0;{0}&#xa0;von&#xa0;100</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database could not be written ({0}). If the disk is full or the folder is read-only, free space or fix it; the last step was not saved, everything before it is safe.</source>
        <translation>Die Datenbank konnte nicht geschrieben werden ({0}). Wenn der Datenträger voll oder der Ordner schreibgeschützt ist, geben Sie Speicherplatz frei oder beheben Sie die Ursache; der letzte Schritt wurde nicht gespeichert, alles davor ist sicher.</translation>
    </message>
    <message>
        <source>The last step was not saved: {0}</source>
        <translation>Der letzte Schritt wurde nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Something went wrong and the last step may not have finished: {0}</source>
        <translation>Etwas ist schiefgegangen, und der letzte Schritt wurde möglicherweise nicht abgeschlossen: {0}</translation>
    </message>
    <message>
        <source>rmdesk is already open</source>
        <translation>rmdesk ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>SuggestMatchesDialog</name>
    <message>
        <source>Suggest matches — {0}</source>
        <translation>Tandems vorschlagen — {0}</translation>
    </message>
    <message>
        <source>Finding the best pairs…</source>
        <translation>Die besten Tandems werden gesucht…</translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation>Vorgeschlagene Tandems</translation>
    </message>
    <message>
        <source>Each proposal with its score and why; untick a proposal to leave it out</source>
        <translation>Jeder Vorschlag mit Punktzahl und Begründung; ein Vorschlag ohne Häkchen wird ausgelassen</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Ohne Zuordnung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not matched&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ohne Zuordnung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Accept ticked as proposed</source>
        <translation>Angehakte als Vorschlag &amp;übernehmen</translation>
    </message>
    <message>
        <source>Scoring every mentor with every mentee…</source>
        <translation>Jeder Mentor wird mit jedem Mentee bewertet…</translation>
    </message>
    <message>
        <source>{0} proposed pair, score {1:.0f} of 100 (the best for the whole cohort). Untick it if you do not want it, then accept.</source>
        <translation>{0} vorgeschlagenes Tandem, {1:.0f} von 100 Punkten (das beste für den ganzen Jahrgang). Entfernen Sie den Haken, wenn Sie es nicht möchten, und übernehmen Sie dann.</translation>
    </message>
    <message>
        <source>{0} proposed pairs, average score {1:.0f} of 100 (the best total for the whole cohort). Untick any you do not want, then accept.</source>
        <translation>{0} vorgeschlagene Tandems, im Schnitt {1:.0f} von 100 Punkten (die beste Gesamtlösung für den ganzen Jahrgang). Entfernen Sie den Haken bei allen, die Sie nicht möchten, und übernehmen Sie dann.</translation>
    </message>
    <message>
        <source>No pair can be proposed: see who is not matched.</source>
        <translation>Es kann kein Tandem vorgeschlagen werden: Sehen Sie nach, wer ohne Zuordnung ist.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <source>{0} ({1:.0f}): {2}</source>
        <translation>{0} ({1:.0f}): {2}</translation>
    </message>
    <message>
        <source>Best candidates: {0}</source>
        <translation>Am besten geeignet: {0}</translation>
    </message>
    <message>
        <source>{0} ({1}): proposal unticked</source>
        <translation>{0} ({1}): Vorschlag abgewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not matched&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Ohne Zuordnung&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>Cancelled. Press Settings… or close this window.</source>
        <translation>Abgebrochen. Klicken Sie auf „Einstellungen…“ oder schließen Sie dieses Fenster.</translation>
    </message>
    <message>
        <source>The matcher failed: {0}</source>
        <translation>Die Tandembildung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>No proposal is ticked.</source>
        <translation>Kein Vorschlag ist angehakt.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Goal templates</source>
        <translation>Zielvorlagen</translation>
    </message>
    <message>
        <source>General (any topic)</source>
        <translation>Allgemein (jedes Thema)</translation>
    </message>
    <message>
        <source>&amp;Whose goal</source>
        <translation>&amp;Ziel von</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;How we will know</source>
        <translation>&amp;Woran wir es erkennen</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edit the selected template&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausgewählte Vorlage bearbeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New template&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neue Vorlage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “{0}”? Goals already made from it stay as they are.</source>
        <translation>Die Vorlage „{0}“ löschen? Bereits daraus erstellte Ziele bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Matching settings</source>
        <translation>Einstellungen der Tandembildung</translation>
    </message>
    <message>
        <source>How many levels the mentor must be below the mentee; 0 allows peers.</source>
        <translation>Um wie viele Ebenen der Mentor unter dem Mentee stehen muss; 0 lässt gleiche Ebenen zu.</translation>
    </message>
    <message>
        <source>Minimum &amp;level gap</source>
        <translation>Mindestabstand der &amp;Ebenen</translation>
    </message>
    <message>
        <source>Allow &amp;repeats in {0}: pair people again who were paired before</source>
        <translation>&amp;Wiederholungen in {0} zulassen: Personen erneut zusammenbringen, die schon ein Tandem waren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weights&lt;/b&gt;: a criterion with weight 0 is ignored.</source>
        <translation>&lt;b&gt;Gewichtung&lt;/b&gt;: Ein Kriterium mit Gewicht 0 wird ignoriert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules&lt;/b&gt;</source>
        <translation>&lt;b&gt;Regeln&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last delete on this tab</source>
        <translation>Das letzte Löschen in diesem Reiter rückgängig machen</translation>
    </message>
</context>
<context>
    <name>_PersonAnswer</name>
    <message>
        <source>What they said (optional, private to you)</source>
        <translation>Was die Person gesagt hat (optional, nur für Sie)</translation>
    </message>
    <message>
        <source>mentee, senior</source>
        <translation>Mentee, Senior</translation>
    </message>
    <message>
        <source>mentor, junior</source>
        <translation>Mentor, Junior</translation>
    </message>
    <message>
        <source> · answered {0}</source>
        <translation> · geantwortet am {0}</translation>
    </message>
    <message>
        <source> · not asked yet</source>
        <translation> · noch nicht gefragt</translation>
    </message>
</context>
</TS>
