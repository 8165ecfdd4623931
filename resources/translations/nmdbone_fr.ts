<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Bone health in neuromuscular disease: BMD trajectories, glucocorticoid exposure, fracture risk and what to do next. Runs offline; the data stay in the clinic&apos;s database.</source>
        <translation>Santé osseuse dans les maladies neuromusculaires : évolution de la DMO, exposition aux glucocorticoïdes, risque fracturaire et prochaines étapes. Fonctionne hors ligne ; les données restent dans la base de la clinique.</translation>
    </message>
    <message>
        <source>Ruleset version:</source>
        <translation>Version des règles :</translation>
    </message>
    <message>
        <source>The software supports clinical judgement and does not replace it.</source>
        <translation>Le logiciel aide le jugement clinique et ne le remplace pas.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>FRAX® figures are entered by the clinician from the official calculator; this software only adjusts them as the ruleset describes.</source>
        <translation>Les valeurs FRAX® sont saisies par le clinicien depuis le calculateur officiel ; ce logiciel ne fait que les ajuster comme le décrivent les règles.</translation>
    </message>
    <message>
        <source>About NMD Bone Desktop</source>
        <translation>À propos de NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>AssessmentHeader</name>
    <message>
        <source>none</source>
        <extracomment>The list&apos;s colours (one scale, by category only): &quot;low&quot; is plain text, never a reassuring green.</extracomment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>low (&lt;2.5)</source>
        <translation>faible (&lt;2,5)</translation>
    </message>
    <message>
        <source>medium (2.5–7.5)</source>
        <translation>moyenne (2,5–7,5)</translation>
    </message>
    <message>
        <source>high (≥7.5)</source>
        <translation>élevée (≥7,5)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>{label}: major osteoporotic {major}, hip {hip}</source>
        <translation>{label} : fracture ostéoporotique majeure {major}, hanche {hip}</translation>
    </message>
    <message>
        <source>with femoral neck BMD</source>
        <translation>avec DMO du col fémoral</translation>
    </message>
    <message>
        <source>clinical factors, no BMD</source>
        <translation>facteurs cliniques, sans DMO</translation>
    </message>
    <message>
        <source>BMD not stated</source>
        <translation>DMO non précisée</translation>
    </message>
    <message>
        <source>entered {date}</source>
        <translation>saisi le {date}</translation>
    </message>
    <message>
        <source>adjusted: {adjustments}</source>
        <translation>ajusté : {adjustments}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#555&apos;&gt;(since {date})&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#555&apos;&gt;(depuis le {date})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Risk category criteria met:</source>
        <translation>Critères de la catégorie de risque remplis :</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>{status} (since {date})</source>
        <translation>{status} (depuis le {date})</translation>
    </message>
    <message>
        <source>QFracture-2012 © ClinRisk Ltd — disclaimer ▸</source>
        <translation>QFracture-2012 © ClinRisk Ltd — avertissement ▸</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · born {birth_date}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · né(e) le {birth_date}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>{age} years ({population})</source>
        <translation>{age} ans ({population})</translation>
    </message>
    <message>
        <source>, onset {date}</source>
        <translation>, début {date}</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>none now</source>
        <translation>aucun actuellement</translation>
    </message>
    <message>
        <source>{dose} mg/day prednisolone-eq, {band}</source>
        <translation>{dose} mg/j éq. prednisolone, {band}</translation>
    </message>
    <message>
        <source>; cumulative {grams}&#xa0;g</source>
        <translation> ; cumul {grams} g</translation>
    </message>
    <message>
        <source>Steroids</source>
        <translation>Corticoïdes</translation>
    </message>
    <message>
        <source>, lowest {score_type} {score} at {site} ({date})</source>
        <translation>, {score_type}-score le plus bas {score} au {site} ({date})</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;Risk&lt;/span&gt;&amp;nbsp; {risk_html}</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;Risque&lt;/span&gt;&amp;nbsp; {risk_html}</translation>
    </message>
    <message>
        <source>FRAX: none entered</source>
        <translation>FRAX : non saisi</translation>
    </message>
    <message>
        <source>&lt;b&gt;10-year fracture risk&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(for information: the category above comes from its criterion)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</source>
        <translation>&lt;b&gt;Risque fracturaire à 10 ans&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(pour information : la catégorie ci-dessus vient de son critère)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</translation>
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
        <source>Clinic database backups (*.sqlite *.db *.dump);;All files (*)</source>
        <translation>Sauvegardes de la base de la clinique (*.sqlite *.db *.dump);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up the clinic database</source>
        <translation>Sauvegarder la base de la clinique</translation>
    </message>
    <message>
        <source>Restore the clinic database from a backup</source>
        <translation>Restaurer la base de la clinique depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the clinic database
{location}
with the backup
{backup}
({summary})?

The current database is kept aside beside it (…before-restore-DATE), so this can be undone.</source>
        <translation>Remplacer la base de la clinique
{location}
par la sauvegarde
{backup}
({summary}) ?

La base actuelle est conservée à côté (…before-restore-DATE), l&apos;opération peut donc être annulée.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <source>1 letter needs attention before posting:</source>
        <translation>1 lettre demande une vérification avant l&apos;envoi :</translation>
    </message>
    <message>
        <source>{count} letters need attention before posting:</source>
        <translation>{count} lettres demandent une vérification avant l&apos;envoi :</translation>
    </message>
    <message>
        <source>Letters for {count} patients</source>
        <translation>Lettres pour {count} patients</translation>
    </message>
    <message>
        <source>One PDF with every letter</source>
        <extracomment>The window&apos;s session: the batch is made (and audited) as the signed-in user and role.</extracomment>
        <translation>Un PDF avec toutes les lettres</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Un PDF par patient, dans un dossier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Fichier ou dossier</translation>
    </message>
    <message>
        <source>Write letters</source>
        <extracomment>Per patient, what their letter lacks for posting (filled when the batch ends).</extracomment>
        <translation>Rédiger les lettres</translation>
    </message>
    <message>
        <source>Choose where the letters go.</source>
        <translation>Choisissez où enregistrer les lettres.</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Rédaction des lettres…</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Rédaction des lettres</translation>
    </message>
    <message>
        <source>1 letter written</source>
        <translation>1 lettre rédigée</translation>
    </message>
    <message>
        <source>{count} letters written</source>
        <translation>{count} lettres rédigées</translation>
    </message>
    <message>
        <source> to {place}</source>
        <translation> dans {place}</translation>
    </message>
    <message>
        <source>Cancelled. {text}.</source>
        <translation>Annulé. {text}.</translation>
    </message>
    <message>
        <source> Not written ({count}): {listed}</source>
        <translation> Non rédigées ({count}) : {listed}</translation>
    </message>
    <message>
        <source>The batch stopped: {error}</source>
        <translation>Le lot s&apos;est arrêté : {error}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>The batch stopped:
{error}</source>
        <translation>Le lot s&apos;est arrêté :
{error}</translation>
    </message>
    <message>
        <source>Letters PDF</source>
        <translation>PDF des lettres</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier des lettres</translation>
    </message>
</context>
<context>
    <name>BmdChangeTable</name>
    <message>
        <source>Site</source>
        <extracomment>Rows the table shows without scrolling (most patients have two or three sites).</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Depuis précédent</translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation>Depuis initial</translation>
    </message>
    <message>
        <source>LSC</source>
        <translation>PPVS</translation>
    </message>
    <message>
        <source>BMD {start_bmd} → {end_bmd} g/cm², {start} → {end}: {percent}%</source>
        <translation>DMO {start_bmd} → {end_bmd} g/cm², {start} → {end} : {percent} %</translation>
    </message>
    <message>
        <source> ({percent}% a year)</source>
        <translation> ({percent} % par an)</translation>
    </message>
    <message>
        <source>significant: at least the least significant change ({lsc}%)</source>
        <translation>significatif : au moins la plus petite variation significative ({lsc} %)</translation>
    </message>
    <message>
        <source>not significant: less than the least significant change ({lsc}%)</source>
        <translation>non significatif : moins que la plus petite variation significative ({lsc} %)</translation>
    </message>
    <message>
        <source>BMD change per site</source>
        <translation>Variation de la DMO par site</translation>
    </message>
    <message>
        <source>{mark} significant: the BMD change (% of g/cm²) is at least the site&apos;s least significant change (LSC). Baseline: first scan on the latest scan&apos;s manufacturer; scans on another manufacturer are not compared.</source>
        <translation>{mark} significatif : la variation de DMO (% en g/cm²) atteint au moins la plus petite variation significative (PPVS) du site. Référence : premier examen sur l&apos;appareil du fabricant du dernier examen ; les examens d&apos;un autre fabricant ne sont pas comparés.</translation>
    </message>
    <message>
        <source>{scans} since {year}</source>
        <translation>{scans} depuis {year}</translation>
    </message>
    <message>
        <source>other scanner</source>
        <translation>autre appareil</translation>
    </message>
    <message>
        <source>{scans} scans with a BMD</source>
        <translation>{scans} examens avec DMO</translation>
    </message>
    <message>
        <source>{lsc}% clinic</source>
        <translation>{lsc} % clinique</translation>
    </message>
    <message>
        <source>{lsc}% default</source>
        <translation>{lsc} % défaut</translation>
    </message>
    <message>
        <source>least significant change: the clinic value</source>
        <translation>plus petite variation significative : valeur de la clinique</translation>
    </message>
    <message>
        <source>least significant change: RULES §7 default</source>
        <translation>plus petite variation significative : valeur par défaut des RULES §7</translation>
    </message>
    <message>
        <source>No BMD on record: no change to show</source>
        <translation>Aucune DMO enregistrée : aucune variation à afficher</translation>
    </message>
</context>
<context>
    <name>BmdChartWidget</name>
    <message>
        <source>BMD trajectory chart</source>
        <translation>Graphique d&apos;évolution de la DMO</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>Afficher {label}</translation>
    </message>
    <message>
        <source>Z too</source>
        <translation>Z aussi</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>DMO g/cm²</translation>
    </message>
    <message>
        <source>Plot BMD (g/cm²) instead of T/Z-scores: every scan with a BMD, also those without a score</source>
        <translation>Afficher la DMO (g/cm²) au lieu des T/Z-scores : chaque examen avec une DMO, même sans score</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Enregistrer PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Ctrl+Shift+S)</source>
        <translation>Enregistrer le graphique en image PNG (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>{other} too</source>
        <translation>{other} aussi</translation>
    </message>
    <message>
        <source>Also plot the {other}-score of every scan (dashed, hollow markers). Scans that have only a {other}-score are always plotted.</source>
        <translation>Afficher aussi le {other}-score de chaque examen (en pointillés, symboles creux). Les examens qui n&apos;ont qu&apos;un {other}-score sont toujours affichés.</translation>
    </message>
    <message>
        <source>No scan of this patient has a {other}-score</source>
        <translation>Aucun examen de ce patient n&apos;a de {other}-score</translation>
    </message>
    <message>
        <source>clinic value</source>
        <translation>valeur de la clinique</translation>
    </message>
    <message>
        <source>Select a patient</source>
        <translation>Choisissez un patient</translation>
    </message>
    <message>
        <source>osteopenia</source>
        <translation>ostéopénie</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>ostéoporose</translation>
    </message>
    <message>
        <source>Z −2.0 (low for age)</source>
        <translation>Z −2,0 (bas pour l&apos;âge)</translation>
    </message>
    <message>
        <source>vertebral fracture</source>
        <translation>fracture vertébrale</translation>
    </message>
    <message>
        <source>other fracture</source>
        <translation>autre fracture</translation>
    </message>
    <message>
        <source>{score_type}-score</source>
        <translation>{score_type}-score</translation>
    </message>
    <message>
        <source>◯ baseline / &lt;b&gt;◯&lt;/b&gt; latest scan</source>
        <translation>◯ examen initial / &lt;b&gt;◯&lt;/b&gt; dernier</translation>
    </message>
    <message>
        <source>BMD change ≥ LSC</source>
        <translation>Variation DMO ≥ PPVS</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>traitement osseux</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>optional, e.g. DXA at the radiology department</source>
        <translation>facultatif, p. ex. DXA au service de radiologie</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Programmé le :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Spine</source>
        <extracomment>The site toggles&apos; short names (``charts.styles.SiteStyle.short``).</extracomment>
        <translation>Rachis</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Col</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hanche</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>TBLH</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Femur</source>
        <translation>Fémur</translation>
    </message>
</context>
<context>
    <name>ClinicLscDialog</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation>« {text} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi} %</source>
        <translation>doit être compris entre {lo} et {hi} %</translation>
    </message>
    <message>
        <source>Clinic settings — {clinic}</source>
        <translation>Paramètres de la clinique — {clinic}</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Paramètres de la clinique</translation>
    </message>
    <message>
        <source>&lt;b&gt;Least significant change (LSC) per DXA site&lt;/b&gt;&lt;br&gt;From your own precision study: LSC = 2.77 × precision error (RMS-SD, %). A change in BMD of at least the LSC is marked significant on the chart and used by the assessment. Leave a field empty to use the default (RULES §7). Stored in the clinic database: every workstation uses it.</source>
        <translation>&lt;b&gt;Plus petite variation significative (PPVS) par site DXA&lt;/b&gt;&lt;br&gt;D&apos;après votre propre étude de précision : PPVS = 2,77 × erreur de précision (RMS-SD, %). Une variation de DMO d&apos;au moins la PPVS est marquée comme significative sur le graphique et utilisée par l&apos;évaluation. Laissez un champ vide pour utiliser la valeur par défaut (RULES §7). Enregistré dans la base de la clinique : chaque poste l&apos;utilise.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Clinic LSC (%)</source>
        <translation>PPVS de la clinique (%)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <source>{site} LSC, %</source>
        <translation>{site} PPVS, %</translation>
    </message>
    <message>
        <source>{lsc} (default)</source>
        <translation>{lsc} (défaut)</translation>
    </message>
    <message>
        <source>Use defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Empty every field: the RULES §7 defaults apply</source>
        <translation>Vider tous les champs : les valeurs par défaut des RULES §7 s&apos;appliquent</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>DIN 5008 window (form B)</source>
        <extracomment>The letters&apos; envelope windows (``letters.settings.ADDRESS_WINDOWS``), named for the translators.</extracomment>
        <translation>Fenêtre DIN 5008 (forme B)</translation>
    </message>
    <message>
        <source>UK C5/DL window envelope</source>
        <translation>Enveloppe à fenêtre UK C5/DL</translation>
    </message>
    <message>
        <source>Clinic letterhead and signatory</source>
        <translation>En-tête de la clinique et signataire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>No window: address in the letter&apos;s flow</source>
        <translation>Pas de fenêtre : adresse dans le corps de la lettre</translation>
    </message>
    <message>
        <source>empty: the letter template&apos;s wording</source>
        <translation>vide : texte du modèle de lettre</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address (one line each)</source>
        <translation>Adresse (une ligne par élément)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Signing clinician*</source>
        <translation>Clinicien signataire*</translation>
    </message>
    <message>
        <source>Clinician&apos;s title</source>
        <translation>Titre du clinicien</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Fenêtre d&apos;enveloppe</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue des lettres</translation>
    </message>
    <message>
        <source>Referrals (adults) go to</source>
        <translation>Les demandes d&apos;avis (adultes) vont à</translation>
    </message>
    <message>
        <source>Referrals (children) go to</source>
        <translation>Les demandes d&apos;avis (enfants) vont à</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>* Letters are signed by the patient&apos;s responsible clinician (Patient → Contacts), else by the user who makes them; the signing clinician here is the last resort.</source>
        <translation>* Les lettres sont signées par le clinicien référent du patient (Patient → Contacts), sinon par l&apos;utilisateur qui les rédige ; le signataire indiqué ici est le dernier recours.</translation>
    </message>
    <message>
        <source>Logo image not found: {logo_path}</source>
        <translation>Logo introuvable : {logo_path}</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>The letterhead could not be saved:
{error}</source>
        <translation>L&apos;en-tête n&apos;a pas pu être enregistré :
{error}</translation>
    </message>
    <message>
        <source>The preview could not be made: {error}</source>
        <translation>L&apos;aperçu n&apos;a pas pu être créé : {error}</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts — {given} {family} ({id}, born {birth_date})</source>
        <translation>Contacts — {given} {family} ({id}, né(e) le {birth_date})</translation>
    </message>
    <message>
        <source>Patient&apos;s postal address (advice sheets)</source>
        <translation>Adresse postale du patient (fiches de conseils)</translation>
    </message>
    <message>
        <source>General practitioner (GP letters)</source>
        <translation>Médecin traitant (lettres au médecin traitant)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Responsible clinician (signs the letters)</source>
        <translation>Clinicien référent (signe les lettres)</translation>
    </message>
    <message>
        <source>e.g. Consultant Neurologist</source>
        <translation>p. ex. neurologue hospitalier</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Type YYYY-MM-DD or pick from the calendar (Alt+Down)</source>
        <translation>Saisissez AAAA-MM-JJ ou choisissez dans le calendrier (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DxaImportDialog</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>DMO g/cm²</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>DXA results (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;All files (*)</source>
        <translation>Résultats DXA (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>à ajouter</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Import DXA results</source>
        <translation>Importer des résultats DXA</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Enregistrer le &amp;modèle…</translation>
    </message>
    <message>
        <source>Save an empty CSV table with the columns the import reads</source>
        <translation>Enregistrer un tableau CSV vide avec les colonnes que l&apos;import lit</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient ({current_patient})</source>
        <translation>Attribuer toutes les mesures au patient sélectionné ({current_patient})</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient</source>
        <translation>Attribuer toutes les mesures au patient sélectionné</translation>
    </message>
    <message>
        <source>For files that do not carry the clinic&apos;s patient id (e.g. FHIR from elsewhere)</source>
        <translation>Pour les fichiers sans l&apos;identifiant patient de la clinique (p. ex. FHIR d&apos;ailleurs)</translation>
    </message>
    <message>
        <source>No files chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>I have checked the patients matched by name and birth date only</source>
        <translation>J&apos;ai vérifié les patients associés uniquement par nom et date de naissance</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>DXA results to import</source>
        <translation>Résultats DXA à importer</translation>
    </message>
    <message>
        <source>Save the DXA import template</source>
        <translation>Enregistrer le modèle d&apos;import DXA</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Files: {names}</source>
        <translation>Fichiers : {names}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Cannot read the files: {error}</source>
        <translation>Impossible de lire les fichiers : {error}</translation>
    </message>
    <message>
        <source>Reading DXA results</source>
        <translation>Lecture des résultats DXA</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>matched by name and birth date</source>
        <translation>associé par nom et date de naissance</translation>
    </message>
    <message>
        <source>{add} to add for {patients} patient(s), {duplicate} duplicate(s) skipped, {refused} refused</source>
        <translation>{add} à ajouter pour {patients} patient(s), {duplicate} doublon(s) ignoré(s), {refused} refusé(s)</translation>
    </message>
    <message>
        <source> — fix the refused rows; nothing is imported</source>
        <translation> — corrigez les lignes refusées ; rien n&apos;est importé</translation>
    </message>
</context>
<context>
    <name>DxaStudyDialog</name>
    <message>
        <source>BMD (g/cm²)</source>
        <extracomment>The columns of a site row: (document field, heading, placeholder).</extracomment>
        <translation>DMO (g/cm²)</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>T-score</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <source>Height-adj. Z</source>
        <translation>Z ajusté taille</translation>
    </message>
    <message>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <source>TBS</source>
        <translation>TBS</translation>
    </message>
    <message>
        <source>spine only</source>
        <translation>rachis seulement</translation>
    </message>
    <message>
        <source>Add DXA study — {patient}</source>
        <translation>Ajouter un examen DXA — {patient}</translation>
    </message>
    <message>
        <source>Add DXA study</source>
        <translation>Ajouter un examen DXA</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Scanner manufacturer</source>
        <translation>Fabricant de l&apos;appareil</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site&lt;/b&gt;</source>
        <translation>&lt;b&gt;Site&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side&lt;/b&gt;</source>
        <translation>&lt;b&gt;Côté&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{site} side</source>
        <translation>{site} côté</translation>
    </message>
    <message>
        <source>Fill in the sites measured; empty rows are not saved. Decimal comma or point.</source>
        <translation>Remplissez les sites mesurés ; les lignes vides ne sont pas enregistrées. Virgule ou point décimal.</translation>
    </message>
    <message>
        <source>Enter at least one site&apos;s BMD, T- or Z-score.</source>
        <translation>Saisissez pour au moins un site la DMO, le T- ou le Z-score.</translation>
    </message>
    <message>
        <source>Side: {message}</source>
        <translation>Côté : {message}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>{title}: cancelled</source>
        <translation>{title} : annulé</translation>
    </message>
    <message>
        <source>Please wait: another long operation is still running.</source>
        <translation>Veuillez patienter : une autre opération longue est en cours.</translation>
    </message>
    <message>
        <source>Import patient documents</source>
        <translation>Importer des documents patients</translation>
    </message>
    <message>
        <source>Patient documents (*.json)</source>
        <translation>Documents patients (*.json)</translation>
    </message>
    <message>
        <source>Import every patient document of a folder</source>
        <translation>Importer tous les documents patients d&apos;un dossier</translation>
    </message>
    <message>
        <source>Imported {total} patients ({new} new, {updated} updated, {unchanged} unchanged) into {path}</source>
        <translation>{total} patients importés ({new} nouveaux, {updated} mis à jour, {unchanged} inchangés) dans {path}</translation>
    </message>
    <message>
        <source>Import refused — nothing was imported</source>
        <translation>Import refusé — rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export patient documents to folder</source>
        <translation>Exporter les documents patients vers un dossier</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported {n} patient(s) to {folder}</source>
        <translation>{n} patient(s) exporté(s) vers {folder}</translation>
    </message>
    <message>
        <source>Imported {added} DXA measurement(s) for {n_patients} patient(s); {duplicates} duplicate(s) skipped</source>
        <translation>{added} mesure(s) DXA importée(s) pour {n_patients} patient(s) ; {duplicates} doublon(s) ignoré(s)</translation>
    </message>
    <message>
        <source>Importing DXA results</source>
        <translation>Import des résultats DXA</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup written and verified:
{result}</source>
        <translation>Sauvegarde écrite et vérifiée :
{result}</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Not a usable backup</source>
        <translation>Sauvegarde inutilisable</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restored from {path}: {result}</source>
        <translation>Restauré depuis {path} : {result}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>Opened {location}: choose a patient.</source>
        <translation>{location} ouvert&#xa0;: choisissez un patient.</translation>
    </message>
    <message>
        <source>Database restored: choose a patient.</source>
        <translation>Base restaurée : choisissez un patient.</translation>
    </message>
    <message>
        <source>Assessed {computed} patient(s), {reused} up to date</source>
        <translation>{computed} patient(s) évalué(s), {reused} à jour</translation>
    </message>
    <message>
        <source>Assessing patients</source>
        <translation>Évaluation des patients</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>checking {name}</source>
        <translation>vérification de {name}</translation>
    </message>
    <message>
        <source>writing to the database</source>
        <translation>écriture dans la base</translation>
    </message>
    <message>
        <source>assessing the imported patients</source>
        <translation>évaluation des patients importés</translation>
    </message>
    <message>
        <source>copying to {name}</source>
        <translation>copie vers {name}</translation>
    </message>
    <message>
        <source>restoring {name}</source>
        <translation>restauration de {name}</translation>
    </message>
</context>
<context>
    <name>GcCourseDialog</name>
    <message>
        <source>Step {step} dose, mg</source>
        <translation>Palier {step} dose, mg</translation>
    </message>
    <message>
        <source>Step {step} from</source>
        <translation>Palier {step} à partir du</translation>
    </message>
    <message>
        <source>Add glucocorticoid course — {patient}</source>
        <translation>Ajouter une cure de glucocorticoïdes — {patient}</translation>
    </message>
    <message>
        <source>Add glucocorticoid course</source>
        <translation>Ajouter une cure de glucocorticoïdes</translation>
    </message>
    <message>
        <source>Drug *</source>
        <translation>Molécule *</translation>
    </message>
    <message>
        <source>Frequency *</source>
        <translation>Fréquence *</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dose steps&lt;/b&gt; (a taper: one row per dose; each runs until the next starts)</source>
        <translation>&lt;b&gt;Paliers de dose&lt;/b&gt; (décroissance : une ligne par dose ; chacune dure jusqu&apos;au début de la suivante)</translation>
    </message>
    <message>
        <source>Dose (mg) *</source>
        <translation>Dose (mg) *</translation>
    </message>
    <message>
        <source>From *</source>
        <translation>À partir du *</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>Supprimer le dernier palier</translation>
    </message>
    <message>
        <source>Course end (last dose)</source>
        <translation>Fin de la cure (dernière dose)</translation>
    </message>
    <message>
        <source>End of course</source>
        <translation>Fin de la cure</translation>
    </message>
    <message>
        <source>Empty: still taken.</source>
        <translation>Vide : toujours en cours.</translation>
    </message>
    <message>
        <source>still taken</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>must start after step {step} ({start})</source>
        <translation>doit commencer après le palier {step} ({start})</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dose</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>HandleDialogs</name>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Mark as booked</source>
        <translation>Marquer comme programmé</translation>
    </message>
    <message>
        <source>Booked for the date below: the item leaves the worklist until that date has passed, then returns as overdue if it is still open.</source>
        <translation>Programmé à la date ci-dessous : l&apos;élément quitte la liste de travail jusqu&apos;à cette date, puis revient comme en retard s&apos;il est toujours ouvert.</translation>
    </message>
    <message>
        <source>Mark as not applicable</source>
        <translation>Marquer comme non applicable</translation>
    </message>
    <message>
        <source>Not applicable, for the reason below: the item leaves the worklist until the reason for it changes (e.g. a new fracture or a new scan).</source>
        <translation>Non applicable, pour le motif ci-dessous : l&apos;élément quitte la liste de travail jusqu&apos;à ce que sa raison change (p. ex. une nouvelle fracture ou un nouvel examen).</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>restored backup</source>
        <translation>sauvegarde restaurée</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>sauvegardé</translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation>lettre imprimée</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>échec de connexion</translation>
    </message>
    <message>
        <source>marked booked</source>
        <translation>marqué programmé</translation>
    </message>
    <message>
        <source>marked not applicable</source>
        <translation>marqué non applicable</translation>
    </message>
    <message>
        <source>mark undone</source>
        <translation>marquage annulé</translation>
    </message>
    <message>
        <source>History not refreshed: {error}</source>
        <extracomment>Clinic-wide events shown in every patient&apos;s history too (a restore replaces every record).</extracomment>
        <translation>Historique non actualisé : {error}</translation>
    </message>
    <message>
        <source>patient {patient_id}</source>
        <translation>patient {patient_id}</translation>
    </message>
    <message>
        <source>the whole clinic</source>
        <translation>toute la clinique</translation>
    </message>
    <message>
        <source>History of {who}: {n_entries} entries, newest first</source>
        <translation>Historique de {who} : {n_entries} entrées, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Détail :</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{file}: separator {separator} detected</source>
        <translation>{file} : séparateur {separator} détecté</translation>
    </message>
    <message>
        <source>{file}: columns not read: {columns}</source>
        <translation>{file} : colonnes non lues : {columns}</translation>
    </message>
    <message>
        <source>{file}: {where}: site {site} is not a contract site; left out</source>
        <translation>{file} : {where} : le site {site} n&apos;est pas un site du contrat ; ignoré</translation>
    </message>
    <message>
        <source>{file}: a DXA report with no contract site in it</source>
        <translation>{file} : un compte rendu DXA sans site du contrat</translation>
    </message>
    <message>
        <source>{file}: {where}: not a contract site; left out</source>
        <translation>{file} : {where} : pas un site du contrat ; ignoré</translation>
    </message>
    <message>
        <source>{file}: {report}: its Observations are read from the files given</source>
        <translation>{file} : {report} : ses Observations sont lues dans les fichiers fournis</translation>
    </message>
    <message>
        <source>{file}: no DXA Observation in it</source>
        <translation>{file} : aucune Observation DXA</translation>
    </message>
    <message>
        <source>{file}: {where}: not a DXA value ({value}); left out</source>
        <translation>{file} : {where} : pas une valeur DXA ({value}) ; ignorée</translation>
    </message>
    <message>
        <source>{file}: {where}: status {status}; left out</source>
        <translation>{file} : {where} : statut {status} ; ignoré</translation>
    </message>
    <message>
        <source>is not a readable DICOM file: {error}</source>
        <translation>n&apos;est pas un fichier DICOM lisible : {error}</translation>
    </message>
    <message>
        <source>is not a DICOM Structured Report (SOP class {sop})</source>
        <translation>n&apos;est pas un DICOM Structured Report (classe SOP {sop})</translation>
    </message>
    <message>
        <source>this Structured Report is not a DXA report (its title is {title})</source>
        <translation>ce Structured Report n&apos;est pas un compte rendu DXA (son titre est {title})</translation>
    </message>
    <message>
        <source>is missing or not a date (got {value})</source>
        <translation>manque ou n&apos;est pas une date (lu : {value})</translation>
    </message>
    <message>
        <source>is missing, and the name and birth date are not both given</source>
        <translation>manque, et le nom et la date de naissance ne sont pas tous deux donnés</translation>
    </message>
    <message>
        <source>unit {unit} is not g/cm2</source>
        <translation>l&apos;unité {unit} n&apos;est pas g/cm2</translation>
    </message>
    <message>
        <source>a DualFemur region must say which femur it is (left or right)</source>
        <translation>une région DualFemur doit indiquer de quel fémur il s&apos;agit (gauche ou droit)</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>n&apos;est pas un JSON valide : {error}</translation>
    </message>
    <message>
        <source>is missing: not a FHIR resource</source>
        <translation>manque : pas une ressource FHIR</translation>
    </message>
    <message>
        <source>{kind} holds no DXA Observations (expected a Bundle or Observation)</source>
        <translation>{kind} ne contient aucune Observation DXA (attendu : un Bundle ou une Observation)</translation>
    </message>
    <message>
        <source>says {side} but the site name says {named} ({site})</source>
        <translation>indique {side} mais le nom du site indique {named} ({site})</translation>
    </message>
    <message>
        <source>says {said} but the code says {code}</source>
        <translation>indique {said} mais le code indique {code}</translation>
    </message>
    <message>
        <source>is missing or not a date</source>
        <translation>manque ou n&apos;est pas une date</translation>
    </message>
    <message>
        <source>is missing or not a number</source>
        <translation>manque ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>is missing: whose measurement is it?</source>
        <translation>manque : à qui appartient cette mesure ?</translation>
    </message>
    <message>
        <source>two different values for one scan ({first} and {second})</source>
        <translation>deux valeurs différentes pour un même examen ({first} et {second})</translation>
    </message>
    <message>
        <source>differs from {other} ({first} and {second})</source>
        <translation>diffère de {other} ({first} et {second})</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet: {error}</source>
        <translation>ne peut pas être lu comme tableur : {error}</translation>
    </message>
    <message>
        <source>cannot be read as a CSV table: {error}</source>
        <translation>ne peut pas être lu comme tableau CSV : {error}</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>is not a DXA table (CSV, XLSX), a DICOM SR or FHIR JSON</source>
        <translation>n&apos;est ni un tableau DXA (CSV, XLSX), ni un DICOM SR, ni un JSON FHIR</translation>
    </message>
    <message>
        <source>needs at least one of bmd_g_cm2, t_score, z_score</source>
        <translation>nécessite au moins une valeur parmi bmd_g_cm2, t_score, z_score</translation>
    </message>
    <message>
        <source>is measured at lumbar_spine only (site is {site})</source>
        <translation>se mesure uniquement à lumbar_spine (le site est {site})</translation>
    </message>
    <message>
        <source>applies to hip, femur and forearm sites (site is {site})</source>
        <translation>ne s&apos;applique qu&apos;aux sites de hanche, de fémur et d&apos;avant-bras (le site est {site})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>column given twice ({name})</source>
        <translation>colonne donnée deux fois ({name})</translation>
    </message>
    <message>
        <source>column is missing from the header (expected {columns})</source>
        <translation>colonne absente de l&apos;en-tête (attendu : {columns})</translation>
    </message>
    <message>
        <source>no value column (bmd_g_cm2, t_score, z_score) in the header</source>
        <translation>aucune colonne de valeur (bmd_g_cm2, t_score, z_score) dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>must be left or right (got {value})</source>
        <translation>doit être gauche ou droit (lu : {value})</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>is not a number (got {value})</source>
        <translation>n&apos;est pas un nombre (lu : {value})</translation>
    </message>
    <message>
        <source>is ambiguous (day/month or month/day?) (got {value}); write YYYY-MM-DD</source>
        <translation>est ambiguë (jour/mois ou mois/jour ?) (lu : {value}) ; écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>is not a real calendar date (got {value})</source>
        <translation>n&apos;est pas une date réelle du calendrier (lu : {value})</translation>
    </message>
    <message>
        <source>is not a date (got {value}); write YYYY-MM-DD</source>
        <translation>n&apos;est pas une date (lu : {value}) ; écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>no patient with id {id} in the clinic</source>
        <translation>aucun patient avec l&apos;identifiant {id} dans la clinique</translation>
    </message>
    <message>
        <source>patient: {count} patients have this name and birth date</source>
        <translation>patient : {count} patients ont ce nom et cette date de naissance</translation>
    </message>
    <message>
        <source>patient: no patient {who} in the clinic</source>
        <translation>patient : aucun patient {who} dans la clinique</translation>
    </message>
    <message>
        <source>date: is in the future of {as_of} ({date})</source>
        <translation>date : est postérieure à la date de référence {as_of} ({date})</translation>
    </message>
    <message>
        <source>date: is before the patient&apos;s birth_date {birth} ({date})</source>
        <translation>date : est antérieure à la date de naissance du patient {birth} ({date})</translation>
    </message>
    <message>
        <source>already on record</source>
        <translation>déjà enregistré</translation>
    </message>
    <message>
        <source>same as {other}</source>
        <translation>identique à {other}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né(e) le {date}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sans identifiant)</translation>
    </message>
</context>
<context>
    <name>IndicatorDashboard</name>
    <message>
        <source>not recordable — {count} concerned</source>
        <translation>non mesurable — {count} concernés</translation>
    </message>
    <message>
        <source>no patients (0/0)</source>
        <translation>aucun patient (0/0)</translation>
    </message>
    <message>
        <source>Click a bar to list the patients behind it.</source>
        <translation>Cliquez sur une barre pour lister les patients correspondants.</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <source>Save the patients behind this indicator as CSV</source>
        <translation>Enregistrer les patients de cet indicateur en CSV</translation>
    </message>
    <message>
        <source>% of the denominator</source>
        <translation>% du dénominateur</translation>
    </message>
    <message>
        <source>Quality indicators on {date}</source>
        <translation>Indicateurs de qualité au {date}</translation>
    </message>
    <message>
        <source>Numerator: {numerator}.
Denominator: {denominator}.
Window: {window}. Basis: {basis}.
{note}</source>
        <translation>Numérateur : {numerator}.
Dénominateur : {denominator}.
Période : {window}. Base : {basis}.
{note}</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>Concernés</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>Exporter les patients</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Referral to a bone specialist</source>
        <translation>Demande d&apos;avis à un spécialiste de l&apos;os</translation>
    </message>
    <message>
        <source>Letter to the GP</source>
        <translation>Lettre au médecin traitant</translation>
    </message>
    <message>
        <source>Advice sheet for the patient</source>
        <translation>Fiche de conseils pour le patient</translation>
    </message>
    <message>
        <source>Trajectory chart</source>
        <extracomment>Sections with no printed heading still need a name in the list.</extracomment>
        <translation>Graphique d&apos;évolution</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Letter — {given} {family} ({id})</source>
        <extracomment>Who makes the letter (signs it when the record names no responsible clinician). The PDF on screen and what it was made from: outputs write exactly these bytes.</extracomment>
        <translation>Lettre — {given} {family} ({id})</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Question for the specialist</source>
        <translation>Question au spécialiste</translation>
    </message>
    <message>
        <source>Your own paragraph</source>
        <translation>Votre propre paragraphe</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Pages as they will print</source>
        <translation>Pages telles qu&apos;imprimées</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans la visionneuse PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>No chart: no BMD values on record (or the chart module is missing).</source>
        <translation>Pas de graphique : aucune valeur de DMO enregistrée (ou le module graphique manque).</translation>
    </message>
    <message>
        <source>The record has entries after {date}: {problem}</source>
        <translation>Le dossier contient des éléments postérieurs au {date} : {problem}</translation>
    </message>
    <message>
        <source>The letter cannot be made: {error}</source>
        <translation>La lettre ne peut pas être créée : {error}</translation>
    </message>
    <message>
        <source>Empty: {automatic}</source>
        <translation>Vide : {automatic}</translation>
    </message>
    <message>
        <source>The letter cannot be rendered: {error}</source>
        <translation>La lettre ne peut pas être rendue : {error}</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Lettre non rédigée</translation>
    </message>
    <message>
        <source>The letter was not written:
{error}</source>
        <translation>La lettre n&apos;a pas été rédigée :
{error}</translation>
    </message>
    <message>
        <source>Preview opened: {path}</source>
        <translation>Aperçu ouvert : {path}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>{error}

The PDF opens in the viewer now.</source>
        <translation>{error}

Le PDF s&apos;ouvre maintenant dans la visionneuse.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Envoyé à {printer}.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>l&apos;imprimante par défaut</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The PDF opens in the viewer, where you can print it.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur. Le PDF s&apos;ouvre dans la visionneuse, où vous pouvez l&apos;imprimer.</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Imprimante :</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — NMD Bone Desktop</source>
        <translation>Connexion — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>This clinic database requires you to sign in:
{location}</source>
        <translation>Cette base de la clinique exige une connexion :
{location}</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect, ou compte désactivé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>physician</source>
        <extracomment>The roles of the clinic&apos;s users (services.protection), as the status bar names them.</extracomment>
        <translation>médecin</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>infirmier·ère</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <source>NMD Bone Desktop — {name}{demo_suffix}</source>
        <translation>NMD Bone Desktop — {name}{demo_suffix}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base : {location}</translation>
    </message>
    <message>
        <source>Ruleset …</source>
        <translation>Règles …</translation>
    </message>
    <message>
        <source>Saved {patient_id} (revision {revision})</source>
        <translation>{patient_id} enregistré (révision {revision})</translation>
    </message>
    <message>
        <source>The database was changed elsewhere: list refreshed.</source>
        <translation>La base a été modifiée ailleurs : liste actualisée.</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>read-only: not signed in</source>
        <translation>lecture seule : non connecté</translation>
    </message>
    <message>
        <source>{patient_count} patients</source>
        <translation>{patient_count} patients</translation>
    </message>
    <message>
        <source>Ruleset {version}</source>
        <translation>Règles {version}</translation>
    </message>
    <message>
        <source>Warning: {path} is on a network file system ({kind}); SQLite&apos;s write-ahead log is not safe there and two computers using it can corrupt the database. Keep the database on a local disk.</source>
        <translation>Attention&#xa0;: {path} se trouve sur un système de fichiers réseau ({kind})&#xa0;; le journal d’écriture anticipée de SQLite n’y est pas sûr et deux ordinateurs qui utilisent la base de données peuvent la corrompre. Conservez la base de données sur un disque local.</translation>
    </message>
    <message>
        <source>The new language applies from the next start; nothing was lost.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage ; rien n&apos;a été perdu.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Ajouter un patient</translation>
    </message>
    <message>
        <source>Open clinic &amp;server…</source>
        <translation>Ouvrir le &amp;serveur de la clinique…</translation>
    </message>
    <message>
        <source>Work on the clinic database of the clinic&apos;s PostgreSQL server (several workstations)</source>
        <translation>Travailler sur la base de données du serveur PostgreSQL de la clinique (plusieurs postes)</translation>
    </message>
    <message>
        <source>&amp;Import patient files…</source>
        <translation>&amp;Importer des fichiers patients…</translation>
    </message>
    <message>
        <source>Import patient documents (JSON); all or nothing</source>
        <translation>Importer des documents patients (JSON) ; tout ou rien</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every *.json file of a folder</source>
        <translation>Importer tous les fichiers *.json d&apos;un dossier</translation>
    </message>
    <message>
        <source>Import &amp;DXA results…</source>
        <translation>Importer des résultats D&amp;XA…</translation>
    </message>
    <message>
        <source>DXA results from scanner tables (CSV, XLSX), DICOM SR or FHIR: preview, then import</source>
        <translation>Résultats DXA depuis des tableaux d&apos;appareil (CSV, XLSX), DICOM SR ou FHIR : aperçu, puis import</translation>
    </message>
    <message>
        <source>&amp;Export this patient…</source>
        <translation>&amp;Exporter ce patient…</translation>
    </message>
    <message>
        <source>Write the selected patient&apos;s document</source>
        <translation>Écrire le document du patient sélectionné</translation>
    </message>
    <message>
        <source>Export &amp;all patients…</source>
        <translation>Exporter &amp;tous les patients…</translation>
    </message>
    <message>
        <source>Write every patient&apos;s document, one file each</source>
        <translation>Écrire le document de chaque patient, un fichier chacun</translation>
    </message>
    <message>
        <source>Clinic &amp;letterhead…</source>
        <translation>En-&amp;tête de la clinique…</translation>
    </message>
    <message>
        <source>Clinic name, address and signatory printed on letters</source>
        <translation>Nom, adresse et signataire de la clinique imprimés sur les lettres</translation>
    </message>
    <message>
        <source>Clinic &amp;settings (LSC)…</source>
        <translation>&amp;Paramètres de la clinique (PPVS)…</translation>
    </message>
    <message>
        <source>The clinic&apos;s least significant change per DXA site, for every workstation</source>
        <translation>La plus petite variation significative de la clinique par site DXA, pour chaque poste</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Préfé&amp;rences…</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings of the window: its language</source>
        <translation>Les réglages de la fenêtre sur ce poste : sa langue</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sauvegarder la base…</translation>
    </message>
    <message>
        <source>A verified copy of the live database</source>
        <translation>Une copie vérifiée de la base en service</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup (the current one is kept aside)</source>
        <translation>Remplacer la base par une sauvegarde vérifiée (l&apos;actuelle est conservée à côté)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>Edit patient &amp;details…</source>
        <translation>Modifier les &amp;données du patient…</translation>
    </message>
    <message>
        <source>Edit &amp;contacts (address, GP, clinician)…</source>
        <translation>Modifier les &amp;contacts (adresse, médecin traitant, clinicien)…</translation>
    </message>
    <message>
        <source>Where this patient&apos;s letters go and who signs them</source>
        <translation>Où vont les lettres de ce patient et qui les signe</translation>
    </message>
    <message>
        <source>Add &amp;DXA study…</source>
        <translation>Ajouter un examen &amp;DXA…</translation>
    </message>
    <message>
        <source>Add a DXA study: date, scanner and every site in one form</source>
        <translation>Ajouter un examen DXA : date, appareil et tous les sites dans un formulaire</translation>
    </message>
    <message>
        <source>Add &amp;fracture…</source>
        <translation>Ajouter une &amp;fracture…</translation>
    </message>
    <message>
        <source>Add a fracture</source>
        <translation>Ajouter une fracture</translation>
    </message>
    <message>
        <source>Add &amp;spine imaging…</source>
        <translation>Ajouter une imagerie du &amp;rachis…</translation>
    </message>
    <message>
        <source>Add &amp;glucocorticoid course…</source>
        <translation>Ajouter une cure de &amp;glucocorticoïdes…</translation>
    </message>
    <message>
        <source>A course with its dose steps (a taper) in one form</source>
        <translation>Une cure avec ses paliers de dose (décroissance) dans un formulaire</translation>
    </message>
    <message>
        <source>Add bone &amp;medication…</source>
        <translation>Ajouter un traitement &amp;osseux…</translation>
    </message>
    <message>
        <source>Add &amp;lab result…</source>
        <translation>Ajouter un résultat de &amp;laboratoire…</translation>
    </message>
    <message>
        <source>Add height/&amp;weight…</source>
        <translation>Ajouter taille/&amp;poids…</translation>
    </message>
    <message>
        <source>Add m&amp;obility status…</source>
        <translation>Ajouter la &amp;mobilité…</translation>
    </message>
    <message>
        <source>Add FRA&amp;X entry…</source>
        <translation>Ajouter une saisie FRA&amp;X…</translation>
    </message>
    <message>
        <source>Edit &amp;risk factors…</source>
        <translation>Modifier les facteurs de r&amp;isque…</translation>
    </message>
    <message>
        <source>Write le&amp;tter…</source>
        <translation>Rédiger une le&amp;ttre…</translation>
    </message>
    <message>
        <source>Referral, GP or patient letter for this patient: edit, preview, print</source>
        <translation>Demande d&apos;avis, lettre au médecin traitant ou au patient : modifier, prévisualiser, imprimer</translation>
    </message>
    <message>
        <source>Delete patient…</source>
        <translation>Supprimer le patient…</translation>
    </message>
    <message>
        <source>Refresh assessments of all patients</source>
        <translation>Actualiser les évaluations de tous les patients</translation>
    </message>
    <message>
        <source>Re-assess patients whose list risk / next due is missing or old</source>
        <translation>Réévaluer les patients dont le risque / la prochaine échéance de la liste manque ou est ancien</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>Search by name, ID or diagnosis</source>
        <translation>Rechercher par nom, ID ou diagnostic</translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation>Patient suivant</translation>
    </message>
    <message>
        <source>Previous patient</source>
        <translation>Patient précédent</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Liste de travail</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>&amp;Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About NMD Bone Desktop</source>
        <translation>À &amp;propos de NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>required, e.g. declined after discussion; palliative care</source>
        <translation>obligatoire, p. ex. refusé après discussion ; soins palliatifs</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
</context>
<context>
    <name>PatientCaption</name>
    <message>
        <source>{name} · {patient_id} · born {birth_date}</source>
        <translation>{name} · {patient_id} · né(e) le {birth_date}</translation>
    </message>
    <message>
        <source>{what} — {patient}</source>
        <translation>{what} — {patient}</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Clinic settings</source>
        <translation>Paramètres de la clinique</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Delete {name} ({patient_id}) and all their records?
The audit trail keeps a copy of the deleted record.</source>
        <translation>Supprimer {name} ({patient_id}) et tous ses enregistrements ?
Le journal d&apos;audit garde une copie de l&apos;enregistrement supprimé.</translation>
    </message>
</context>
<context>
    <name>PatientController</name>
    <message>
        <source>No patient selected</source>
        <extracomment>The clinic&apos;s own least significant change per site, % (read with each assessment).</extracomment>
        <translation>Aucun patient sélectionné</translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation>Aucun patient sélectionné.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>a patient with this ID already exists</source>
        <translation>un patient avec cet ID existe déjà</translation>
    </message>
    <message>
        <source>Patient {pid} deleted.</source>
        <translation>Patient {pid} supprimé.</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search name, ID or diagnosis  (Ctrl+F)</source>
        <extracomment>Shown left to right: name, risk and next due must stay visible on a 1366-px clinic laptop, so the diagnosis (the widest, and in the name&apos;s tooltip) goes last.</extracomment>
        <translation>Rechercher nom, ID ou diagnostic  (Ctrl+F)</translation>
    </message>
    <message>
        <source>{total} patients</source>
        <translation>{total} patients</translation>
    </message>
    <message>
        <source>{matching} of {total} patients match</source>
        <translation>{matching} sur {total} patients trouvés</translation>
    </message>
    <message>
        <source>{fetched}+ of {total} patients match</source>
        <translation>{fetched}+ sur {total} patients trouvés</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>⚠ overdue: a due date has passed</source>
        <extracomment>The roles a repaint asks that this model answers, and their slot in a row&apos;s cells. Flags as icon glyphs (the column stays narrow at 1366 px); the tooltip says them in words.</extracomment>
        <translation>⚠ en retard : une échéance est dépassée</translation>
    </message>
    <message>
        <source>● urgent: a priority-1 action is open</source>
        <translation>● urgent : une action de priorité 1 est ouverte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>{label} ({name})</source>
        <extracomment>A keystroke that drops rows from a partial result keeps the rows left (they are the new result&apos;s first rows; ``fetchMore`` goes on from there) when they fill a tall screen&apos;s list, instead of querying again; fewer are queried again, since the view would at once fetch more. The exact count of a long result (a scan of every search key, ≈ 5 ms at 20,000 patients) is taken once typing pauses this long, not after every keystroke; meanwhile the list says &quot;200+&quot; (``countPending``), which is true, instead of the previous search&apos;s count.</extracomment>
        <translation>{label} ({name})</translation>
    </message>
    <message>
        <source>Not assessed since the last change (Patient ▸ Refresh assessments)</source>
        <translation>Non évalué depuis la dernière modification (Patient ▸ Actualiser les évaluations)</translation>
    </message>
    <message>
        <source>{name} ({sex}, born {birth_date})</source>
        <translation>{name} ({sex}, né(e) le {birth_date})</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀ Previous page</source>
        <extracomment>Rendering scale: PDF points to pixels (1.0 = 72 dpi). 1.5 is sharp on a laptop screen.</extracomment>
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <source>The page preview needs pypdfium2 (not installed); see the Text tab.</source>
        <translation>L&apos;aperçu des pages nécessite pypdfium2 (non installé) ; voir l&apos;onglet Texte.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>L&apos;aperçu n&apos;a pas pu être dessiné : {error}</translation>
    </message>
    <message>
        <source>Page {value} of {pages}</source>
        <translation>Page {value} sur {pages}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Langue de la fenêtre</translation>
    </message>
    <message>
        <source>A new language applies from the next start of NMD Bone Desktop; nothing you are working on is lost. Recommendations, clinical terms and letters use the same words as the window.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de NMD Bone Desktop ; rien de ce que vous faites n&apos;est perdu. Les recommandations, les termes cliniques et les lettres utilisent les mêmes mots que la fenêtre.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Windows could not print the PDF ({error}); open it and print from the viewer.</source>
        <translation>Windows n&apos;a pas pu imprimer le PDF ({error}) ; ouvrez-le et imprimez depuis la visionneuse.</translation>
    </message>
    <message>
        <source>No print command (CUPS lp or lpr) was found; open the PDF and print from the viewer.</source>
        <translation>Aucune commande d&apos;impression (CUPS lp ou lpr) trouvée ; ouvrez le PDF et imprimez depuis la visionneuse.</translation>
    </message>
    <message>
        <source>The print spooler refused the job: {output}</source>
        <translation>Le spouleur d&apos;impression a refusé la tâche : {output}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{done} of {total} patients</source>
        <translation>{done} patients sur {total}</translation>
    </message>
    <message>
        <source>writing {measurements} DXA measurements for {patients} patients</source>
        <translation>enregistrement de {measurements} mesures DXA pour {patients} patients</translation>
    </message>
    <message>
        <source>assessing {patients} patients</source>
        <translation>évaluation de {patients} patients</translation>
    </message>
    <message>
        <source>Assessing {id}</source>
        <translation>évaluation de {id}</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Rédaction des courriers</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Échéance {date}</translation>
    </message>
    <message>
        <source>{code} · priority {priority}</source>
        <translation>{code} · priorité {priority}</translation>
    </message>
    <message>
        <source>Why? ▸</source>
        <translation>Pourquoi ? ▸</translation>
    </message>
    <message>
        <source>Rationale and references for {title}</source>
        <translation>Justification et références pour {title}</translation>
    </message>
    <message>
        <source>Why? ▾</source>
        <translation>Pourquoi ? ▾</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;Options :&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avoid:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;À éviter :&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Since&lt;/i&gt; {date}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Depuis le&lt;/i&gt; {date}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;References&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;Références&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Select a patient to see the assessment.</source>
        <translation>Choisissez un patient pour voir l&apos;évaluation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>No recommendations: nothing to do now.</source>
        <translation>Aucune recommandation : rien à faire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Next due: {due}. Ruleset {ruleset}, as of {as_of}. {disclaimer}</source>
        <translation>Prochaine échéance : {due}. Règles {ruleset}, au {as_of}. {disclaimer}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Add {record}</source>
        <translation>Ajouter : {record}</translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation>Modifier : {record}</translation>
    </message>
    <message>
        <source>{what} — {patient}</source>
        <translation>{what} — {patient}</translation>
    </message>
</context>
<context>
    <name>RecordEdit</name>
    <message>
        <source>must be at most \1 (entered: \2)</source>
        <translation>doit valoir au plus \1 (saisi : \2)</translation>
    </message>
    <message>
        <source>must be at least \1 (entered: \2)</source>
        <translation>doit valoir au moins \1 (saisi : \2)</translation>
    </message>
    <message>
        <source>must be below \1 (entered: \2)</source>
        <translation>doit être inférieur à \1 (saisi : \2)</translation>
    </message>
    <message>
        <source>must be above \1 (entered: \2)</source>
        <translation>doit être supérieur à \1 (saisi : \2)</translation>
    </message>
    <message>
        <source>“\1” is not a number</source>
        <translation>« \1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>must be a whole number (entered: \1)</source>
        <translation>doit être un nombre entier (saisi : \1)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>choose one of the options offered</source>
        <translation>choisissez l&apos;une des options proposées</translation>
    </message>
    <message>
        <source>at most \1 characters</source>
        <translation>au plus \1 caractères</translation>
    </message>
    <message>
        <source>at least \1 characters</source>
        <translation>au moins \1 caractères</translation>
    </message>
    <message>
        <source>\2 is before the date of birth (\1)</source>
        <translation>\2 est antérieur à la date de naissance (\1)</translation>
    </message>
    <message>
        <source>\2 is after today (\1)</source>
        <translation>\2 est postérieur à aujourd&apos;hui (\1)</translation>
    </message>
    <message>
        <source>\2 is after the assessment date (\1)</source>
        <translation>\2 est postérieur à la date d&apos;évaluation (\1)</translation>
    </message>
    <message>
        <source>\2 is before the start (\1)</source>
        <translation>\2 est antérieur au début (\1)</translation>
    </message>
    <message>
        <source>required: please fill in</source>
        <translation>obligatoire : veuillez remplir</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>non-smoker</source>
        <extracomment>For a choice whose options depend on another field (lab units on the test). Only when the record is new (the patient id cannot be renamed in place).</extracomment>
        <translation>non-fumeur</translation>
    </message>
    <message>
        <source>ex-smoker</source>
        <translation>ancien fumeur</translation>
    </message>
    <message>
        <source>light (&lt;10/day)</source>
        <translation>léger (&lt;10/j)</translation>
    </message>
    <message>
        <source>moderate (10–19/day)</source>
        <translation>modéré (10–19/j)</translation>
    </message>
    <message>
        <source>heavy (≥20/day)</source>
        <translation>fort (≥20/j)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&lt;1 unit/day</source>
        <translation>&lt;1 unité/j</translation>
    </message>
    <message>
        <source>1–2 units/day</source>
        <translation>1–2 unités/j</translation>
    </message>
    <message>
        <source>3–6 units/day</source>
        <translation>3–6 unités/j</translation>
    </message>
    <message>
        <source>7–9 units/day</source>
        <translation>7–9 unités/j</translation>
    </message>
    <message>
        <source>&gt;9 units/day</source>
        <translation>&gt;9 unités/j</translation>
    </message>
    <message>
        <source>White or not stated</source>
        <translation>Blanc ou non précisé</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pakistanais</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>Bangladais</translation>
    </message>
    <message>
        <source>Other Asian</source>
        <translation>Autre asiatique</translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation>Noir caribéen</translation>
    </message>
    <message>
        <source>Black African</source>
        <translation>Noir africain</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>DXA measurement</source>
        <translation>Mesure DXA</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>T-score</translation>
    </message>
    <message>
        <source>−8 … +6</source>
        <translation>−8 … +6</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <source>Height-adjusted Z</source>
        <translation>Z ajusté à la taille</translation>
    </message>
    <message>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <source>BMD (g/cm²)</source>
        <translation>DMO (g/cm²)</translation>
    </message>
    <message>
        <source>0.1 … 2.5</source>
        <translation>0,1 … 2,5</translation>
    </message>
    <message>
        <source>TBS</source>
        <translation>TBS</translation>
    </message>
    <message>
        <source>lumbar spine only</source>
        <translation>rachis lombaire seulement</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>hip, femur and forearm sites</source>
        <translation>sites de hanche, fémur et avant-bras</translation>
    </message>
    <message>
        <source>fracture</source>
        <translation>fracture</translation>
    </message>
    <message>
        <source>Fractures</source>
        <translation>Fractures</translation>
    </message>
    <message>
        <source>Vertebra</source>
        <translation>Vertèbre</translation>
    </message>
    <message>
        <source>e.g. T12 (vertebral only)</source>
        <translation>p. ex. T12 (vertébrales seulement)</translation>
    </message>
    <message>
        <source>Genant grade</source>
        <translation>Grade de Genant</translation>
    </message>
    <message>
        <source>1 mild</source>
        <translation>1 léger</translation>
    </message>
    <message>
        <source>2 moderate</source>
        <translation>2 modéré</translation>
    </message>
    <message>
        <source>3 severe</source>
        <translation>3 sévère</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Découverte par</translation>
    </message>
    <message>
        <source>spine imaging</source>
        <translation>imagerie du rachis</translation>
    </message>
    <message>
        <source>Spine imaging</source>
        <translation>Imagerie du rachis</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Vertebral fracture found</source>
        <translation>Fracture vertébrale trouvée</translation>
    </message>
    <message>
        <source>glucocorticoid course</source>
        <translation>cure de glucocorticoïdes</translation>
    </message>
    <message>
        <source>Glucocorticoids</source>
        <translation>Glucocorticoïdes</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Molécule</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dose (mg)</translation>
    </message>
    <message>
        <source>per dose; total for a single pulse</source>
        <translation>par prise ; total pour un bolus unique</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>traitement osseux</translation>
    </message>
    <message>
        <source>Bone medications</source>
        <translation>Traitements osseux</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Dernière dose</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Motif d&apos;arrêt</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>résultat de laboratoire</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>Height &amp; weight</source>
        <translation>Taille et poids</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>mobility status</source>
        <translation>état de mobilité</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>FRAX entry</source>
        <translation>saisie FRAX</translation>
    </message>
    <message>
        <source>FRAX</source>
        <translation>FRAX</translation>
    </message>
    <message>
        <source>Major osteoporotic (%)</source>
        <translation>Fracture ostéoporotique majeure (%)</translation>
    </message>
    <message>
        <source>Hip (%)</source>
        <translation>Hanche (%)</translation>
    </message>
    <message>
        <source>With BMD</source>
        <translation>Avec DMO</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>risk factors</source>
        <translation>facteurs de risque</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Tabac</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcool</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Origine ethnique</translation>
    </message>
    <message>
        <source>Parental osteoporosis / hip fracture</source>
        <translation>Ostéoporose / fracture de hanche parentale</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Affections</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>données du patient</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Données du patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis label</source>
        <translation>Libellé du diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis onset</source>
        <translation>Début du diagnostic</translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation>Ménopause</translation>
    </message>
    <message>
        <source>women only</source>
        <translation>femmes seulement</translation>
    </message>
    <message>
        <source>Age at menopause</source>
        <translation>Âge à la ménopause</translation>
    </message>
    <message>
        <source>Puberty</source>
        <translation>Puberté</translation>
    </message>
    <message>
        <source>Dysphagia</source>
        <translation>Dysphagie</translation>
    </message>
    <message>
        <source>Can sit upright 30 min</source>
        <translation>Peut rester assis 30 min</translation>
    </message>
    <message>
        <source>Falls in past 12 months</source>
        <translation>Chutes des 12 derniers mois</translation>
    </message>
    <message>
        <source>Cardiovascular event in past 12 months</source>
        <translation>Événement cardiovasculaire des 12 derniers mois</translation>
    </message>
    <message>
        <source>Childbearing potential</source>
        <translation>En âge de procréer</translation>
    </message>
    <message>
        <source>Calcium (mg/day)</source>
        <translation>Calcium (mg/j)</translation>
    </message>
    <message>
        <source>Vitamin D (IU/day)</source>
        <translation>Vitamine D (UI/j)</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>The ``contacts`` object as one singleton record of three parts (each a whole sub-object).</extracomment>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Patient&apos;s address</source>
        <translation>Adresse du patient</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>Responsible clinician</source>
        <translation>Clinicien référent</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Add…</source>
        <extracomment>Kinds whose &quot;Add&quot; opens a form for several records at once.</extracomment>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Aucun patient sélectionné</translation>
    </message>
    <message>
        <source>Add DXA study…</source>
        <translation>Ajouter un examen DXA…</translation>
    </message>
    <message>
        <source>Add glucocorticoid course…</source>
        <translation>Ajouter une cure de glucocorticoïdes…</translation>
    </message>
    <message>
        <source>Add {record}…</source>
        <translation>Ajouter : {record}…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Delete {record} of {patient}?</source>
        <translation>Supprimer {record} de {patient} ?</translation>
    </message>
    <message>
        <source>Delete this {record} of {patient}?</source>
        <translation>Supprimer cet élément ({record}) de {patient} ?</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>spine imaging</source>
        <translation>imagerie du rachis</translation>
    </message>
    <message>
        <source>bone labs</source>
        <translation>bilan osseux</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open clinic server — NMD Bone Desktop</source>
        <translation>Ouvrir le serveur de la clinique — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>empty: from PGPASSFILE or the service file</source>
        <translation>vide : depuis PGPASSFILE ou le fichier de service</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The clinic database on the clinic&apos;s PostgreSQL server (several workstations):</source>
        <translation>La base de données de la clinique sur le serveur PostgreSQL de la clinique (plusieurs postes) :</translation>
    </message>
    <message>
        <source>Server URL: write it as postgresql://HOST/DATABASE</source>
        <translation>URL du serveur : écrivez-la sous la forme postgresql://HÔTE/BASE</translation>
    </message>
    <message>
        <source>Not connected: {error}</source>
        <translation>Non connecté : {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <source>The database is being written by another window or program; try again.</source>
        <translation>La base de données est en cours d’écriture par une autre fenêtre ou un autre programme ; réessayez.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} changed this patient ({records}) on {date} at {time} UTC, after you opened it. Reload the patient and make the change again.</source>
        <translation>Rien n’a été enregistré&#xa0;: {user} a modifié ce patient ({records}) le {date} à {time} UTC, après que vous l’avez ouvert. Rechargez le patient et refaites la modification.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} deleted this patient on {date} at {time} UTC.</source>
        <translation>Rien n’a été enregistré&#xa0;: {user} a supprimé ce patient le {date} à {time} UTC.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was changed on another workstation after you opened it (revision {expected}, now {actual}). Reload the patient and make the change again.</source>
        <translation>Rien n’a été enregistré&#xa0;: ce patient a été modifié sur un autre poste après que vous l’avez ouvert (révision {expected}, maintenant {actual}). Rechargez le patient et refaites la modification.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was deleted after you opened it.</source>
        <translation>Rien n’a été enregistré&#xa0;: ce patient a été supprimé après que vous l’avez ouvert.</translation>
    </message>
</context>
<context>
    <name>TriageItemsPanel</name>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&apos;Coming up&apos;: due within this many days after the as-of date</source>
        <translation>« Bientôt » : échéance dans ce nombre de jours après la date de référence</translation>
    </message>
    <message>
        <source>coming up within</source>
        <translation>bientôt, sous</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Items marked as booked or not applicable (select them to undo)</source>
        <translation>Éléments marqués programmés ou non applicables (sélectionnez-les pour annuler)</translation>
    </message>
    <message>
        <source>Handled ({count})</source>
        <translation>Traités ({count})</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Main toolbar</source>
        <extracomment>The clinic&apos;s use case (a :class:`~nmdbone_desktop.services.clinic.Clinic` method) each command ends in: the window disables a command whose use case the signed-in role may not run (``Clinic.may``). The clinic checks the role itself, whatever the window shows; this only spares a useless dialog.</extracomment>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>priority 1 (urgent)</source>
        <translation>priorité 1 (urgent)</translation>
    </message>
    <message>
        <source>priority 1–2</source>
        <translation>priorité 1–2</translation>
    </message>
    <message>
        <source>Recommendation code</source>
        <translation>Code de recommandation</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Catégorie de risque</translation>
    </message>
    <message>
        <source>Due window</source>
        <translation>Fenêtre d&apos;échéance</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnostic :</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>À faire&#xa0;:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>any priority</source>
        <translation>toute priorité</translation>
    </message>
    <message>
        <source>any risk</source>
        <translation>tout risque</translation>
    </message>
    <message>
        <source>any diagnosis</source>
        <translation>tout diagnostic</translation>
    </message>
    <message>
        <source>{date} (in {days} d)</source>
        <translation>{date} (dans {days} j)</translation>
    </message>
    <message>
        <source>{date} ({days} d)</source>
        <translation>{date} ({days} j)</translation>
    </message>
    <message>
        <source>returned — was {mark}</source>
        <translation>revenu — était {mark}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Tier / handled</source>
        <translation>Niveau / traité</translation>
    </message>
    <message>
        <source>Worklist items, most urgent first</source>
        <translation>Éléments de la liste de travail, les plus urgents d&apos;abord</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Ouvrir le patient</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Lettres…</translation>
    </message>
    <message>
        <source>Mark as booked…</source>
        <translation>Marquer comme programmé…</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Non applicable…</translation>
    </message>
    <message>
        <source>Undo mark</source>
        <translation>Annuler le marquage</translation>
    </message>
    <message>
        <source>{count} handled items shown</source>
        <translation>{count} éléments traités affichés</translation>
    </message>
    <message>
        <source>{count} items shown</source>
        <translation>{count} éléments affichés</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, {count} sélectionné(s)</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation>⚠ en retard</translation>
    </message>
    <message>
        <source>● urgent</source>
        <translation>● urgent</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, échéance {date}</translation>
    </message>
    <message>
        <source>Most urgent priority among the open items (1 = most urgent)</source>
        <translation>Priorité la plus urgente parmi les éléments ouverts (1 = la plus urgente)</translation>
    </message>
    <message>
        <source>act now</source>
        <translation>agir maintenant</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>coming up</source>
        <translation>bientôt</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation>échéance sous 30 jours</translation>
    </message>
    <message>
        <source>due within 90 days</source>
        <translation>échéance sous 90 jours</translation>
    </message>
    <message>
        <source>booked for {date}</source>
        <translation>programmé le {date}</translation>
    </message>
    <message>
        <source>not applicable: {reason}</source>
        <translation>non applicable : {reason}</translation>
    </message>
    <message>
        <source>{patients} patients checked, {act_now} act now, {due} due, {coming_up} coming up</source>
        <translation>{patients} patients vérifiés, {act_now} à traiter maintenant, {due} à faire, {coming_up} bientôt</translation>
    </message>
</context>
<context>
    <name>WorklistAndLetters</name>
    <message>
        <source>Worklist</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — not real patients</source>
        <translation>DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES — pas de vrais patients</translation>
    </message>
</context>
<context>
    <name>WorklistPlaceholder</name>
    <message>
        <source>The clinic worklist (care gaps and quality indicators) will appear here.
Meanwhile: sort the patient list by Next due or Risk, or run
nmdbone-desktop worklist --db PATH</source>
        <translation>La liste de travail de la clinique (écarts de prise en charge et indicateurs de qualité) apparaîtra ici.
En attendant : triez la liste des patients par échéance ou risque, ou lancez
nmdbone-desktop worklist --db PATH</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Assessment date of the worklist and the indicators</source>
        <translation>Date d&apos;évaluation de la liste de travail et des indicateurs</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Re-assess changed patients and rebuild the worklist (F5)</source>
        <translation>Réévaluer les patients modifiés et reconstruire la liste de travail (F5)</translation>
    </message>
    <message>
        <source>Write letters for the selected patients</source>
        <translation>Rédiger des lettres pour les patients sélectionnés</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown and the indicators as CSV files</source>
        <translation>Enregistrer les lignes affichées et les indicateurs en fichiers CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop building the worklist; the patients assessed so far are kept</source>
        <translation>Arrêter la construction de la liste de travail&#xa0;; les patients déjà évalués sont conservés</translation>
    </message>
    <message>
        <source>Not built yet.</source>
        <translation>Pas encore construite.</translation>
    </message>
    <message>
        <source>Patients with open items</source>
        <translation>Patients avec des éléments ouverts</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Items to act on</source>
        <translation>Éléments à traiter</translation>
    </message>
    <message>
        <source>By patient</source>
        <translation>Par patient</translation>
    </message>
    <message>
        <source>Quality indicators</source>
        <translation>Indicateurs de qualité</translation>
    </message>
    <message>
        <source>Assessing the clinic on {date}…</source>
        <translation>Évaluation de la clinique au {date}…</translation>
    </message>
    <message>
        <source>Could not build the worklist: {error}</source>
        <translation>La liste de travail n&apos;a pas pu être construite : {error}</translation>
    </message>
    <message>
        <source>Cancelled; assessments finished so far are kept. Refresh to continue.</source>
        <translation>Annulé ; les évaluations déjà terminées sont conservées. Actualisez pour continuer.</translation>
    </message>
    <message>
        <source>Not marked: {error}</source>
        <translation>Non marqué : {error}</translation>
    </message>
    <message>
        <source>Letters for {count} selected…</source>
        <translation>Lettres pour {count} sélectionnés…</translation>
    </message>
    <message>
        <source>Letters for selected…</source>
        <translation>Lettres pour la sélection…</translation>
    </message>
    <message>
        <source>On {date}: {computed} patients assessed anew, {reused} assessments reused from the cache</source>
        <translation>Au {date} : {computed} patients réévalués, {reused} évaluations reprises du cache</translation>
    </message>
    <message>
        <source>{shown} of {total} patients with open items shown ({patients} in the clinic)</source>
        <translation>{shown} sur {total} patients avec éléments ouverts affichés ({patients} dans la clinique)</translation>
    </message>
    <message>
        <source>Export worklist</source>
        <translation>Exporter la liste de travail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>_AddressFields</name>
    <message>
        <source>street and number, one line each (up to 4)</source>
        <translation>rue et numéro, une ligne par élément (jusqu&apos;à 4)</translation>
    </message>
    <message>
        <source>two letters, e.g. GB, NL, DE</source>
        <translation>deux lettres, p. ex. GB, NL, DE</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>_Step</name>
    <message>
        <source>mg per dose</source>
        <translation>mg par prise</translation>
    </message>
</context>
</TS>
