"""Screenshots of the window for docs/screenshots (offscreen; QWidget.grab).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [out_dir]

Builds a throw-away clinic (synthetic demo patients plus two hand-made ones: a Duchenne boy on
glucocorticoids with vertebral fractures, and a man scored by T whose older scans carry only a
Z-score) and grabs the window at 1600×1000 and 1366×768, the DXA study form and the clinic
settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AS_OF = date(2026, 11, 21)

DMD_BOY: dict[str, Any] = {
    "schema": "nmdbone/patient-v1", "id": "S0101", "name": {"given": "Tom", "family": "Berger"},
    "sex": "male", "birth_date": "2013-06-14", "diagnosis": {"code": "DMD", "onset_date": "2016-09-01"},
    "puberty": "delayed", "mobility": [{"date": "2021-03-01", "status": "ambulant"},
                                       {"date": "2024-02-01", "status": "non_ambulant"}],
    "measurements": [{"date": "2026-09-01", "height_cm": 128.0, "weight_kg": 41.0}],
    "dxa": [
        {"date": d, "site": site, "bmd_g_cm2": bmd, "z_score": z, "manufacturer": "hologic"}
        for d, site, bmd, z in (
            ("2019-05-02", "lumbar_spine", 0.452, -1.2), ("2019-05-02", "total_body_less_head", 0.512, -1.0),
            ("2020-05-11", "lumbar_spine", 0.471, -1.5), ("2020-05-11", "total_body_less_head", 0.520, -1.4),
            ("2021-05-20", "lumbar_spine", 0.480, -1.9), ("2021-05-20", "total_body_less_head", 0.522, -1.8),
            ("2022-06-01", "lumbar_spine", 0.489, -2.3), ("2022-06-01", "total_body_less_head", 0.515, -2.2),
            ("2023-06-05", "lumbar_spine", 0.466, -2.9), ("2023-06-05", "total_body_less_head", 0.498, -2.7),
            ("2024-06-10", "lumbar_spine", 0.505, -2.6), ("2024-06-10", "total_body_less_head", 0.507, -2.8),
            ("2025-06-12", "lumbar_spine", 0.549, -2.2), ("2025-06-12", "total_body_less_head", 0.521, -2.6),
            ("2026-06-15", "lumbar_spine", 0.560, -2.3), ("2026-06-15", "total_body_less_head", 0.530, -2.7),
        )
    ],
    "fractures": [
        {"date": "2023-05-20", "site": "vertebra", "vertebra": "T8", "genant_grade": 1, "mechanism": "low_trauma",
         "found_on": "screening_imaging"},
        {"date": "2023-05-20", "site": "vertebra", "vertebra": "T11", "genant_grade": 2, "mechanism": "low_trauma",
         "found_on": "screening_imaging"},
        {"date": "2024-11-02", "site": "femur", "mechanism": "low_trauma", "found_on": "symptoms"},
        {"date": "2026-06-30", "site": "vertebra", "vertebra": "L1", "genant_grade": 2, "mechanism": "low_trauma",
         "found_on": "screening_imaging"},
    ],
    "spine_imaging": [{"date": "2023-05-20", "modality": "lateral_xray", "vertebral_fracture_found": True},
                      {"date": "2026-06-30", "modality": "lateral_xray", "vertebral_fracture_found": True}],
    "glucocorticoids": [
        {"drug": "deflazacort", "dose_mg": 18, "frequency": "daily", "start": "2018-09-01", "end": "2023-08-31"},
        {"drug": "deflazacort", "dose_mg": 24, "frequency": "daily", "start": "2023-09-01"},
    ],
    "bone_medications": [{"drug": "zoledronate", "start": "2023-07-01", "last_dose": "2026-07-01"}],
    "labs": [{"date": "2026-06-15", "test": "25ohd", "value": 61, "unit": "nmol/L"}],
    "supplements": {"calcium_mg_per_day": 500, "vitamin_d_iu_per_day": 1000},
}

T_WITH_Z_ONLY: dict[str, Any] = {
    "schema": "nmdbone/patient-v1", "id": "S0102", "name": {"given": "Karl", "family": "Adler"},
    "sex": "male", "birth_date": "1960-05-01", "diagnosis": {"code": "DM1"},
    "mobility": [{"date": "2020-01-01", "status": "assisted"}],
    "dxa": [
        {"date": "2014-05-01", "site": "lumbar_spine", "bmd_g_cm2": 1.050, "z_score": -0.6, "manufacturer": "hologic"},
        {"date": "2014-05-01", "site": "total_hip", "bmd_g_cm2": 0.930, "z_score": -0.4, "manufacturer": "hologic"},
        {"date": "2016-05-01", "site": "lumbar_spine", "bmd_g_cm2": 1.020, "z_score": -0.8, "manufacturer": "hologic"},
        {"date": "2016-05-01", "site": "total_hip", "bmd_g_cm2": 0.900, "z_score": -0.6, "manufacturer": "hologic"},
        {"date": "2018-05-01", "site": "lumbar_spine", "bmd_g_cm2": 0.990, "z_score": -1.0, "manufacturer": "hologic"},
        {"date": "2020-05-01", "site": "lumbar_spine", "bmd_g_cm2": 0.950, "z_score": -1.3, "manufacturer": "hologic"},
        {"date": "2020-05-01", "site": "total_hip", "bmd_g_cm2": 0.850, "z_score": -1.0, "manufacturer": "hologic"},
        {"date": "2022-05-01", "site": "lumbar_spine", "bmd_g_cm2": 0.930, "t_score": -1.6, "z_score": -1.4,
         "manufacturer": "hologic"},
        {"date": "2022-05-01", "site": "femoral_neck", "bmd_g_cm2": 0.690, "t_score": -1.9, "z_score": -1.2,
         "manufacturer": "hologic"},
        {"date": "2024-05-01", "site": "lumbar_spine", "bmd_g_cm2": 0.880, "t_score": -2.1, "z_score": -1.8,
         "manufacturer": "hologic"},
        {"date": "2024-05-01", "site": "total_hip", "bmd_g_cm2": 0.800, "t_score": -1.9, "manufacturer": "ge_lunar"},
        {"date": "2024-05-01", "site": "femoral_neck", "bmd_g_cm2": 0.655, "t_score": -2.2, "z_score": -1.5,
         "manufacturer": "hologic"},
    ],
    "glucocorticoids": [{"drug": "prednisolone", "dose_mg": 5, "frequency": "daily", "start": "2021-01-01",
                         "end": "2022-12-31"}],
    "frax": [{"date": "2024-05-01", "major_osteoporotic_percent": 9.5, "hip_percent": 2.4, "with_bmd": True,
              "country": "UK"}],
}


def settle_window(app: Any, window: Any, turns: int = 30) -> None:
    """Let the window finish what it queued, then draw its chart, so a grab shows the final frame."""
    for _ in range(turns):
        app.processEvents()
    window.chart.canvas.draw()
    app.processEvents()


def build_clinic(path: Path) -> None:
    from nmdbone_desktop.core.validation import parse_document
    from nmdbone_desktop.demo import generate_clinic
    from nmdbone_desktop.services import refresh_assessments
    from nmdbone_desktop.store import ClinicStore

    docs = [parse_document(d, as_of=AS_OF, source="screenshots") for d in (DMD_BOY, T_WITH_Z_ONLY)]
    docs += list(generate_clinic(60, seed=5, as_of=AS_OF))
    with ClinicStore(path) as store:
        store.import_documents(docs, source="screenshots")
        store.set_clinic_lsc({"lumbar_spine": 4.1, "total_hip": 4.6})
        refresh_assessments(store, AS_OF, workers=0)


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from nmdbone_desktop.app import build_main_window

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "clinic.sqlite"
        build_clinic(db)
        window = build_main_window(db, settings_path=Path(tmp) / "settings.ini", today=lambda: AS_OF)

        def settle() -> None:
            settle_window(app, window)

        for width, height in ((1600, 1000), (1366, 768)):
            window.resize(width, height)
            window._default_split()
            window.show()
            settle()
            for pid, name in (("S0101", "dmd-boy-glucocorticoids-vertebral-fractures"),
                              ("S0102", "adult-t-score-with-z-only-scans")):
                window.patient_list.select_patient(pid)
                window.show_overview()
                settle()
                window.grab().save(str(out / f"{name}-{width}x{height}.png"))
            window.show_records()
            settle()
            window.grab().save(str(out / f"records-named-{width}x{height}.png"))
            window.show_overview()
        window.patient_list.select_patient("S0102")
        settle()
        dialog = window.patient_commands.add_dxa()
        dialog.date.set_value("2026-11-02")
        dialog.manufacturer.setCurrentIndex(dialog.manufacturer.findData("hologic"))
        dialog.fill("lumbar_spine", bmd_g_cm2="0,861", t_score="-2.3", z_score="-1.9")
        dialog.fill("femoral_neck", bmd_g_cm2="0.641", t_score="-2.4", z_score="12")
        dialog.try_accept()  # the impossible Z is shown beside its row
        settle()
        dialog.grab().save(str(out / "dxa-study-form.png"))
        dialog.reject()
        dialog = window.patient_commands.add_glucocorticoid()
        dialog.drug.setCurrentIndex(dialog.drug.findData("prednisolone"))
        dialog.steps[0].dose.setText("60")
        dialog.steps[0].start.set_value("2026-09-01")
        dialog.add_step(40, "2026-09-15")
        dialog.add_step(30, "2026-10-01")
        dialog.add_step(20, "2026-10-15")
        settle()
        dialog.grab().save(str(out / "glucocorticoid-taper.png"))
        dialog.reject()
        dialog = window.patient_commands.clinic_settings()
        settle()
        dialog.grab().save(str(out / "clinic-settings.png"))
        dialog.reject()
        window.close()
        window.clinic.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots")
