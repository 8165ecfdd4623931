<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Bone health in neuromuscular disease: BMD trajectories, glucocorticoid exposure, fracture risk and what to do next. Runs offline; the data stay in the clinic&apos;s database.</source>
        <translation>Salute dell&apos;osso nelle malattie neuromuscolari: andamento della BMD, esposizione ai glucocorticoidi, rischio di frattura e prossimi passi. Funziona offline; i dati restano nel database della clinica.</translation>
    </message>
    <message>
        <source>Ruleset version:</source>
        <translation>Versione delle regole:</translation>
    </message>
    <message>
        <source>The software supports clinical judgement and does not replace it.</source>
        <translation>Il software supporta il giudizio clinico e non lo sostituisce.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>FRAX® figures are entered by the clinician from the official calculator; this software only adjusts them as the ruleset describes.</source>
        <translation>I valori FRAX® sono inseriti dal medico dal calcolatore ufficiale; questo software li corregge solo come descritto dalle regole.</translation>
    </message>
    <message>
        <source>About NMD Bone Desktop</source>
        <translation>Informazioni su NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>AssessmentHeader</name>
    <message>
        <source>none</source>
        <extracomment>The list&apos;s colours (one scale, by category only): &quot;low&quot; is plain text, never a reassuring green.</extracomment>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>low (&lt;2.5)</source>
        <translation>bassa (&lt;2,5)</translation>
    </message>
    <message>
        <source>medium (2.5–7.5)</source>
        <translation>media (2,5–7,5)</translation>
    </message>
    <message>
        <source>high (≥7.5)</source>
        <translation>alta (≥7,5)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>{label}: major osteoporotic {major}, hip {hip}</source>
        <translation>{label}: frattura osteoporotica maggiore {major}, anca {hip}</translation>
    </message>
    <message>
        <source>with femoral neck BMD</source>
        <translation>con BMD del collo femorale</translation>
    </message>
    <message>
        <source>clinical factors, no BMD</source>
        <translation>fattori clinici, senza BMD</translation>
    </message>
    <message>
        <source>BMD not stated</source>
        <translation>BMD non indicata</translation>
    </message>
    <message>
        <source>entered {date}</source>
        <translation>inserito il {date}</translation>
    </message>
    <message>
        <source>adjusted: {adjustments}</source>
        <translation>corretto: {adjustments}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#555&apos;&gt;(since {date})&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#555&apos;&gt;(dal {date})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Risk category criteria met:</source>
        <translation>Criteri della categoria di rischio soddisfatti:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrata</translation>
    </message>
    <message>
        <source>{status} (since {date})</source>
        <translation>{status} (dal {date})</translation>
    </message>
    <message>
        <source>QFracture-2012 © ClinRisk Ltd — disclaimer ▸</source>
        <translation>QFracture-2012 © ClinRisk Ltd — avvertenza ▸</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · born {birth_date}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · nato/a il {birth_date}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>{age} years ({population})</source>
        <translation>{age} anni ({population})</translation>
    </message>
    <message>
        <source>, onset {date}</source>
        <translation>, esordio {date}</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilità</translation>
    </message>
    <message>
        <source>none now</source>
        <translation>nessuna ora</translation>
    </message>
    <message>
        <source>{dose} mg/day prednisolone-eq, {band}</source>
        <translation>{dose} mg/die eq. prednisolone, {band}</translation>
    </message>
    <message>
        <source>; cumulative {grams}&#xa0;g</source>
        <translation>; cumulativa {grams} g</translation>
    </message>
    <message>
        <source>Steroids</source>
        <translation>Steroidi</translation>
    </message>
    <message>
        <source>, lowest {score_type} {score} at {site} ({date})</source>
        <translation>, {score_type}-score più basso {score} a {site} ({date})</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;Risk&lt;/span&gt;&amp;nbsp; {risk_html}</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;Rischio&lt;/span&gt;&amp;nbsp; {risk_html}</translation>
    </message>
    <message>
        <source>FRAX: none entered</source>
        <translation>FRAX: non inserito</translation>
    </message>
    <message>
        <source>&lt;b&gt;10-year fracture risk&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(for information: the category above comes from its criterion)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</source>
        <translation>&lt;b&gt;Rischio di frattura a 10 anni&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(a titolo informativo: la categoria sopra deriva dal suo criterio)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Clinic database backups (*.sqlite *.db *.dump);;All files (*)</source>
        <translation>Backup del database della clinica (*.sqlite *.db *.dump);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Back up the clinic database</source>
        <translation>Backup del database della clinica</translation>
    </message>
    <message>
        <source>Restore the clinic database from a backup</source>
        <translation>Ripristina il database della clinica da un backup</translation>
    </message>
    <message>
        <source>Replace the clinic database
{location}
with the backup
{backup}
({summary})?

The current database is kept aside beside it (…before-restore-DATE), so this can be undone.</source>
        <translation>Sostituire il database della clinica
{location}
con il backup
{backup}
({summary})?

Il database attuale viene conservato accanto (…before-restore-DATA), quindi l&apos;operazione si può annullare.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <source>1 letter needs attention before posting:</source>
        <translation>1 lettera richiede attenzione prima dell&apos;invio:</translation>
    </message>
    <message>
        <source>{count} letters need attention before posting:</source>
        <translation>{count} lettere richiedono attenzione prima dell&apos;invio:</translation>
    </message>
    <message>
        <source>Letters for {count} patients</source>
        <translation>Lettere per {count} pazienti</translation>
    </message>
    <message>
        <source>One PDF with every letter</source>
        <extracomment>The window&apos;s session: the batch is made (and audited) as the signed-in user and role.</extracomment>
        <translation>Un PDF con tutte le lettere</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Un PDF per paziente, in una cartella</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>File o cartella</translation>
    </message>
    <message>
        <source>Write letters</source>
        <extracomment>Per patient, what their letter lacks for posting (filled when the batch ends).</extracomment>
        <translation>Scrivi le lettere</translation>
    </message>
    <message>
        <source>Choose where the letters go.</source>
        <translation>Scegli dove salvare le lettere.</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Scrittura delle lettere…</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Scrittura delle lettere</translation>
    </message>
    <message>
        <source>1 letter written</source>
        <translation>1 lettera scritta</translation>
    </message>
    <message>
        <source>{count} letters written</source>
        <translation>{count} lettere scritte</translation>
    </message>
    <message>
        <source> to {place}</source>
        <translation> in {place}</translation>
    </message>
    <message>
        <source>Cancelled. {text}.</source>
        <translation>Annullato. {text}.</translation>
    </message>
    <message>
        <source> Not written ({count}): {listed}</source>
        <translation> Non scritte ({count}): {listed}</translation>
    </message>
    <message>
        <source>The batch stopped: {error}</source>
        <translation>Il lotto si è fermato: {error}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>The batch stopped:
{error}</source>
        <translation>Il lotto si è fermato:
{error}</translation>
    </message>
    <message>
        <source>Letters PDF</source>
        <translation>PDF delle lettere</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Cartella per le lettere</translation>
    </message>
</context>
<context>
    <name>BmdChangeTable</name>
    <message>
        <source>Site</source>
        <extracomment>Rows the table shows without scrolling (most patients have two or three sites).</extracomment>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Esami</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Dal precedente</translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation>Dal basale</translation>
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
        <translation> ({percent}% all&apos;anno)</translation>
    </message>
    <message>
        <source>significant: at least the least significant change ({lsc}%)</source>
        <translation>significativa: almeno la minima variazione significativa ({lsc}%)</translation>
    </message>
    <message>
        <source>not significant: less than the least significant change ({lsc}%)</source>
        <translation>non significativa: meno della minima variazione significativa ({lsc}%)</translation>
    </message>
    <message>
        <source>BMD change per site</source>
        <translation>Variazione della BMD per sede</translation>
    </message>
    <message>
        <source>{mark} significant: the BMD change (% of g/cm²) is at least the site&apos;s least significant change (LSC). Baseline: first scan on the latest scan&apos;s manufacturer; scans on another manufacturer are not compared.</source>
        <translation>{mark} significativa: la variazione della BMD (% in g/cm²) è almeno la minima variazione significativa (LSC) della sede. Basale: primo esame sull&apos;apparecchio del produttore dell&apos;ultimo esame; gli esami di un altro produttore non vengono confrontati.</translation>
    </message>
    <message>
        <source>{scans} since {year}</source>
        <translation>{scans} dal {year}</translation>
    </message>
    <message>
        <source>other scanner</source>
        <translation>altro apparecchio</translation>
    </message>
    <message>
        <source>{scans} scans with a BMD</source>
        <translation>{scans} esami con BMD</translation>
    </message>
    <message>
        <source>{lsc}% clinic</source>
        <translation>{lsc}% clinica</translation>
    </message>
    <message>
        <source>{lsc}% default</source>
        <translation>{lsc}% predef.</translation>
    </message>
    <message>
        <source>least significant change: the clinic value</source>
        <translation>minima variazione significativa: valore della clinica</translation>
    </message>
    <message>
        <source>least significant change: RULES §7 default</source>
        <translation>minima variazione significativa: predefinito RULES §7</translation>
    </message>
    <message>
        <source>No BMD on record: no change to show</source>
        <translation>Nessuna BMD registrata: nessuna variazione da mostrare</translation>
    </message>
</context>
<context>
    <name>BmdChartWidget</name>
    <message>
        <source>BMD trajectory chart</source>
        <translation>Grafico dell&apos;andamento della BMD</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>Mostra {label}</translation>
    </message>
    <message>
        <source>Z too</source>
        <translation>Anche Z</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>BMD g/cm²</translation>
    </message>
    <message>
        <source>Plot BMD (g/cm²) instead of T/Z-scores: every scan with a BMD, also those without a score</source>
        <translation>Mostra la BMD (g/cm²) invece dei T/Z-score: ogni esame con BMD, anche quelli senza score</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Salva PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Ctrl+Shift+S)</source>
        <translation>Salva il grafico come immagine PNG (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>{other} too</source>
        <translation>Anche {other}</translation>
    </message>
    <message>
        <source>Also plot the {other}-score of every scan (dashed, hollow markers). Scans that have only a {other}-score are always plotted.</source>
        <translation>Mostra anche lo {other}-score di ogni esame (tratteggiato, simboli vuoti). Gli esami che hanno solo uno {other}-score sono sempre mostrati.</translation>
    </message>
    <message>
        <source>No scan of this patient has a {other}-score</source>
        <translation>Nessun esame di questo paziente ha uno {other}-score</translation>
    </message>
    <message>
        <source>clinic value</source>
        <translation>valore della clinica</translation>
    </message>
    <message>
        <source>Select a patient</source>
        <translation>Seleziona un paziente</translation>
    </message>
    <message>
        <source>osteopenia</source>
        <translation>osteopenia</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>osteoporosi</translation>
    </message>
    <message>
        <source>Z −2.0 (low for age)</source>
        <translation>Z −2,0 (basso per l&apos;età)</translation>
    </message>
    <message>
        <source>vertebral fracture</source>
        <translation>frattura vertebrale</translation>
    </message>
    <message>
        <source>other fracture</source>
        <translation>altra frattura</translation>
    </message>
    <message>
        <source>{score_type}-score</source>
        <translation>{score_type}-score</translation>
    </message>
    <message>
        <source>◯ baseline / &lt;b&gt;◯&lt;/b&gt; latest scan</source>
        <translation>◯ basale / &lt;b&gt;◯&lt;/b&gt; ultimo esame</translation>
    </message>
    <message>
        <source>BMD change ≥ LSC</source>
        <translation>Variazione BMD ≥ LSC</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>farmaco per l&apos;osso</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Salva il grafico come PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>optional, e.g. DXA at the radiology department</source>
        <translation>facoltativo, ad es. DXA in radiologia</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Prenotato per:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Spine</source>
        <extracomment>The site toggles&apos; short names (``charts.styles.SiteStyle.short``).</extracomment>
        <translation>Rachide</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Collo</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Anca</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>TBLH</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Femur</source>
        <translation>Femore</translation>
    </message>
</context>
<context>
    <name>ClinicLscDialog</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» non è un numero</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi} %</source>
        <translation>deve essere tra {lo} e {hi} %</translation>
    </message>
    <message>
        <source>Clinic settings — {clinic}</source>
        <translation>Impostazioni della clinica — {clinic}</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Impostazioni della clinica</translation>
    </message>
    <message>
        <source>&lt;b&gt;Least significant change (LSC) per DXA site&lt;/b&gt;&lt;br&gt;From your own precision study: LSC = 2.77 × precision error (RMS-SD, %). A change in BMD of at least the LSC is marked significant on the chart and used by the assessment. Leave a field empty to use the default (RULES §7). Stored in the clinic database: every workstation uses it.</source>
        <translation>&lt;b&gt;Minima variazione significativa (LSC) per sede DXA&lt;/b&gt;&lt;br&gt;Dal vostro studio di precisione: LSC = 2,77 × errore di precisione (RMS-SD, %). Una variazione di BMD di almeno la LSC è segnata come significativa nel grafico e usata dalla valutazione. Lasciare vuoto un campo per usare il valore predefinito (RULES §7). Salvato nel database della clinica: ogni postazione lo usa.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Clinic LSC (%)</source>
        <translation>LSC della clinica (%)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>{site} LSC, %</source>
        <translation>{site} LSC, %</translation>
    </message>
    <message>
        <source>{lsc} (default)</source>
        <translation>{lsc} (predefinito)</translation>
    </message>
    <message>
        <source>Use defaults</source>
        <translation>Usa i predefiniti</translation>
    </message>
    <message>
        <source>Empty every field: the RULES §7 defaults apply</source>
        <translation>Svuota tutti i campi: valgono i predefiniti di RULES §7</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non salvato: {error}</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>DIN 5008 window (form B)</source>
        <extracomment>The letters&apos; envelope windows (``letters.settings.ADDRESS_WINDOWS``), named for the translators.</extracomment>
        <translation>Finestra DIN 5008 (forma B)</translation>
    </message>
    <message>
        <source>UK C5/DL window envelope</source>
        <translation>Busta a finestra UK C5/DL</translation>
    </message>
    <message>
        <source>Clinic letterhead and signatory</source>
        <translation>Intestazione della clinica e firmatario</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>No window: address in the letter&apos;s flow</source>
        <translation>Nessuna finestra: indirizzo nel testo della lettera</translation>
    </message>
    <message>
        <source>empty: the letter template&apos;s wording</source>
        <translation>vuoto: il testo del modello di lettera</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nome della clinica</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Address (one line each)</source>
        <translation>Indirizzo (una riga per voce)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Immagine del logo</translation>
    </message>
    <message>
        <source>Signing clinician*</source>
        <translation>Medico firmatario*</translation>
    </message>
    <message>
        <source>Clinician&apos;s title</source>
        <translation>Qualifica del medico</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Finestra della busta</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato data</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Formato carta</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Lingua delle lettere</translation>
    </message>
    <message>
        <source>Referrals (adults) go to</source>
        <translation>Le richieste di consulenza (adulti) vanno a</translation>
    </message>
    <message>
        <source>Referrals (children) go to</source>
        <translation>Le richieste di consulenza (bambini) vanno a</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>* Letters are signed by the patient&apos;s responsible clinician (Patient → Contacts), else by the user who makes them; the signing clinician here is the last resort.</source>
        <translation>* Le lettere sono firmate dal medico responsabile del paziente (Paziente → Contatti), altrimenti dall&apos;utente che le crea; il firmatario indicato qui è l&apos;ultima scelta.</translation>
    </message>
    <message>
        <source>Logo image not found: {logo_path}</source>
        <translation>Immagine del logo non trovata: {logo_path}</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <source>The letterhead could not be saved:
{error}</source>
        <translation>L&apos;intestazione non è stata salvata:
{error}</translation>
    </message>
    <message>
        <source>The preview could not be made: {error}</source>
        <translation>Impossibile creare l&apos;anteprima: {error}</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts — {given} {family} ({id}, born {birth_date})</source>
        <translation>Contatti — {given} {family} ({id}, nato/a il {birth_date})</translation>
    </message>
    <message>
        <source>Patient&apos;s postal address (advice sheets)</source>
        <translation>Indirizzo postale del paziente (schede informative)</translation>
    </message>
    <message>
        <source>General practitioner (GP letters)</source>
        <translation>Medico di base (lettere al medico di base)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ambulatorio</translation>
    </message>
    <message>
        <source>Responsible clinician (signs the letters)</source>
        <translation>Medico responsabile (firma le lettere)</translation>
    </message>
    <message>
        <source>e.g. Consultant Neurologist</source>
        <translation>ad es. neurologo dirigente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Type YYYY-MM-DD or pick from the calendar (Alt+Down)</source>
        <translation>Digitare AAAA-MM-GG o scegliere dal calendario (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DxaImportDialog</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>BMD g/cm²</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>DXA results (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;All files (*)</source>
        <translation>Risultati DXA (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>da aggiungere</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicato</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>Import DXA results</source>
        <translation>Importa risultati DXA</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Aggiungi &amp;file…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Salva &amp;modello…</translation>
    </message>
    <message>
        <source>Save an empty CSV table with the columns the import reads</source>
        <translation>Salva una tabella CSV vuota con le colonne lette dall&apos;importazione</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient ({current_patient})</source>
        <translation>Assegna tutte le misure al paziente selezionato ({current_patient})</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient</source>
        <translation>Assegna tutte le misure al paziente selezionato</translation>
    </message>
    <message>
        <source>For files that do not carry the clinic&apos;s patient id (e.g. FHIR from elsewhere)</source>
        <translation>Per i file senza l&apos;ID paziente della clinica (ad es. FHIR da altre strutture)</translation>
    </message>
    <message>
        <source>No files chosen.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <source>I have checked the patients matched by name and birth date only</source>
        <translation>Ho controllato i pazienti abbinati solo per nome e data di nascita</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>DXA results to import</source>
        <translation>Risultati DXA da importare</translation>
    </message>
    <message>
        <source>Save the DXA import template</source>
        <translation>Salva il modello di importazione DXA</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <source>Files: {names}</source>
        <translation>File: {names}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Cannot read the files: {error}</source>
        <translation>Impossibile leggere i file: {error}</translation>
    </message>
    <message>
        <source>Reading DXA results</source>
        <translation>Lettura dei risultati DXA</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lettura annullata.</translation>
    </message>
    <message>
        <source>matched by name and birth date</source>
        <translation>abbinato per nome e data di nascita</translation>
    </message>
    <message>
        <source>{add} to add for {patients} patient(s), {duplicate} duplicate(s) skipped, {refused} refused</source>
        <translation>{add} da aggiungere per {patients} paziente/i, {duplicate} duplicato/i saltato/i, {refused} rifiutato/i</translation>
    </message>
    <message>
        <source> — fix the refused rows; nothing is imported</source>
        <translation> — correggere le righe rifiutate; non viene importato nulla</translation>
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
        <translation>Z corr. statura</translation>
    </message>
    <message>
        <source>children</source>
        <translation>bambini</translation>
    </message>
    <message>
        <source>TBS</source>
        <translation>TBS</translation>
    </message>
    <message>
        <source>spine only</source>
        <translation>solo rachide</translation>
    </message>
    <message>
        <source>Add DXA study — {patient}</source>
        <translation>Aggiungi esame DXA — {patient}</translation>
    </message>
    <message>
        <source>Add DXA study</source>
        <translation>Aggiungi esame DXA</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Data dell&apos;esame</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Data *</translation>
    </message>
    <message>
        <source>Scanner manufacturer</source>
        <translation>Produttore dell&apos;apparecchio</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Apparecchio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sede&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lato&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{site} side</source>
        <translation>{site} lato</translation>
    </message>
    <message>
        <source>Fill in the sites measured; empty rows are not saved. Decimal comma or point.</source>
        <translation>Compilare le sedi misurate; le righe vuote non vengono salvate. Virgola o punto decimale.</translation>
    </message>
    <message>
        <source>Enter at least one site&apos;s BMD, T- or Z-score.</source>
        <translation>Inserire per almeno una sede la BMD, il T- o lo Z-score.</translation>
    </message>
    <message>
        <source>Side: {message}</source>
        <translation>Lato: {message}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>{title}: cancelled</source>
        <translation>{title}: annullato</translation>
    </message>
    <message>
        <source>Please wait: another long operation is still running.</source>
        <translation>Attendere: un&apos;altra operazione lunga è ancora in corso.</translation>
    </message>
    <message>
        <source>Import patient documents</source>
        <translation>Importa documenti paziente</translation>
    </message>
    <message>
        <source>Patient documents (*.json)</source>
        <translation>Documenti paziente (*.json)</translation>
    </message>
    <message>
        <source>Import every patient document of a folder</source>
        <translation>Importa tutti i documenti paziente di una cartella</translation>
    </message>
    <message>
        <source>Imported {total} patients ({new} new, {updated} updated, {unchanged} unchanged) into {path}</source>
        <translation>{total} pazienti importati ({new} nuovi, {updated} aggiornati, {unchanged} invariati) in {path}</translation>
    </message>
    <message>
        <source>Import refused — nothing was imported</source>
        <translation>Importazione rifiutata — non è stato importato nulla</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Export patient documents to folder</source>
        <translation>Esporta documenti paziente in una cartella</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Exported {n} patient(s) to {folder}</source>
        <translation>{n} paziente/i esportato/i in {folder}</translation>
    </message>
    <message>
        <source>Imported {added} DXA measurement(s) for {n_patients} patient(s); {duplicates} duplicate(s) skipped</source>
        <translation>{added} misura/e DXA importata/e per {n_patients} paziente/i; {duplicates} duplicato/i saltato/i</translation>
    </message>
    <message>
        <source>Importing DXA results</source>
        <translation>Importazione dei risultati DXA</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backup in corso</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup written and verified:
{result}</source>
        <translation>Backup scritto e verificato:
{result}</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>Ripristino non possibile</translation>
    </message>
    <message>
        <source>Not a usable backup</source>
        <translation>Backup non utilizzabile</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Restored from {path}: {result}</source>
        <translation>Ripristinato da {path}: {result}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Ripristino in corso</translation>
    </message>
    <message>
        <source>Opened {location}: choose a patient.</source>
        <translation>{location} aperto: scegliere un paziente.</translation>
    </message>
    <message>
        <source>Database restored: choose a patient.</source>
        <translation>Database ripristinato: scegliere un paziente.</translation>
    </message>
    <message>
        <source>Assessed {computed} patient(s), {reused} up to date</source>
        <translation>{computed} paziente/i valutato/i, {reused} aggiornati</translation>
    </message>
    <message>
        <source>Assessing patients</source>
        <translation>Valutazione dei pazienti</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>checking {name}</source>
        <translation>controllo di {name}</translation>
    </message>
    <message>
        <source>writing to the database</source>
        <translation>scrittura nel database</translation>
    </message>
    <message>
        <source>assessing the imported patients</source>
        <translation>valutazione dei pazienti importati</translation>
    </message>
    <message>
        <source>copying to {name}</source>
        <translation>copia in {name}</translation>
    </message>
    <message>
        <source>restoring {name}</source>
        <translation>ripristino di {name}</translation>
    </message>
</context>
<context>
    <name>GcCourseDialog</name>
    <message>
        <source>Step {step} dose, mg</source>
        <translation>Fase {step} dose, mg</translation>
    </message>
    <message>
        <source>Step {step} from</source>
        <translation>Fase {step} dal</translation>
    </message>
    <message>
        <source>Add glucocorticoid course — {patient}</source>
        <translation>Aggiungi ciclo di glucocorticoidi — {patient}</translation>
    </message>
    <message>
        <source>Add glucocorticoid course</source>
        <translation>Aggiungi ciclo di glucocorticoidi</translation>
    </message>
    <message>
        <source>Drug *</source>
        <translation>Farmaco *</translation>
    </message>
    <message>
        <source>Frequency *</source>
        <translation>Frequenza *</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dose steps&lt;/b&gt; (a taper: one row per dose; each runs until the next starts)</source>
        <translation>&lt;b&gt;Fasi di dose&lt;/b&gt; (scalaggio: una riga per dose; ognuna dura fino all&apos;inizio della successiva)</translation>
    </message>
    <message>
        <source>Dose (mg) *</source>
        <translation>Dose (mg) *</translation>
    </message>
    <message>
        <source>From *</source>
        <translation>Dal *</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Aggiungi fase</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>Rimuovi l&apos;ultima fase</translation>
    </message>
    <message>
        <source>Course end (last dose)</source>
        <translation>Fine del ciclo (ultima dose)</translation>
    </message>
    <message>
        <source>End of course</source>
        <translation>Fine del ciclo</translation>
    </message>
    <message>
        <source>Empty: still taken.</source>
        <translation>Vuoto: ancora in corso.</translation>
    </message>
    <message>
        <source>still taken</source>
        <translation>ancora in corso</translation>
    </message>
    <message>
        <source>must start after step {step} ({start})</source>
        <translation>deve iniziare dopo la fase {step} ({start})</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dose</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>until</source>
        <translation>al</translation>
    </message>
</context>
<context>
    <name>HandleDialogs</name>
    <message>
        <source>… and {count} more</source>
        <translation>… e altri {count}</translation>
    </message>
    <message>
        <source>Mark as booked</source>
        <translation>Segna come prenotato</translation>
    </message>
    <message>
        <source>Booked for the date below: the item leaves the worklist until that date has passed, then returns as overdue if it is still open.</source>
        <translation>Prenotato per la data qui sotto: la voce lascia la lista di lavoro fino a quella data, poi torna come scaduta se è ancora aperta.</translation>
    </message>
    <message>
        <source>Mark as not applicable</source>
        <translation>Segna come non applicabile</translation>
    </message>
    <message>
        <source>Not applicable, for the reason below: the item leaves the worklist until the reason for it changes (e.g. a new fracture or a new scan).</source>
        <translation>Non applicabile, per il motivo qui sotto: la voce lascia la lista di lavoro finché la sua causa non cambia (ad es. una nuova frattura o un nuovo esame).</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>restored backup</source>
        <translation>backup ripristinato</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>backup eseguito</translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation>lettera stampata</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>esportato</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>accesso</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>accesso non riuscito</translation>
    </message>
    <message>
        <source>marked booked</source>
        <translation>segnato come prenotato</translation>
    </message>
    <message>
        <source>marked not applicable</source>
        <translation>segnato come non applicabile</translation>
    </message>
    <message>
        <source>mark undone</source>
        <translation>segno annullato</translation>
    </message>
    <message>
        <source>History not refreshed: {error}</source>
        <extracomment>Clinic-wide events shown in every patient&apos;s history too (a restore replaces every record).</extracomment>
        <translation>Cronologia non aggiornata: {error}</translation>
    </message>
    <message>
        <source>patient {patient_id}</source>
        <translation>paziente {patient_id}</translation>
    </message>
    <message>
        <source>the whole clinic</source>
        <translation>l&apos;intera clinica</translation>
    </message>
    <message>
        <source>History of {who}: {n_entries} entries, newest first</source>
        <translation>Cronologia di {who}: {n_entries} voci, le più recenti prima</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Prima:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Dopo:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Dettaglio:</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{file}: separator {separator} detected</source>
        <translation>{file}: separatore {separator} rilevato</translation>
    </message>
    <message>
        <source>{file}: columns not read: {columns}</source>
        <translation>{file}: colonne non lette: {columns}</translation>
    </message>
    <message>
        <source>{file}: {where}: site {site} is not a contract site; left out</source>
        <translation>{file}: {where}: la sede {site} non è una sede del contratto; esclusa</translation>
    </message>
    <message>
        <source>{file}: a DXA report with no contract site in it</source>
        <translation>{file}: un referto DXA senza sedi del contratto</translation>
    </message>
    <message>
        <source>{file}: {where}: not a contract site; left out</source>
        <translation>{file}: {where}: non è una sede del contratto; esclusa</translation>
    </message>
    <message>
        <source>{file}: {report}: its Observations are read from the files given</source>
        <translation>{file}: {report}: le sue Observation sono lette dai file indicati</translation>
    </message>
    <message>
        <source>{file}: no DXA Observation in it</source>
        <translation>{file}: nessuna Observation DXA</translation>
    </message>
    <message>
        <source>{file}: {where}: not a DXA value ({value}); left out</source>
        <translation>{file}: {where}: non è un valore DXA ({value}); escluso</translation>
    </message>
    <message>
        <source>{file}: {where}: status {status}; left out</source>
        <translation>{file}: {where}: stato {status}; escluso</translation>
    </message>
    <message>
        <source>is not a readable DICOM file: {error}</source>
        <translation>non è un file DICOM leggibile: {error}</translation>
    </message>
    <message>
        <source>is not a DICOM Structured Report (SOP class {sop})</source>
        <translation>non è un DICOM Structured Report (classe SOP {sop})</translation>
    </message>
    <message>
        <source>this Structured Report is not a DXA report (its title is {title})</source>
        <translation>questo Structured Report non è un referto DXA (il titolo è {title})</translation>
    </message>
    <message>
        <source>is missing or not a date (got {value})</source>
        <translation>manca o non è una data (letto: {value})</translation>
    </message>
    <message>
        <source>is missing, and the name and birth date are not both given</source>
        <translation>manca, e nome e data di nascita non sono entrambi indicati</translation>
    </message>
    <message>
        <source>unit {unit} is not g/cm2</source>
        <translation>l&apos;unità {unit} non è g/cm2</translation>
    </message>
    <message>
        <source>a DualFemur region must say which femur it is (left or right)</source>
        <translation>una regione DualFemur deve indicare di quale femore si tratta (sinistro o destro)</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>non è un JSON valido: {error}</translation>
    </message>
    <message>
        <source>is missing: not a FHIR resource</source>
        <translation>manca: non è una risorsa FHIR</translation>
    </message>
    <message>
        <source>{kind} holds no DXA Observations (expected a Bundle or Observation)</source>
        <translation>{kind} non contiene Observation DXA (previsto: un Bundle o una Observation)</translation>
    </message>
    <message>
        <source>says {side} but the site name says {named} ({site})</source>
        <translation>indica {side} ma il nome della sede indica {named} ({site})</translation>
    </message>
    <message>
        <source>says {said} but the code says {code}</source>
        <translation>indica {said} ma il codice indica {code}</translation>
    </message>
    <message>
        <source>is missing or not a date</source>
        <translation>manca o non è una data</translation>
    </message>
    <message>
        <source>is missing or not a number</source>
        <translation>manca o non è un numero</translation>
    </message>
    <message>
        <source>is missing: whose measurement is it?</source>
        <translation>manca: di chi è questa misura?</translation>
    </message>
    <message>
        <source>two different values for one scan ({first} and {second})</source>
        <translation>due valori diversi per lo stesso esame ({first} e {second})</translation>
    </message>
    <message>
        <source>differs from {other} ({first} and {second})</source>
        <translation>differisce da {other} ({first} e {second})</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet: {error}</source>
        <translation>non può essere letto come foglio di calcolo: {error}</translation>
    </message>
    <message>
        <source>cannot be read as a CSV table: {error}</source>
        <translation>non può essere letto come tabella CSV: {error}</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>non può essere letto: {error}</translation>
    </message>
    <message>
        <source>is not a DXA table (CSV, XLSX), a DICOM SR or FHIR JSON</source>
        <translation>non è una tabella DXA (CSV, XLSX), né un DICOM SR, né un JSON FHIR</translation>
    </message>
    <message>
        <source>needs at least one of bmd_g_cm2, t_score, z_score</source>
        <translation>richiede almeno uno tra bmd_g_cm2, t_score, z_score</translation>
    </message>
    <message>
        <source>is measured at lumbar_spine only (site is {site})</source>
        <translation>si misura solo a lumbar_spine (la sede è {site})</translation>
    </message>
    <message>
        <source>applies to hip, femur and forearm sites (site is {site})</source>
        <translation>vale solo per le sedi di anca, femore e avambraccio (la sede è {site})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>column given twice ({name})</source>
        <translation>colonna indicata due volte ({name})</translation>
    </message>
    <message>
        <source>column is missing from the header (expected {columns})</source>
        <translation>colonna mancante nell&apos;intestazione (previste: {columns})</translation>
    </message>
    <message>
        <source>no value column (bmd_g_cm2, t_score, z_score) in the header</source>
        <translation>nessuna colonna di valori (bmd_g_cm2, t_score, z_score) nell&apos;intestazione</translation>
    </message>
    <message>
        <source>must be left or right (got {value})</source>
        <translation>deve essere sinistro o destro (letto: {value})</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>non è un numero</translation>
    </message>
    <message>
        <source>is not a number (got {value})</source>
        <translation>non è un numero (letto: {value})</translation>
    </message>
    <message>
        <source>is ambiguous (day/month or month/day?) (got {value}); write YYYY-MM-DD</source>
        <translation>è ambigua (giorno/mese o mese/giorno?) (letto: {value}); scrivere AAAA-MM-GG</translation>
    </message>
    <message>
        <source>is not a real calendar date (got {value})</source>
        <translation>non è una data di calendario reale (letto: {value})</translation>
    </message>
    <message>
        <source>is not a date (got {value}); write YYYY-MM-DD</source>
        <translation>non è una data (letto: {value}); scrivere AAAA-MM-GG</translation>
    </message>
    <message>
        <source>no patient with id {id} in the clinic</source>
        <translation>nessun paziente con ID {id} nella clinica</translation>
    </message>
    <message>
        <source>patient: {count} patients have this name and birth date</source>
        <translation>patient: {count} pazienti hanno questo nome e questa data di nascita</translation>
    </message>
    <message>
        <source>patient: no patient {who} in the clinic</source>
        <translation>patient: nessun paziente {who} nella clinica</translation>
    </message>
    <message>
        <source>date: is in the future of {as_of} ({date})</source>
        <translation>date: è successiva alla data di riferimento {as_of} ({date})</translation>
    </message>
    <message>
        <source>date: is before the patient&apos;s birth_date {birth} ({date})</source>
        <translation>date: è precedente alla data di nascita del paziente {birth} ({date})</translation>
    </message>
    <message>
        <source>already on record</source>
        <translation>già registrato</translation>
    </message>
    <message>
        <source>same as {other}</source>
        <translation>uguale a {other}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>riga {row}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nato/a il {date}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(senza ID)</translation>
    </message>
</context>
<context>
    <name>IndicatorDashboard</name>
    <message>
        <source>not recordable — {count} concerned</source>
        <translation>non rilevabile — {count} interessati</translation>
    </message>
    <message>
        <source>no patients (0/0)</source>
        <translation>nessun paziente (0/0)</translation>
    </message>
    <message>
        <source>Click a bar to list the patients behind it.</source>
        <translation>Fare clic su una barra per elencare i pazienti corrispondenti.</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Esporta elenco…</translation>
    </message>
    <message>
        <source>Save the patients behind this indicator as CSV</source>
        <translation>Salva i pazienti di questo indicatore in CSV</translation>
    </message>
    <message>
        <source>% of the denominator</source>
        <translation>% del denominatore</translation>
    </message>
    <message>
        <source>Quality indicators on {date}</source>
        <translation>Indicatori di qualità al {date}</translation>
    </message>
    <message>
        <source>Numerator: {numerator}.
Denominator: {denominator}.
Window: {window}. Basis: {basis}.
{note}</source>
        <translation>Numeratore: {numerator}.
Denominatore: {denominator}.
Periodo: {window}. Base: {basis}.
{note}</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>Interessati</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Scostamento</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>Esporta pazienti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Referral to a bone specialist</source>
        <translation>Richiesta di consulenza a uno specialista dell&apos;osso</translation>
    </message>
    <message>
        <source>Letter to the GP</source>
        <translation>Lettera al medico di base</translation>
    </message>
    <message>
        <source>Advice sheet for the patient</source>
        <translation>Scheda informativa per il paziente</translation>
    </message>
    <message>
        <source>Trajectory chart</source>
        <extracomment>Sections with no printed heading still need a name in the list.</extracomment>
        <translation>Grafico dell&apos;andamento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Letter — {given} {family} ({id})</source>
        <extracomment>Who makes the letter (signs it when the record names no responsible clinician). The PDF on screen and what it was made from: outputs write exactly these bytes.</extracomment>
        <translation>Lettera — {given} {family} ({id})</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Question for the specialist</source>
        <translation>Domanda per lo specialista</translation>
    </message>
    <message>
        <source>Your own paragraph</source>
        <translation>Paragrafo personale</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Pages as they will print</source>
        <translation>Pagine come verranno stampate</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Apri nel visualizzatore PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>No chart: no BMD values on record (or the chart module is missing).</source>
        <translation>Nessun grafico: nessun valore di BMD registrato (oppure manca il modulo dei grafici).</translation>
    </message>
    <message>
        <source>The record has entries after {date}: {problem}</source>
        <translation>La cartella contiene voci successive al {date}: {problem}</translation>
    </message>
    <message>
        <source>The letter cannot be made: {error}</source>
        <translation>Impossibile creare la lettera: {error}</translation>
    </message>
    <message>
        <source>Empty: {automatic}</source>
        <translation>Vuoto: {automatic}</translation>
    </message>
    <message>
        <source>The letter cannot be rendered: {error}</source>
        <translation>Impossibile visualizzare la lettera: {error}</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Lettera non scritta</translation>
    </message>
    <message>
        <source>The letter was not written:
{error}</source>
        <translation>La lettera non è stata scritta:
{error}</translation>
    </message>
    <message>
        <source>Preview opened: {path}</source>
        <translation>Anteprima aperta: {path}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Salvato: {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>{error}

The PDF opens in the viewer now.</source>
        <translation>{error}

Il PDF si apre ora nel visualizzatore.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Inviato a {printer}.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>la stampante predefinita</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Salva la lettera come PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The PDF opens in the viewer, where you can print it.</source>
        <translation>Su questo computer non è configurata alcuna stampante. Il PDF si apre nel visualizzatore, da cui è possibile stamparlo.</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Stampante:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — NMD Bone Desktop</source>
        <translation>Accesso — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>This clinic database requires you to sign in:
{location}</source>
        <translation>Questo database della clinica richiede l&apos;accesso:
{location}</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Inserire nome utente e password.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Nome utente o password errati, oppure l&apos;account è disattivato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>physician</source>
        <extracomment>The roles of the clinic&apos;s users (services.protection), as the status bar names them.</extracomment>
        <translation>medico</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>infermiere/a</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>segreteria</translation>
    </message>
    <message>
        <source>NMD Bone Desktop — {name}{demo_suffix}</source>
        <translation>NMD Bone Desktop — {name}{demo_suffix}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Lista di lavoro</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Ruleset …</source>
        <translation>Regole …</translation>
    </message>
    <message>
        <source>Saved {patient_id} (revision {revision})</source>
        <translation>{patient_id} salvato (revisione {revision})</translation>
    </message>
    <message>
        <source>The database was changed elsewhere: list refreshed.</source>
        <translation>Il database è stato modificato altrove: elenco aggiornato.</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>read-only: not signed in</source>
        <translation>sola lettura: accesso non eseguito</translation>
    </message>
    <message>
        <source>{patient_count} patients</source>
        <translation>{patient_count} pazienti</translation>
    </message>
    <message>
        <source>Ruleset {version}</source>
        <translation>Regole {version}</translation>
    </message>
    <message>
        <source>Warning: {path} is on a network file system ({kind}); SQLite&apos;s write-ahead log is not safe there and two computers using it can corrupt the database. Keep the database on a local disk.</source>
        <translation>Attenzione: {path} si trova su un file system di rete ({kind}); il write-ahead log di SQLite lì non è sicuro e due computer che usano il database possono danneggiarlo. Tenere il database su un disco locale.</translation>
    </message>
    <message>
        <source>The new language applies from the next start; nothing was lost.</source>
        <translation>La nuova lingua vale dal prossimo avvio; non è andato perso nulla.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuovo paziente…</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Aggiungi un paziente</translation>
    </message>
    <message>
        <source>Open clinic &amp;server…</source>
        <translation>Apri il &amp;server della clinica…</translation>
    </message>
    <message>
        <source>Work on the clinic database of the clinic&apos;s PostgreSQL server (several workstations)</source>
        <translation>Lavora sul database del server PostgreSQL della clinica (più postazioni)</translation>
    </message>
    <message>
        <source>&amp;Import patient files…</source>
        <translation>&amp;Importa file paziente…</translation>
    </message>
    <message>
        <source>Import patient documents (JSON); all or nothing</source>
        <translation>Importa documenti paziente (JSON); tutto o niente</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importa &amp;cartella…</translation>
    </message>
    <message>
        <source>Import every *.json file of a folder</source>
        <translation>Importa tutti i file *.json di una cartella</translation>
    </message>
    <message>
        <source>Import &amp;DXA results…</source>
        <translation>Importa risultati &amp;DXA…</translation>
    </message>
    <message>
        <source>DXA results from scanner tables (CSV, XLSX), DICOM SR or FHIR: preview, then import</source>
        <translation>Risultati DXA da tabelle degli apparecchi (CSV, XLSX), DICOM SR o FHIR: anteprima, poi importazione</translation>
    </message>
    <message>
        <source>&amp;Export this patient…</source>
        <translation>&amp;Esporta questo paziente…</translation>
    </message>
    <message>
        <source>Write the selected patient&apos;s document</source>
        <translation>Scrivi il documento del paziente selezionato</translation>
    </message>
    <message>
        <source>Export &amp;all patients…</source>
        <translation>Esporta &amp;tutti i pazienti…</translation>
    </message>
    <message>
        <source>Write every patient&apos;s document, one file each</source>
        <translation>Scrivi il documento di ogni paziente, un file ciascuno</translation>
    </message>
    <message>
        <source>Clinic &amp;letterhead…</source>
        <translation>&amp;Intestazione della clinica…</translation>
    </message>
    <message>
        <source>Clinic name, address and signatory printed on letters</source>
        <translation>Nome, indirizzo e firmatario della clinica stampati sulle lettere</translation>
    </message>
    <message>
        <source>Clinic &amp;settings (LSC)…</source>
        <translation>Impo&amp;stazioni della clinica (LSC)…</translation>
    </message>
    <message>
        <source>The clinic&apos;s least significant change per DXA site, for every workstation</source>
        <translation>La minima variazione significativa della clinica per sede DXA, per ogni postazione</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings of the window: its language</source>
        <translation>Le impostazioni della finestra su questa postazione: la lingua</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Backup del database…</translation>
    </message>
    <message>
        <source>A verified copy of the live database</source>
        <translation>Una copia verificata del database in uso</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup (the current one is kept aside)</source>
        <translation>Sostituisci il database con un backup verificato (quello attuale viene conservato accanto)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paziente</translation>
    </message>
    <message>
        <source>Edit patient &amp;details…</source>
        <translation>Modifica &amp;dati del paziente…</translation>
    </message>
    <message>
        <source>Edit &amp;contacts (address, GP, clinician)…</source>
        <translation>Modifica &amp;contatti (indirizzo, medico di base, medico)…</translation>
    </message>
    <message>
        <source>Where this patient&apos;s letters go and who signs them</source>
        <translation>Dove vanno le lettere di questo paziente e chi le firma</translation>
    </message>
    <message>
        <source>Add &amp;DXA study…</source>
        <translation>Aggiungi esame &amp;DXA…</translation>
    </message>
    <message>
        <source>Add a DXA study: date, scanner and every site in one form</source>
        <translation>Aggiungi un esame DXA: data, apparecchio e tutte le sedi in un unico modulo</translation>
    </message>
    <message>
        <source>Add &amp;fracture…</source>
        <translation>Aggiungi &amp;frattura…</translation>
    </message>
    <message>
        <source>Add a fracture</source>
        <translation>Aggiungi una frattura</translation>
    </message>
    <message>
        <source>Add &amp;spine imaging…</source>
        <translation>Aggiungi imaging del &amp;rachide…</translation>
    </message>
    <message>
        <source>Add &amp;glucocorticoid course…</source>
        <translation>Aggiungi ciclo di &amp;glucocorticoidi…</translation>
    </message>
    <message>
        <source>A course with its dose steps (a taper) in one form</source>
        <translation>Un ciclo con le sue fasi di dose (scalaggio) in un unico modulo</translation>
    </message>
    <message>
        <source>Add bone &amp;medication…</source>
        <translation>Aggiungi &amp;farmaco per l&apos;osso…</translation>
    </message>
    <message>
        <source>Add &amp;lab result…</source>
        <translation>Aggiungi esame di &amp;laboratorio…</translation>
    </message>
    <message>
        <source>Add height/&amp;weight…</source>
        <translation>Aggiungi statura/&amp;peso…</translation>
    </message>
    <message>
        <source>Add m&amp;obility status…</source>
        <translation>Aggiungi m&amp;obilità…</translation>
    </message>
    <message>
        <source>Add FRA&amp;X entry…</source>
        <translation>Aggiungi voce FRA&amp;X…</translation>
    </message>
    <message>
        <source>Edit &amp;risk factors…</source>
        <translation>Modifica fattori di &amp;rischio…</translation>
    </message>
    <message>
        <source>Write le&amp;tter…</source>
        <translation>Scrivi le&amp;ttera…</translation>
    </message>
    <message>
        <source>Referral, GP or patient letter for this patient: edit, preview, print</source>
        <translation>Richiesta di consulenza, lettera al medico di base o al paziente: modifica, anteprima, stampa</translation>
    </message>
    <message>
        <source>Delete patient…</source>
        <translation>Elimina paziente…</translation>
    </message>
    <message>
        <source>Refresh assessments of all patients</source>
        <translation>Aggiorna le valutazioni di tutti i pazienti</translation>
    </message>
    <message>
        <source>Re-assess patients whose list risk / next due is missing or old</source>
        <translation>Rivaluta i pazienti il cui rischio / prossima scadenza nell&apos;elenco manca o è vecchio</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Trova paziente</translation>
    </message>
    <message>
        <source>Search by name, ID or diagnosis</source>
        <translation>Cerca per nome, ID o diagnosi</translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation>Paziente successivo</translation>
    </message>
    <message>
        <source>Previous patient</source>
        <translation>Paziente precedente</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Cartella</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista di lavoro</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>&amp;Salva il grafico come PNG…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About NMD Bone Desktop</source>
        <translation>&amp;Informazioni su NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>required, e.g. declined after discussion; palliative care</source>
        <translation>obbligatorio, ad es. rifiutato dopo colloquio; cure palliative</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>PatientCaption</name>
    <message>
        <source>{name} · {patient_id} · born {birth_date}</source>
        <translation>{name} · {patient_id} · nato/a il {birth_date}</translation>
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
        <translation>Impostazioni della clinica</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuovo paziente</translation>
    </message>
    <message>
        <source>Delete {name} ({patient_id}) and all their records?
The audit trail keeps a copy of the deleted record.</source>
        <translation>Eliminare {name} ({patient_id}) e tutte le sue registrazioni?
Il registro di audit conserva una copia della registrazione eliminata.</translation>
    </message>
</context>
<context>
    <name>PatientController</name>
    <message>
        <source>No patient selected</source>
        <extracomment>The clinic&apos;s own least significant change per site, % (read with each assessment).</extracomment>
        <translation>Nessun paziente selezionato</translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation>Nessun paziente selezionato.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non salvato: {error}</translation>
    </message>
    <message>
        <source>a patient with this ID already exists</source>
        <translation>esiste già un paziente con questo ID</translation>
    </message>
    <message>
        <source>Patient {pid} deleted.</source>
        <translation>Paziente {pid} eliminato.</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search name, ID or diagnosis  (Ctrl+F)</source>
        <extracomment>Shown left to right: name, risk and next due must stay visible on a 1366-px clinic laptop, so the diagnosis (the widest, and in the name&apos;s tooltip) goes last.</extracomment>
        <translation>Cerca nome, ID o diagnosi  (Ctrl+F)</translation>
    </message>
    <message>
        <source>{total} patients</source>
        <translation>{total} pazienti</translation>
    </message>
    <message>
        <source>{matching} of {total} patients match</source>
        <translation>{matching} di {total} pazienti trovati</translation>
    </message>
    <message>
        <source>{fetched}+ of {total} patients match</source>
        <translation>{fetched}+ di {total} pazienti trovati</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>⚠ overdue: a due date has passed</source>
        <extracomment>The roles a repaint asks that this model answers, and their slot in a row&apos;s cells. Flags as icon glyphs (the column stays narrow at 1366 px); the tooltip says them in words.</extracomment>
        <translation>⚠ scaduto: una scadenza è passata</translation>
    </message>
    <message>
        <source>● urgent: a priority-1 action is open</source>
        <translation>● urgente: è aperta un&apos;azione di priorità 1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Segnali</translation>
    </message>
    <message>
        <source>{label} ({name})</source>
        <extracomment>A keystroke that drops rows from a partial result keeps the rows left (they are the new result&apos;s first rows; ``fetchMore`` goes on from there) when they fill a tall screen&apos;s list, instead of querying again; fewer are queried again, since the view would at once fetch more. The exact count of a long result (a scan of every search key, ≈ 5 ms at 20,000 patients) is taken once typing pauses this long, not after every keystroke; meanwhile the list says &quot;200+&quot; (``countPending``), which is true, instead of the previous search&apos;s count.</extracomment>
        <translation>{label} ({name})</translation>
    </message>
    <message>
        <source>Not assessed since the last change (Patient ▸ Refresh assessments)</source>
        <translation>Non valutato dall&apos;ultima modifica (Paziente ▸ Aggiorna le valutazioni)</translation>
    </message>
    <message>
        <source>{name} ({sex}, born {birth_date})</source>
        <translation>{name} ({sex}, nato/a il {birth_date})</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀ Previous page</source>
        <extracomment>Rendering scale: PDF points to pixels (1.0 = 72 dpi). 1.5 is sharp on a laptop screen.</extracomment>
        <translation>◀ Pagina precedente</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Pagina successiva ▶</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Nessuna anteprima</translation>
    </message>
    <message>
        <source>The page preview needs pypdfium2 (not installed); see the Text tab.</source>
        <translation>L&apos;anteprima delle pagine richiede pypdfium2 (non installato); vedere la scheda Testo.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>Impossibile disegnare l&apos;anteprima: {error}</translation>
    </message>
    <message>
        <source>Page {value} of {pages}</source>
        <translation>Pagina {value} di {pages}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Lingua di sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Lingua della finestra</translation>
    </message>
    <message>
        <source>A new language applies from the next start of NMD Bone Desktop; nothing you are working on is lost. Recommendations, clinical terms and letters use the same words as the window.</source>
        <translation>Una nuova lingua vale dal prossimo avvio di NMD Bone Desktop; nulla di ciò su cui state lavorando va perso. Raccomandazioni, termini clinici e lettere usano le stesse parole della finestra.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Windows could not print the PDF ({error}); open it and print from the viewer.</source>
        <translation>Windows non ha potuto stampare il PDF ({error}); aprirlo e stampare dal visualizzatore.</translation>
    </message>
    <message>
        <source>No print command (CUPS lp or lpr) was found; open the PDF and print from the viewer.</source>
        <translation>Nessun comando di stampa (CUPS lp o lpr) trovato; aprire il PDF e stampare dal visualizzatore.</translation>
    </message>
    <message>
        <source>The print spooler refused the job: {output}</source>
        <translation>Lo spooler di stampa ha rifiutato il lavoro: {output}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{done} of {total} patients</source>
        <translation>{done} di {total} pazienti</translation>
    </message>
    <message>
        <source>writing {measurements} DXA measurements for {patients} patients</source>
        <translation>registrazione di {measurements} misure DXA per {patients} pazienti</translation>
    </message>
    <message>
        <source>assessing {patients} patients</source>
        <translation>valutazione di {patients} pazienti</translation>
    </message>
    <message>
        <source>Assessing {id}</source>
        <translation>valutazione di {id}</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Scrittura delle lettere</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Scaduto dal {date}</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Da fare ora</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Scadenza {date}</translation>
    </message>
    <message>
        <source>{code} · priority {priority}</source>
        <translation>{code} · priorità {priority}</translation>
    </message>
    <message>
        <source>Why? ▸</source>
        <translation>Perché? ▸</translation>
    </message>
    <message>
        <source>Rationale and references for {title}</source>
        <translation>Motivazione e fonti per {title}</translation>
    </message>
    <message>
        <source>Why? ▾</source>
        <translation>Perché? ▾</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;Opzioni:&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avoid:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;Da evitare:&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Since&lt;/i&gt; {date}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Dal&lt;/i&gt; {date}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;References&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;Fonti&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Warnings</source>
        <translation>Avvertenze</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>Select a patient to see the assessment.</source>
        <translation>Selezionare un paziente per vedere la valutazione.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>No recommendations: nothing to do now.</source>
        <translation>Nessuna raccomandazione: niente da fare ora.</translation>
    </message>
    <message>
        <source>Next due: {due}. Ruleset {ruleset}, as of {as_of}. {disclaimer}</source>
        <translation>Prossima scadenza: {due}. Regole {ruleset}, al {as_of}. {disclaimer}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Add {record}</source>
        <translation>Aggiungi: {record}</translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation>Modifica: {record}</translation>
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
        <translation>deve essere al massimo \1 (inserito: \2)</translation>
    </message>
    <message>
        <source>must be at least \1 (entered: \2)</source>
        <translation>deve essere almeno \1 (inserito: \2)</translation>
    </message>
    <message>
        <source>must be below \1 (entered: \2)</source>
        <translation>deve essere inferiore a \1 (inserito: \2)</translation>
    </message>
    <message>
        <source>must be above \1 (entered: \2)</source>
        <translation>deve essere superiore a \1 (inserito: \2)</translation>
    </message>
    <message>
        <source>“\1” is not a number</source>
        <translation>«\1» non è un numero</translation>
    </message>
    <message>
        <source>must be a whole number (entered: \1)</source>
        <translation>deve essere un numero intero (inserito: \1)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>deve essere un numero</translation>
    </message>
    <message>
        <source>choose one of the options offered</source>
        <translation>scegliere una delle opzioni offerte</translation>
    </message>
    <message>
        <source>at most \1 characters</source>
        <translation>al massimo \1 caratteri</translation>
    </message>
    <message>
        <source>at least \1 characters</source>
        <translation>almeno \1 caratteri</translation>
    </message>
    <message>
        <source>\2 is before the date of birth (\1)</source>
        <translation>\2 è prima della data di nascita (\1)</translation>
    </message>
    <message>
        <source>\2 is after today (\1)</source>
        <translation>\2 è dopo oggi (\1)</translation>
    </message>
    <message>
        <source>\2 is after the assessment date (\1)</source>
        <translation>\2 è dopo la data di valutazione (\1)</translation>
    </message>
    <message>
        <source>\2 is before the start (\1)</source>
        <translation>\2 è prima dell&apos;inizio (\1)</translation>
    </message>
    <message>
        <source>required: please fill in</source>
        <translation>obbligatorio: compilare</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>non-smoker</source>
        <extracomment>For a choice whose options depend on another field (lab units on the test). Only when the record is new (the patient id cannot be renamed in place).</extracomment>
        <translation>non fumatore</translation>
    </message>
    <message>
        <source>ex-smoker</source>
        <translation>ex fumatore</translation>
    </message>
    <message>
        <source>light (&lt;10/day)</source>
        <translation>leggero (&lt;10/die)</translation>
    </message>
    <message>
        <source>moderate (10–19/day)</source>
        <translation>moderato (10–19/die)</translation>
    </message>
    <message>
        <source>heavy (≥20/day)</source>
        <translation>forte (≥20/die)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>&lt;1 unit/day</source>
        <translation>&lt;1 unità/die</translation>
    </message>
    <message>
        <source>1–2 units/day</source>
        <translation>1–2 unità/die</translation>
    </message>
    <message>
        <source>3–6 units/day</source>
        <translation>3–6 unità/die</translation>
    </message>
    <message>
        <source>7–9 units/day</source>
        <translation>7–9 unità/die</translation>
    </message>
    <message>
        <source>&gt;9 units/day</source>
        <translation>&gt;9 unità/die</translation>
    </message>
    <message>
        <source>White or not stated</source>
        <translation>Bianca o non indicata</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>Indiana</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pakistana</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>Bengalese</translation>
    </message>
    <message>
        <source>Other Asian</source>
        <translation>Altra asiatica</translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation>Nera caraibica</translation>
    </message>
    <message>
        <source>Black African</source>
        <translation>Nera africana</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Cinese</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>DXA measurement</source>
        <translation>Misura DXA</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
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
        <translation>Z corretto per statura</translation>
    </message>
    <message>
        <source>children</source>
        <translation>bambini</translation>
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
        <translation>solo rachide lombare</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Apparecchio</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>hip, femur and forearm sites</source>
        <translation>sedi di anca, femore e avambraccio</translation>
    </message>
    <message>
        <source>fracture</source>
        <translation>frattura</translation>
    </message>
    <message>
        <source>Fractures</source>
        <translation>Fratture</translation>
    </message>
    <message>
        <source>Vertebra</source>
        <translation>Vertebra</translation>
    </message>
    <message>
        <source>e.g. T12 (vertebral only)</source>
        <translation>ad es. T12 (solo vertebrali)</translation>
    </message>
    <message>
        <source>Genant grade</source>
        <translation>Grado di Genant</translation>
    </message>
    <message>
        <source>1 mild</source>
        <translation>1 lieve</translation>
    </message>
    <message>
        <source>2 moderate</source>
        <translation>2 moderata</translation>
    </message>
    <message>
        <source>3 severe</source>
        <translation>3 grave</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Meccanismo</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Trovata con</translation>
    </message>
    <message>
        <source>spine imaging</source>
        <translation>imaging del rachide</translation>
    </message>
    <message>
        <source>Spine imaging</source>
        <translation>Imaging del rachide</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Vertebral fracture found</source>
        <translation>Frattura vertebrale trovata</translation>
    </message>
    <message>
        <source>glucocorticoid course</source>
        <translation>ciclo di glucocorticoidi</translation>
    </message>
    <message>
        <source>Glucocorticoids</source>
        <translation>Glucocorticoidi</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Farmaco</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dose (mg)</translation>
    </message>
    <message>
        <source>per dose; total for a single pulse</source>
        <translation>per dose; totale per un singolo bolo</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>farmaco per l&apos;osso</translation>
    </message>
    <message>
        <source>Bone medications</source>
        <translation>Farmaci per l&apos;osso</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Ultima dose</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Motivo della sospensione</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>esame di laboratorio</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Esame</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>misura</translation>
    </message>
    <message>
        <source>Height &amp; weight</source>
        <translation>Statura e peso</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Statura (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>mobility status</source>
        <translation>stato di mobilità</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>FRAX entry</source>
        <translation>voce FRAX</translation>
    </message>
    <message>
        <source>FRAX</source>
        <translation>FRAX</translation>
    </message>
    <message>
        <source>Major osteoporotic (%)</source>
        <translation>Frattura osteoporotica maggiore (%)</translation>
    </message>
    <message>
        <source>Hip (%)</source>
        <translation>Anca (%)</translation>
    </message>
    <message>
        <source>With BMD</source>
        <translation>Con BMD</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>risk factors</source>
        <translation>fattori di rischio</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Fattori di rischio</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Fumo</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcol</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <source>Parental osteoporosis / hip fracture</source>
        <translation>Osteoporosi / frattura d&apos;anca nei genitori</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Patologie</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>dati del paziente</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Dati del paziente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID paziente</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <source>Diagnosis label</source>
        <translation>Descrizione della diagnosi</translation>
    </message>
    <message>
        <source>Diagnosis onset</source>
        <translation>Esordio della diagnosi</translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation>Menopausa</translation>
    </message>
    <message>
        <source>women only</source>
        <translation>solo donne</translation>
    </message>
    <message>
        <source>Age at menopause</source>
        <translation>Età alla menopausa</translation>
    </message>
    <message>
        <source>Puberty</source>
        <translation>Pubertà</translation>
    </message>
    <message>
        <source>Dysphagia</source>
        <translation>Disfagia</translation>
    </message>
    <message>
        <source>Can sit upright 30 min</source>
        <translation>Può stare seduto 30 min</translation>
    </message>
    <message>
        <source>Falls in past 12 months</source>
        <translation>Cadute negli ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Cardiovascular event in past 12 months</source>
        <translation>Evento cardiovascolare negli ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Childbearing potential</source>
        <translation>Potenziale fertile</translation>
    </message>
    <message>
        <source>Calcium (mg/day)</source>
        <translation>Calcio (mg/die)</translation>
    </message>
    <message>
        <source>Vitamin D (IU/day)</source>
        <translation>Vitamina D (UI/die)</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>The ``contacts`` object as one singleton record of three parts (each a whole sub-object).</extracomment>
        <translation>contatti</translation>
    </message>
    <message>
        <source>Patient&apos;s address</source>
        <translation>Indirizzo del paziente</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Medico di base</translation>
    </message>
    <message>
        <source>Responsible clinician</source>
        <translation>Medico responsabile</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Add…</source>
        <extracomment>Kinds whose &quot;Add&quot; opens a form for several records at once.</extracomment>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Nessun paziente selezionato</translation>
    </message>
    <message>
        <source>Add DXA study…</source>
        <translation>Aggiungi esame DXA…</translation>
    </message>
    <message>
        <source>Add glucocorticoid course…</source>
        <translation>Aggiungi ciclo di glucocorticoidi…</translation>
    </message>
    <message>
        <source>Add {record}…</source>
        <translation>Aggiungi: {record}…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Delete {record} of {patient}?</source>
        <translation>Eliminare {record} di {patient}?</translation>
    </message>
    <message>
        <source>Delete this {record} of {patient}?</source>
        <translation>Eliminare questa voce ({record}) di {patient}?</translation>
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
        <translation>imaging del rachide</translation>
    </message>
    <message>
        <source>bone labs</source>
        <translation>esami dell&apos;osso</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open clinic server — NMD Bone Desktop</source>
        <translation>Apri il server della clinica — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>empty: from PGPASSFILE or the service file</source>
        <translation>vuota: da PGPASSFILE o dal file di servizio</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del server</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Password del database</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>The clinic database on the clinic&apos;s PostgreSQL server (several workstations):</source>
        <translation>Il database della clinica sul server PostgreSQL della clinica (più postazioni):</translation>
    </message>
    <message>
        <source>Server URL: write it as postgresql://HOST/DATABASE</source>
        <translation>URL del server: scriverlo come postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>Not connected: {error}</source>
        <translation>Non connesso: {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <source>The database is being written by another window or program; try again.</source>
        <translation>Il database è in scrittura da parte di un’altra finestra o di un altro programma; riprovare.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} changed this patient ({records}) on {date} at {time} UTC, after you opened it. Reload the patient and make the change again.</source>
        <translation>Non è stato salvato nulla: {user} ha modificato questo paziente ({records}) il {date} alle {time} UTC, dopo che lo avevate aperto. Ricaricare il paziente e ripetere la modifica.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} deleted this patient on {date} at {time} UTC.</source>
        <translation>Non è stato salvato nulla: {user} ha eliminato questo paziente il {date} alle {time} UTC.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was changed on another workstation after you opened it (revision {expected}, now {actual}). Reload the patient and make the change again.</source>
        <translation>Non è stato salvato nulla: questo paziente è stato modificato su un’altra postazione dopo che lo avevate aperto (revisione {expected}, ora {actual}). Ricaricare il paziente e ripetere la modifica.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was deleted after you opened it.</source>
        <translation>Non è stato salvato nulla: questo paziente è stato eliminato dopo che lo avevate aperto.</translation>
    </message>
</context>
<context>
    <name>TriageItemsPanel</name>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>&apos;Coming up&apos;: due within this many days after the as-of date</source>
        <translation>«In arrivo»: in scadenza entro questo numero di giorni dopo la data di riferimento</translation>
    </message>
    <message>
        <source>coming up within</source>
        <translation>in arrivo entro</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Gestiti</translation>
    </message>
    <message>
        <source>Items marked as booked or not applicable (select them to undo)</source>
        <translation>Voci segnate come prenotate o non applicabili (selezionarle per annullare)</translation>
    </message>
    <message>
        <source>Handled ({count})</source>
        <translation>Gestiti ({count})</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Main toolbar</source>
        <extracomment>The clinic&apos;s use case (a :class:`~nmdbone_desktop.services.clinic.Clinic` method) each command ends in: the window disables a command whose use case the signed-in role may not run (``Clinic.may``). The clinic checks the role itself, whatever the window shows; this only spares a useless dialog.</extracomment>
        <translation>Barra degli strumenti principale</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>priority 1 (urgent)</source>
        <translation>priorità 1 (urgente)</translation>
    </message>
    <message>
        <source>priority 1–2</source>
        <translation>priorità 1–2</translation>
    </message>
    <message>
        <source>Recommendation code</source>
        <translation>Codice di raccomandazione</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Categoria di rischio</translation>
    </message>
    <message>
        <source>Due window</source>
        <translation>Finestra di scadenza</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>tutto</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorità:</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnosi:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Rischio:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>any priority</source>
        <translation>qualsiasi priorità</translation>
    </message>
    <message>
        <source>any risk</source>
        <translation>qualsiasi rischio</translation>
    </message>
    <message>
        <source>any diagnosis</source>
        <translation>qualsiasi diagnosi</translation>
    </message>
    <message>
        <source>{date} (in {days} d)</source>
        <translation>{date} (tra {days} g)</translation>
    </message>
    <message>
        <source>{date} ({days} d)</source>
        <translation>{date} ({days} g)</translation>
    </message>
    <message>
        <source>returned — was {mark}</source>
        <translation>tornato — era {mark}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>In attesa dal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <source>Tier / handled</source>
        <translation>Livello / gestito</translation>
    </message>
    <message>
        <source>Worklist items, most urgent first</source>
        <translation>Voci della lista di lavoro, le più urgenti prima</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Apri paziente</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Lettere…</translation>
    </message>
    <message>
        <source>Mark as booked…</source>
        <translation>Segna come prenotato…</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Non applicabile…</translation>
    </message>
    <message>
        <source>Undo mark</source>
        <translation>Annulla segno</translation>
    </message>
    <message>
        <source>{count} handled items shown</source>
        <translation>{count} voci gestite mostrate</translation>
    </message>
    <message>
        <source>{count} items shown</source>
        <translation>{count} voci mostrate</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, {count} selezionate</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation>⚠ scaduto</translation>
    </message>
    <message>
        <source>● urgent</source>
        <translation>● urgente</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Segnali</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, scadenza {date}</translation>
    </message>
    <message>
        <source>Most urgent priority among the open items (1 = most urgent)</source>
        <translation>Priorità più urgente tra le voci aperte (1 = la più urgente)</translation>
    </message>
    <message>
        <source>act now</source>
        <translation>agire ora</translation>
    </message>
    <message>
        <source>due</source>
        <translation>in scadenza</translation>
    </message>
    <message>
        <source>coming up</source>
        <translation>in arrivo</translation>
    </message>
    <message>
        <source>information</source>
        <translation>informazione</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>qualsiasi data</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation>in scadenza entro 30 giorni</translation>
    </message>
    <message>
        <source>due within 90 days</source>
        <translation>in scadenza entro 90 giorni</translation>
    </message>
    <message>
        <source>booked for {date}</source>
        <translation>prenotato per il {date}</translation>
    </message>
    <message>
        <source>not applicable: {reason}</source>
        <translation>non applicabile: {reason}</translation>
    </message>
    <message>
        <source>{patients} patients checked, {act_now} act now, {due} due, {coming_up} coming up</source>
        <translation>{patients} pazienti controllati, {act_now} da trattare ora, {due} in scadenza, {coming_up} in arrivo</translation>
    </message>
</context>
<context>
    <name>WorklistAndLetters</name>
    <message>
        <source>Worklist</source>
        <translation>Lista di lavoro</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — not real patients</source>
        <translation>DATI DIMOSTRATIVI SINTETICI — non sono pazienti reali</translation>
    </message>
</context>
<context>
    <name>WorklistPlaceholder</name>
    <message>
        <source>The clinic worklist (care gaps and quality indicators) will appear here.
Meanwhile: sort the patient list by Next due or Risk, or run
nmdbone-desktop worklist --db PATH</source>
        <translation>La lista di lavoro della clinica (lacune di cura e indicatori di qualità) comparirà qui.
Nel frattempo: ordinare l&apos;elenco dei pazienti per scadenza o rischio, oppure eseguire
nmdbone-desktop worklist --db PATH</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Assessment date of the worklist and the indicators</source>
        <translation>Data di valutazione della lista di lavoro e degli indicatori</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Re-assess changed patients and rebuild the worklist (F5)</source>
        <translation>Rivaluta i pazienti modificati e ricostruisci la lista di lavoro (F5)</translation>
    </message>
    <message>
        <source>Write letters for the selected patients</source>
        <translation>Scrivi lettere per i pazienti selezionati</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown and the indicators as CSV files</source>
        <translation>Salva le righe mostrate e gli indicatori come file CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop building the worklist; the patients assessed so far are kept</source>
        <translation>Interrompere la creazione della lista di lavoro; i pazienti già valutati vengono conservati</translation>
    </message>
    <message>
        <source>Not built yet.</source>
        <translation>Non ancora costruita.</translation>
    </message>
    <message>
        <source>Patients with open items</source>
        <translation>Pazienti con voci aperte</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>Items to act on</source>
        <translation>Voci da trattare</translation>
    </message>
    <message>
        <source>By patient</source>
        <translation>Per paziente</translation>
    </message>
    <message>
        <source>Quality indicators</source>
        <translation>Indicatori di qualità</translation>
    </message>
    <message>
        <source>Assessing the clinic on {date}…</source>
        <translation>Valutazione della clinica al {date}…</translation>
    </message>
    <message>
        <source>Could not build the worklist: {error}</source>
        <translation>Impossibile costruire la lista di lavoro: {error}</translation>
    </message>
    <message>
        <source>Cancelled; assessments finished so far are kept. Refresh to continue.</source>
        <translation>Annullato; le valutazioni già completate sono conservate. Aggiornare per continuare.</translation>
    </message>
    <message>
        <source>Not marked: {error}</source>
        <translation>Non segnato: {error}</translation>
    </message>
    <message>
        <source>Letters for {count} selected…</source>
        <translation>Lettere per {count} selezionati…</translation>
    </message>
    <message>
        <source>Letters for selected…</source>
        <translation>Lettere per i selezionati…</translation>
    </message>
    <message>
        <source>On {date}: {computed} patients assessed anew, {reused} assessments reused from the cache</source>
        <translation>Al {date}: {computed} pazienti rivalutati, {reused} valutazioni riprese dalla cache</translation>
    </message>
    <message>
        <source>{shown} of {total} patients with open items shown ({patients} in the clinic)</source>
        <translation>{shown} di {total} pazienti con voci aperte mostrati ({patients} nella clinica)</translation>
    </message>
    <message>
        <source>Export worklist</source>
        <translation>Esporta lista di lavoro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>_AddressFields</name>
    <message>
        <source>street and number, one line each (up to 4)</source>
        <translation>via e numero civico, una riga per voce (fino a 4)</translation>
    </message>
    <message>
        <source>two letters, e.g. GB, NL, DE</source>
        <translation>due lettere, ad es. GB, NL, DE</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
</context>
<context>
    <name>_Step</name>
    <message>
        <source>mg per dose</source>
        <translation>mg per dose</translation>
    </message>
</context>
</TS>
