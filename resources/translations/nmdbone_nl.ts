<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Bone health in neuromuscular disease: BMD trajectories, glucocorticoid exposure, fracture risk and what to do next. Runs offline; the data stay in the clinic&apos;s database.</source>
        <translation>Botgezondheid bij neuromusculaire aandoeningen: BMD-verloop, blootstelling aan glucocorticoïden, fractuurrisico en de volgende stappen. Werkt offline; de gegevens blijven in de database van de kliniek.</translation>
    </message>
    <message>
        <source>Ruleset version:</source>
        <translation>Versie regelset:</translation>
    </message>
    <message>
        <source>The software supports clinical judgement and does not replace it.</source>
        <translation>De software ondersteunt het klinisch oordeel en vervangt het niet.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>FRAX® figures are entered by the clinician from the official calculator; this software only adjusts them as the ruleset describes.</source>
        <translation>FRAX®-waarden worden door de arts ingevoerd uit de officiële rekenmodule; deze software past ze alleen aan zoals de regelset beschrijft.</translation>
    </message>
    <message>
        <source>About NMD Bone Desktop</source>
        <translation>Over NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>AssessmentHeader</name>
    <message>
        <source>none</source>
        <extracomment>The list&apos;s colours (one scale, by category only): &quot;low&quot; is plain text, never a reassuring green.</extracomment>
        <translation>geen</translation>
    </message>
    <message>
        <source>low (&lt;2.5)</source>
        <translation>laag (&lt;2,5)</translation>
    </message>
    <message>
        <source>medium (2.5–7.5)</source>
        <translation>gemiddeld (2,5–7,5)</translation>
    </message>
    <message>
        <source>high (≥7.5)</source>
        <translation>hoog (≥7,5)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>{label}: major osteoporotic {major}, hip {hip}</source>
        <translation>{label}: ernstige osteoporotische fractuur {major}, heup {hip}</translation>
    </message>
    <message>
        <source>with femoral neck BMD</source>
        <translation>met BMD van de femurhals</translation>
    </message>
    <message>
        <source>clinical factors, no BMD</source>
        <translation>klinische factoren, zonder BMD</translation>
    </message>
    <message>
        <source>BMD not stated</source>
        <translation>BMD niet vermeld</translation>
    </message>
    <message>
        <source>entered {date}</source>
        <translation>ingevoerd {date}</translation>
    </message>
    <message>
        <source>adjusted: {adjustments}</source>
        <translation>aangepast: {adjustments}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#555&apos;&gt;(since {date})&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#555&apos;&gt;(sinds {date})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Risk category criteria met:</source>
        <translation>Voldane criteria van de risicocategorie:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>{status} (since {date})</source>
        <translation>{status} (sinds {date})</translation>
    </message>
    <message>
        <source>QFracture-2012 © ClinRisk Ltd — disclaimer ▸</source>
        <translation>QFracture-2012 © ClinRisk Ltd — disclaimer ▸</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · born {birth_date}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · geb. {birth_date}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>{age} years ({population})</source>
        <translation>{age} jaar ({population})</translation>
    </message>
    <message>
        <source>, onset {date}</source>
        <translation>, begin {date}</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>none now</source>
        <translation>nu geen</translation>
    </message>
    <message>
        <source>{dose} mg/day prednisolone-eq, {band}</source>
        <translation>{dose} mg/dag prednisolon-eq., {band}</translation>
    </message>
    <message>
        <source>; cumulative {grams}&#xa0;g</source>
        <translation>; cumulatief {grams} g</translation>
    </message>
    <message>
        <source>Steroids</source>
        <translation>Steroïden</translation>
    </message>
    <message>
        <source>, lowest {score_type} {score} at {site} ({date})</source>
        <translation>, laagste {score_type}-score {score} bij {site} ({date})</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;Risk&lt;/span&gt;&amp;nbsp; {risk_html}</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;Risico&lt;/span&gt;&amp;nbsp; {risk_html}</translation>
    </message>
    <message>
        <source>FRAX: none entered</source>
        <translation>FRAX: niet ingevoerd</translation>
    </message>
    <message>
        <source>&lt;b&gt;10-year fracture risk&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(for information: the category above comes from its criterion)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</source>
        <translation>&lt;b&gt;10-jaars fractuurrisico&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(ter informatie: de categorie hierboven volgt uit haar criterium)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Clinic database backups (*.sqlite *.db *.dump);;All files (*)</source>
        <translation>Back-ups van de klinische database (*.sqlite *.db *.dump);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Back up the clinic database</source>
        <translation>Back-up maken van de klinische database</translation>
    </message>
    <message>
        <source>Restore the clinic database from a backup</source>
        <translation>Klinische database herstellen uit een back-up</translation>
    </message>
    <message>
        <source>Replace the clinic database
{location}
with the backup
{backup}
({summary})?

The current database is kept aside beside it (…before-restore-DATE), so this can be undone.</source>
        <translation>De klinische database
{location}
vervangen door de back-up
{backup}
({summary})?

De huidige database wordt ernaast bewaard (…before-restore-DATUM), dus dit kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <source>1 letter needs attention before posting:</source>
        <translation>1 brief vraagt aandacht vóór verzending:</translation>
    </message>
    <message>
        <source>{count} letters need attention before posting:</source>
        <translation>{count} brieven vragen aandacht vóór verzending:</translation>
    </message>
    <message>
        <source>Letters for {count} patients</source>
        <translation>Brieven voor {count} patiënten</translation>
    </message>
    <message>
        <source>One PDF with every letter</source>
        <extracomment>The window&apos;s session: the batch is made (and audited) as the signed-in user and role.</extracomment>
        <translation>Eén pdf met alle brieven</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Eén pdf per patiënt, in een map</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
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
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Bestand of map</translation>
    </message>
    <message>
        <source>Write letters</source>
        <extracomment>Per patient, what their letter lacks for posting (filled when the batch ends).</extracomment>
        <translation>Brieven schrijven</translation>
    </message>
    <message>
        <source>Choose where the letters go.</source>
        <translation>Kies waar de brieven terechtkomen.</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Brieven worden geschreven…</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Brieven schrijven</translation>
    </message>
    <message>
        <source>1 letter written</source>
        <translation>1 brief geschreven</translation>
    </message>
    <message>
        <source>{count} letters written</source>
        <translation>{count} brieven geschreven</translation>
    </message>
    <message>
        <source> to {place}</source>
        <translation> naar {place}</translation>
    </message>
    <message>
        <source>Cancelled. {text}.</source>
        <translation>Geannuleerd. {text}.</translation>
    </message>
    <message>
        <source> Not written ({count}): {listed}</source>
        <translation> Niet geschreven ({count}): {listed}</translation>
    </message>
    <message>
        <source>The batch stopped: {error}</source>
        <translation>De reeks is gestopt: {error}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>The batch stopped:
{error}</source>
        <translation>De reeks is gestopt:
{error}</translation>
    </message>
    <message>
        <source>Letters PDF</source>
        <translation>Brieven-pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
</context>
<context>
    <name>BmdChangeTable</name>
    <message>
        <source>Site</source>
        <extracomment>Rows the table shows without scrolling (most patients have two or three sites).</extracomment>
        <translation>Meetplaats</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Sinds vorige</translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation>Sinds basis</translation>
    </message>
    <message>
        <source>LSC</source>
        <translation>LSC</translation>
    </message>
    <message>
        <source>BMD {start_bmd} → {end_bmd} g/cm², {start} → {end}: {percent}%</source>
        <translation>BMD {start_bmd} → {end_bmd} g/cm², {start} → {end}: {percent}%</translation>
    </message>
    <message>
        <source> ({percent}% a year)</source>
        <translation> ({percent}% per jaar)</translation>
    </message>
    <message>
        <source>significant: at least the least significant change ({lsc}%)</source>
        <translation>significant: minstens de kleinste significante verandering ({lsc}%)</translation>
    </message>
    <message>
        <source>not significant: less than the least significant change ({lsc}%)</source>
        <translation>niet significant: minder dan de kleinste significante verandering ({lsc}%)</translation>
    </message>
    <message>
        <source>BMD change per site</source>
        <translation>BMD-verandering per meetplaats</translation>
    </message>
    <message>
        <source>{mark} significant: the BMD change (% of g/cm²) is at least the site&apos;s least significant change (LSC). Baseline: first scan on the latest scan&apos;s manufacturer; scans on another manufacturer are not compared.</source>
        <translation>{mark} significant: de BMD-verandering (% van g/cm²) is minstens de kleinste significante verandering (LSC) van de meetplaats. Basis: eerste scan op het toestel van de fabrikant van de laatste scan; scans van een andere fabrikant worden niet vergeleken.</translation>
    </message>
    <message>
        <source>{scans} since {year}</source>
        <translation>{scans} sinds {year}</translation>
    </message>
    <message>
        <source>other scanner</source>
        <translation>ander toestel</translation>
    </message>
    <message>
        <source>{scans} scans with a BMD</source>
        <translation>{scans} scans met een BMD</translation>
    </message>
    <message>
        <source>{lsc}% clinic</source>
        <translation>{lsc}% kliniek</translation>
    </message>
    <message>
        <source>{lsc}% default</source>
        <translation>{lsc}% std.</translation>
    </message>
    <message>
        <source>least significant change: the clinic value</source>
        <translation>kleinste significante verandering: waarde van de kliniek</translation>
    </message>
    <message>
        <source>least significant change: RULES §7 default</source>
        <translation>kleinste significante verandering: standaard volgens RULES §7</translation>
    </message>
    <message>
        <source>No BMD on record: no change to show</source>
        <translation>Geen BMD vastgelegd: geen verandering te tonen</translation>
    </message>
</context>
<context>
    <name>BmdChartWidget</name>
    <message>
        <source>BMD trajectory chart</source>
        <translation>BMD-verloopgrafiek</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>{label} tonen</translation>
    </message>
    <message>
        <source>Z too</source>
        <translation>Ook Z</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>BMD g/cm²</translation>
    </message>
    <message>
        <source>Plot BMD (g/cm²) instead of T/Z-scores: every scan with a BMD, also those without a score</source>
        <translation>BMD (g/cm²) tonen in plaats van T/Z-scores: elke scan met een BMD, ook die zonder score</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG opslaan…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Ctrl+Shift+S)</source>
        <translation>De grafiek opslaan als PNG-afbeelding (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>{other} too</source>
        <translation>Ook {other}</translation>
    </message>
    <message>
        <source>Also plot the {other}-score of every scan (dashed, hollow markers). Scans that have only a {other}-score are always plotted.</source>
        <translation>Ook de {other}-score van elke scan tonen (gestippeld, open markers). Scans met alleen een {other}-score worden altijd getoond.</translation>
    </message>
    <message>
        <source>No scan of this patient has a {other}-score</source>
        <translation>Geen scan van deze patiënt heeft een {other}-score</translation>
    </message>
    <message>
        <source>clinic value</source>
        <translation>waarde van de kliniek</translation>
    </message>
    <message>
        <source>Select a patient</source>
        <translation>Kies een patiënt</translation>
    </message>
    <message>
        <source>osteopenia</source>
        <translation>osteopenie</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>osteoporose</translation>
    </message>
    <message>
        <source>Z −2.0 (low for age)</source>
        <translation>Z −2,0 (laag voor de leeftijd)</translation>
    </message>
    <message>
        <source>vertebral fracture</source>
        <translation>wervelfractuur</translation>
    </message>
    <message>
        <source>other fracture</source>
        <translation>andere fractuur</translation>
    </message>
    <message>
        <source>{score_type}-score</source>
        <translation>{score_type}-score</translation>
    </message>
    <message>
        <source>◯ baseline / &lt;b&gt;◯&lt;/b&gt; latest scan</source>
        <translation>◯ basis- / &lt;b&gt;◯&lt;/b&gt; laatste scan</translation>
    </message>
    <message>
        <source>BMD change ≥ LSC</source>
        <translation>BMD-verandering ≥ LSC</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>botmedicatie</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Grafiek opslaan als PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>optional, e.g. DXA at the radiology department</source>
        <translation>optioneel, bijv. DXA op de afdeling radiologie</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Gepland voor:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Spine</source>
        <extracomment>The site toggles&apos; short names (``charts.styles.SiteStyle.short``).</extracomment>
        <translation>Wervelkolom</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Heup</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>TBLH</source>
        <translation>Totaal lich.</translation>
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
        <translation>“{text}” is geen getal</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi} %</source>
        <translation>moet tussen {lo} en {hi} % liggen</translation>
    </message>
    <message>
        <source>Clinic settings — {clinic}</source>
        <translation>Kliniekinstellingen — {clinic}</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Kliniekinstellingen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Least significant change (LSC) per DXA site&lt;/b&gt;&lt;br&gt;From your own precision study: LSC = 2.77 × precision error (RMS-SD, %). A change in BMD of at least the LSC is marked significant on the chart and used by the assessment. Leave a field empty to use the default (RULES §7). Stored in the clinic database: every workstation uses it.</source>
        <translation>&lt;b&gt;Kleinste significante verandering (LSC) per DXA-meetplaats&lt;/b&gt;&lt;br&gt;Uit uw eigen precisiestudie: LSC = 2,77 × precisiefout (RMS-SD, %). Een BMD-verandering van minstens de LSC wordt in de grafiek als significant gemarkeerd en door de beoordeling gebruikt. Laat een veld leeg voor de standaardwaarde (RULES §7). Opgeslagen in de klinische database: elke werkplek gebruikt deze.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Meetplaats</translation>
    </message>
    <message>
        <source>Clinic LSC (%)</source>
        <translation>LSC kliniek (%)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>{site} LSC, %</source>
        <translation>{site} LSC, %</translation>
    </message>
    <message>
        <source>{lsc} (default)</source>
        <translation>{lsc} (standaard)</translation>
    </message>
    <message>
        <source>Use defaults</source>
        <translation>Standaardwaarden gebruiken</translation>
    </message>
    <message>
        <source>Empty every field: the RULES §7 defaults apply</source>
        <translation>Alle velden leegmaken: de standaardwaarden van RULES §7 gelden</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Niet opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>DIN 5008 window (form B)</source>
        <extracomment>The letters&apos; envelope windows (``letters.settings.ADDRESS_WINDOWS``), named for the translators.</extracomment>
        <translation>DIN 5008-venster (vorm B)</translation>
    </message>
    <message>
        <source>UK C5/DL window envelope</source>
        <translation>UK C5/DL-vensterenvelop</translation>
    </message>
    <message>
        <source>Clinic letterhead and signatory</source>
        <translation>Briefhoofd van de kliniek en ondertekenaar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>No window: address in the letter&apos;s flow</source>
        <translation>Geen venster: adres in de lopende tekst van de brief</translation>
    </message>
    <message>
        <source>empty: the letter template&apos;s wording</source>
        <translation>leeg: de tekst van het briefsjabloon</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Naam van de kliniek</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Address (one line each)</source>
        <translation>Adres (één regel per onderdeel)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo-afbeelding</translation>
    </message>
    <message>
        <source>Signing clinician*</source>
        <translation>Ondertekenende arts*</translation>
    </message>
    <message>
        <source>Clinician&apos;s title</source>
        <translation>Titel van de arts</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Envelopvenster</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumnotatie</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <source>Referrals (adults) go to</source>
        <translation>Verwijzingen (volwassenen) gaan naar</translation>
    </message>
    <message>
        <source>Referrals (children) go to</source>
        <translation>Verwijzingen (kinderen) gaan naar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>* Letters are signed by the patient&apos;s responsible clinician (Patient → Contacts), else by the user who makes them; the signing clinician here is the last resort.</source>
        <translation>* Brieven worden ondertekend door de behandelend arts van de patiënt (Patiënt → Contacten), anders door de gebruiker die ze maakt; de ondertekenaar hier is de laatste keuze.</translation>
    </message>
    <message>
        <source>Logo image not found: {logo_path}</source>
        <translation>Logo-afbeelding niet gevonden: {logo_path}</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Instellingen niet opgeslagen</translation>
    </message>
    <message>
        <source>The letterhead could not be saved:
{error}</source>
        <translation>Het briefhoofd kon niet worden opgeslagen:
{error}</translation>
    </message>
    <message>
        <source>The preview could not be made: {error}</source>
        <translation>Het voorbeeld kon niet worden gemaakt: {error}</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts — {given} {family} ({id}, born {birth_date})</source>
        <translation>Contacten — {given} {family} ({id}, geb. {birth_date})</translation>
    </message>
    <message>
        <source>Patient&apos;s postal address (advice sheets)</source>
        <translation>Postadres van de patiënt (adviesbladen)</translation>
    </message>
    <message>
        <source>General practitioner (GP letters)</source>
        <translation>Huisarts (huisartsbrieven)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>Responsible clinician (signs the letters)</source>
        <translation>Behandelend arts (ondertekent de brieven)</translation>
    </message>
    <message>
        <source>e.g. Consultant Neurologist</source>
        <translation>bijv. neuroloog</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Type YYYY-MM-DD or pick from the calendar (Alt+Down)</source>
        <translation>Typ JJJJ-MM-DD of kies in de kalender (Alt+Down)</translation>
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
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Meetplaats</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Zijde</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>BMD g/cm²</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>DXA results (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;All files (*)</source>
        <translation>DXA-resultaten (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dubbel</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>Import DXA results</source>
        <translation>DXA-resultaten importeren</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>&amp;Sjabloon opslaan…</translation>
    </message>
    <message>
        <source>Save an empty CSV table with the columns the import reads</source>
        <translation>Een lege CSV-tabel opslaan met de kolommen die de import leest</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient ({current_patient})</source>
        <translation>Alle metingen toewijzen aan de gekozen patiënt ({current_patient})</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient</source>
        <translation>Alle metingen toewijzen aan de gekozen patiënt</translation>
    </message>
    <message>
        <source>For files that do not carry the clinic&apos;s patient id (e.g. FHIR from elsewhere)</source>
        <translation>Voor bestanden zonder het patiëntnummer van de kliniek (bijv. FHIR van elders)</translation>
    </message>
    <message>
        <source>No files chosen.</source>
        <translation>Geen bestanden gekozen.</translation>
    </message>
    <message>
        <source>I have checked the patients matched by name and birth date only</source>
        <translation>Ik heb de patiënten gecontroleerd die alleen op naam en geboortedatum zijn gekoppeld</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>DXA results to import</source>
        <translation>Te importeren DXA-resultaten</translation>
    </message>
    <message>
        <source>Save the DXA import template</source>
        <translation>Het DXA-importsjabloon opslaan</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabel (*.csv)</translation>
    </message>
    <message>
        <source>Files: {names}</source>
        <translation>Bestanden: {names}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <source>Cannot read the files: {error}</source>
        <translation>De bestanden kunnen niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Reading DXA results</source>
        <translation>DXA-resultaten lezen</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lezen geannuleerd.</translation>
    </message>
    <message>
        <source>matched by name and birth date</source>
        <translation>gekoppeld op naam en geboortedatum</translation>
    </message>
    <message>
        <source>{add} to add for {patients} patient(s), {duplicate} duplicate(s) skipped, {refused} refused</source>
        <translation>{add} toe te voegen voor {patients} patiënt(en), {duplicate} dubbele overgeslagen, {refused} geweigerd</translation>
    </message>
    <message>
        <source> — fix the refused rows; nothing is imported</source>
        <translation> — corrigeer de geweigerde rijen; er wordt niets geïmporteerd</translation>
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
        <translation>T-score</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <source>Height-adj. Z</source>
        <translation>Lengtegecorr. Z</translation>
    </message>
    <message>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <source>TBS</source>
        <translation>TBS</translation>
    </message>
    <message>
        <source>spine only</source>
        <translation>alleen wervelkolom</translation>
    </message>
    <message>
        <source>Add DXA study — {patient}</source>
        <translation>DXA-onderzoek toevoegen — {patient}</translation>
    </message>
    <message>
        <source>Add DXA study</source>
        <translation>DXA-onderzoek toevoegen</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Onderzoeksdatum</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <source>Scanner manufacturer</source>
        <translation>Fabrikant van het toestel</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meetplaats&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zijde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{site} side</source>
        <translation>{site} zijde</translation>
    </message>
    <message>
        <source>Fill in the sites measured; empty rows are not saved. Decimal comma or point.</source>
        <translation>Vul de gemeten plaatsen in; lege rijen worden niet opgeslagen. Decimale komma of punt.</translation>
    </message>
    <message>
        <source>Enter at least one site&apos;s BMD, T- or Z-score.</source>
        <translation>Vul voor minstens één meetplaats de BMD, T- of Z-score in.</translation>
    </message>
    <message>
        <source>Side: {message}</source>
        <translation>Zijde: {message}</translation>
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
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>{title}: cancelled</source>
        <translation>{title}: geannuleerd</translation>
    </message>
    <message>
        <source>Please wait: another long operation is still running.</source>
        <translation>Even geduld: een andere lange bewerking loopt nog.</translation>
    </message>
    <message>
        <source>Import patient documents</source>
        <translation>Patiëntdocumenten importeren</translation>
    </message>
    <message>
        <source>Patient documents (*.json)</source>
        <translation>Patiëntdocumenten (*.json)</translation>
    </message>
    <message>
        <source>Import every patient document of a folder</source>
        <translation>Alle patiëntdocumenten van een map importeren</translation>
    </message>
    <message>
        <source>Imported {total} patients ({new} new, {updated} updated, {unchanged} unchanged) into {path}</source>
        <translation>{total} patiënten geïmporteerd ({new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd) in {path}</translation>
    </message>
    <message>
        <source>Import refused — nothing was imported</source>
        <translation>Import geweigerd — er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Export patient documents to folder</source>
        <translation>Patiëntdocumenten exporteren naar map</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Exported {n} patient(s) to {folder}</source>
        <translation>{n} patiënt(en) geëxporteerd naar {folder}</translation>
    </message>
    <message>
        <source>Imported {added} DXA measurement(s) for {n_patients} patient(s); {duplicates} duplicate(s) skipped</source>
        <translation>{added} DXA-meting(en) geïmporteerd voor {n_patients} patiënt(en); {duplicates} dubbele overgeslagen</translation>
    </message>
    <message>
        <source>Importing DXA results</source>
        <translation>DXA-resultaten importeren</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Backup written and verified:
{result}</source>
        <translation>Back-up geschreven en gecontroleerd:
{result}</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>Herstellen niet mogelijk</translation>
    </message>
    <message>
        <source>Not a usable backup</source>
        <translation>Geen bruikbare back-up</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Restored from {path}: {result}</source>
        <translation>Hersteld uit {path}: {result}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Bezig met herstellen</translation>
    </message>
    <message>
        <source>Opened {location}: choose a patient.</source>
        <translation>{location} geopend: kies een patiënt.</translation>
    </message>
    <message>
        <source>Database restored: choose a patient.</source>
        <translation>Database hersteld: kies een patiënt.</translation>
    </message>
    <message>
        <source>Assessed {computed} patient(s), {reused} up to date</source>
        <translation>{computed} patiënt(en) beoordeeld, {reused} actueel</translation>
    </message>
    <message>
        <source>Assessing patients</source>
        <translation>Patiënten beoordelen</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>checking {name}</source>
        <translation>{name} controleren</translation>
    </message>
    <message>
        <source>writing to the database</source>
        <translation>naar de database schrijven</translation>
    </message>
    <message>
        <source>assessing the imported patients</source>
        <translation>de geïmporteerde patiënten beoordelen</translation>
    </message>
    <message>
        <source>copying to {name}</source>
        <translation>kopiëren naar {name}</translation>
    </message>
    <message>
        <source>restoring {name}</source>
        <translation>{name} herstellen</translation>
    </message>
</context>
<context>
    <name>GcCourseDialog</name>
    <message>
        <source>Step {step} dose, mg</source>
        <translation>Stap {step} dosis, mg</translation>
    </message>
    <message>
        <source>Step {step} from</source>
        <translation>Stap {step} vanaf</translation>
    </message>
    <message>
        <source>Add glucocorticoid course — {patient}</source>
        <translation>Glucocorticoïdkuur toevoegen — {patient}</translation>
    </message>
    <message>
        <source>Add glucocorticoid course</source>
        <translation>Glucocorticoïdkuur toevoegen</translation>
    </message>
    <message>
        <source>Drug *</source>
        <translation>Middel *</translation>
    </message>
    <message>
        <source>Frequency *</source>
        <translation>Frequentie *</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Toediening</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dose steps&lt;/b&gt; (a taper: one row per dose; each runs until the next starts)</source>
        <translation>&lt;b&gt;Dosisstappen&lt;/b&gt; (afbouw: één rij per dosis; elke loopt tot de volgende begint)</translation>
    </message>
    <message>
        <source>Dose (mg) *</source>
        <translation>Dosis (mg) *</translation>
    </message>
    <message>
        <source>From *</source>
        <translation>Vanaf *</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>Laatste stap verwijderen</translation>
    </message>
    <message>
        <source>Course end (last dose)</source>
        <translation>Einde kuur (laatste dosis)</translation>
    </message>
    <message>
        <source>End of course</source>
        <translation>Einde kuur</translation>
    </message>
    <message>
        <source>Empty: still taken.</source>
        <translation>Leeg: wordt nog gebruikt.</translation>
    </message>
    <message>
        <source>still taken</source>
        <translation>wordt nog gebruikt</translation>
    </message>
    <message>
        <source>must start after step {step} ({start})</source>
        <translation>moet na stap {step} beginnen ({start})</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>HandleDialogs</name>
    <message>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <source>Mark as booked</source>
        <translation>Markeren als gepland</translation>
    </message>
    <message>
        <source>Booked for the date below: the item leaves the worklist until that date has passed, then returns as overdue if it is still open.</source>
        <translation>Gepland op de datum hieronder: het item verlaat de werklijst tot die datum voorbij is en keert dan terug als achterstallig als het nog openstaat.</translation>
    </message>
    <message>
        <source>Mark as not applicable</source>
        <translation>Markeren als niet van toepassing</translation>
    </message>
    <message>
        <source>Not applicable, for the reason below: the item leaves the worklist until the reason for it changes (e.g. a new fracture or a new scan).</source>
        <translation>Niet van toepassing, om de reden hieronder: het item verlaat de werklijst tot de aanleiding verandert (bijv. een nieuwe fractuur of een nieuwe scan).</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>restored backup</source>
        <translation>back-up hersteld</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>back-up gemaakt</translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation>brief afgedrukt</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>aanmelden mislukt</translation>
    </message>
    <message>
        <source>marked booked</source>
        <translation>gemarkeerd als gepland</translation>
    </message>
    <message>
        <source>marked not applicable</source>
        <translation>gemarkeerd als niet van toepassing</translation>
    </message>
    <message>
        <source>mark undone</source>
        <translation>markering ongedaan gemaakt</translation>
    </message>
    <message>
        <source>History not refreshed: {error}</source>
        <extracomment>Clinic-wide events shown in every patient&apos;s history too (a restore replaces every record).</extracomment>
        <translation>Geschiedenis niet vernieuwd: {error}</translation>
    </message>
    <message>
        <source>patient {patient_id}</source>
        <translation>patiënt {patient_id}</translation>
    </message>
    <message>
        <source>the whole clinic</source>
        <translation>de hele kliniek</translation>
    </message>
    <message>
        <source>History of {who}: {n_entries} entries, newest first</source>
        <translation>Geschiedenis van {who}: {n_entries} items, nieuwste eerst</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Na:</translation>
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
        <translation>{file}: scheidingsteken {separator} herkend</translation>
    </message>
    <message>
        <source>{file}: columns not read: {columns}</source>
        <translation>{file}: niet gelezen kolommen: {columns}</translation>
    </message>
    <message>
        <source>{file}: {where}: site {site} is not a contract site; left out</source>
        <translation>{file}: {where}: meetplaats {site} is geen meetplaats van het contract; weggelaten</translation>
    </message>
    <message>
        <source>{file}: a DXA report with no contract site in it</source>
        <translation>{file}: een DXA-verslag zonder meetplaats van het contract</translation>
    </message>
    <message>
        <source>{file}: {where}: not a contract site; left out</source>
        <translation>{file}: {where}: geen meetplaats van het contract; weggelaten</translation>
    </message>
    <message>
        <source>{file}: {report}: its Observations are read from the files given</source>
        <translation>{file}: {report}: de Observations ervan worden uit de opgegeven bestanden gelezen</translation>
    </message>
    <message>
        <source>{file}: no DXA Observation in it</source>
        <translation>{file}: bevat geen DXA-Observation</translation>
    </message>
    <message>
        <source>{file}: {where}: not a DXA value ({value}); left out</source>
        <translation>{file}: {where}: geen DXA-waarde ({value}); weggelaten</translation>
    </message>
    <message>
        <source>{file}: {where}: status {status}; left out</source>
        <translation>{file}: {where}: status {status}; weggelaten</translation>
    </message>
    <message>
        <source>is not a readable DICOM file: {error}</source>
        <translation>is geen leesbaar DICOM-bestand: {error}</translation>
    </message>
    <message>
        <source>is not a DICOM Structured Report (SOP class {sop})</source>
        <translation>is geen DICOM Structured Report (SOP-klasse {sop})</translation>
    </message>
    <message>
        <source>this Structured Report is not a DXA report (its title is {title})</source>
        <translation>dit Structured Report is geen DXA-verslag (de titel is {title})</translation>
    </message>
    <message>
        <source>is missing or not a date (got {value})</source>
        <translation>ontbreekt of is geen datum (gelezen: {value})</translation>
    </message>
    <message>
        <source>is missing, and the name and birth date are not both given</source>
        <translation>ontbreekt, en naam en geboortedatum zijn niet allebei gegeven</translation>
    </message>
    <message>
        <source>unit {unit} is not g/cm2</source>
        <translation>eenheid {unit} is niet g/cm2</translation>
    </message>
    <message>
        <source>a DualFemur region must say which femur it is (left or right)</source>
        <translation>een DualFemur-regio moet zeggen welke femur het is (links of rechts)</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>is geen geldige JSON: {error}</translation>
    </message>
    <message>
        <source>is missing: not a FHIR resource</source>
        <translation>ontbreekt: geen FHIR-resource</translation>
    </message>
    <message>
        <source>{kind} holds no DXA Observations (expected a Bundle or Observation)</source>
        <translation>{kind} bevat geen DXA-Observations (verwacht: een Bundle of Observation)</translation>
    </message>
    <message>
        <source>says {side} but the site name says {named} ({site})</source>
        <translation>zegt {side}, maar de naam van de meetplaats zegt {named} ({site})</translation>
    </message>
    <message>
        <source>says {said} but the code says {code}</source>
        <translation>zegt {said}, maar de code zegt {code}</translation>
    </message>
    <message>
        <source>is missing or not a date</source>
        <translation>ontbreekt of is geen datum</translation>
    </message>
    <message>
        <source>is missing or not a number</source>
        <translation>ontbreekt of is geen getal</translation>
    </message>
    <message>
        <source>is missing: whose measurement is it?</source>
        <translation>ontbreekt: van wie is deze meting?</translation>
    </message>
    <message>
        <source>two different values for one scan ({first} and {second})</source>
        <translation>twee verschillende waarden voor één meting ({first} en {second})</translation>
    </message>
    <message>
        <source>differs from {other} ({first} and {second})</source>
        <translation>wijkt af van {other} ({first} en {second})</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet: {error}</source>
        <translation>kan niet als spreadsheet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>cannot be read as a CSV table: {error}</source>
        <translation>kan niet als CSV-tabel worden gelezen: {error}</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>is not a DXA table (CSV, XLSX), a DICOM SR or FHIR JSON</source>
        <translation>is geen DXA-tabel (CSV, XLSX), geen DICOM SR en geen FHIR-JSON</translation>
    </message>
    <message>
        <source>needs at least one of bmd_g_cm2, t_score, z_score</source>
        <translation>heeft ten minste één van bmd_g_cm2, t_score, z_score nodig</translation>
    </message>
    <message>
        <source>is measured at lumbar_spine only (site is {site})</source>
        <translation>wordt alleen op lumbar_spine gemeten (meetplaats is {site})</translation>
    </message>
    <message>
        <source>applies to hip, femur and forearm sites (site is {site})</source>
        <translation>geldt alleen voor heup-, femur- en onderarmmeetplaatsen (meetplaats is {site})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>column given twice ({name})</source>
        <translation>kolom twee keer gegeven ({name})</translation>
    </message>
    <message>
        <source>column is missing from the header (expected {columns})</source>
        <translation>kolom ontbreekt in de kopregel (verwacht: {columns})</translation>
    </message>
    <message>
        <source>no value column (bmd_g_cm2, t_score, z_score) in the header</source>
        <translation>geen waardekolom (bmd_g_cm2, t_score, z_score) in de kopregel</translation>
    </message>
    <message>
        <source>must be left or right (got {value})</source>
        <translation>moet links of rechts zijn (gelezen: {value})</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>is geen getal</translation>
    </message>
    <message>
        <source>is not a number (got {value})</source>
        <translation>is geen getal (gelezen: {value})</translation>
    </message>
    <message>
        <source>is ambiguous (day/month or month/day?) (got {value}); write YYYY-MM-DD</source>
        <translation>is dubbelzinnig (dag/maand of maand/dag?) (gelezen: {value}); schrijf JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>is not a real calendar date (got {value})</source>
        <translation>is geen bestaande kalenderdatum (gelezen: {value})</translation>
    </message>
    <message>
        <source>is not a date (got {value}); write YYYY-MM-DD</source>
        <translation>is geen datum (gelezen: {value}); schrijf JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>no patient with id {id} in the clinic</source>
        <translation>geen patiënt met id {id} in de kliniek</translation>
    </message>
    <message>
        <source>patient: {count} patients have this name and birth date</source>
        <translation>patient: {count} patiënten hebben deze naam en geboortedatum</translation>
    </message>
    <message>
        <source>patient: no patient {who} in the clinic</source>
        <translation>patient: geen patiënt {who} in de kliniek</translation>
    </message>
    <message>
        <source>date: is in the future of {as_of} ({date})</source>
        <translation>date: ligt na de peildatum {as_of} ({date})</translation>
    </message>
    <message>
        <source>date: is before the patient&apos;s birth_date {birth} ({date})</source>
        <translation>date: ligt vóór de geboortedatum van de patiënt {birth} ({date})</translation>
    </message>
    <message>
        <source>already on record</source>
        <translation>al vastgelegd</translation>
    </message>
    <message>
        <source>same as {other}</source>
        <translation>gelijk aan {other}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>regel {row}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(geen id)</translation>
    </message>
</context>
<context>
    <name>IndicatorDashboard</name>
    <message>
        <source>not recordable — {count} concerned</source>
        <translation>niet vast te leggen — {count} betrokken</translation>
    </message>
    <message>
        <source>no patients (0/0)</source>
        <translation>geen patiënten (0/0)</translation>
    </message>
    <message>
        <source>Click a bar to list the patients behind it.</source>
        <translation>Klik op een balk om de patiënten erachter te tonen.</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Lijst exporteren…</translation>
    </message>
    <message>
        <source>Save the patients behind this indicator as CSV</source>
        <translation>De patiënten achter deze indicator opslaan als CSV</translation>
    </message>
    <message>
        <source>% of the denominator</source>
        <translation>% van de noemer</translation>
    </message>
    <message>
        <source>Quality indicators on {date}</source>
        <translation>Kwaliteitsindicatoren op {date}</translation>
    </message>
    <message>
        <source>Numerator: {numerator}.
Denominator: {denominator}.
Window: {window}. Basis: {basis}.
{note}</source>
        <translation>Teller: {numerator}.
Noemer: {denominator}.
Periode: {window}. Basis: {basis}.
{note}</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>Betrokken</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>Patiënten exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Referral to a bone specialist</source>
        <translation>Verwijzing naar een botspecialist</translation>
    </message>
    <message>
        <source>Letter to the GP</source>
        <translation>Brief aan de huisarts</translation>
    </message>
    <message>
        <source>Advice sheet for the patient</source>
        <translation>Adviesblad voor de patiënt</translation>
    </message>
    <message>
        <source>Trajectory chart</source>
        <extracomment>Sections with no printed heading still need a name in the list.</extracomment>
        <translation>Verloopgrafiek</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Question for the specialist</source>
        <translation>Vraag aan de specialist</translation>
    </message>
    <message>
        <source>Your own paragraph</source>
        <translation>Eigen alinea</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Pages as they will print</source>
        <translation>Pagina&apos;s zoals ze worden afgedrukt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Openen in pdf-viewer</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Pdf opslaan…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>No chart: no BMD values on record (or the chart module is missing).</source>
        <translation>Geen grafiek: geen BMD-waarden vastgelegd (of de grafiekmodule ontbreekt).</translation>
    </message>
    <message>
        <source>The record has entries after {date}: {problem}</source>
        <translation>Het dossier bevat gegevens na {date}: {problem}</translation>
    </message>
    <message>
        <source>The letter cannot be made: {error}</source>
        <translation>De brief kan niet worden gemaakt: {error}</translation>
    </message>
    <message>
        <source>Empty: {automatic}</source>
        <translation>Leeg: {automatic}</translation>
    </message>
    <message>
        <source>The letter cannot be rendered: {error}</source>
        <translation>De brief kan niet worden weergegeven: {error}</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Brief niet geschreven</translation>
    </message>
    <message>
        <source>The letter was not written:
{error}</source>
        <translation>De brief is niet geschreven:
{error}</translation>
    </message>
    <message>
        <source>Preview opened: {path}</source>
        <translation>Voorbeeld geopend: {path}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>{error}

The PDF opens in the viewer now.</source>
        <translation>{error}

De pdf wordt nu in de viewer geopend.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Verzonden naar {printer}.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>de standaardprinter</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Brief opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The PDF opens in the viewer, where you can print it.</source>
        <translation>Op deze computer is geen printer ingesteld. De pdf wordt geopend in de viewer, waar u kunt afdrukken.</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Printer:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — NMD Bone Desktop</source>
        <translation>Aanmelden — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>This clinic database requires you to sign in:
{location}</source>
        <translation>Voor deze klinische database moet u zich aanmelden:
{location}</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Onjuiste gebruikersnaam of wachtwoord, of het account is uitgeschakeld.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>physician</source>
        <extracomment>The roles of the clinic&apos;s users (services.protection), as the status bar names them.</extracomment>
        <translation>arts</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>verpleegkundige</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretariaat</translation>
    </message>
    <message>
        <source>NMD Bone Desktop — {name}{demo_suffix}</source>
        <translation>NMD Bone Desktop — {name}{demo_suffix}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Ruleset …</source>
        <translation>Regelset …</translation>
    </message>
    <message>
        <source>Saved {patient_id} (revision {revision})</source>
        <translation>{patient_id} opgeslagen (revisie {revision})</translation>
    </message>
    <message>
        <source>The database was changed elsewhere: list refreshed.</source>
        <translation>De database is elders gewijzigd: lijst vernieuwd.</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>read-only: not signed in</source>
        <translation>alleen lezen: niet aangemeld</translation>
    </message>
    <message>
        <source>{patient_count} patients</source>
        <translation>{patient_count} patiënten</translation>
    </message>
    <message>
        <source>Ruleset {version}</source>
        <translation>Regelset {version}</translation>
    </message>
    <message>
        <source>Warning: {path} is on a network file system ({kind}); SQLite&apos;s write-ahead log is not safe there and two computers using it can corrupt the database. Keep the database on a local disk.</source>
        <translation>Waarschuwing: {path} staat op een netwerkbestandssysteem ({kind}); het write-ahead-log van SQLite is daar niet veilig en twee computers die de database gebruiken, kunnen haar beschadigen. Bewaar de database op een lokale schijf.</translation>
    </message>
    <message>
        <source>The new language applies from the next start; nothing was lost.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start; er is niets verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nieuwe patiënt…</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Een patiënt toevoegen</translation>
    </message>
    <message>
        <source>Open clinic &amp;server…</source>
        <translation>Klinie&amp;kserver openen…</translation>
    </message>
    <message>
        <source>Work on the clinic database of the clinic&apos;s PostgreSQL server (several workstations)</source>
        <translation>Werken in de database van de PostgreSQL-server van de kliniek (meerdere werkplekken)</translation>
    </message>
    <message>
        <source>&amp;Import patient files…</source>
        <translation>Patiëntbestanden &amp;importeren…</translation>
    </message>
    <message>
        <source>Import patient documents (JSON); all or nothing</source>
        <translation>Patiëntdocumenten (JSON) importeren; alles of niets</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Map importeren…</translation>
    </message>
    <message>
        <source>Import every *.json file of a folder</source>
        <translation>Alle *.json-bestanden van een map importeren</translation>
    </message>
    <message>
        <source>Import &amp;DXA results…</source>
        <translation>&amp;DXA-resultaten importeren…</translation>
    </message>
    <message>
        <source>DXA results from scanner tables (CSV, XLSX), DICOM SR or FHIR: preview, then import</source>
        <translation>DXA-resultaten uit toesteltabellen (CSV, XLSX), DICOM SR of FHIR: voorbeeld, dan importeren</translation>
    </message>
    <message>
        <source>&amp;Export this patient…</source>
        <translation>Deze patiënt &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write the selected patient&apos;s document</source>
        <translation>Het document van de gekozen patiënt schrijven</translation>
    </message>
    <message>
        <source>Export &amp;all patients…</source>
        <translation>&amp;Alle patiënten exporteren…</translation>
    </message>
    <message>
        <source>Write every patient&apos;s document, one file each</source>
        <translation>Het document van elke patiënt schrijven, één bestand per patiënt</translation>
    </message>
    <message>
        <source>Clinic &amp;letterhead…</source>
        <translation>&amp;Briefhoofd van de kliniek…</translation>
    </message>
    <message>
        <source>Clinic name, address and signatory printed on letters</source>
        <translation>Naam, adres en ondertekenaar van de kliniek op de brieven</translation>
    </message>
    <message>
        <source>Clinic &amp;settings (LSC)…</source>
        <translation>Kliniekin&amp;stellingen (LSC)…</translation>
    </message>
    <message>
        <source>The clinic&apos;s least significant change per DXA site, for every workstation</source>
        <translation>De kleinste significante verandering van de kliniek per DXA-meetplaats, voor elke werkplek</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings of the window: its language</source>
        <translation>De instellingen van het venster op deze werkplek: de taal</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Back-up van database &amp;maken…</translation>
    </message>
    <message>
        <source>A verified copy of the live database</source>
        <translation>Een gecontroleerde kopie van de actieve database</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Herstellen uit back-up…</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup (the current one is kept aside)</source>
        <translation>De database vervangen door een gecontroleerde back-up (de huidige wordt ernaast bewaard)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patiënt</translation>
    </message>
    <message>
        <source>Edit patient &amp;details…</source>
        <translation>Patiënt&amp;gegevens bewerken…</translation>
    </message>
    <message>
        <source>Edit &amp;contacts (address, GP, clinician)…</source>
        <translation>&amp;Contacten bewerken (adres, huisarts, arts)…</translation>
    </message>
    <message>
        <source>Where this patient&apos;s letters go and who signs them</source>
        <translation>Waar de brieven van deze patiënt heen gaan en wie ze ondertekent</translation>
    </message>
    <message>
        <source>Add &amp;DXA study…</source>
        <translation>&amp;DXA-onderzoek toevoegen…</translation>
    </message>
    <message>
        <source>Add a DXA study: date, scanner and every site in one form</source>
        <translation>Een DXA-onderzoek toevoegen: datum, toestel en alle meetplaatsen in één formulier</translation>
    </message>
    <message>
        <source>Add &amp;fracture…</source>
        <translation>&amp;Fractuur toevoegen…</translation>
    </message>
    <message>
        <source>Add a fracture</source>
        <translation>Een fractuur toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;spine imaging…</source>
        <translation>Wervelkolom&amp;beeldvorming toevoegen…</translation>
    </message>
    <message>
        <source>Add &amp;glucocorticoid course…</source>
        <translation>&amp;Glucocorticoïdkuur toevoegen…</translation>
    </message>
    <message>
        <source>A course with its dose steps (a taper) in one form</source>
        <translation>Een kuur met haar dosisstappen (afbouw) in één formulier</translation>
    </message>
    <message>
        <source>Add bone &amp;medication…</source>
        <translation>Bot&amp;medicatie toevoegen…</translation>
    </message>
    <message>
        <source>Add &amp;lab result…</source>
        <translation>&amp;Labuitslag toevoegen…</translation>
    </message>
    <message>
        <source>Add height/&amp;weight…</source>
        <translation>Lengte/&amp;gewicht toevoegen…</translation>
    </message>
    <message>
        <source>Add m&amp;obility status…</source>
        <translation>M&amp;obiliteit toevoegen…</translation>
    </message>
    <message>
        <source>Add FRA&amp;X entry…</source>
        <translation>FRA&amp;X-invoer toevoegen…</translation>
    </message>
    <message>
        <source>Edit &amp;risk factors…</source>
        <translation>&amp;Risicofactoren bewerken…</translation>
    </message>
    <message>
        <source>Write le&amp;tter…</source>
        <translation>Brief &amp;schrijven…</translation>
    </message>
    <message>
        <source>Referral, GP or patient letter for this patient: edit, preview, print</source>
        <translation>Verwijzing, huisartsbrief of patiëntbrief voor deze patiënt: bewerken, voorbeeld, afdrukken</translation>
    </message>
    <message>
        <source>Delete patient…</source>
        <translation>Patiënt verwijderen…</translation>
    </message>
    <message>
        <source>Refresh assessments of all patients</source>
        <translation>Beoordelingen van alle patiënten vernieuwen</translation>
    </message>
    <message>
        <source>Re-assess patients whose list risk / next due is missing or old</source>
        <translation>Patiënten opnieuw beoordelen van wie het risico / volgende termijn in de lijst ontbreekt of verouderd is</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patiënt &amp;zoeken</translation>
    </message>
    <message>
        <source>Search by name, ID or diagnosis</source>
        <translation>Zoeken op naam, ID of diagnose</translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation>Volgende patiënt</translation>
    </message>
    <message>
        <source>Previous patient</source>
        <translation>Vorige patiënt</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Werklijst</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>Grafiek opslaan als &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About NMD Bone Desktop</source>
        <translation>&amp;Over NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>required, e.g. declined after discussion; palliative care</source>
        <translation>verplicht, bijv. afgewezen na overleg; palliatieve zorg</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
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
        <translation>Kliniekinstellingen</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nieuwe patiënt</translation>
    </message>
    <message>
        <source>Delete {name} ({patient_id}) and all their records?
The audit trail keeps a copy of the deleted record.</source>
        <translation>{name} ({patient_id}) en alle gegevens verwijderen?
Het auditspoor bewaart een kopie van het verwijderde record.</translation>
    </message>
</context>
<context>
    <name>PatientController</name>
    <message>
        <source>No patient selected</source>
        <extracomment>The clinic&apos;s own least significant change per site, % (read with each assessment).</extracomment>
        <translation>Geen patiënt gekozen</translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation>Geen patiënt gekozen.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Niet opgeslagen: {error}</translation>
    </message>
    <message>
        <source>a patient with this ID already exists</source>
        <translation>er bestaat al een patiënt met dit ID</translation>
    </message>
    <message>
        <source>Patient {pid} deleted.</source>
        <translation>Patiënt {pid} verwijderd.</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search name, ID or diagnosis  (Ctrl+F)</source>
        <extracomment>Shown left to right: name, risk and next due must stay visible on a 1366-px clinic laptop, so the diagnosis (the widest, and in the name&apos;s tooltip) goes last.</extracomment>
        <translation>Zoek op naam, ID of diagnose  (Ctrl+F)</translation>
    </message>
    <message>
        <source>{total} patients</source>
        <translation>{total} patiënten</translation>
    </message>
    <message>
        <source>{matching} of {total} patients match</source>
        <translation>{matching} van {total} patiënten gevonden</translation>
    </message>
    <message>
        <source>{fetched}+ of {total} patients match</source>
        <translation>{fetched}+ van {total} patiënten gevonden</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>⚠ overdue: a due date has passed</source>
        <extracomment>The roles a repaint asks that this model answers, and their slot in a row&apos;s cells. Flags as icon glyphs (the column stays narrow at 1366 px); the tooltip says them in words.</extracomment>
        <translation>⚠ achterstallig: een termijn is verstreken</translation>
    </message>
    <message>
        <source>● urgent: a priority-1 action is open</source>
        <translation>● urgent: een actie met prioriteit 1 staat open</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Volgende</translation>
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
        <translation>Niet beoordeeld sinds de laatste wijziging (Patiënt ▸ Beoordelingen vernieuwen)</translation>
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
        <translation>◀ Vorige pagina</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Volgende pagina ▶</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Geen voorbeeld</translation>
    </message>
    <message>
        <source>The page preview needs pypdfium2 (not installed); see the Text tab.</source>
        <translation>Het paginavoorbeeld vereist pypdfium2 (niet geïnstalleerd); zie het tabblad Tekst.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>Het voorbeeld kon niet worden getekend: {error}</translation>
    </message>
    <message>
        <source>Page {value} of {pages}</source>
        <translation>Pagina {value} van {pages}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systeemtaal ({language})</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Taal van het venster</translation>
    </message>
    <message>
        <source>A new language applies from the next start of NMD Bone Desktop; nothing you are working on is lost. Recommendations, clinical terms and letters use the same words as the window.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start van NMD Bone Desktop; niets waaraan u werkt gaat verloren. Aanbevelingen, klinische termen en brieven gebruiken dezelfde woorden als het venster.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Windows could not print the PDF ({error}); open it and print from the viewer.</source>
        <translation>Windows kon de pdf niet afdrukken ({error}); open hem en druk af vanuit de viewer.</translation>
    </message>
    <message>
        <source>No print command (CUPS lp or lpr) was found; open the PDF and print from the viewer.</source>
        <translation>Geen afdrukopdracht (CUPS lp of lpr) gevonden; open de pdf en druk af vanuit de viewer.</translation>
    </message>
    <message>
        <source>The print spooler refused the job: {output}</source>
        <translation>De afdrukwachtrij heeft de opdracht geweigerd: {output}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{done} of {total} patients</source>
        <translation>{done} van {total} patiënten</translation>
    </message>
    <message>
        <source>writing {measurements} DXA measurements for {patients} patients</source>
        <translation>{measurements} DXA-metingen voor {patients} patiënten worden opgeslagen</translation>
    </message>
    <message>
        <source>assessing {patients} patients</source>
        <translation>{patients} patiënten worden beoordeeld</translation>
    </message>
    <message>
        <source>Assessing {id}</source>
        <translation>{id} wordt beoordeeld</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Brieven worden geschreven</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Achterstallig sinds {date}</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Nu aan de beurt</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Termijn {date}</translation>
    </message>
    <message>
        <source>{code} · priority {priority}</source>
        <translation>{code} · prioriteit {priority}</translation>
    </message>
    <message>
        <source>Why? ▸</source>
        <translation>Waarom? ▸</translation>
    </message>
    <message>
        <source>Rationale and references for {title}</source>
        <translation>Onderbouwing en bronnen voor {title}</translation>
    </message>
    <message>
        <source>Why? ▾</source>
        <translation>Waarom? ▾</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;Opties:&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avoid:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;Vermijden:&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Since&lt;/i&gt; {date}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Sinds&lt;/i&gt; {date}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;References&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;Bronnen&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Select a patient to see the assessment.</source>
        <translation>Kies een patiënt om de beoordeling te zien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>No recommendations: nothing to do now.</source>
        <translation>Geen aanbevelingen: nu niets te doen.</translation>
    </message>
    <message>
        <source>Next due: {due}. Ruleset {ruleset}, as of {as_of}. {disclaimer}</source>
        <translation>Volgende termijn: {due}. Regelset {ruleset}, per {as_of}. {disclaimer}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Add {record}</source>
        <translation>{record} toevoegen</translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation>{record} bewerken</translation>
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
        <translation>mag hoogstens \1 zijn (ingevoerd: \2)</translation>
    </message>
    <message>
        <source>must be at least \1 (entered: \2)</source>
        <translation>moet minstens \1 zijn (ingevoerd: \2)</translation>
    </message>
    <message>
        <source>must be below \1 (entered: \2)</source>
        <translation>moet onder \1 liggen (ingevoerd: \2)</translation>
    </message>
    <message>
        <source>must be above \1 (entered: \2)</source>
        <translation>moet boven \1 liggen (ingevoerd: \2)</translation>
    </message>
    <message>
        <source>“\1” is not a number</source>
        <translation>“\1” is geen getal</translation>
    </message>
    <message>
        <source>must be a whole number (entered: \1)</source>
        <translation>moet een geheel getal zijn (ingevoerd: \1)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <source>choose one of the options offered</source>
        <translation>kies een van de aangeboden opties</translation>
    </message>
    <message>
        <source>at most \1 characters</source>
        <translation>hoogstens \1 tekens</translation>
    </message>
    <message>
        <source>at least \1 characters</source>
        <translation>minstens \1 tekens</translation>
    </message>
    <message>
        <source>\2 is before the date of birth (\1)</source>
        <translation>\2 ligt vóór de geboortedatum (\1)</translation>
    </message>
    <message>
        <source>\2 is after today (\1)</source>
        <translation>\2 ligt na vandaag (\1)</translation>
    </message>
    <message>
        <source>\2 is after the assessment date (\1)</source>
        <translation>\2 ligt na de beoordelingsdatum (\1)</translation>
    </message>
    <message>
        <source>\2 is before the start (\1)</source>
        <translation>\2 ligt vóór het begin (\1)</translation>
    </message>
    <message>
        <source>required: please fill in</source>
        <translation>verplicht: vul dit in</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>non-smoker</source>
        <extracomment>For a choice whose options depend on another field (lab units on the test). Only when the record is new (the patient id cannot be renamed in place).</extracomment>
        <translation>niet-roker</translation>
    </message>
    <message>
        <source>ex-smoker</source>
        <translation>ex-roker</translation>
    </message>
    <message>
        <source>light (&lt;10/day)</source>
        <translation>licht (&lt;10/dag)</translation>
    </message>
    <message>
        <source>moderate (10–19/day)</source>
        <translation>matig (10–19/dag)</translation>
    </message>
    <message>
        <source>heavy (≥20/day)</source>
        <translation>zwaar (≥20/dag)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>&lt;1 unit/day</source>
        <translation>&lt;1 eenheid/dag</translation>
    </message>
    <message>
        <source>1–2 units/day</source>
        <translation>1–2 eenheden/dag</translation>
    </message>
    <message>
        <source>3–6 units/day</source>
        <translation>3–6 eenheden/dag</translation>
    </message>
    <message>
        <source>7–9 units/day</source>
        <translation>7–9 eenheden/dag</translation>
    </message>
    <message>
        <source>&gt;9 units/day</source>
        <translation>&gt;9 eenheden/dag</translation>
    </message>
    <message>
        <source>White or not stated</source>
        <translation>Wit of niet vermeld</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>Indiaas</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pakistaans</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>Bengaals</translation>
    </message>
    <message>
        <source>Other Asian</source>
        <translation>Ander Aziatisch</translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation>Zwart Caribisch</translation>
    </message>
    <message>
        <source>Black African</source>
        <translation>Zwart Afrikaans</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinees</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>DXA measurement</source>
        <translation>DXA-meting</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Meetplaats</translation>
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
        <translation>Lengtegecorrigeerde Z</translation>
    </message>
    <message>
        <source>children</source>
        <translation>kinderen</translation>
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
        <translation>alleen lumbale wervelkolom</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Zijde</translation>
    </message>
    <message>
        <source>hip, femur and forearm sites</source>
        <translation>heup-, femur- en onderarmmeetplaatsen</translation>
    </message>
    <message>
        <source>fracture</source>
        <translation>fractuur</translation>
    </message>
    <message>
        <source>Fractures</source>
        <translation>Fracturen</translation>
    </message>
    <message>
        <source>Vertebra</source>
        <translation>Wervel</translation>
    </message>
    <message>
        <source>e.g. T12 (vertebral only)</source>
        <translation>bijv. T12 (alleen wervel)</translation>
    </message>
    <message>
        <source>Genant grade</source>
        <translation>Genant-graad</translation>
    </message>
    <message>
        <source>1 mild</source>
        <translation>1 licht</translation>
    </message>
    <message>
        <source>2 moderate</source>
        <translation>2 matig</translation>
    </message>
    <message>
        <source>3 severe</source>
        <translation>3 ernstig</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanisme</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Gevonden via</translation>
    </message>
    <message>
        <source>spine imaging</source>
        <translation>wervelkolombeeldvorming</translation>
    </message>
    <message>
        <source>Spine imaging</source>
        <translation>Wervelkolombeeldvorming</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modaliteit</translation>
    </message>
    <message>
        <source>Vertebral fracture found</source>
        <translation>Wervelfractuur gevonden</translation>
    </message>
    <message>
        <source>glucocorticoid course</source>
        <translation>glucocorticoïdkuur</translation>
    </message>
    <message>
        <source>Glucocorticoids</source>
        <translation>Glucocorticoïden</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <source>per dose; total for a single pulse</source>
        <translation>per dosis; totaal bij een enkele puls</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Toediening</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>botmedicatie</translation>
    </message>
    <message>
        <source>Bone medications</source>
        <translation>Botmedicatie</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Laatste dosis</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Reden van stoppen</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>labuitslag</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Lab</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>meting</translation>
    </message>
    <message>
        <source>Height &amp; weight</source>
        <translation>Lengte &amp; gewicht</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Lengte (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>mobility status</source>
        <translation>mobiliteitsstatus</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>FRAX entry</source>
        <translation>FRAX-invoer</translation>
    </message>
    <message>
        <source>FRAX</source>
        <translation>FRAX</translation>
    </message>
    <message>
        <source>Major osteoporotic (%)</source>
        <translation>Ernstige osteoporotische fractuur (%)</translation>
    </message>
    <message>
        <source>Hip (%)</source>
        <translation>Heup (%)</translation>
    </message>
    <message>
        <source>With BMD</source>
        <translation>Met BMD</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>risk factors</source>
        <translation>risicofactoren</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risicofactoren</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Roken</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Etniciteit</translation>
    </message>
    <message>
        <source>Parental osteoporosis / hip fracture</source>
        <translation>Osteoporose / heupfractuur bij ouders</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Aandoeningen</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>patiëntgegevens</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Patiëntgegevens</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patiënt-ID</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Diagnosis label</source>
        <translation>Omschrijving diagnose</translation>
    </message>
    <message>
        <source>Diagnosis onset</source>
        <translation>Begin diagnose</translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation>Menopauze</translation>
    </message>
    <message>
        <source>women only</source>
        <translation>alleen vrouwen</translation>
    </message>
    <message>
        <source>Age at menopause</source>
        <translation>Leeftijd bij menopauze</translation>
    </message>
    <message>
        <source>Puberty</source>
        <translation>Puberteit</translation>
    </message>
    <message>
        <source>Dysphagia</source>
        <translation>Dysfagie</translation>
    </message>
    <message>
        <source>Can sit upright 30 min</source>
        <translation>Kan 30 min rechtop zitten</translation>
    </message>
    <message>
        <source>Falls in past 12 months</source>
        <translation>Valpartijen in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Cardiovascular event in past 12 months</source>
        <translation>Cardiovasculaire gebeurtenis in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Childbearing potential</source>
        <translation>Vruchtbaar</translation>
    </message>
    <message>
        <source>Calcium (mg/day)</source>
        <translation>Calcium (mg/dag)</translation>
    </message>
    <message>
        <source>Vitamin D (IU/day)</source>
        <translation>Vitamine D (IE/dag)</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>The ``contacts`` object as one singleton record of three parts (each a whole sub-object).</extracomment>
        <translation>contacten</translation>
    </message>
    <message>
        <source>Patient&apos;s address</source>
        <translation>Adres van de patiënt</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Responsible clinician</source>
        <translation>Behandelend arts</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Add…</source>
        <extracomment>Kinds whose &quot;Add&quot; opens a form for several records at once.</extracomment>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Geen patiënt gekozen</translation>
    </message>
    <message>
        <source>Add DXA study…</source>
        <translation>DXA-onderzoek toevoegen…</translation>
    </message>
    <message>
        <source>Add glucocorticoid course…</source>
        <translation>Glucocorticoïdkuur toevoegen…</translation>
    </message>
    <message>
        <source>Add {record}…</source>
        <translation>{record} toevoegen…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Delete {record} of {patient}?</source>
        <translation>{record} van {patient} verwijderen?</translation>
    </message>
    <message>
        <source>Delete this {record} of {patient}?</source>
        <translation>Deze {record} van {patient} verwijderen?</translation>
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
        <translation>wervelkolombeeldvorming</translation>
    </message>
    <message>
        <source>bone labs</source>
        <translation>botlab</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open clinic server — NMD Bone Desktop</source>
        <translation>Kliniekserver openen — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>empty: from PGPASSFILE or the service file</source>
        <translation>leeg: uit PGPASSFILE of het servicebestand</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databasewachtwoord</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The clinic database on the clinic&apos;s PostgreSQL server (several workstations):</source>
        <translation>De kliniekdatabase op de PostgreSQL-server van de kliniek (meerdere werkplekken):</translation>
    </message>
    <message>
        <source>Server URL: write it as postgresql://HOST/DATABASE</source>
        <translation>Server-URL: schrijf als postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>Not connected: {error}</source>
        <translation>Niet verbonden: {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <source>The database is being written by another window or program; try again.</source>
        <translation>De database wordt door een ander venster of programma beschreven; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} changed this patient ({records}) on {date} at {time} UTC, after you opened it. Reload the patient and make the change again.</source>
        <translation>Er is niets opgeslagen: {user} heeft deze patiënt ({records}) op {date} om {time} UTC gewijzigd, nadat u hem had geopend. Laad de patiënt opnieuw en breng de wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} deleted this patient on {date} at {time} UTC.</source>
        <translation>Er is niets opgeslagen: {user} heeft deze patiënt op {date} om {time} UTC verwijderd.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was changed on another workstation after you opened it (revision {expected}, now {actual}). Reload the patient and make the change again.</source>
        <translation>Er is niets opgeslagen: deze patiënt is op een andere werkplek gewijzigd nadat u hem had geopend (revisie {expected}, nu {actual}). Laad de patiënt opnieuw en breng de wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was deleted after you opened it.</source>
        <translation>Er is niets opgeslagen: deze patiënt is verwijderd nadat u hem had geopend.</translation>
    </message>
</context>
<context>
    <name>TriageItemsPanel</name>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&apos;Coming up&apos;: due within this many days after the as-of date</source>
        <translation>&apos;Binnenkort&apos;: binnen zoveel dagen na de peildatum aan de beurt</translation>
    </message>
    <message>
        <source>coming up within</source>
        <translation>binnenkort binnen</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Items marked as booked or not applicable (select them to undo)</source>
        <translation>Items gemarkeerd als gepland of niet van toepassing (selecteer om ongedaan te maken)</translation>
    </message>
    <message>
        <source>Handled ({count})</source>
        <translation>Afgehandeld ({count})</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Main toolbar</source>
        <extracomment>The clinic&apos;s use case (a :class:`~nmdbone_desktop.services.clinic.Clinic` method) each command ends in: the window disables a command whose use case the signed-in role may not run (``Clinic.may``). The clinic checks the role itself, whatever the window shows; this only spares a useless dialog.</extracomment>
        <translation>Hoofdwerkbalk</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>priority 1 (urgent)</source>
        <translation>prioriteit 1 (urgent)</translation>
    </message>
    <message>
        <source>priority 1–2</source>
        <translation>prioriteit 1–2</translation>
    </message>
    <message>
        <source>Recommendation code</source>
        <translation>Aanbevelingscode</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Risicocategorie</translation>
    </message>
    <message>
        <source>Due window</source>
        <translation>Termijnvenster</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioriteit:</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnose:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Wat te doen:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risico:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termijn:</translation>
    </message>
    <message>
        <source>any priority</source>
        <translation>elke prioriteit</translation>
    </message>
    <message>
        <source>any risk</source>
        <translation>elk risico</translation>
    </message>
    <message>
        <source>any diagnosis</source>
        <translation>elke diagnose</translation>
    </message>
    <message>
        <source>{date} (in {days} d)</source>
        <translation>{date} (over {days} d)</translation>
    </message>
    <message>
        <source>{date} ({days} d)</source>
        <translation>{date} ({days} d)</translation>
    </message>
    <message>
        <source>returned — was {mark}</source>
        <translation>teruggekeerd — was {mark}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Tier / handled</source>
        <translation>Niveau / afgehandeld</translation>
    </message>
    <message>
        <source>Worklist items, most urgent first</source>
        <translation>Werklijstitems, meest urgent eerst</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Patiënt openen</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Brieven…</translation>
    </message>
    <message>
        <source>Mark as booked…</source>
        <translation>Markeren als gepland…</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Niet van toepassing…</translation>
    </message>
    <message>
        <source>Undo mark</source>
        <translation>Markering ongedaan maken</translation>
    </message>
    <message>
        <source>{count} handled items shown</source>
        <translation>{count} afgehandelde items getoond</translation>
    </message>
    <message>
        <source>{count} items shown</source>
        <translation>{count} items getoond</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, {count} geselecteerd</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation>⚠ achterstallig</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, termijn {date}</translation>
    </message>
    <message>
        <source>Most urgent priority among the open items (1 = most urgent)</source>
        <translation>Meest urgente prioriteit van de openstaande items (1 = meest urgent)</translation>
    </message>
    <message>
        <source>act now</source>
        <translation>nu handelen</translation>
    </message>
    <message>
        <source>due</source>
        <translation>aan de beurt</translation>
    </message>
    <message>
        <source>coming up</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>information</source>
        <translation>informatie</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>altijd</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>achterstallig</translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation>binnen 30 dagen aan de beurt</translation>
    </message>
    <message>
        <source>due within 90 days</source>
        <translation>binnen 90 dagen aan de beurt</translation>
    </message>
    <message>
        <source>booked for {date}</source>
        <translation>gepland op {date}</translation>
    </message>
    <message>
        <source>not applicable: {reason}</source>
        <translation>niet van toepassing: {reason}</translation>
    </message>
    <message>
        <source>{patients} patients checked, {act_now} act now, {due} due, {coming_up} coming up</source>
        <translation>{patients} patiënten gecontroleerd, {act_now} nu handelen, {due} aan de beurt, {coming_up} binnenkort</translation>
    </message>
</context>
<context>
    <name>WorklistAndLetters</name>
    <message>
        <source>Worklist</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — not real patients</source>
        <translation>SYNTHETISCHE DEMOGEGEVENS — geen echte patiënten</translation>
    </message>
</context>
<context>
    <name>WorklistPlaceholder</name>
    <message>
        <source>The clinic worklist (care gaps and quality indicators) will appear here.
Meanwhile: sort the patient list by Next due or Risk, or run
nmdbone-desktop worklist --db PATH</source>
        <translation>De werklijst van de kliniek (zorghiaten en kwaliteitsindicatoren) verschijnt hier.
Intussen: sorteer de patiëntenlijst op volgende termijn of risico, of voer uit:
nmdbone-desktop worklist --db PATH</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Assessment date of the worklist and the indicators</source>
        <translation>Beoordelingsdatum van de werklijst en de indicatoren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Re-assess changed patients and rebuild the worklist (F5)</source>
        <translation>Gewijzigde patiënten opnieuw beoordelen en de werklijst opnieuw opbouwen (F5)</translation>
    </message>
    <message>
        <source>Write letters for the selected patients</source>
        <translation>Brieven schrijven voor de geselecteerde patiënten</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Save the rows shown and the indicators as CSV files</source>
        <translation>De getoonde rijen en de indicatoren opslaan als CSV-bestanden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop building the worklist; the patients assessed so far are kept</source>
        <translation>Het opbouwen van de werklijst stoppen; de tot nu toe beoordeelde patiënten blijven bewaard</translation>
    </message>
    <message>
        <source>Not built yet.</source>
        <translation>Nog niet opgebouwd.</translation>
    </message>
    <message>
        <source>Patients with open items</source>
        <translation>Patiënten met openstaande items</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Peildatum:</translation>
    </message>
    <message>
        <source>Items to act on</source>
        <translation>Te behandelen items</translation>
    </message>
    <message>
        <source>By patient</source>
        <translation>Per patiënt</translation>
    </message>
    <message>
        <source>Quality indicators</source>
        <translation>Kwaliteitsindicatoren</translation>
    </message>
    <message>
        <source>Assessing the clinic on {date}…</source>
        <translation>De kliniek wordt beoordeeld per {date}…</translation>
    </message>
    <message>
        <source>Could not build the worklist: {error}</source>
        <translation>De werklijst kon niet worden opgebouwd: {error}</translation>
    </message>
    <message>
        <source>Cancelled; assessments finished so far are kept. Refresh to continue.</source>
        <translation>Geannuleerd; de al afgeronde beoordelingen blijven bewaard. Vernieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>Not marked: {error}</source>
        <translation>Niet gemarkeerd: {error}</translation>
    </message>
    <message>
        <source>Letters for {count} selected…</source>
        <translation>Brieven voor {count} geselecteerde…</translation>
    </message>
    <message>
        <source>Letters for selected…</source>
        <translation>Brieven voor geselecteerde…</translation>
    </message>
    <message>
        <source>On {date}: {computed} patients assessed anew, {reused} assessments reused from the cache</source>
        <translation>Per {date}: {computed} patiënten opnieuw beoordeeld, {reused} beoordelingen uit de cache hergebruikt</translation>
    </message>
    <message>
        <source>{shown} of {total} patients with open items shown ({patients} in the clinic)</source>
        <translation>{shown} van {total} patiënten met openstaande items getoond ({patients} in de kliniek)</translation>
    </message>
    <message>
        <source>Export worklist</source>
        <translation>Werklijst exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>_AddressFields</name>
    <message>
        <source>street and number, one line each (up to 4)</source>
        <translation>straat en huisnummer, één regel per onderdeel (maximaal 4)</translation>
    </message>
    <message>
        <source>two letters, e.g. GB, NL, DE</source>
        <translation>twee letters, bijv. GB, NL, DE</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
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
        <translation>mg per dosis</translation>
    </message>
</context>
</TS>
