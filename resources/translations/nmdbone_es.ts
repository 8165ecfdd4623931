<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Bone health in neuromuscular disease: BMD trajectories, glucocorticoid exposure, fracture risk and what to do next. Runs offline; the data stay in the clinic&apos;s database.</source>
        <translation>Salud ósea en las enfermedades neuromusculares: evolución de la DMO, exposición a glucocorticoides, riesgo de fractura y próximos pasos. Funciona sin conexión; los datos permanecen en la base de datos de la clínica.</translation>
    </message>
    <message>
        <source>Ruleset version:</source>
        <translation>Versión de las reglas:</translation>
    </message>
    <message>
        <source>The software supports clinical judgement and does not replace it.</source>
        <translation>El software apoya el juicio clínico y no lo sustituye.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>FRAX® figures are entered by the clinician from the official calculator; this software only adjusts them as the ruleset describes.</source>
        <translation>Los valores FRAX® los introduce el clínico desde la calculadora oficial; este software solo los ajusta como describen las reglas.</translation>
    </message>
    <message>
        <source>About NMD Bone Desktop</source>
        <translation>Acerca de NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>AssessmentHeader</name>
    <message>
        <source>none</source>
        <extracomment>The list&apos;s colours (one scale, by category only): &quot;low&quot; is plain text, never a reassuring green.</extracomment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>low (&lt;2.5)</source>
        <translation>baja (&lt;2,5)</translation>
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
        <translation>no disponible</translation>
    </message>
    <message>
        <source>{label}: major osteoporotic {major}, hip {hip}</source>
        <translation>{label}: fractura osteoporótica mayor {major}, cadera {hip}</translation>
    </message>
    <message>
        <source>with femoral neck BMD</source>
        <translation>con DMO del cuello femoral</translation>
    </message>
    <message>
        <source>clinical factors, no BMD</source>
        <translation>factores clínicos, sin DMO</translation>
    </message>
    <message>
        <source>BMD not stated</source>
        <translation>DMO no indicada</translation>
    </message>
    <message>
        <source>entered {date}</source>
        <translation>introducido el {date}</translation>
    </message>
    <message>
        <source>adjusted: {adjustments}</source>
        <translation>ajustado: {adjustments}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#555&apos;&gt;(since {date})&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#555&apos;&gt;(desde el {date})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Risk category criteria met:</source>
        <translation>Criterios de la categoría de riesgo cumplidos:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>{status} (since {date})</source>
        <translation>{status} (desde el {date})</translation>
    </message>
    <message>
        <source>QFracture-2012 © ClinRisk Ltd — disclaimer ▸</source>
        <translation>QFracture-2012 © ClinRisk Ltd — aviso ▸</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · born {birth_date}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt; font-weight:600&apos;&gt;{name}&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{patient_id} · {sex} · nac. {birth_date}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>{age} years ({population})</source>
        <translation>{age} años ({population})</translation>
    </message>
    <message>
        <source>, onset {date}</source>
        <translation>, inicio {date}</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>none now</source>
        <translation>ninguna ahora</translation>
    </message>
    <message>
        <source>{dose} mg/day prednisolone-eq, {band}</source>
        <translation>{dose} mg/día eq. prednisolona, {band}</translation>
    </message>
    <message>
        <source>; cumulative {grams}&#xa0;g</source>
        <translation>; acumulada {grams} g</translation>
    </message>
    <message>
        <source>Steroids</source>
        <translation>Corticoides</translation>
    </message>
    <message>
        <source>, lowest {score_type} {score} at {site} ({date})</source>
        <translation>, {score_type}-score más bajo {score} en {site} ({date})</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;Risk&lt;/span&gt;&amp;nbsp; {risk_html}</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;Riesgo&lt;/span&gt;&amp;nbsp; {risk_html}</translation>
    </message>
    <message>
        <source>FRAX: none entered</source>
        <translation>FRAX: no introducido</translation>
    </message>
    <message>
        <source>&lt;b&gt;10-year fracture risk&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(for information: the category above comes from its criterion)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</source>
        <translation>&lt;b&gt;Riesgo de fractura a 10 años&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(a título informativo: la categoría de arriba procede de su criterio)&lt;/span&gt;&lt;br&gt;{risk_line}&lt;br&gt;{frax_line}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Clinic database backups (*.sqlite *.db *.dump);;All files (*)</source>
        <translation>Copias de seguridad de la base de datos de la clínica (*.sqlite *.db *.dump);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back up the clinic database</source>
        <translation>Hacer copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Restore the clinic database from a backup</source>
        <translation>Restaurar la base de datos de la clínica desde una copia</translation>
    </message>
    <message>
        <source>Replace the clinic database
{location}
with the backup
{backup}
({summary})?

The current database is kept aside beside it (…before-restore-DATE), so this can be undone.</source>
        <translation>¿Sustituir la base de datos de la clínica
{location}
por la copia
{backup}
({summary})?

La base actual se conserva al lado (…before-restore-FECHA), así que se puede deshacer.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <source>1 letter needs attention before posting:</source>
        <translation>1 carta requiere atención antes del envío:</translation>
    </message>
    <message>
        <source>{count} letters need attention before posting:</source>
        <translation>{count} cartas requieren atención antes del envío:</translation>
    </message>
    <message>
        <source>Letters for {count} patients</source>
        <translation>Cartas para {count} pacientes</translation>
    </message>
    <message>
        <source>One PDF with every letter</source>
        <extracomment>The window&apos;s session: the batch is made (and audited) as the signed-in user and role.</extracomment>
        <translation>Un PDF con todas las cartas</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Un PDF por paciente, en una carpeta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Archivo o carpeta</translation>
    </message>
    <message>
        <source>Write letters</source>
        <extracomment>Per patient, what their letter lacks for posting (filled when the batch ends).</extracomment>
        <translation>Escribir las cartas</translation>
    </message>
    <message>
        <source>Choose where the letters go.</source>
        <translation>Elija dónde guardar las cartas.</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Escribiendo las cartas…</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Escribiendo las cartas</translation>
    </message>
    <message>
        <source>1 letter written</source>
        <translation>1 carta escrita</translation>
    </message>
    <message>
        <source>{count} letters written</source>
        <translation>{count} cartas escritas</translation>
    </message>
    <message>
        <source> to {place}</source>
        <translation> en {place}</translation>
    </message>
    <message>
        <source>Cancelled. {text}.</source>
        <translation>Cancelado. {text}.</translation>
    </message>
    <message>
        <source> Not written ({count}): {listed}</source>
        <translation> No escritas ({count}): {listed}</translation>
    </message>
    <message>
        <source>The batch stopped: {error}</source>
        <translation>El lote se detuvo: {error}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>The batch stopped:
{error}</source>
        <translation>El lote se detuvo:
{error}</translation>
    </message>
    <message>
        <source>Letters PDF</source>
        <translation>PDF de las cartas</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Carpeta para las cartas</translation>
    </message>
</context>
<context>
    <name>BmdChangeTable</name>
    <message>
        <source>Site</source>
        <extracomment>Rows the table shows without scrolling (most patients have two or three sites).</extracomment>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Desde anterior</translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation>Desde basal</translation>
    </message>
    <message>
        <source>LSC</source>
        <translation>MCS</translation>
    </message>
    <message>
        <source>BMD {start_bmd} → {end_bmd} g/cm², {start} → {end}: {percent}%</source>
        <translation>DMO {start_bmd} → {end_bmd} g/cm², {start} → {end}: {percent} %</translation>
    </message>
    <message>
        <source> ({percent}% a year)</source>
        <translation> ({percent} % al año)</translation>
    </message>
    <message>
        <source>significant: at least the least significant change ({lsc}%)</source>
        <translation>significativo: al menos el mínimo cambio significativo ({lsc} %)</translation>
    </message>
    <message>
        <source>not significant: less than the least significant change ({lsc}%)</source>
        <translation>no significativo: menos que el mínimo cambio significativo ({lsc} %)</translation>
    </message>
    <message>
        <source>BMD change per site</source>
        <translation>Cambio de la DMO por localización</translation>
    </message>
    <message>
        <source>{mark} significant: the BMD change (% of g/cm²) is at least the site&apos;s least significant change (LSC). Baseline: first scan on the latest scan&apos;s manufacturer; scans on another manufacturer are not compared.</source>
        <translation>{mark} significativo: el cambio de DMO (% en g/cm²) alcanza al menos el mínimo cambio significativo (MCS) de la localización. Basal: primer estudio en el equipo del fabricante del último estudio; los estudios de otro fabricante no se comparan.</translation>
    </message>
    <message>
        <source>{scans} since {year}</source>
        <translation>{scans} desde {year}</translation>
    </message>
    <message>
        <source>other scanner</source>
        <translation>otro equipo</translation>
    </message>
    <message>
        <source>{scans} scans with a BMD</source>
        <translation>{scans} estudios con DMO</translation>
    </message>
    <message>
        <source>{lsc}% clinic</source>
        <translation>{lsc} % clínica</translation>
    </message>
    <message>
        <source>{lsc}% default</source>
        <translation>{lsc} % defecto</translation>
    </message>
    <message>
        <source>least significant change: the clinic value</source>
        <translation>mínimo cambio significativo: valor de la clínica</translation>
    </message>
    <message>
        <source>least significant change: RULES §7 default</source>
        <translation>mínimo cambio significativo: valor por defecto de RULES §7</translation>
    </message>
    <message>
        <source>No BMD on record: no change to show</source>
        <translation>Sin DMO registrada: no hay cambio que mostrar</translation>
    </message>
</context>
<context>
    <name>BmdChartWidget</name>
    <message>
        <source>BMD trajectory chart</source>
        <translation>Gráfico de evolución de la DMO</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>Mostrar {label}</translation>
    </message>
    <message>
        <source>Z too</source>
        <translation>También Z</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>DMO g/cm²</translation>
    </message>
    <message>
        <source>Plot BMD (g/cm²) instead of T/Z-scores: every scan with a BMD, also those without a score</source>
        <translation>Mostrar la DMO (g/cm²) en lugar de los T/Z-scores: cada estudio con DMO, también los que no tienen score</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Ctrl+Shift+S)</source>
        <translation>Guardar el gráfico como imagen PNG (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>{other} too</source>
        <translation>También {other}</translation>
    </message>
    <message>
        <source>Also plot the {other}-score of every scan (dashed, hollow markers). Scans that have only a {other}-score are always plotted.</source>
        <translation>Mostrar también el {other}-score de cada estudio (discontinuo, marcadores huecos). Los estudios que solo tienen {other}-score se muestran siempre.</translation>
    </message>
    <message>
        <source>No scan of this patient has a {other}-score</source>
        <translation>Ningún estudio de este paciente tiene {other}-score</translation>
    </message>
    <message>
        <source>clinic value</source>
        <translation>valor de la clínica</translation>
    </message>
    <message>
        <source>Select a patient</source>
        <translation>Seleccione un paciente</translation>
    </message>
    <message>
        <source>osteopenia</source>
        <translation>osteopenia</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>osteoporosis</translation>
    </message>
    <message>
        <source>Z −2.0 (low for age)</source>
        <translation>Z −2,0 (bajo para la edad)</translation>
    </message>
    <message>
        <source>vertebral fracture</source>
        <translation>fractura vertebral</translation>
    </message>
    <message>
        <source>other fracture</source>
        <translation>otra fractura</translation>
    </message>
    <message>
        <source>{score_type}-score</source>
        <translation>{score_type}-score</translation>
    </message>
    <message>
        <source>◯ baseline / &lt;b&gt;◯&lt;/b&gt; latest scan</source>
        <translation>◯ estudio basal / &lt;b&gt;◯&lt;/b&gt; último</translation>
    </message>
    <message>
        <source>BMD change ≥ LSC</source>
        <translation>Cambio DMO ≥ MCS</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>tratamiento óseo</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>optional, e.g. DXA at the radiology department</source>
        <translation>opcional, p. ej. DXA en el servicio de radiología</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Citado para:</translation>
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
        <translation>Columna</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>TBLH</source>
        <translation>Cuerpo</translation>
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
        <translation>«{text}» no es un número</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi} %</source>
        <translation>debe estar entre {lo} y {hi} %</translation>
    </message>
    <message>
        <source>Clinic settings — {clinic}</source>
        <translation>Ajustes de la clínica — {clinic}</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>&lt;b&gt;Least significant change (LSC) per DXA site&lt;/b&gt;&lt;br&gt;From your own precision study: LSC = 2.77 × precision error (RMS-SD, %). A change in BMD of at least the LSC is marked significant on the chart and used by the assessment. Leave a field empty to use the default (RULES §7). Stored in the clinic database: every workstation uses it.</source>
        <translation>&lt;b&gt;Mínimo cambio significativo (MCS) por localización DXA&lt;/b&gt;&lt;br&gt;De su propio estudio de precisión: MCS = 2,77 × error de precisión (RMS-SD, %). Un cambio de DMO de al menos el MCS se marca como significativo en el gráfico y lo usa la evaluación. Deje un campo vacío para usar el valor por defecto (RULES §7). Guardado en la base de datos de la clínica: todos los puestos lo usan.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Clinic LSC (%)</source>
        <translation>MCS de la clínica (%)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <source>{site} LSC, %</source>
        <translation>{site} MCS, %</translation>
    </message>
    <message>
        <source>{lsc} (default)</source>
        <translation>{lsc} (por defecto)</translation>
    </message>
    <message>
        <source>Use defaults</source>
        <translation>Usar valores por defecto</translation>
    </message>
    <message>
        <source>Empty every field: the RULES §7 defaults apply</source>
        <translation>Vaciar todos los campos: se aplican los valores por defecto de RULES §7</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>DIN 5008 window (form B)</source>
        <extracomment>The letters&apos; envelope windows (``letters.settings.ADDRESS_WINDOWS``), named for the translators.</extracomment>
        <translation>Ventana DIN 5008 (formato B)</translation>
    </message>
    <message>
        <source>UK C5/DL window envelope</source>
        <translation>Sobre con ventana UK C5/DL</translation>
    </message>
    <message>
        <source>Clinic letterhead and signatory</source>
        <translation>Membrete de la clínica y firmante</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>No window: address in the letter&apos;s flow</source>
        <translation>Sin ventana: dirección en el cuerpo de la carta</translation>
    </message>
    <message>
        <source>empty: the letter template&apos;s wording</source>
        <translation>vacío: el texto de la plantilla de carta</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Address (one line each)</source>
        <translation>Dirección (una línea por elemento)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Imagen del logotipo</translation>
    </message>
    <message>
        <source>Signing clinician*</source>
        <translation>Clínico firmante*</translation>
    </message>
    <message>
        <source>Clinician&apos;s title</source>
        <translation>Cargo del clínico</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Ventana del sobre</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de las cartas</translation>
    </message>
    <message>
        <source>Referrals (adults) go to</source>
        <translation>Las derivaciones (adultos) van a</translation>
    </message>
    <message>
        <source>Referrals (children) go to</source>
        <translation>Las derivaciones (niños) van a</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>* Letters are signed by the patient&apos;s responsible clinician (Patient → Contacts), else by the user who makes them; the signing clinician here is the last resort.</source>
        <translation>* Las cartas las firma el clínico responsable del paciente (Paciente → Contactos); si no, el usuario que las redacta; el firmante indicado aquí es el último recurso.</translation>
    </message>
    <message>
        <source>Logo image not found: {logo_path}</source>
        <translation>No se encuentra la imagen del logotipo: {logo_path}</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <source>The letterhead could not be saved:
{error}</source>
        <translation>No se pudo guardar el membrete:
{error}</translation>
    </message>
    <message>
        <source>The preview could not be made: {error}</source>
        <translation>No se pudo crear la vista previa: {error}</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts — {given} {family} ({id}, born {birth_date})</source>
        <translation>Contactos — {given} {family} ({id}, nac. {birth_date})</translation>
    </message>
    <message>
        <source>Patient&apos;s postal address (advice sheets)</source>
        <translation>Dirección postal del paciente (hojas informativas)</translation>
    </message>
    <message>
        <source>General practitioner (GP letters)</source>
        <translation>Médico de familia (cartas al médico de familia)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Responsible clinician (signs the letters)</source>
        <translation>Clínico responsable (firma las cartas)</translation>
    </message>
    <message>
        <source>e.g. Consultant Neurologist</source>
        <translation>p. ej. neurólogo adjunto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Type YYYY-MM-DD or pick from the calendar (Alt+Down)</source>
        <translation>Escriba AAAA-MM-DD o elija en el calendario (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DxaImportDialog</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>BMD g/cm²</source>
        <translation>DMO g/cm²</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>DXA results (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;All files (*)</source>
        <translation>Resultados DXA (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Import DXA results</source>
        <translation>Importar resultados DXA</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Guardar &amp;plantilla…</translation>
    </message>
    <message>
        <source>Save an empty CSV table with the columns the import reads</source>
        <translation>Guardar una tabla CSV vacía con las columnas que lee la importación</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient ({current_patient})</source>
        <translation>Asignar todas las mediciones al paciente seleccionado ({current_patient})</translation>
    </message>
    <message>
        <source>Put every measurement to the selected patient</source>
        <translation>Asignar todas las mediciones al paciente seleccionado</translation>
    </message>
    <message>
        <source>For files that do not carry the clinic&apos;s patient id (e.g. FHIR from elsewhere)</source>
        <translation>Para archivos sin el identificador de paciente de la clínica (p. ej. FHIR de otro centro)</translation>
    </message>
    <message>
        <source>No files chosen.</source>
        <translation>Ningún archivo elegido.</translation>
    </message>
    <message>
        <source>I have checked the patients matched by name and birth date only</source>
        <translation>He comprobado los pacientes emparejados solo por nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>DXA results to import</source>
        <translation>Resultados DXA que importar</translation>
    </message>
    <message>
        <source>Save the DXA import template</source>
        <translation>Guardar la plantilla de importación DXA</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Files: {names}</source>
        <translation>Archivos: {names}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Cannot read the files: {error}</source>
        <translation>No se pueden leer los archivos: {error}</translation>
    </message>
    <message>
        <source>Reading DXA results</source>
        <translation>Leyendo resultados DXA</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <source>matched by name and birth date</source>
        <translation>emparejado por nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <source>{add} to add for {patients} patient(s), {duplicate} duplicate(s) skipped, {refused} refused</source>
        <translation>{add} para añadir de {patients} paciente(s), {duplicate} duplicado(s) omitido(s), {refused} rechazado(s)</translation>
    </message>
    <message>
        <source> — fix the refused rows; nothing is imported</source>
        <translation> — corrija las filas rechazadas; no se importa nada</translation>
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
        <translation>Z ajust. talla</translation>
    </message>
    <message>
        <source>children</source>
        <translation>niños</translation>
    </message>
    <message>
        <source>TBS</source>
        <translation>TBS</translation>
    </message>
    <message>
        <source>spine only</source>
        <translation>solo columna</translation>
    </message>
    <message>
        <source>Add DXA study — {patient}</source>
        <translation>Añadir estudio DXA — {patient}</translation>
    </message>
    <message>
        <source>Add DXA study</source>
        <translation>Añadir estudio DXA</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Fecha *</translation>
    </message>
    <message>
        <source>Scanner manufacturer</source>
        <translation>Fabricante del equipo</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site&lt;/b&gt;</source>
        <translation>&lt;b&gt;Localización&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{site} side</source>
        <translation>{site} lado</translation>
    </message>
    <message>
        <source>Fill in the sites measured; empty rows are not saved. Decimal comma or point.</source>
        <translation>Rellene las localizaciones medidas; las filas vacías no se guardan. Coma o punto decimal.</translation>
    </message>
    <message>
        <source>Enter at least one site&apos;s BMD, T- or Z-score.</source>
        <translation>Introduzca para al menos una localización la DMO, el T- o el Z-score.</translation>
    </message>
    <message>
        <source>Side: {message}</source>
        <translation>Lado: {message}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>{title}: cancelado</translation>
    </message>
    <message>
        <source>Please wait: another long operation is still running.</source>
        <translation>Espere: otra operación larga sigue en curso.</translation>
    </message>
    <message>
        <source>Import patient documents</source>
        <translation>Importar documentos de pacientes</translation>
    </message>
    <message>
        <source>Patient documents (*.json)</source>
        <translation>Documentos de pacientes (*.json)</translation>
    </message>
    <message>
        <source>Import every patient document of a folder</source>
        <translation>Importar todos los documentos de pacientes de una carpeta</translation>
    </message>
    <message>
        <source>Imported {total} patients ({new} new, {updated} updated, {unchanged} unchanged) into {path}</source>
        <translation>{total} pacientes importados ({new} nuevos, {updated} actualizados, {unchanged} sin cambios) en {path}</translation>
    </message>
    <message>
        <source>Import refused — nothing was imported</source>
        <translation>Importación rechazada — no se importó nada</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Export patient documents to folder</source>
        <translation>Exportar documentos de pacientes a una carpeta</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Exported {n} patient(s) to {folder}</source>
        <translation>{n} paciente(s) exportado(s) a {folder}</translation>
    </message>
    <message>
        <source>Imported {added} DXA measurement(s) for {n_patients} patient(s); {duplicates} duplicate(s) skipped</source>
        <translation>{added} medición(es) DXA importada(s) para {n_patients} paciente(s); {duplicates} duplicado(s) omitido(s)</translation>
    </message>
    <message>
        <source>Importing DXA results</source>
        <translation>Importando resultados DXA</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup written and verified:
{result}</source>
        <translation>Copia de seguridad escrita y verificada:
{result}</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>No es posible restaurar</translation>
    </message>
    <message>
        <source>Not a usable backup</source>
        <translation>Copia de seguridad no utilizable</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restored from {path}: {result}</source>
        <translation>Restaurado desde {path}: {result}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Opened {location}: choose a patient.</source>
        <translation>{location} abierto: elija un paciente.</translation>
    </message>
    <message>
        <source>Database restored: choose a patient.</source>
        <translation>Base de datos restaurada: elija un paciente.</translation>
    </message>
    <message>
        <source>Assessed {computed} patient(s), {reused} up to date</source>
        <translation>{computed} paciente(s) evaluado(s), {reused} al día</translation>
    </message>
    <message>
        <source>Assessing patients</source>
        <translation>Evaluando pacientes</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>checking {name}</source>
        <translation>comprobando {name}</translation>
    </message>
    <message>
        <source>writing to the database</source>
        <translation>escribiendo en la base de datos</translation>
    </message>
    <message>
        <source>assessing the imported patients</source>
        <translation>evaluando los pacientes importados</translation>
    </message>
    <message>
        <source>copying to {name}</source>
        <translation>copiando a {name}</translation>
    </message>
    <message>
        <source>restoring {name}</source>
        <translation>restaurando {name}</translation>
    </message>
</context>
<context>
    <name>GcCourseDialog</name>
    <message>
        <source>Step {step} dose, mg</source>
        <translation>Paso {step} dosis, mg</translation>
    </message>
    <message>
        <source>Step {step} from</source>
        <translation>Paso {step} desde</translation>
    </message>
    <message>
        <source>Add glucocorticoid course — {patient}</source>
        <translation>Añadir pauta de glucocorticoides — {patient}</translation>
    </message>
    <message>
        <source>Add glucocorticoid course</source>
        <translation>Añadir pauta de glucocorticoides</translation>
    </message>
    <message>
        <source>Drug *</source>
        <translation>Fármaco *</translation>
    </message>
    <message>
        <source>Frequency *</source>
        <translation>Frecuencia *</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dose steps&lt;/b&gt; (a taper: one row per dose; each runs until the next starts)</source>
        <translation>&lt;b&gt;Pasos de dosis&lt;/b&gt; (pauta descendente: una fila por dosis; cada una dura hasta que empieza la siguiente)</translation>
    </message>
    <message>
        <source>Dose (mg) *</source>
        <translation>Dosis (mg) *</translation>
    </message>
    <message>
        <source>From *</source>
        <translation>Desde *</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>Quitar el último paso</translation>
    </message>
    <message>
        <source>Course end (last dose)</source>
        <translation>Fin de la pauta (última dosis)</translation>
    </message>
    <message>
        <source>End of course</source>
        <translation>Fin de la pauta</translation>
    </message>
    <message>
        <source>Empty: still taken.</source>
        <translation>Vacío: aún en tratamiento.</translation>
    </message>
    <message>
        <source>still taken</source>
        <translation>aún en tratamiento</translation>
    </message>
    <message>
        <source>must start after step {step} ({start})</source>
        <translation>debe empezar después del paso {step} ({start})</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>HandleDialogs</name>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Mark as booked</source>
        <translation>Marcar como citado</translation>
    </message>
    <message>
        <source>Booked for the date below: the item leaves the worklist until that date has passed, then returns as overdue if it is still open.</source>
        <translation>Citado para la fecha de abajo: el elemento sale de la lista de trabajo hasta esa fecha y vuelve como vencido si sigue abierto.</translation>
    </message>
    <message>
        <source>Mark as not applicable</source>
        <translation>Marcar como no aplicable</translation>
    </message>
    <message>
        <source>Not applicable, for the reason below: the item leaves the worklist until the reason for it changes (e.g. a new fracture or a new scan).</source>
        <translation>No aplicable, por el motivo de abajo: el elemento sale de la lista de trabajo hasta que cambie su motivo (p. ej. una nueva fractura o un nuevo estudio).</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>restored backup</source>
        <translation>copia restaurada</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>copia de seguridad hecha</translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation>carta impresa</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>inicio de sesión fallido</translation>
    </message>
    <message>
        <source>marked booked</source>
        <translation>marcado como citado</translation>
    </message>
    <message>
        <source>marked not applicable</source>
        <translation>marcado como no aplicable</translation>
    </message>
    <message>
        <source>mark undone</source>
        <translation>marca deshecha</translation>
    </message>
    <message>
        <source>History not refreshed: {error}</source>
        <extracomment>Clinic-wide events shown in every patient&apos;s history too (a restore replaces every record).</extracomment>
        <translation>Historial no actualizado: {error}</translation>
    </message>
    <message>
        <source>patient {patient_id}</source>
        <translation>paciente {patient_id}</translation>
    </message>
    <message>
        <source>the whole clinic</source>
        <translation>toda la clínica</translation>
    </message>
    <message>
        <source>History of {who}: {n_entries} entries, newest first</source>
        <translation>Historial de {who}: {n_entries} entradas, las más recientes primero</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detalle:</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{file}: separator {separator} detected</source>
        <translation>{file}: separador {separator} detectado</translation>
    </message>
    <message>
        <source>{file}: columns not read: {columns}</source>
        <translation>{file}: columnas no leídas: {columns}</translation>
    </message>
    <message>
        <source>{file}: {where}: site {site} is not a contract site; left out</source>
        <translation>{file}: {where}: la localización {site} no es una localización del contrato; omitida</translation>
    </message>
    <message>
        <source>{file}: a DXA report with no contract site in it</source>
        <translation>{file}: un informe DXA sin localizaciones del contrato</translation>
    </message>
    <message>
        <source>{file}: {where}: not a contract site; left out</source>
        <translation>{file}: {where}: no es una localización del contrato; omitida</translation>
    </message>
    <message>
        <source>{file}: {report}: its Observations are read from the files given</source>
        <translation>{file}: {report}: sus Observation se leen de los archivos indicados</translation>
    </message>
    <message>
        <source>{file}: no DXA Observation in it</source>
        <translation>{file}: no contiene ninguna Observation DXA</translation>
    </message>
    <message>
        <source>{file}: {where}: not a DXA value ({value}); left out</source>
        <translation>{file}: {where}: no es un valor DXA ({value}); omitido</translation>
    </message>
    <message>
        <source>{file}: {where}: status {status}; left out</source>
        <translation>{file}: {where}: estado {status}; omitido</translation>
    </message>
    <message>
        <source>is not a readable DICOM file: {error}</source>
        <translation>no es un archivo DICOM legible: {error}</translation>
    </message>
    <message>
        <source>is not a DICOM Structured Report (SOP class {sop})</source>
        <translation>no es un DICOM Structured Report (clase SOP {sop})</translation>
    </message>
    <message>
        <source>this Structured Report is not a DXA report (its title is {title})</source>
        <translation>este Structured Report no es un informe DXA (su título es {title})</translation>
    </message>
    <message>
        <source>is missing or not a date (got {value})</source>
        <translation>falta o no es una fecha (leído: {value})</translation>
    </message>
    <message>
        <source>is missing, and the name and birth date are not both given</source>
        <translation>falta, y el nombre y la fecha de nacimiento no están ambos indicados</translation>
    </message>
    <message>
        <source>unit {unit} is not g/cm2</source>
        <translation>la unidad {unit} no es g/cm2</translation>
    </message>
    <message>
        <source>a DualFemur region must say which femur it is (left or right)</source>
        <translation>una región DualFemur debe indicar de qué fémur se trata (izquierdo o derecho)</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>no es un JSON válido: {error}</translation>
    </message>
    <message>
        <source>is missing: not a FHIR resource</source>
        <translation>falta: no es un recurso FHIR</translation>
    </message>
    <message>
        <source>{kind} holds no DXA Observations (expected a Bundle or Observation)</source>
        <translation>{kind} no contiene Observation DXA (se esperaba un Bundle o una Observation)</translation>
    </message>
    <message>
        <source>says {side} but the site name says {named} ({site})</source>
        <translation>indica {side} pero el nombre de la localización indica {named} ({site})</translation>
    </message>
    <message>
        <source>says {said} but the code says {code}</source>
        <translation>indica {said} pero el código indica {code}</translation>
    </message>
    <message>
        <source>is missing or not a date</source>
        <translation>falta o no es una fecha</translation>
    </message>
    <message>
        <source>is missing or not a number</source>
        <translation>falta o no es un número</translation>
    </message>
    <message>
        <source>is missing: whose measurement is it?</source>
        <translation>falta: ¿de quién es esta medición?</translation>
    </message>
    <message>
        <source>two different values for one scan ({first} and {second})</source>
        <translation>dos valores distintos para una misma exploración ({first} y {second})</translation>
    </message>
    <message>
        <source>differs from {other} ({first} and {second})</source>
        <translation>difiere de {other} ({first} y {second})</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet: {error}</source>
        <translation>no se puede leer como hoja de cálculo: {error}</translation>
    </message>
    <message>
        <source>cannot be read as a CSV table: {error}</source>
        <translation>no se puede leer como tabla CSV: {error}</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>is not a DXA table (CSV, XLSX), a DICOM SR or FHIR JSON</source>
        <translation>no es una tabla DXA (CSV, XLSX), ni un DICOM SR, ni un JSON FHIR</translation>
    </message>
    <message>
        <source>needs at least one of bmd_g_cm2, t_score, z_score</source>
        <translation>necesita al menos uno de bmd_g_cm2, t_score, z_score</translation>
    </message>
    <message>
        <source>is measured at lumbar_spine only (site is {site})</source>
        <translation>solo se mide en lumbar_spine (la localización es {site})</translation>
    </message>
    <message>
        <source>applies to hip, femur and forearm sites (site is {site})</source>
        <translation>solo se aplica a localizaciones de cadera, fémur y antebrazo (la localización es {site})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>column given twice ({name})</source>
        <translation>columna indicada dos veces ({name})</translation>
    </message>
    <message>
        <source>column is missing from the header (expected {columns})</source>
        <translation>falta la columna en el encabezado (se esperaba {columns})</translation>
    </message>
    <message>
        <source>no value column (bmd_g_cm2, t_score, z_score) in the header</source>
        <translation>ninguna columna de valores (bmd_g_cm2, t_score, z_score) en el encabezado</translation>
    </message>
    <message>
        <source>must be left or right (got {value})</source>
        <translation>debe ser izquierdo o derecho (leído: {value})</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>is not a number (got {value})</source>
        <translation>no es un número (leído: {value})</translation>
    </message>
    <message>
        <source>is ambiguous (day/month or month/day?) (got {value}); write YYYY-MM-DD</source>
        <translation>es ambigua (¿día/mes o mes/día?) (leído: {value}); escriba AAAA-MM-DD</translation>
    </message>
    <message>
        <source>is not a real calendar date (got {value})</source>
        <translation>no es una fecha real del calendario (leído: {value})</translation>
    </message>
    <message>
        <source>is not a date (got {value}); write YYYY-MM-DD</source>
        <translation>no es una fecha (leído: {value}); escriba AAAA-MM-DD</translation>
    </message>
    <message>
        <source>no patient with id {id} in the clinic</source>
        <translation>ningún paciente con ID {id} en la clínica</translation>
    </message>
    <message>
        <source>patient: {count} patients have this name and birth date</source>
        <translation>patient: {count} pacientes tienen este nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <source>patient: no patient {who} in the clinic</source>
        <translation>patient: ningún paciente {who} en la clínica</translation>
    </message>
    <message>
        <source>date: is in the future of {as_of} ({date})</source>
        <translation>date: es posterior a la fecha de referencia {as_of} ({date})</translation>
    </message>
    <message>
        <source>date: is before the patient&apos;s birth_date {birth} ({date})</source>
        <translation>date: es anterior a la fecha de nacimiento del paciente {birth} ({date})</translation>
    </message>
    <message>
        <source>already on record</source>
        <translation>ya registrado</translation>
    </message>
    <message>
        <source>same as {other}</source>
        <translation>igual que {other}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nac. {date}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sin ID)</translation>
    </message>
</context>
<context>
    <name>IndicatorDashboard</name>
    <message>
        <source>not recordable — {count} concerned</source>
        <translation>no registrable — {count} afectados</translation>
    </message>
    <message>
        <source>no patients (0/0)</source>
        <translation>sin pacientes (0/0)</translation>
    </message>
    <message>
        <source>Click a bar to list the patients behind it.</source>
        <translation>Haga clic en una barra para listar los pacientes que hay detrás.</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Exportar lista…</translation>
    </message>
    <message>
        <source>Save the patients behind this indicator as CSV</source>
        <translation>Guardar los pacientes de este indicador en CSV</translation>
    </message>
    <message>
        <source>% of the denominator</source>
        <translation>% del denominador</translation>
    </message>
    <message>
        <source>Quality indicators on {date}</source>
        <translation>Indicadores de calidad a {date}</translation>
    </message>
    <message>
        <source>Numerator: {numerator}.
Denominator: {denominator}.
Window: {window}. Basis: {basis}.
{note}</source>
        <translation>Numerador: {numerator}.
Denominador: {denominator}.
Periodo: {window}. Base: {basis}.
{note}</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>Afectados</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>Exportar pacientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Referral to a bone specialist</source>
        <translation>Derivación a un especialista en hueso</translation>
    </message>
    <message>
        <source>Letter to the GP</source>
        <translation>Carta al médico de familia</translation>
    </message>
    <message>
        <source>Advice sheet for the patient</source>
        <translation>Hoja informativa para el paciente</translation>
    </message>
    <message>
        <source>Trajectory chart</source>
        <extracomment>Sections with no printed heading still need a name in the list.</extracomment>
        <translation>Gráfico de evolución</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Letter — {given} {family} ({id})</source>
        <extracomment>Who makes the letter (signs it when the record names no responsible clinician). The PDF on screen and what it was made from: outputs write exactly these bytes.</extracomment>
        <translation>Carta — {given} {family} ({id})</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Question for the specialist</source>
        <translation>Pregunta para el especialista</translation>
    </message>
    <message>
        <source>Your own paragraph</source>
        <translation>Párrafo propio</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Pages as they will print</source>
        <translation>Páginas tal como se imprimirán</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Abrir en el visor de PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>No chart: no BMD values on record (or the chart module is missing).</source>
        <translation>Sin gráfico: no hay valores de DMO registrados (o falta el módulo de gráficos).</translation>
    </message>
    <message>
        <source>The record has entries after {date}: {problem}</source>
        <translation>La historia tiene registros posteriores al {date}: {problem}</translation>
    </message>
    <message>
        <source>The letter cannot be made: {error}</source>
        <translation>No se puede crear la carta: {error}</translation>
    </message>
    <message>
        <source>Empty: {automatic}</source>
        <translation>Vacío: {automatic}</translation>
    </message>
    <message>
        <source>The letter cannot be rendered: {error}</source>
        <translation>No se puede mostrar la carta: {error}</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Carta no escrita</translation>
    </message>
    <message>
        <source>The letter was not written:
{error}</source>
        <translation>La carta no se ha escrito:
{error}</translation>
    </message>
    <message>
        <source>Preview opened: {path}</source>
        <translation>Vista previa abierta: {path}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>{error}

The PDF opens in the viewer now.</source>
        <translation>{error}

El PDF se abre ahora en el visor.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Enviado a {printer}.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>la impresora predeterminada</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The PDF opens in the viewer, where you can print it.</source>
        <translation>No hay ninguna impresora configurada en este ordenador. El PDF se abre en el visor, desde donde puede imprimirlo.</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Impresora:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — NMD Bone Desktop</source>
        <translation>Iniciar sesión — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>This clinic database requires you to sign in:
{location}</source>
        <translation>Esta base de datos de la clínica requiere iniciar sesión:
{location}</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Nombre de usuario o contraseña incorrectos, o la cuenta está desactivada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>physician</source>
        <extracomment>The roles of the clinic&apos;s users (services.protection), as the status bar names them.</extracomment>
        <translation>médico</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>enfermería</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretaría</translation>
    </message>
    <message>
        <source>NMD Bone Desktop — {name}{demo_suffix}</source>
        <translation>NMD Bone Desktop — {name}{demo_suffix}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de datos: {location}</translation>
    </message>
    <message>
        <source>Ruleset …</source>
        <translation>Reglas …</translation>
    </message>
    <message>
        <source>Saved {patient_id} (revision {revision})</source>
        <translation>{patient_id} guardado (revisión {revision})</translation>
    </message>
    <message>
        <source>The database was changed elsewhere: list refreshed.</source>
        <translation>La base de datos se modificó en otro lugar: lista actualizada.</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>read-only: not signed in</source>
        <translation>solo lectura: sin sesión iniciada</translation>
    </message>
    <message>
        <source>{patient_count} patients</source>
        <translation>{patient_count} pacientes</translation>
    </message>
    <message>
        <source>Ruleset {version}</source>
        <translation>Reglas {version}</translation>
    </message>
    <message>
        <source>Warning: {path} is on a network file system ({kind}); SQLite&apos;s write-ahead log is not safe there and two computers using it can corrupt the database. Keep the database on a local disk.</source>
        <translation>Advertencia: {path} está en un sistema de archivos de red ({kind}); el registro de escritura anticipada de SQLite no es seguro allí y dos equipos que usen la base de datos pueden dañarla. Guarde la base de datos en un disco local.</translation>
    </message>
    <message>
        <source>The new language applies from the next start; nothing was lost.</source>
        <translation>El nuevo idioma se aplica desde el próximo inicio; no se ha perdido nada.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Añadir un paciente</translation>
    </message>
    <message>
        <source>Open clinic &amp;server…</source>
        <translation>Abrir el &amp;servidor de la clínica…</translation>
    </message>
    <message>
        <source>Work on the clinic database of the clinic&apos;s PostgreSQL server (several workstations)</source>
        <translation>Trabajar con la base de datos del servidor PostgreSQL de la clínica (varios puestos)</translation>
    </message>
    <message>
        <source>&amp;Import patient files…</source>
        <translation>&amp;Importar archivos de pacientes…</translation>
    </message>
    <message>
        <source>Import patient documents (JSON); all or nothing</source>
        <translation>Importar documentos de pacientes (JSON); todo o nada</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import every *.json file of a folder</source>
        <translation>Importar todos los archivos *.json de una carpeta</translation>
    </message>
    <message>
        <source>Import &amp;DXA results…</source>
        <translation>Importar resultados &amp;DXA…</translation>
    </message>
    <message>
        <source>DXA results from scanner tables (CSV, XLSX), DICOM SR or FHIR: preview, then import</source>
        <translation>Resultados DXA de tablas de equipos (CSV, XLSX), DICOM SR o FHIR: vista previa y luego importación</translation>
    </message>
    <message>
        <source>&amp;Export this patient…</source>
        <translation>&amp;Exportar este paciente…</translation>
    </message>
    <message>
        <source>Write the selected patient&apos;s document</source>
        <translation>Escribir el documento del paciente seleccionado</translation>
    </message>
    <message>
        <source>Export &amp;all patients…</source>
        <translation>Exportar &amp;todos los pacientes…</translation>
    </message>
    <message>
        <source>Write every patient&apos;s document, one file each</source>
        <translation>Escribir el documento de cada paciente, un archivo cada uno</translation>
    </message>
    <message>
        <source>Clinic &amp;letterhead…</source>
        <translation>&amp;Membrete de la clínica…</translation>
    </message>
    <message>
        <source>Clinic name, address and signatory printed on letters</source>
        <translation>Nombre, dirección y firmante de la clínica impresos en las cartas</translation>
    </message>
    <message>
        <source>Clinic &amp;settings (LSC)…</source>
        <translation>Aju&amp;stes de la clínica (MCS)…</translation>
    </message>
    <message>
        <source>The clinic&apos;s least significant change per DXA site, for every workstation</source>
        <translation>El mínimo cambio significativo de la clínica por localización DXA, para todos los puestos</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings of the window: its language</source>
        <translation>Los ajustes de la ventana en este puesto: su idioma</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Copia de &amp;seguridad de la base…</translation>
    </message>
    <message>
        <source>A verified copy of the live database</source>
        <translation>Una copia verificada de la base de datos en uso</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde copia…</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup (the current one is kept aside)</source>
        <translation>Sustituir la base de datos por una copia verificada (la actual se conserva al lado)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Edit patient &amp;details…</source>
        <translation>Editar &amp;datos del paciente…</translation>
    </message>
    <message>
        <source>Edit &amp;contacts (address, GP, clinician)…</source>
        <translation>Editar &amp;contactos (dirección, médico de familia, clínico)…</translation>
    </message>
    <message>
        <source>Where this patient&apos;s letters go and who signs them</source>
        <translation>A dónde van las cartas de este paciente y quién las firma</translation>
    </message>
    <message>
        <source>Add &amp;DXA study…</source>
        <translation>Añadir estudio &amp;DXA…</translation>
    </message>
    <message>
        <source>Add a DXA study: date, scanner and every site in one form</source>
        <translation>Añadir un estudio DXA: fecha, equipo y todas las localizaciones en un formulario</translation>
    </message>
    <message>
        <source>Add &amp;fracture…</source>
        <translation>Añadir &amp;fractura…</translation>
    </message>
    <message>
        <source>Add a fracture</source>
        <translation>Añadir una fractura</translation>
    </message>
    <message>
        <source>Add &amp;spine imaging…</source>
        <translation>Añadir imagen de &amp;columna…</translation>
    </message>
    <message>
        <source>Add &amp;glucocorticoid course…</source>
        <translation>Añadir pauta de &amp;glucocorticoides…</translation>
    </message>
    <message>
        <source>A course with its dose steps (a taper) in one form</source>
        <translation>Una pauta con sus pasos de dosis (descendente) en un formulario</translation>
    </message>
    <message>
        <source>Add bone &amp;medication…</source>
        <translation>Añadir tratamiento ó&amp;seo…</translation>
    </message>
    <message>
        <source>Add &amp;lab result…</source>
        <translation>Añadir resultado de &amp;laboratorio…</translation>
    </message>
    <message>
        <source>Add height/&amp;weight…</source>
        <translation>Añadir talla/&amp;peso…</translation>
    </message>
    <message>
        <source>Add m&amp;obility status…</source>
        <translation>Añadir m&amp;ovilidad…</translation>
    </message>
    <message>
        <source>Add FRA&amp;X entry…</source>
        <translation>Añadir entrada FRA&amp;X…</translation>
    </message>
    <message>
        <source>Edit &amp;risk factors…</source>
        <translation>Editar factores de &amp;riesgo…</translation>
    </message>
    <message>
        <source>Write le&amp;tter…</source>
        <translation>Escribir car&amp;ta…</translation>
    </message>
    <message>
        <source>Referral, GP or patient letter for this patient: edit, preview, print</source>
        <translation>Derivación, carta al médico de familia o al paciente: editar, vista previa, imprimir</translation>
    </message>
    <message>
        <source>Delete patient…</source>
        <translation>Eliminar paciente…</translation>
    </message>
    <message>
        <source>Refresh assessments of all patients</source>
        <translation>Actualizar las evaluaciones de todos los pacientes</translation>
    </message>
    <message>
        <source>Re-assess patients whose list risk / next due is missing or old</source>
        <translation>Reevaluar los pacientes cuyo riesgo / próximo vencimiento en la lista falta o es antiguo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Search by name, ID or diagnosis</source>
        <translation>Buscar por nombre, ID o diagnóstico</translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation>Paciente siguiente</translation>
    </message>
    <message>
        <source>Previous patient</source>
        <translation>Paciente anterior</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista de trabajo</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>&amp;Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About NMD Bone Desktop</source>
        <translation>&amp;Acerca de NMD Bone Desktop</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>required, e.g. declined after discussion; palliative care</source>
        <translation>obligatorio, p. ej. rechazado tras hablarlo; cuidados paliativos</translation>
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
        <translation>{name} · {patient_id} · nac. {birth_date}</translation>
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
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Delete {name} ({patient_id}) and all their records?
The audit trail keeps a copy of the deleted record.</source>
        <translation>¿Eliminar a {name} ({patient_id}) y todos sus registros?
El registro de auditoría guarda una copia del registro eliminado.</translation>
    </message>
</context>
<context>
    <name>PatientController</name>
    <message>
        <source>No patient selected</source>
        <extracomment>The clinic&apos;s own least significant change per site, % (read with each assessment).</extracomment>
        <translation>Ningún paciente seleccionado</translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation>Ningún paciente seleccionado.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <source>a patient with this ID already exists</source>
        <translation>ya existe un paciente con este ID</translation>
    </message>
    <message>
        <source>Patient {pid} deleted.</source>
        <translation>Paciente {pid} eliminado.</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search name, ID or diagnosis  (Ctrl+F)</source>
        <extracomment>Shown left to right: name, risk and next due must stay visible on a 1366-px clinic laptop, so the diagnosis (the widest, and in the name&apos;s tooltip) goes last.</extracomment>
        <translation>Buscar nombre, ID o diagnóstico  (Ctrl+F)</translation>
    </message>
    <message>
        <source>{total} patients</source>
        <translation>{total} pacientes</translation>
    </message>
    <message>
        <source>{matching} of {total} patients match</source>
        <translation>{matching} de {total} pacientes coinciden</translation>
    </message>
    <message>
        <source>{fetched}+ of {total} patients match</source>
        <translation>{fetched}+ de {total} pacientes coinciden</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>⚠ overdue: a due date has passed</source>
        <extracomment>The roles a repaint asks that this model answers, and their slot in a row&apos;s cells. Flags as icon glyphs (the column stays narrow at 1366 px); the tooltip says them in words.</extracomment>
        <translation>⚠ vencido: ha pasado una fecha límite</translation>
    </message>
    <message>
        <source>● urgent: a priority-1 action is open</source>
        <translation>● urgente: hay una acción de prioridad 1 abierta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>{label} ({name})</source>
        <extracomment>A keystroke that drops rows from a partial result keeps the rows left (they are the new result&apos;s first rows; ``fetchMore`` goes on from there) when they fill a tall screen&apos;s list, instead of querying again; fewer are queried again, since the view would at once fetch more. The exact count of a long result (a scan of every search key, ≈ 5 ms at 20,000 patients) is taken once typing pauses this long, not after every keystroke; meanwhile the list says &quot;200+&quot; (``countPending``), which is true, instead of the previous search&apos;s count.</extracomment>
        <translation>{label} ({name})</translation>
    </message>
    <message>
        <source>Not assessed since the last change (Patient ▸ Refresh assessments)</source>
        <translation>No evaluado desde el último cambio (Paciente ▸ Actualizar las evaluaciones)</translation>
    </message>
    <message>
        <source>{name} ({sex}, born {birth_date})</source>
        <translation>{name} ({sex}, nac. {birth_date})</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀ Previous page</source>
        <extracomment>Rendering scale: PDF points to pixels (1.0 = 72 dpi). 1.5 is sharp on a laptop screen.</extracomment>
        <translation>◀ Página anterior</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Página siguiente ▶</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>The page preview needs pypdfium2 (not installed); see the Text tab.</source>
        <translation>La vista previa de páginas necesita pypdfium2 (no instalado); vea la pestaña Texto.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>No se pudo dibujar la vista previa: {error}</translation>
    </message>
    <message>
        <source>Page {value} of {pages}</source>
        <translation>Página {value} de {pages}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Idioma de la ventana</translation>
    </message>
    <message>
        <source>A new language applies from the next start of NMD Bone Desktop; nothing you are working on is lost. Recommendations, clinical terms and letters use the same words as the window.</source>
        <translation>Un nuevo idioma se aplica desde el próximo inicio de NMD Bone Desktop; no se pierde nada de lo que está haciendo. Las recomendaciones, los términos clínicos y las cartas usan las mismas palabras que la ventana.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Windows could not print the PDF ({error}); open it and print from the viewer.</source>
        <translation>Windows no pudo imprimir el PDF ({error}); ábralo e imprima desde el visor.</translation>
    </message>
    <message>
        <source>No print command (CUPS lp or lpr) was found; open the PDF and print from the viewer.</source>
        <translation>No se encontró ningún comando de impresión (CUPS lp o lpr); abra el PDF e imprima desde el visor.</translation>
    </message>
    <message>
        <source>The print spooler refused the job: {output}</source>
        <translation>La cola de impresión rechazó el trabajo: {output}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{done} of {total} patients</source>
        <translation>{done} de {total} pacientes</translation>
    </message>
    <message>
        <source>writing {measurements} DXA measurements for {patients} patients</source>
        <translation>guardando {measurements} mediciones DXA de {patients} pacientes</translation>
    </message>
    <message>
        <source>assessing {patients} patients</source>
        <translation>valorando {patients} pacientes</translation>
    </message>
    <message>
        <source>Assessing {id}</source>
        <translation>valorando {id}</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Escribiendo cartas</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Vencido desde el {date}</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Para hacer ahora</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Vence {date}</translation>
    </message>
    <message>
        <source>{code} · priority {priority}</source>
        <translation>{code} · prioridad {priority}</translation>
    </message>
    <message>
        <source>Why? ▸</source>
        <translation>¿Por qué? ▸</translation>
    </message>
    <message>
        <source>Rationale and references for {title}</source>
        <translation>Justificación y referencias de {title}</translation>
    </message>
    <message>
        <source>Why? ▾</source>
        <translation>¿Por qué? ▾</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;Opciones:&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avoid:&lt;/b&gt; {drugs}</source>
        <translation>&lt;b&gt;Evitar:&lt;/b&gt; {drugs}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Since&lt;/i&gt; {date}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Desde el&lt;/i&gt; {date}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;References&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;i&gt;Referencias&lt;/i&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Select a patient to see the assessment.</source>
        <translation>Seleccione un paciente para ver la evaluación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>No recommendations: nothing to do now.</source>
        <translation>Sin recomendaciones: nada que hacer ahora.</translation>
    </message>
    <message>
        <source>Next due: {due}. Ruleset {ruleset}, as of {as_of}. {disclaimer}</source>
        <translation>Próximo vencimiento: {due}. Reglas {ruleset}, a {as_of}. {disclaimer}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Add {record}</source>
        <translation>Añadir: {record}</translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation>Editar: {record}</translation>
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
        <translation>debe ser como máximo \1 (introducido: \2)</translation>
    </message>
    <message>
        <source>must be at least \1 (entered: \2)</source>
        <translation>debe ser al menos \1 (introducido: \2)</translation>
    </message>
    <message>
        <source>must be below \1 (entered: \2)</source>
        <translation>debe ser inferior a \1 (introducido: \2)</translation>
    </message>
    <message>
        <source>must be above \1 (entered: \2)</source>
        <translation>debe ser superior a \1 (introducido: \2)</translation>
    </message>
    <message>
        <source>“\1” is not a number</source>
        <translation>«\1» no es un número</translation>
    </message>
    <message>
        <source>must be a whole number (entered: \1)</source>
        <translation>debe ser un número entero (introducido: \1)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>choose one of the options offered</source>
        <translation>elija una de las opciones ofrecidas</translation>
    </message>
    <message>
        <source>at most \1 characters</source>
        <translation>como máximo \1 caracteres</translation>
    </message>
    <message>
        <source>at least \1 characters</source>
        <translation>al menos \1 caracteres</translation>
    </message>
    <message>
        <source>\2 is before the date of birth (\1)</source>
        <translation>\2 es anterior a la fecha de nacimiento (\1)</translation>
    </message>
    <message>
        <source>\2 is after today (\1)</source>
        <translation>\2 es posterior a hoy (\1)</translation>
    </message>
    <message>
        <source>\2 is after the assessment date (\1)</source>
        <translation>\2 es posterior a la fecha de evaluación (\1)</translation>
    </message>
    <message>
        <source>\2 is before the start (\1)</source>
        <translation>\2 es anterior al inicio (\1)</translation>
    </message>
    <message>
        <source>required: please fill in</source>
        <translation>obligatorio: rellénelo</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>non-smoker</source>
        <extracomment>For a choice whose options depend on another field (lab units on the test). Only when the record is new (the patient id cannot be renamed in place).</extracomment>
        <translation>no fumador</translation>
    </message>
    <message>
        <source>ex-smoker</source>
        <translation>exfumador</translation>
    </message>
    <message>
        <source>light (&lt;10/day)</source>
        <translation>leve (&lt;10/día)</translation>
    </message>
    <message>
        <source>moderate (10–19/day)</source>
        <translation>moderado (10–19/día)</translation>
    </message>
    <message>
        <source>heavy (≥20/day)</source>
        <translation>intenso (≥20/día)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>&lt;1 unit/day</source>
        <translation>&lt;1 unidad/día</translation>
    </message>
    <message>
        <source>1–2 units/day</source>
        <translation>1–2 unidades/día</translation>
    </message>
    <message>
        <source>3–6 units/day</source>
        <translation>3–6 unidades/día</translation>
    </message>
    <message>
        <source>7–9 units/day</source>
        <translation>7–9 unidades/día</translation>
    </message>
    <message>
        <source>&gt;9 units/day</source>
        <translation>&gt;9 unidades/día</translation>
    </message>
    <message>
        <source>White or not stated</source>
        <translation>Blanca o no indicada</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pakistaní</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>Bangladesí</translation>
    </message>
    <message>
        <source>Other Asian</source>
        <translation>Otra asiática</translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation>Negra caribeña</translation>
    </message>
    <message>
        <source>Black African</source>
        <translation>Negra africana</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>DXA measurement</source>
        <translation>Medición DXA</translation>
    </message>
    <message>
        <source>DXA</source>
        <translation>DXA</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Localización</translation>
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
        <translation>Z ajustado por talla</translation>
    </message>
    <message>
        <source>children</source>
        <translation>niños</translation>
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
        <translation>solo columna lumbar</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>hip, femur and forearm sites</source>
        <translation>localizaciones de cadera, fémur y antebrazo</translation>
    </message>
    <message>
        <source>fracture</source>
        <translation>fractura</translation>
    </message>
    <message>
        <source>Fractures</source>
        <translation>Fracturas</translation>
    </message>
    <message>
        <source>Vertebra</source>
        <translation>Vértebra</translation>
    </message>
    <message>
        <source>e.g. T12 (vertebral only)</source>
        <translation>p. ej. T12 (solo vertebrales)</translation>
    </message>
    <message>
        <source>Genant grade</source>
        <translation>Grado de Genant</translation>
    </message>
    <message>
        <source>1 mild</source>
        <translation>1 leve</translation>
    </message>
    <message>
        <source>2 moderate</source>
        <translation>2 moderada</translation>
    </message>
    <message>
        <source>3 severe</source>
        <translation>3 grave</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Hallada por</translation>
    </message>
    <message>
        <source>spine imaging</source>
        <translation>imagen de columna</translation>
    </message>
    <message>
        <source>Spine imaging</source>
        <translation>Imagen de columna</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Vertebral fracture found</source>
        <translation>Fractura vertebral hallada</translation>
    </message>
    <message>
        <source>glucocorticoid course</source>
        <translation>pauta de glucocorticoides</translation>
    </message>
    <message>
        <source>Glucocorticoids</source>
        <translation>Glucocorticoides</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Fármaco</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <source>per dose; total for a single pulse</source>
        <translation>por dosis; total en un pulso único</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>bone medication</source>
        <translation>tratamiento óseo</translation>
    </message>
    <message>
        <source>Bone medications</source>
        <translation>Tratamientos óseos</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Última dosis</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Motivo de suspensión</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>resultado de laboratorio</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>Height &amp; weight</source>
        <translation>Talla y peso</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Talla (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>mobility status</source>
        <translation>estado de movilidad</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>FRAX entry</source>
        <translation>entrada FRAX</translation>
    </message>
    <message>
        <source>FRAX</source>
        <translation>FRAX</translation>
    </message>
    <message>
        <source>Major osteoporotic (%)</source>
        <translation>Fractura osteoporótica mayor (%)</translation>
    </message>
    <message>
        <source>Hip (%)</source>
        <translation>Cadera (%)</translation>
    </message>
    <message>
        <source>With BMD</source>
        <translation>Con DMO</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>risk factors</source>
        <translation>factores de riesgo</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Factores de riesgo</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Tabaco</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <source>Parental osteoporosis / hip fracture</source>
        <translation>Osteoporosis / fractura de cadera en los padres</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Enfermedades</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>datos del paciente</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis label</source>
        <translation>Denominación del diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis onset</source>
        <translation>Inicio del diagnóstico</translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation>Menopausia</translation>
    </message>
    <message>
        <source>women only</source>
        <translation>solo mujeres</translation>
    </message>
    <message>
        <source>Age at menopause</source>
        <translation>Edad de la menopausia</translation>
    </message>
    <message>
        <source>Puberty</source>
        <translation>Pubertad</translation>
    </message>
    <message>
        <source>Dysphagia</source>
        <translation>Disfagia</translation>
    </message>
    <message>
        <source>Can sit upright 30 min</source>
        <translation>Puede estar sentado 30 min</translation>
    </message>
    <message>
        <source>Falls in past 12 months</source>
        <translation>Caídas en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Cardiovascular event in past 12 months</source>
        <translation>Evento cardiovascular en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Childbearing potential</source>
        <translation>Potencial reproductivo</translation>
    </message>
    <message>
        <source>Calcium (mg/day)</source>
        <translation>Calcio (mg/día)</translation>
    </message>
    <message>
        <source>Vitamin D (IU/day)</source>
        <translation>Vitamina D (UI/día)</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>The ``contacts`` object as one singleton record of three parts (each a whole sub-object).</extracomment>
        <translation>contactos</translation>
    </message>
    <message>
        <source>Patient&apos;s address</source>
        <translation>Dirección del paciente</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Médico de familia</translation>
    </message>
    <message>
        <source>Responsible clinician</source>
        <translation>Clínico responsable</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Add…</source>
        <extracomment>Kinds whose &quot;Add&quot; opens a form for several records at once.</extracomment>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:12pt; font-weight:600&apos;&gt;{caption}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Ningún paciente seleccionado</translation>
    </message>
    <message>
        <source>Add DXA study…</source>
        <translation>Añadir estudio DXA…</translation>
    </message>
    <message>
        <source>Add glucocorticoid course…</source>
        <translation>Añadir pauta de glucocorticoides…</translation>
    </message>
    <message>
        <source>Add {record}…</source>
        <translation>Añadir: {record}…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Delete {record} of {patient}?</source>
        <translation>¿Eliminar {record} de {patient}?</translation>
    </message>
    <message>
        <source>Delete this {record} of {patient}?</source>
        <translation>¿Eliminar este registro ({record}) de {patient}?</translation>
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
        <translation>imagen de columna</translation>
    </message>
    <message>
        <source>bone labs</source>
        <translation>analítica ósea</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open clinic server — NMD Bone Desktop</source>
        <translation>Abrir el servidor de la clínica — NMD Bone Desktop</translation>
    </message>
    <message>
        <source>empty: from PGPASSFILE or the service file</source>
        <translation>vacía: desde PGPASSFILE o el archivo de servicio</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>The clinic database on the clinic&apos;s PostgreSQL server (several workstations):</source>
        <translation>La base de datos de la clínica en el servidor PostgreSQL de la clínica (varios puestos):</translation>
    </message>
    <message>
        <source>Server URL: write it as postgresql://HOST/DATABASE</source>
        <translation>URL del servidor: escríbala como postgresql://HOST/BASEDEDATOS</translation>
    </message>
    <message>
        <source>Not connected: {error}</source>
        <translation>No conectado: {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <source>The database is being written by another window or program; try again.</source>
        <translation>Otra ventana u otro programa está escribiendo en la base de datos; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} changed this patient ({records}) on {date} at {time} UTC, after you opened it. Reload the patient and make the change again.</source>
        <translation>No se ha guardado nada: {user} modificó este paciente ({records}) el {date} a las {time} UTC, después de que usted lo abriera. Vuelva a cargar el paciente y repita el cambio.</translation>
    </message>
    <message>
        <source>Nothing was saved: {user} deleted this patient on {date} at {time} UTC.</source>
        <translation>No se ha guardado nada: {user} eliminó este paciente el {date} a las {time} UTC.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was changed on another workstation after you opened it (revision {expected}, now {actual}). Reload the patient and make the change again.</source>
        <translation>No se ha guardado nada: este paciente se modificó en otro puesto después de que usted lo abriera (revisión {expected}, ahora {actual}). Vuelva a cargar el paciente y repita el cambio.</translation>
    </message>
    <message>
        <source>Nothing was saved: this patient was deleted after you opened it.</source>
        <translation>No se ha guardado nada: este paciente se eliminó después de que usted lo abriera.</translation>
    </message>
</context>
<context>
    <name>TriageItemsPanel</name>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&apos;Coming up&apos;: due within this many days after the as-of date</source>
        <translation>«Próximamente»: vence en este número de días tras la fecha de referencia</translation>
    </message>
    <message>
        <source>coming up within</source>
        <translation>próximamente en</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Gestionados</translation>
    </message>
    <message>
        <source>Items marked as booked or not applicable (select them to undo)</source>
        <translation>Elementos marcados como citados o no aplicables (selecciónelos para deshacer)</translation>
    </message>
    <message>
        <source>Handled ({count})</source>
        <translation>Gestionados ({count})</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Main toolbar</source>
        <extracomment>The clinic&apos;s use case (a :class:`~nmdbone_desktop.services.clinic.Clinic` method) each command ends in: the window disables a command whose use case the signed-in role may not run (``Clinic.may``). The clinic checks the role itself, whatever the window shows; this only spares a useless dialog.</extracomment>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>priority 1 (urgent)</source>
        <translation>prioridad 1 (urgente)</translation>
    </message>
    <message>
        <source>priority 1–2</source>
        <translation>prioridad 1–2</translation>
    </message>
    <message>
        <source>Recommendation code</source>
        <translation>Código de recomendación</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Categoría de riesgo</translation>
    </message>
    <message>
        <source>Due window</source>
        <translation>Plazo de vencimiento</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Riesgo:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>any priority</source>
        <translation>cualquier prioridad</translation>
    </message>
    <message>
        <source>any risk</source>
        <translation>cualquier riesgo</translation>
    </message>
    <message>
        <source>any diagnosis</source>
        <translation>cualquier diagnóstico</translation>
    </message>
    <message>
        <source>{date} (in {days} d)</source>
        <translation>{date} (en {days} d)</translation>
    </message>
    <message>
        <source>{date} ({days} d)</source>
        <translation>{date} ({days} d)</translation>
    </message>
    <message>
        <source>returned — was {mark}</source>
        <translation>vuelto — era {mark}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Esperando desde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Tier / handled</source>
        <translation>Nivel / gestionado</translation>
    </message>
    <message>
        <source>Worklist items, most urgent first</source>
        <translation>Elementos de la lista de trabajo, los más urgentes primero</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Abrir paciente</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Cartas…</translation>
    </message>
    <message>
        <source>Mark as booked…</source>
        <translation>Marcar como citado…</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>No aplicable…</translation>
    </message>
    <message>
        <source>Undo mark</source>
        <translation>Deshacer marca</translation>
    </message>
    <message>
        <source>{count} handled items shown</source>
        <translation>{count} elementos gestionados mostrados</translation>
    </message>
    <message>
        <source>{count} items shown</source>
        <translation>{count} elementos mostrados</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, {count} seleccionados</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation>⚠ vencido</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, vence {date}</translation>
    </message>
    <message>
        <source>Most urgent priority among the open items (1 = most urgent)</source>
        <translation>Prioridad más urgente entre los elementos abiertos (1 = la más urgente)</translation>
    </message>
    <message>
        <source>act now</source>
        <translation>actuar ahora</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>coming up</source>
        <translation>próximamente</translation>
    </message>
    <message>
        <source>information</source>
        <translation>información</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation>vence en 30 días</translation>
    </message>
    <message>
        <source>due within 90 days</source>
        <translation>vence en 90 días</translation>
    </message>
    <message>
        <source>booked for {date}</source>
        <translation>citado para el {date}</translation>
    </message>
    <message>
        <source>not applicable: {reason}</source>
        <translation>no aplicable: {reason}</translation>
    </message>
    <message>
        <source>{patients} patients checked, {act_now} act now, {due} due, {coming_up} coming up</source>
        <translation>{patients} pacientes revisados, {act_now} para actuar ahora, {due} pendientes, {coming_up} próximamente</translation>
    </message>
</context>
<context>
    <name>WorklistAndLetters</name>
    <message>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — not real patients</source>
        <translation>DATOS DE DEMOSTRACIÓN SINTÉTICOS — no son pacientes reales</translation>
    </message>
</context>
<context>
    <name>WorklistPlaceholder</name>
    <message>
        <source>The clinic worklist (care gaps and quality indicators) will appear here.
Meanwhile: sort the patient list by Next due or Risk, or run
nmdbone-desktop worklist --db PATH</source>
        <translation>La lista de trabajo de la clínica (brechas asistenciales e indicadores de calidad) aparecerá aquí.
Mientras tanto: ordene la lista de pacientes por vencimiento o riesgo, o ejecute
nmdbone-desktop worklist --db PATH</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Assessment date of the worklist and the indicators</source>
        <translation>Fecha de evaluación de la lista de trabajo y de los indicadores</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Re-assess changed patients and rebuild the worklist (F5)</source>
        <translation>Reevaluar los pacientes modificados y reconstruir la lista de trabajo (F5)</translation>
    </message>
    <message>
        <source>Write letters for the selected patients</source>
        <translation>Escribir cartas para los pacientes seleccionados</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown and the indicators as CSV files</source>
        <translation>Guardar las filas mostradas y los indicadores como archivos CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop building the worklist; the patients assessed so far are kept</source>
        <translation>Detener la creación de la lista de trabajo; se conservan los pacientes ya evaluados</translation>
    </message>
    <message>
        <source>Not built yet.</source>
        <translation>Aún no construida.</translation>
    </message>
    <message>
        <source>Patients with open items</source>
        <translation>Pacientes con elementos abiertos</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>A fecha:</translation>
    </message>
    <message>
        <source>Items to act on</source>
        <translation>Elementos para actuar</translation>
    </message>
    <message>
        <source>By patient</source>
        <translation>Por paciente</translation>
    </message>
    <message>
        <source>Quality indicators</source>
        <translation>Indicadores de calidad</translation>
    </message>
    <message>
        <source>Assessing the clinic on {date}…</source>
        <translation>Evaluando la clínica a {date}…</translation>
    </message>
    <message>
        <source>Could not build the worklist: {error}</source>
        <translation>No se pudo construir la lista de trabajo: {error}</translation>
    </message>
    <message>
        <source>Cancelled; assessments finished so far are kept. Refresh to continue.</source>
        <translation>Cancelado; las evaluaciones ya terminadas se conservan. Actualice para continuar.</translation>
    </message>
    <message>
        <source>Not marked: {error}</source>
        <translation>No marcado: {error}</translation>
    </message>
    <message>
        <source>Letters for {count} selected…</source>
        <translation>Cartas para {count} seleccionados…</translation>
    </message>
    <message>
        <source>Letters for selected…</source>
        <translation>Cartas para los seleccionados…</translation>
    </message>
    <message>
        <source>On {date}: {computed} patients assessed anew, {reused} assessments reused from the cache</source>
        <translation>A {date}: {computed} pacientes reevaluados, {reused} evaluaciones reutilizadas de la caché</translation>
    </message>
    <message>
        <source>{shown} of {total} patients with open items shown ({patients} in the clinic)</source>
        <translation>{shown} de {total} pacientes con elementos abiertos mostrados ({patients} en la clínica)</translation>
    </message>
    <message>
        <source>Export worklist</source>
        <translation>Exportar lista de trabajo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>_AddressFields</name>
    <message>
        <source>street and number, one line each (up to 4)</source>
        <translation>calle y número, una línea por elemento (hasta 4)</translation>
    </message>
    <message>
        <source>two letters, e.g. GB, NL, DE</source>
        <translation>dos letras, p. ej. GB, NL, DE</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>_Step</name>
    <message>
        <source>mg per dose</source>
        <translation>mg por dosis</translation>
    </message>
</context>
</TS>
