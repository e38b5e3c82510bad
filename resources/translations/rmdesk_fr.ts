<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>{0} &amp; {1}: {2}</source>
        <translation>{0} &amp; {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Why it can wait (optional)</source>
        <translation>Pourquoi cela peut attendre (facultatif)</translation>
    </message>
    <message>
        <source>Off the list until</source>
        <translation>Hors de la liste jusqu’au</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>the programme coordinator</source>
        <translation>la coordination du programme</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>l’organisation</translation>
    </message>
    <message>
        <source>The junior colleague. Shares first-hand knowledge and perspective, leads the conversation on the focus topics and challenges assumptions.</source>
        <translation>Le jeune collaborateur. Partage ses connaissances et son regard de première main, mène l’échange sur les thèmes choisis et remet en question les idées reçues.</translation>
    </message>
    <message>
        <source>The senior colleague. Learns from the mentor, brings questions, tries things out between meetings and offers perspective on the organisation in return.</source>
        <translation>Le dirigeant. Apprend du mentor, apporte ses questions, met en pratique entre les rencontres et partage en retour son regard sur l’organisation.</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en présentiel</translation>
    </message>
    <message>
        <source>by video call</source>
        <translation>en visioconférence</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>Mentor (junior colleague)</source>
        <translation>Mentor (jeune collaborateur)</translation>
    </message>
    <message>
        <source>Mentee (senior colleague)</source>
        <translation>Mentoré (dirigeant)</translation>
    </message>
    <message>
        <source>Pairing agreement: {0} and {1}</source>
        <translation>Convention de binôme&#xa0;: {0} et {1}</translation>
    </message>
    <message>
        <source>Pairing agreements: {0}</source>
        <translation>Conventions de binôme&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
    <message>
        <source>Pairing agreement · {0} and {1}</source>
        <translation>Convention de binôme · {0} et {1}</translation>
    </message>
    <message>
        <source>Pairing agreement</source>
        <translation>Convention de binôme</translation>
    </message>
    <message>
        <source>Reverse mentoring · {cycle} · {period}</source>
        <translation>Mentorat inversé · {cycle} · {period}</translation>
    </message>
    <message>
        <source>This agreement records how &lt;b&gt;{mentor}&lt;/b&gt; and &lt;b&gt;{mentee}&lt;/b&gt; will work together in {cycle}, from {start} to {end}. In reverse mentoring the junior colleague is the mentor: learning goes both ways, and both of you set goals.</source>
        <translation>Cette convention précise comment &lt;b&gt;{mentor}&lt;/b&gt; et &lt;b&gt;{mentee}&lt;/b&gt; travailleront ensemble pendant le cycle {cycle}, du {start} au {end}. Dans le mentorat inversé, c’est le jeune collaborateur qui est le mentor&#xa0;: chacun apprend de l’autre, et vous vous fixez tous deux des objectifs.</translation>
    </message>
    <message>
        <source>The pair</source>
        <translation>Le binôme</translation>
    </message>
    <message>
        <source>Focus topics</source>
        <translation>Thèmes choisis</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>The mentee’s goals (senior colleague)</source>
        <translation>Objectifs du mentoré (dirigeant)</translation>
    </message>
    <message>
        <source>The mentor’s goals (junior colleague)</source>
        <translation>Objectifs du mentor (jeune collaborateur)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>To be agreed at the first meeting.</source>
        <translation>À convenir lors de la première rencontre.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>How we will know it is achieved</source>
        <translation>Comment nous saurons qu’il est atteint</translation>
    </message>
    <message>
        <source>By (date)</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No goals recorded yet: write them in together.</source>
        <translation>Aucun objectif enregistré pour l’instant&#xa0;: inscrivez-les ensemble.</translation>
    </message>
    <message>
        <source>We meet every {0} for about {1}, usually {2}.</source>
        <translation>Nous nous rencontrons {0}, pendant environ {1}, le plus souvent {2}.</translation>
    </message>
    <message>
        <source>We meet every {0} for about {1}, in person, by video or by phone as we agree.</source>
        <translation>Nous nous rencontrons {0}, pendant environ {1}, en présentiel, en visioconférence ou par téléphone, comme nous en convenons.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First meeting:&lt;/b&gt; not planned yet; agree a date and tell {0}.</source>
        <translation>&lt;b&gt;Première rencontre&#xa0;:&lt;/b&gt; pas encore prévue&#xa0;; convenez d’une date et prévenez {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First meeting:&lt;/b&gt; {weekday} {date} at {time}, {length}, {place}.</source>
        <translation>&lt;b&gt;Première rencontre&#xa0;:&lt;/b&gt; {weekday} {date} à {time}, {length}, {place}.</translation>
    </message>
    <message>
        <source>How we will work together</source>
        <translation>Notre façon de travailler ensemble</translation>
    </message>
    <message>
        <source>Programme coordinator</source>
        <translation>Coordination du programme</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By signing, we agree to work together as described above.</source>
        <translation>En signant, nous convenons de travailler ensemble comme décrit ci-dessus.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Enter assessment</source>
        <translation>Saisir une évaluation</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>Scores: 1 = not at all … 5 = very much</source>
        <translation>Notes&#xa0;: 1 = pas du tout … 5 = tout à fait</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Overall &amp;satisfaction</source>
        <translation>&amp;Satisfaction globale</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Would take part &amp;again</source>
        <translation>&amp;Envie de participer à nouveau</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Enregistrer et suiva&amp;nte</translation>
    </message>
    <message>
        <source>Keys: type 1-5 on a row (it moves to the next), 0 clears; Ctrl+Enter saves, {0} saves and opens the next one missing.</source>
        <translation>Clavier&#xa0;: tapez 1 à 5 sur une ligne (le curseur passe à la suivante), 0 efface&#xa0;; Ctrl+Entrée enregistre, {0} enregistre et ouvre la prochaine évaluation manquante.</translation>
    </message>
    <message>
        <source>Save, then open the next assessment still missing</source>
        <translation>Enregistrer, puis ouvrir la prochaine évaluation encore manquante</translation>
    </message>
    <message>
        <source>Nobody owes an assessment in this cycle yet.</source>
        <translation>Aucune évaluation n’est encore attendue dans ce cycle.</translation>
    </message>
    <message>
        <source>{0} &lt;i&gt;Saved: {1}.&lt;/i&gt;</source>
        <translation>{0} &lt;i&gt;Enregistrée&#xa0;: {1}.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not entered yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pas encore saisie.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved on {0}&lt;/b&gt;: saving again replaces it.</source>
        <translation>&lt;b&gt;Enregistrée le {0}&lt;/b&gt;&#xa0;: un nouvel enregistrement la remplace.</translation>
    </message>
    <message>
        <source>Choose who this assessment is for.</source>
        <translation>Choisissez la personne concernée par cette évaluation.</translation>
    </message>
    <message>
        <source>Assessment not complete</source>
        <translation>Évaluation incomplète</translation>
    </message>
    <message>
        <source>{0} of {1} not answered. Save what is filled in?</source>
        <translation>{0} sur {1} sans réponse. Enregistrer ce qui est rempli&#xa0;?</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>Évaluation enregistrée.</translation>
    </message>
    <message>
        <source>{0} assessments saved.</source>
        <translation>{0} évaluations enregistrées.</translation>
    </message>
</context>
<context>
    <name>AssessmentsModel</name>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentoré (senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (junior)</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>Réponses&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Overdue: missing</source>
        <translation>En retard&#xa0;: manquante</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À saisir</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Due on {0} and not entered yet.</source>
        <translation>Attendue le {0} et pas encore saisie.</translation>
    </message>
    <message>
        <source>Entered. Double-click to see or change it.</source>
        <translation>Saisie. Double-cliquez pour la consulter ou la modifier.</translation>
    </message>
    <message>
        <source>Entered with {0} of {1} not answered. Double-click to complete it.</source>
        <translation>Saisie avec {0} sur {1} sans réponse. Double-cliquez pour la compléter.</translation>
    </message>
    <message>
        <source>Due on {0}. Double-click to enter it.</source>
        <translation>Attendue le {0}. Double-cliquez pour la saisir.</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Only &amp;missing</source>
        <translation>Seulement les &amp;manquantes</translation>
    </message>
    <message>
        <source>Hide the assessments entered in full</source>
        <translation>Masquer les évaluations saisies en entier</translation>
    </message>
    <message>
        <source>Assessments are owed by the people of active, completed or ended pairs; none here yet.</source>
        <translation>Les évaluations sont attendues des personnes des binômes actifs, terminés ou interrompus&#xa0;; aucune pour l’instant.</translation>
    </message>
    <message>
        <source>{1} of {0} assessment entered</source>
        <translation>Évaluation saisie&#xa0;: {1} sur {0}</translation>
    </message>
    <message>
        <source>{1} of {0} assessments entered</source>
        <translation>Évaluations saisies&#xa0;: {1} sur {0}</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} en retard</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Acknowledged until {0}.</source>
        <translation>En attente jusqu’au {0}.</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>Afficher les éléments en attente</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Pairs that need attention</source>
        <translation>Binômes à traiter</translation>
    </message>
    <message>
        <source>Most severe first: severity, pair, why and the detail; Enter opens the pair</source>
        <translation>Les plus urgents d’abord&#xa0;: urgence, binôme, motif et détail&#xa0;; Entrée ouvre le binôme</translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation>Ouvrir le binôme</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Marquer comme tenue</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Mettre en attente…</translation>
    </message>
    <message>
        <source>Back on the list</source>
        <translation>Remettre dans la liste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; ({0} pair)</source>
        <translation>&lt;b&gt;À traiter&lt;/b&gt; ({0} binôme)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; ({0} pairs)</source>
        <translation>&lt;b&gt;À traiter&lt;/b&gt; ({0} binômes)</translation>
    </message>
    <message>
        <source>Marked as held.</source>
        <translation>Marquée comme tenue.</translation>
    </message>
    <message>
        <source>Acknowledged: off the list until then.</source>
        <translation>Mis en attente&#xa0;: hors de la liste jusqu’à cette date.</translation>
    </message>
    <message>
        <source>Back on the attention list.</source>
        <translation>De nouveau dans la liste «&#xa0;À traiter&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>A backup is already running.</source>
        <translation>Une sauvegarde est déjà en cours.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to {0} ({1}).</source>
        <translation>Sauvegarde enregistrée dans {0} ({1}).</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>rmdesk programmes (*.rmdesk);;All files (*)</source>
        <translation>Programmes rmdesk (*.rmdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement d’une copie…</translation>
    </message>
    <message>
        <source>Saved a verified copy: {0} ({1}).</source>
        <translation>Copie vérifiée enregistrée&#xa0;: {0} ({1}).</translation>
    </message>
    <message>
        <source>Today&apos;s backup: {0}.</source>
        <translation>Sauvegarde du jour&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Sauvegarde du jour en cours…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the current data with {0}?</source>
        <translation>Remplacer les données actuelles par {0}&#xa0;?</translation>
    </message>
    <message>
        <source>Restored {0}; the replaced data is backed up.</source>
        <translation>Restauration de {0} effectuée&#xa0;; les données remplacées sont sauvegardées.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>A backup is being made: choose Restore again in a moment.</source>
        <translation>Une sauvegarde est en cours&#xa0;: relancez la restauration dans un instant.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>made before a restore</source>
        <translation>faite avant une restauration</translation>
    </message>
    <message>
        <source>made before an import</source>
        <translation>faite avant une importation</translation>
    </message>
    <message>
        <source>made before rmdesk updated the file</source>
        <translation>faite avant que rmdesk ne mette à jour le fichier</translation>
    </message>
    <message>
        <source>made before a person&apos;s data was erased</source>
        <translation>faite avant l’effacement des données d’une personne</translation>
    </message>
    <message>
        <source>made after a person&apos;s data was erased</source>
        <translation>faite après l’effacement des données d’une personne</translation>
    </message>
    <message>
        <source>the manual backup of {0}</source>
        <translation>la sauvegarde manuelle du {0}</translation>
    </message>
    <message>
        <source>the daily backup of {0}</source>
        <translation>la sauvegarde quotidienne du {0}</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite manuellement</translation>
    </message>
    <message>
        <source>made daily</source>
        <translation>sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>reason: {0}</source>
        <translation>motif&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the backup of {0} ({1})</source>
        <translation>la sauvegarde du {0} ({1})</translation>
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
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule meetings…</source>
        <translation>Planifier des rencontres…</translation>
    </message>
    <message>
        <source>Closed days…</source>
        <translation>Jours de fermeture…</translation>
    </message>
    <message>
        <source>Milestones…</source>
        <translation>Jalons…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exporter en .ics…</translation>
    </message>
    <message>
        <source>Meetings of the selected day</source>
        <translation>Rencontres du jour choisi</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Marquer comme tenue</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Marquer comme manquée</translation>
    </message>
    <message>
        <source>Meetings coming up</source>
        <translation>Prochaines rencontres</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (next {0} days)</source>
        <translation>&lt;b&gt;À venir&lt;/b&gt; ({0} prochains jours)</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Aucun cycle pour l’instant</translation>
    </message>
    <message>
        <source>Meetings belong to a cycle&apos;s pairs: create a cycle in the Pairs tab.</source>
        <translation>Les rencontres appartiennent aux binômes d’un cycle&#xa0;: créez un cycle dans l’onglet Binômes.</translation>
    </message>
    <message>
        <source>Every pair</source>
        <translation>Tous les binômes</translation>
    </message>
    <message>
        <source>Pair: {0} &amp; {1}</source>
        <translation>Binôme&#xa0;: {0} &amp; {1}</translation>
    </message>
    <message>
        <source>Person: {0}</source>
        <translation>Personne&#xa0;: {0}</translation>
    </message>
    <message>
        <source>⚠ {0} overlap this month: {1} on {2}.</source>
        <translation>⚠ {0} chevauchement ce mois-ci&#xa0;: {1} le {2}.</translation>
    </message>
    <message>
        <source>⚠ {0} overlaps this month, e.g. {1} on {2}.</source>
        <translation>⚠ {0} chevauchements ce mois-ci, p.&#xa0;ex. {1} le {2}.</translation>
    </message>
    <message>
        <source>closed: {0}</source>
        <translation>jour de fermeture&#xa0;: {0}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>jour de fermeture</translation>
    </message>
    <message>
        <source>{0} meeting</source>
        <translation>{0} rencontre</translation>
    </message>
    <message>
        <source>{0} meetings</source>
        <translation>{0} rencontres</translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation>aucune rencontre</translation>
    </message>
    <message>
        <source>Meeting planned.</source>
        <translation>Rencontre prévue.</translation>
    </message>
    <message>
        <source>Meeting saved.</source>
        <translation>Rencontre enregistrée.</translation>
    </message>
    <message>
        <source>Marked as held.</source>
        <translation>Marquée comme tenue.</translation>
    </message>
    <message>
        <source>Marked as missed.</source>
        <translation>Marquée comme manquée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <source>Planned {0} ({1} already had one, {2} skipped).</source>
        <translation>Planification&#xa0;: {0} ({1} avec déjà une rencontre, hors {2}).</translation>
    </message>
    <message>
        <source>{0} day</source>
        <translation>{0} jour</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>{0} closed day</source>
        <translation>{0} jour de fermeture</translation>
    </message>
    <message>
        <source>{0} closed days</source>
        <translation>{0} jours de fermeture</translation>
    </message>
    <message>
        <source>{0} closed day.</source>
        <translation>{0} jour de fermeture.</translation>
    </message>
    <message>
        <source>{0} closed days.</source>
        <translation>{0} jours de fermeture.</translation>
    </message>
    <message>
        <source>Milestones saved.</source>
        <translation>Jalons enregistrés.</translation>
    </message>
    <message>
        <source>This pair has no past meeting still planned.</source>
        <translation>Ce binôme n’a aucune rencontre passée encore marquée comme prévue.</translation>
    </message>
    <message>
        <source>Meeting of {0} marked as held.</source>
        <translation>Rencontre du {0} marquée comme tenue.</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Exporter les rencontres</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>Exported {0} meeting to {1}.</source>
        <translation>{0} rencontre exportée vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} meetings to {1}.</source>
        <translation>{0} rencontres exportées vers {1}.</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel a meeting</source>
        <translation>Annuler une rencontre</translation>
    </message>
    <message>
        <source>Cancel the meeting of &lt;b&gt;{0} &amp; {1}&lt;/b&gt; on {2}, {3}–{4}?</source>
        <translation>Annuler la rencontre de &lt;b&gt;{0} &amp; {1}&lt;/b&gt; le {2}, {3}–{4}&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Who cancelled?</source>
        <translation>&amp;Qui a annulé&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Annuler la rencontre</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La conserver</translation>
    </message>
</context>
<context>
    <name>ClosedDaysDialog</name>
    <message>
        <source>Closed days</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <source>e.g. Christmas, office move</source>
        <translation>p.&#xa0;ex. Noël, déménagement des bureaux</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Series of meetings skip these days, and booking a meeting on one asks first. For a single day, keep From and To the same; Enter adds it.</source>
        <translation>Les séries de rencontres sautent ces jours, et planifier une rencontre l’un de ces jours demande d’abord confirmation. Pour un seul jour, indiquez deux fois la même date&#xa0;; la touche Entrée l’ajoute.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation>{0} au {1} ({2})</translation>
    </message>
    <message>
        <source>{0} day</source>
        <translation>{0} jour</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>It overlaps {0}: remove that one first.</source>
        <translation>Cette période chevauche {0}&#xa0;: retirez d’abord cette dernière.</translation>
    </message>
    <message>
        <source>{0} &amp; {1}, {2}</source>
        <translation>{0} &amp; {1}, {2}</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} autres</translation>
    </message>
    <message>
        <source>Meetings on closed days</source>
        <translation>Rencontres sur des jours de fermeture</translation>
    </message>
    <message>
        <source>{0} planned meeting falls on a closed day:</source>
        <translation>{0} rencontre prévue tombe un jour de fermeture&#xa0;:</translation>
    </message>
    <message>
        <source>{0} planned meetings fall on closed days:</source>
        <translation>{0} rencontres prévues tombent des jours de fermeture&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Annuler la rencontre</translation>
    </message>
    <message>
        <source>Cancel the meetings</source>
        <translation>Annuler les rencontres</translation>
    </message>
    <message>
        <source>Keep it planned</source>
        <translation>La maintenir</translation>
    </message>
    <message>
        <source>Keep them planned</source>
        <translation>Les maintenir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>New cycle</source>
        <translation>Nouveau cycle</translation>
    </message>
    <message>
        <source>Edit cycle</source>
        <translation>Modifier le cycle</translation>
    </message>
    <message>
        <source>e.g. 2027 cohort</source>
        <translation>p.&#xa0;ex. promotion 2027</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>&amp;Nom*</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Début le</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Fin le</translation>
    </message>
    <message>
        <source>Meet e&amp;very</source>
        <translation>Rencontres &amp;tous les</translation>
    </message>
    <message>
        <source>Meetings &amp;last</source>
        <translation>D&amp;urée des rencontres</translation>
    </message>
</context>
<context>
    <name>CycleSelector</name>
    <message>
        <source>The programme cycle shown in Pairs, Calendar and Goals</source>
        <translation>Le cycle du programme affiché dans Binômes, Calendrier et Objectifs</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Aucun cycle pour l’instant</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{0} is before {1}, the earliest date this field takes: it now reads {1}.</source>
        <translation>{0} tombe avant le {1}, première date acceptée ici&#xa0;: le champ indique désormais {1}.</translation>
    </message>
    <message>
        <source>{0} is after {1}, the latest date this field takes: it now reads {1}.</source>
        <translation>{0} tombe après le {1}, dernière date acceptée ici&#xa0;: le champ indique désormais {1}.</translation>
    </message>
</context>
<context>
    <name>DimensionsDialog</name>
    <message>
        <source>Assessment dimensions</source>
        <translation>Dimensions d’évaluation</translation>
    </message>
    <message>
        <source>Mentees (senior) rate themselves on</source>
        <translation>Les mentorés (seniors) s’évaluent sur</translation>
    </message>
    <message>
        <source>Mentors (junior) rate themselves on</source>
        <translation>Les mentors (juniors) s’évaluent sur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a name to the list “{0}”</source>
        <translation>Ajouter un nom à la liste «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected name from the list “{0}”</source>
        <translation>Retirer le nom sélectionné de la liste «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected name up in the list “{0}”</source>
        <translation>Monter le nom sélectionné dans la liste «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected name down in the list “{0}”</source>
        <translation>Descendre le nom sélectionné dans la liste «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Double-click a name to edit it; drag or use Up/Down to order. Scores already given keep the name they were given under.</source>
        <translation>Double-cliquez sur un nom pour le modifier&#xa0;; faites glisser ou utilisez Monter/Descendre pour changer l’ordre. Les notes déjà données gardent le nom sous lequel elles ont été données.</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Nouvelle dimension</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Generated {0}</source>
        <translation>Généré le {0}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <source>Reverse mentoring programme</source>
        <translation>Programme de mentorat inversé</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Agreement for this pair</source>
        <translation>&amp;Convention de ce binôme</translation>
    </message>
    <message>
        <source>Print the selected pair&apos;s agreement</source>
        <translation>Imprimer la convention du binôme sélectionné</translation>
    </message>
    <message>
        <source>Agreements for all a&amp;ctive pairs</source>
        <translation>Conventions de tous les binômes &amp;actifs</translation>
    </message>
    <message>
        <source>One PDF with the agreement of every active pair of the cycle</source>
        <translation>Un seul PDF avec la convention de chaque binôme actif du cycle</translation>
    </message>
    <message>
        <source>Agreements for all active pairs, &amp;one file each…</source>
        <translation>Conventions des binômes actifs, &amp;un fichier chacune…</translation>
    </message>
    <message>
        <source>A PDF per active pair, written into a folder you choose</source>
        <translation>Un PDF par binôme actif, enregistré dans le dossier de votre choix</translation>
    </message>
    <message>
        <source>&amp;End-of-cycle report</source>
        <translation>&amp;Bilan de fin de cycle</translation>
    </message>
    <message>
        <source>The cycle&apos;s outcomes, for leadership</source>
        <translation>Les résultats du cycle, pour la direction</translation>
    </message>
    <message>
        <source>&amp;Forms…</source>
        <translation>&amp;Questionnaires…</translation>
    </message>
    <message>
        <source>Self-assessment and fit forms to hand out, a sign-up sheet, or their questions for an online form</source>
        <translation>Questionnaires d’auto-évaluation et de compatibilité à distribuer, fiche d’inscription, ou leurs questions pour un formulaire en ligne</translation>
    </message>
    <message>
        <source>Session &amp;pack for this pair</source>
        <translation>&amp;Dossier de ce binôme</translation>
    </message>
    <message>
        <source>The selected pair&apos;s orientation sheets, their topics&apos; guides and goals</source>
        <translation>Les fiches d’accueil du binôme sélectionné, les guides d’échange de ses thèmes et ses objectifs</translation>
    </message>
    <message>
        <source>&amp;Guides…</source>
        <translation>&amp;Guides d’échange…</translation>
    </message>
    <message>
        <source>Edit and print the conversation guides and orientation sheets</source>
        <translation>Modifier et imprimer les guides d’échange et les fiches d’accueil</translation>
    </message>
    <message>
        <source>Mentor s&amp;hortlists for consent</source>
        <translation>&amp;Listes de propositions pour accord</translation>
    </message>
    <message>
        <source>One page per mentee still looking: their best mentors and why, to choose</source>
        <translation>Une page par mentoré encore sans binôme&#xa0;: ses meilleurs mentors et pourquoi, pour qu’il choisisse</translation>
    </message>
    <message>
        <source>Document &amp;settings…</source>
        <translation>&amp;Paramètres des documents…</translation>
    </message>
    <message>
        <source>Organisation, logo, coordinator, paper size, agreement clauses</source>
        <translation>Organisation, logo, coordination, format du papier, clauses de la convention</translation>
    </message>
    <message>
        <source>Select a pair in the Pairs tab first.</source>
        <translation>Sélectionnez d’abord un binôme dans l’onglet Binômes.</translation>
    </message>
    <message>
        <source>Pairing agreement: {0} and {1}</source>
        <translation>Convention de binôme&#xa0;: {0} et {1}</translation>
    </message>
    <message>
        <source>Preparing the agreement…</source>
        <translation>Préparation de la convention…</translation>
    </message>
    <message>
        <source>Choose a cycle first.</source>
        <translation>Choisissez d’abord un cycle.</translation>
    </message>
    <message>
        <source>Pairing agreements: {1} ({0} active pair)</source>
        <translation>Conventions de binôme&#xa0;: {1} ({0} binôme actif)</translation>
    </message>
    <message>
        <source>Pairing agreements: {1} ({0} active pairs)</source>
        <translation>Conventions de binôme&#xa0;: {1} ({0} binômes actifs)</translation>
    </message>
    <message>
        <source>Preparing the agreements…</source>
        <translation>Préparation des conventions…</translation>
    </message>
    <message>
        <source>Mentor shortlists: {1} ({0} mentee)</source>
        <translation>Listes de propositions de mentors&#xa0;: {1} ({0} mentoré)</translation>
    </message>
    <message>
        <source>Mentor shortlists: {1} ({0} mentees)</source>
        <translation>Listes de propositions de mentors&#xa0;: {1} ({0} mentorés)</translation>
    </message>
    <message>
        <source>Preparing the shortlists…</source>
        <translation>Préparation des listes de propositions…</translation>
    </message>
    <message>
        <source>Folder for the agreements</source>
        <translation>Dossier pour les conventions</translation>
    </message>
    <message>
        <source>Wrote {0} agreement to {1}.</source>
        <translation>{0} convention enregistrée dans {1}.</translation>
    </message>
    <message>
        <source>Wrote {0} agreements to {1}.</source>
        <translation>{0} conventions enregistrées dans {1}.</translation>
    </message>
    <message>
        <source>Agreements written</source>
        <translation>Conventions enregistrées</translation>
    </message>
    <message>
        <source>Cancelled; the files already written are complete, no others.</source>
        <translation>Annulé&#xa0;; les fichiers déjà enregistrés sont complets, aucun autre n’a été créé.</translation>
    </message>
    <message>
        <source>Writing the agreements…</source>
        <translation>Enregistrement des conventions…</translation>
    </message>
    <message>
        <source>End-of-cycle report (anonymised): {0}</source>
        <translation>Bilan de fin de cycle (anonymisé)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>End-of-cycle report: {0}</source>
        <translation>Bilan de fin de cycle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Preparing the end-of-cycle report…</source>
        <translation>Préparation du bilan de fin de cycle…</translation>
    </message>
    <message>
        <source>Wrote {0} question to {1}.</source>
        <translation>{0} question enregistrée dans {1}.</translation>
    </message>
    <message>
        <source>Wrote {0} questions to {1}.</source>
        <translation>{0} questions enregistrées dans {1}.</translation>
    </message>
    <message>
        <source>Wrote the sign-up sheet to {0}.</source>
        <translation>Fiche d’inscription enregistrée dans {0}.</translation>
    </message>
    <message>
        <source>Wrote {0} form to {1}.</source>
        <translation>{0} questionnaire enregistré dans {1}.</translation>
    </message>
    <message>
        <source>Wrote {0} forms to {1}.</source>
        <translation>{0} questionnaires enregistrés dans {1}.</translation>
    </message>
    <message>
        <source>Forms written</source>
        <translation>Questionnaires enregistrés</translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation>Préparation des questionnaires…</translation>
    </message>
    <message>
        <source>End-of-cycle report</source>
        <translation>Bilan de fin de cycle</translation>
    </message>
    <message>
        <source>Print the report with names, or anonymised for wider circulation?</source>
        <translation>Imprimer le bilan avec les noms, ou anonymisé pour une diffusion plus large&#xa0;?</translation>
    </message>
    <message>
        <source>Anonymised prints the figures only: no appendix, no names and no free text. Any figure about fewer than 3 people reads “fewer than 3”, and figures that would give it back from a total read “withheld”.</source>
        <translation>La version anonymisée n’imprime que les chiffres&#xa0;: ni annexe, ni noms, ni texte libre. Tout chiffre portant sur moins de 3 personnes s’affiche «&#xa0;moins de 3&#xa0;», et les chiffres qui permettraient de le retrouver à partir d’un total s’affichent «&#xa0;masqué&#xa0;».</translation>
    </message>
    <message>
        <source>With &amp;names</source>
        <translation>Avec les &amp;noms</translation>
    </message>
    <message>
        <source>&amp;Anonymised</source>
        <translation>&amp;Anonymisé</translation>
    </message>
    <message>
        <source>Add the a&amp;ppendix with a section per pair (with names only)</source>
        <translation>&amp;Joindre l’annexe avec une section par binôme (avec les noms uniquement)</translation>
    </message>
    <message>
        <source>Session pack: {0} and {1}</source>
        <translation>Dossier du binôme&#xa0;: {0} et {1}</translation>
    </message>
    <message>
        <source>Preparing the session pack…</source>
        <translation>Préparation du dossier du binôme…</translation>
    </message>
    <message>
        <source>Preparing the guide…</source>
        <translation>Préparation du guide…</translation>
    </message>
    <message>
        <source>Document settings saved.</source>
        <translation>Paramètres des documents enregistrés.</translation>
    </message>
    <message>
        <source>Cancelled; no document was made.</source>
        <translation>Annulé&#xa0;; aucun document n’a été créé.</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Enregistré&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The document could not be made: {0}</source>
        <translation>Le document n’a pas pu être créé&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation>Paramètres des documents</translation>
    </message>
    <message>
        <source>printed on the signature line</source>
        <translation>imprimé sur la ligne de signature</translation>
    </message>
    <message>
        <source>no logo (PNG or JPEG)</source>
        <translation>pas de logo (PNG ou JPEG)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Format and {placeholders}: see the comments in the default.</source>
        <translation>Mise en forme et {variables}&#xa0;: voir les commentaires du texte par défaut.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Coordination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of documents:</source>
        <translation>Lan&amp;gue des documents&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement cla&amp;uses:</source>
        <translation>Clauses de la con&amp;vention&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>No pair with id {pair_id}.</source>
        <translation>Aucun binôme avec l’identifiant {pair_id}.</translation>
    </message>
    <message>
        <source>{name} has no active pairs; publish the proposed pairs first.</source>
        <translation>Le cycle {name} n’a aucun binôme actif&#xa0;; publiez d’abord les binômes proposés.</translation>
    </message>
    <message>
        <source>No pair with id {id}.</source>
        <translation>Aucun binôme avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The clauses have no text to print; write some or reset to default.</source>
        <translation>Les clauses ne contiennent aucun texte à imprimer&#xa0;; rédigez-en ou rétablissez le texte par défaut.</translation>
    </message>
    <message>
        <source>The clauses use {unknown}, which rmdesk cannot fill in; use {valid}.</source>
        <translation>Les clauses utilisent {unknown}, que rmdesk ne sait pas remplir&#xa0;; utilisez {valid}.</translation>
    </message>
    <message>
        <source>{value} is also on row {first}</source>
        <translation>{value} figure aussi à la ligne {first}</translation>
    </message>
    <message>
        <source>{value} is also on line {first}</source>
        <translation>{value} figure aussi à la ligne {first}</translation>
    </message>
    <message>
        <source>“{text}” is not a level (1-6 or its name).</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un niveau (1 à 6 ou son nom).</translation>
    </message>
    <message>
        <source>“{text}”: the file lost characters when it was saved; save it as “CSV UTF-8” and import it again</source>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;: le fichier a perdu des caractères lors de son enregistrement&#xa0;; enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez-le à nouveau</translation>
    </message>
    <message>
        <source>{count} people named “{name}” have no email in rmdesk: give this row an email or employee ID to say who it is</source>
        <translation>{count} personnes nommées «&#xa0;{name}&#xa0;» n’ont pas d’e-mail dans rmdesk&#xa0;: indiquez un e-mail ou un matricule sur cette ligne pour préciser de qui il s’agit</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Level is required.</source>
        <translation>Le niveau est obligatoire.</translation>
    </message>
    <message>
        <source>“{word}” is not a weekday (Mon to Fri)</source>
        <translation>«&#xa0;{word}&#xa0;» n’est pas un jour de la semaine (Mon à Fri, en anglais)</translation>
    </message>
    <message>
        <source>a {role} has topics in “{own}”, not in “{other}”</source>
        <translation>un {role} a des thèmes dans «&#xa0;{own}&#xa0;», pas dans «&#xa0;{other}&#xa0;»</translation>
    </message>
    <message>
        <source>manager {email} is neither in the file nor in rmdesk</source>
        <translation>le responsable {email} ne figure ni dans le fichier ni dans rmdesk</translation>
    </message>
    <message>
        <source>{count} people are named “{name}”: name the manager by e-mail or employee ID</source>
        <translation>{count} personnes s’appellent «&#xa0;{name}&#xa0;»&#xa0;: désignez le responsable par son e-mail ou son matricule</translation>
    </message>
    <message>
        <source>manager “{name}” is neither in the file nor in rmdesk</source>
        <translation>le responsable «&#xa0;{name}&#xa0;» ne figure ni dans le fichier ni dans rmdesk</translation>
    </message>
    <message>
        <source>reporting lines would loop through this person</source>
        <translation>les lignes hiérarchiques formeraient une boucle passant par cette personne</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file has a header but no participants</source>
        <translation>le fichier a une ligne d’en-tête mais aucun participant</translation>
    </message>
    <message>
        <source>“{name}” is not a field; the fields are {fields}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un champ&#xa0;; les champs sont {fields}.</translation>
    </message>
    <message>
        <source>the file has no column “{header}”; its columns are {columns}.</source>
        <translation>le fichier n’a pas de colonne «&#xa0;{header}&#xa0;»&#xa0;; ses colonnes sont {columns}.</translation>
    </message>
    <message>
        <source>the columns “{first}” and “{second}” both fill {field}.</source>
        <translation>les colonnes «&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;» remplissent toutes deux le champ {field}.</translation>
    </message>
    <message>
        <source>no column gives the name: assign one to full_name, or to first_name and last_name.</source>
        <translation>aucune colonne ne donne le nom&#xa0;: affectez-en une à full_name, ou à first_name et last_name.</translation>
    </message>
    <message>
        <source>no column gives the {field}: assign one to {field}.</source>
        <translation>aucune colonne ne donne le champ {field}&#xa0;: affectez-en une à {field}.</translation>
    </message>
    <message>
        <source>has {count} fields; the header has {width}</source>
        <translation>a {count} champs&#xa0;; la ligne d’en-tête en a {width}</translation>
    </message>
    <message>
        <source>has {count} fields; the header has {width} (a list of topics separated by “;” must be in quotes)</source>
        <translation>a {count} champs&#xa0;; la ligne d’en-tête en a {width} (une liste de thèmes séparés par «&#xa0;;&#xa0;» doit être entre guillemets)</translation>
    </message>
    <message>
        <source>a value (“{value}”) under no column</source>
        <translation>une valeur («&#xa0;{value}&#xa0;») sous aucune colonne</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>unknown topic “{name}” (create it, or fix the name)</source>
        <translation>thème «&#xa0;{name}&#xa0;» inconnu (créez-le ou corrigez le nom)</translation>
    </message>
    <message>
        <source>This is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
        <translation>C’est un ancien classeur Excel .xls&#xa0;: enregistrez-le au format .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8, UTF-16 or Windows-1252: save it as “CSV UTF-8”.</source>
        <translation>Le fichier n’est pas du texte en UTF-8, UTF-16 ou Windows-1252&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>The file is not valid {encoding} (byte {byte}): save it as “CSV UTF-8”.</source>
        <translation>Le fichier n’est pas du {encoding} valide (octet {byte})&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>more than {count} rows</source>
        <translation>plus de {count} lignes</translation>
    </message>
    <message>
        <source>a field longer than {count} characters</source>
        <translation>un champ de plus de {count} caractères</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>illisible en tant que CSV ({detail})</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Le classeur n’a aucune feuille.</translation>
    </message>
    <message>
        <source>Row {number} has more than {count} columns.</source>
        <translation>La ligne {number} a plus de {count} colonnes.</translation>
    </message>
    <message>
        <source>The worksheet has more than {count} rows.</source>
        <translation>La feuille a plus de {count} lignes.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an .xlsx workbook.</source>
        <translation>Le fichier est une archive zip mais pas un classeur .xlsx.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {size} MB: save the sheet as CSV.</source>
        <translation>Décompressé, le classeur dépasse {size} Mo&#xa0;: enregistrez la feuille au format CSV.</translation>
    </message>
    <message>
        <source>The file cannot be read as an .xlsx workbook ({reason}).</source>
        <translation>Le fichier ne peut pas être lu comme un classeur .xlsx ({reason}).</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>initiale</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>de mi-parcours</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>finale</translation>
    </message>
    <message>
        <source>Dimensions belong to mentee or mentor, not “{role}”.</source>
        <translation>Une dimension concerne le mentoré ou le mentor, pas «&#xa0;{role}&#xa0;».</translation>
    </message>
    <message>
        <source>A dimension needs a name.</source>
        <translation>Une dimension doit avoir un nom.</translation>
    </message>
    <message>
        <source>A dimension name has at most {DIMENSION_MAX} characters.</source>
        <translation>Le nom d’une dimension compte au plus {DIMENSION_MAX} caractères.</translation>
    </message>
    <message>
        <source>“{name}” is in the list twice.</source>
        <translation>«&#xa0;{name}&#xa0;» figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Keep at least one dimension.</source>
        <translation>Gardez au moins une dimension.</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5, not {value}.</source>
        <translation>La satisfaction va de 1 à 5, pas {value}.</translation>
    </message>
    <message>
        <source>“{answer}” is no answer to “would you take part again”: yes, maybe or no.</source>
        <translation>«&#xa0;{answer}&#xa0;» n’est pas une réponse à «&#xa0;participeriez-vous à nouveau&#xa0;»&#xa0;: oui, peut-être ou non.</translation>
    </message>
    <message>
        <source>Only the final assessment asks whether they would take part again.</source>
        <translation>Seule l’évaluation finale demande si la personne participerait à nouveau.</translation>
    </message>
    <message>
        <source>Unknown phase “{phase}”: use baseline, midpoint or final.</source>
        <translation>Phase «&#xa0;{phase}&#xa0;» inconnue&#xa0;: utilisez baseline, midpoint ou final.</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Une date est obligatoire.</translation>
    </message>
    <message>
        <source>Not a {role} dimension: {value}.</source>
        <translation>Dimension inconnue pour le rôle {role}&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>The same answers are given twice.</source>
        <translation>Les mêmes réponses sont données deux fois.</translation>
    </message>
    <message>
        <source>Their {phase} answers are saved already.</source>
        <translation>Ses réponses de la phase {phase} sont déjà enregistrées.</translation>
    </message>
    <message>
        <source>Nothing was saved: answers break a rule, the first: {problem}</source>
        <translation>Rien n’a été enregistré&#xa0;: des réponses enfreignent une règle&#xa0;; la première&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>No cycle with id {cycle_id}.</source>
        <translation>Aucun cycle avec l’identifiant {cycle_id}.</translation>
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
        <source>Answer good_fit, still_deciding or not_a_good_fit, not “{answer}”.</source>
        <translation>Répondez good_fit, still_deciding ou not_a_good_fit, pas «&#xa0;{answer}&#xa0;».</translation>
    </message>
    <message>
        <source>{mentor_name} and {mentee_name} have not held a meeting yet: the fit check comes after the first one.</source>
        <translation>{mentor_name} et {mentee_name} n’ont encore tenu aucune rencontre&#xa0;: le point sur la compatibilité vient après la première.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>cycle</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>binôme</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rencontre</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>refers to {parent} {value}, which does not exist.</source>
        <translation>renvoie à un élément inexistant&#xa0;: {parent} {value}.</translation>
    </message>
    <message>
        <source>has no value; one is required.</source>
        <translation>n’a pas de valeur&#xa0;; une valeur est obligatoire.</translation>
    </message>
    <message>
        <source>A meeting&apos;s revision counts its changes from 0, not {revision}.</source>
        <translation>Le numéro de révision d’une rencontre compte ses modifications à partir de 0, pas {revision}.</translation>
    </message>
    <message>
        <source>{value} is not one of: {listed}.</source>
        <translation>{value} ne fait pas partie de&#xa0;: {listed}.</translation>
    </message>
    <message>
        <source>A {digits}-digit number</source>
        <translation>Un nombre à {digits} chiffres</translation>
    </message>
    <message>
        <source>{value} is beyond the whole numbers rmdesk stores (±{largest}).</source>
        <translation>{value} dépasse les nombres entiers que rmdesk enregistre (±{largest}).</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{value} is not 0 or 1 (no or yes).</source>
        <translation>{value} n’est ni 0 ni 1 (non ou oui).</translation>
    </message>
    <message>
        <source>{value} is not a finite number.</source>
        <translation>{value} n’est pas un nombre fini.</translation>
    </message>
    <message>
        <source>{value} is not text.</source>
        <translation>{value} n’est pas du texte.</translation>
    </message>
    <message>
        <source>holds something that is not valid text (UTF-8).</source>
        <translation>contient quelque chose qui n’est pas du texte valide (UTF-8).</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>{value} is not a date and time (YYYY-MM-DD HH:MM:SS).</source>
        <translation>{value} n’est pas une date et heure (AAAA-MM-JJ HH:MM:SS).</translation>
    </message>
    <message>
        <source>at position {place}</source>
        <translation>en position {place}</translation>
    </message>
    <message>
        <source>{record} – {field}: {problem} {hint}</source>
        <translation>{record} – {field}&#xa0;: {problem} {hint}</translation>
    </message>
    <message>
        <source>{record} – {field}: {problem}</source>
        <translation>{record} – {field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} problèmes</translation>
    </message>
    <message>
        <source>{file_name} has {problems}: data that breaks the programme&apos;s rules. rmdesk shows it as it is and changes nothing. Correct each one where its line says, or restore a backup (File &gt; Restore from backup…).</source>
        <translation>{file_name} contient {problems}&#xa0;: des données qui enfreignent les règles du programme. rmdesk les affiche telles quelles et ne modifie rien. Corrigez chacun à l’endroit indiqué sur sa ligne, ou restaurez une sauvegarde (Fichier &gt; Restaurer une sauvegarde…).</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Topic of a person</source>
        <translation>Thème d’une personne</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Jour de fermeture</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Point d’avancement</translation>
    </message>
    <message>
        <source>Goal template</source>
        <translation>Modèle d’objectif</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation>Note d’évaluation</translation>
    </message>
    <message>
        <source>Assessment dimension</source>
        <translation>Dimension d’évaluation</translation>
    </message>
    <message>
        <source>Pairing-fit answer</source>
        <translation>Réponse sur la compatibilité</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Every participant</source>
        <translation>Chaque participant</translation>
    </message>
    <message>
        <source>Every topic</source>
        <translation>Chaque thème</translation>
    </message>
    <message>
        <source>Every topic of a person</source>
        <translation>Chaque thème d’une personne</translation>
    </message>
    <message>
        <source>Every cycle</source>
        <translation>Chaque cycle</translation>
    </message>
    <message>
        <source>Every pair</source>
        <translation>Chaque binôme</translation>
    </message>
    <message>
        <source>Every meeting</source>
        <translation>Chaque rencontre</translation>
    </message>
    <message>
        <source>Every milestone</source>
        <translation>Chaque jalon</translation>
    </message>
    <message>
        <source>Every closed day</source>
        <translation>Chaque jour de fermeture</translation>
    </message>
    <message>
        <source>Every goal</source>
        <translation>Chaque objectif</translation>
    </message>
    <message>
        <source>Every progress update</source>
        <translation>Chaque point d’avancement</translation>
    </message>
    <message>
        <source>Every goal template</source>
        <translation>Chaque modèle d’objectif</translation>
    </message>
    <message>
        <source>Every assessment</source>
        <translation>Chaque évaluation</translation>
    </message>
    <message>
        <source>Every assessment score</source>
        <translation>Chaque note d’évaluation</translation>
    </message>
    <message>
        <source>Every assessment dimension</source>
        <translation>Chaque dimension d’évaluation</translation>
    </message>
    <message>
        <source>Every pairing-fit answer</source>
        <translation>Chaque réponse sur la compatibilité</translation>
    </message>
    <message>
        <source>Every setting</source>
        <translation>Chaque paramètre</translation>
    </message>
    <message>
        <source>is missing from the file.</source>
        <translation>manque dans le fichier.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>available on</source>
        <translation>jours de disponibilité</translation>
    </message>
    <message>
        <source>consent given on</source>
        <translation>consentement donné le</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>dernière modification</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>starts on</source>
        <translation>début</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>meet every</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <source>meetings last</source>
        <translation>durée des rencontres</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>where</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>notes privées</translation>
    </message>
    <message>
        <source>whose goal</source>
        <translation>porté par</translation>
    </message>
    <message>
        <source>how we will know</source>
        <translation>indicateur de réussite</translation>
    </message>
    <message>
        <source>who</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation>demandé le</translation>
    </message>
    <message>
        <source>Edit the participant (Participants tab): the manager shows as (none) there; choose the right one and save.</source>
        <translation>Modifiez le participant (onglet Participants)&#xa0;: le responsable y apparaît comme (aucun)&#xa0;; choisissez le bon et enregistrez.</translation>
    </message>
    <message>
        <source>Edit the participant (Participants tab).</source>
        <translation>Modifiez le participant (onglet Participants).</translation>
    </message>
    <message>
        <source>Edit the cycle (choose it, then Programme &gt; Edit cycle).</source>
        <translation>Modifiez le cycle (choisissez-le, puis Programme &gt; Modifier le cycle).</translation>
    </message>
    <message>
        <source>Edit the meeting (Calendar tab, on its day).</source>
        <translation>Modifiez la rencontre (onglet Calendrier, à sa date).</translation>
    </message>
    <message>
        <source>Record the goal&apos;s progress (Goals tab).</source>
        <translation>Enregistrez l’avancement de l’objectif (onglet Objectifs).</translation>
    </message>
    <message>
        <source>Edit the goal (Goals tab).</source>
        <translation>Modifiez l’objectif (onglet Objectifs).</translation>
    </message>
    <message>
        <source>Enter the assessment again (Goals tab, Assessments).</source>
        <translation>Saisissez à nouveau l’évaluation (onglet Objectifs, Évaluations).</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Every {kind}</source>
        <translation>Chaque entrée «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <source>{kind} no. {row}</source>
        <translation>{kind} n°&#xa0;{row}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>The participant with email {email}</source>
        <translation>Le participant ayant l’adresse e-mail {email}</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{mentor} &amp; {mentee}</source>
        <translation>{mentor} &amp; {mentee}</translation>
    </message>
    <message>
        <source>an unknown mentor</source>
        <translation>un mentor inconnu</translation>
    </message>
    <message>
        <source>an unknown mentee</source>
        <translation>un mentoré inconnu</translation>
    </message>
    <message>
        <source>Pair {pair}</source>
        <translation>Binôme {pair}</translation>
    </message>
    <message>
        <source>Meeting on {when}</source>
        <translation>Rencontre du {when}</translation>
    </message>
    <message>
        <source>Meeting of {pair} on {when}</source>
        <translation>Rencontre de {pair} du {when}</translation>
    </message>
    <message>
        <source>Meeting of {pair}</source>
        <translation>Rencontre de {pair}</translation>
    </message>
    <message>
        <source>Progress update of {when} on goal “{title}”</source>
        <translation>Point d’avancement du {when} sur l’objectif «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Goal “{title}”</source>
        <translation>Objectif «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{person} ({pair})</source>
        <translation>{person} ({pair})</translation>
    </message>
    <message>
        <source>Assessment of {by}</source>
        <translation>Évaluation de {by}</translation>
    </message>
    <message>
        <source>assessment of {by}</source>
        <translation>évaluation de {by}</translation>
    </message>
    <message>
        <source>{phase} assessment of {by}</source>
        <translation>Évaluation {phase} de {by}</translation>
    </message>
    <message>
        <source>Score for “{dimension}”</source>
        <translation>Note pour «&#xa0;{dimension}&#xa0;»</translation>
    </message>
    <message>
        <source>{score} in the {assessment}</source>
        <translation>{score} ({assessment})</translation>
    </message>
    <message>
        <source>Pairing-fit answer of {by}</source>
        <translation>Réponse de {by} sur la compatibilité</translation>
    </message>
    <message>
        <source>Topic “{topic}” of {person}</source>
        <translation>Thème «&#xa0;{topic}&#xa0;» de {person}</translation>
    </message>
    <message>
        <source>A topic of {person}</source>
        <translation>Un thème de {person}</translation>
    </message>
    <message>
        <source>{title} of cycle “{cycle}”</source>
        <translation>{title} du cycle «&#xa0;{cycle}&#xa0;»</translation>
    </message>
    <message>
        <source>Closed day {when}</source>
        <translation>Jour de fermeture du {when}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} autres</translation>
    </message>
    <message>
        <source>The date must be within the cycle ({start} to {end}).</source>
        <translation>La date doit se situer dans le cycle (du {start} au {end}).</translation>
    </message>
    <message>
        <source>There is already a cycle called {name}.</source>
        <translation>Il existe déjà un cycle nommé {name}.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>La date de début est obligatoire.</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>La date de fin doit être postérieure à la date de début.</translation>
    </message>
    <message>
        <source>Meetings must be every 1 to {CADENCE_MAX_DAYS} days, not {cadence_days}.</source>
        <translation>L’intervalle entre les rencontres doit être de 1 à {CADENCE_MAX_DAYS} jours, pas {cadence_days}.</translation>
    </message>
    <message>
        <source>Could not save: {error}.</source>
        <translation>Impossible d’enregistrer&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>{name} is active: a cycle cannot go back to planning.</source>
        <translation>{name} est en cours&#xa0;: un cycle ne peut pas revenir en préparation.</translation>
    </message>
    <message>
        <source>{name} is closed: a cycle cannot go back to planning.</source>
        <translation>{name} est clôturé&#xa0;: un cycle ne peut pas revenir en préparation.</translation>
    </message>
    <message>
        <source>{name} is closed: a cycle cannot go back to active.</source>
        <translation>{name} est clôturé&#xa0;: un cycle ne peut pas revenir en cours.</translation>
    </message>
    <message>
        <source>Unknown cycle status “{status}”: use planning, active or closed.</source>
        <translation>Statut de cycle «&#xa0;{status}&#xa0;» inconnu&#xa0;: utilisez planning, active ou closed.</translation>
    </message>
    <message>
        <source>No cycle called “{wanted}” (give its id or exact name; see rmdesk cycle list).</source>
        <translation>Aucun cycle nommé «&#xa0;{wanted}&#xa0;» (indiquez son identifiant ou son nom exact&#xa0;; voir rmdesk cycle list).</translation>
    </message>
    <message>
        <source>No milestone with id {milestone_id}.</source>
        <translation>Aucun jalon avec l’identifiant {milestone_id}.</translation>
    </message>
    <message>
        <source>Title is required.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>No goal with id {goal_id}.</source>
        <translation>Aucun objectif avec l’identifiant {goal_id}.</translation>
    </message>
    <message>
        <source>The target date must be within the cycle ({start} to {end}).</source>
        <translation>La date cible doit se situer dans le cycle (du {start} au {end}).</translation>
    </message>
    <message>
        <source>No topic with id {topic_id}.</source>
        <translation>Aucun thème avec l’identifiant {topic_id}.</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>Un objectif doit avoir un titre.</translation>
    </message>
    <message>
        <source>A title has at most {TITLE_MAX} characters; put the detail in the success measure.</source>
        <translation>Un titre compte au plus {TITLE_MAX} caractères&#xa0;; mettez le détail dans l’indicateur de réussite.</translation>
    </message>
    <message>
        <source>Whose goal: mentee or mentor, not “{owner}”.</source>
        <translation>Un objectif est porté par le mentoré ou le mentor, pas par «&#xa0;{owner}&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown status “{status}”: use open, in_progress, achieved or dropped.</source>
        <translation>Statut «&#xa0;{status}&#xa0;» inconnu&#xa0;: utilisez open, in_progress, achieved ou dropped.</translation>
    </message>
    <message>
        <source>Progress is a whole percentage from 0 to 100, not {progress}.</source>
        <translation>L’avancement est un pourcentage entier de 0 à 100, pas {progress}.</translation>
    </message>
    <message>
        <source>The pair is {status}: only proposed or active pairs take new goals.</source>
        <translation>Le binôme est au statut {status}&#xa0;: seuls les binômes proposés ou actifs reçoivent de nouveaux objectifs.</translation>
    </message>
    <message>
        <source>A progress update cannot be dated in the future ({day}).</source>
        <translation>Un point d’avancement ne peut pas être daté dans le futur ({day}).</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>Un modèle doit avoir un titre.</translation>
    </message>
    <message>
        <source>A title has at most {TITLE_MAX} characters.</source>
        <translation>Un titre compte au plus {TITLE_MAX} caractères.</translation>
    </message>
    <message>
        <source>No goal template with id {template_id}.</source>
        <translation>Aucun modèle d’objectif avec l’identifiant {template_id}.</translation>
    </message>
    <message>
        <source>No guide with id {id}.</source>
        <translation>Aucun guide avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>No guide for “{wanted}”: give a topic&apos;s name or id ({topics}), or mentor or mentee for the orientation sheet.</source>
        <translation>Aucun guide pour «&#xa0;{wanted}&#xa0;»&#xa0;: indiquez le nom ou l’identifiant d’un thème ({topics}), ou mentor ou mentee pour la fiche d’accueil.</translation>
    </message>
    <message>
        <source>Give the guide a title.</source>
        <translation>Donnez un titre au guide.</translation>
    </message>
    <message>
        <source>Keep the title under {n} characters.</source>
        <translation>Le titre doit faire moins de {n} caractères.</translation>
    </message>
    <message>
        <source>Write the guide&apos;s text (or reset it to the default).</source>
        <translation>Rédigez le texte du guide (ou rétablissez le texte par défaut).</translation>
    </message>
    <message>
        <source>Keep the text under {n} characters.</source>
        <translation>Le texte doit faire moins de {n} caractères.</translation>
    </message>
    <message>
        <source>{mentor} (level {mentor_level}) is above {mentee} (level {mentee_level}): level-gap rule, a mentor may not be senior to their mentee.</source>
        <translation>{mentor} (niveau {mentor_level}) est au-dessus de {mentee} (niveau {mentee_level})&#xa0;: règle d’écart de niveau, un mentor ne peut pas être plus haut placé que son mentoré.</translation>
    </message>
    <message>
        <source>{mentor} (level {mentor_level}) is not at least {gap} below {mentee} (level {mentee_level}): level-gap rule, in reverse mentoring the mentor is the junior.</source>
        <translation>{mentor} (niveau {mentor_level}) n’est pas au moins {gap} en dessous de {mentee} (niveau {mentee_level})&#xa0;: règle d’écart de niveau, en mentorat inversé le mentor est le junior.</translation>
    </message>
    <message>
        <source>1 level</source>
        <translation>1 niveau</translation>
    </message>
    <message>
        <source>{n} levels</source>
        <translation>{n} niveaux</translation>
    </message>
    <message>
        <source>{reason}: listed as {role}, not {expected}</source>
        <translation>{reason}&#xa0;: inscrit comme {role}, pas {expected}</translation>
    </message>
    <message>
        <source>{reason}: no {other} is looking for a partner</source>
        <translation>{reason}&#xa0;: aucun {other} ne cherche de partenaire</translation>
    </message>
    <message>
        <source>{reason}: every {other} is in their reporting line, too close in level or paired with them before</source>
        <translation>{reason}&#xa0;: chaque {other} est dans sa ligne hiérarchique, trop proche en niveau ou déjà en binôme avec cette personne auparavant</translation>
    </message>
    <message>
        <source>No participant with id {id} who can be paired.</source>
        <translation>Aucun participant pouvant former un binôme avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>That cycle does not exist (any more).</source>
        <translation>Ce cycle n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>{full} (1 open pair in this cycle, capacity {capacity})</source>
        <translation>{full} (1 binôme en cours dans ce cycle, capacité {capacity})</translation>
    </message>
    <message>
        <source>{full} ({count} open pairs in this cycle, capacity {capacity})</source>
        <translation>{full} ({count} binômes en cours dans ce cycle, capacité {capacity})</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>un lieu inconnu</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>niveau {level}</translation>
    </message>
    <message>
        <source>the mentee named no topics</source>
        <translation>le mentoré n’a indiqué aucun thème</translation>
    </message>
    <message>
        <source>no wanted topic on offer</source>
        <translation>aucun thème souhaité n’est proposé</translation>
    </message>
    <message>
        <source>both want/offer: {topics}</source>
        <translation>demande et offre&#xa0;: {topics}</translation>
    </message>
    <message>
        <source>department not known</source>
        <translation>service inconnu</translation>
    </message>
    <message>
        <source>same department ({department})</source>
        <translation>même service ({department})</translation>
    </message>
    <message>
        <source>different departments: {mentor} and {mentee}</source>
        <translation>services différents&#xa0;: {mentor} et {mentee}</translation>
    </message>
    <message>
        <source>no common weekday</source>
        <translation>aucun jour de la semaine en commun</translation>
    </message>
    <message>
        <source>{count} of {weekdays} weekdays overlap: {days}</source>
        <translation>{count} jours communs sur {weekdays}&#xa0;: {days}</translation>
    </message>
    <message>
        <source>both based in {location}</source>
        <translation>tous deux basés à {location}</translation>
    </message>
    <message>
        <source>both work remotely</source>
        <translation>tous deux en télétravail</translation>
    </message>
    <message>
        <source>the {role} works remotely, so they can meet by video</source>
        <translation>le {role} est en télétravail&#xa0;: rencontres possibles en visio</translation>
    </message>
    <message>
        <source>both hybrid, in {places}: mostly video meetings</source>
        <translation>tous deux en hybride ({places})&#xa0;: rencontres surtout en visio</translation>
    </message>
    <message>
        <source>one works onsite, and they are in {places}</source>
        <translation>l’un travaille sur site&#xa0;; lieux&#xa0;: {places}</translation>
    </message>
    <message>
        <source>{gap} levels apart ({levels})</source>
        <translation>{gap} niveaux d’écart ({levels})</translation>
    </message>
    <message>
        <source>only 1 level apart ({levels})</source>
        <translation>seulement 1 niveau d’écart ({levels})</translation>
    </message>
    <message>
        <source>no level apart ({levels})</source>
        <translation>aucun écart de niveau ({levels})</translation>
    </message>
    <message>
        <source>nobody can mentor themselves</source>
        <translation>personne ne peut être son propre mentor</translation>
    </message>
    <message>
        <source>{name} is not a mentor</source>
        <translation>{name} n’a pas le rôle de mentor</translation>
    </message>
    <message>
        <source>{name} is not a mentee</source>
        <translation>{name} n’a pas le rôle de mentoré</translation>
    </message>
    <message>
        <source>{name} is in {other}&apos;s reporting line</source>
        <translation>{name} est dans la ligne hiérarchique de {other}</translation>
    </message>
    <message>
        <source>{name}: {full}</source>
        <translation>{name}&#xa0;: {full}</translation>
    </message>
    <message>
        <source>not in the other role</source>
        <translation>pas dans l’autre rôle</translation>
    </message>
    <message>
        <source>same reporting line</source>
        <translation>même ligne hiérarchique</translation>
    </message>
    <message>
        <source>levels {mentor} and {mentee}: gap under {gap}</source>
        <translation>niveaux {mentor} et {mentee}&#xa0;: écart inférieur à {gap}</translation>
    </message>
    <message>
        <source>no eligible partner</source>
        <translation>aucun partenaire possible</translation>
    </message>
    <message>
        <source>capacity full</source>
        <translation>capacité atteinte</translation>
    </message>
    <message>
        <source>no partner left (all eligible partners taken)</source>
        <translation>plus aucun partenaire (tous les partenaires possibles sont pris)</translation>
    </message>
    <message>
        <source>already paired in this cycle</source>
        <translation>déjà en binôme dans ce cycle</translation>
    </message>
    <message>
        <source>No mentee in {cycle} is still looking for a mentor.</source>
        <translation>Aucun mentoré de {cycle} ne cherche encore de mentor.</translation>
    </message>
    <message>
        <source>no place left</source>
        <translation>plus de place</translation>
    </message>
    <message>
        <source>no place left for both</source>
        <translation>plus de place pour les deux</translation>
    </message>
    <message>
        <source>Unknown attention kind {kind}.</source>
        <translation>Type de point à traiter inconnu&#xa0;: {kind}.</translation>
    </message>
    <message>
        <source>Acknowledge until today or a later day, not {day}.</source>
        <translation>Mettez en attente jusqu’à aujourd’hui ou une date ultérieure, pas le {day}.</translation>
    </message>
    <message>
        <source>Keep the note under {count} characters.</source>
        <translation>La note doit faire moins de {count} caractères.</translation>
    </message>
    <message>
        <source>No meeting with id {meeting_id} in this pair.</source>
        <translation>Aucune rencontre avec l’identifiant {meeting_id} dans ce binôme.</translation>
    </message>
    <message>
        <source>The meeting on {day} is still marked planned.</source>
        <translation>La rencontre du {day} est toujours marquée comme prévue.</translation>
    </message>
    <message>
        <source>No meeting held for {days} days.</source>
        <translation>Aucune rencontre tenue depuis {days} jours.</translation>
    </message>
    <message>
        <source>No next meeting planned, and one is due before the cycle ends.</source>
        <translation>Aucune prochaine rencontre prévue, alors qu’une rencontre est attendue avant la fin du cycle.</translation>
    </message>
    <message>
        <source>{count} cancellations in a row (the last by the {by}).</source>
        <translation>{count} annulations de suite (dernière annulation&#xa0;: {by}).</translation>
    </message>
    <message>
        <source>{count} cancellations in a row.</source>
        <translation>{count} annulations de suite.</translation>
    </message>
    <message>
        <source>The meeting on {day} at {time} is planned on a closed day ({label}).</source>
        <translation>La rencontre du {day} à {time} est prévue un jour de fermeture ({label}).</translation>
    </message>
    <message>
        <source>{name} ({role}) said on {day} it is not a good fit: {note}</source>
        <translation>{name} ({role}) a estimé le {day} que le binôme n’est pas compatible&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{name} ({role}) said on {day} it is not a good fit.</source>
        <translation>{name} ({role}) a estimé le {day} que le binôme n’est pas compatible.</translation>
    </message>
    <message>
        <source>The last closed day must not be before the first.</source>
        <translation>Le dernier jour de fermeture ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <source>A closure is at most {days} days long.</source>
        <translation>Une fermeture dure au plus {days} jours.</translation>
    </message>
    <message>
        <source>A label has at most {count} characters.</source>
        <translation>Un libellé compte au plus {count} caractères.</translation>
    </message>
    <message>
        <source>No meeting with id {meeting_id}.</source>
        <translation>Aucune rencontre avec l’identifiant {meeting_id}.</translation>
    </message>
    <message>
        <source>No pair with id {pid} in this cycle.</source>
        <translation>Aucun binôme avec l’identifiant {pid} dans ce cycle.</translation>
    </message>
    <message>
        <source>Pair {pid} is {status}: only proposed or active pairs meet.</source>
        <translation>Le binôme {pid} est au statut {status}&#xa0;: seuls les binômes proposés ou actifs se rencontrent.</translation>
    </message>
    <message>
        <source>The cycle ends on {end}: a series cannot start after it.</source>
        <translation>Le cycle se termine le {end}&#xa0;: une série ne peut pas commencer après cette date.</translation>
    </message>
    <message>
        <source>Meetings must be every 1 to 366 days, not {every}.</source>
        <translation>L’intervalle entre les rencontres doit être de 1 à 366 jours, pas {every}.</translation>
    </message>
    <message>
        <source>Weekday is 0 (Monday) to 6 (Sunday), not {weekday}.</source>
        <translation>Le jour de la semaine va de 0 (lundi) à 6 (dimanche), pas {weekday}.</translation>
    </message>
    <message>
        <source>The meeting of {mentor} and {mentee} on {when}</source>
        <translation>La rencontre de {mentor} et {mentee} du {when}</translation>
    </message>
    <message>
        <source>The pair is {status}: only proposed or active pairs meet.</source>
        <translation>Le binôme est au statut {status}&#xa0;: seuls les binômes proposés ou actifs se rencontrent.</translation>
    </message>
    <message>
        <source>A date and time are required.</source>
        <translation>Une date et une heure sont obligatoires.</translation>
    </message>
    <message>
        <source>Unknown mode “{mode}”: use in_person, video or phone.</source>
        <translation>Mode «&#xa0;{mode}&#xa0;» inconnu&#xa0;: utilisez in_person, video ou phone.</translation>
    </message>
    <message>
        <source>{meeting} was held: its time and pair cannot change.</source>
        <translation>{meeting} a eu lieu&#xa0;: son horaire et son binôme ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>{meeting} was held: it cannot be rescheduled.</source>
        <translation>{meeting} a eu lieu&#xa0;: elle ne peut pas être reprogrammée.</translation>
    </message>
    <message>
        <source>{meeting} was held: it cannot be marked {status}.</source>
        <translation>{meeting} a eu lieu&#xa0;: elle ne peut pas passer au statut {status}.</translation>
    </message>
    <message>
        <source>{meeting} has not happened yet: it cannot be {status}.</source>
        <translation>{meeting} n’a pas encore eu lieu&#xa0;: elle ne peut pas passer au statut {status}.</translation>
    </message>
    <message>
        <source>Who cancelled: mentor, mentee or coordinator, not “{by}”.</source>
        <translation>L’annulation vient du mentor, du mentoré ou de la coordination, pas de «&#xa0;{by}&#xa0;».</translation>
    </message>
    <message>
        <source>{meeting} was held: it cannot be deleted.</source>
        <translation>{meeting} a eu lieu&#xa0;: elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>completed on {day}</source>
        <translation>terminé le {day}</translation>
    </message>
    <message>
        <source>ended early on {day}: {reason}</source>
        <translation>interrompu le {day}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>active since {day}</source>
        <translation>actif depuis le {day}</translation>
    </message>
    <message>
        <source>No cycle with id {id}.</source>
        <translation>Aucun cycle avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>ended early in {cycle}</source>
        <translation>interrompu dans {cycle}</translation>
    </message>
    <message>
        <source>paired in {cycle}</source>
        <translation>en binôme dans {cycle}</translation>
    </message>
    <message>
        <source>paired in {cycle}, {ending}</source>
        <translation>en binôme dans {cycle}, {ending}</translation>
    </message>
    <message>
        <source>{mentor} and {mentee} were paired before ({history}); matching does not pair them again in this cycle.</source>
        <translation>{mentor} et {mentee} ont déjà formé un binôme ({history})&#xa0;; la proposition de binômes ne les réunit pas à nouveau dans ce cycle.</translation>
    </message>
    <message>
        <source>No participant with id, e-mail or name “{text}”.</source>
        <translation>Aucun participant avec l’identifiant, l’e-mail ou le nom «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Several participants are called “{text}”: use an id ({ids}).</source>
        <translation>Plusieurs participants s’appellent «&#xa0;{text}&#xa0;»&#xa0;: utilisez un identifiant ({ids}).</translation>
    </message>
    <message>
        <source>The cycle ends on {end}, within one meeting interval ({days} days) of {start}: the pairs would have one meeting at most.</source>
        <translation>Le cycle se termine le {end}, moins d’un intervalle entre rencontres ({days} jours) après le {start}&#xa0;: les binômes auraient au plus une rencontre.</translation>
    </message>
    <message>
        <source>A new pair is proposed or active, not {status}.</source>
        <translation>Un nouveau binôme est proposé ou actif, pas {status}.</translation>
    </message>
    <message>
        <source>{subject} cannot {change}.{hint}</source>
        <translation>{subject} ne peut pas {change}.{hint}</translation>
    </message>
    <message>
        <source>The pair held a meeting on {held_on}, after that end date.</source>
        <translation>Le binôme a tenu une rencontre le {held_on}, après cette date de fin.</translation>
    </message>
    <message>
        <source>{who} is archived: archived people cannot be paired (discard the proposal {mentor_name} – {mentee_name}).</source>
        <translation>{who} fait partie des personnes archivées&#xa0;: une personne archivée ne peut pas être placée dans un binôme (écartez la proposition {mentor_name} – {mentee_name}).</translation>
    </message>
    <message>
        <source>Only proposals of this cycle can be published or discarded together: {count} of those chosen are not.</source>
        <translation>Seules les propositions de ce cycle peuvent être publiées ou écartées ensemble&#xa0;: {count} des propositions choisies n’en font pas partie.</translation>
    </message>
    <message>
        <source> Activate it first, or discard it.</source>
        <translation> Activez-le d’abord, ou écartez-le.</translation>
    </message>
    <message>
        <source>Give a reason for ending the pair early.</source>
        <translation>Indiquez pourquoi le binôme est interrompu.</translation>
    </message>
    <message>
        <source>{full_name} is already this pair&apos;s mentor.</source>
        <translation>{full_name} est déjà le mentor de ce binôme.</translation>
    </message>
    <message>
        <source>Replaces {full_name} as mentor.</source>
        <translation>Remplace {full_name} comme mentor.</translation>
    </message>
    <message>
        <source>{subject} cannot be discarded: only a proposal can (end an active pair early instead).</source>
        <translation>{subject} ne peut pas être écarté&#xa0;: seule une proposition peut l’être (interrompez plutôt un binôme actif).</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>des rencontres</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>des objectifs</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>des évaluations</translation>
    </message>
    <message>
        <source>a signed agreement</source>
        <translation>une convention de binôme signée</translation>
    </message>
    <message>
        <source>The proposal {mentor} – {mentee} already has {value}: end it early instead of discarding it.</source>
        <translation>La proposition {mentor} – {mentee} a déjà des éléments ({value})&#xa0;: interrompez-la au lieu de l’écarter.</translation>
    </message>
    <message>
        <source>A proposed pair</source>
        <translation>Un binôme proposé</translation>
    </message>
    <message>
        <source>An active pair</source>
        <translation>Un binôme actif</translation>
    </message>
    <message>
        <source>A completed pair</source>
        <translation>Un binôme terminé</translation>
    </message>
    <message>
        <source>A pair that ended early</source>
        <translation>Un binôme interrompu</translation>
    </message>
    <message>
        <source>go back to proposed</source>
        <translation>revenir à l’état proposé</translation>
    </message>
    <message>
        <source>become active</source>
        <translation>devenir actif</translation>
    </message>
    <message>
        <source>be completed</source>
        <translation>être terminé</translation>
    </message>
    <message>
        <source>end early</source>
        <translation>être interrompu</translation>
    </message>
    <message>
        <source>The mentor and the mentee are the same person: a pair needs two people.</source>
        <translation>Le mentor et le mentoré sont la même personne&#xa0;: un binôme réunit deux personnes.</translation>
    </message>
    <message>
        <source>That person is not in this pair.</source>
        <translation>Cette personne ne fait pas partie de ce binôme.</translation>
    </message>
    <message>
        <source>{name} is a {held_role}, not a {role}: a pair&apos;s {role} must have the {role} role.</source>
        <translation>{name} a le rôle {held_role}, pas {role}&#xa0;: le {role} d’un binôme doit avoir le rôle {role}.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date ({started_on}).</source>
        <translation>La date de fin ne peut pas précéder la date de début ({started_on}).</translation>
    </message>
    <message>
        <source>No participant with id {participant_id}.</source>
        <translation>Aucun participant avec l’identifiant {participant_id}.</translation>
    </message>
    <message>
        <source>{upper} is {lower}&apos;s manager</source>
        <translation>{upper} est responsable de {lower}</translation>
    </message>
    <message>
        <source>{upper} is above {lower} in the reporting line</source>
        <translation>{upper} est au-dessus de {lower} dans la ligne hiérarchique</translation>
    </message>
    <message>
        <source>{relation}: people in the same reporting line cannot be paired.</source>
        <translation>{relation}&#xa0;: deux personnes de la même ligne hiérarchique ne peuvent pas former un binôme.</translation>
    </message>
    <message>
        <source>{cycle_name} is closed: a closed cycle takes no new pairs.</source>
        <translation>Le cycle {cycle_name} est clôturé&#xa0;: un cycle clôturé ne reçoit plus de nouveaux binômes.</translation>
    </message>
    <message>
        <source>{name} is archived: archived people cannot be paired.</source>
        <translation>{name} fait partie des personnes archivées&#xa0;: une personne archivée ne peut pas être placée dans un binôme.</translation>
    </message>
    <message>
        <source>{name} and {name2} already have an open pair in {cycle_name}: the same two people are paired only once.</source>
        <translation>{name} et {name2} forment déjà un binôme en cours dans {cycle_name}&#xa0;: deux mêmes personnes ne forment qu’un seul binôme.</translation>
    </message>
    <message>
        <source>{name} already has 1 open pair in {cycle} and capacity for {capacity}.</source>
        <translation>{name} a déjà 1 binôme en cours dans {cycle} pour une capacité de {capacity}.</translation>
    </message>
    <message>
        <source>{name} already has {taken} open pairs in {cycle} and capacity for {capacity}.</source>
        <translation>{name} a déjà {taken} binômes en cours dans {cycle} pour une capacité de {capacity}.</translation>
    </message>
    <message>
        <source>Role must be mentor (junior) or mentee (senior).</source>
        <translation>Le rôle doit être mentor (junior) ou mentoré (senior).</translation>
    </message>
    <message>
        <source>Level must be between {LEVEL_MIN} and {LEVEL_MAX}.</source>
        <translation>Le niveau doit être compris entre {LEVEL_MIN} et {LEVEL_MAX}.</translation>
    </message>
    <message>
        <source>Work mode must be onsite, hybrid or remote.</source>
        <translation>Le mode de travail doit être sur site, hybride ou à distance.</translation>
    </message>
    <message>
        <source>Capacity must be between {CAPACITY_MIN} and {CAPACITY_MAX} pairs.</source>
        <translation>La capacité doit être comprise entre {CAPACITY_MIN} et {CAPACITY_MAX} binômes.</translation>
    </message>
    <message>
        <source>Employee ID {employee_id} is already used by {full_name}.</source>
        <translation>Le matricule {employee_id} est déjà utilisé par {full_name}.</translation>
    </message>
    <message>
        <source>{email} is already used by {full_name}.</source>
        <translation>L’adresse {email} est déjà utilisée par {full_name}.</translation>
    </message>
    <message>
        <source>The chosen manager no longer exists.</source>
        <translation>Le responsable choisi n’existe plus.</translation>
    </message>
    <message>
        <source>{name} already has pairs as a {current_role}: the role cannot change.</source>
        <translation>{name} a déjà des binômes en tant que {current_role}&#xa0;: le rôle ne peut plus changer.</translation>
    </message>
    <message>
        <source>{full_name} is in an open pair with {partner}: end the pair first (with a reason), then archive them.</source>
        <translation>{full_name} forme un binôme en cours avec {partner}&#xa0;: interrompez d’abord le binôme (en indiquant un motif), puis archivez la personne.</translation>
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
        <source>{criterion}: the weight must be zero or more.</source>
        <translation>{criterion}&#xa0;: le poids doit être supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above zero.</source>
        <translation>Au moins un critère doit avoir un poids supérieur à zéro.</translation>
    </message>
    <message>
        <source>The minimum level gap is a whole number from {low} to {high}.</source>
        <translation>L’écart de niveau minimal est un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid email address.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>A meeting lasts 1 to {MEETING_MAX_MINUTES} minutes, not {minutes}.</source>
        <translation>Une rencontre dure de 1 à {MEETING_MAX_MINUTES} minutes, pas {minutes}.</translation>
    </message>
    <message>
        <source>Unknown language “{given}”: choose one of {choices}.</source>
        <translation>Langue «&#xa0;{given}&#xa0;» inconnue&#xa0;: choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>{head}, {tail}</source>
        <translation>{head}, {tail}</translation>
    </message>
    <message>
        <source>{head} and {tail}</source>
        <translation>{head} et {tail}</translation>
    </message>
    <message>
        <source>{head}; {tail}</source>
        <translation>{head}&#xa0;; {tail}</translation>
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
        <source>coordinator</source>
        <translation>coordination</translation>
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
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>initiale</translation>
    </message>
    <message>
        <source>midpoint</source>
        <translation>de mi-parcours</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finale</translation>
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
        <source>Two columns are the email: keep one, or --map the other to “”.</source>
        <translation>Deux colonnes contiennent l’adresse e-mail&#xa0;: gardez-en une et ignorez l’autre (en ligne de commande&#xa0;: --map «&#xa0;Colonne=&#xa0;»).</translation>
    </message>
    <message>
        <source>Two columns are the timestamp: keep one, or --map the other to “”.</source>
        <translation>Deux colonnes contiennent l’horodatage&#xa0;: gardez-en une et ignorez l’autre (en ligne de commande&#xa0;: --map «&#xa0;Colonne=&#xa0;»).</translation>
    </message>
    <message>
        <source>--map names “{header}”, which is not a column of the file.</source>
        <translation>--map nomme «&#xa0;{header}&#xa0;», qui n’est pas une colonne du fichier.</translation>
    </message>
    <message>
        <source>“{target}” is not something to fill; use one of: {targets}.</source>
        <translation>«&#xa0;{target}&#xa0;» ne peut pas être rempli&#xa0;; utilisez l’un de ces termes&#xa0;: {targets}.</translation>
    </message>
    <message>
        <source>No e-mail column: say which column holds the addresses (on the command line: --map &quot;Header=email&quot;).</source>
        <translation>Aucune colonne d’e-mail&#xa0;: indiquez quelle colonne contient les adresses (en ligne de commande&#xa0;: --map &quot;Colonne=email&quot;).</translation>
    </message>
    <message>
        <source>No column is a question of the self-assessment.</source>
        <translation>Aucune colonne n’est une question de l’auto-évaluation.</translation>
    </message>
    <message>
        <source>line {line}, “{header}”: {problem}</source>
        <translation>ligne {line}, «&#xa0;{header}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>row {line}, “{header}”: {problem}</source>
        <translation>ligne {line}, «&#xa0;{header}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date et heure.</translation>
    </message>
    <message>
        <source>“{text}” is not yes, maybe or no.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est ni oui, ni peut-être, ni non.</translation>
    </message>
    <message>
        <source>a second, different take-part-again answer.</source>
        <translation>une deuxième réponse, différente, à «&#xa0;participer à nouveau&#xa0;».</translation>
    </message>
    <message>
        <source>“{text}” is not 1 to 5.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une note de 1 à 5.</translation>
    </message>
    <message>
        <source>a second, different satisfaction.</source>
        <translation>une deuxième satisfaction, différente.</translation>
    </message>
    <message>
        <source>a second, different answer for {target}.</source>
        <translation>une deuxième réponse, différente, pour {target}.</translation>
    </message>
    <message>
        <source>{name} answered more than once (lines {others} and {latest}): line {latest} is kept, the latest by its timestamp.</source>
        <translation>{name} a répondu plusieurs fois (lignes {others} et {latest})&#xa0;: la ligne {latest} est retenue, la plus récente selon l’horodatage.</translation>
    </message>
    <message>
        <source>{name} answered more than once (lines {others} and {latest}): line {latest} is kept, the later in the file.</source>
        <translation>{name} a répondu plusieurs fois (lignes {others} et {latest})&#xa0;: la ligne {latest} est retenue, la dernière du fichier.</translation>
    </message>
    <message>
        <source>{name} answered more than once (rows {others} and {latest}): row {latest} is kept, the latest by its timestamp.</source>
        <translation>{name} a répondu plusieurs fois (lignes {others} et {latest})&#xa0;: la ligne {latest} est retenue, la plus récente selon l’horodatage.</translation>
    </message>
    <message>
        <source>{name} answered more than once (rows {others} and {latest}): row {latest} is kept, the later in the file.</source>
        <translation>{name} a répondu plusieurs fois (lignes {others} et {latest})&#xa0;: la ligne {latest} est retenue, la dernière du fichier.</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>row {line}: {problem}</source>
        <translation>ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>{email} is not in a pair of this cycle (check the address, or leave unknown addresses out).</source>
        <translation>{email} ne fait partie d’aucun binôme de ce cycle (vérifiez l’adresse ou laissez de côté les adresses inconnues).</translation>
    </message>
    <message>
        <source>no e-mail address.</source>
        <translation>aucune adresse e-mail.</translation>
    </message>
    <message>
        <source>{name} answered nothing.</source>
        <translation>{name} n’a répondu à rien.</translation>
    </message>
    <message>
        <source>{name} is in {count} pairs of this cycle: their answers are saved for each.</source>
        <translation>{name} fait partie de {count} binômes de ce cycle&#xa0;: ses réponses sont enregistrées pour chacun.</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem, the first: {first}</source>
        <translation>Rien n’a été importé&#xa0;: 1 problème&#xa0;: {first}</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problems, the first: {first}</source>
        <translation>Rien n’a été importé&#xa0;: {count} problèmes, le premier&#xa0;: {first}</translation>
    </message>
    <message>
        <source>{error} The database is as it was before.</source>
        <translation>{error} Le fichier du programme est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>EndPairDialog</name>
    <message>
        <source>End pair early</source>
        <translation>Interrompre le binôme</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>Why the pair ends (required)</source>
        <translation>Pourquoi le binôme est interrompu (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason*</source>
        <translation>&amp;Motif*</translation>
    </message>
</context>
<context>
    <name>EndPairsDialog</name>
    <message>
        <source>Archive participant</source>
        <translation>Archiver le participant</translation>
    </message>
    <message>
        <source>• with {0}, {1} ({2})</source>
        <translation>• avec {0}, {1} ({2})</translation>
    </message>
    <message>
        <source>{0} is still in an open pair:
{1}

Archiving them would leave the pair running with nobody to act on it. End it early first, then archive {0}; or cancel and leave everything as it is.</source>
        <translation>{0} fait encore partie d’un binôme en cours&#xa0;:
{1}

L’archiver laisserait ce binôme en cours sans personne pour le suivre. Interrompez-le d’abord, puis archivez {0}&#xa0;; ou annulez et laissez tout en l’état.</translation>
    </message>
    <message>
        <source>e.g. left the organisation</source>
        <translation>p.&#xa0;ex. a quitté l’organisation</translation>
    </message>
    <message>
        <source>&amp;Why the pair ends early:</source>
        <translation>&amp;Motif de l’interruption&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End the pair and archive</source>
        <translation>&amp;Interrompre le binôme et archiver</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase {0} from rmdesk?</source>
        <translation>Effacer {0} de rmdesk&#xa0;?</translation>
    </message>
    <message>
        <source>Their details, topics, notes, own assessments and fit-check answers and the goals they own are deleted, and every mention of their name or email is replaced by “[erased]”. Pairs they were in stay in the programme&apos;s statistics as “Erased participant”, without notes, agendas or reasons.

This cannot be undone. A backup is made first; it and {0} still hold their data — you can delete those afterwards.</source>
        <translation>Ses coordonnées, ses thèmes, ses notes, ses propres évaluations, ses réponses sur la compatibilité et les objectifs qu’elle porte sont supprimés, et chaque mention de son nom ou de son e-mail est remplacée par «&#xa0;[erased]&#xa0;». Les binômes dont elle faisait partie restent dans les statistiques du programme sous le nom «&#xa0;Erased participant&#xa0;», sans notes, ordres du jour ni motifs.

Cette opération est irréversible. Une sauvegarde est faite d’abord&#xa0;; elle et {0} contiennent encore ses données — vous pourrez les supprimer ensuite.</translation>
    </message>
    <message>
        <source>the {0} backup already made</source>
        <translation>{0} sauvegarde déjà faite</translation>
    </message>
    <message>
        <source>the {0} backups already made</source>
        <translation>les {0} sauvegardes déjà faites</translation>
    </message>
    <message>
        <source>Type their full name to confirm:</source>
        <translation>Saisissez son nom complet pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>EveryoneChoice</name>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>No column gives the role. Everyone in this file is:</source>
        <translation>Aucune colonne ne donne le rôle. Toutes les personnes de ce fichier sont&#xa0;:</translation>
    </message>
    <message>
        <source>No column gives the level. Everyone&apos;s level is:</source>
        <translation>Aucune colonne ne donne le niveau. Le niveau de chacun est&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Participants…</translation>
    </message>
    <message>
        <source>P&amp;airs…</source>
        <translation>&amp;Binômes…</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Rencontres…</translation>
    </message>
    <message>
        <source>Meetings with private &amp;notes…</source>
        <translation>Rencontres avec &amp;notes privées…</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Objectifs…</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <source>Save participants as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les participants dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Exporting participants…</source>
        <translation>Export des participants…</translation>
    </message>
    <message>
        <source>Export pairs</source>
        <translation>Exporter les binômes</translation>
    </message>
    <message>
        <source>Save pairs as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les binômes dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Exporting pairs…</source>
        <translation>Export des binômes…</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Exporter les rencontres</translation>
    </message>
    <message>
        <source>Save meetings as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les rencontres dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Exporting meetings…</source>
        <translation>Export des rencontres…</translation>
    </message>
    <message>
        <source>Export goals</source>
        <translation>Exporter les objectifs</translation>
    </message>
    <message>
        <source>Save goals as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les objectifs dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Exporting goals…</source>
        <translation>Export des objectifs…</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importer des participants…</translation>
    </message>
    <message>
        <source>Add or update participants from a CSV file</source>
        <translation>Ajouter ou mettre à jour des participants à partir d’un fichier CSV</translation>
    </message>
    <message>
        <source>Export &amp;everything…</source>
        <translation>Tout &amp;exporter…</translation>
    </message>
    <message>
        <source>Save every table in one JSON file</source>
        <translation>Enregistrer toutes les tables dans un seul fichier JSON</translation>
    </message>
    <message>
        <source>Import e&amp;verything…</source>
        <translation>Tout i&amp;mporter…</translation>
    </message>
    <message>
        <source>Make a programme from a full export (a new file if this one holds data)</source>
        <translation>Créer un programme à partir d’un export complet (dans un nouveau fichier si celui-ci contient des données)</translation>
    </message>
    <message>
        <source>Everything rmdesk holds about the selected participant, as a JSON file</source>
        <translation>Tout ce que rmdesk détient sur le participant sélectionné, dans un fichier JSON</translation>
    </message>
    <message>
        <source>E&amp;xport this person&apos;s data…</source>
        <translation>E&amp;xporter les données de cette personne…</translation>
    </message>
    <message>
        <source>Erase this &amp;person…</source>
        <translation>E&amp;ffacer cette personne…</translation>
    </message>
    <message>
        <source>Remove the selected participant everywhere (a data-protection request)</source>
        <translation>Supprimer partout le participant sélectionné (demande liée à la protection des données)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported {0} new and {1}{2}.</source>
        <translation>Import&#xa0;: {0} nouveau(x) et {1}{2}.</translation>
    </message>
    <message>
        <source>{0} updated participant</source>
        <translation>{0} participant mis à jour</translation>
    </message>
    <message>
        <source>{0} updated participants</source>
        <translation>{0} participants mis à jour</translation>
    </message>
    <message>
        <source> and {0} new topic</source>
        <translation> et {0} nouveau thème</translation>
    </message>
    <message>
        <source> and {0} new topics</source>
        <translation> et {0} nouveaux thèmes</translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation>Tout importer</translation>
    </message>
    <message>
        <source>rmdesk exports (*.json);;All files (*)</source>
        <translation>Exports rmdesk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported {0} row from {1}.</source>
        <translation>{0} ligne importée depuis {1}.</translation>
    </message>
    <message>
        <source>Imported {0} rows from {1}.</source>
        <translation>{0} lignes importées depuis {1}.</translation>
    </message>
    <message>
        <source>Importing everything…</source>
        <translation>Import de toutes les données…</translation>
    </message>
    <message>
        <source>{0} already holds a programme, and an export is imported only into an empty one. Make a new programme file from {1}? {0} stays as it is.</source>
        <translation>{0} contient déjà un programme, et un export ne s’importe que dans un programme vide. Créer un nouveau fichier du programme à partir de {1}&#xa0;? {0} reste inchangé.</translation>
    </message>
    <message>
        <source>&amp;New programme file…</source>
        <translation>&amp;Nouveau fichier du programme…</translation>
    </message>
    <message>
        <source>New programme from an export</source>
        <translation>Nouveau programme à partir d’un export</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>rmdesk exports (*.json)</source>
        <translation>Exports rmdesk (*.json)</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Export de toutes les données…</translation>
    </message>
    <message>
        <source>Exported {0} row to {1}.</source>
        <translation>{0} ligne exportée vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>{0} lignes exportées vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} participant to {1}.</source>
        <translation>{0} participant exporté vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} participants to {1}.</source>
        <translation>{0} participants exportés vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} pair to {1}.</source>
        <translation>{0} binôme exporté vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} pairs to {1}.</source>
        <translation>{0} binômes exportés vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} meeting to {1}.</source>
        <translation>{0} rencontre exportée vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} meetings to {1}.</source>
        <translation>{0} rencontres exportées vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} goal to {1}.</source>
        <translation>{0} objectif exporté vers {1}.</translation>
    </message>
    <message>
        <source>Exported {0} goals to {1}.</source>
        <translation>{0} objectifs exportés vers {1}.</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Sélectionnez d’abord un participant.</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting {0}&apos;s data…</source>
        <translation>Export des données de {0}…</translation>
    </message>
    <message>
        <source>Exported {0}&apos;s data to {1}.</source>
        <translation>Données de {0} exportées vers {1}.</translation>
    </message>
    <message>
        <source>Erasing {0}…</source>
        <translation>Effacement de {0}…</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Backups still hold their data</source>
        <translation>Des sauvegardes contiennent encore ses données</translation>
    </message>
    <message>
        <source>{0} backup made before the erasure still holds {1}&apos;s data. Delete it now? A fresh backup of the current state is made first; without it you could not go back to any earlier state.</source>
        <translation>{0} sauvegarde faite avant l’effacement contient encore les données de {1}. La supprimer maintenant&#xa0;? Une nouvelle sauvegarde de l’état actuel est faite d’abord&#xa0;; sans elle, vous ne pourriez revenir à aucun état antérieur.</translation>
    </message>
    <message>
        <source>{0} backups made before the erasure still hold {1}&apos;s data. Delete them now? A fresh backup of the current state is made first; without it you could not go back to any earlier state.</source>
        <translation>{0} sauvegardes faites avant l’effacement contiennent encore les données de {1}. Les supprimer maintenant&#xa0;? Une nouvelle sauvegarde de l’état actuel est faite d’abord&#xa0;; sans elle, vous ne pourriez revenir à aucun état antérieur.</translation>
    </message>
    <message>
        <source>Deleting older backups…</source>
        <translation>Suppression des anciennes sauvegardes…</translation>
    </message>
    <message>
        <source>Deleted {0} older backup; a fresh backup was made.</source>
        <translation>{0} ancienne sauvegarde supprimée&#xa0;; une nouvelle sauvegarde a été faite.</translation>
    </message>
    <message>
        <source>Deleted {0} older backups; a fresh backup was made.</source>
        <translation>{0} anciennes sauvegardes supprimées&#xa0;; une nouvelle sauvegarde a été faite.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
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
        <source>Manager (email, employee ID or name)</source>
        <translation>Responsable (e-mail, matricule ou nom)</translation>
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
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Topics offered</source>
        <translation>Thèmes proposés</translation>
    </message>
    <message>
        <source>Topics wanted</source>
        <translation>Thèmes souhaités</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
</context>
<context>
    <name>FitDialog</name>
    <message>
        <source>Pairing fit</source>
        <translation>Compatibilité du binôme</translation>
    </message>
    <message>
        <source>That pair has not held a meeting yet: the fit check comes after the first one. Choose a pair that has met.</source>
        <translation>Ce binôme n’a encore tenu aucune rencontre&#xa0;: le point sur la compatibilité vient après la première. Choisissez un binôme qui s’est déjà rencontré.</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Binôme</translation>
    </message>
    <message>
        <source>Asked &amp;on</source>
        <translation>Demandé &amp;le</translation>
    </message>
    <message>
        <source>Choose an answer for at least one of the two.</source>
        <translation>Choisissez une réponse pour au moins une des deux personnes.</translation>
    </message>
    <message>
        <source>Pairing fit saved for {0}: not a good fit, so the pair is on the attention list.</source>
        <translation>Compatibilité enregistrée pour {0}&#xa0;: pas compatible, le binôme passe donc dans la liste «&#xa0;À traiter&#xa0;».</translation>
    </message>
    <message>
        <source>Pairing fit saved for {0}.</source>
        <translation>Compatibilité enregistrée pour {0}.</translation>
    </message>
</context>
<context>
    <name>FitModel</name>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentoré (senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (junior)</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore interrogé</translation>
    </message>
    <message>
        <source>The pair has met: ask how the pairing feels.</source>
        <translation>Le binôme s’est rencontré&#xa0;: demandez à chacun son ressenti sur le binôme.</translation>
    </message>
    <message>
        <source>Not a good fit: the pair is on the attention list.</source>
        <translation>Pas compatible&#xa0;: le binôme est dans la liste «&#xa0;À traiter&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FitPage</name>
    <message>
        <source>The pairing-fit check comes after a pair&apos;s first held meeting; no pair here has met yet.</source>
        <translation>Le point sur la compatibilité vient après la première rencontre tenue d’un binôme&#xa0;; aucun binôme ici ne s’est encore rencontré.</translation>
    </message>
    <message>
        <source>{0} person to ask</source>
        <translation>{0} personne à interroger</translation>
    </message>
    <message>
        <source>{0} people to ask</source>
        <translation>{0} personnes à interroger</translation>
    </message>
    <message>
        <source>Everyone asked</source>
        <translation>Tout le monde a été interrogé</translation>
    </message>
    <message>
        <source>{0} not a good fit</source>
        <translation>Pas compatible&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Tick one box per line: {0} = not at all, {1} = fully.</source>
        <translation>Cochez une case par ligne&#xa0;: {0} = pas du tout, {1} = tout à fait.</translation>
    </message>
    <message>
        <source>Tick one.</source>
        <translation>Cochez une case.</translation>
    </message>
    <message>
        <source>Tick any that apply.</source>
        <translation>Cochez tout ce qui s&apos;applique.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>En binôme avec</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Reverse mentoring · {0}</source>
        <translation>Mentorat inversé · {0}</translation>
    </message>
    <message>
        <source>Baseline self-assessment</source>
        <translation>Auto-évaluation initiale</translation>
    </message>
    <message>
        <source>Midpoint self-assessment</source>
        <translation>Auto-évaluation à mi-parcours</translation>
    </message>
    <message>
        <source>Final self-assessment</source>
        <translation>Auto-évaluation finale</translation>
    </message>
    <message>
        <source>Please rate yourself on each line, give your overall satisfaction and add anything you want the coordinator to know. Your answers go to the coordinator only; reports show figures over groups, never one person&apos;s answers.</source>
        <translation>Évaluez-vous sur chaque ligne, indiquez votre satisfaction globale et ajoutez ce que vous souhaitez faire savoir à la coordination. Vos réponses ne sont lues que par la coordination&#xa0;; les bilans présentent des chiffres par groupe, jamais les réponses d&apos;une personne.</translation>
    </message>
    <message>
        <source>Pairing-fit check</source>
        <translation>Compatibilité du binôme</translation>
    </message>
    <message>
        <source>After your first meeting: is this pairing working for you? Each person answers separately and the coordinator alone reads the answers, so say it as it is.</source>
        <translation>Après votre première rencontre&#xa0;: ce binôme vous convient-il ? Chacun répond séparément et seule la coordination lit les réponses&#xa0;; dites donc les choses franchement.</translation>
    </message>
    <message>
        <source>Sign up for reverse mentoring</source>
        <translation>Inscription au mentorat inversé</translation>
    </message>
    <message>
        <source>In reverse mentoring a junior colleague (the mentor) shares their knowledge and perspective with a senior colleague (the mentee), and learning goes both ways. Fill in this sheet and hand it to the coordinator.</source>
        <translation>Dans le mentorat inversé, un jeune collaborateur (le mentor) partage ses connaissances et son regard avec un dirigeant (le mentoré), et chacun apprend de l&apos;autre. Remplissez cette fiche et remettez-la à la coordination.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation>de {0} à {1} ({2})</translation>
    </message>
    <message>
        <source>one of</source>
        <translation>choix unique</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>choix multiple</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>mentors</source>
        <translation>mentors</translation>
    </message>
    <message>
        <source>mentees</source>
        <translation>mentorés</translation>
    </message>
    <message>
        <source>Work e-mail address</source>
        <translation>Adresse e-mail professionnelle</translation>
    </message>
    <message>
        <source>Overall satisfaction with the programme so far</source>
        <translation>Votre satisfaction globale à l&apos;égard du programme à ce jour</translation>
    </message>
    <message>
        <source>Any comment for the coordinator</source>
        <translation>Votre commentaire pour la coordination</translation>
    </message>
    <message>
        <source>Would you take part in the programme again?</source>
        <translation>Souhaiteriez-vous participer à nouveau au programme&#xa0;?</translation>
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
        <source>e-mail</source>
        <translation>e-mail</translation>
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
        <source>take part again</source>
        <translation>participer à nouveau</translation>
    </message>
    <message>
        <source>{0} = not at all, {1} = fully</source>
        <translation>{0} = pas du tout, {1} = tout à fait</translation>
    </message>
    <message>
        <source>Mentor (junior colleague)</source>
        <translation>Mentor (jeune collaborateur)</translation>
    </message>
    <message>
        <source>Mentee (senior colleague)</source>
        <translation>Mentoré (dirigeant)</translation>
    </message>
    <message>
        <source>On site</source>
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
        <source>How is the pairing working for you?</source>
        <translation>Ce binôme vous convient-il ?</translation>
    </message>
    <message>
        <source>Anything the coordinator should know (kept private)</source>
        <translation>Ce que la coordination devrait savoir (reste confidentiel)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
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
        <source>I would like to take part as</source>
        <translation>Je souhaite participer en tant que</translation>
    </message>
    <message>
        <source>Topics I can offer (mentors)</source>
        <translation>Thèmes que je peux partager (mentors)</translation>
    </message>
    <message>
        <source>Topics I want to learn about (mentees)</source>
        <translation>Thèmes sur lesquels je souhaite apprendre (mentorés)</translation>
    </message>
    <message>
        <source>When I am usually available</source>
        <translation>Mes disponibilités habituelles</translation>
    </message>
    <message>
        <source>How I work</source>
        <translation>Mon mode de travail</translation>
    </message>
</context>
<context>
    <name>FormsDialog</name>
    <message>
        <source>Forms</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Self-assessment, a page per person</source>
        <translation>Auto-évaluation, une page par personne</translation>
    </message>
    <message>
        <source>Pairing-fit check, a page per person</source>
        <translation>Point sur la compatibilité, une page par personne</translation>
    </message>
    <message>
        <source>Sign-up sheet (blank)</source>
        <translation>Fiche d’inscription (vierge)</translation>
    </message>
    <message>
        <source>PDF to print and hand out</source>
        <translation>PDF à imprimer et distribuer</translation>
    </message>
    <message>
        <source>Questions for an online form (CSV)</source>
        <translation>Questions pour un formulaire en ligne (CSV)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Questionnaire&#xa0;:</translation>
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
        <source>&amp;As:</source>
        <translation>&amp;Sous forme de&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the form as</source>
        <translation>Enregistrer le questionnaire sous</translation>
    </message>
    <message>
        <source>Create a cycle first: these forms are for its pairs.</source>
        <translation>Créez d’abord un cycle&#xa0;: ces questionnaires sont destinés à ses binômes.</translation>
    </message>
    <message>
        <source>Choose where to save the form.</source>
        <translation>Choisissez où enregistrer le questionnaire.</translation>
    </message>
    <message>
        <source>{0} is not a folder.</source>
        <translation>{0} n’est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(aucun thème)</translation>
    </message>
    <message>
        <source>Templates suggest a title and a success measure for the owner and topic</source>
        <translation>Les modèles proposent un titre et un indicateur de réussite selon le porteur et le thème</translation>
    </message>
    <message>
        <source>What will change, in a few words</source>
        <translation>Ce qui va changer, en quelques mots</translation>
    </message>
    <message>
        <source>How we will know it happened</source>
        <translation>À quoi nous verrons que c’est fait</translation>
    </message>
    <message>
        <source>no target date</source>
        <translation>pas de date cible</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Binôme</translation>
    </message>
    <message>
        <source>&amp;Whose goal</source>
        <translation>&amp;Porté par</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>Tit&amp;re*</translation>
    </message>
    <message>
        <source>&amp;How we will know</source>
        <translation>&amp;Indicateur de réussite</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation>&amp;Date cible</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>This cycle has no proposed or active pair to set goals for.</source>
        <translation>Ce cycle n’a aucun binôme proposé ou actif auquel fixer des objectifs.</translation>
    </message>
    <message>
        <source>Choose one to fill in the title and measure ({0})</source>
        <translation>Choisissez-en un pour remplir le titre et l’indicateur ({0})</translation>
    </message>
    <message>
        <source>No template for this owner and topic</source>
        <translation>Aucun modèle pour ce porteur et ce thème</translation>
    </message>
    <message>
        <source>general</source>
        <translation>général</translation>
    </message>
</context>
<context>
    <name>GoalsOutcomeModel</name>
    <message>
        <source>By topic</source>
        <translation>Par thème</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;Add goal…	Ctrl+N</source>
        <translation>&amp;Ajouter un objectif…	Ctrl+N</translation>
    </message>
    <message>
        <source>Add a goal for the mentee or the mentor</source>
        <translation>Ajouter un objectif pour le mentoré ou le mentor</translation>
    </message>
    <message>
        <source>&amp;Edit goal…	Enter</source>
        <translation>&amp;Modifier l’objectif…	Entrée</translation>
    </message>
    <message>
        <source>Change the selected goal</source>
        <translation>Modifier l’objectif sélectionné</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>&amp;Enregistrer l’avancement…</translation>
    </message>
    <message>
        <source>Record where the selected goal stands</source>
        <translation>Noter où en est l’objectif sélectionné</translation>
    </message>
    <message>
        <source>Mark ac&amp;hieved</source>
        <translation>Marquer comme a&amp;tteint</translation>
    </message>
    <message>
        <source>The selected goal is reached: 100 % today</source>
        <translation>L’objectif sélectionné est atteint&#xa0;: 100&#xa0;% aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Delete goal…	Del</source>
        <translation>&amp;Supprimer l’objectif…	Suppr</translation>
    </message>
    <message>
        <source>Delete the selected goal and its history</source>
        <translation>Supprimer l’objectif sélectionné et son historique</translation>
    </message>
    <message>
        <source>&amp;Undo goal delete</source>
        <translation>A&amp;nnuler la suppression de l’objectif</translation>
    </message>
    <message>
        <source>Put back the goal just deleted</source>
        <translation>Rétablir l’objectif qui vient d’être supprimé</translation>
    </message>
    <message>
        <source>Goal &amp;templates…</source>
        <translation>Modè&amp;les d’objectifs…</translation>
    </message>
    <message>
        <source>Edit the suggested goals per topic</source>
        <translation>Modifier les objectifs proposés par thème</translation>
    </message>
    <message>
        <source>Enter a&amp;ssessment…</source>
        <translation>Saisir une é&amp;valuation…</translation>
    </message>
    <message>
        <source>Enter a self-assessment from paper or a conversation</source>
        <translation>Saisir une auto-évaluation faite sur papier ou lors d’un échange</translation>
    </message>
    <message>
        <source>Assessment di&amp;mensions…</source>
        <translation>&amp;Dimensions d’évaluation…</translation>
    </message>
    <message>
        <source>Edit what mentees and mentors rate themselves on</source>
        <translation>Modifier ce sur quoi mentorés et mentors s’évaluent</translation>
    </message>
    <message>
        <source>Record pairing &amp;fit…</source>
        <translation>Enregistrer la &amp;compatibilité…</translation>
    </message>
    <message>
        <source>Ask each person of a pair that has met whether the pairing fits</source>
        <translation>Demander à chaque membre d’un binôme qui s’est rencontré si le binôme est compatible</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>B&amp;inôme&#xa0;:</translation>
    </message>
    <message>
        <source>Goals by pair and owner</source>
        <translation>Objectifs par binôme et par personne</translation>
    </message>
    <message>
        <source>Each pair, then whose goal it is, then the goals with status and progress</source>
        <translation>Chaque binôme, puis à qui appartient l’objectif, puis les objectifs avec leur statut et leur avancement</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Goal templates…</source>
        <translation>Modèles d’objectifs…</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Aucun objectif pour l’instant</translation>
    </message>
    <message>
        <source>Learning goes both ways: the mentee sets goals (technology, social media, generational insight, inclusion) and so does the mentor (confidence with leaders, communication, a voice in the organisation). Add the first goal with Add goal (Ctrl+N); templates suggest a title and a measure per topic.</source>
        <translation>L’apprentissage va dans les deux sens&#xa0;: le mentoré se fixe des objectifs (technologie, réseaux sociaux, regard d’une autre génération, inclusion), et le mentor aussi (assurance face aux dirigeants, communication, faire entendre sa voix dans l’organisation). Ajoutez le premier objectif avec Ajouter un objectif (Ctrl+N)&#xa0;; les modèles proposent un titre et un indicateur par thème.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Pairing fit</source>
        <translation>Compatibilité</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Aucun cycle pour l’instant</translation>
    </message>
    <message>
        <source>Goals, assessments and check-ins belong to the pairs of a cycle. Create a cycle in the Pairs tab (Programme ▸ New cycle…), then form its pairs.</source>
        <translation>Objectifs, évaluations et points sur la compatibilité appartiennent aux binômes d’un cycle. Créez un cycle dans l’onglet Binômes (Programme ▸ Nouveau cycle…), puis constituez ses binômes.</translation>
    </message>
    <message>
        <source>No pairs in this cycle yet</source>
        <translation>Aucun binôme dans ce cycle pour l’instant</translation>
    </message>
    <message>
        <source>Goals are set per pair. Form pairs in the Pairs tab: Suggest matches (Ctrl+M) proposes pairs for everyone, New pair forms one by hand.</source>
        <translation>Les objectifs se fixent par binôme. Constituez les binômes dans l’onglet Binômes&#xa0;: Proposer des binômes (Ctrl+M) fait des propositions pour tout le monde, Nouveau binôme en constitue un à la main.</translation>
    </message>
    <message>
        <source>All pairs ({0})</source>
        <translation>Tous les binômes ({0})</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} en retard</translation>
    </message>
    <message>
        <source>no goals yet</source>
        <translation>aucun objectif pour l’instant</translation>
    </message>
    <message>
        <source>{0} in {1} · {2} achieved</source>
        <translation>{0} dans {1} · atteints&#xa0;: {2}</translation>
    </message>
    <message>
        <source>{0} goal</source>
        <translation>{0} objectif</translation>
    </message>
    <message>
        <source>{0} goals</source>
        <translation>{0} objectifs</translation>
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
        <source> · open a pair (→) or pick it above</source>
        <translation> · ouvrez un binôme (→) ou choisissez-le ci-dessus</translation>
    </message>
    <message>
        <source>{0} ({1} overdue)</source>
        <translation>{0} ({1} en retard)</translation>
    </message>
    <message>
        <source>{0} ({1} to ask)</source>
        <translation>{0} ({1} à interroger)</translation>
    </message>
    <message>
        <source>Goal added: {0}</source>
        <translation>Objectif ajouté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Goal saved.</source>
        <translation>Objectif enregistré.</translation>
    </message>
    <message>
        <source>Progress recorded: {0} % on “{1}”.</source>
        <translation>Avancement enregistré&#xa0;: {0}&#xa0;% sur «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>Achieved: {0}</source>
        <translation>Atteint&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <source>Delete the goal “{0}” and its progress history? Undo (Ctrl+Z) puts it back.</source>
        <translation>Supprimer l’objectif «&#xa0;{0}&#xa0;» et l’historique de son avancement&#xa0;? Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>&amp;Undo goal delete “{0}”</source>
        <translation>A&amp;nnuler la suppression de l’objectif «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Goal deleted: {0}. Ctrl+Z undoes it.</source>
        <translation>Objectif supprimé&#xa0;: {0}. Ctrl+Z annule la suppression.</translation>
    </message>
    <message>
        <source>Goal put back.</source>
        <translation>Objectif rétabli.</translation>
    </message>
    <message>
        <source>Enter assessment</source>
        <translation>Saisir une évaluation</translation>
    </message>
    <message>
        <source>Nobody owes an assessment yet: pairs must be active first.</source>
        <translation>Aucune évaluation n’est encore attendue&#xa0;: les binômes doivent d’abord être actifs.</translation>
    </message>
    <message>
        <source>Assessment dimensions saved.</source>
        <translation>Dimensions d’évaluation enregistrées.</translation>
    </message>
    <message>
        <source>The pairing-fit check comes after a pair&apos;s first held meeting; no pair of this cycle has met yet.</source>
        <translation>Le point sur la compatibilité vient après la première rencontre tenue d’un binôme&#xa0;; aucun binôme de ce cycle ne s’est encore rencontré.</translation>
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
        <translation>abandonnés&#xa0;: {0}</translation>
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
        <source>{0} · overdue</source>
        <translation>{0} · en retard</translation>
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
        <translation>Notes de notre échange</translation>
    </message>
    <message>
        <source>Orientation sheet · {0}</source>
        <translation>Fiche d’accueil · {0}</translation>
    </message>
    <message>
        <source>Conversation guide · {0}</source>
        <translation>Guide d’échange · {0}</translation>
    </message>
    <message>
        <source>This guide has no translation yet: here is the English text.</source>
        <translation>Ce guide n’est pas encore traduit : voici le texte anglais.</translation>
    </message>
    <message>
        <source>For the junior mentor</source>
        <translation>Pour le mentor (jeune collaborateur)</translation>
    </message>
    <message>
        <source>For the senior mentee</source>
        <translation>Pour le mentoré (dirigeant)</translation>
    </message>
    <message>
        <source>Session pack: {0} and {1}</source>
        <translation>Dossier du binôme : {0} et {1}</translation>
    </message>
    <message>
        <source>Session pack</source>
        <translation>Dossier du binôme</translation>
    </message>
    <message>
        <source>{0} (junior mentor) and {1} (senior mentee) · {2}</source>
        <translation>{0} (mentor, jeune collaborateur) et {1} (mentoré, dirigeant) · {2}</translation>
    </message>
    <message>
        <source>Everything for your meetings in one place: your goals, an orientation sheet for each of you, and a conversation guide for each of your topics. The guides are starting points, not scripts: use what helps.</source>
        <translation>Tout pour vos rencontres au même endroit : vos objectifs, une fiche d’accueil pour chacun de vous et un guide d’échange pour chacun de vos thèmes. Les guides sont des points de départ, pas des scripts : servez-vous de ce qui vous aide.</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>Dans ce dossier</translation>
    </message>
    <message>
        <source>No guide yet for: {0}.</source>
        <translation>Pas encore de guide pour : {0}.</translation>
    </message>
    <message>
        <source>No topic guide: you have no goals with a topic and no topic in common yet. Your coordinator can print any topic&apos;s guide for you.</source>
        <translation>Aucun guide de thème : vous n’avez encore ni objectif rattaché à un thème ni thème en commun. La coordination du programme peut vous imprimer le guide de n’importe quel thème.</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Vos objectifs</translation>
    </message>
    <message>
        <source>No goals recorded yet: set one or two each at your first meeting, and write them here.</source>
        <translation>Aucun objectif enregistré : fixez-en un ou deux chacun lors de votre première rencontre et notez-les ici.</translation>
    </message>
    <message>
        <source>whose</source>
        <translation>de qui</translation>
    </message>
    <message>
        <source>goal and how you will know</source>
        <translation>objectif et comment le constater</translation>
    </message>
    <message>
        <source>target</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
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
        <translation>Guides pour les binômes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
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
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <source>Columns in the file: choose what each one is imported as (click “Imported as”). Columns marked (ignored) are not read.</source>
        <translation>Colonnes du fichier&#xa0;: choisissez comment chacune est importée (cliquez sur «&#xa0;Importée comme&#xa0;»). Les colonnes marquées (ignorée) ne sont pas lues.</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Each column of the file, what it is imported as and sample values</source>
        <translation>Chaque colonne du fichier, ce en quoi elle est importée et des exemples de valeurs</translation>
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
        <translation>Nouveaux&#xa0;: {0} · mis à jour&#xa0;: {1} · inchangés&#xa0;: {2}</translation>
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
        <source>the baseline phase</source>
        <translation>la phase initiale</translation>
    </message>
    <message>
        <source>the midpoint phase</source>
        <translation>la phase de mi-parcours</translation>
    </message>
    <message>
        <source>the final phase</source>
        <translation>la phase finale</translation>
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
        <translation>US Letter (8,5 × 11 po)</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Comme le système ({0})</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Langue de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>The window changes language the next time rmdesk starts. The language of agreements and reports is set in Documents &gt; Document settings.</source>
        <translation>La fenêtre change de langue au prochain démarrage de rmdesk. La langue des conventions et des bilans se règle dans Documents &gt; Paramètres des documents.</translation>
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
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>Choose the language of the window</source>
        <translation>Choisir la langue de la fenêtre</translation>
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
        <translation>{0} binôme à traiter</translation>
    </message>
    <message>
        <source>{0} pairs need attention</source>
        <translation>{0} binômes à traiter</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} archived</source>
        <translation>{0} · {1} · archivés&#xa0;: {2}</translation>
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
        <translation>{0} à signaler&#xa0;:
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
        <translation>La fenêtre change de langue au prochain démarrage de rmdesk.</translation>
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
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Number on a day: its meetings, in the colour of most ({0}); {1} on it: one was cancelled · {2} milestone · {3} closed day</source>
        <translation>Chiffre dans une case&#xa0;: nombre de rencontres du jour, dans la couleur du statut le plus fréquent ({0})&#xa0;; {1}&#xa0;: une rencontre a été annulée · {2} jalon · {3} jour de fermeture</translation>
    </message>
    <message>
        <source>{0} meeting: {1}</source>
        <translation>{0} rencontre&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} meetings: {1}</source>
        <translation>{0} rencontres&#xa0;: {1}</translation>
    </message>
    <message>
        <source>milestone: {0}</source>
        <translation>jalon&#xa0;: {0}</translation>
    </message>
    <message>
        <source>closed: {0}</source>
        <translation>jour de fermeture&#xa0;: {0}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>jour de fermeture</translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation>aucune rencontre</translation>
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
        <translation>Ce cycle n’a encore aucun binôme pour lequel planifier une rencontre.</translation>
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
        <translation>Chevauchement de rencontres</translation>
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
    <name>MeetingsModel</name>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} par {1}</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation>Jalon {0}</translation>
    </message>
    <message>
        <source>Date of milestone {0}</source>
        <translation>Date du jalon {0}</translation>
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

Reformer quand même ce binôme&#xa0;?</translation>
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
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>{0} of {1} · {2}</source>
        <translation>{0} sur {1} · {2}</translation>
    </message>
    <message>
        <source>{1} of {2} scheduled meeting</source>
        <translation>{1} sur {2} rencontre prévue</translation>
    </message>
    <message>
        <source>{1} of {2} scheduled meetings</source>
        <translation>{1} sur {2} rencontres prévues</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucun motif indiqué</translation>
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
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation>Pages du document</translation>
    </message>
</context>
<context>
    <name>PairDetailDialog</name>
    <message>
        <source>About this pair</source>
        <translation>À propos de ce binôme</translation>
    </message>
    <message>
        <source>Agreement &amp;signed on</source>
        <translation>Convention &amp;signée le</translation>
    </message>
    <message>
        <source>Day the agreement was signed</source>
        <translation>Date de signature de la convention</translation>
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
        <translation>&lt;p&gt;Tenues&#xa0;: {0} · prévues&#xa0;: {1} · annulées&#xa0;: {2} · manquées&#xa0;: {3}&lt;/p&gt;</translation>
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
        <translation>Faire passer le cycle à l’état «&#xa0;en cours&#xa0;»</translation>
    </message>
    <message>
        <source>Cl&amp;ose cycle</source>
        <translation>Clô&amp;turer le cycle</translation>
    </message>
    <message>
        <source>Mark the cycle as finished; it takes no new pairs</source>
        <translation>Marquer le cycle comme clôturé&#xa0;; il n’accepte plus de nouveaux binômes</translation>
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
        <source>Agreement si&amp;gned today</source>
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
        <source>Filter pairs</source>
        <translation>Filtrer les binômes</translation>
    </message>
    <message>
        <source>Pairs of the cycle</source>
        <translation>Binômes du cycle</translation>
    </message>
    <message>
        <source>Enter opens the selected pair&apos;s detail; several proposals can be selected</source>
        <translation>Entrée ouvre le détail du binôme choisi&#xa0;; plusieurs propositions peuvent être sélectionnées ensemble</translation>
    </message>
    <message>
        <source>Unpaired mentors</source>
        <translation>Mentors sans binôme</translation>
    </message>
    <message>
        <source>Unpaired mentees</source>
        <translation>Mentorés sans binôme</translation>
    </message>
    <message>
        <source>Enter on a mentee starts a new pair for them</source>
        <translation>Entrée sur un mentoré crée un nouveau binôme pour cette personne</translation>
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
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} to {2} · {3} · meetings every {4}, {5} min&lt;br&gt;{6}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · du {1} au {2} · {3} · rencontres {4}, {5}&#xa0;min&lt;br&gt;{6}</translation>
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
        <source>{0} active pair</source>
        <translation>{0} binôme actif</translation>
    </message>
    <message>
        <source>{0} active pairs</source>
        <translation>{0} binômes actifs</translation>
    </message>
    <message>
        <source>{0} proposed pair</source>
        <translation>{0} binôme proposé</translation>
    </message>
    <message>
        <source>{0} proposed pairs</source>
        <translation>{0} binômes proposés</translation>
    </message>
    <message>
        <source>{0} completed pair</source>
        <translation>{0} binôme terminé</translation>
    </message>
    <message>
        <source>{0} completed pairs</source>
        <translation>{0} binômes terminés</translation>
    </message>
    <message>
        <source>{0} pair ended early</source>
        <translation>{0} binôme interrompu</translation>
    </message>
    <message>
        <source>{0} pairs ended early</source>
        <translation>{0} binômes interrompus</translation>
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
        <translation>Lancer ce cycle&#xa0;?</translation>
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
        <translation>Nom complet d’usage</translation>
    </message>
    <message>
        <source>optional, e.g. ana.silva@example.org</source>
        <translation>facultatif, p.&#xa0;ex. ana.silva@example.org</translation>
    </message>
    <message>
        <source>optional: the HR system&apos;s, matches this person on re-import</source>
        <translation>facultatif&#xa0;: celui du SIRH, la reconnaît à l’import</translation>
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
    <name>ParticipantHistory</name>
    <message>
        <source>Cycles and partners</source>
        <translation>Cycles et binômes</translation>
    </message>
    <message>
        <source>Not paired in any cycle yet.</source>
        <translation>Pas encore en binôme dans un cycle.</translation>
    </message>
    <message>
        <source>mentor of {0}</source>
        <translation>mentor de {0}</translation>
    </message>
    <message>
        <source>mentee of {0}</source>
        <translation>mentoré de {0}</translation>
    </message>
    <message>
        <source>would take part again: {0}</source>
        <translation>participerait à nouveau&#xa0;: {0}</translation>
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
        <translation>&amp;Modifier le participant…	Entrée</translation>
    </message>
    <message>
        <source>Edit the selected participant</source>
        <translation>Modifier le participant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete or archive…	Del</source>
        <translation>&amp;Supprimer ou archiver…	Suppr</translation>
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
        <source>Filter participants</source>
        <translation>Filtrer les participants</translation>
    </message>
    <message>
        <source>Shows only the people whose name, department, topics, email or ID match</source>
        <translation>N’affiche que les personnes dont le nom, le service, les thèmes, l’adresse e-mail ou le matricule correspondent</translation>
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
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Enter edits the selected person, Delete removes them; the profile is beside</source>
        <translation>Entrée modifie la personne choisie, Suppr la retire&#xa0;; son profil est affiché à côté</translation>
    </message>
    <message>
        <source>Profile of the selected participant</source>
        <translation>Profil de la personne choisie</translation>
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
        <translation>Ouvrir un fichier de programme…</translation>
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
        <translation>Un programme tient dans un seul fichier, et celui qui est ouvert est vide. Démarrez-y votre programme, ouvrez un fichier de programme existant, ou découvrez une organisation fictive dans un fichier de démo distinct (il ne se mélange jamais à votre programme).</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
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
        <translation>Déjà archivé(e)</translation>
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
        <source>Archived {0}. Ctrl+Z undoes it.</source>
        <translation>Fiche de {0} archivée. Ctrl+Z permet d’annuler.</translation>
    </message>
    <message>
        <source>Deleted {0}. Ctrl+Z undoes it.</source>
        <translation>Fiche de {0} supprimée. Ctrl+Z permet d’annuler.</translation>
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
        <translation>Désarchivé.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Impossible d’afficher ce PDF.</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <source>{0} page</source>
        <translation>{0} page</translation>
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
        <translation>Ouvrir un autre fichier de programme</translation>
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
        <translation>Fermer la démo et rouvrir votre dernier fichier de programme</translation>
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
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Progress in per cent</source>
        <translation>Avancement en pourcentage</translation>
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
        <source>Progress history</source>
        <translation>Historique de l’avancement</translation>
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
        <translation>Bilan de fin de cycle (anonymisé)</translation>
    </message>
    <message>
        <source>End-of-cycle report</source>
        <translation>Bilan de fin de cycle</translation>
    </message>
    <message>
        <source>The appendix with a section per pair was left out of this copy.</source>
        <translation>L’annexe avec une section par binôme a été omise de cet exemplaire.</translation>
    </message>
    <message>
        <source>{0} · {1} to {2}</source>
        <translation>{0} · du {1} au {2}</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>“{0}”: 1 or 2 people or pairs (goals: who set them; meetings: the pairs that had them). “{1}”: hidden so that those cannot be worked out from a total.</source>
        <translation>«&#xa0;{0}&#xa0;» : 1 ou 2 personnes ou binômes (objectifs : ceux qui les ont fixés ; rencontres : les binômes concernés). «&#xa0;{1}&#xa0;» : masqué pour qu’on ne puisse pas les déduire d’un total.</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>En bref</translation>
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
        <source>meeting held</source>
        <translation>rencontre tenue</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>rencontres tenues</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>pairs formed</source>
        <translation>binômes formés</translation>
    </message>
    <message>
        <source>retention&lt;br/&gt;(not ended early)</source>
        <translation>maintien&lt;br/&gt;(non interrompus)</translation>
    </message>
    <message>
        <source>of {0} scheduled</source>
        <translation>sur {0} programmées</translation>
    </message>
    <message>
        <source>attendance&lt;br/&gt;(held ÷ (held + missed))</source>
        <translation>assiduité&lt;br/&gt;(tenues ÷ (tenues + manquées))</translation>
    </message>
    <message>
        <source>goals achieved</source>
        <translation>objectifs atteints</translation>
    </message>
    <message>
        <source>goals achieved&lt;br/&gt;{0} of {1}</source>
        <translation>objectifs atteints&lt;br/&gt;{0} sur {1}</translation>
    </message>
    <message>
        <source>senior mentees</source>
        <translation>mentorés (dirigeants)</translation>
    </message>
    <message>
        <source>junior mentors</source>
        <translation>mentors (jeunes collaborateurs)</translation>
    </message>
    <message>
        <source>{0} person</source>
        <translation>{0} personne</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} personnes</translation>
    </message>
    <message>
        <source>only {0}</source>
        <translation>seulement {0}</translation>
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
        <source>No pair has started in this cycle yet, so there are no outcomes to report: the figures below are all zero or empty.</source>
        <translation>Aucun binôme n’a encore commencé dans ce cycle : il n’y a donc pas de résultats, et les chiffres ci-dessous sont tous nuls ou vides.</translation>
    </message>
    <message>
        <source>With only {0}, one pair more or less changes a percentage by {1} points or more, so read each percentage with the count beside it.</source>
        <translation>Avec seulement {0}, un binôme de plus ou de moins fait varier un pourcentage de {1} points ou plus : lisez chaque pourcentage avec l’effectif indiqué à côté.</translation>
    </message>
    <message>
        <source>{0} people took part in {1} pairs: {2} and {3}.</source>
        <translation>{0} personnes ont participé dans {1} binômes : {2} et {3}.</translation>
    </message>
    <message>
        <source>{0} junior mentor</source>
        <translation>{0} mentor (jeune collaborateur)</translation>
    </message>
    <message>
        <source>{0} junior mentors</source>
        <translation>{0} mentors (jeunes collaborateurs)</translation>
    </message>
    <message>
        <source>{0} senior mentee</source>
        <translation>{0} mentoré (dirigeant)</translation>
    </message>
    <message>
        <source>{0} senior mentees</source>
        <translation>{0} mentorés (dirigeants)</translation>
    </message>
    <message>
        <source>How many pairs ended early is withheld: too few to show without naming them.</source>
        <translation>Le nombre de binômes interrompus n’est pas indiqué : trop peu nombreux pour être montrés sans les identifier.</translation>
    </message>
    <message>
        <source>Every pair that started is still meeting or has completed ({0}).</source>
        <translation>Tous les binômes qui ont commencé se rencontrent encore ou sont terminés ({0}).</translation>
    </message>
    <message>
        <source>{0} of {1} pairs ({2}) are still meeting or completed; {3} ended early.</source>
        <translation>{0} binômes sur {1} ({2}) se rencontrent encore ou sont terminés&#xa0;; interrompus&#xa0;: {3}.</translation>
    </message>
    <message>
        <source>No senior mentee has both a baseline and a final self-assessment yet, so what changed for them cannot be said.</source>
        <translation>Aucun mentoré (dirigeant) n’a encore à la fois une évaluation initiale et une évaluation finale : on ne peut donc pas dire ce qui a changé pour eux.</translation>
    </message>
    <message>
        <source>No junior mentor has both a baseline and a final self-assessment yet, so what changed for them cannot be said.</source>
        <translation>Aucun mentor (jeune collaborateur) n’a encore à la fois une évaluation initiale et une évaluation finale : on ne peut donc pas dire ce qui a changé pour eux.</translation>
    </message>
    <message>
        <source>{0} among the {1} answered both before and after: too few to say what changed for them.</source>
        <translation>{0} parmi les {1} ont répondu avant et après : trop peu pour dire ce qui a changé pour eux.</translation>
    </message>
    <message>
        <source>{0} dimension</source>
        <translation>{0} dimension</translation>
    </message>
    <message>
        <source>{0} dimensions</source>
        <translation>{0} dimensions</translation>
    </message>
    <message>
        <source>The {0} rated themselves higher at the end than at the start on {1} of {2}</source>
        <translation>Les {0} se sont évalués plus haut à la fin qu’au début sur {1} de {2}</translation>
    </message>
    <message>
        <source>The {0} rated themselves no higher at the end than at the start on any of {1}</source>
        <translation>Les {0} ne se sont évalués plus haut à la fin qu’au début sur aucune de {1}</translation>
    </message>
    <message>
        <source> and lower on {0}</source>
        <translation> et plus bas sur {0}</translation>
    </message>
    <message>
        <source>; the largest change was in {0} ({1} on a 1–5 scale, {2} with both answers).</source>
        <translation>; le plus grand changement concerne {0} ({1} sur une échelle de 1 à 5, {2} ayant répondu les deux fois).</translation>
    </message>
    <message>
        <source>No goals were recorded for this cycle.</source>
        <translation>Aucun objectif n’a été enregistré pour ce cycle.</translation>
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
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <source>Each person&apos;s latest answer; someone in two pairs counts once.</source>
        <translation>La dernière réponse de chaque personne ; une personne dans deux binômes compte une fois.</translation>
    </message>
    <message>
        <source>Pairing fit (answers)</source>
        <translation>Compatibilité (réponses)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>One answer per person and pair, after their first meeting.</source>
        <translation>Une réponse par personne et par binôme, après la première rencontre.</translation>
    </message>
    <message>
        <source>1 · Reaction: how the programme felt</source>
        <translation>1 · Réaction : comment le programme a été vécu</translation>
    </message>
    <message>
        <source>2 · Learning: self-assessment before and after (1–5)</source>
        <translation>2 · Apprentissage : auto-évaluation avant et après (1–5)</translation>
    </message>
    <message>
        <source>No assessment dimensions defined.</source>
        <translation>Aucune dimension d’évaluation définie.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <source>n base</source>
        <translation>n init.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>initiale</translation>
    </message>
    <message>
        <source>n final</source>
        <translation>n fin.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finale</translation>
    </message>
    <message>
        <source>n both</source>
        <translation>n deux</translation>
    </message>
    <message>
        <source>change</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>n counts people. Change is the mean of each person&apos;s own difference (final − baseline) over the n people with both, so people who joined or left halfway do not bias it. These are people&apos;s ratings of themselves, not a test.</source>
        <translation>n compte des personnes. L’écart est la moyenne de la différence propre à chaque personne (finale − initiale) sur les n personnes ayant les deux, de sorte que les arrivées ou départs en cours de route ne le faussent pas. Ce sont des auto-évaluations, pas un test.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>fixés</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>average progress</source>
        <translation>avancement moyen</translation>
    </message>
    <message>
        <source>Set excludes dropped goals; rate = achieved ÷ set.</source>
        <translation>Fixés : hors objectifs abandonnés ; taux = atteints ÷ fixés.</translation>
    </message>
    <message>
        <source>No goals recorded yet (n = 0).</source>
        <translation>Aucun objectif enregistré (n = 0).</translation>
    </message>
    <message>
        <source>{0} topic hidden: too few people to show.</source>
        <translation>{0} thème masqué : trop peu de personnes pour l’afficher.</translation>
    </message>
    <message>
        <source>{0} topics hidden: too few people to show.</source>
        <translation>{0} thèmes masqués : trop peu de personnes pour les afficher.</translation>
    </message>
    <message>
        <source>3 · Behaviour: goals, and what leaders committed to</source>
        <translation>3 · Comportement : objectifs, et engagements des dirigeants</translation>
    </message>
    <message>
        <source>What the senior mentees committed to: {0} people set goals.</source>
        <translation>Engagements des mentorés (dirigeants) : {0} personnes ont fixé des objectifs.</translation>
    </message>
    <message>
        <source>The senior mentees have not recorded goals of their own yet.</source>
        <translation>Les mentorés (dirigeants) n’ont pas encore enregistré d’objectifs propres.</translation>
    </message>
    <message>
        <source>{0} goal</source>
        <translation>{0} objectif</translation>
    </message>
    <message>
        <source>{0} goals</source>
        <translation>{0} objectifs</translation>
    </message>
    <message>
        <source>The senior mentees committed to {0} of their own: {1} achieved, {2} still open</source>
        <translation>Les mentorés (dirigeants) se sont fixé {0} pour eux-mêmes — atteints&#xa0;: {1}, encore ouverts&#xa0;: {2}</translation>
    </message>
    <message>
        <source> ({0} more dropped)</source>
        <translation> (abandonnés en plus&#xa0;: {0})</translation>
    </message>
    <message>
        <source>; the junior mentors set {0}</source>
        <translation>&#xa0;; les mentors (jeunes collaborateurs) en ont fixé {0}</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>binômes</translation>
    </message>
    <message>
        <source>Formed (started)</source>
        <translation>Formés (commencés)</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Encore actifs</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Interrompus</translation>
    </message>
    <message>
        <source>Proposed, not started</source>
        <translation>Proposés, non commencés</translation>
    </message>
    <message>
        <source>No meetings held yet.</source>
        <translation>Aucune rencontre tenue pour l’instant.</translation>
    </message>
    <message>
        <source>Attendance = held ÷ (held + missed).</source>
        <translation>Assiduité = tenues ÷ (tenues + manquées).</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>rencontres</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation>Encore prévues</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquées</translation>
    </message>
    <message>
        <source>4 · Results: did pairs stay, would people take part again</source>
        <translation>4 · Résultats : les binômes ont-ils tenu, les personnes participeraient-elles à nouveau ?</translation>
    </message>
    <message>
        <source>Would take part again</source>
        <translation>Participerait à nouveau</translation>
    </message>
    <message>
        <source>Nobody has answered yet (n = 0): the final self-assessment asks it.</source>
        <translation>Personne n’a encore répondu (n = 0) : l’évaluation finale pose la question.</translation>
    </message>
    <message>
        <source>{0} people answered: too few to give a figure.</source>
        <translation>{0} personnes ont répondu : trop peu pour donner un chiffre.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>Each person once, by their latest final self-assessment; shares are of the people who answered.</source>
        <translation>Chaque personne une fois, d’après sa dernière évaluation finale ; les parts portent sur les personnes qui ont répondu.</translation>
    </message>
    <message>
        <source>End reasons are left out of the anonymised report.</source>
        <translation>Les motifs d’interruption ne figurent pas dans le bilan anonymisé.</translation>
    </message>
    <message>
        <source>{0} other</source>
        <translation>{0} autre</translation>
    </message>
    <message>
        <source>{0} others</source>
        <translation>{0} autres</translation>
    </message>
    <message>
        <source>Ended early because: {0}.</source>
        <translation>Interrompus pour les motifs suivants : {0}.</translation>
    </message>
    <message>
        <source>No pair ended early.</source>
        <translation>Aucun binôme n’a été interrompu.</translation>
    </message>
    <message>
        <source>{0} of {1} set were achieved ({2}); senior mentees achieved {3} of the {4} they set themselves.</source>
        <translation>{0} sur {1} fixés ont été atteints ({2}) ; les mentorés (dirigeants) ont atteint {3} des {4} qu’ils s’étaient fixés.</translation>
    </message>
    <message>
        <source>{0} of {1} set were achieved ({2}).</source>
        <translation>{0} sur {1} fixés ont été atteints ({2}).</translation>
    </message>
    <message>
        <source>{0}: {1} people answered</source>
        <translation>{0} : {1} personnes ont répondu</translation>
    </message>
    <message>
        <source>{0} out of 5 for {1} ({2})</source>
        <translation>{0} sur 5 pour les {1} ({2})</translation>
    </message>
    <message>
        <source>Nobody has answered the satisfaction question yet.</source>
        <translation>Personne n’a encore répondu à la question sur la satisfaction.</translation>
    </message>
    <message>
        <source>Satisfaction with the programme averaged {0}.</source>
        <translation>La satisfaction envers le programme était en moyenne de {0}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>{0} people answered whether they would take part again; how many said yes is withheld: too few in some answers to show.</source>
        <translation>{0} personnes ont indiqué si elles participeraient à nouveau ; le nombre de oui n’est pas indiqué : certaines réponses sont trop rares pour être montrées.</translation>
    </message>
    <message>
        <source>Of the {0} people who answered, {1} would take part again ({2})</source>
        <translation>Sur les {0} personnes qui ont répondu, {1} participeraient à nouveau ({2})</translation>
    </message>
    <message>
        <source>{0} maybe</source>
        <translation>{0} peut-être</translation>
    </message>
    <message>
        <source>{0} would not</source>
        <translation>{0} non</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}.</source>
        <translation>{0}, {1} et {2}.</translation>
    </message>
    <message>
        <source>{0}, {1}; the other answer is too few to show.</source>
        <translation>{0}, {1} ; l’autre réponse est trop rare pour être montrée.</translation>
    </message>
    <message>
        <source>{0}; the other answers are too few to show.</source>
        <translation>{0} ; les autres réponses sont trop rares pour être montrées.</translation>
    </message>
    <message>
        <source>{0} people took part then ({1} now)</source>
        <translation>{0} personnes y participaient (contre {1} aujourd’hui)</translation>
    </message>
    <message>
        <source>goals achieved: {0} then, {1} now</source>
        <translation>objectifs atteints : {0} alors, {1} aujourd’hui</translation>
    </message>
    <message>
        <source>satisfaction {0} then, {1} now</source>
        <translation>satisfaction {0} alors, {1} aujourd’hui</translation>
    </message>
    <message>
        <source>Compared with {0}: {1}.</source>
        <translation>Par rapport à {0} : {1}.</translation>
    </message>
    <message>
        <source>fewer than {0}</source>
        <translation>moins de {0}</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>good fit</source>
        <translation>bonne compatibilité</translation>
    </message>
    <message>
        <source>still deciding</source>
        <translation>ne sait pas encore</translation>
    </message>
    <message>
        <source>not a good fit</source>
        <translation>compatibilité insuffisante</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>pas encore interrogé</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Each person counts once, in their own group. Satisfaction: mean of each person&apos;s latest answer (1–5); change: mean over the dimensions of each person&apos;s final − baseline; goals: achieved ÷ set, of the goals the group&apos;s people set. The number in brackets is the people each figure is taken over. A figure about 1 or 2 people reads “fewer than 3”, and one that would give such a figure back from the “All” row reads “withheld”.</source>
        <translation>Chaque personne compte une fois, dans son propre groupe. Satisfaction : moyenne de la dernière réponse de chaque personne (1–5) ; écart : moyenne, sur les dimensions, de finale − initiale pour chaque personne ; objectifs : atteints ÷ fixés, parmi les objectifs des personnes du groupe. Le nombre entre parenthèses indique les personnes sur lesquelles porte chaque chiffre. Un chiffre portant sur 1 ou 2 personnes s’affiche «&#xa0;moins de 3&#xa0;», et celui qui permettrait de le retrouver à partir de la ligne «&#xa0;Tous&#xa0;» s’affiche «&#xa0;masqué&#xa0;».</translation>
    </message>
    <message>
        <source>Who took part: by department and by level</source>
        <translation>Qui a participé : par service et par niveau</translation>
    </message>
    <message>
        <source>No pair has started yet, so there is no one to count.</source>
        <translation>Aucun binôme n’a encore commencé : il n’y a donc personne à compter.</translation>
    </message>
    <message>
        <source>Who took part: by department</source>
        <translation>Qui a participé : par service</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>By level band</source>
        <translation>Par tranche de niveaux</translation>
    </message>
    <message>
        <source>level band</source>
        <translation>tranche de niveaux</translation>
    </message>
    <message>
        <source>In this copy without names the groups show only how many people they hold: their figures, set beside the tables by role, could be subtracted from them to give back one or two people&apos;s answers. The copy with names shows them.</source>
        <translation>Dans cet exemplaire sans noms, les groupes indiquent seulement combien de personnes ils comptent : leurs chiffres, rapprochés des tableaux par rôle, pourraient en être soustraits et révéler les réponses d’une ou deux personnes. L’exemplaire nominatif les montre.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <source>self-assessment change</source>
        <translation>écart d’auto-éval.</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>Personnes participantes</translation>
    </message>
    <message>
        <source>Pairs formed</source>
        <translation>Binômes formés</translation>
    </message>
    <message>
        <source>Retention (not ended early)</source>
        <translation>Maintien (non interrompus)</translation>
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
        <source>Goals achieved (rate)</source>
        <translation>Objectifs atteints (taux)</translation>
    </message>
    <message>
        <source>Satisfaction, senior mentees (1–5)</source>
        <translation>Satisfaction, mentorés (1–5)</translation>
    </message>
    <message>
        <source>Satisfaction, junior mentors (1–5)</source>
        <translation>Satisfaction, mentors (1–5)</translation>
    </message>
    <message>
        <source>Self-assessment change, per person</source>
        <translation>Écart d’auto-évaluation, par personne</translation>
    </message>
    <message>
        <source>Each cycle&apos;s figures are counted the same way: people once, whatever their number of pairs.</source>
        <translation>Les chiffres de chaque cycle sont comptés de la même façon : chaque personne une fois, quel que soit son nombre de binômes.</translation>
    </message>
    <message>
        <source>Compared with the previous cycle</source>
        <translation>Par rapport au cycle précédent</translation>
    </message>
    <message>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} sur {2})</translation>
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
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>asked of</source>
        <translation>posée aux</translation>
    </message>
    <message>
        <source>mean (1–5)</source>
        <translation>moy. (1–5)</translation>
    </message>
    <message>
        <source>{0} or 5</source>
        <translation>{0} ou 5</translation>
    </message>
    <message>
        <source>Candour, over the group</source>
        <translation>Franchise, sur l’ensemble du groupe</translation>
    </message>
    <message>
        <source>Each person&apos;s latest answer, over everyone who gave one. Shown only when 3 people or more answered, never per pair or per person.</source>
        <translation>La dernière réponse de chaque personne, sur toutes celles qui ont répondu. Affiché seulement à partir de 3 réponses, jamais par binôme ni par personne.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Goals by topic</source>
        <translation>Objectifs par thème</translation>
    </message>
    <message>
        <source>Goals set</source>
        <translation>Objectifs fixés</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>No goals recorded yet, so there is nothing to chart.</source>
        <translation>Aucun objectif enregistré : il n’y a donc rien à représenter.</translation>
    </message>
    <message>
        <source>{0} topic left out of the chart: the goals of fewer than 3 people, or enough to work them out.</source>
        <translation>{0} thème omis du graphique : les objectifs de moins de 3 personnes, ou de quoi les déduire.</translation>
    </message>
    <message>
        <source>{0} topics left out of the chart: the goals of fewer than 3 people, or enough to work them out.</source>
        <translation>{0} thèmes omis du graphique : les objectifs de moins de 3 personnes, ou de quoi les déduire.</translation>
    </message>
    <message>
        <source>Means on a 1–5 scale; the people behind each mean are in the table above. A missing bar means no answers in that phase yet, or fewer than 3.</source>
        <translation>Moyennes sur une échelle de 1 à 5 ; les personnes derrière chaque moyenne figurent dans le tableau ci-dessus. Une barre absente signifie : pas encore de réponse dans cette phase, ou moins de 3.</translation>
    </message>
    <message>
        <source>Means on a 1–5 scale; the people behind each mean are in the table above. A missing bar means no answers in that phase yet.</source>
        <translation>Moyennes sur une échelle de 1 à 5 ; les personnes derrière chaque moyenne figurent dans le tableau ci-dessus. Une barre absente signifie : pas encore de réponse dans cette phase.</translation>
    </message>
    <message>
        <source>Before and after, per dimension</source>
        <translation>Avant et après, par dimension</translation>
    </message>
    <message>
        <source>Before (baseline mean)</source>
        <translation>Avant (moyenne initiale)</translation>
    </message>
    <message>
        <source>After (final mean)</source>
        <translation>Après (moyenne finale)</translation>
    </message>
    <message>
        <source>Every dimension has answers from fewer than 3 people, so there is nothing to compare here.</source>
        <translation>Chaque dimension a des réponses de moins de 3 personnes : il n’y a donc rien à comparer ici.</translation>
    </message>
    <message>
        <source>No self-assessments recorded yet (n = 0), so there is nothing to compare.</source>
        <translation>Aucune auto-évaluation enregistrée (n = 0) : il n’y a donc rien à comparer.</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>The named report has a section per pair; this one has none. Whatever were taken out of it, a pair&apos;s status, meetings and goals would describe its two people.</source>
        <translation>Le bilan nominatif comporte une section par binôme ; celui-ci n’en a pas : quoi qu’on en retire, le statut, les rencontres et les objectifs d’un binôme décriraient ses deux personnes.</translation>
    </message>
    <message>
        <source>No pair has started in this cycle yet: no meetings held yet, no goals to report.</source>
        <translation>Aucun binôme n’a encore commencé dans ce cycle : pas de rencontre tenue, pas d’objectif à présenter.</translation>
    </message>
    <message>
        <source>Meetings held and each side&apos;s goals with their outcome. Private meeting notes are not part of this report.</source>
        <translation>Rencontres tenues et objectifs de chacun avec leur résultat. Les notes privées des rencontres ne font pas partie de ce bilan.</translation>
    </message>
    <message>
        <source>started {0}</source>
        <translation>commencé le {0}</translation>
    </message>
    <message>
        <source>ended {0}</source>
        <translation>terminé le {0}</translation>
    </message>
    <message>
        <source> (reason: {0})</source>
        <translation> (motif : {0})</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>{0} meeting held</source>
        <translation>{0} rencontre tenue</translation>
    </message>
    <message>
        <source>{0} meetings held</source>
        <translation>{0} rencontres tenues</translation>
    </message>
    <message>
        <source>, the last on {0}</source>
        <translation>, la dernière le {0}</translation>
    </message>
    <message>
        <source>No meetings held yet</source>
        <translation>Aucune rencontre tenue pour l’instant</translation>
    </message>
    <message>
        <source>{0} still planned</source>
        <translation>encore prévues&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} cancelled</source>
        <translation>annulées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} missed</source>
        <translation>manquées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>satisfaction {0}/5</source>
        <translation>satisfaction {0}/5</translation>
    </message>
    <message>
        <source>self-assessment {0}</source>
        <translation>auto-évaluation {0}</translation>
    </message>
    <message>
        <source>fit: {0}</source>
        <translation>compatibilité : {0}</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Outcome — {0}.</source>
        <translation>Résultat — {0}.</translation>
    </message>
    <message>
        <source>Pair {0} · {1} (mentor) and {2} (mentee)</source>
        <translation>Binôme {0} · {1} (mentor) et {2} (mentoré)</translation>
    </message>
    <message>
        <source>No goals recorded.</source>
        <translation>Aucun objectif enregistré.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>avancement</translation>
    </message>
    <message>
        <source>Levels {0}–{1} ({2}, {3})</source>
        <translation>Niveaux {0}–{1} ({2}, {3})</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Niveau {0}</translation>
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
        <source>No department given</source>
        <translation>Aucun service indiqué</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucun motif indiqué</translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentoré (senior)</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (junior)</translation>
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
        <source>Imported {0} person&apos;s answers for {1}.</source>
        <translation>Réponses de {0} personne pour {1} importées.</translation>
    </message>
    <message>
        <source>Imported {0} people&apos;s answers for {1}.</source>
        <translation>Réponses de {0} personnes pour {1} importées.</translation>
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
        <source>What each column is read as</source>
        <translation>Comment chaque colonne est lue</translation>
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
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>What was noticed</source>
        <translation>Ce qui a été remarqué</translation>
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
        <source>{0} person&apos;s answers for {1}</source>
        <translation>Réponses de {0} personne pour {1}</translation>
    </message>
    <message>
        <source>{0} people&apos;s answers for {1}</source>
        <translation>Réponses de {0} personnes pour {1}</translation>
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
        <source>would take part again</source>
        <translation>participerait à nouveau</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>Read “{0}” as</source>
        <translation>Lire «&#xa0;{0}&#xa0;» comme</translation>
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
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Each backup: when it was made, its size, why</source>
        <translation>Chaque sauvegarde&#xa0;: sa date, sa taille, son motif</translation>
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
        <translation>Fichiers de programme</translation>
    </message>
    <message>
        <source>open a programme file</source>
        <translation>ouvrir un fichier de programme</translation>
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
        <source>enter an assessment</source>
        <translation>saisir une évaluation</translation>
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
        <source>{0} in the filter</source>
        <translation>{0} dans le filtre</translation>
    </message>
    <message>
        <source>{0} in Assessments</source>
        <translation>{0} dans Évaluations</translation>
    </message>
    <message>
        <source>{0} in Pairing fit</source>
        <translation>{0} dans Compatibilité</translation>
    </message>
    <message>
        <source>{0} in the Assessments list</source>
        <translation>{0} dans la liste des évaluations</translation>
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
        <source>{0}, or leaving the field</source>
        <translation>{0}, ou sortie du champ</translation>
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
        <translation>cette liste des raccourcis</translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message>
        <source>Mentor shortlists: {0}</source>
        <translation>Listes de propositions&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Mentor shortlist · {0}</source>
        <translation>Liste de propositions · {0}</translation>
    </message>
    <message>
        <source>Your mentor shortlist</source>
        <translation>Votre liste de mentors proposés</translation>
    </message>
    <message>
        <source>reverse mentoring, {0}</source>
        <translation>mentorat inversé, {0}</translation>
    </message>
    <message>
        <source>In reverse mentoring a junior colleague mentors you. These colleagues suit you best of everyone the programme&apos;s rules allow, best match first. Tick the one you would like to work with (or none, and say why) and give this page back to the programme coordinator: nothing is decided before you have chosen.</source>
        <translation>Dans le mentorat inversé, un jeune collaborateur vous accompagne. Parmi toutes les personnes que les règles du programme permettent, ces collègues vous correspondent le mieux, la meilleure correspondance en premier. Cochez celle avec qui vous aimeriez travailler (ou aucune, en indiquant pourquoi) et remettez cette page à la coordination du programme&#xa0;: rien n’est décidé avant votre choix.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you want to learn about:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Ce que vous souhaitez apprendre&#xa0;:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Your candidates</source>
        <translation>Vos mentors proposés</translation>
    </message>
    <message>
        <source>No mentor can be proposed to you at the moment: the coordinator will come back to you.</source>
        <translation>Aucun mentor ne peut vous être proposé pour le moment&#xa0;: la coordination du programme reviendra vers vous.</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <source>None of them, because:</source>
        <translation>Aucun, parce que&#xa0;:</translation>
    </message>
    <message>
        <source>Signature and date:</source>
        <translation>Signature et date&#xa0;:</translation>
    </message>
    <message>
        <source>match {0} of 100</source>
        <translation>correspondance&#xa0;{0}&#xa0;sur&#xa0;100</translation>
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
        <source>Proposed pairs</source>
        <translation>Binômes proposés</translation>
    </message>
    <message>
        <source>Each proposal with its score and why; untick a proposal to leave it out</source>
        <translation>Chaque proposition avec son score et ses raisons&#xa0;; décochez une proposition pour l’écarter</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Sans binôme</translation>
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
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1})&#xa0;: {2}</translation>
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
        <translation>Nombre de niveaux dont le mentor doit se situer en dessous du mentoré&#xa0;; 0 autorise deux personnes de même niveau.</translation>
    </message>
    <message>
        <source>Minimum &amp;level gap</source>
        <translation>Écart de &amp;niveau minimal</translation>
    </message>
    <message>
        <source>Allow &amp;repeats in {0}: pair people again who were paired before</source>
        <translation>Autoriser les &amp;reconductions dans {0}&#xa0;: réunir à nouveau des personnes qui ont déjà formé un binôme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weights&lt;/b&gt;: a criterion with weight 0 is ignored.</source>
        <translation>&lt;b&gt;Pondérations&lt;/b&gt;&#xa0;: un critère pondéré à 0 est ignoré.</translation>
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
