"""``nmdbone-desktop assess --language xx``: words in the language, codes never change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nmdbone_desktop.cli.main import main

SHARED_VIGNETTES = sorted(Path("/work/shared/vignettes").glob("*.json"))
HERE = Path(__file__).resolve().parent
OWN = sorted((HERE / "vignettes").glob("s*.json"))[:40]


def _assess(patient: Path, as_of: str, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["assess", str(patient), "--as-of", as_of, *extra])
    return code, capsys.readouterr().out


def _valid(files: list[Path], tmp_path: Path) -> list[tuple[Path, str]]:
    out = []
    for path in files:
        vignette = json.loads(path.read_text("utf-8"))
        if "error" in json.dumps(vignette.get("expect", {})) or path.name.startswith("inv_"):
            continue
        patient = tmp_path / path.name
        patient.write_text(json.dumps(vignette["patient"]), "utf-8")
        out.append((patient, vignette["as_of"]))
    return out


@pytest.mark.skipif(not SHARED_VIGNETTES, reason="shared vignettes not found")
def test_assess_language_de_gives_the_same_codes_as_english(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    checked = 0
    for patient, as_of in _valid(SHARED_VIGNETTES + OWN, tmp_path):
        code_en, out_en = _assess(patient, as_of, capsys)
        code_de, out_de = _assess(patient, as_of, capsys, "--language", "de")
        assert code_en == code_de
        if code_en != 0:
            continue
        english, german = json.loads(out_en), json.loads(out_de)
        assert [r["code"] for r in german["recommendations"]] == [r["code"] for r in english["recommendations"]]
        for en_rec, de_rec in zip(english["recommendations"], german["recommendations"], strict=True):
            localized = de_rec.pop("localized")
            assert de_rec == en_rec  # the English and every code stay exactly as they were
            assert localized["language"] == "de" and localized["title"] != en_rec["title"]
        assert {k: v for k, v in german.items() if k != "recommendations"} == \
            {k: v for k, v in english.items() if k != "recommendations"}
        checked += 1
    assert checked >= 5


@pytest.mark.skipif(not SHARED_VIGNETTES, reason="shared vignettes not found")
def test_assess_text_in_german(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    patient, as_of = _valid([p for p in SHARED_VIGNETTES if p.name == "iim_dysphagia_gc.json"], tmp_path)[0]
    code, out = _assess(patient, as_of, capsys, "--language", "de", "--text")
    assert code == 0
    assert "[START_BONE_THERAPY] Knochenspezifische Therapie beginnen" in out
    assert "Alendronsäure, Risedronsäure, Ibandronsäure vermeiden" in out
    assert "Start bone-targeted therapy" not in out


def test_unsupported_language_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    patient, as_of = _valid(OWN, tmp_path)[0]
    with pytest.raises(SystemExit) as exit_info:
        main(["assess", str(patient), "--as-of", as_of, "--language", "pt"])
    assert exit_info.value.code == 2
    assert "--language" in capsys.readouterr().err


@pytest.mark.skipif(not SHARED_VIGNETTES, reason="shared vignettes not found")
def test_assess_text_says_the_risk_criteria_and_frax_lines_in_the_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    patient, as_of = _valid([p for p in SHARED_VIGNETTES if p.name == "iim_dysphagia_gc.json"], tmp_path)[0]
    english = json.loads(_assess(patient, as_of, capsys)[1])
    code, out = _assess(patient, as_of, capsys, "--language", "de", "--text")
    assert code == 0
    assert "Risikokategorie: hoch" in out
    assert "  - Schenkelhals T-Score −2,7 (01.09.2026) ≤ −2,5" in out
    assert "FRAX: Glukokortikoiddosis ≥7,5 mg/Tag (hohe Dosisstufe)" in out
    frax = english["fracture_risk"]["frax"]
    for line in [*english["risk_reasons"], *frax["adjustments"], *frax["notes"],
                 *english["fracture_risk"]["qfracture"]["notes"]]:
        assert line not in out  # every English criterion and FRAX/QFracture line was rendered
    # English text: the core's own lines, word for word
    code, out_en = _assess(patient, as_of, capsys, "--text")
    assert "Risk category: high" in out_en
    assert all(f"  - {reason}" in out_en for reason in english["risk_reasons"])
    assert all(f"FRAX: {line}" in out_en for line in frax["adjustments"])
