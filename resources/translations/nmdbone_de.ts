<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Bone health in neuromuscular disease: BMD trajectories, glucocorticoid exposure, fracture risk and what to do next. Runs offline; the data stay in the clinic&apos;s database.</source>
        <translation>Knochengesundheit bei neuromuskulären Erkrankungen: BMD-Verläufe, Glukokortikoid-Exposition, Frakturrisiko und die nächsten Schritte. Läuft offline; die Daten bleiben in der Datenbank der Klinik.</translation>
    </message>
    <message>
        <source>Ruleset version:</source>
        <translation>Regelwerk-Version:</translation>
    </message>
    <message>
        <source>The software supports clinical judgement and does not replace it.</source>
        <translation>Die Software unterstützt die klinische Beurteilung und ersetzt sie nicht.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>FRAX® figures are entered by the clinician from the official calculator; this software only adjusts them as the ruleset describes.</source>
        <translation>FRAX®-Werte gibt die Ärztin oder der Arzt aus dem offiziellen Rechner ein; diese Software passt sie nur so an, wie es das Regelwerk beschreibt.</translation>
    </message>
    <message>
        <source>About NMD Bone Desktop</source>
        <translation>Über NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>AssessmentHeader</name>
    <message>
        <source>none</source>
        <extracomment>The list&apos;s colours (one scale, by category only): &quot;low&quot; is plain text, never a reassuring green.</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>low (&lt;2.5)</source>
        <translation>niedrig (&lt;2,5)</translation>
    </message>
    <message>
        <source>medium (2.5–7.5)</source>
        <translation>mittel (2,5–7,5)</translation>
    </message>
    <message>
        <source>high (≥7.5)</source>
        <translation>hoch (≥7,5)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>{label}: major osteoporotic {major}, hip {hip}</source>
        <translation>{label}: schwere osteoporotische Fraktur {major}, Hüfte {hip}</translation>
    </message>
    <message>
        <source>with femoral neck BMD</source>
        <translation>mit BMD des Schenkelhalses</translation>
    </message>
    <message>
        <source>clinical factors, no BMD</source>
        <translation>klinische Faktoren, ohne BMD</translation>
    </message>
    <message>
        <source>BMD not stated</source>
        <translation>BMD nicht angegeben</translation>
    </message>
    <message>
        <source>entered {date}</source>
        <translation>eingegeben am {date}</translation>
    </message>
    <message>
        <source>adjusted: {adjustments}</source>
        <translation>angepasst: {adjustments}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#555&apos;&gt;(since {date})&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#555&apos;&gt;(seit {date})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Risk category criteria met:</source>
        <translation>Erfüllte Kriterien der Risikokategorie:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>{status} (since {date})</source>
        <translation>{status} (seit {date})</translation>
    </message>
    <message>
        <source>QFracture-2012 © ClinRisk Ltd — disclaimer ▸</source>
        <translation>QFracture-2012 © ClinRisk Ltd — Haftungsausschluss ▸</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · born {birth_date}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · geb. {birth_date}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>{age} years ({population})</source>
        <translation>{age} Jahre ({population})</translation>
    </message>
    <message>
        <source>, onset {date}</source>
        <translation>, Beginn {date}</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>none now</source>
        <translation>derzeit keine</translation>
    </message>
    <message>
        <source>{dose} mg/day prednisolone-eq, {band}</source>
        <translation>{dose} mg/Tag Prednisolon-Äq., {band}</translation>
    </message>
    <message>
        <source>; cumulative {grams}&#xa0;g</source>
        <translation>; kumulativ {grams} g</translation>
    </message>
    <message>
        <source>Steroids</source>
        <translation>Steroide</translation>
    </message>
    <message>
        <source>, lowest {score_type} {score} at {site} ({date})</source>
        <translation>, niedrigster {score_type}-Wert {score} an {site} ({date})</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;Risk&lt;/span&gt;&amp;nbsp; {risk_html}</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;Risiko&lt;/span&gt;&amp;nbsp; {risk_html}</translation>
    </message>
    <message>
        <source>FRAX: none entered</source>
        <translation>FRAX: nicht eingegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;10-year fracture risk&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(for information: the category above comes from its criterion)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</source>
        <translation>&lt;b&gt;10-Jahres-Frakturrisiko&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(zur Information: die Kategorie oben ergibt sich aus ihrem Kriterium)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</translation>
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
        <source>Clinic database backups (*.sqlite *.db *.dump);;All files (*)</source>
        <translation>Sicherungen der Klinikdatenbank (*.sqlite *.db *.dump);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back up the clinic database</source>
        <translation>Klinikdatenbank sichern</translation>
    </message>
    <message>
        <source>Restore the clinic database from a backup</source>
        <translation>Klinikdatenbank aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the clinic database
{location}
with the backup
{backup}
({summary})?

The current database is kept aside beside it (…before-restore-DATE), so this can be undone.</source>
        <translation>Die Klinikdatenbank
{location}
durch die Sicherung
{backup}
({summary})
ersetzen?

Die aktuelle Datenbank wird daneben aufbewahrt (…before-restore-DATUM), der Schritt lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <source>1 letter needs attention before posting:</source>
        <translation>1 Brief muss vor dem Versand geprüft werden:</translation>
    </message>
    <message>
        <source>{count} letters need attention before posting:</source>
        <translation>{count} Briefe müssen vor dem Versand geprüft werden:</translation>
    </message>
    <message>
        <source>Letters for {count} patients</source>
        <translation>Briefe für {count} Patienten</translation>
    </message>
    <message>
        <source>One PDF with every letter</source>
        <extracomment>The window&apos;s session: the batch is made (and audited) as the signed-in user and role.</extracomment>
        <translation>Ein PDF mit allen Briefen</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Ein PDF pro Patient, in einem Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Datei oder Ordner</translation>
    </message>
    <message>
        <source>Write letters</source>
        <extracomment>Per patient, what their letter lacks for posting (filled when the batch ends).</extracomment>
        <translation>Briefe schreiben</translation>
    </message>
    <message>
        <source>Choose where the letters go.</source>
        <translation>Wählen Sie, wohin die Briefe gespeichert werden.</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Briefe werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Briefe schreiben</translation>
    </message>
    <message>
        <source>1 letter written</source>
        <translation>1 Brief geschrieben</translation>
    </message>
    <message>
        <source>{count} letters written</source>
        <translation>{count} Briefe geschrieben</translation>
    </message>
    <message>
        <source> to {place}</source>
        <translation> nach {place}</translation>
    </message>
    <message>
        <source>Cancelled. {text}.</source>
        <translation>Abgebrochen. {text}.</translation>
    </message>
    <message>
        <source> Not written ({count}): {listed}</source>
        <translation> Nicht geschrieben ({count}): {listed}</translation>
    </message>
    <message>
        <source>The batch stopped: {error}</source>
        <translation>Der Stapel wurde angehalten: {error}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>The batch stopped:
{error}</source>
        <translation>Der Stapel wurde angehalten:
{error}</translation>
    </message>
    <message>
        <source>Letters PDF</source>
        <translation>Briefe als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Ordner für die Briefe</translation>
    </message>
</context>
<context>
    <name>BmdChangeTable</name>
    <message>
        <source>Site</source>
        <extracomment>Rows the table shows without scrolling (most patients have two or three sites).</extracomment>
        <translation>Messort</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Seit letzter</translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation>Seit Basis</translation>
    </message>
    <message>
        <source>LSC</source>
        <translation>LSC</translation>
    </message>
    <message>
        <source>BMD {start_bmd} → {end_bmd} g/cm², {start} → {end}: {percent}%</source>
        <translation>BMD {start_bmd} → {end_bmd} g/cm², {start} → {end}: {percent} %</translation>
    </message>
    <message>
        <source> ({percent}% a year)</source>
        <translation> ({percent} % pro Jahr)</translation>
    </message>
    <message>
        <source>significant: at least the least significant change ({lsc}%)</source>
        <translation>signifikant: mindestens die kleinste signifikante Änderung ({lsc} %)</translation>
    </message>
    <message>
        <source>not significant: less than the least significant change ({lsc}%)</source>
        <translation>nicht signifikant: weniger als die kleinste signifikante Änderung ({lsc} %)</translation>
    </message>
    <message>
        <source>BMD change per site</source>
        <translation>BMD-Änderung je Messort</translation>
    </message>
    <message>
        <source>{mark} significant: the BMD change (% of g/cm²) is at least the site&apos;s least significant change (LSC). Baseline: first scan on the latest scan&apos;s manufacturer; scans on another manufacturer are not compared.</source>
        <translation>{mark} signifikant: die BMD-Änderung (% von g/cm²) erreicht mindestens die kleinste signifikante Änderung (LSC) des Messorts. Ausgangswert: erste Messung auf dem Gerät des Herstellers der letzten Messung; Messungen anderer Hersteller werden nicht verglichen.</translation>
    </message>
    <message>
        <source>{scans} since {year}</source>
        <translation>{scans} seit {year}</translation>
    </message>
    <message>
        <source>other scanner</source>
        <translation>anderes Gerät</translation>
    </message>
    <message>
        <source>{scans} scans with a BMD</source>
        <translation>{scans} Messungen mit BMD</translation>
    </message>
    <message>
        <source>{lsc}% clinic</source>
        <translation>{lsc} % Klinik</translation>
    </message>
    <message>
        <source>{lsc}% default</source>
        <translation>{lsc} % Std.</translation>
    </message>
    <message>
        <source>least significant change: the clinic value</source>
        <translation>kleinste signifikante Änderung: Wert der Klinik</translation>
    </message>
    <message>
        <source>least significant change: RULES §7 default</source>
        <translation>kleinste signifikante Änderung: Standard nach RULES §7</translation>
    </message>
    <message>
        <source>No BMD on record: no change to show</source>
        <translation>Keine BMD erfasst: keine Änderung darstellbar</translation>
    </message>
</context>
<context>
    <name>BmdChartWidget</name>
    <message>
        <source>BMD trajectory chart</source>
        <translation>BMD-Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>{label} anzeigen</translation>
    </message>
    <message>
        <source>Z too</source>
        <translation>Z auch</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>BMD g/cm²</translation>
    </message>
    <message>
        <source>Plot BMD (g/cm²) instead of T/Z-scores: every scan with a BMD, also those without a score</source>
        <translation>BMD (g/cm²) statt T-/Z-Werten darstellen: jede Messung mit BMD, auch solche ohne Score</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Ctrl+Shift+S)</source>
        <translation>Diagramm als PNG-Bild speichern (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>{other} too</source>
        <translation>{other} auch</translation>
    </message>
    <message>
        <source>Also plot the {other}-score of every scan (dashed, hollow markers). Scans that have only a {other}-score are always plotted.</source>
        <translation>Zusätzlich den {other}-Score jeder Messung darstellen (gestrichelt, hohle Symbole). Messungen, die nur einen {other}-Score haben, werden immer dargestellt.</translation>
    </message>
    <message>
        <source>No scan of this patient has a {other}-score</source>
        <translation>Keine Messung dieses Patienten hat einen {other}-Score</translation>
    </message>
    <message>
        <source>clinic value</source>
        <translation>Wert der Klinik</translation>
    </message>
    <message>
        <source>Select a patient</source>
        <translation>Patient auswählen</translation>
    </message>
    <message>
        <source>osteopenia</source>
        <translation>Osteopenie</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>Osteoporose</translation>
    </message>
    <message>
        <source>Z −2.0 (low for age)</source>
        <translation>Z −2,0 (niedrig für das Alter)</translation>
    </message>
    <message>
        <source>vertebral fracture</source>
        <translation>Wirbelkörperfraktur</translation>
    </message>
    <message>
        <source>other fracture</source>
        <translation>andere Fraktur</translation>
    </message>
    <message>
        <source>{score_type}-score</source>
        <translation>{score_type}-Score</translation>
    </message>
    <message>
        <source>◯ baseline / &lt;b&gt;◯&lt;/b&gt; latest scan</source>
        <translation>◯ Ausgangs- / &lt;b&gt;◯&lt;/b&gt; letzte Messung</translation>
    </message>
    <message>
        <source>BMD change ≥ LSC</source>
        <translation>BMD-Änderung ≥ LSC</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>Knochenmedikament</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>optional, e.g. DXA at the radiology department</source>
        <translation>optional, z. B. DXA in der Radiologie</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Gebucht für:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Spine</source>
        <extracomment>The site toggles&apos; short names (``charts.styles.SiteStyle.short``).</extracomment>
        <translation>LWS</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>TBLH</source>
        <translation>Ganzkörper</translation>
    </message>
    <message>
        <source>Femur</source>
        <translation>Femur</translation>
    </message>
</context>
<context>
    <name>ClinicLscDialog</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi} %</source>
        <translation>muss zwischen {lo} und {hi} % liegen</translation>
    </message>
    <message>
        <source>Clinic settings — {clinic}</source>
        <translation>Klinikeinstellungen — {clinic}</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Klinikeinstellungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Least significant change (LSC) per DXA site&lt;/b&gt;&lt;br&gt;From your own precision study: LSC = 2.77 × precision error (RMS-SD, %). A change in BMD of at least the LSC is marked significant on the chart and used by the assessment. Leave a field empty to use the default (RULES §7). Stored in the clinic database: every workstation uses it.</source>
        <translation>&lt;b&gt;Kleinste signifikante Änderung (LSC) je DXA-Messort&lt;/b&gt;&lt;br&gt;Aus Ihrer eigenen Präzisionsstudie: LSC = 2,77 × Präzisionsfehler (RMS-SD, %). Eine BMD-Änderung von mindestens der LSC wird im Diagramm als signifikant markiert und von der Beurteilung verwendet. Lassen Sie ein Feld leer, um den Standardwert zu verwenden (RULES §7). In der Klinikdatenbank gespeichert: jeder Arbeitsplatz verwendet ihn.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Messort</translation>
    </message>
    <message>
        <source>Clinic LSC (%)</source>
        <translation>LSC der Klinik (%)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>{site} LSC, %</source>
        <translation>{site} LSC, %</translation>
    </message>
    <message>
        <source>{lsc} (default)</source>
        <translation>{lsc} (Standard)</translation>
    </message>
    <message>
        <source>Use defaults</source>
        <translation>Standardwerte verwenden</translation>
    </message>
    <message>
        <source>Empty every field: the RULES §7 defaults apply</source>
        <translation>Alle Felder leeren: es gelten die Standardwerte nach RULES §7</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>DIN 5008 window (form B)</source>
        <extracomment>The letters&apos; envelope windows (``letters.settings.ADDRESS_WINDOWS``), named for the translators.</extracomment>
        <translation>DIN-5008-Fenster (Form B)</translation>
    </message>
    <message>
        <source>UK C5/DL window envelope</source>
        <translation>UK-C5/DL-Fensterumschlag</translation>
    </message>
    <message>
        <source>Clinic letterhead and signatory</source>
        <translation>Briefkopf der Klinik und Unterzeichnende</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>No window: address in the letter&apos;s flow</source>
        <translation>Kein Fenster: Adresse im Textfluss des Briefs</translation>
    </message>
    <message>
        <source>empty: the letter template&apos;s wording</source>
        <translation>leer: Wortlaut der Briefvorlage</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Klinik</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Address (one line each)</source>
        <translation>Adresse (eine Zeile je Eintrag)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo-Bild</translation>
    </message>
    <message>
        <source>Signing clinician*</source>
        <translation>Unterzeichnende Ärztin / unterzeichnender Arzt*</translation>
    </message>
    <message>
        <source>Clinician&apos;s title</source>
        <translation>Titel der Ärztin / des Arztes</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Umschlagfenster</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <source>Referrals (adults) go to</source>
        <translation>Überweisungen (Erwachsene) gehen an</translation>
    </message>
    <message>
        <source>Referrals (children) go to</source>
        <translation>Überweisungen (Kinder) gehen an</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>* Letters are signed by the patient&apos;s responsible clinician (Patient → Contacts), else by the user who makes them; the signing clinician here is the last resort.</source>
        <translation>* Briefe unterschreibt die für den Patienten verantwortliche Ärztin oder der verantwortliche Arzt (Patient → Kontakte), sonst die Person, die sie erstellt; die hier angegebene Person ist die letzte Wahl.</translation>
    </message>
    <message>
        <source>Logo image not found: {logo_path}</source>
        <translation>Logo-Bild nicht gefunden: {logo_path}</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The letterhead could not be saved:
{error}</source>
        <translation>Der Briefkopf konnte nicht gespeichert werden:
{error}</translation>
    </message>
    <message>
        <source>The preview could not be made: {error}</source>
        <translation>Die Vorschau konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts — {given} {family} ({id}, born {birth_date})</source>
        <translation>Kontakte — {given} {family} ({id}, geb. {birth_date})</translation>
    </message>
    <message>
        <source>Patient&apos;s postal address (advice sheets)</source>
        <translation>Postanschrift des Patienten (Merkblätter)</translation>
    </message>
    <message>
        <source>General practitioner (GP letters)</source>
        <translation>Hausärztin / Hausarzt (Hausarztbriefe)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Responsible clinician (signs the letters)</source>
        <translation>Verantwortliche Ärztin / verantwortlicher Arzt (unterschreibt die Briefe)</translation>
    </message>
    <message>
        <source>e.g. Consultant Neurologist</source>
        <translation>z. B. Oberärztin Neurologie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Type YYYY-MM-DD or pick from the calendar (Alt+Down)</source>
        <translation>JJJJ-MM-TT eingeben oder im Kalender wählen (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DxaImportDialog</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Messort</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>BMD g/cm²</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>DXA results (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;All files (*)</source>
        <translation>DXA-Ergebnisse (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Import DXA results</source>
        <translation>DXA-Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save an empty CSV table with the columns the import reads</source>
        <translation>Eine leere CSV-Tabelle mit den Spalten speichern, die der Import liest</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient ({current_patient})</source>
        <translation>Alle Messungen dem ausgewählten Patienten zuordnen ({current_patient})</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient</source>
        <translation>Alle Messungen dem ausgewählten Patienten zuordnen</translation>
    </message>
    <message>
        <source>For files that do not carry the clinic&apos;s patient id (e.g. FHIR from elsewhere)</source>
        <translation>Für Dateien ohne die Patienten-ID der Klinik (z. B. FHIR von außerhalb)</translation>
    </message>
    <message>
        <source>No files chosen.</source>
        <translation>Keine Dateien ausgewählt.</translation>
    </message>
    <message>
        <source>I have checked the patients matched by name and birth date only</source>
        <translation>Ich habe die nur über Name und Geburtsdatum zugeordneten Patienten geprüft</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>DXA results to import</source>
        <translation>Zu importierende DXA-Ergebnisse</translation>
    </message>
    <message>
        <source>Save the DXA import template</source>
        <translation>DXA-Importvorlage speichern</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Files: {names}</source>
        <translation>Dateien: {names}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the files: {error}</source>
        <translation>Die Dateien können nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Reading DXA results</source>
        <translation>DXA-Ergebnisse werden gelesen</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>matched by name and birth date</source>
        <translation>über Name und Geburtsdatum zugeordnet</translation>
    </message>
    <message>
        <source>{add} to add for {patients} patient(s), {duplicate} duplicate(s) skipped, {refused} refused</source>
        <translation>{add} hinzuzufügen für {patients} Patient(en), {duplicate} Duplikat(e) übersprungen, {refused} abgelehnt</translation>
    </message>
    <message>
        <source> — fix the refused rows; nothing is imported</source>
        <translation> — abgelehnte Zeilen korrigieren; es wird nichts importiert</translation>
    </message>
</context>
<context>
    <name>DxaStudyDialog</name>
    <message>
        <source>BMD (g/cm²)</source>
        <extracomment>The columns of a site row: (document field, heading, placeholder).</extracomment>
        <translation>BMD (g/cm²)</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>T-Score</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-Score</translation>
    </message>
    <message>
        <source>Height-adj. Z</source>
        <translation>Größenadj. Z</translation>
    </message>
    <message>
        <source>children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>TBS</source>
        <translation>TBS</translation>
    </message>
    <message>
        <source>spine only</source>
        <translation>nur LWS</translation>
    </message>
    <message>
        <source>Add DXA study — {patient}</source>
        <translation>DXA-Untersuchung hinzufügen — {patient}</translation>
    </message>
    <message>
        <source>Add DXA study</source>
        <translation>DXA-Untersuchung hinzufügen</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Untersuchungsdatum</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <source>Scanner manufacturer</source>
        <translation>Gerätehersteller</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site&lt;/b&gt;</source>
        <translation>&lt;b&gt;Messort&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seite&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{site} side</source>
        <translation>{site} Seite</translation>
    </message>
    <message>
        <source>Fill in the sites measured; empty rows are not saved. Decimal comma or point.</source>
        <translation>Füllen Sie die gemessenen Orte aus; leere Zeilen werden nicht gespeichert. Dezimalkomma oder -punkt.</translation>
    </message>
    <message>
        <source>Enter at least one site&apos;s BMD, T- or Z-score.</source>
        <translation>Geben Sie für mindestens einen Messort BMD, T- oder Z-Score ein.</translation>
    </message>
    <message>
        <source>Side: {message}</source>
        <translation>Seite: {message}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>{title}: cancelled</source>
        <translation>{title}: abgebrochen</translation>
    </message>
    <message>
        <source>Please wait: another long operation is still running.</source>
        <translation>Bitte warten: ein anderer langer Vorgang läuft noch.</translation>
    </message>
    <message>
        <source>Import patient documents</source>
        <translation>Patientendokumente importieren</translation>
    </message>
    <message>
        <source>Patient documents (*.json)</source>
        <translation>Patientendokumente (*.json)</translation>
    </message>
    <message>
        <source>Import every patient document of a folder</source>
        <translation>Alle Patientendokumente eines Ordners importieren</translation>
    </message>
    <message>
        <source>Imported {total} patients ({new} new, {updated} updated, {unchanged} unchanged) into {path}</source>
        <translation>{total} Patienten importiert ({new} neu, {updated} aktualisiert, {unchanged} unverändert) in {path}</translation>
    </message>
    <message>
        <source>Import refused — nothing was imported</source>
        <translation>Import abgelehnt — es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export patient documents to folder</source>
        <translation>Patientendokumente in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported {n} patient(s) to {folder}</source>
        <translation>{n} Patient(en) nach {folder} exportiert</translation>
    </message>
    <message>
        <source>Imported {added} DXA measurement(s) for {n_patients} patient(s); {duplicates} duplicate(s) skipped</source>
        <translation>{added} DXA-Messung(en) für {n_patients} Patient(en) importiert; {duplicates} Duplikat(e) übersprungen</translation>
    </message>
    <message>
        <source>Importing DXA results</source>
        <translation>DXA-Ergebnisse werden importiert</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup written and verified:
{result}</source>
        <translation>Sicherung geschrieben und geprüft:
{result}</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Not a usable backup</source>
        <translation>Keine verwendbare Sicherung</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored from {path}: {result}</source>
        <translation>Wiederhergestellt aus {path}: {result}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Opened {location}: choose a patient.</source>
        <translation>{location} geöffnet: wählen Sie einen Patienten.</translation>
    </message>
    <message>
        <source>Database restored: choose a patient.</source>
        <translation>Datenbank wiederhergestellt: wählen Sie einen Patienten.</translation>
    </message>
    <message>
        <source>Assessed {computed} patient(s), {reused} up to date</source>
        <translation>{computed} Patient(en) beurteilt, {reused} aktuell</translation>
    </message>
    <message>
        <source>Assessing patients</source>
        <translation>Patienten werden beurteilt</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>checking {name}</source>
        <translation>{name} wird geprüft</translation>
    </message>
    <message>
        <source>writing to the database</source>
        <translation>in die Datenbank schreiben</translation>
    </message>
    <message>
        <source>assessing the imported patients</source>
        <translation>die importierten Patienten beurteilen</translation>
    </message>
    <message>
        <source>copying to {name}</source>
        <translation>Kopie nach {name}</translation>
    </message>
    <message>
        <source>restoring {name}</source>
        <translation>{name} wird wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>GcCourseDialog</name>
    <message>
        <source>Step {step} dose, mg</source>
        <translation>Schritt {step} Dosis, mg</translation>
    </message>
    <message>
        <source>Step {step} from</source>
        <translation>Schritt {step} ab</translation>
    </message>
    <message>
        <source>Add glucocorticoid course — {patient}</source>
        <translation>Glukokortikoid-Therapie hinzufügen — {patient}</translation>
    </message>
    <message>
        <source>Add glucocorticoid course</source>
        <translation>Glukokortikoid-Therapie hinzufügen</translation>
    </message>
    <message>
        <source>Drug *</source>
        <translation>Wirkstoff *</translation>
    </message>
    <message>
        <source>Frequency *</source>
        <translation>Häufigkeit *</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Applikation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dose steps&lt;/b&gt; (a taper: one row per dose; each runs until the next starts)</source>
        <translation>&lt;b&gt;Dosisstufen&lt;/b&gt; (Ausschleichen: eine Zeile je Dosis; jede gilt bis zum Beginn der nächsten)</translation>
    </message>
    <message>
        <source>Dose (mg) *</source>
        <translation>Dosis (mg) *</translation>
    </message>
    <message>
        <source>From *</source>
        <translation>Ab *</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>Letzte Stufe entfernen</translation>
    </message>
    <message>
        <source>Course end (last dose)</source>
        <translation>Therapieende (letzte Dosis)</translation>
    </message>
    <message>
        <source>End of course</source>
        <translation>Therapieende</translation>
    </message>
    <message>
        <source>Empty: still taken.</source>
        <translation>Leer: wird noch eingenommen.</translation>
    </message>
    <message>
        <source>still taken</source>
        <translation>wird noch eingenommen</translation>
    </message>
    <message>
        <source>must start after step {step} ({start})</source>
        <translation>muss nach Stufe {step} beginnen ({start})</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>HandleDialogs</name>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Mark as booked</source>
        <translation>Als gebucht markieren</translation>
    </message>
    <message>
        <source>Booked for the date below: the item leaves the worklist until that date has passed, then returns as overdue if it is still open.</source>
        <translation>Gebucht für das Datum unten: der Eintrag verlässt die Arbeitsliste bis zu diesem Datum und kehrt danach als überfällig zurück, wenn er noch offen ist.</translation>
    </message>
    <message>
        <source>Mark as not applicable</source>
        <translation>Als nicht zutreffend markieren</translation>
    </message>
    <message>
        <source>Not applicable, for the reason below: the item leaves the worklist until the reason for it changes (e.g. a new fracture or a new scan).</source>
        <translation>Nicht zutreffend, aus dem Grund unten: der Eintrag verlässt die Arbeitsliste, bis sich sein Anlass ändert (z. B. eine neue Fraktur oder eine neue Messung).</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>restored backup</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>gesichert</translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation>Brief gedruckt</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>marked booked</source>
        <translation>als gebucht markiert</translation>
    </message>
    <message>
        <source>marked not applicable</source>
        <translation>als nicht zutreffend markiert</translation>
    </message>
    <message>
        <source>mark undone</source>
        <translation>Markierung zurückgenommen</translation>
    </message>
    <message>
        <source>History not refreshed: {error}</source>
        <extracomment>Clinic-wide events shown in every patient&apos;s history too (a restore replaces every record).</extracomment>
        <translation>Verlauf nicht aktualisiert: {error}</translation>
    </message>
    <message>
        <source>patient {patient_id}</source>
        <translation>Patient {patient_id}</translation>
    </message>
    <message>
        <source>the whole clinic</source>
        <translation>die ganze Klinik</translation>
    </message>
    <message>
        <source>History of {who}: {n_entries} entries, newest first</source>
        <translation>Verlauf von {who}: {n_entries} Einträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Details:</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{file}: separator {separator} detected</source>
        <translation>{file}: Trennzeichen {separator} erkannt</translation>
    </message>
    <message>
        <source>{file}: columns not read: {columns}</source>
        <translation>{file}: nicht gelesene Spalten: {columns}</translation>
    </message>
    <message>
        <source>{file}: {where}: site {site} is not a contract site; left out</source>
        <translation>{file}: {where}: Messort {site} ist kein Messort des Vertrags; ausgelassen</translation>
    </message>
    <message>
        <source>{file}: a DXA report with no contract site in it</source>
        <translation>{file}: ein DXA-Befund ohne Messort des Vertrags</translation>
    </message>
    <message>
        <source>{file}: {where}: not a contract site; left out</source>
        <translation>{file}: {where}: kein Messort des Vertrags; ausgelassen</translation>
    </message>
    <message>
        <source>{file}: {report}: its Observations are read from the files given</source>
        <translation>{file}: {report}: seine Observations werden aus den angegebenen Dateien gelesen</translation>
    </message>
    <message>
        <source>{file}: no DXA Observation in it</source>
        <translation>{file}: keine DXA-Observation enthalten</translation>
    </message>
    <message>
        <source>{file}: {where}: not a DXA value ({value}); left out</source>
        <translation>{file}: {where}: kein DXA-Wert ({value}); ausgelassen</translation>
    </message>
    <message>
        <source>{file}: {where}: status {status}; left out</source>
        <translation>{file}: {where}: Status {status}; ausgelassen</translation>
    </message>
    <message>
        <source>is not a readable DICOM file: {error}</source>
        <translation>ist keine lesbare DICOM-Datei: {error}</translation>
    </message>
    <message>
        <source>is not a DICOM Structured Report (SOP class {sop})</source>
        <translation>ist kein DICOM Structured Report (SOP-Klasse {sop})</translation>
    </message>
    <message>
        <source>this Structured Report is not a DXA report (its title is {title})</source>
        <translation>dieser Structured Report ist kein DXA-Befund (sein Titel ist {title})</translation>
    </message>
    <message>
        <source>is missing or not a date (got {value})</source>
        <translation>fehlt oder ist kein Datum (gelesen: {value})</translation>
    </message>
    <message>
        <source>is missing, and the name and birth date are not both given</source>
        <translation>fehlt, und Name und Geburtsdatum sind nicht beide angegeben</translation>
    </message>
    <message>
        <source>unit {unit} is not g/cm2</source>
        <translation>Einheit {unit} ist nicht g/cm2</translation>
    </message>
    <message>
        <source>a DualFemur region must say which femur it is (left or right)</source>
        <translation>eine DualFemur-Region muss angeben, welcher Femur es ist (links oder rechts)</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>ist kein gültiges JSON: {error}</translation>
    </message>
    <message>
        <source>is missing: not a FHIR resource</source>
        <translation>fehlt: keine FHIR-Ressource</translation>
    </message>
    <message>
        <source>{kind} holds no DXA Observations (expected a Bundle or Observation)</source>
        <translation>{kind} enthält keine DXA-Observations (erwartet: ein Bundle oder eine Observation)</translation>
    </message>
    <message>
        <source>says {side} but the site name says {named} ({site})</source>
        <translation>sagt {side}, aber der Name des Messorts sagt {named} ({site})</translation>
    </message>
    <message>
        <source>says {said} but the code says {code}</source>
        <translation>sagt {said}, aber der Code sagt {code}</translation>
    </message>
    <message>
        <source>is missing or not a date</source>
        <translation>fehlt oder ist kein Datum</translation>
    </message>
    <message>
        <source>is missing or not a number</source>
        <translation>fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>is missing: whose measurement is it?</source>
        <translation>fehlt: Wessen Messung ist das?</translation>
    </message>
    <message>
        <source>two different values for one scan ({first} and {second})</source>
        <translation>zwei verschiedene Werte für eine Messung ({first} und {second})</translation>
    </message>
    <message>
        <source>differs from {other} ({first} and {second})</source>
        <translation>weicht ab von {other} ({first} und {second})</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet: {error}</source>
        <translation>kann nicht als Tabellenkalkulation gelesen werden: {error}</translation>
    </message>
    <message>
        <source>cannot be read as a CSV table: {error}</source>
        <translation>kann nicht als CSV-Tabelle gelesen werden: {error}</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>is not a DXA table (CSV, XLSX), a DICOM SR or FHIR JSON</source>
        <translation>ist keine DXA-Tabelle (CSV, XLSX), kein DICOM SR und kein FHIR-JSON</translation>
    </message>
    <message>
        <source>needs at least one of bmd_g_cm2, t_score, z_score</source>
        <translation>braucht mindestens einen der Werte bmd_g_cm2, t_score, z_score</translation>
    </message>
    <message>
        <source>is measured at lumbar_spine only (site is {site})</source>
        <translation>wird nur an lumbar_spine gemessen (Messort ist {site})</translation>
    </message>
    <message>
        <source>applies to hip, femur and forearm sites (site is {site})</source>
        <translation>gilt nur für Hüft-, Femur- und Unterarm-Messorte (Messort ist {site})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>column given twice ({name})</source>
        <translation>Spalte doppelt angegeben ({name})</translation>
    </message>
    <message>
        <source>column is missing from the header (expected {columns})</source>
        <translation>Spalte fehlt in der Kopfzeile (erwartet: {columns})</translation>
    </message>
    <message>
        <source>no value column (bmd_g_cm2, t_score, z_score) in the header</source>
        <translation>keine Wertespalte (bmd_g_cm2, t_score, z_score) in der Kopfzeile</translation>
    </message>
    <message>
        <source>must be left or right (got {value})</source>
        <translation>muss links oder rechts sein (gelesen: {value})</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is not a number (got {value})</source>
        <translation>ist keine Zahl (gelesen: {value})</translation>
    </message>
    <message>
        <source>is ambiguous (day/month or month/day?) (got {value}); write YYYY-MM-DD</source>
        <translation>ist mehrdeutig (Tag/Monat oder Monat/Tag?) (gelesen: {value}); JJJJ-MM-TT schreiben</translation>
    </message>
    <message>
        <source>is not a real calendar date (got {value})</source>
        <translation>ist kein gültiges Kalenderdatum (gelesen: {value})</translation>
    </message>
    <message>
        <source>is not a date (got {value}); write YYYY-MM-DD</source>
        <translation>ist kein Datum (gelesen: {value}); JJJJ-MM-TT schreiben</translation>
    </message>
    <message>
        <source>no patient with id {id} in the clinic</source>
        <translation>kein Patient mit der ID {id} in der Klinik</translation>
    </message>
    <message>
        <source>patient: {count} patients have this name and birth date</source>
        <translation>patient: {count} Patienten haben diesen Namen und dieses Geburtsdatum</translation>
    </message>
    <message>
        <source>patient: no patient {who} in the clinic</source>
        <translation>patient: kein Patient {who} in der Klinik</translation>
    </message>
    <message>
        <source>date: is in the future of {as_of} ({date})</source>
        <translation>date: liegt nach dem Stichtag {as_of} ({date})</translation>
    </message>
    <message>
        <source>date: is before the patient&apos;s birth_date {birth} ({date})</source>
        <translation>date: liegt vor dem Geburtsdatum des Patienten {birth} ({date})</translation>
    </message>
    <message>
        <source>already on record</source>
        <translation>bereits erfasst</translation>
    </message>
    <message>
        <source>same as {other}</source>
        <translation>gleich wie {other}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
</context>
<context>
    <name>IndicatorDashboard</name>
    <message>
        <source>not recordable — {count} concerned</source>
        <translation>nicht erfassbar — {count} betroffen</translation>
    </message>
    <message>
        <source>no patients (0/0)</source>
        <translation>keine Patienten (0/0)</translation>
    </message>
    <message>
        <source>Click a bar to list the patients behind it.</source>
        <translation>Klicken Sie auf einen Balken, um die Patienten dahinter aufzulisten.</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <source>Save the patients behind this indicator as CSV</source>
        <translation>Die Patienten hinter diesem Indikator als CSV speichern</translation>
    </message>
    <message>
        <source>% of the denominator</source>
        <translation>% des Nenners</translation>
    </message>
    <message>
        <source>Quality indicators on {date}</source>
        <translation>Qualitätsindikatoren am {date}</translation>
    </message>
    <message>
        <source>Numerator: {numerator}.
Denominator: {denominator}.
Window: {window}. Basis: {basis}.
{note}</source>
        <translation>Zähler: {numerator}.
Nenner: {denominator}.
Zeitraum: {window}. Grundlage: {basis}.
{note}</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>Patienten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Referral to a bone specialist</source>
        <translation>Überweisung an eine Knochenspezialistin / einen Knochenspezialisten</translation>
    </message>
    <message>
        <source>Letter to the GP</source>
        <translation>Brief an die Hausärztin / den Hausarzt</translation>
    </message>
    <message>
        <source>Advice sheet for the patient</source>
        <translation>Merkblatt für den Patienten</translation>
    </message>
    <message>
        <source>Trajectory chart</source>
        <extracomment>Sections with no printed heading still need a name in the list.</extracomment>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Letter — {given} {family} ({id})</source>
        <extracomment>Who makes the letter (signs it when the record names no responsible clinician). The PDF on screen and what it was made from: outputs write exactly these bytes.</extracomment>
        <translation>Brief — {given} {family} ({id})</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Question for the specialist</source>
        <translation>Frage an die Spezialistin / den Spezialisten</translation>
    </message>
    <message>
        <source>Your own paragraph</source>
        <translation>Eigener Absatz</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Pages as they will print</source>
        <translation>Seiten wie gedruckt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Im PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>No chart: no BMD values on record (or the chart module is missing).</source>
        <translation>Kein Diagramm: keine BMD-Werte erfasst (oder das Diagrammmodul fehlt).</translation>
    </message>
    <message>
        <source>The record has entries after {date}: {problem}</source>
        <translation>Die Akte enthält Einträge nach dem {date}: {problem}</translation>
    </message>
    <message>
        <source>The letter cannot be made: {error}</source>
        <translation>Der Brief kann nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>Empty: {automatic}</source>
        <translation>Leer: {automatic}</translation>
    </message>
    <message>
        <source>The letter cannot be rendered: {error}</source>
        <translation>Der Brief kann nicht dargestellt werden: {error}</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Brief nicht geschrieben</translation>
    </message>
    <message>
        <source>The letter was not written:
{error}</source>
        <translation>Der Brief wurde nicht geschrieben:
{error}</translation>
    </message>
    <message>
        <source>Preview opened: {path}</source>
        <translation>Vorschau geöffnet: {path}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>{error}

The PDF opens in the viewer now.</source>
        <translation>{error}

Das PDF wird jetzt im Betrachter geöffnet.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Gesendet an {printer}.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>den Standarddrucker</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The PDF opens in the viewer, where you can print it.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Das PDF wird im Betrachter geöffnet, dort können Sie es drucken.</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Drucker:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — NMD Bone Desktop</source>
        <translation>Anmelden — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>This clinic database requires you to sign in:
{location}</source>
        <translation>Für diese Klinikdatenbank ist eine Anmeldung erforderlich:
{location}</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Falscher Benutzername oder falsches Passwort, oder das Konto ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>physician</source>
        <extracomment>The roles of the clinic&apos;s users (services.protection), as the status bar names them.</extracomment>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>Pflege</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>NMD Bone Desktop — {name}{demo_suffix}</source>
        <translation>NMD Bone Desktop — {name}{demo_suffix}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <source>Ruleset …</source>
        <translation>Regelwerk …</translation>
    </message>
    <message>
        <source>Saved {patient_id} (revision {revision})</source>
        <translation>{patient_id} gespeichert (Revision {revision})</translation>
    </message>
    <message>
        <source>The database was changed elsewhere: list refreshed.</source>
        <translation>Die Datenbank wurde anderswo geändert: Liste aktualisiert.</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>read-only: not signed in</source>
        <translation>nur lesen: nicht angemeldet</translation>
    </message>
    <message>
        <source>{patient_count} patients</source>
        <translation>{patient_count} Patienten</translation>
    </message>
    <message>
        <source>Ruleset {version}</source>
        <translation>Regelwerk {version}</translation>
    </message>
    <message>
        <source>Warning: {path} is on a network file system ({kind}); SQLite&apos;s write-ahead log is not safe there and two computers using it can corrupt the database. Keep the database on a local disk.</source>
        <translation>Warnung: {path} liegt auf einem Netzwerk-Dateisystem ({kind}); das Write-Ahead-Log von SQLite ist dort nicht sicher, und zwei Computer, die die Datenbank nutzen, können sie beschädigen. Bewahren Sie die Datenbank auf einer lokalen Festplatte auf.</translation>
    </message>
    <message>
        <source>The new language applies from the next start; nothing was lost.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start; es ging nichts verloren.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Einen Patienten anlegen</translation>
    </message>
    <message>
        <source>Open clinic &amp;server…</source>
        <translation>Klinik&amp;server öffnen…</translation>
    </message>
    <message>
        <source>Work on the clinic database of the clinic&apos;s PostgreSQL server (several workstations)</source>
        <translation>Mit der Datenbank auf dem PostgreSQL-Server der Klinik arbeiten (mehrere Arbeitsplätze)</translation>
    </message>
    <message>
        <source>&amp;Import patient files…</source>
        <translation>Patientendateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import patient documents (JSON); all or nothing</source>
        <translation>Patientendokumente (JSON) importieren; alle oder keines</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every *.json file of a folder</source>
        <translation>Alle *.json-Dateien eines Ordners importieren</translation>
    </message>
    <message>
        <source>Import &amp;DXA results…</source>
        <translation>&amp;DXA-Ergebnisse importieren…</translation>
    </message>
    <message>
        <source>DXA results from scanner tables (CSV, XLSX), DICOM SR or FHIR: preview, then import</source>
        <translation>DXA-Ergebnisse aus Gerätetabellen (CSV, XLSX), DICOM SR oder FHIR: Vorschau, dann Import</translation>
    </message>
    <message>
        <source>&amp;Export this patient…</source>
        <translation>Diesen Patienten &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the selected patient&apos;s document</source>
        <translation>Das Dokument des ausgewählten Patienten schreiben</translation>
    </message>
    <message>
        <source>Export &amp;all patients…</source>
        <translation>&amp;Alle Patienten exportieren…</translation>
    </message>
    <message>
        <source>Write every patient&apos;s document, one file each</source>
        <translation>Das Dokument jedes Patienten schreiben, je eine Datei</translation>
    </message>
    <message>
        <source>Clinic &amp;letterhead…</source>
        <translation>&amp;Briefkopf der Klinik…</translation>
    </message>
    <message>
        <source>Clinic name, address and signatory printed on letters</source>
        <translation>Name, Adresse und Unterzeichnende der Klinik auf den Briefen</translation>
    </message>
    <message>
        <source>Clinic &amp;settings (LSC)…</source>
        <translation>Klinik&amp;einstellungen (LSC)…</translation>
    </message>
    <message>
        <source>The clinic&apos;s least significant change per DXA site, for every workstation</source>
        <translation>Die kleinste signifikante Änderung der Klinik je DXA-Messort, für jeden Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings of the window: its language</source>
        <translation>Einstellungen des Fensters an diesem Arbeitsplatz: seine Sprache</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>A verified copy of the live database</source>
        <translation>Eine geprüfte Kopie der laufenden Datenbank</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup (the current one is kept aside)</source>
        <translation>Die Datenbank durch eine geprüfte Sicherung ersetzen (die aktuelle wird daneben aufbewahrt)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>Edit patient &amp;details…</source>
        <translation>Patienten&amp;daten bearbeiten…</translation>
    </message>
    <message>
        <source>Edit &amp;contacts (address, GP, clinician)…</source>
        <translation>&amp;Kontakte bearbeiten (Adresse, Hausarzt, Ärztin/Arzt)…</translation>
    </message>
    <message>
        <source>Where this patient&apos;s letters go and who signs them</source>
        <translation>Wohin die Briefe dieses Patienten gehen und wer sie unterschreibt</translation>
    </message>
    <message>
        <source>Add &amp;DXA study…</source>
        <translation>&amp;DXA-Untersuchung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a DXA study: date, scanner and every site in one form</source>
        <translation>Eine DXA-Untersuchung hinzufügen: Datum, Gerät und alle Messorte in einem Formular</translation>
    </message>
    <message>
        <source>Add &amp;fracture…</source>
        <translation>&amp;Fraktur hinzufügen…</translation>
    </message>
    <message>
        <source>Add a fracture</source>
        <translation>Eine Fraktur hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;spine imaging…</source>
        <translation>Wirbelsäulen-&amp;Bildgebung hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;glucocorticoid course…</source>
        <translation>&amp;Glukokortikoid-Therapie hinzufügen…</translation>
    </message>
    <message>
        <source>A course with its dose steps (a taper) in one form</source>
        <translation>Eine Therapie mit ihren Dosisstufen (Ausschleichen) in einem Formular</translation>
    </message>
    <message>
        <source>Add bone &amp;medication…</source>
        <translation>Knochen&amp;medikament hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;lab result…</source>
        <translation>&amp;Laborwert hinzufügen…</translation>
    </message>
    <message>
        <source>Add height/&amp;weight…</source>
        <translation>Größe/&amp;Gewicht hinzufügen…</translation>
    </message>
    <message>
        <source>Add m&amp;obility status…</source>
        <translation>M&amp;obilität hinzufügen…</translation>
    </message>
    <message>
        <source>Add FRA&amp;X entry…</source>
        <translation>FRA&amp;X-Eintrag hinzufügen…</translation>
    </message>
    <message>
        <source>Edit &amp;risk factors…</source>
        <translation>&amp;Risikofaktoren bearbeiten…</translation>
    </message>
    <message>
        <source>Write le&amp;tter…</source>
        <translation>Brief &amp;schreiben…</translation>
    </message>
    <message>
        <source>Referral, GP or patient letter for this patient: edit, preview, print</source>
        <translation>Überweisung, Hausarztbrief oder Patientenbrief für diesen Patienten: bearbeiten, Vorschau, drucken</translation>
    </message>
    <message>
        <source>Delete patient…</source>
        <translation>Patient löschen…</translation>
    </message>
    <message>
        <source>Refresh assessments of all patients</source>
        <translation>Beurteilungen aller Patienten aktualisieren</translation>
    </message>
    <message>
        <source>Re-assess patients whose list risk / next due is missing or old</source>
        <translation>Patienten neu beurteilen, deren Risiko / nächste Fälligkeit in der Liste fehlt oder veraltet ist</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>Search by name, ID or diagnosis</source>
        <translation>Nach Name, ID oder Diagnose suchen</translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation>Nächster Patient</translation>
    </message>
    <message>
        <source>Previous patient</source>
        <translation>Vorheriger Patient</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>A&amp;kte</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Arbeitsliste</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>Diagramm als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About NMD Bone Desktop</source>
        <translation>&amp;Über NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>required, e.g. declined after discussion; palliative care</source>
        <translation>erforderlich, z. B. nach Gespräch abgelehnt; Palliativversorgung</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>PatientCaption</name>
    <message>
        <source>{name} · {patient_id} · born {birth_date}</source>
        <translation>{name} · {patient_id} · geb. {birth_date}</translation>
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
        <translation>Klinikeinstellungen</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Delete {name} ({patient_id}) and all their records?
The audit trail keeps a copy of the deleted record.</source>
        <translation>{name} ({patient_id}) mit allen Einträgen löschen?
Das Änderungsprotokoll behält eine Kopie des gelöschten Datensatzes.</translation>
    </message>
</context>
<context>
    <name>PatientController</name>
    <message>
        <source>No patient selected</source>
        <extracomment>The clinic&apos;s own least significant change per site, % (read with each assessment).</extracomment>
        <translation>Kein Patient ausgewählt</translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation>Kein Patient ausgewählt.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>a patient with this ID already exists</source>
        <translation>ein Patient mit dieser ID existiert bereits</translation>
    </message>
    <message>
        <source>Patient {pid} deleted.</source>
        <translation>Patient {pid} gelöscht.</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search name, ID or diagnosis  (Ctrl+F)</source>
        <extracomment>Shown left to right: name, risk and next due must stay visible on a 1366-px clinic laptop, so the diagnosis (the widest, and in the name&apos;s tooltip) goes last.</extracomment>
        <translation>Name, ID oder Diagnose suchen  (Ctrl+F)</translation>
    </message>
    <message>
        <source>{total} patients</source>
        <translation>{total} Patienten</translation>
    </message>
    <message>
        <source>{matching} of {total} patients match</source>
        <translation>{matching} von {total} Patienten gefunden</translation>
    </message>
    <message>
        <source>{fetched}+ of {total} patients match</source>
        <translation>{fetched}+ von {total} Patienten gefunden</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>⚠ overdue: a due date has passed</source>
        <extracomment>The roles a repaint asks that this model answers, and their slot in a row&apos;s cells. Flags as icon glyphs (the column stays narrow at 1366 px); the tooltip says them in words.</extracomment>
        <translation>⚠ überfällig: ein Fälligkeitsdatum ist verstrichen</translation>
    </message>
    <message>
        <source>● urgent: a priority-1 action is open</source>
        <translation>● dringend: eine Maßnahme mit Priorität 1 ist offen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{label} ({name})</source>
        <extracomment>A keystroke that drops rows from a partial result keeps the rows left (they are the new result&apos;s first rows; ``fetchMore`` goes on from there) when they fill a tall screen&apos;s list, instead of querying again; fewer are queried again, since the view would at once fetch more. The exact count of a long result (a scan of every search key, ≈ 5 ms at 20,000 patients) is taken once typing pauses this long, not after every keystroke; meanwhile the list says &quot;200+&quot; (``countPending``), which is true, instead of the previous search&apos;s count.</extracomment>
        <translation>{label} ({name})</translation>
    </message>
    <message>
        <source>Not assessed since the last change (Patient ▸ Refresh assessments)</source>
        <translation>Seit der letzten Änderung nicht beurteilt (Patient ▸ Beurteilungen aktualisieren)</translation>
    </message>
    <message>
        <source>{name} ({sex}, born {birth_date})</source>
        <translation>{name} ({sex}, geb. {birth_date})</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀ Previous page</source>
        <extracomment>Rendering scale: PDF points to pixels (1.0 = 72 dpi). 1.5 is sharp on a laptop screen.</extracomment>
        <translation>◀ Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Nächste Seite ▶</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>The page preview needs pypdfium2 (not installed); see the Text tab.</source>
        <translation>Die Seitenvorschau benötigt pypdfium2 (nicht installiert); siehe Registerkarte Text.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>Die Vorschau konnte nicht gezeichnet werden: {error}</translation>
    </message>
    <message>
        <source>Page {value} of {pages}</source>
        <translation>Seite {value} von {pages}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Sprache des Fensters</translation>
    </message>
    <message>
        <source>A new language applies from the next start of NMD Bone Desktop; nothing you are working on is lost. Recommendations, clinical terms and letters use the same words as the window.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von NMD Bone Desktop; nichts, woran Sie arbeiten, geht verloren. Empfehlungen, klinische Begriffe und Briefe verwenden dieselben Wörter wie das Fenster.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Windows could not print the PDF ({error}); open it and print from the viewer.</source>
        <translation>Windows konnte das PDF nicht drucken ({error}); öffnen Sie es und drucken Sie aus dem Betrachter.</translation>
    </message>
    <message>
        <source>No print command (CUPS lp or lpr) was found; open the PDF and print from the viewer.</source>
        <translation>Kein Druckbefehl (CUPS lp oder lpr) gefunden; öffnen Sie das PDF und drucken Sie aus dem Betrachter.</translation>
    </message>
    <message>
        <source>The print spooler refused the job: {output}</source>
        <translation>Die Druckwarteschlange hat den Auftrag abgelehnt: {output}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{done} of {total} patients</source>
        <translation>{done} von {total} Patienten</translation>
    </message>
    <message>
        <source>writing {measurements} DXA measurements for {patients} patients</source>
        <translation>{measurements} DXA-Messwerte für {patients} Patienten werden gespeichert</translation>
    </message>
    <message>
        <source>assessing {patients} patients</source>
        <translation>{patients} Patienten werden beurteilt</translation>
    </message>
    <message>
        <source>Assessing {id}</source>
        <translation>{id} wird beurteilt</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Briefe werden geschrieben</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Fällig {date}</translation>
    </message>
    <message>
        <source>{code} · priority {priority}</source>
        <translation>{code} · Priorität {priority}</translation>
    </message>
    <message>
        <source>Why? ▸</source>
        <translation>Warum? ▸</translation>
    </message>
    <message>
        <source>Rationale and references for {title}</source>
        <translation>Begründung und Quellen zu {title}</translation>
    </message>
    <message>
        <source>Why? ▾</source>
        <translation>Warum? ▾</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;Optionen:&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avoid:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;Vermeiden:&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Since&lt;/i&gt; {date}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Seit&lt;/i&gt; {date}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;References&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;Quellen&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Warnings</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Select a patient to see the assessment.</source>
        <translation>Wählen Sie einen Patienten, um die Beurteilung zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>No recommendations: nothing to do now.</source>
        <translation>Keine Empfehlungen: derzeit nichts zu tun.</translation>
    </message>
    <message>
        <source>Next due: {due}. Ruleset {ruleset}, as of {as_of}. {disclaimer}</source>
        <translation>Nächste Fälligkeit: {due}. Regelwerk {ruleset}, Stand {as_of}. {disclaimer}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Add {record}</source>
        <translation>{record} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation>{record} bearbeiten</translation>
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
        <translation>darf höchstens \1 sein (eingegeben: \2)</translation>
    </message>
    <message>
        <source>must be at least \1 (entered: \2)</source>
        <translation>muss mindestens \1 sein (eingegeben: \2)</translation>
    </message>
    <message>
        <source>must be below \1 (entered: \2)</source>
        <translation>muss unter \1 liegen (eingegeben: \2)</translation>
    </message>
    <message>
        <source>must be above \1 (entered: \2)</source>
        <translation>muss über \1 liegen (eingegeben: \2)</translation>
    </message>
    <message>
        <source>“\1” is not a number</source>
        <translation>„\1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>must be a whole number (entered: \1)</source>
        <translation>muss eine ganze Zahl sein (eingegeben: \1)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>choose one of the options offered</source>
        <translation>wählen Sie eine der angebotenen Optionen</translation>
    </message>
    <message>
        <source>at most \1 characters</source>
        <translation>höchstens \1 Zeichen</translation>
    </message>
    <message>
        <source>at least \1 characters</source>
        <translation>mindestens \1 Zeichen</translation>
    </message>
    <message>
        <source>\2 is before the date of birth (\1)</source>
        <translation>\2 liegt vor dem Geburtsdatum (\1)</translation>
    </message>
    <message>
        <source>\2 is after today (\1)</source>
        <translation>\2 liegt nach heute (\1)</translation>
    </message>
    <message>
        <source>\2 is after the assessment date (\1)</source>
        <translation>\2 liegt nach dem Beurteilungsdatum (\1)</translation>
    </message>
    <message>
        <source>\2 is before the start (\1)</source>
        <translation>\2 liegt vor dem Beginn (\1)</translation>
    </message>
    <message>
        <source>required: please fill in</source>
        <translation>Pflichtfeld: bitte ausfüllen</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>non-smoker</source>
        <extracomment>For a choice whose options depend on another field (lab units on the test). Only when the record is new (the patient id cannot be renamed in place).</extracomment>
        <translation>Nichtraucher</translation>
    </message>
    <message>
        <source>ex-smoker</source>
        <translation>ehemaliger Raucher</translation>
    </message>
    <message>
        <source>light (&lt;10/day)</source>
        <translation>leicht (&lt;10/Tag)</translation>
    </message>
    <message>
        <source>moderate (10–19/day)</source>
        <translation>mäßig (10–19/Tag)</translation>
    </message>
    <message>
        <source>heavy (≥20/day)</source>
        <translation>stark (≥20/Tag)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;1 unit/day</source>
        <translation>&lt;1 Einheit/Tag</translation>
    </message>
    <message>
        <source>1–2 units/day</source>
        <translation>1–2 Einheiten/Tag</translation>
    </message>
    <message>
        <source>3–6 units/day</source>
        <translation>3–6 Einheiten/Tag</translation>
    </message>
    <message>
        <source>7–9 units/day</source>
        <translation>7–9 Einheiten/Tag</translation>
    </message>
    <message>
        <source>&gt;9 units/day</source>
        <translation>&gt;9 Einheiten/Tag</translation>
    </message>
    <message>
        <source>White or not stated</source>
        <translation>Weiß oder nicht angegeben</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>Indisch</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pakistanisch</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>Bangladeschisch</translation>
    </message>
    <message>
        <source>Other Asian</source>
        <translation>Andere asiatische</translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation>Schwarz karibisch</translation>
    </message>
    <message>
        <source>Black African</source>
        <translation>Schwarz afrikanisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>DXA measurement</source>
        <translation>DXA-Messung</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Messort</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>T-Score</translation>
    </message>
    <message>
        <source>−8 … +6</source>
        <translation>−8 … +6</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-Score</translation>
    </message>
    <message>
        <source>Height-adjusted Z</source>
        <translation>Größenadjustierter Z-Score</translation>
    </message>
    <message>
        <source>children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>BMD (g/cm²)</source>
        <translation>BMD (g/cm²)</translation>
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
        <translation>nur Lendenwirbelsäule</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>hip, femur and forearm sites</source>
        <translation>Hüft-, Femur- und Unterarm-Messorte</translation>
    </message>
    <message>
        <source>fracture</source>
        <translation>Fraktur</translation>
    </message>
    <message>
        <source>Fractures</source>
        <translation>Frakturen</translation>
    </message>
    <message>
        <source>Vertebra</source>
        <translation>Wirbel</translation>
    </message>
    <message>
        <source>e.g. T12 (vertebral only)</source>
        <translation>z. B. T12 (nur vertebral)</translation>
    </message>
    <message>
        <source>Genant grade</source>
        <translation>Genant-Grad</translation>
    </message>
    <message>
        <source>1 mild</source>
        <translation>1 leicht</translation>
    </message>
    <message>
        <source>2 moderate</source>
        <translation>2 mittel</translation>
    </message>
    <message>
        <source>3 severe</source>
        <translation>3 schwer</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Gefunden durch</translation>
    </message>
    <message>
        <source>spine imaging</source>
        <translation>Wirbelsäulen-Bildgebung</translation>
    </message>
    <message>
        <source>Spine imaging</source>
        <translation>Wirbelsäulen-Bildgebung</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Vertebral fracture found</source>
        <translation>Wirbelkörperfraktur gefunden</translation>
    </message>
    <message>
        <source>glucocorticoid course</source>
        <translation>Glukokortikoid-Therapie</translation>
    </message>
    <message>
        <source>Glucocorticoids</source>
        <translation>Glukokortikoide</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Wirkstoff</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <source>per dose; total for a single pulse</source>
        <translation>pro Dosis; Gesamtdosis bei einem einzelnen Puls</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Applikation</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>Knochenmedikament</translation>
    </message>
    <message>
        <source>Bone medications</source>
        <translation>Knochenmedikamente</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Letzte Dosis</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Grund des Absetzens</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>Laborwert</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Height &amp; weight</source>
        <translation>Größe &amp; Gewicht</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Größe (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>mobility status</source>
        <translation>Mobilitätsstatus</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>FRAX entry</source>
        <translation>FRAX-Eintrag</translation>
    </message>
    <message>
        <source>FRAX</source>
        <translation>FRAX</translation>
    </message>
    <message>
        <source>Major osteoporotic (%)</source>
        <translation>Schwere osteoporotische Fraktur (%)</translation>
    </message>
    <message>
        <source>Hip (%)</source>
        <translation>Hüfte (%)</translation>
    </message>
    <message>
        <source>With BMD</source>
        <translation>Mit BMD</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Rauchen</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnische Zugehörigkeit</translation>
    </message>
    <message>
        <source>Parental osteoporosis / hip fracture</source>
        <translation>Osteoporose / Hüftfraktur der Eltern</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Diagnosis label</source>
        <translation>Diagnosebezeichnung</translation>
    </message>
    <message>
        <source>Diagnosis onset</source>
        <translation>Diagnosebeginn</translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation>Menopause</translation>
    </message>
    <message>
        <source>women only</source>
        <translation>nur Frauen</translation>
    </message>
    <message>
        <source>Age at menopause</source>
        <translation>Alter bei Menopause</translation>
    </message>
    <message>
        <source>Puberty</source>
        <translation>Pubertät</translation>
    </message>
    <message>
        <source>Dysphagia</source>
        <translation>Dysphagie</translation>
    </message>
    <message>
        <source>Can sit upright 30 min</source>
        <translation>Kann 30 min aufrecht sitzen</translation>
    </message>
    <message>
        <source>Falls in past 12 months</source>
        <translation>Stürze in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>Cardiovascular event in past 12 months</source>
        <translation>Kardiovaskuläres Ereignis in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>Childbearing potential</source>
        <translation>Gebärfähigkeit</translation>
    </message>
    <message>
        <source>Calcium (mg/day)</source>
        <translation>Kalzium (mg/Tag)</translation>
    </message>
    <message>
        <source>Vitamin D (IU/day)</source>
        <translation>Vitamin D (IE/Tag)</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>The ``contacts`` object as one singleton record of three parts (each a whole sub-object).</extracomment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Patient&apos;s address</source>
        <translation>Adresse des Patienten</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Hausärztin / Hausarzt</translation>
    </message>
    <message>
        <source>Responsible clinician</source>
        <translation>Verantwortliche Ärztin / verantwortlicher Arzt</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Add…</source>
        <extracomment>Kinds whose &quot;Add&quot; opens a form for several records at once.</extracomment>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Kein Patient ausgewählt</translation>
    </message>
    <message>
        <source>Add DXA study…</source>
        <translation>DXA-Untersuchung hinzufügen…</translation>
    </message>
    <message>
        <source>Add glucocorticoid course…</source>
        <translation>Glukokortikoid-Therapie hinzufügen…</translation>
    </message>
    <message>
        <source>Add {record}…</source>
        <translation>{record} hinzufügen…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Delete {record} of {patient}?</source>
        <translation>{record} von {patient} löschen?</translation>
    </message>
    <message>
        <source>Delete this {record} of {patient}?</source>
        <translation>Diesen Eintrag ({record}) von {patient} löschen?</translation>
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
        <translation>Wirbelsäulen-Bildgebung</translation>
    </message>
    <message>
        <source>bone labs</source>
        <translation>Knochenlabor</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open clinic server — NMD Bone Desktop</source>
        <translation>Klinikserver öffnen — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>empty: from PGPASSFILE or the service file</source>
        <translation>leer: aus PGPASSFILE oder der Dienstdatei</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The clinic database on the clinic&apos;s PostgreSQL server (several workstations):</source>
        <translation>Die Klinikdatenbank auf dem PostgreSQL-Server der Klinik (mehrere Arbeitsplätze):</translation>
    </message>
    <message>
        <source>Server URL: write it as postgresql://HOST/DATABASE</source>
        <translation>Server-URL: als postgresql://HOST/DATENBANK schreiben</translation>
    </message>
    <message>
        <source>Not connected: {error}</source>
        <translation>Nicht verbunden: {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <source>The database is being written by another window or program; try again.</source>
        <translation>Die Datenbank wird gerade von einem anderen Fenster oder Programm beschrieben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} changed this patient ({records}) on {date} at {time} UTC, after you opened it. Reload the patient and make the change again.</source>
        <translation>Nichts wurde gespeichert: {user} hat diesen Patienten ({records}) am {date} um {time} UTC geändert, nachdem Sie ihn geöffnet hatten. Laden Sie den Patienten neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} deleted this patient on {date} at {time} UTC.</source>
        <translation>Nichts wurde gespeichert: {user} hat diesen Patienten am {date} um {time} UTC gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was changed on another workstation after you opened it (revision {expected}, now {actual}). Reload the patient and make the change again.</source>
        <translation>Nichts wurde gespeichert: Dieser Patient wurde an einem anderen Arbeitsplatz geändert, nachdem Sie ihn geöffnet hatten (Revision {expected}, jetzt {actual}). Laden Sie den Patienten neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was deleted after you opened it.</source>
        <translation>Nichts wurde gespeichert: Dieser Patient wurde gelöscht, nachdem Sie ihn geöffnet hatten.</translation>
    </message>
</context>
<context>
    <name>TriageItemsPanel</name>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&apos;Coming up&apos;: due within this many days after the as-of date</source>
        <translation>„Demnächst“: fällig innerhalb so vieler Tage nach dem Stichtag</translation>
    </message>
    <message>
        <source>coming up within</source>
        <translation>demnächst innerhalb</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Items marked as booked or not applicable (select them to undo)</source>
        <translation>Als gebucht oder nicht zutreffend markierte Einträge (zum Zurücknehmen auswählen)</translation>
    </message>
    <message>
        <source>Handled ({count})</source>
        <translation>Erledigt ({count})</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Main toolbar</source>
        <extracomment>The clinic&apos;s use case (a :class:`~nmdbone_desktop.services.clinic.Clinic` method) each command ends in: the window disables a command whose use case the signed-in role may not run (``Clinic.may``). The clinic checks the role itself, whatever the window shows; this only spares a useless dialog.</extracomment>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>priority 1 (urgent)</source>
        <translation>Priorität 1 (dringend)</translation>
    </message>
    <message>
        <source>priority 1–2</source>
        <translation>Priorität 1–2</translation>
    </message>
    <message>
        <source>Recommendation code</source>
        <translation>Empfehlungscode</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Risikokategorie</translation>
    </message>
    <message>
        <source>Due window</source>
        <translation>Fälligkeitszeitraum</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnose:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>any priority</source>
        <translation>jede Priorität</translation>
    </message>
    <message>
        <source>any risk</source>
        <translation>jedes Risiko</translation>
    </message>
    <message>
        <source>any diagnosis</source>
        <translation>jede Diagnose</translation>
    </message>
    <message>
        <source>{date} (in {days} d)</source>
        <translation>{date} (in {days} T.)</translation>
    </message>
    <message>
        <source>{date} ({days} d)</source>
        <translation>{date} ({days} T.)</translation>
    </message>
    <message>
        <source>returned — was {mark}</source>
        <translation>zurückgekehrt — war {mark}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Tier / handled</source>
        <translation>Stufe / erledigt</translation>
    </message>
    <message>
        <source>Worklist items, most urgent first</source>
        <translation>Einträge der Arbeitsliste, dringendste zuerst</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Patient öffnen</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Briefe…</translation>
    </message>
    <message>
        <source>Mark as booked…</source>
        <translation>Als gebucht markieren…</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Nicht zutreffend…</translation>
    </message>
    <message>
        <source>Undo mark</source>
        <translation>Markierung zurücknehmen</translation>
    </message>
    <message>
        <source>{count} handled items shown</source>
        <translation>{count} erledigte Einträge angezeigt</translation>
    </message>
    <message>
        <source>{count} items shown</source>
        <translation>{count} Einträge angezeigt</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, {count} ausgewählt</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation>⚠ überfällig</translation>
    </message>
    <message>
        <source>● urgent</source>
        <translation>● dringend</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, fällig {date}</translation>
    </message>
    <message>
        <source>Most urgent priority among the open items (1 = most urgent)</source>
        <translation>Dringendste Priorität unter den offenen Einträgen (1 = am dringendsten)</translation>
    </message>
    <message>
        <source>act now</source>
        <translation>jetzt handeln</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>coming up</source>
        <translation>demnächst</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation>fällig innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>due within 90 days</source>
        <translation>fällig innerhalb von 90 Tagen</translation>
    </message>
    <message>
        <source>booked for {date}</source>
        <translation>gebucht für {date}</translation>
    </message>
    <message>
        <source>not applicable: {reason}</source>
        <translation>nicht zutreffend: {reason}</translation>
    </message>
    <message>
        <source>{patients} patients checked, {act_now} act now, {due} due, {coming_up} coming up</source>
        <translation>{patients} Patienten geprüft, {act_now} jetzt handeln, {due} fällig, {coming_up} demnächst</translation>
    </message>
</context>
<context>
    <name>WorklistAndLetters</name>
    <message>
        <source>Worklist</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — not real patients</source>
        <translation>SYNTHETISCHE DEMODATEN — keine echten Patienten</translation>
    </message>
</context>
<context>
    <name>WorklistPlaceholder</name>
    <message>
        <source>The clinic worklist (care gaps and quality indicators) will appear here.
Meanwhile: sort the patient list by Next due or Risk, or run
nmdbone-desktop worklist --db PATH</source>
        <translation>Die Arbeitsliste der Klinik (Versorgungslücken und Qualitätsindikatoren) erscheint hier.
Bis dahin: sortieren Sie die Patientenliste nach nächster Fälligkeit oder Risiko, oder führen Sie
nmdbone-desktop worklist --db PATH aus</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Assessment date of the worklist and the indicators</source>
        <translation>Beurteilungsdatum der Arbeitsliste und der Indikatoren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Re-assess changed patients and rebuild the worklist (F5)</source>
        <translation>Geänderte Patienten neu beurteilen und die Arbeitsliste neu aufbauen (F5)</translation>
    </message>
    <message>
        <source>Write letters for the selected patients</source>
        <translation>Briefe für die ausgewählten Patienten schreiben</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown and the indicators as CSV files</source>
        <translation>Die angezeigten Zeilen und die Indikatoren als CSV-Dateien speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop building the worklist; the patients assessed so far are kept</source>
        <translation>Erstellen der Arbeitsliste abbrechen; die bisher beurteilten Patienten bleiben erhalten</translation>
    </message>
    <message>
        <source>Not built yet.</source>
        <translation>Noch nicht erstellt.</translation>
    </message>
    <message>
        <source>Patients with open items</source>
        <translation>Patienten mit offenen Einträgen</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Stichtag:</translation>
    </message>
    <message>
        <source>Items to act on</source>
        <translation>Zu erledigende Einträge</translation>
    </message>
    <message>
        <source>By patient</source>
        <translation>Nach Patient</translation>
    </message>
    <message>
        <source>Quality indicators</source>
        <translation>Qualitätsindikatoren</translation>
    </message>
    <message>
        <source>Assessing the clinic on {date}…</source>
        <translation>Die Klinik wird zum {date} beurteilt…</translation>
    </message>
    <message>
        <source>Could not build the worklist: {error}</source>
        <translation>Die Arbeitsliste konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>Cancelled; assessments finished so far are kept. Refresh to continue.</source>
        <translation>Abgebrochen; bereits abgeschlossene Beurteilungen bleiben erhalten. Aktualisieren Sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>Not marked: {error}</source>
        <translation>Nicht markiert: {error}</translation>
    </message>
    <message>
        <source>Letters for {count} selected…</source>
        <translation>Briefe für {count} ausgewählte…</translation>
    </message>
    <message>
        <source>Letters for selected…</source>
        <translation>Briefe für ausgewählte…</translation>
    </message>
    <message>
        <source>On {date}: {computed} patients assessed anew, {reused} assessments reused from the cache</source>
        <translation>Am {date}: {computed} Patienten neu beurteilt, {reused} Beurteilungen aus dem Zwischenspeicher übernommen</translation>
    </message>
    <message>
        <source>{shown} of {total} patients with open items shown ({patients} in the clinic)</source>
        <translation>{shown} von {total} Patienten mit offenen Einträgen angezeigt ({patients} in der Klinik)</translation>
    </message>
    <message>
        <source>Export worklist</source>
        <translation>Arbeitsliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>_AddressFields</name>
    <message>
        <source>street and number, one line each (up to 4)</source>
        <translation>Straße und Hausnummer, je eine Zeile (bis zu 4)</translation>
    </message>
    <message>
        <source>two letters, e.g. GB, NL, DE</source>
        <translation>zwei Buchstaben, z. B. GB, NL, DE</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>_Step</name>
    <message>
        <source>mg per dose</source>
        <translation>mg pro Dosis</translation>
    </message>
</context>
</TS>
