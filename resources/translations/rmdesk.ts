<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>the programme coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The junior colleague. Shares first-hand knowledge and perspective, leads the conversation on the focus topics and challenges assumptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The senior colleague. Learns from the mentor, brings questions, tries things out between meetings and offers perspective on the organisation in return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (junior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee (senior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing agreement: {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing agreements: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing agreement · {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse mentoring · {cycle} · {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement records how &lt;b&gt;{mentor}&lt;/b&gt; and &lt;b&gt;{mentee}&lt;/b&gt; will work together in {cycle}, from {start} to {end}. In reverse mentoring the junior colleague is the mentor: learning goes both ways, and both of you set goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee’s goals (senior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor’s goals (junior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be agreed at the first meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know it is achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals recorded yet: write them in together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We meet every {0} for about {1}, usually {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We meet every {0} for about {1}, in person, by video or by phone as we agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First meeting:&lt;/b&gt; not planned yet; agree a date and tell {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First meeting:&lt;/b&gt; {weekday} {date} at {time}, {length}, {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing, we agree to work together as described above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor</source>
        <translation type="unfinished"></translation>
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
        <source>Save and &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: type 1-5 on a row (it moves to the next), 0 clears; Ctrl+Enter saves, {0} saves and opens the next one missing.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation type="unfinished"></translation>
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
        <source>Pairs that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most severe first: severity, pair, why and the detail; Enter opens the pair</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made daily</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
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
        <source>Meetings of the selected day</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings coming up</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation type="unfinished"></translation>
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
        <source>Add a name to the list “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected name from the list “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected name up in the list “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected name down in the list “{0}”</source>
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
    <name>Document</name>
    <message>
        <source>Generated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse mentoring programme</source>
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
        <translation type="unfinished"></translation>
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
        <source>Lan&amp;guage of documents:</source>
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
        <source>The clauses have no text to print; write some or reset to default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clauses use {unknown}, which rmdesk cannot fill in; use {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
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
        <source>Good fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a good fit</source>
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
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
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
        <source>Every participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every topic of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every goal template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every assessment score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every assessment dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pairing-fit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing from the file.</source>
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
        <source>{name} is active: a cycle cannot go back to planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is closed: a cycle cannot go back to planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is closed: a cycle cannot go back to active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cycle status “{status}”: use planning, active or closed.</source>
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
        <source>Replaces {full_name} as mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} cannot be discarded: only a proposal can (end an active pair early instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal {mentor} – {mentee} already has {value}: end it early instead of discarding it.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode &amp; location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level gap</source>
        <translation type="unfinished"></translation>
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
        <source>No participant with id {id} who can be paired.</source>
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
        <source>No pair with id {id}.</source>
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
        <source>an unknown place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {level}</source>
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
        <source>no place left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place left for both</source>
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
        <source>No mentee in {cycle} is still looking for a mentor.</source>
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
        <source>Unknown language “{given}”: choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}, {tail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} and {tail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}; {tail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are the email: keep one, or --map the other to “”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are the timestamp: keep one, or --map the other to “”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map names “{header}”, which is not a column of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{target}” is not something to fill; use one of: {targets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail column: say which column holds the addresses (on the command line: --map &quot;Header=email&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is a question of the self-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, “{header}”: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {line}, “{header}”: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not yes, maybe or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second, different take-part-again answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second, different satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second, different answer for {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answered more than once (lines {others} and {latest}): line {latest} is kept, the latest by its timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answered more than once (lines {others} and {latest}): line {latest} is kept, the later in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answered more than once (rows {others} and {latest}): row {latest} is kept, the latest by its timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answered more than once (rows {others} and {latest}): row {latest} is kept, the later in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} is not in a pair of this cycle (check the address, or leave unknown addresses out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answered nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in {count} pairs of this cycle: their answers are saved for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem, the first: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problems, the first: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} The database is as it was before.</source>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPairsDialog</name>
    <message>
        <source>Archive participant</source>
        <translation type="unfinished"></translation>
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
        <source>Everything rmdesk holds about the selected participant, as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport this person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this &amp;person…</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager (email, employee ID or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
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
    <name>Forms</name>
    <message>
        <source>Tick one box per line: {0} = not at all, {1} = fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick any that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse mentoring · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midpoint self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please rate yourself on each line, give your overall satisfaction and add anything you want the coordinator to know. Your answers go to the coordinator only; reports show figures over groups, never one person&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing-fit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your first meeting: is this pairing working for you? Each person answers separately and the coordinator alone reads the answers, so say it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign up for reverse mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reverse mentoring a junior colleague (the mentor) shares their knowledge and perspective with a senior colleague (the mentee), and learning goes both ways. Fill in this sheet and hand it to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall satisfaction with the programme so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any comment for the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you take part in the programme again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take part again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} = not at all, {1} = fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (junior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee (senior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is the pairing working for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the coordinator should know (kept private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like to take part as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics I can offer (mentors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics I want to learn about (mentees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I am usually available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I work</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Goals by pair and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pair, then whose goal it is, then the goals with status and progress</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee no goals yet, mentor {0}/{1} achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee {0}/{1} achieved, mentor no goals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee {0}/{1} achieved, mentor {2}/{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only dropped goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}&apos;s goals · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the target date {0} has passed and the goal is not achieved.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesDialog</name>
    <message>
        <source>Guides for the pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## starts a section, - a bullet point; # lines are not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation: junior mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation: senior mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee&apos;s department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers / wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns in the file: choose what each one is imported as (click “Imported as”). Columns marked (ignored) are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file, what it is imported as and sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create these topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns in the file ({0} text, separated by “{1}”): choose what each one is imported as (click “Imported as”). Columns marked (ignored) are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} new · {1} updated · {2} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics rmdesk does not know yet: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns cannot be imported as they are: choose what they are imported as above (the problems are listed below), or correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} problem in the worksheet, listed below with its row (the header is row 1) and column. Nothing will be imported until it is fixed in the file; then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} problems in the worksheet, listed below with their row (the header is row 1) and column. Nothing will be imported until they are fixed in the file; then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} problem in the file, listed below with its line (the header is line 1) and column. Nothing will be imported until it is fixed in the file; then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} problems in the file, listed below with their line (the header is line 1) and column. Nothing will be imported until they are fixed in the file; then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Create these topics”, or correct their names in the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the file is already in rmdesk as it is: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. Import adds and updates these people in one step, after a backup; people already in rmdesk are matched by employee ID, else by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a good fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (junior, shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee (senior, learns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the midpoint phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode &amp; location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;airs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify that the database file is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a verified copy in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an earlier backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a verified copy of this programme where you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> C&amp;ycle: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo programme ({0}) — rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo programme: made-up people, in a file of its own ({0}). Your real programme is not open and nothing you do here reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule meetings for this pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;meeting for this pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark last meeting &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pair needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pairs need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2} archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} found:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database check: {0} is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes language the next time rmdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;rmdesk {0}&lt;/h3&gt;&lt;p&gt;A desk for a reverse mentoring programme: juniors share what they know best with senior leaders, and both sides grow.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number on a day: its meetings, in the colour of most ({0}); {1} on it: one was cancelled · {2} milestone · {3} closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} meeting: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} meetings: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room, address or video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private to you: never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cycle has no pair to meet yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a closed day ({1}). Plan the meeting on it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a closed day. Plan the meeting on it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &amp; {1}, {2} {3}–{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It overlaps {0} meeting of this pair or its people:
{1}

Plan it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It overlaps {0} meetings of this pair or its people:
{1}

Plan it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of milestone {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPairDialog</name>
    <message>
        <source>New pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor (junior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show mentors they were &amp;paired with before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free mentor can be paired with this mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Pair them again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;entee (senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone is already paired in this cycle: no free mentor or mentee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Mentee (senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a good fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1} of {2} scheduled meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1} of {2} scheduled meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals (set excludes dropped; rate = achieved / set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessments (scores 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1–5, each person&apos;s latest answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing fit (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures, tab-separated, to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-cycle report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle&apos;s outcomes as a PDF, for leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change = the mean of each person&apos;s own difference (final − baseline) over the “n both” people who have both scores, so people who joined or left halfway do not bias it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cycle in the toolbar to see its outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} to {2} · the whole cycle, every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {0} proposed pair waits to be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {0} proposed pairs wait to be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcomes yet: no pair of this cycle has started.{0} Figures appear here once pairs are active: meetings held, goals set and achieved, self-assessments and pairing-fit answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of {0} ({1} to {2})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairDetailDialog</name>
    <message>
        <source>Agreement &amp;signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair: {0} &amp; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Mentor (junior): {0}{1}&lt;br&gt;Mentee (senior): {2}{3}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Why it ended: {0}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The match&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No score was kept for this pair.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Score {0:.0f} of 100 when it was proposed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meetings&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} held · {1} planned · {2} cancelled · {3} missed&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Goals&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No goals yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;{0} — {1}, {2} %&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pairing fit&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nobody has answered yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;{0}: {1} on {2}{3}&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assessments done&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;None yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the agreement was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} · {1}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Started {0}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Ended {0}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancelled: {0}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Every meeting&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, satisfaction {0} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;{0} (before rmdesk kept a history)&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;History&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed, replacing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor replaced by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: signed on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: not signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pairs</name>
    <message>
        <source> ({0} free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentors {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsOutcomeModel</name>
    <message>
        <source>Formed (started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed, not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsTab</name>
    <message>
        <source>New &amp;cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new programme cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit c&amp;ycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cycle&apos;s name, dates and meeting rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the cycle as running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the cycle as finished; it takes no new pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair a mentor and a mentee by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggest matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the best pairs for everyone unpaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blish proposed pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn every proposed pair into an active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish se&amp;lected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair finished the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End pair early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the pair before the cycle ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mentee another mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected proposals become active pairs and start meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected proposals nobody acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the pairing agreement was signed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair de&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair&apos;s match, meetings, goals, answers, agreement and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pairs by name, department, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected pair&apos;s detail; several proposals can be selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a mentee starts a new pair for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme cycle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cycle is one run of the programme, typically nine months. Create one, then pair its mentors and mentees by hand or let rmdesk suggest the best pairs for everyone at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unpaired mentees&lt;/b&gt; ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unpaired mentors&lt;/b&gt; ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pairs yet. Suggest matches (Ctrl+M) proposes the best pairs for the whole cohort; New pair forms one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed pairs become active when you publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} active pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} active pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} proposed pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} proposed pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} completed pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} completed pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pair ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pairs ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created cycle {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this cycle as running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this cycle? A closed cycle takes no new pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pair proposed. Publish it when everyone agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pairs proposed. Publish them when everyone agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the {0} proposed pair active from {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all {0} proposed pairs active from {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected proposal active from {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the {0} selected proposals active from {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pair published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pairs published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the {0} selected proposals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} proposal discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} proposals discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement si&amp;gned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} to {2} · {3} · meetings every {4}, {5} min&lt;br&gt;{6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement recorded as signed on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the proposal {0} – {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair ended; both people are free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor replaced; the new pair is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, as they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. ana.silva@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the HR system&apos;s, matches this person on re-import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor: junior, shares what they know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee: senior leader, learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pairs this person can be in at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick topics; drag to put the most important first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;ation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers topic&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants topic&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save ({0}). Nothing was written and your entries are still here: free some disk space or check the folder, then press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantHistory</name>
    <message>
        <source>Cycles and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paired in any cycle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would take part again: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>offers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>&amp;New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit participant…	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete or archive…	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected participant, or archive them if they have pair history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete / archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an archived participant back into the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back what was just removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the participants list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, department, topic, email, employee ID… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the people whose name, department, topics, email or ID match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors (junior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees (senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paired in this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni (took part before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current people paired in a cycle other than the toolbar&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current people in no proposed or active pair of the toolbar&apos;s cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter edits the selected person, Delete removes them; the profile is beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the juniors who will mentor and the senior leaders who will learn from them, one by one, or from a spreadsheet with File &gt; Import participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a programme file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme lives in one file, and the one open now is empty. Start your programme in it, open a programme file you already have, or look around a made-up organisation in a demo file of its own (it never mixes with your programme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a participant to see their profile.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is archived and has pair history, so they are kept for the record. Use Restore to bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has pair history, so they will be archived, not deleted: their pairs, meetings and goals stay in the record. Archive {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}? Their profile and topics are removed (you can undo this with Ctrl+Z until you close rmdesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo archive {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived {0}. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {0}. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended {0} pair early and archived {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended {0} pairs early and archived {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is set up to open PDF files; use Save as instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the document: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print system could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {0} page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {0} pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeFiles</name>
    <message>
        <source>&amp;New programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty programme in a file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a made-up programme in a demo file of its own (yours stays as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the de&amp;mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;k to my programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the demo and open your last programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk programmes (*.rmdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists. A new programme never replaces a file: choose another name, or open it with File &gt; Open programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other recent programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo programme: {0} ({1}, {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} made-up participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} made-up participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo was cancelled; its file is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress in per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; ({0} update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; ({0} updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: no update recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Not saved: the database could not be written ({0}). Nothing of this step was written and everything saved before is safe. Free some disk space or check the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceMentorDialog</name>
    <message>
        <source>Replace mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee: {0} (now with {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the mentor changes (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor has a free place in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor from the list.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentees</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation type="unfinished"></translation>
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
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person&apos;s latest answer; someone in two pairs counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing fit (answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer per person and pair, after their first meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Reaction: how the programme felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Learning: self-assessment before and after (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment dimensions defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
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
    <message>
        <source>n counts people. Change is the mean of each person&apos;s own difference (final − baseline) over the n people with both, so people who joined or left halfway do not bias it. These are people&apos;s ratings of themselves, not a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set excludes dropped goals; rate = achieved ÷ set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals recorded yet (n = 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} topic hidden: too few people to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} topics hidden: too few people to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Behaviour: goals, and what leaders committed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the senior mentees committed to: {0} people set goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The senior mentees have not recorded goals of their own yet.</source>
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
        <source>The senior mentees committed to {0} of their own: {1} achieved, {2} still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} more dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the junior mentors set {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formed (started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance = held ÷ (held + missed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Results: did pairs stay, would people take part again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would take part again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has answered yet (n = 0): the final self-assessment asks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people answered: too few to give a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person once, by their latest final self-assessment; shares are of the people who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reasons are left out of the anonymised report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early because: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair ended early.</source>
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
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person counts once, in their own group. Satisfaction: mean of each person&apos;s latest answer (1–5); change: mean over the dimensions of each person&apos;s final − baseline; goals: achieved ÷ set, of the goals the group&apos;s people set. The number in brackets is the people each figure is taken over. A figure about 1 or 2 people reads “fewer than 3”, and one that would give such a figure back from the “All” row reads “withheld”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part: by department and by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair has started yet, so there is no one to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part: by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By level band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this copy without names the groups show only how many people they hold: their figures, set beside the tables by role, could be subtracted from them to give back one or two people&apos;s answers. The copy with names shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (not ended early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals achieved (rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction, senior mentees (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction, junior mentors (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment change, per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cycle&apos;s figures are counted the same way: people once, whatever their number of pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the previous cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} of {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors (junior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees (senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candour, over the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person&apos;s latest answer, over everyone who gave one. Shown only when 3 people or more answered, never per pair or per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals recorded yet, so there is nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} topic left out of the chart: the goals of fewer than 3 people, or enough to work them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} topics left out of the chart: the goals of fewer than 3 people, or enough to work them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means on a 1–5 scale; the people behind each mean are in the table above. A missing bar means no answers in that phase yet, or fewer than 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means on a 1–5 scale; the people behind each mean are in the table above. A missing bar means no answers in that phase yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after, per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (baseline mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (final mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dimension has answers from fewer than 3 people, so there is nothing to compare here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-assessments recorded yet (n = 0), so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named report has a section per pair; this one has none. Whatever were taken out of it, a pair&apos;s status, meetings and goals would describe its two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair has started in this cycle yet: no meetings held yet, no goals to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held and each side&apos;s goals with their outcome. Private meeting notes are not part of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reason: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the last on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} still planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction {0}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome — {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair {0} · {1} (mentor) and {2} (mentee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels {0}–{1} ({2}, {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesActions</name>
    <message>
        <source>Import res&amp;ponses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment answers from an online or paper form (CSV or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} person&apos;s answers for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} people&apos;s answers for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <source>Import responses — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out answers from addresses not in the cycle&apos;s pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace answers already saved for this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column is read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a cycle first: answers belong to its pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would take part again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} problem, listed below: nothing will be imported until it is fixed in the file or by the choices above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} person&apos;s answers for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people&apos;s answers for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} problems, listed below: nothing will be imported until they are fixed in the file or by the choices above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no answers to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. Import saves these answers in one step, after a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} answer from an unknown address is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} answers from unknown addresses are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read “{0}” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each backup: when it was made, its size, why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database goes back to the chosen moment. What it holds now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet: use File &gt; Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Schedule meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every active pair of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the cycle ends on {0}. Closed days are skipped; days that already have a meeting for a pair are left as they are, so running this again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} To plan meetings anyway, pick a first day within it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Programme files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete or archive the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go to the first row of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals (in the Goals tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record pairing fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score the row and move to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the row&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save and open the next one missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-12-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a whole date in one go: the year is selected when you enter the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year, month or day later or earlier (the part under the cursor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date outside the allowed days moves to the nearest one, and says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in Pairing fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in the Assessments list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, or leaving the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Participants · Pairs · Calendar · Goals tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the File · Edit · Programme · Documents · Help menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the last delete on the shown tab (Edit &gt; Undo names it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the button or field whose label shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message>
        <source>Mentor shortlists: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor shortlist · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mentor shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse mentoring, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reverse mentoring a junior colleague mentors you. These colleagues suit you best of everyone the programme&apos;s rules allow, best match first. Tick the one you would like to work with (or none, and say why) and give this page back to the programme coordinator: nothing is decided before you have chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What you want to learn about:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor can be proposed to you at the moment: the coordinator will come back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature and date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match {0} of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database could not be written ({0}). If the disk is full or the folder is read-only, free space or fix it; the last step was not saved, everything before it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last step was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the last step may not have finished: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestMatchesDialog</name>
    <message>
        <source>Suggest matches — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the best pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not matched&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept ticked as proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring every mentor with every mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} proposed pair, score {1:.0f} of 100 (the best for the whole cohort). Untick it if you do not want it, then accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each proposal with its score and why; untick a proposal to leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} proposed pairs, average score {1:.0f} of 100 (the best total for the whole cohort). Untick any you do not want, then accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair can be proposed: see who is not matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1:.0f}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best candidates: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}): proposal unticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not matched&lt;/b&gt; ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Press Settings… or close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matcher failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Goal templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General (any topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How we will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Edit the selected template&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New template&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “{0}”? Goals already made from it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Matching settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many levels the mentor must be below the mentee; 0 allows peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;level gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;repeats in {0}: pair people again who were paired before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weights&lt;/b&gt;: a criterion with weight 0 is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last delete on this tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PersonAnswer</name>
    <message>
        <source>What they said (optional, private to you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee, senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor, junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · answered {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
