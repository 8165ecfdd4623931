<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Bone health in neuromuscular disease: BMD trajectories, glucocorticoid exposure, fracture risk and what to do next. Runs offline; the data stay in the clinic&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruleset version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The software supports clinical judgement and does not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRAX® figures are entered by the clinician from the official calculator; this software only adjusts them as the ruleset describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NMD Bone Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentHeader</name>
    <message>
        <source>none</source>
        <extracomment>The list&apos;s colours (one scale, by category only): &quot;low&quot; is plain text, never a reassuring green.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low (&lt;2.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium (2.5–7.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high (≥7.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: major osteoporotic {major}, hip {hip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with femoral neck BMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinical factors, no BMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted: {adjustments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#555&apos;&gt;(since {date})&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk category criteria met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (since {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFracture-2012 © ClinRisk Ltd — disclaimer ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · born {birth_date}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} years ({population})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, onset {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} mg/day prednisolone-eq, {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cumulative {grams}&#xa0;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steroids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, lowest {score_type} {score} at {site} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DXA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;Risk&lt;/span&gt;&amp;nbsp; {risk_html}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRAX: none entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;10-year fracture risk&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(for information: the category above comes from its criterion)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</source>
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
        <source>Clinic database backups (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the clinic database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the clinic database from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the clinic database
{location}
with the backup
{backup}
({summary})?

The current database is kept aside beside it (…before-restore-DATE), so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <source>1 letter needs attention before posting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} letters need attention before posting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters for {n_patient_ids} patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF with every letter</source>
        <extracomment>The window&apos;s session: the batch is made (and audited) as the signed-in user and role.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letters</source>
        <extracomment>Per patient, what their letter lacks for posting (filled when the batch ends).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the letters go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 letter written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} letters written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not written ({count}): {listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stopped:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BmdChangeTable</name>
    <message>
        <source>Site</source>
        <extracomment>Rows the table shows without scrolling (most patients have two or three sites).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD {start_bmd} → {end_bmd} g/cm², {start} → {end}: {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({percent}% a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significant: at least the least significant change ({lsc}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not significant: less than the least significant change ({lsc}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD change per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{SIGNIFICANT_MARK} significant: the BMD change (% of g/cm²) is at least the site&apos;s least significant change (LSC). Baseline: first scan on the latest scan&apos;s manufacturer; scans on another manufacturer are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scans} since {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scans} scans with a BMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lsc}% clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lsc}% default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least significant change: the clinic value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least significant change: RULES §7 default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BMD on record: no change to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BmdChartWidget</name>
    <message>
        <source>BMD trajectory chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot BMD (g/cm²) instead of T/Z-scores: every scan with a BMD, also those without a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also plot the {other}-score of every scan (dashed, hollow markers). Scans that have only a {other}-score are always plotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan of this patient has a {other}-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osteopenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z −2.0 (low for age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertebral fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score_type}-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◯ baseline / &lt;b&gt;◯&lt;/b&gt; latest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD change ≥ LSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>optional, e.g. DXA at the radiology department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>BMD {value} g/cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DXA on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pred-eq
mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No glucocorticoids on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD (g/cm²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z −2.0 (low for age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline / latest scan (rings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD change ≥ LSC since previous scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height-adjusted Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteopenia (−1 to −2.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteoporosis (≤ −2.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score (height-adjusted where given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No T- or Z-scores: show BMD (g/cm²) to see the scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BMD on record: only scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} mg/day prednisolone-equivalent from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score_type}-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanner: {maker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score_type}-score (dashed, hollow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: baseline {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: latest {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertebral fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertebra {vertebra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fracture {date}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: BMD {percent}% from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genant grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found on {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significant: at least the least significant change ({lsc}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last dose {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine</source>
        <extracomment>The site toggles&apos; short names (``charts.styles.SiteStyle.short``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TBLH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Femur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicLscDialog</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {lo} and {hi} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings — {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Least significant change (LSC) per DXA site&lt;/b&gt;&lt;br&gt;From your own precision study: LSC = 2.77 × precision error (RMS-SD, %). A change in BMD of at least the LSC is marked significant on the chart and used by the assessment. Leave a field empty to use the default (RULES §7). Stored in the clinic database: every workstation uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic LSC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} LSC, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{DEFAULT_LSC:g} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty every field: the RULES §7 defaults apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>DIN 5008 window (form B)</source>
        <extracomment>The letters&apos; envelope windows (``letters.settings.ADDRESS_WINDOWS``), named for the translators.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK C5/DL window envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic letterhead and signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: address in the letter&apos;s flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the letter template&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (one line each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing clinician*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals (adults) go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals (children) go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Letters are signed by the patient&apos;s responsible clinician (Patient → Contacts), else by the user who makes them; the signing clinician here is the last resort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image not found: {logo_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead could not be saved:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts — {given} {family} ({id}, born {birth_date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s postal address (advice sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General practitioner (GP letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible clinician (signs the letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Consultant Neurologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Type YYYY-MM-DD or pick from the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DxaImportDialog</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DXA results (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import DXA results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an empty CSV table with the columns the import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient ({current_patient})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For files that do not carry the clinic&apos;s patient id (e.g. FHIR from elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the patients matched by name and birth date only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DXA results to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the DXA import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the files: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading DXA results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{add} to add for {patients} patient(s), {duplicate} duplicate(s) skipped, {refused} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — fix the refused rows; nothing is imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DxaStudyDialog</name>
    <message>
        <source>BMD (g/cm²)</source>
        <extracomment>The columns of a site row: (document field, heading, placeholder).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height-adj. Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add DXA study — {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add DXA study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Site&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Side&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the sites measured; empty rows are not saved. Decimal comma or point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one site&apos;s BMD, T- or Z-score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>{title}: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: another long operation is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import patient documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every patient document of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refused — nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patient documents to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} patient(s) to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {added} DXA measurement(s) for {n_patients} patient(s); {duplicates} duplicate(s) skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing DXA results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified:
{result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {path}: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored: choose a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed {computed:,} patient(s), {reused:,} up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>checking {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessing the imported patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GcCourseDialog</name>
    <message>
        <source>Step {step} dose, mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add glucocorticoid course — {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add glucocorticoid course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dose steps&lt;/b&gt; (a taper: one row per dose; each runs until the next starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose (mg) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course end (last dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: still taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start after step {step} ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandleDialogs</name>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked for the date below: the item leaves the worklist until that date has passed, then returns as overdue if it is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable, for the reason below: the item leaves the worklist until the reason for it changes (e.g. a new fracture or a new scan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not refreshed: {error}</source>
        <extracomment>Clinic-wide events shown in every patient&apos;s history too (a restore replaces every record).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient {patient_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {who}: {n_entries} entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDashboard</name>
    <message>
        <source>not recordable — {count} concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patients (0/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list the patients behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the patients behind this indicator as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality indicators on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator: {numerator}.
Denominator: {denominator}.
Window: {window}. Basis: {basis}.
{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Referral to a bone specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice sheet for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory chart</source>
        <extracomment>Sections with no printed heading still need a name in the list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter — {given} {family} ({id})</source>
        <extracomment>Who makes the letter (signs it when the record names no responsible clinician). The PDF on screen and what it was made from: outputs write exactly these bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages as they will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart: no BMD values on record (or the chart module is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has entries after {date}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter cannot be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: {automatic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter cannot be rendered: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not written:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview opened: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

The PDF opens in the viewer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The PDF opens in the viewer, where you can print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — NMD Bone Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clinic database requires you to sign in:
{location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>physician</source>
        <extracomment>The roles of the clinic&apos;s users (services.protection), as the status bar names them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMD Bone Desktop — {name}{demo_suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruleset …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {patient_id} (revision {revision})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was changed elsewhere: list refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient_count:,} patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruleset {RULESET_VERSION}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies from the next start; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import patient files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import patient documents (JSON); all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every *.json file of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;DXA results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DXA results from scanner tables (CSV, XLSX), DICOM SR or FHIR: preview, then import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected patient&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every patient&apos;s document, one file each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;letterhead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name, address and signatory printed on letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;settings (LSC)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s least significant change per DXA site, for every workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s settings of the window: its language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified copy of the live database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a verified backup (the current one is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit patient &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;contacts (address, GP, clinician)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this patient&apos;s letters go and who signs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;DXA study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a DXA study: date, scanner and every site in one form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;fracture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;spine imaging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;glucocorticoid course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course with its dose steps (a taper) in one form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bone &amp;medication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;lab result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add height/&amp;weight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add m&amp;obility status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add FRA&amp;X entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;risk factors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write le&amp;tter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral, GP or patient letter for this patient: edit, preview, print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh assessments of all patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assess patients whose list risk / next due is missing or old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, ID or diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NMD Bone Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>required, e.g. declined after discussion; palliative care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientCaption</name>
    <message>
        <source>{name} · {patient_id} · born {birth_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — {patient}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} ({patient_id}) and all their records?
The audit trail keeps a copy of the deleted record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientController</name>
    <message>
        <source>No patient selected</source>
        <extracomment>The clinic&apos;s own least significant change per site, % (read with each assessment).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patient with this ID already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {pid} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search name, ID or diagnosis  (Ctrl+F)</source>
        <extracomment>Shown left to right: name, risk and next due must stay visible on a 1366-px clinic laptop, so the diagnosis (the widest, and in the name&apos;s tooltip) goes last.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total:,} patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{matching:,} of {total:,} patients match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>⚠ overdue: a due date has passed</source>
        <extracomment>Flags as icon glyphs (the column stays narrow at 1366 px); the tooltip says them in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● urgent: a priority-1 action is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed since the last change (Patient ▸ Refresh assessments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({sex}, born {birth_date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀ Previous page</source>
        <extracomment>Rendering scale: PDF points to pixels (1.0 = 72 dpi). 1.5 is sharp on a laptop screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page preview needs pypdfium2 (not installed); see the Text tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {value} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies from the next start of NMD Bone Desktop; nothing you are working on is lost. Recommendations, clinical terms and letters use the same words as the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Windows could not print the PDF ({error}); open it and print from the viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No print command (CUPS lp or lpr) was found; open the PDF and print from the viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print spooler refused the job: {output}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source>Overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · priority {priority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale and references for {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Options:&lt;/b&gt; {drugs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Avoid:&lt;/b&gt; {drugs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Since&lt;/i&gt; {date}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;References&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient to see the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendations: nothing to do now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due: {due}. Ruleset {ruleset}, as of {as_of}. {disclaimer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Add {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — {patient}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEdit</name>
    <message>
        <source>must be at most \1 (entered: \2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least \1 (entered: \2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be below \1 (entered: \2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above \1 (entered: \2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“\1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number (entered: \1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the options offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most \1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least \1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\2 is before the date of birth (\1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\2 is after today (\1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\2 is after the assessment date (\1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\2 is before the start (\1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: please fill in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>non-smoker</source>
        <extracomment>For a choice whose options depend on another field (lab units on the test). Only when the record is new (the patient id cannot be renamed in place).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex-smoker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light (&lt;10/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate (10–19/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy (≥20/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;1 unit/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2 units/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–6 units/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7–9 units/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;9 units/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White or not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DXA measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DXA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−8 … +6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height-adjusted Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMD (g/cm²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.1 … 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lumbar spine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hip, femur and forearm sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fractures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertebra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. T12 (vertebral only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genant grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spine imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertebral fracture found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glucocorticoid course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glucocorticoids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per dose; total for a single pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height &amp; weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobility status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRAX entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major osteoporotic (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With BMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental osteoporosis / hip fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>women only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age at menopause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puberty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dysphagia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can sit upright 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls in past 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardiovascular event in past 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childbearing potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcium (mg/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitamin D (IU/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>The ``contacts`` object as one singleton record of three parts (each a whole sub-object).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible clinician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Add…</source>
        <extracomment>Kinds whose &quot;Add&quot; opens a form for several records at once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{escape}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add DXA study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add glucocorticoid course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {record}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {record} of {patient}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this {record} of {patient}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>DXA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spine imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bone labs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageItemsPanel</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Coming up&apos;: due within this many days after the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coming up within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items marked as booked or not applicable (select them to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>priority 1 (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority 1–2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (in {days} d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} ({days} d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned — was {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier / handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist items, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as booked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} handled items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent priority among the open items (1 = most urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked for {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patients} patients checked, {act_now} act now, {due} due, {coming_up} coming up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistAndLetters</name>
    <message>
        <source>Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — not real patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistPlaceholder</name>
    <message>
        <source>The clinic worklist (care gaps and quality indicators) will appear here.
Meanwhile: sort the patient list by Next due or Risk, or run
nmdbone-desktop worklist --db PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Assessment date of the worklist and the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assess changed patients and rebuild the worklist (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letters for the selected patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown and the indicators as CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients with open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing the clinic on {isoformat}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the worklist: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; assessments finished so far are kept. Refresh to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {isoformat}: {computed:,} patients assessed anew, {reused:,} assessments reused from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown:,} of {total:,} patients with open items shown ({patients:,} in the clinic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters for {count} selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters for selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AddressFields</name>
    <message>
        <source>street and number, one line each (up to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. GB, NL, DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Step</name>
    <message>
        <source>mg per dose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
