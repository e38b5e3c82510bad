<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &amp; {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it can wait (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the list until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>the programme coordinator</source>
        <translation>la personne qui coordonne le programme</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Enter assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee</source>
        <translation type="unfinished">mentoré</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation type="unfinished">mentor</translation>
    </message>
    <message>
        <source>Scores: 1 = not at all … 5 = very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall &amp;satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would take part &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: type 1-5 on a row (it moves to the next), 0 clears; Ctrl+Enter saves, Alt+N saves and opens the next one missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, then open the next assessment still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owes an assessment in this cycle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &lt;i&gt;Saved: {1}.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Not entered yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved on {0}&lt;/b&gt;: saving again replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who this assessment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} not answered. Save what is filled in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} assessments saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsModel</name>
    <message>
        <source>Mentee (senior)</source>
        <translation type="unfinished">Mentoré (senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation type="unfinished">Mentor (junior)</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on {0} and not entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered. Double-click to see or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered with {0} of {1} not answered. Double-click to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on {0}. Double-click to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Only &amp;missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the assessments entered in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments are owed by the people of active, completed or ended pairs; none here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1} of {0} assessment entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1} of {0} assessments entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Acknowledged until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; ({0} pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; ({0} pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: off the list until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the attention list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>A backup is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk programmes (*.rmdesk);;All files (*)</source>
        <translation type="unfinished">Programmes rmdesk (*.rmdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a verified copy: {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished">Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the current data with {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}; the replaced data is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being made: choose Restore again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>made before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made before rmdesk updated the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made before a person&apos;s data was erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made after a person&apos;s data was erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manual backup of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily backup of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>month</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <source>week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation>toutes les {0} semaines</translation>
    </message>
    <message>
        <source>day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>tous les {0} jours</translation>
    </message>
    <message>
        <source>{0} minute</source>
        <translation>{0} minute</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} minutes</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished">Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">Manquée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (next {0} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings belong to a cycle&apos;s pairs: create a cycle in the Pairs tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair: {0} &amp; {1}</source>
        <translation type="unfinished">Binôme&#xa0;: {0} et {1}</translation>
    </message>
    <message>
        <source>Person: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0} overlap this month: {1} on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0} overlaps this month, e.g. {1} on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished">clôturé</translation>
    </message>
    <message>
        <source>{0} meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned {0} ({1} already had one, {2} skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished">tous les {0} jours</translation>
    </message>
    <message>
        <source>{0} closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} closed day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} closed days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair has no past meeting still planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of {0} marked as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} meeting to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} meetings to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meeting of &lt;b&gt;{0} &amp; {1}&lt;/b&gt; on {2}, {3}–{4}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosedDaysDialog</name>
    <message>
        <source>Closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Christmas, office move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series of meetings skip these days, and booking a meeting on one asks first. For a single day, keep From and To the same; Enter adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished">tous les {0} jours</translation>
    </message>
    <message>
        <source>It overlaps {0}: remove that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &amp; {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings on closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} planned meeting falls on a closed day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} planned meetings fall on closed days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>New cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2027 cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> jours</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> minutes</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation type="unfinished">&amp;Nom*</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet e&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleSelector</name>
    <message>
        <source>The programme cycle shown in Pairs, Calendar and Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{0} is before {1}, the earliest date this field takes: it now reads {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is after {1}, the latest date this field takes: it now reads {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionsDialog</name>
    <message>
        <source>Assessment dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees (senior) rate themselves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors (junior) rate themselves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to edit it; drag or use Up/Down to order. Scores already given keep the name they were given under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Agreement for this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected pair&apos;s agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements for all a&amp;ctive pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF with the agreement of every active pair of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements for all active pairs, &amp;one file each…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF per active pair, written into a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End-of-cycle report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle&apos;s outcomes, for leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment and fit forms to hand out, a sign-up sheet, or their questions for an online form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;pack for this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected pair&apos;s orientation sheets, their topics&apos; guides and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and print the conversation guides and orientation sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor s&amp;hortlists for consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per mentee still looking: their best mentors and why, to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, logo, coordinator, paper size, agreement clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair in the Pairs tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing agreement: {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cycle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing agreements: {1} ({0} active pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing agreements: {1} ({0} active pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor shortlists: {1} ({0} mentee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor shortlists: {1} ({0} mentees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the shortlists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} agreement to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} agreements to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the files already written are complete, no others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-cycle report (anonymised): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-cycle report: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the end-of-cycle report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} question to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} questions to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the sign-up sheet to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} form to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} forms to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-cycle report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report with names, or anonymised for wider circulation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised prints the figures only: no appendix, no names and no free text. Any figure about fewer than 3 people reads “fewer than 3”, and figures that would give it back from a total read “withheld”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the a&amp;ppendix with a section per pair (with names only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pack: {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the session pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no document was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished">{0} enregistré(e).</translation>
    </message>
    <message>
        <source>The document could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed on the signature line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no logo (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format and {placeholders}: see the comments in the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement cla&amp;uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>No pair with id {pair_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no active pairs; publish the proposed pairs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clauses have no text to print; write some or reset to default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clauses use {unknown}, which rmdesk cannot fill in; use {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is also on row {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is also on line {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a level (1-6 or its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: the file lost characters when it was saved; save it as “CSV UTF-8” and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people named “{name}” have no email in rmdesk: give this row an email or employee ID to say who it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” is not a weekday (Mon to Fri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {role} has topics in “{own}”, not in “{other}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager {email} is neither in the file nor in rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people are named “{name}”: name the manager by e-mail or employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager “{name}” is neither in the file nor in rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting lines would loop through this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a field; the fields are {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column “{header}”; its columns are {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns “{first}” and “{second}” both fill {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column gives the name: assign one to full_name, or to first_name and last_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column gives the {field}: assign one to {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} fields; the header has {width}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} fields; the header has {width} (a list of topics separated by “;” must be in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value (“{value}”) under no column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown topic “{name}” (create it, or fix the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text in UTF-8, UTF-16 or Windows-1252: save it as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid {encoding} (byte {byte}): save it as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field longer than {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number} has more than {count} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet has more than {count} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a zip archive but not an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {size} MB: save the sheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as an .xlsx workbook ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions belong to mentee or mentor, not “{role}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dimension needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dimension name has at most {DIMENSION_MAX} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is in the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{answer}” is no answer to “would you take part again”: yes, maybe or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the final assessment asks whether they would take part again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown phase “{phase}”: use baseline, midpoint or final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a {role} dimension: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same answers are given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their {phase} answers are saved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: answers break a rule, the first: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle with id {cycle_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer good_fit, still_deciding or not_a_good_fit, not “{answer}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor_name} and {mentee_name} have not held a meeting yet: the fit check comes after the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to {parent} {value}, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no value; one is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting&apos;s revision counts its changes from 0, not {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {digits}-digit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is beyond the whole numbers rmdesk stores (±{largest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not 0 or 1 (no or yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds something that is not valid text (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date and time (YYYY-MM-DD HH:MM:SS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at position {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} – {field}: {problem} {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} – {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file_name} has {problems}: data that breaks the programme&apos;s rules. rmdesk shows it as it is and changes nothing. Correct each one where its line says, or restore a backup (File &gt; Restore from backup…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished">Thème</translation>
    </message>
    <message>
        <source>Topic of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished">Cycle</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished">Binôme</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation type="unfinished">Jour de fermeture</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished">Objectif</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing-fit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meet every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how we will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the participant (Participants tab): the manager shows as (none) there; choose the right one and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the participant (Participants tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the cycle (choose it, then Programme &gt; Edit cycle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the meeting (Calendar tab, on its day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the goal&apos;s progress (Goals tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the goal (Goals tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the assessment again (Goals tab, Assessments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} no. {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant with email {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} &amp; {mentee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of {pair} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress update of {when} on goal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} ({pair})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment of {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} assessment of {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for “{dimension}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} in the {assessment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing-fit answer of {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic “{topic}” of {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic of {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} of cycle “{cycle}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed day {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be within the cycle ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a cycle called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings must be every 1 to {CADENCE_MAX_DAYS} days, not {cadence_days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cycle status “{status}”: use planning, active or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {status}: a cycle cannot go back to {status2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle called “{wanted}” (give its id or exact name; see rmdesk cycle list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone with id {milestone_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal with id {goal_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date must be within the cycle ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic with id {topic_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title has at most {TITLE_MAX} characters; put the detail in the success measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose goal: mentee or mentor, not “{owner}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “{status}”: use open, in_progress, achieved or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is a whole percentage from 0 to 100, not {progress}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is {status}: only proposed or active pairs take new goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress update cannot be dated in the future ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title has at most {TITLE_MAX} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal template with id {template_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide for “{wanted}”: give a topic&apos;s name or id ({topics}), or mentor or mentee for the orientation sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the guide a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the title under {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the guide&apos;s text (or reset it to the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the text under {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} (level {mentor_level}) is above {mentee} (level {mentee_level}): level-gap rule, a mentor may not be senior to their mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} (level {mentor_level}) is not at least {gap} below {mentee} (level {mentee_level}): level-gap rule, in reverse mentoring the mentor is the junior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: listed as {role}, not {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: no {other} is looking for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: every {other} is in their reporting line, too close in level or paired with them before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant with id {id} who can be paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cycle does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full} (1 open pair in this cycle, capacity {capacity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full} ({count} open pairs in this cycle, capacity {capacity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentee named no topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wanted topic on offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both want/offer: {topics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same department ({department})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different departments: {mentor} and {mentee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no common weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {weekdays} weekdays overlap: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both based in {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both work remotely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {role} works remotely, so they can meet by video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both hybrid, in {places}: mostly video meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one works onsite, and they are in {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gap} levels apart ({levels})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only 1 level apart ({levels})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level apart ({levels})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody can mentor themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in {other}&apos;s reporting line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {full}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the other role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same reporting line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels {mentor} and {mentee}: gap under {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no eligible partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partner left (all eligible partners taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already paired in this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentee in {cycle} is still looking for a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place left for both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown attention kind {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge until today or a later day, not {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note under {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting with id {meeting_id} in this pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting on {day} is still marked planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting held for {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next meeting planned, and one is due before the cycle ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cancellations in a row (the last by the {by}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cancellations in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting on {day} at {time} is planned on a closed day ({label}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) said on {day} it is not a good fit: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) said on {day} it is not a good fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last closed day must not be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure is at most {days} days long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label has at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting with id {meeting_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair with id {pid} in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair {pid} is {status}: only proposed or active pairs meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle ends on {end}: a series cannot start after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings must be every 1 to 366 days, not {every}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday is 0 (Monday) to 6 (Sunday), not {weekday}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of {mentor} and {mentee} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is {status}: only proposed or active pairs meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode “{mode}”: use in_person, video or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} was held: its time and pair cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} was held: it cannot be rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} was held: it cannot be marked {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} has not happened yet: it cannot be {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who cancelled: mentor, mentee or coordinator, not “{by}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} was held: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early on {day}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early in {cycle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paired in {cycle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paired in {cycle}, {ending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} and {mentee} were paired before ({history}); matching does not pair them again in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant with id, e-mail or name “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several participants are called “{text}”: use an id ({ids}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle ends on {end}, within one meeting interval ({days} days) of {start}: the pairs would have one meeting at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new pair is proposed or active, not {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} cannot {change}.{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair held a meeting on {held_on}, after that end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} is archived: archived people cannot be paired (discard the proposal {mentor_name} – {mentee_name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only proposals of this cycle can be published or discarded together: {count} of those chosen are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Activate it first, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for ending the pair early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} is already this pair&apos;s mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} cannot be discarded: only a proposal can (end an active pair early instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal {mentor} – {mentee} already has {value}: end it early instead of discarding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposed pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair that ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go back to proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>become active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor and the mentee are the same person: a pair needs two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not in this pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a {held_role}, not a {role}: a pair&apos;s {role} must have the {role} role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be before the start date ({started_on}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant with id {participant_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{upper} is {lower}&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{upper} is above {lower} in the reporting line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation}: people in the same reporting line cannot be paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cycle_name} is closed: a closed cycle takes no new pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is archived: archived people cannot be paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} and {name2} already have an open pair in {cycle_name}: the same two people are paired only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has 1 open pair in {cycle} and capacity for {capacity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has {taken} open pairs in {cycle} and capacity for {capacity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role must be mentor (junior) or mentee (senior).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level must be between {LEVEL_MIN} and {LEVEL_MAX}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode must be onsite, hybrid or remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity must be between {CAPACITY_MIN} and {CAPACITY_MAX} pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID {employee_id} is already used by {full_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} is already used by {full_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen manager no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has pairs as a {current_role}: the role cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} is in an open pair with {partner}: end the pair first (with a reason), then archive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic fit</source>
        <translation type="unfinished">Thèmes en commun</translation>
    </message>
    <message>
        <source>Different department</source>
        <translation type="unfinished">Service différent</translation>
    </message>
    <message>
        <source>Availability overlap</source>
        <translation type="unfinished">Disponibilités communes</translation>
    </message>
    <message>
        <source>Work mode &amp; location</source>
        <translation type="unfinished">Mode de travail et lieu</translation>
    </message>
    <message>
        <source>Level gap</source>
        <translation type="unfinished">Écart de niveau</translation>
    </message>
    <message>
        <source>{criterion}: the weight must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum level gap is a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting lasts 1 to {MEETING_MAX_MINUTES} minutes, not {minutes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “{given}”: choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPairDialog</name>
    <message>
        <source>End pair early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the pair ends (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason*</source>
        <translation type="unfinished">&amp;Motif*</translation>
    </message>
</context>
<context>
    <name>EndPairsDialog</name>
    <message>
        <source>Archive participant</source>
        <translation type="unfinished">Archiver le participant</translation>
    </message>
    <message>
        <source>• with {0}, {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is still in an open pair:
{1}

Archiving them would leave the pair running with nobody to act on it. End it early first, then archive {0}; or cancel and leave everything as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. left the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why the pair ends early:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the pair and archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {0} from rmdesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their details, topics, notes, own assessments and fit-check answers and the goals they own are deleted, and every mention of their name or email is replaced by “[erased]”. Pairs they were in stay in the programme&apos;s statistics as “Erased participant”, without notes, agendas or reasons.

This cannot be undone. A backup is made first; it and {0} still hold their data — you can delete those afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} backup already made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} backups already made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their full name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveryoneChoice</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives the role. Everyone in this file is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives the level. Everyone&apos;s level is:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;airs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings with private &amp;notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save participants as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pairs as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meetings as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save goals as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update participants from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every table in one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import e&amp;verything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a programme from a full export (a new file if this one holds data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this person&apos;s &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything rmdesk holds about the selected participant, as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participant everywhere (a data-protection request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished">Importer des participants</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished">Feuilles de calcul (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported {0} new and {1}{2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} updated participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} updated participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} new topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} new topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk exports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} row from {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} rows from {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already holds a programme, and an export is imported only into an empty one. Make a new programme file from {1}? {0} stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New programme file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme from an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk exports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} row to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} participant to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} participants to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} pair to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} pairs to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} meeting to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} meetings to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} goal to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} goals to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0}&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0}&apos;s data to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups still hold their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} backup made before the erasure still holds {1}&apos;s data. Delete it now? A fresh backup of the current state is made first; without it you could not go back to any earlier state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} backups made before the erasure still hold {1}&apos;s data. Delete them now? A fresh backup of the current state is made first; without it you could not go back to any earlier state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting older backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {0} older backup; a fresh backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {0} older backups; a fresh backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished">Matricule</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rôle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished">Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Service</translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished">Niveau</translation>
    </message>
    <message>
        <source>Manager (email, employee ID or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished">Lieu de travail</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished">Mode de travail</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Capacité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished">(ignorée)</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <source>Pairing fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That pair has not held a meeting yet: the fit check comes after the first one. Choose a pair that has met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation type="unfinished">&amp;Binôme</translation>
    </message>
    <message>
        <source>Asked &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer for at least one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing fit saved for {0}: not a good fit, so the pair is on the attention list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing fit saved for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitModel</name>
    <message>
        <source>Mentee (senior)</source>
        <translation type="unfinished">Mentoré (senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation type="unfinished">Mentor (junior)</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished">Pas encore interrogé</translation>
    </message>
    <message>
        <source>The pair has met: ask how the pairing feels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a good fit: the pair is on the attention list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitPage</name>
    <message>
        <source>The pairing-fit check comes after a pair&apos;s first held meeting; no pair here has met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} person to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} not a good fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsDialog</name>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment, a page per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing-fit check, a page per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up sheet (blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF to print and hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for an online form (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation type="unfinished">&amp;Cycle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished">&amp;Phase&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a cycle first: these forms are for its pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates suggest a title and a success measure for the owner and topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation type="unfinished">&amp;Binôme</translation>
    </message>
    <message>
        <source>&amp;Whose goal</source>
        <translation type="unfinished">Objectif &amp;de</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation type="unfinished">T&amp;hème</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How we will know</source>
        <translation type="unfinished">&amp;Indicateur de réussite</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cycle has no proposed or active pair to set goals for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to fill in the title and measure ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template for this owner and topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsOutcomeModel</name>
    <message>
        <source>By topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;Add goal…	Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal for the mentee or the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit goal…	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where the selected goal stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ac&amp;hieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected goal is reached: 100 % today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete goal…	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected goal and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo goal delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the goal just deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the suggested goals per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a&amp;ssessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a self-assessment from paper or a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment di&amp;mensions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what mentees and mentors rate themselves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record pairing &amp;fit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each person of a pair that has met whether the pairing fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goes both ways: the mentee sets goals (technology, social media, generational insight, inclusion) and so does the mentor (confidence with leaders, communication, a voice in the organisation). Add the first goal with Add goal (Ctrl+N); templates suggest a title and a measure per topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished">Objectifs</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, assessments and check-ins belong to the pairs of a cycle. Create a cycle in the Pairs tab (Programme ▸ New cycle…), then form its pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pairs in this cycle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals are set per pair. Form pairs in the Pairs tab: Suggest matches (Ctrl+M) proposes pairs for everyone, New pair forms one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pairs ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goals yet</source>
        <translation type="unfinished">aucun objectif pour l’instant</translation>
    </message>
    <message>
        <source>{0} in {1} · {2} achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pair</source>
        <translation type="unfinished">{0} binôme</translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation type="unfinished">{0} binômes</translation>
    </message>
    <message>
        <source> · open a pair (→) or pick it above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} to ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress recorded: {0} % on “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the goal “{0}” and its progress history? Undo (Ctrl+Z) puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo goal delete “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal deleted: {0}. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owes an assessment yet: pairs must be active first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment dimensions saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing-fit check comes after a pair&apos;s first held meeting; no pair of this cycle has met yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTreeModel</name>
    <message>
        <source>{0}/{1} achieved</source>
        <translation>{0}/{1} atteints</translation>
    </message>
    <message>
        <source>no goals yet</source>
        <translation>aucun objectif pour l’instant</translation>
    </message>
    <message>
        <source>{0} dropped</source>
        <translation>{0} abandonné(s)</translation>
    </message>
    <message>
        <source>mentee no goals yet, mentor {0}/{1} achieved</source>
        <translation>mentoré&#xa0;: aucun objectif pour l’instant&#xa0;; mentor&#xa0;: {0}/{1} atteints</translation>
    </message>
    <message>
        <source>mentee {0}/{1} achieved, mentor no goals yet</source>
        <translation>mentoré&#xa0;: {0}/{1} atteints&#xa0;; mentor&#xa0;: aucun objectif pour l’instant</translation>
    </message>
    <message>
        <source>mentee {0}/{1} achieved, mentor {2}/{3}</source>
        <translation>mentoré&#xa0;: {0}/{1} atteints&#xa0;; mentor&#xa0;: {2}/{3}</translation>
    </message>
    <message>
        <source>only dropped goals</source>
        <translation>uniquement des objectifs abandonnés</translation>
    </message>
    <message>
        <source>{0}: {1}&apos;s goals · {2}</source>
        <translation>{0}&#xa0;: objectifs de {1} · {2}</translation>
    </message>
    <message>
        <source>How we will know: {0}</source>
        <translation>Indicateur de réussite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Overdue: the target date {0} has passed and the goal is not achieved.</source>
        <translation>En retard&#xa0;: la date cible du {0} est dépassée et l’objectif n’est pas atteint.</translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <source>Notes from our conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation sheet · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation guide · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide has no translation yet: here is the English text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the junior mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the senior mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pack: {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (junior mentor) and {1} (senior mentee) · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything for your meetings in one place: your goals, an orientation sheet for each of you, and a conversation guide for each of your topics. The guides are starting points, not scripts: use what helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide yet for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic guide: you have no goals with a topic and no topic in common yet. Your coordinator can print any topic&apos;s guide for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals recorded yet: set one or two each at your first meeting, and write them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal and how you will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished">Mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished">Mentor</translation>
    </message>
</context>
<context>
    <name>GuidesDialog</name>
    <message>
        <source>Guides for the pairs</source>
        <translation>Guides pour les binômes</translation>
    </message>
    <message>
        <source>## starts a section, - a bullet point; # lines are not printed.</source>
        <translation>## ouvre une section, - une puce&#xa0;; les lignes commençant par # ne sont pas imprimées.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Orientation: junior mentors</source>
        <translation>Fiche d’accueil&#xa0;: mentors juniors</translation>
    </message>
    <message>
        <source>Orientation: senior mentees</source>
        <translation>Fiche d’accueil&#xa0;: mentorés seniors</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to “{0}”?</source>
        <translation>Enregistrer vos modifications de «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Example 1</source>
        <translation>Exemple 1</translation>
    </message>
    <message>
        <source>Example 2</source>
        <translation>Exemple 2</translation>
    </message>
    <message>
        <source>Example 3</source>
        <translation>Exemple 3</translation>
    </message>
    <message>
        <source>Example 4</source>
        <translation>Exemple 4</translation>
    </message>
    <message>
        <source>Example 5</source>
        <translation>Exemple 5</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation>Objectif de</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation>Indicateur de réussite</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pairs formed</source>
        <translation>Binômes formés</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rencontres tenues</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assiduité</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixés</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Avg progress</source>
        <translation>Avancement moyen</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>n base</source>
        <translation>n initial</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>n final</source>
        <translation>n final</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>n both</source>
        <translation>n les deux</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (junior)</translation>
    </message>
    <message>
        <source>Mentor&apos;s department</source>
        <translation>Service du mentor</translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentoré (senior)</translation>
    </message>
    <message>
        <source>Mentee&apos;s department</source>
        <translation>Service du mentoré</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Convention signée</translation>
    </message>
    <message>
        <source>Met / planned</source>
        <translation>Tenues / prévues</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Active pair</source>
        <translation>Binôme actif</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Offers / wants</source>
        <translation>Offre / souhaite</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants — {0}</source>
        <translation>Importer des participants — {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Columns in the file: choose what each one is imported as (click “Imported as”). Columns marked (ignored) are not read.</source>
        <translation>Colonnes du fichier&#xa0;: choisissez comment chacune est importée (cliquez sur «&#xa0;Importée comme&#xa0;»). Les colonnes marquées (ignorée) ne sont pas lues.</translation>
    </message>
    <message>
        <source>Create these topics</source>
        <translation>Créer ces thèmes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Columns in the file ({0} text, separated by “{1}”): choose what each one is imported as (click “Imported as”). Columns marked (ignored) are not read.</source>
        <translation>Colonnes du fichier (texte {0}, séparateur «&#xa0;{1}&#xa0;»)&#xa0;: choisissez comment chacune est importée (cliquez sur «&#xa0;Importée comme&#xa0;»). Les colonnes marquées (ignorée) ne sont pas lues.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <source>{0} new · {1} updated · {2} unchanged</source>
        <translation>{0} nouveau(x) · {1} mis à jour · {2} inchangé(s)</translation>
    </message>
    <message>
        <source>Topics rmdesk does not know yet: {0}.</source>
        <translation>Thèmes que rmdesk ne connaît pas encore&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Le fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <source>The columns cannot be imported as they are: choose what they are imported as above (the problems are listed below), or correct the file and import it again.</source>
        <translation>Les colonnes ne peuvent pas être importées telles quelles&#xa0;: choisissez ci-dessus comment les importer (les problèmes sont listés ci-dessous), ou corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{0} problem in the worksheet, listed below with its row (the header is row 1) and column. Nothing will be imported until it is fixed in the file; then import it again.</source>
        <translation>{0} problème dans la feuille de calcul, listé ci-dessous avec sa ligne (l’en-tête est la ligne 1) et sa colonne. Rien ne sera importé tant qu’il n’aura pas été corrigé dans le fichier&#xa0;; importez-le ensuite à nouveau.</translation>
    </message>
    <message>
        <source>{0} problems in the worksheet, listed below with their row (the header is row 1) and column. Nothing will be imported until they are fixed in the file; then import it again.</source>
        <translation>{0} problèmes dans la feuille de calcul, listés ci-dessous avec leur ligne (l’en-tête est la ligne 1) et leur colonne. Rien ne sera importé tant qu’ils n’auront pas été corrigés dans le fichier&#xa0;; importez-le ensuite à nouveau.</translation>
    </message>
    <message>
        <source>{0} problem in the file, listed below with its line (the header is line 1) and column. Nothing will be imported until it is fixed in the file; then import it again.</source>
        <translation>{0} problème dans le fichier, listé ci-dessous avec sa ligne (l’en-tête est la ligne 1) et sa colonne. Rien ne sera importé tant qu’il n’aura pas été corrigé dans le fichier&#xa0;; importez-le ensuite à nouveau.</translation>
    </message>
    <message>
        <source>{0} problems in the file, listed below with their line (the header is line 1) and column. Nothing will be imported until they are fixed in the file; then import it again.</source>
        <translation>{0} problèmes dans le fichier, listés ci-dessous avec leur ligne (l’en-tête est la ligne 1) et leur colonne. Rien ne sera importé tant qu’ils n’auront pas été corrigés dans le fichier&#xa0;; importez-le ensuite à nouveau.</translation>
    </message>
    <message>
        <source>Tick “Create these topics”, or correct their names in the file and import it again.</source>
        <translation>Cochez «&#xa0;Créer ces thèmes&#xa0;», ou corrigez leur nom dans le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Everyone in the file is already in rmdesk as it is: nothing to do.</source>
        <translation>Toutes les personnes du fichier figurent déjà dans rmdesk à l’identique&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <source>No problems found. Import adds and updates these people in one step, after a backup; people already in rmdesk are matched by employee ID, else by email.</source>
        <translation>Aucun problème détecté. L’import ajoute et met à jour ces personnes en une seule étape, après une sauvegarde&#xa0;; les personnes déjà présentes dans rmdesk sont reconnues à leur matricule, à défaut à leur e-mail.</translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Import des participants…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>le mentor</translation>
    </message>
    <message>
        <source>the mentee</source>
        <translation>le mentoré</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>la coordination</translation>
    </message>
    <message>
        <source>Not a good fit</source>
        <translation>Compatibilité insuffisante</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>On a closed day</source>
        <translation>Jour de fermeture</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>No next meeting</source>
        <translation>Pas de prochaine rencontre</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentoré (senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (junior)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Bonne compatibilité</translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation>Ne sait pas encore</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Topic fit</source>
        <translation>Thèmes en commun</translation>
    </message>
    <message>
        <source>Different department</source>
        <translation>Service différent</translation>
    </message>
    <message>
        <source>Availability overlap</source>
        <translation>Disponibilités communes</translation>
    </message>
    <message>
        <source>Work mode &amp; location</source>
        <translation>Mode de travail et lieu</translation>
    </message>
    <message>
        <source>Level gap</source>
        <translation>Écart de niveau</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven.</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>Expérimenté</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Senior leader</source>
        <translation>Cadre dirigeant</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentor (junior, shares)</source>
        <translation>Mentor (junior, partage)</translation>
    </message>
    <message>
        <source>Mentee (senior, learns)</source>
        <translation>Mentoré (senior, apprend)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes language the next time rmdesk starts. The language of agreements and reports is set in Documents &gt; Document settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>P&amp;airs</source>
        <translation>&amp;Binômes</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Vérifier la base de données…</translation>
    </message>
    <message>
        <source>Verify that the database file is healthy</source>
        <translation>Vérifier que le fichier de la base de données est en bon état</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Save a verified copy in the backups folder</source>
        <translation>Enregistrer une copie vérifiée dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to an earlier backup</source>
        <translation>Revenir à une sauvegarde antérieure</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save a verified copy of this programme where you choose</source>
        <translation>Enregistrer une copie vérifiée de ce programme à l’emplacement de votre choix</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected pa&amp;ir</source>
        <translation>B&amp;inôme sélectionné</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About rmdesk</source>
        <translation>À &amp;propos de rmdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source> C&amp;ycle: </source>
        <translation> C&amp;ycle&#xa0;: </translation>
    </message>
    <message>
        <source>Demo programme ({0}) — rmdesk</source>
        <translation>Programme de démo ({0}) — rmdesk</translation>
    </message>
    <message>
        <source>{0} — rmdesk</source>
        <translation>{0} — rmdesk</translation>
    </message>
    <message>
        <source>Demo programme: made-up people, in a file of its own ({0}). Your real programme is not open and nothing you do here reaches it.</source>
        <translation>Programme de démo&#xa0;: des personnes fictives, dans un fichier à part ({0}). Votre vrai programme n’est pas ouvert et rien de ce que vous faites ici ne l’atteint.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Problems in this programme</source>
        <translation>Problèmes dans ce programme</translation>
    </message>
    <message>
        <source>&amp;Schedule meetings for this pair…</source>
        <translation>&amp;Planifier les rencontres de ce binôme…</translation>
    </message>
    <message>
        <source>Add &amp;meeting for this pair…</source>
        <translation>Ajouter une re&amp;ncontre à ce binôme…</translation>
    </message>
    <message>
        <source>Mark last meeting &amp;held</source>
        <translation>&amp;Marquer la dernière rencontre comme tenue</translation>
    </message>
    <message>
        <source>{0} pair needs attention</source>
        <translation>{0} binôme requiert votre attention</translation>
    </message>
    <message>
        <source>{0} pairs need attention</source>
        <translation>{0} binômes requièrent votre attention</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} archived</source>
        <translation>{0} · {1} · {2} archivé(s)</translation>
    </message>
    <message>
        <source>{0} mentor</source>
        <translation>{0} mentor</translation>
    </message>
    <message>
        <source>{0} mentors</source>
        <translation>{0} mentors</translation>
    </message>
    <message>
        <source>{0} mentee</source>
        <translation>{0} mentoré</translation>
    </message>
    <message>
        <source>{0} mentees</source>
        <translation>{0} mentorés</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <source>{0} found:
{1}</source>
        <translation>{0} détecté(s)&#xa0;:
{1}</translation>
    </message>
    <message>
        <source>Database check: {0} is healthy.</source>
        <translation>Vérification de la base de données&#xa0;: {0} est en bon état.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>The window changes language the next time rmdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About rmdesk</source>
        <translation>À propos de rmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rmdesk {0}&lt;/h3&gt;&lt;p&gt;A desk for a reverse mentoring programme: juniors share what they know best with senior leaders, and both sides grow.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rmdesk {0}&lt;/h3&gt;&lt;p&gt;L’outil de gestion d’un programme de mentorat inversé&#xa0;: les juniors partagent ce qu’ils maîtrisent le mieux avec des dirigeants, et les deux parties progressent.&lt;/p&gt;&lt;p&gt;Vos données restent dans un seul fichier sur cet ordinateur&#xa0;:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <source>Number on a day: its meetings, in the colour of most ({0}); {1} on it: one was cancelled · {2} milestone · {3} closed day</source>
        <translation>Chiffre sur un jour&#xa0;: ses rencontres, dans la couleur de la majorité ({0})&#xa0;; {1} dessus&#xa0;: l’une a été annulée · {2} jalon · {3} jour de fermeture</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle rencontre</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la rencontre</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Room, address or video link</source>
        <translation>Salle, adresse ou lien de visioconférence</translation>
    </message>
    <message>
        <source>Private to you: never exported</source>
        <translation>Visibles uniquement par vous&#xa0;: jamais exportées</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Binôme</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modalité</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>&amp;Notes privées</translation>
    </message>
    <message>
        <source>This cycle has no pair to meet yet.</source>
        <translation>Ce cycle n’a encore aucun binôme à faire se rencontrer.</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Jour de fermeture</translation>
    </message>
    <message>
        <source>{0} is a closed day ({1}). Plan the meeting on it anyway?</source>
        <translation>Le {0} est un jour de fermeture ({1}). Planifier quand même la rencontre ce jour-là&#xa0;?</translation>
    </message>
    <message>
        <source>{0} is a closed day. Plan the meeting on it anyway?</source>
        <translation>Le {0} est un jour de fermeture. Planifier quand même la rencontre ce jour-là&#xa0;?</translation>
    </message>
    <message>
        <source>{0} &amp; {1}, {2} {3}–{4}</source>
        <translation>{0} et {1}, {2} {3}–{4}</translation>
    </message>
    <message>
        <source>Overlapping meeting</source>
        <translation>Rencontres qui se chevauchent</translation>
    </message>
    <message>
        <source>It overlaps {0} meeting of this pair or its people:
{1}

Plan it anyway?</source>
        <translation>Elle chevauche {0} rencontre de ce binôme ou de ses membres&#xa0;:
{1}

La planifier quand même&#xa0;?</translation>
    </message>
    <message>
        <source>It overlaps {0} meetings of this pair or its people:
{1}

Plan it anyway?</source>
        <translation>Elle chevauche {0} rencontres de ce binôme ou de ses membres&#xa0;:
{1}

La planifier quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
</context>
<context>
    <name>NewPairDialog</name>
    <message>
        <source>New pair</source>
        <translation>Nouveau binôme</translation>
    </message>
    <message>
        <source>M&amp;entee (senior)</source>
        <translation>M&amp;entoré (senior)</translation>
    </message>
    <message>
        <source>&amp;Mentor (junior)</source>
        <translation>&amp;Mentor (junior)</translation>
    </message>
    <message>
        <source>Also show mentors they were &amp;paired with before</source>
        <translation>Afficher aussi les mentors déjà en &amp;binôme avec ce mentoré</translation>
    </message>
    <message>
        <source>Everyone is already paired in this cycle: no free mentor or mentee.</source>
        <translation>Tout le monde a déjà un binôme dans ce cycle&#xa0;: aucun mentor ni mentoré disponible.</translation>
    </message>
    <message>
        <source>No free mentor can be paired with this mentee.</source>
        <translation>Aucun mentor disponible ne peut former un binôme avec ce mentoré.</translation>
    </message>
    <message>
        <source>Choose a mentor from the list.</source>
        <translation>Choisissez un mentor dans la liste.</translation>
    </message>
    <message>
        <source>Pair again?</source>
        <translation>Reformer ce binôme&#xa0;?</translation>
    </message>
    <message>
        <source>{0}

Pair them again anyway?</source>
        <translation>{0}

Les réunir quand même en binôme&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentoré (senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (junior)</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Bonne compatibilité</translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation>Ne sait pas encore</translation>
    </message>
    <message>
        <source>Not a good fit</source>
        <translation>Compatibilité insuffisante</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore interrogé</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Goals (set excludes dropped; rate = achieved / set)</source>
        <translation>Objectifs (les fixés excluent les abandonnés&#xa0;; taux = atteints / fixés)</translation>
    </message>
    <message>
        <source>Self-assessments (scores 1–5)</source>
        <translation>Auto-évaluations (notes de 1 à 5)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5, each person&apos;s latest answer)</source>
        <translation>Satisfaction (1 à 5, dernière réponse de chaque personne)</translation>
    </message>
    <message>
        <source>Pairing fit (people)</source>
        <translation>Compatibilité des binômes (personnes)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>The figures, tab-separated, to the clipboard</source>
        <translation>Les chiffres, séparés par des tabulations, dans le presse-papiers</translation>
    </message>
    <message>
        <source>End-of-cycle report…</source>
        <translation>Bilan de fin de cycle…</translation>
    </message>
    <message>
        <source>The cycle&apos;s outcomes as a PDF, for leadership</source>
        <translation>Les résultats du cycle en PDF, pour la direction</translation>
    </message>
    <message>
        <source>Change = the mean of each person&apos;s own difference (final − baseline) over the “n both” people who have both scores, so people who joined or left halfway do not bias it.</source>
        <translation>Évolution = moyenne de l’écart individuel (final − initial) sur les personnes «&#xa0;n les deux&#xa0;» qui ont les deux notes&#xa0;; ainsi, les personnes arrivées ou parties en cours de route ne faussent pas le résultat.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Choose a cycle in the toolbar to see its outcomes.</source>
        <translation>Choisissez un cycle dans la barre d’outils pour voir ses résultats.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} to {2} · the whole cycle, every pair</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · du {1} au {2} · l’ensemble du cycle, tous les binômes</translation>
    </message>
    <message>
        <source> {0} proposed pair waits to be started.</source>
        <translation> {0} binôme proposé attend d’être lancé.</translation>
    </message>
    <message>
        <source> {0} proposed pairs wait to be started.</source>
        <translation> {0} binômes proposés attendent d’être lancés.</translation>
    </message>
    <message>
        <source>No outcomes yet: no pair of this cycle has started.{0} Figures appear here once pairs are active: meetings held, goals set and achieved, self-assessments and pairing-fit answers.</source>
        <translation>Pas encore de résultats&#xa0;: aucun binôme de ce cycle n’a commencé.{0} Les chiffres apparaissent ici dès que des binômes sont actifs&#xa0;: rencontres tenues, objectifs fixés et atteints, auto-évaluations et réponses sur la compatibilité.</translation>
    </message>
    <message>
        <source>Outcomes of {0} ({1} to {2})</source>
        <translation>Résultats de {0} (du {1} au {2})</translation>
    </message>
</context>
<context>
    <name>PairDetailDialog</name>
    <message>
        <source>Agreement &amp;signed on</source>
        <translation>Convention &amp;signée le</translation>
    </message>
    <message>
        <source>Save &amp;date</source>
        <translation>Enregistrer la &amp;date</translation>
    </message>
    <message>
        <source>Pair: {0} &amp; {1}</source>
        <translation>Binôme&#xa0;: {0} et {1}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mentor (junior): {0}{1}&lt;br&gt;Mentee (senior): {2}{3}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mentor (junior)&#xa0;: {0}{1}&lt;br&gt;Mentoré (senior)&#xa0;: {2}{3}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} · {1}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} · {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Started {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Commencé le {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ended {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Terminé le {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Why it ended: {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Motif de fin&#xa0;: {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The match&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;L’appariement&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No score was kept for this pair.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun score n’a été conservé pour ce binôme.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Score {0:.0f} of 100 when it was proposed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Score de {0:.0f} sur 100 lors de la proposition.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} par {1}</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} held · {1} planned · {2} cancelled · {3} missed&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} tenue(s) · {1} prévue(s) · {2} annulée(s) · {3} manquée(s)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancelled: {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Annulations&#xa0;: {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meetings&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Rencontres&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Every meeting&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Toutes les rencontres&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune pour l’instant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Goals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Objectifs&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No goals yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun objectif pour l’instant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;{0} — {1}, {2} %&lt;/li&gt;</source>
        <translation>&lt;li&gt;{0} — {1}, {2}&#xa0;%&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pairing fit&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Compatibilité du binôme&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nobody has answered yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Personne n’a encore répondu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;{0}: {1} on {2}{3}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{0}&#xa0;: {1} le {2}{3}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assessments done&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Évaluations réalisées&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, satisfaction {0} of 5</source>
        <translation>, satisfaction {0} sur 5</translation>
    </message>
    <message>
        <source>&lt;li&gt;{0} (before rmdesk kept a history)&lt;/li&gt;</source>
        <translation>&lt;li&gt;{0} (avant que rmdesk ne conserve un historique)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;History&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Historique&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Proposed, replacing {0}</source>
        <translation>Proposé, en remplacement de {0}</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Convention signée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Ended early: {0}</source>
        <translation>Interrompu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Mentor replaced by {0}</source>
        <translation>Mentor remplacé par {0}</translation>
    </message>
    <message>
        <source>Saved: signed on {0}.</source>
        <translation>Enregistré&#xa0;: signée le {0}.</translation>
    </message>
    <message>
        <source>Saved: not signed.</source>
        <translation>Enregistré&#xa0;: non signée.</translation>
    </message>
</context>
<context>
    <name>Pairs</name>
    <message>
        <source> ({0} free)</source>
        <translation> ({0} places libres)</translation>
    </message>
    <message>
        <source>{0} mentors {1}</source>
        <translation>{0} est mentor de {1}</translation>
    </message>
    <message>
        <source>Why this pair:</source>
        <translation>Pourquoi ce binôme&#xa0;:</translation>
    </message>
    <message>
        <source>Ended: {0}</source>
        <translation>Motif de fin&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>PairsOutcomeModel</name>
    <message>
        <source>Formed (started)</source>
        <translation>Formés (commencés)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Encore actifs</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Interrompus</translation>
    </message>
    <message>
        <source>Proposed, not started</source>
        <translation>Proposés, non commencés</translation>
    </message>
</context>
<context>
    <name>PairsTab</name>
    <message>
        <source>New &amp;cycle…</source>
        <translation>Nouveau &amp;cycle…</translation>
    </message>
    <message>
        <source>Start a new programme cycle</source>
        <translation>Créer un nouveau cycle du programme</translation>
    </message>
    <message>
        <source>Edit c&amp;ycle…</source>
        <translation>Modifier le c&amp;ycle…</translation>
    </message>
    <message>
        <source>Change the cycle&apos;s name, dates and meeting rhythm</source>
        <translation>Modifier le nom, les dates et la fréquence des rencontres du cycle</translation>
    </message>
    <message>
        <source>&amp;Start cycle</source>
        <translation>&amp;Lancer le cycle</translation>
    </message>
    <message>
        <source>Mark the cycle as running</source>
        <translation>Marquer le cycle comme en cours</translation>
    </message>
    <message>
        <source>Cl&amp;ose cycle</source>
        <translation>Clô&amp;turer le cycle</translation>
    </message>
    <message>
        <source>Mark the cycle as finished; it takes no new pairs</source>
        <translation>Marquer le cycle comme terminé&#xa0;; il n’accepte plus de nouveaux binômes</translation>
    </message>
    <message>
        <source>New &amp;pair…</source>
        <translation>Nouveau &amp;binôme…</translation>
    </message>
    <message>
        <source>Pair a mentor and a mentee by hand</source>
        <translation>Associer manuellement un mentor et un mentoré</translation>
    </message>
    <message>
        <source>S&amp;uggest matches…</source>
        <translation>&amp;Proposer des binômes…</translation>
    </message>
    <message>
        <source>Propose the best pairs for everyone unpaired</source>
        <translation>Proposer les meilleurs binômes pour toutes les personnes sans binôme</translation>
    </message>
    <message>
        <source>Pu&amp;blish proposed pairs</source>
        <translation>P&amp;ublier les binômes proposés</translation>
    </message>
    <message>
        <source>Turn every proposed pair into an active one</source>
        <translation>Rendre actifs tous les binômes proposés</translation>
    </message>
    <message>
        <source>Publish se&amp;lected</source>
        <translation>Publier la sé&amp;lection</translation>
    </message>
    <message>
        <source>The selected proposals become active pairs and start meeting</source>
        <translation>Les propositions sélectionnées deviennent des binômes actifs et commencent à se rencontrer</translation>
    </message>
    <message>
        <source>&amp;Complete pair</source>
        <translation>&amp;Terminer le binôme</translation>
    </message>
    <message>
        <source>The pair finished the cycle</source>
        <translation>Le binôme a mené le cycle à son terme</translation>
    </message>
    <message>
        <source>&amp;End pair early…</source>
        <translation>&amp;Interrompre le binôme…</translation>
    </message>
    <message>
        <source>End the pair before the cycle ends</source>
        <translation>Mettre fin au binôme avant la fin du cycle</translation>
    </message>
    <message>
        <source>&amp;Replace mentor…</source>
        <translation>&amp;Remplacer le mentor…</translation>
    </message>
    <message>
        <source>Give the mentee another mentor</source>
        <translation>Attribuer un autre mentor au mentoré</translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation>&amp;Écarter la sélection</translation>
    </message>
    <message>
        <source>Remove the selected proposals nobody acted on</source>
        <translation>Retirer les propositions sélectionnées restées sans suite</translation>
    </message>
    <message>
        <source>Agreement &amp;signed today</source>
        <translation>Convention &amp;signée aujourd’hui</translation>
    </message>
    <message>
        <source>Record that the pairing agreement was signed today</source>
        <translation>Enregistrer que la convention de binôme a été signée aujourd’hui</translation>
    </message>
    <message>
        <source>Pair de&amp;tails…</source>
        <translation>Détails du &amp;binôme…</translation>
    </message>
    <message>
        <source>The pair&apos;s match, meetings, goals, answers, agreement and history</source>
        <translation>L’appariement, les rencontres, les objectifs, les réponses, la convention et l’historique du binôme</translation>
    </message>
    <message>
        <source>Filter pairs by name, department, status…</source>
        <translation>Filtrer les binômes par nom, service, statut…</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>Nouveau cycle…</translation>
    </message>
    <message>
        <source>No programme cycle yet</source>
        <translation>Aucun cycle de programme pour l’instant</translation>
    </message>
    <message>
        <source>A cycle is one run of the programme, typically nine months. Create one, then pair its mentors and mentees by hand or let rmdesk suggest the best pairs for everyone at once.</source>
        <translation>Un cycle est une édition du programme, de neuf mois en général. Créez-en un, puis formez les binômes de ses mentors et mentorés à la main, ou laissez rmdesk proposer d’un coup les meilleurs binômes pour tout le monde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} to {2} · {3} · meetings every {4}, {5} min&lt;br&gt;{6} active · {7} proposed · {8} completed · {9} ended early</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · du {1} au {2} · {3} · rencontres {4}, {5} min&lt;br&gt;actifs&#xa0;: {6} · proposés&#xa0;: {7} · terminés&#xa0;: {8} · interrompus&#xa0;: {9}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>tous les {0} jours</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unpaired mentees&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Mentorés sans binôme&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unpaired mentors&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Mentors sans binôme&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>No pairs yet. Suggest matches (Ctrl+M) proposes the best pairs for the whole cohort; New pair forms one by hand.</source>
        <translation>Aucun binôme pour l’instant. «&#xa0;Proposer des binômes&#xa0;» (Ctrl+M) propose les meilleurs binômes pour toute la promotion&#xa0;; «&#xa0;Nouveau binôme&#xa0;» en forme un à la main.</translation>
    </message>
    <message>
        <source>Proposed pairs become active when you publish them.</source>
        <translation>Les binômes proposés deviennent actifs lorsque vous les publiez.</translation>
    </message>
    <message>
        <source>Created cycle {0}.</source>
        <translation>Cycle {0} créé.</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Mark this cycle as running?</source>
        <translation>Marquer ce cycle comme en cours&#xa0;?</translation>
    </message>
    <message>
        <source>Close this cycle? A closed cycle takes no new pairs.</source>
        <translation>Clôturer ce cycle&#xa0;? Un cycle clôturé n’accepte plus de nouveaux binômes.</translation>
    </message>
    <message>
        <source>Pair proposed.</source>
        <translation>Binôme proposé.</translation>
    </message>
    <message>
        <source>{0} pair proposed. Publish it when everyone agrees.</source>
        <translation>{0} binôme proposé. Publiez-le quand tout le monde est d’accord.</translation>
    </message>
    <message>
        <source>{0} pairs proposed. Publish them when everyone agrees.</source>
        <translation>{0} binômes proposés. Publiez-les quand tout le monde est d’accord.</translation>
    </message>
    <message>
        <source>Make the {0} proposed pair active from {1}?</source>
        <translation>Activer {0} binôme proposé à partir du {1}&#xa0;?</translation>
    </message>
    <message>
        <source>Make all {0} proposed pairs active from {1}?</source>
        <translation>Activer les {0} binômes proposés à partir du {1}&#xa0;?</translation>
    </message>
    <message>
        <source>Make the selected proposal active from {1}?</source>
        <translation>Activer la proposition sélectionnée à partir du {1}&#xa0;?</translation>
    </message>
    <message>
        <source>Make the {0} selected proposals active from {1}?</source>
        <translation>Activer les {0} propositions sélectionnées à partir du {1}&#xa0;?</translation>
    </message>
    <message>
        <source>Publish pairs</source>
        <translation>Publier les binômes</translation>
    </message>
    <message>
        <source>{0} pair published.</source>
        <translation>{0} binôme publié.</translation>
    </message>
    <message>
        <source>{0} pairs published.</source>
        <translation>{0} binômes publiés.</translation>
    </message>
    <message>
        <source>Pair completed.</source>
        <translation>Binôme terminé.</translation>
    </message>
    <message>
        <source>Agreement recorded as signed on {0}.</source>
        <translation>Convention enregistrée comme signée le {0}.</translation>
    </message>
    <message>
        <source>Discard the proposal {0} – {1}?</source>
        <translation>Écarter la proposition {0} – {1}&#xa0;?</translation>
    </message>
    <message>
        <source>Discard the {0} selected proposals?</source>
        <translation>Écarter les {0} propositions sélectionnées&#xa0;?</translation>
    </message>
    <message>
        <source>Discard proposals</source>
        <translation>Écarter les propositions</translation>
    </message>
    <message>
        <source>{0} proposal discarded.</source>
        <translation>{0} proposition écartée.</translation>
    </message>
    <message>
        <source>{0} proposals discarded.</source>
        <translation>{0} propositions écartées.</translation>
    </message>
    <message>
        <source>Pair ended; both people are free again.</source>
        <translation>Binôme interrompu&#xa0;; les deux personnes sont de nouveau disponibles.</translation>
    </message>
    <message>
        <source>Mentor replaced; the new pair is proposed.</source>
        <translation>Mentor remplacé&#xa0;; le nouveau binôme est proposé.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Full name, as they like to be called</source>
        <translation>Nom complet, tel que la personne souhaite être appelée</translation>
    </message>
    <message>
        <source>optional, e.g. ana.silva@example.org</source>
        <translation>facultatif, p. ex. ana.silva@example.org</translation>
    </message>
    <message>
        <source>optional: the HR system&apos;s, matches this person on re-import</source>
        <translation>facultatif&#xa0;: celui du SIRH, permet de reconnaître cette personne lors d’un nouvel import</translation>
    </message>
    <message>
        <source>Mentor: junior, shares what they know</source>
        <translation>Mentor&#xa0;: junior, partage ce qu’il sait</translation>
    </message>
    <message>
        <source>Mentee: senior leader, learns</source>
        <translation>Mentoré&#xa0;: dirigeant, apprend</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>How many pairs this person can be in at once</source>
        <translation>Nombre de binômes auxquels cette personne peut participer en même temps</translation>
    </message>
    <message>
        <source>Tick topics; drag to put the most important first</source>
        <translation>Cochez les thèmes&#xa0;; faites-les glisser pour placer les plus importants en premier</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>&amp;Nom*</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Employee &amp;ID</source>
        <translation>Matr&amp;icule</translation>
    </message>
    <message>
        <source>&amp;Role*</source>
        <translation>&amp;Rôle*</translation>
    </message>
    <message>
        <source>&amp;Level*</source>
        <translation>Ni&amp;veau*</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>Responsable &amp;hiérarchique</translation>
    </message>
    <message>
        <source>Loc&amp;ation</source>
        <translation>&amp;Lieu de travail</translation>
    </message>
    <message>
        <source>&amp;Work mode</source>
        <translation>Mo&amp;de de travail</translation>
    </message>
    <message>
        <source>Available on</source>
        <translation>Disponible les</translation>
    </message>
    <message>
        <source>Ca&amp;pacity</source>
        <translation>Ca&amp;pacité</translation>
    </message>
    <message>
        <source>&amp;Consent given on</source>
        <translation>&amp;Consentement donné le</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Offers topic&amp;s</source>
        <translation>Thèmes &amp;offerts</translation>
    </message>
    <message>
        <source>Wants topic&amp;s</source>
        <translation>Thèmes so&amp;uhaités</translation>
    </message>
    <message>
        <source>Could not save ({0}). Nothing was written and your entries are still here: free some disk space or check the folder, then press Save again.</source>
        <translation>Enregistrement impossible ({0}). Rien n’a été écrit et vos saisies sont toujours là&#xa0;: libérez de l’espace disque ou vérifiez le dossier, puis cliquez à nouveau sur Enregistrer.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>offers: {0}</source>
        <translation>offre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>wants: {0}</source>
        <translation>souhaite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Souhaite apprendre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>{0} pair</source>
        <translation>{0} binôme</translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation>{0} binômes</translation>
    </message>
    <message>
        <source>Active pair</source>
        <translation>Binôme actif</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Nouveau participant…</translation>
    </message>
    <message>
        <source>Add a person to the programme</source>
        <translation>Ajouter une personne au programme</translation>
    </message>
    <message>
        <source>&amp;Edit participant…	Enter</source>
        <translation>&amp;Modifier le participant…	Enter</translation>
    </message>
    <message>
        <source>Edit the selected participant</source>
        <translation>Modifier le participant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete or archive…	Del</source>
        <translation>&amp;Supprimer ou archiver…	Del</translation>
    </message>
    <message>
        <source>Delete the selected participant, or archive them if they have pair history</source>
        <translation>Supprimer le participant sélectionné, ou l’archiver s’il a un historique de binôme</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete / archive</source>
        <translation>Supprimer / archiver</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>Bring an archived participant back into the programme</source>
        <translation>Réintégrer un participant archivé dans le programme</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Put back what was just removed</source>
        <translation>Rétablir ce qui vient d’être retiré</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Filter the participants list</source>
        <translation>Filtrer la liste des participants</translation>
    </message>
    <message>
        <source>Filter by name, department, topic, email, employee ID… (Ctrl+F)</source>
        <translation>Filtrer par nom, service, thème, e-mail, matricule… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Mentors (junior)</source>
        <translation>Mentors (juniors)</translation>
    </message>
    <message>
        <source>Mentees (senior)</source>
        <translation>Mentorés (seniors)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuels</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Not paired in this cycle</source>
        <translation>Sans binôme dans ce cycle</translation>
    </message>
    <message>
        <source>Alumni (took part before)</source>
        <translation>Anciens (ont déjà participé)</translation>
    </message>
    <message>
        <source>Current people paired in a cycle other than the toolbar&apos;s</source>
        <translation>Personnes actuelles ayant eu un binôme dans un autre cycle que celui de la barre d’outils</translation>
    </message>
    <message>
        <source>Current people in no proposed or active pair of the toolbar&apos;s cycle</source>
        <translation>Personnes actuelles sans binôme proposé ni actif dans le cycle de la barre d’outils</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Chargement des participants…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Aucun participant pour l’instant</translation>
    </message>
    <message>
        <source>Add the juniors who will mentor and the senior leaders who will learn from them, one by one, or from a spreadsheet with File &gt; Import participants…</source>
        <translation>Ajoutez les juniors qui seront mentors et les dirigeants qui apprendront d’eux, un par un ou depuis une feuille de calcul avec Fichier &gt; Importer des participants…</translation>
    </message>
    <message>
        <source>Start a new programme</source>
        <translation>Démarrer un nouveau programme</translation>
    </message>
    <message>
        <source>Open a programme file…</source>
        <translation>Ouvrir un fichier du programme…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Welcome to rmdesk</source>
        <translation>Bienvenue dans rmdesk</translation>
    </message>
    <message>
        <source>A programme lives in one file, and the one open now is empty. Start your programme in it, open a programme file you already have, or look around a made-up organisation in a demo file of its own (it never mixes with your programme).</source>
        <translation>Un programme tient dans un seul fichier, et celui qui est ouvert est vide. Démarrez-y votre programme, ouvrez un fichier du programme existant, ou découvrez une organisation fictive dans un fichier de démo distinct (il ne se mélange jamais à votre programme).</translation>
    </message>
    <message>
        <source>{0:,} of {1:,}</source>
        <translation>{0:,} sur {1:,}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a participant to see their profile.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un participant pour voir son profil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <translation>{0} ajouté(e).</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré(e).</translation>
    </message>
    <message>
        <source>Already archived</source>
        <translation>Déjà archivé</translation>
    </message>
    <message>
        <source>{0} is archived and has pair history, so they are kept for the record. Use Restore to bring them back.</source>
        <translation>{0} est archivé(e) et a un historique de binôme&#xa0;; ses données sont donc conservées. Utilisez Désarchiver pour le ou la réintégrer.</translation>
    </message>
    <message>
        <source>{0} has pair history, so they will be archived, not deleted: their pairs, meetings and goals stay in the record. Archive {0}?</source>
        <translation>{0} a un historique de binôme et sera donc archivé(e), pas supprimé(e)&#xa0;: ses binômes, rencontres et objectifs restent dans l’historique. Archiver {0}&#xa0;?</translation>
    </message>
    <message>
        <source>Delete {0}? Their profile and topics are removed (you can undo this with Ctrl+Z until you close rmdesk).</source>
        <translation>Supprimer {0}&#xa0;? Son profil et ses thèmes seront retirés (vous pouvez annuler avec Ctrl+Z tant que rmdesk reste ouvert).</translation>
    </message>
    <message>
        <source>Archive participant</source>
        <translation>Archiver le participant</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Supprimer le participant</translation>
    </message>
    <message>
        <source>&amp;Undo archive {0}</source>
        <translation>&amp;Annuler l’archivage de {0}</translation>
    </message>
    <message>
        <source>&amp;Undo delete {0}</source>
        <translation>&amp;Annuler la suppression de {0}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé(e)</translation>
    </message>
    <message>
        <source>{0} {1}. Ctrl+Z undoes it.</source>
        <translation>{0}&#xa0;: {1}. Ctrl+Z permet d’annuler.</translation>
    </message>
    <message>
        <source>Ended {0} pair early and archived {1}.</source>
        <translation>{0} binôme interrompu et {1} archivé(e).</translation>
    </message>
    <message>
        <source>Ended {0} pairs early and archived {1}.</source>
        <translation>{0} binômes interrompus et {1} archivé(e).</translation>
    </message>
    <message>
        <source>{0} is back.</source>
        <translation>{0} est de retour.</translation>
    </message>
    <message>
        <source>Restored from the archive.</source>
        <translation>Réintégré depuis l’archive.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Impossible d’afficher ce PDF.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Open in system viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse du système</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Aucune visionneuse PDF</translation>
    </message>
    <message>
        <source>No application is set up to open PDF files; use Save as instead.</source>
        <translation>Aucune application n’est configurée pour ouvrir les fichiers PDF&#xa0;; utilisez plutôt Enregistrer sous.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Printed to {0}.</source>
        <translation>Imprimé dans {0}.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>l’imprimante par défaut</translation>
    </message>
    <message>
        <source>Sent to {0}.</source>
        <translation>Envoyé à {0}.</translation>
    </message>
    <message>
        <source>The printer refused the document: {0}</source>
        <translation>L’imprimante a refusé le document&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The print system could not be started.</source>
        <translation>Le système d’impression n’a pas pu être lancé.</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>L’imprimante n’est pas prête.</translation>
    </message>
    <message>
        <source>Printed {0} page.</source>
        <translation>{0} page imprimée.</translation>
    </message>
    <message>
        <source>Printed {0} pages.</source>
        <translation>{0} pages imprimées.</translation>
    </message>
</context>
<context>
    <name>ProgrammeFiles</name>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>Start a new, empty programme in a file of its own</source>
        <translation>Démarrer un nouveau programme vide, dans un fichier à part</translation>
    </message>
    <message>
        <source>&amp;Open programme…</source>
        <translation>&amp;Ouvrir un programme…</translation>
    </message>
    <message>
        <source>Open another programme file</source>
        <translation>Ouvrir un autre fichier du programme</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Programmes récen&amp;ts</translation>
    </message>
    <message>
        <source>Try the de&amp;mo</source>
        <translation>&amp;Essayer la démo</translation>
    </message>
    <message>
        <source>Open a made-up programme in a demo file of its own (yours stays as it is)</source>
        <translation>Ouvrir un programme fictif dans un fichier de démo à part (le vôtre reste tel quel)</translation>
    </message>
    <message>
        <source>Bac&amp;k to my programme</source>
        <translation>Re&amp;venir à mon programme</translation>
    </message>
    <message>
        <source>Close the demo and open your last programme file</source>
        <translation>Fermer la démo et ouvrir votre dernier fichier du programme</translation>
    </message>
    <message>
        <source>rmdesk programmes (*.rmdesk);;All files (*)</source>
        <translation>Programmes rmdesk (*.rmdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{0} already exists. A new programme never replaces a file: choose another name, or open it with File &gt; Open programme…</source>
        <translation>{0} existe déjà. Un nouveau programme ne remplace jamais un fichier&#xa0;: choisissez un autre nom, ou ouvrez-le avec Fichier &gt; Ouvrir un programme…</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <source>No other recent programmes</source>
        <translation>Aucun autre programme récent</translation>
    </message>
    <message>
        <source>{0} is already open.</source>
        <translation>{0} est déjà ouvert.</translation>
    </message>
    <message>
        <source>{0} is no longer there.</source>
        <translation>{0} n’existe plus.</translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation>{0} ouvert.</translation>
    </message>
    <message>
        <source>Creating the demo programme…</source>
        <translation>Création du programme de démo…</translation>
    </message>
    <message>
        <source>Demo programme: {0} ({1}, {2}).</source>
        <translation>Programme de démo&#xa0;: {0} ({1}, {2}).</translation>
    </message>
    <message>
        <source>{0} made-up participant</source>
        <translation>{0} participant fictif</translation>
    </message>
    <message>
        <source>{0} made-up participants</source>
        <translation>{0} participants fictifs</translation>
    </message>
    <message>
        <source>{0} mentor</source>
        <translation>{0} mentor</translation>
    </message>
    <message>
        <source>{0} mentors</source>
        <translation>{0} mentors</translation>
    </message>
    <message>
        <source>{0} mentee</source>
        <translation>{0} mentoré</translation>
    </message>
    <message>
        <source>{0} mentees</source>
        <translation>{0} mentorés</translation>
    </message>
    <message>
        <source>The demo was cancelled; its file is still empty.</source>
        <translation>La démo a été annulée&#xa0;; son fichier est toujours vide.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>Enregistrer l’avancement</translation>
    </message>
    <message>
        <source>Goal of {0}</source>
        <translation>Objectif de {0}</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Ce qui s’est passé (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Avancement</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; ({0} update)</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt; ({0} mise à jour)</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; ({0} updates)</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt; ({0} mises à jour)</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: no update recorded yet</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;&#xa0;: aucune mise à jour enregistrée pour l’instant</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Not saved: the database could not be written ({0}). Nothing of this step was written and everything saved before is safe. Free some disk space or check the folder, then try again.</source>
        <translation>Non enregistré&#xa0;: la base de données n’a pas pu être écrite ({0}). Rien de cette étape n’a été écrit et tout ce qui a été enregistré auparavant est intact. Libérez de l’espace disque ou vérifiez le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>ReplaceMentorDialog</name>
    <message>
        <source>Replace mentor</source>
        <translation>Remplacer le mentor</translation>
    </message>
    <message>
        <source>Mentee: {0} (now with {1})</source>
        <translation>Mentoré&#xa0;: {0} (actuellement avec {1})</translation>
    </message>
    <message>
        <source>&amp;New mentor</source>
        <translation>&amp;Nouveau mentor</translation>
    </message>
    <message>
        <source>Why the mentor changes (required)</source>
        <translation>Pourquoi le mentor change (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason*</source>
        <translation>&amp;Motif*</translation>
    </message>
    <message>
        <source>No mentor has a free place in this cycle.</source>
        <translation>Aucun mentor n’a de place libre dans ce cycle.</translation>
    </message>
    <message>
        <source>Choose a mentor from the list.</source>
        <translation>Choisissez un mentor dans la liste.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>End-of-cycle report (anonymised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-cycle report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appendix with a section per pair was left out of this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”: 1 or 2 people or pairs (goals: who set them; meetings: the pairs that had them). “{1}”: hidden so that those cannot be worked out from a total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentor</source>
        <translation type="unfinished">{0} mentor</translation>
    </message>
    <message>
        <source>{0} mentors</source>
        <translation type="unfinished">{0} mentors</translation>
    </message>
    <message>
        <source>{0} mentee</source>
        <translation type="unfinished">{0} mentoré</translation>
    </message>
    <message>
        <source>{0} mentees</source>
        <translation type="unfinished">{0} mentorés</translation>
    </message>
    <message>
        <source>meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention&lt;br/&gt;(not ended early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {0} scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance&lt;br/&gt;(held ÷ (held + missed))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals achieved&lt;br/&gt;{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>junior mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pair</source>
        <translation type="unfinished">{0} binôme</translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation type="unfinished">{0} binômes</translation>
    </message>
    <message>
        <source>No pair has started in this cycle yet, so there are no outcomes to report: the figures below are all zero or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With only {0}, one pair more or less changes a percentage by {1} points or more, so read each percentage with the count beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people took part in {1} pairs: {2} and {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} junior mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} junior mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} senior mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} senior mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pairs ended early is withheld: too few to show without naming them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair that started is still meeting or has completed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} pairs ({2}) are still meeting or completed; {3} ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No senior mentee has both a baseline and a final self-assessment yet, so what changed for them cannot be said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No junior mentor has both a baseline and a final self-assessment yet, so what changed for them cannot be said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} among the {1} answered both before and after: too few to say what changed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} rated themselves higher at the end than at the start on {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} rated themselves no higher at the end than at the start on any of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and lower on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the largest change was in {0} ({1} on a 1–5 scale, {2} with both answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals were recorded for this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} set were achieved ({2}); senior mentees achieved {3} of the {4} they set themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} set were achieved ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} people answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} out of 5 for {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has answered the satisfaction question yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction with the programme averaged {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people answered whether they would take part again; how many said yes is withheld: too few in some answers to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the {0} people who answered, {1} would take part again ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} would not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1} and {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}; the other answer is too few to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; the other answers are too few to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people took part then ({1} now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals achieved: {0} then, {1} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction {0} then, {1} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a good fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesActions</name>
    <message>
        <source>Import res&amp;ponses…</source>
        <translation>Importer des ré&amp;ponses…</translation>
    </message>
    <message>
        <source>Self-assessment answers from an online or paper form (CSV or .xlsx)</source>
        <translation>Réponses d’auto-évaluation issues d’un questionnaire en ligne ou papier (CSV ou .xlsx)</translation>
    </message>
    <message>
        <source>Import responses</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported the {1} answers of {0} person.</source>
        <translation>{1} réponses de {0} personne importées.</translation>
    </message>
    <message>
        <source>Imported the {1} answers of {0} people.</source>
        <translation>{1} réponses de {0} personnes importées.</translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <source>Import responses — {0}</source>
        <translation>Importer des réponses — {0}</translation>
    </message>
    <message>
        <source>Leave out answers from addresses not in the cycle&apos;s pairs</source>
        <translation>Écarter les réponses d’adresses absentes des binômes du cycle</translation>
    </message>
    <message>
        <source>Replace answers already saved for this phase</source>
        <translation>Remplacer les réponses déjà enregistrées pour cette phase</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Cycle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase&#xa0;:</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Create a cycle first: answers belong to its pairs.</source>
        <translation>Créez d’abord un cycle&#xa0;: les réponses se rattachent à ses binômes.</translation>
    </message>
    <message>
        <source>{0} person&apos;s answers for the {1} phase</source>
        <translation>Réponses de {0} personne pour la phase {1}</translation>
    </message>
    <message>
        <source>{0} people&apos;s answers for the {1} phase</source>
        <translation>Réponses de {0} personnes pour la phase {1}</translation>
    </message>
    <message>
        <source>{0} problem, listed below: nothing will be imported until it is fixed in the file or by the choices above.</source>
        <translation>{0} problème, listé ci-dessous&#xa0;: rien ne sera importé tant qu’il n’aura pas été corrigé dans le fichier ou par les choix ci-dessus.</translation>
    </message>
    <message>
        <source>{0} problems, listed below: nothing will be imported until they are fixed in the file or by the choices above.</source>
        <translation>{0} problèmes, listés ci-dessous&#xa0;: rien ne sera importé tant qu’ils n’auront pas été corrigés dans le fichier ou par les choix ci-dessus.</translation>
    </message>
    <message>
        <source>The file holds no answers to import.</source>
        <translation>Le fichier ne contient aucune réponse à importer.</translation>
    </message>
    <message>
        <source>No problems found. Import saves these answers in one step, after a backup.</source>
        <translation>Aucun problème détecté. L’import enregistre ces réponses en une seule étape, après une sauvegarde.</translation>
    </message>
    <message>
        <source>{0} answer from an unknown address is left out.</source>
        <translation>{0} réponse provenant d’une adresse inconnue est écartée.</translation>
    </message>
    <message>
        <source>{0} answers from unknown addresses are left out.</source>
        <translation>{0} réponses provenant d’adresses inconnues sont écartées.</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>time answered</source>
        <translation>heure de réponse</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Le fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>Import des réponses…</translation>
    </message>
    <message>
        <source>Import responses</source>
        <translation>Importer des réponses</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The database goes back to the chosen moment. What it holds now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>La base de données revient à l’état du moment choisi. Son contenu actuel est d’abord sauvegardé&#xa0;; vous pourrez donc annuler en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>No backups yet: use File &gt; Back up now.</source>
        <translation>Aucune sauvegarde pour l’instant&#xa0;: utilisez Fichier &gt; Sauvegarder maintenant.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Schedule meetings</source>
        <translation>Planifier les rencontres</translation>
    </message>
    <message>
        <source>every active pair of the cycle</source>
        <translation>tous les binômes actifs du cycle</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>Pour {0}</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;First meeting</source>
        <translation>&amp;Première rencontre</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Tous les</translation>
    </message>
    <message>
        <source>Until the cycle ends on {0}. Closed days are skipped; days that already have a meeting for a pair are left as they are, so running this again is safe.</source>
        <translation>Jusqu’à la fin du cycle, le {0}. Les jours de fermeture sont sautés&#xa0;; les jours où un binôme a déjà une rencontre restent inchangés&#xa0;: vous pouvez donc relancer cette planification sans risque.</translation>
    </message>
    <message>
        <source>{0} To plan meetings anyway, pick a first day within it.</source>
        <translation>{0} Pour planifier des rencontres malgré tout, choisissez un premier jour compris dans le cycle.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Programme files</source>
        <translation>Fichiers du programme</translation>
    </message>
    <message>
        <source>open a programme file</source>
        <translation>ouvrir un fichier du programme</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>new participant</source>
        <translation>nouveau participant</translation>
    </message>
    <message>
        <source>edit the selected participant</source>
        <translation>modifier le participant sélectionné</translation>
    </message>
    <message>
        <source>delete or archive the selected participant</source>
        <translation>supprimer ou archiver le participant sélectionné</translation>
    </message>
    <message>
        <source>filter the list</source>
        <translation>filtrer la liste</translation>
    </message>
    <message>
        <source>Enter in the filter</source>
        <translation>Entrée dans le filtre</translation>
    </message>
    <message>
        <source>go to the first row of the list</source>
        <translation>aller à la première ligne de la liste</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>suggest matches</source>
        <translation>proposer des binômes</translation>
    </message>
    <message>
        <source>Goals (in the Goals tab)</source>
        <translation>Objectifs (dans l’onglet Objectifs)</translation>
    </message>
    <message>
        <source>add a goal</source>
        <translation>ajouter un objectif</translation>
    </message>
    <message>
        <source>Ctrl+N in Assessments</source>
        <translation>Ctrl+N dans Évaluations</translation>
    </message>
    <message>
        <source>enter an assessment</source>
        <translation>saisir une évaluation</translation>
    </message>
    <message>
        <source>Ctrl+N in Pairing fit</source>
        <translation>Ctrl+N dans Compatibilité</translation>
    </message>
    <message>
        <source>record pairing fit</source>
        <translation>enregistrer la compatibilité du binôme</translation>
    </message>
    <message>
        <source>edit the selected goal</source>
        <translation>modifier l’objectif sélectionné</translation>
    </message>
    <message>
        <source>record progress</source>
        <translation>enregistrer l’avancement</translation>
    </message>
    <message>
        <source>mark achieved</source>
        <translation>marquer comme atteint</translation>
    </message>
    <message>
        <source>delete the goal</source>
        <translation>supprimer l’objectif</translation>
    </message>
    <message>
        <source>Enter in the Assessments list</source>
        <translation>Entrée dans la liste des évaluations</translation>
    </message>
    <message>
        <source>open the selected assessment</source>
        <translation>ouvrir l’évaluation sélectionnée</translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation>Formulaire d’évaluation</translation>
    </message>
    <message>
        <source>score the row and move to the next</source>
        <translation>noter la ligne et passer à la suivante</translation>
    </message>
    <message>
        <source>clear the row&apos;s score</source>
        <translation>effacer la note de la ligne</translation>
    </message>
    <message>
        <source>save</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <source>save and open the next one missing</source>
        <translation>enregistrer et ouvrir la suivante manquante</translation>
    </message>
    <message>
        <source>Date fields</source>
        <translation>Champs de date</translation>
    </message>
    <message>
        <source>2026-12-24</source>
        <translation>2026-12-24</translation>
    </message>
    <message>
        <source>type a whole date in one go: the year is selected when you enter the field</source>
        <translation>saisir une date complète d’un seul coup&#xa0;: l’année est sélectionnée quand vous entrez dans le champ</translation>
    </message>
    <message>
        <source>a year, month or day later or earlier (the part under the cursor)</source>
        <translation>un an, un mois ou un jour plus tard ou plus tôt (la partie sous le curseur)</translation>
    </message>
    <message>
        <source>the next field</source>
        <translation>le champ suivant</translation>
    </message>
    <message>
        <source>Enter, or leaving the field</source>
        <translation>Entrée, ou sortie du champ</translation>
    </message>
    <message>
        <source>a date outside the allowed days moves to the nearest one, and says so</source>
        <translation>une date en dehors des jours autorisés passe au jour autorisé le plus proche, avec un message</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>the Participants · Pairs · Calendar · Goals tab</source>
        <translation>l’onglet Participants · Binômes · Calendrier · Objectifs</translation>
    </message>
    <message>
        <source>the File · Edit · Programme · Documents · Help menu</source>
        <translation>le menu Fichier · Édition · Programme · Documents · Aide</translation>
    </message>
    <message>
        <source>choose the cycle</source>
        <translation>choisir le cycle</translation>
    </message>
    <message>
        <source>undo the last delete on the shown tab (Edit &gt; Undo names it)</source>
        <translation>annuler la dernière suppression dans l’onglet affiché (Édition &gt; Annuler indique laquelle)</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>the button or field whose label shows it</source>
        <translation>le bouton ou le champ dont le libellé la montre</translation>
    </message>
    <message>
        <source>this sheet</source>
        <translation>cette aide</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database could not be written ({0}). If the disk is full or the folder is read-only, free space or fix it; the last step was not saved, everything before it is safe.</source>
        <translation>La base de données n’a pas pu être écrite ({0}). Si le disque est plein ou le dossier en lecture seule, libérez de l’espace ou corrigez-le&#xa0;; la dernière étape n’a pas été enregistrée, tout ce qui précède est intact.</translation>
    </message>
    <message>
        <source>The last step was not saved: {0}</source>
        <translation>La dernière étape n’a pas été enregistrée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Something went wrong and the last step may not have finished: {0}</source>
        <translation>Un problème est survenu et la dernière étape n’a peut-être pas abouti&#xa0;: {0}</translation>
    </message>
    <message>
        <source>rmdesk is already open</source>
        <translation>rmdesk est déjà ouvert</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>SuggestMatchesDialog</name>
    <message>
        <source>Suggest matches — {0}</source>
        <translation>Proposer des binômes — {0}</translation>
    </message>
    <message>
        <source>Finding the best pairs…</source>
        <translation>Recherche des meilleurs binômes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not matched&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sans binôme&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Accept ticked as proposed</source>
        <translation>&amp;Accepter les binômes cochés comme propositions</translation>
    </message>
    <message>
        <source>Scoring every mentor with every mentee…</source>
        <translation>Calcul du score de chaque mentor avec chaque mentoré…</translation>
    </message>
    <message>
        <source>{0} proposed pair, score {1:.0f} of 100 (the best for the whole cohort). Untick it if you do not want it, then accept.</source>
        <translation>{0} binôme proposé, score de {1:.0f} sur 100 (le meilleur pour l’ensemble de la promotion). Décochez-le si vous n’en voulez pas, puis acceptez.</translation>
    </message>
    <message>
        <source>{0} proposed pairs, average score {1:.0f} of 100 (the best total for the whole cohort). Untick any you do not want, then accept.</source>
        <translation>{0} binômes proposés, score moyen de {1:.0f} sur 100 (le meilleur total pour l’ensemble de la promotion). Décochez ceux dont vous ne voulez pas, puis acceptez.</translation>
    </message>
    <message>
        <source>No pair can be proposed: see who is not matched.</source>
        <translation>Aucun binôme ne peut être proposé&#xa0;: voyez qui reste sans binôme.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>{0} ({1:.0f}): {2}</source>
        <translation>{0} ({1:.0f})&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Best candidates: {0}</source>
        <translation>Meilleurs candidats&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} ({1}): proposal unticked</source>
        <translation>{0} ({1})&#xa0;: proposition décochée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not matched&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Sans binôme&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>Cancelled. Press Settings… or close this window.</source>
        <translation>Annulé. Cliquez sur Paramètres… ou fermez cette fenêtre.</translation>
    </message>
    <message>
        <source>The matcher failed: {0}</source>
        <translation>Le calcul des binômes a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No proposal is ticked.</source>
        <translation>Aucune proposition n’est cochée.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Goal templates</source>
        <translation>Modèles d’objectifs</translation>
    </message>
    <message>
        <source>General (any topic)</source>
        <translation>Général (tout thème)</translation>
    </message>
    <message>
        <source>&amp;Whose goal</source>
        <translation>Objectif &amp;de</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;How we will know</source>
        <translation>&amp;Indicateur de réussite</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Supprimer le modèle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edit the selected template&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifier le modèle sélectionné&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New template&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouveau modèle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “{0}”? Goals already made from it stay as they are.</source>
        <translation>Supprimer le modèle «&#xa0;{0}&#xa0;»&#xa0;? Les objectifs déjà créés à partir de ce modèle restent inchangés.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Matching settings</source>
        <translation>Paramètres d’appariement</translation>
    </message>
    <message>
        <source>How many levels the mentor must be below the mentee; 0 allows peers.</source>
        <translation>Nombre de niveaux dont le mentor doit être en dessous du mentoré&#xa0;; 0 autorise les pairs.</translation>
    </message>
    <message>
        <source>Minimum &amp;level gap</source>
        <translation>Écart de &amp;niveau minimal</translation>
    </message>
    <message>
        <source>Allow &amp;repeats in {0}: pair people again who were paired before</source>
        <translation>Autoriser les &amp;reconductions dans {0}&#xa0;: réunir en binôme des personnes qui l’ont déjà été</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weights&lt;/b&gt;: a criterion with weight 0 is ignored.</source>
        <translation>&lt;b&gt;Pondérations&lt;/b&gt;&#xa0;: un critère de pondération 0 est ignoré.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules&lt;/b&gt;</source>
        <translation>&lt;b&gt;Règles&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last delete on this tab</source>
        <translation>Annuler la dernière suppression dans cet onglet</translation>
    </message>
</context>
<context>
    <name>_PersonAnswer</name>
    <message>
        <source>What they said (optional, private to you)</source>
        <translation>Ce que la personne a dit (facultatif, visible uniquement par vous)</translation>
    </message>
    <message>
        <source>mentee, senior</source>
        <translation>mentoré, senior</translation>
    </message>
    <message>
        <source>mentor, junior</source>
        <translation>mentor, junior</translation>
    </message>
    <message>
        <source> · answered {0}</source>
        <translation> · a répondu le {0}</translation>
    </message>
    <message>
        <source> · not asked yet</source>
        <translation> · pas encore interrogé</translation>
    </message>
</context>
</TS>
