"""Short citations for the source IDs of ``clinical/sources.md``, as shown to clinicians."""

from __future__ import annotations

REFERENCES: dict[str, str] = {
    "S-ISCD05": "ISCD 2005 Official Positions: WHO classification beyond postmenopausal women "
    "(J Clin Densitom 2006;9:22–30)",
    "S-ISCD19A": "ISCD 2019 Adult Official Positions (Shuhart et al., J Clin Densitom 2019;22:453)",
    "S-ISCD-GLOSS": "ISCD precision calculator glossary: LSC = 2.77 × precision error",
    "S-ISCD05-PREC": "Baim et al. ISCD 2005 minimum precision standards (J Clin Densitom 2005;8:371)",
    "S-ISCD19-XCAL": "Jankowski et al. ISCD 2019 cross-calibration (J Clin Densitom 2019;22:472)",
    "S-AAP16": "Weber et al. Bone densitometry in children and adolescents (Pediatrics 2016;138:e20162398)",
    "S-ISCD19-VFA": "ISCD 2019 indications for vertebral fracture assessment (Shuhart 2019)",
    "S-ISCD13P": "ISCD 2013 Pediatric Official Positions (Bishop et al., J Clin Densitom 2014;17:275)",
    "S-ISCD13-DXA": "Crabtree et al. ISCD 2013 paediatric DXA (J Clin Densitom 2014;17:225)",
    "S-WARD20": "Ward et al. Definition of osteoporosis in children (J Clin Endocrinol Metab 2020;105:e2088)",
    "S-WARD18": "Ward et al. Bone health in DMD (Pediatrics 2018;142 Suppl 2:S34)",
    "S-DMD18-1": "Birnkrant et al. DMD care considerations part 1 (Lancet Neurol 2018;17:251)",
    "S-DMD18-2": "Birnkrant et al. DMD care considerations part 2 (Lancet Neurol 2018;17:347)",
    "S-ACR22": "Humphrey et al. 2022 ACR guideline for glucocorticoid-induced osteoporosis "
    "(Arthritis Rheumatol 2023;75:2088)",
    "S-GC-EQ": "Standard corticosteroid equivalence tables (prednisolone equivalents)",
    "S-DFZ": "Deflazacort product information (6 mg deflazacort ≈ 5 mg prednisolone)",
    "S-KANIS11": "Kanis et al. FRAX adjustment for glucocorticoid dose (Osteoporos Int 2011;22:809)",
    "S-LESLIE11": "Leslie et al. Spine–hip discordance and FRAX (Osteoporos Int 2011;22:839)",
    "S-QFRACTURE": "Hippisley-Cox & Coupland. QFracture-2012 (BMJ 2012;344:e3427)",
    "S-NICE-CG146": "NICE CG146 Osteoporosis: assessing the risk of fragility fracture",
    "S-NOGG22": "NOGG 2022 UK clinical guideline for osteoporosis (Arch Osteoporos 2022;17:58)",
    "S-ES19": "Eastell et al. Endocrine Society guideline (J Clin Endocrinol Metab 2019;104:1595)",
    "S-ES20": "Shoback et al. Endocrine Society guideline update (J Clin Endocrinol Metab 2020;105:587)",
    "S-AACE20": "Camacho et al. AACE/ACE postmenopausal osteoporosis guideline 2020",
    "S-BHOF22": "LeBoff et al. Clinician's guide to osteoporosis (Osteoporos Int 2022;33:2049)",
    "S-ECTS21": "Tsourdi et al. ECTS position on stopping denosumab (J Clin Endocrinol Metab 2021;106:264)",
    "S-ASBMR16": "Adler et al. ASBMR task force on long-term bisphosphonates (J Bone Miner Res 2016;31:16)",
    "S-ENMC274": "Voermans et al. 274th ENMC workshop: bone strength in NMDs (Neuromuscul Disord 2024)",
    "S-KRUSE25": "Kruse et al. EURO-NMD bone strength survey (J Neurol Sci 2025;472:123420)",
    "S-IOM11": "IOM 2011 Dietary Reference Intakes for calcium and vitamin D",
    "S-VITD-UNIT": "25-OH vitamin D: 1 ng/mL = 2.496 nmol/L (molecular weight 400.65 g/mol)",
    "S-GEORGE15": "George et al. Short-term safety of zoledronic acid in young patients "
    "(J Clin Endocrinol Metab 2015;100:4163)",
    "S-FLS-KPI": "Javaid et al. Patient-level fracture liaison KPIs (Osteoporos Int 2020;31:1193)",
    "S-QS149": "NICE Quality Standard QS149 Osteoporosis (2017)",
    "S-LABELS": "Drug labels (SmPC / US prescribing information) of the bone medicines",
    "S-VINCZE21": "Vincze, Gaál, Griger. Bone health in inflammatory myopathies (review, 2021)",
    "S-PASSERI20": "Passeri et al. Fragility fractures in male DM1/DM2 (Neuromuscul Disord 2020;30:28)",
    "S-GENANT": "Genant et al. Vertebral fracture assessment using a semiquantitative technique "
    "(J Bone Miner Res 1993;8:1137)",
    "S-QFR12": "Hippisley-Cox & Coupland. Derivation and validation of updated QFracture "
    "(BMJ 2012;344:e3427), ages 30–100",
    "S-LESLIE20": "Leslie et al. Prior high-trauma fractures and fracture risk (Osteoporos Int 2020;31:1059)",
    "S-LEIB11": "Leib et al. ISCD/IOF official positions for FRAX regarding glucocorticoids "
    "(J Clin Densitom 2011;14:212)",
    "S-ACR22-TAB": "ACR 2022 glucocorticoid-induced osteoporosis risk strata (as reproduced by BMJ Best Practice)",
    "S-UNITS": "Unit factors computed from molar masses (25-OH vitamin D, calcium, testosterone)",
    "S-PAYNE73": "Payne et al. Interpretation of serum calcium in patients with abnormal serum proteins "
    "(BMJ 1973;4:643)",
    "S-PATH-HARMONY": "UK Pathology Harmony reference range for albumin-adjusted calcium (2.20–2.60 mmol/L)",
    "S-DMAB-BOX": "Denosumab US boxed warning: severe hypocalcaemia in advanced kidney disease (FDA, January 2024)",
    "S-DMAB-LBL": "Prolia (denosumab) prescribing and patient information: hypocalcaemia, pregnancy, "
    "osteonecrosis of the jaw",
    "S-DMAB-PAED": "Boyce. Denosumab in pediatric bone disorders (Curr Osteoporos Rep 2017;15:283); rebound "
    "hypercalcaemia after stopping",
    "S-EVENITY": "Evenity (romosozumab) EU SmPC and US prescribing information: postmenopausal women",
    "S-ELADYNOS": "Eladynos (abaloparatide) EU SmPC: postmenopausal women, maximum 18 months",
    "S-TYMLOS": "Tymlos (abaloparatide) US prescribing information: postmenopausal women and men",
    "S-TPTD-EPI": "Alon & Monachino. Teriparatide in post-pubertal teenagers (Bone Abstracts 2015;4:P37): "
    "closed growth plates",
    "S-ANNEX19": "Annexstad et al. Bone age and growth in glucocorticoid-treated DMD (Int J Pediatr Endocrinol 2019:4)",
    "S-SIPMO18": "SIPMO. Preventive dental management of patients at risk of osteonecrosis of the jaw "
    "(BioMed Res Int 2018:2684924)",
    "S-BP-RETAIN": "Bisphosphonates persist in bone for years (FDA reviewers; Whitaker et al., N Engl J Med "
    "2012;366:2048)",
    "S-SCOT-DMD": "Scottish Muscle Network. Management of skeletal health in boys with DMD (bone profile)",
    "S-BUCKNER15": "Buckner, Bowden, Mahan. Optimizing bone health in DMD (Int J Endocrinol 2015:928385)",
    "S-ES18-T": "Bhasin et al. Endocrine Society guideline on testosterone therapy (J Clin Endocrinol Metab "
    "2018;103:1715)",
    "S-T-GUIDES": "Male hypogonadism guidelines summarised (AUA, BSSM, EAU, ISSM, ES): 12 nmol/L",
    "S-EAU-T": "EAU guidelines on male hypogonadism; BSSM 2017 (threshold wording not confirmed)",
    "POLICY": "NMD Bone Desktop ruleset policy (clinical/RULES.md), where the sources leave room",
}


def cite(*ids: str) -> list[str]:
    """The citations for some source IDs, in the order given."""
    return [f"{REFERENCES[i]} [{i}]" for i in ids]
