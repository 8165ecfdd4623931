"""The demo clinic generator: deterministic, valid, and clinically shaped (not random noise)."""

from __future__ import annotations

import itertools
import random
import statistics
from collections import Counter
from datetime import date, timedelta

import pytest

from nmdbone_desktop.core.document import LAB_UNITS, PatientDocument
from nmdbone_desktop.core.validation import canonical_dict, canonical_json, parse_document
from nmdbone_desktop.demo import EXPECTED_SHARE, SYNTHETIC_MARK, generate_clinic
from nmdbone_desktop.demo.reference import young_reference

AS_OF = date(2026, 11, 21)
PAEDIATRIC_SITES = {"lumbar_spine", "total_body_less_head", "lateral_distal_femur"}
LONG_BONES = {"femur", "tibia_fibula", "humerus", "forearm_wrist"}
#: DMD's expected share is 14 %; with 500 patients the binomial SD is 1.6 points, so 9–19 % is
#: about ±3 SD — a change to the case mix, not chance, would move it outside.
DMD_SHARE_BAND = (0.09, 0.19)


@pytest.fixture(scope="module")
def clinic() -> list[PatientDocument]:
    return list(generate_clinic(500, seed=1, as_of=AS_OF))


def _age(doc: PatientDocument, when: date) -> float:
    return (when - doc.birth_date).days / 365.25


# -- determinism ------------------------------------------------------------------------------------
def test_same_arguments_give_identical_canonical_json() -> None:
    first = [canonical_json(d) for d in generate_clinic(40, seed=3, as_of=AS_OF)]
    second = [canonical_json(d) for d in generate_clinic(40, seed=3, as_of=AS_OF)]
    assert first == second


def test_patient_k_is_the_same_whatever_n() -> None:
    small = [canonical_json(d) for d in generate_clinic(10, seed=5, as_of=AS_OF)]
    large = [canonical_json(d) for d in generate_clinic(50, seed=5, as_of=AS_OF)]
    assert large[:10] == small


def test_another_seed_gives_another_clinic() -> None:
    one = [canonical_json(d) for d in generate_clinic(10, seed=1, as_of=AS_OF)]
    two = [canonical_json(d) for d in generate_clinic(10, seed=2, as_of=AS_OF)]
    assert all(a != b for a, b in zip(one, two, strict=True))


def test_global_random_state_is_left_alone() -> None:
    random.seed(1234)
    before = random.getstate()
    list(generate_clinic(20, seed=1, as_of=AS_OF))
    assert random.getstate() == before


def test_as_of_defaults_to_today() -> None:
    doc = next(generate_clinic(1, seed=9))
    parse_document(canonical_dict(doc), as_of=date.today())
    assert max(m.date for m in doc.measurements) <= date.today()


def test_negative_n_is_refused() -> None:
    with pytest.raises(ValueError):
        list(generate_clinic(-1))


# -- validity ---------------------------------------------------------------------------------------
def test_every_document_validates_and_round_trips(clinic: list[PatientDocument]) -> None:
    for doc in clinic:
        again = parse_document(canonical_dict(doc), as_of=AS_OF, source=doc.id)
        assert canonical_dict(again) == canonical_dict(doc)


def test_ids_are_sequential_and_documents_marked_synthetic(clinic: list[PatientDocument]) -> None:
    assert [d.id for d in clinic[:3]] == ["P000001", "P000002", "P000003"]
    assert len({d.id for d in clinic}) == len(clinic)
    assert all(d.extra == SYNTHETIC_MARK for d in clinic)


def test_follow_up_ends_before_as_of(clinic: list[PatientDocument]) -> None:
    for doc in clinic:
        if doc.measurements:
            assert doc.measurements[-1].date < AS_OF


# -- demographics -----------------------------------------------------------------------------------
def test_names_carry_european_diacritics(clinic: list[PatientDocument]) -> None:
    names = [d.name.given + " " + d.name.family for d in clinic]
    accented = [n for n in names if not n.isascii()]
    assert len(accented) / len(names) > 0.3
    letters = {ch for n in accented for ch in n if not ch.isascii()}
    assert {"ü", "ø", "é"} <= letters
    assert len(letters) > 25


def test_diagnosis_mix_is_plausible(clinic: list[PatientDocument]) -> None:
    counts = Counter(d.diagnosis.code for d in clinic)
    assert set(counts) == set(EXPECTED_SHARE)
    low, high = DMD_SHARE_BAND
    assert low <= counts["DMD"] / len(clinic) <= high
    assert counts["DMD"] == max(counts.values())
    ages = [_age(d, AS_OF) for d in clinic]
    assert min(ages) >= 2 and max(ages) <= 85.1
    assert 0.12 <= sum(a < 20 for a in ages) / len(ages) <= 0.4
    assert 0.3 <= sum(d.sex == "female" for d in clinic) / len(clinic) <= 0.6


def test_dmd_boys_are_male_and_mostly_on_glucocorticoids(clinic: list[PatientDocument]) -> None:
    dmd = [d for d in clinic if d.diagnosis.code == "DMD"]
    assert all(d.sex == "male" for d in dmd)
    assert all(d.sex == "male" for d in clinic if d.diagnosis.code == "BMD")
    on_gc = [d for d in dmd if d.glucocorticoids]
    assert len(on_gc) / len(dmd) >= 0.75
    drugs = {g.drug for d in on_gc for g in d.glucocorticoids}
    assert {"deflazacort", "prednisone"} <= drugs
    assert {g.frequency for d in on_gc for g in d.glucocorticoids} >= {"daily", "ten_days_on_ten_off"}
    starts = [_age(d, d.glucocorticoids[0].start) for d in on_gc]
    assert 4.0 <= statistics.median(starts) <= 6.5


def test_dmd_daily_doses_are_weight_based(clinic: list[PatientDocument]) -> None:
    per_kg: dict[str, list[float]] = {"prednisone": [], "deflazacort": []}
    for doc in clinic:
        if doc.diagnosis.code != "DMD":
            continue
        weights = {m.date: m.weight_kg for m in doc.measurements if m.weight_kg}
        for course in doc.glucocorticoids:
            if course.frequency == "daily" and course.start in weights and _age(doc, course.start) < 12:
                per_kg[course.drug].append(course.dose_mg / weights[course.start])
    assert 0.6 <= statistics.median(per_kg["prednisone"]) <= 0.9
    assert 0.75 <= statistics.median(per_kg["deflazacort"]) <= 1.05


def test_dmd_walking_declines_in_order_around_10_to_13(clinic: list[PatientDocument]) -> None:
    rank = {"ambulant": 0, "assisted": 1, "non_ambulant": 2}
    loss_ages = []
    for doc in clinic:
        if doc.diagnosis.code != "DMD":
            continue
        ranks = [rank[m.status] for m in doc.mobility]
        assert ranks == sorted(ranks)
        if ranks and ranks[0] == 0 and ranks[-1] == 2:
            loss_ages.append(_age(doc, next(m.date for m in doc.mobility if m.status == "non_ambulant")))
    assert len(loss_ages) >= 5
    assert 10.0 <= statistics.median(loss_ages) <= 14.0


# -- densitometry -----------------------------------------------------------------------------------
def test_children_have_z_scored_paediatric_sites_and_no_t_scores(clinic: list[PatientDocument]) -> None:
    rows = [(d, x) for d in clinic for x in d.dxa if _age(d, x.date) < 20]
    assert rows
    for _, row in rows:
        assert row.site in PAEDIATRIC_SITES
        assert row.z_score is not None
        assert row.t_score is None
    assert any(r.height_adjusted_z is not None for _, r in rows)
    assert any(r.site == "lateral_distal_femur" for _, r in rows)


def test_adults_scored_by_t_have_t_scores_at_hip_and_spine(clinic: list[PatientDocument]) -> None:
    men = [x for d in clinic if d.sex == "male" for x in d.dxa if _age(d, x.date) >= 50]
    assert men and all(x.t_score is not None for x in men)
    assert any(x.z_score is not None and x.t_score is not None for x in men)
    adult_sites = {x.site for d in clinic for x in d.dxa if _age(d, x.date) >= 20}
    assert {"lumbar_spine", "femoral_neck", "total_hip"} <= adult_sites


def test_bmd_agrees_with_t_score(clinic: list[PatientDocument]) -> None:
    checked = 0
    for doc in clinic:
        for row in doc.dxa:
            if row.manufacturer == "hologic" and row.t_score is not None and row.bmd_g_cm2 is not None:
                mean, sd = young_reference(row.site, doc.sex)
                assert abs((row.bmd_g_cm2 - mean) / sd - row.t_score) <= 0.07
                checked += 1
    assert checked > 100


def test_some_patients_change_scanner_and_all_scores_in_range(clinic: list[PatientDocument]) -> None:
    makers = [{x.manufacturer for x in d.dxa if x.manufacturer} for d in clinic if d.dxa]
    assert 0.02 <= sum(len(m) > 1 for m in makers) / len(makers) <= 0.35
    for doc in clinic:
        for row in doc.dxa:
            for score in (row.t_score, row.z_score, row.height_adjusted_z):
                assert score is None or -8 <= score <= 6


# -- fractures and imaging --------------------------------------------------------------------------
def test_vertebral_fractures_match_spine_imaging(clinic: list[PatientDocument]) -> None:
    vfs = [(d, f) for d in clinic for f in d.fractures if f.site == "vertebra"]
    assert {f.found_on for _, f in vfs} == {"screening_imaging", "symptoms"}
    for doc, fracture in vfs:
        assert fracture.vertebra is not None and fracture.genant_grade in (1, 2, 3)
        assert any(s.date == fracture.date and s.vertebral_fracture_found for s in doc.spine_imaging)
    for doc in clinic:
        for image in doc.spine_imaging:
            seen = any(f.site == "vertebra" and f.date <= image.date for f in doc.fractures)
            assert image.vertebral_fracture_found == seen


def test_long_bone_fractures_mostly_low_trauma(clinic: list[PatientDocument]) -> None:
    long_bone = [f for d in clinic for f in d.fractures if f.site in LONG_BONES]
    assert len(long_bone) >= 20
    assert sum(f.mechanism == "low_trauma" for f in long_bone) / len(long_bone) > 0.6


# -- treatment --------------------------------------------------------------------------------------
def test_some_denosumab_patients_are_overdue(clinic: list[PatientDocument]) -> None:
    courses = [c for d in clinic for c in d.bone_medications if c.drug == "denosumab"]
    assert courses and all(c.last_dose is not None for c in courses)
    overdue = [c for c in courses if c.end is None and (AS_OF - c.last_dose).days > 213]  # type: ignore[operator]
    assert 1 <= len(overdue) < len(courses) / 2


def test_children_get_iv_bisphosphonates_only(clinic: list[PatientDocument]) -> None:
    child_courses = [c for d in clinic for c in d.bone_medications
                     if _age(d, c.start) < 20 and c.drug not in ("testosterone",)]
    assert child_courses
    assert {c.drug for c in child_courses} <= {"zoledronate", "pamidronate"}
    assert all(c.last_dose is not None for c in child_courses)


def test_teriparatide_runs_24_months_then_usually_an_antiresorptive() -> None:
    followed = finished = 0
    for doc in generate_clinic(2000, seed=1, as_of=AS_OF):
        for course in doc.bone_medications:
            if course.drug == "teriparatide" and course.end is not None:
                finished += 1
                assert 720 <= (course.end - course.start).days <= 740
                followed += any(o.start >= course.end and o.drug in ("zoledronate", "denosumab", "alendronate")
                                for o in doc.bone_medications)
    assert finished >= 5
    assert finished / 2 < followed < finished


def test_myositis_tapers_from_high_dose_with_iv_pulses(clinic: list[PatientDocument]) -> None:
    adult_iim = [d for d in clinic if d.diagnosis.code in ("IIM-DM", "IIM-PM", "IIM-IMNM", "IIM-ASS")]
    pulses = [g for d in adult_iim for g in d.glucocorticoids if g.route == "iv"]
    assert pulses and all(g.frequency == "single" and 500 <= g.dose_mg <= 1000 for g in pulses)
    tapered = 0
    for doc in adult_iim:
        oral = [g for g in doc.glucocorticoids if g.route == "oral" and (g.end is None or (g.end - g.start).days > 14)]
        if len(oral) >= 8 and 40 <= oral[0].dose_mg <= 60:  # consecutive courses, each step lower
            for a, b in itertools.pairwise(oral[:7]):
                assert a.end is not None and b.start == a.end + timedelta(days=1) and b.dose_mg < a.dose_mg
            assert min(g.dose_mg for g in oral) <= 7.5
            tapered += 1
    assert tapered >= 3
    ibm = [g for d in clinic if d.diagnosis.code == "IIM-IBM" for g in d.glucocorticoids]
    assert all(g.end is not None and (g.end - g.start).days < 14 for g in ibm)  # asthma bursts only


# -- labs and care gaps -----------------------------------------------------------------------------
def test_labs_come_in_both_unit_systems(clinic: list[PatientDocument]) -> None:
    units = Counter((lab.test, lab.unit) for d in clinic for lab in d.labs)
    for test, unit in units:
        assert unit in LAB_UNITS[test]
    for test, si, conventional in (("25ohd", "nmol/L", "ng/mL"), ("calcium", "mmol/L", "mg/dL"),
                                   ("creatinine", "umol/L", "mg/dL"), ("pth", "pmol/L", "pg/mL")):
        assert units[test, si] > 0 and units[test, conventional] > 0


def test_dm1_men_have_low_testosterone(clinic: list[PatientDocument]) -> None:
    def nmol(value: float, unit: str) -> float:
        return value if unit == "nmol/L" else value / 28.84

    values = [nmol(lab.value, lab.unit) for d in clinic if d.diagnosis.code == "DM1" and d.sex == "male"
              for lab in d.labs if lab.test == "testosterone"]
    assert values and min(values) < 8.0
    assert statistics.median(values) < 16.0


def test_children_grow(clinic: list[PatientDocument]) -> None:
    grown = 0
    for doc in clinic:
        heights = [(m.date, m.height_cm) for m in doc.measurements if m.height_cm]
        if len(heights) >= 2 and _age(doc, heights[-1][0]) < 14 and (heights[-1][0] - heights[0][0]).days > 730:
            assert heights[-1][1] > heights[0][1]
            grown += 1
    assert grown >= 10


def test_care_gaps_leave_work_for_the_worklist(clinic: list[PatientDocument]) -> None:
    adults = [d for d in clinic if _age(d, AS_OF) >= 5]
    no_dxa = sum(not d.dxa for d in adults) / len(adults)
    no_spine = sum(bool(d.dxa) and not d.spine_imaging for d in adults) / len(adults)
    no_recent_vitd = sum(not any(lab.test == "25ohd" and (AS_OF - lab.date).days <= 365 for lab in d.labs)
                         for d in adults) / len(adults)
    assert 0.05 <= no_dxa <= 0.35
    assert 0.05 <= no_spine <= 0.45
    assert 0.1 <= no_recent_vitd <= 0.5


def test_bedside_fields_follow_the_disease(clinic: list[PatientDocument]) -> None:
    def dysphagia_share(codes: set[str]) -> float:
        group = [d for d in clinic if d.diagnosis.code in codes and d.dysphagia is not None]
        return sum(d.dysphagia for d in group) / len(group)  # type: ignore[misc]

    assert dysphagia_share({"IIM-DM", "IIM-PM", "IIM-IBM", "DM1", "ALS"}) > dysphagia_share({"FSHD", "CMT", "LGMD"})
    for doc in clinic:
        age = _age(doc, AS_OF)
        if doc.menopause is not None:
            assert doc.sex == "female" and age >= 18
        if doc.puberty is not None:
            assert 9 <= age < 20
        if doc.frax:
            assert all(_age(doc, f.date) >= 40 for f in doc.frax)
    assert any(d.frax for d in clinic)
    assert any(d.puberty == "delayed" for d in clinic if d.diagnosis.code == "DMD")
