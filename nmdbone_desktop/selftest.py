"""``nmdbone-desktop --self-test``: is this installation complete and working? (for IT staff)

Runs offscreen (no window appears) and prints one line per check, ``OK`` or ``FAIL`` with the
reason, then a summary; the exit code is 0 only when every check passed. Nothing outside a
temporary folder is written or read (no clinic database, no user settings). The checks:

* ``resources``  — the shipped fonts, letter templates and licences are found;
* ``assessment`` — a built-in example patient is assessed and gets ``START_BONE_THERAPY``;
* ``letter``     — a referral letter for that patient, with its BMD chart, is written as a PDF;
* ``hyphenation`` — every letter language's hyphenation dictionary is there (long words in
  letter tables are hyphenated by it, not cut anywhere);
* ``qt``         — the Qt binding loads and does not lose references (see ``_singleton_refs_lost``);
* ``window``     — the main window opens on a temporary database of demo patients, lists them,
  shows the first one without errors, and closes.

``QT_QPA_PLATFORM`` is set to ``offscreen`` unless the caller set it, so
``QT_QPA_PLATFORM=xcb nmdbone-desktop --self-test`` checks the real display plugin too.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from . import __version__

__all__ = ["CHECKS", "EXAMPLE_AS_OF", "EXAMPLE_PATIENT", "CheckFailed", "run_self_test"]

log = logging.getLogger(__name__)

EXAMPLE_AS_OF = date(2026, 11, 21)
#: Post-menopausal woman with polymyositis, femoral neck T −2.7, on prednisolone 7.5 mg/day for
#: almost three years, no bone therapy: the assessment must recommend starting it.
EXAMPLE_PATIENT: dict[str, Any] = {
    "schema": "nmdbone/patient-v1",
    "id": "SELFTEST-1",
    "name": {"given": "Erika", "family": "Beispiel"},
    "sex": "female",
    "birth_date": "1956-03-08",
    "diagnosis": {"code": "IIM-PM", "onset_date": "2024-01-15", "label": "Polymyositis"},
    "menopause": {"status": "post", "age_years": 51},
    "measurements": [{"date": "2026-06-01", "height_cm": 163.0, "weight_kg": 62.0}],
    "mobility": [{"date": "2026-06-01", "status": "ambulant"}],
    "dysphagia": False,
    "can_sit_upright_30_min": True,
    "falls_past_12_months": 0,
    "dxa": [
        {"date": "2024-02-01", "site": "femoral_neck", "bmd_g_cm2": 0.585, "t_score": -2.4, "manufacturer": "hologic"},
        {"date": "2026-06-01", "site": "lumbar_spine", "bmd_g_cm2": 0.842, "t_score": -1.9, "manufacturer": "hologic"},
        {"date": "2026-06-01", "site": "femoral_neck", "bmd_g_cm2": 0.548, "t_score": -2.7, "manufacturer": "hologic"},
        {"date": "2026-06-01", "site": "total_hip", "bmd_g_cm2": 0.690, "t_score": -2.2, "manufacturer": "hologic"},
    ],
    "glucocorticoids": [
        {"drug": "prednisolone", "dose_mg": 7.5, "frequency": "daily", "start": "2024-02-01", "end": None},
    ],
    "supplements": {"calcium_mg_per_day": 1000, "vitamin_d_iu_per_day": 800},
    "labs": [
        {"date": "2026-06-01", "test": "25ohd", "value": 68, "unit": "nmol/L"},
        {"date": "2026-06-01", "test": "egfr", "value": 78, "unit": "mL/min/1.73m2"},
    ],
    "risk_factors": {"smoking": 0, "alcohol": 1, "ethnicity": 1, "parental_osteoporosis": False, "conditions": []},
}
EXPECTED_CODE = "START_BONE_THERAPY"
DEMO_PATIENTS = 5
WINDOW_WIDGETS = ("patientList", "patientSearch", "bmdChart", "recommendationPanel", "worklistView")
WINDOW_TIMEOUT_S = 20.0
MIN_PDF_BYTES = 5_000
REFCOUNT_PROBE_CALLS = 200


class CheckFailed(Exception):
    """A check ran but its result is wrong; the message is the reason printed after FAIL."""


Check = Callable[[Path], str]


def _example() -> tuple[Any, dict[str, Any]]:
    from .core.assessment import assess
    from .core.validation import parse_document

    doc = parse_document(EXAMPLE_PATIENT, as_of=EXAMPLE_AS_OF, source="built-in example patient")
    return doc, assess(doc, EXAMPLE_AS_OF)


def check_resources(tmp: Path) -> str:
    from .letters.resources import resource_path

    wanted = [("fonts", "DejaVuSans.ttf"), ("letters", "en", "referral.toml"), ("licenses", "QFracture-LICENSE.txt")]
    if getattr(sys, "frozen", False):  # a checkout keeps LICENSE at its root; the bundle beside ClinRisk's
        wanted.append(("licenses", "LICENSE"))
    missing = [str(resource_path(*parts)) for parts in wanted if not resource_path(*parts).is_file()]
    if missing:
        raise CheckFailed(f"missing: {', '.join(missing)}")
    return f"fonts, letter templates and licences in {resource_path('fonts').parent}"


def check_assessment(tmp: Path) -> str:
    _, report = _example()
    codes = [rec["code"] for rec in report["recommendations"]]
    if EXPECTED_CODE not in codes:
        raise CheckFailed(f"example patient: expected {EXPECTED_CODE}, got {', '.join(codes) or 'no recommendation'}")
    return f"example patient ({report['risk_category']} risk): {', '.join(codes)}"


def check_letter(tmp: Path) -> str:
    from .letters import LetterOptions, render_letter

    doc, report = _example()
    out = tmp / "selftest-referral.pdf"
    render_letter(doc, report, LetterOptions(kind="referral", as_of=EXAMPLE_AS_OF), None, out)
    data = out.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed(f"{out.name} is not a complete PDF ({len(data)} bytes)")
    if len(data) < MIN_PDF_BYTES:
        raise CheckFailed(f"{out.name} is only {len(data)} bytes")
    if b"DejaVuSans" not in data:
        raise CheckFailed(f"{out.name} does not use the shipped DejaVu Sans font")
    return f"referral letter, {len(data) // 1024} KB PDF"


def _singleton_refs_lost() -> int:
    """References to ``None`` lost by 200 calls of a Qt method that returns nothing (0 when sound).

    PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` (and to True/False) per such
    call; ``None`` is not immortal before 3.12, so the process soon aborts with
    "Fatal Python error: none_dealloc". Harmless on 3.12+, where the count never changes.
    """
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(REFCOUNT_PROBE_CALLS):
        probe.setObjectName("selftest")
    return before - sys.getrefcount(None)


def check_qt(tmp: Path) -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    lost = _singleton_refs_lost()
    if lost >= REFCOUNT_PROBE_CALLS // 2:
        raise CheckFailed(f"PySide6 {PySide6.__version__} on Python {platform.python_version()} loses a reference "
                          f"to None on every call ({lost} in {REFCOUNT_PROBE_CALLS}); the window would abort with "
                          "'Fatal Python error: none_dealloc'. Build with PySide6 < 6.12 or Python >= 3.12")
    return f"PySide6 {PySide6.__version__}, Qt {qVersion()}"


def _wait(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the Qt event loop until ``condition()`` holds or the time is up (polled every 50 ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer(interval=50)
    poll.timeout.connect(lambda: condition() and loop.quit())
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    return condition()


def _list_rows(window: Any) -> int:
    from PySide6.QtWidgets import QAbstractItemView

    table = window.findChild(QAbstractItemView, "patientList")
    model = table.model() if table is not None else None
    return model.rowCount() if model is not None else 0


def check_window(tmp: Path) -> str:
    from PySide6.QtCore import QThreadPool, qInstallMessageHandler
    from PySide6.QtWidgets import QWidget

    from .app import build_main_window, create_application
    from .demo import generate_clinic
    from .store import ClinicStore

    if _singleton_refs_lost() >= REFCOUNT_PROBE_CALLS // 2:
        raise CheckFailed("not run: this PySide6 would crash the process (see the qt check)")
    db = tmp / "selftest.sqlite"
    with ClinicStore(db) as store:
        store.import_documents(list(generate_clinic(DEMO_PATIENTS, seed=1, as_of=date.today())), source="self-test")

    app = create_application(["nmdbone-desktop"])
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: errors.append(f"{kind.__name__}: {exc}")  # errors raised in Qt slots
    previous_handler = qInstallMessageHandler(lambda mode, context, message: log.info("Qt: %s", message))
    window = build_main_window(db, settings_path=tmp / "settings.ini")
    try:
        window.show()
        _wait(lambda: bool(errors) or _list_rows(window) >= DEMO_PATIENTS, WINDOW_TIMEOUT_S)
        _wait(lambda: bool(errors), 0.5)  # let the first patient's chart and recommendations draw
        rows = _list_rows(window)
        missing = [name for name in WINDOW_WIDGETS if window.findChild(QWidget, name) is None]
    finally:
        window.close()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone(10_000)
        _wait(lambda: False, 0.05)  # deliver the deferred delete
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
        window.clinic.close()
    if errors:
        raise CheckFailed(f"error in the window: {errors[0]}")
    if missing:
        raise CheckFailed(f"widgets missing: {', '.join(missing)}")
    if rows < DEMO_PATIENTS:
        raise CheckFailed(f"patient list shows {rows} of {DEMO_PATIENTS} demo patients after {WINDOW_TIMEOUT_S:.0f} s")
    return f"opened and closed with {rows} demo patients (platform {app.platformName()})"


def check_hyphenation(tmp: Path) -> str:
    import pyphen

    from .letters.layout import HYPHENATION

    for language, dictionary in HYPHENATION.items():
        if "-" not in pyphen.Pyphen(lang=dictionary).inserted("Niedrigenergietrauma"):
            raise CheckFailed(f"no hyphenation dictionary for {language} ({dictionary})")
    return f"dictionaries of {', '.join(HYPHENATION)}"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("resources", check_resources),
    ("assessment", check_assessment),
    ("letter", check_letter),
    ("hyphenation", check_hyphenation),
    ("qt", check_qt),
    ("window", check_window),
)


def _describe(error: BaseException) -> str:
    if isinstance(error, CheckFailed):
        return str(error)
    return f"{type(error).__name__}: {error}".rstrip(": ")


def run_self_test(checks: Sequence[tuple[str, Check]] = CHECKS, out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 when all passed, else 1."""
    stream = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    build = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"NMD Bone Desktop {__version__} self-test ({build}, Python {platform.python_version()}, "
          f"{platform.system()} {platform.machine()})", file=stream, flush=True)
    failed = 0
    width = max(len(name) for name, _ in checks)
    with tempfile.TemporaryDirectory(prefix="nmdbone-selftest-", ignore_cleanup_errors=True) as folder:
        for name, check in checks:
            started = time.perf_counter()
            try:
                status, detail = "OK  ", check(Path(folder))
            except Exception as error:  # a self-test reports every failure and goes on
                log.info("self-test check %s failed", name, exc_info=True)
                status, detail = "FAIL", _describe(error)
                failed += 1
            elapsed = time.perf_counter() - started
            print(f"{status} {name:<{width}}  {detail} ({elapsed:.1f} s)", file=stream, flush=True)
    if failed:
        where = next((f" (tracebacks in {h.baseFilename})" for h in logging.getLogger().handlers
                      if isinstance(h, logging.FileHandler)), "")
        print(f"self-test FAILED: {failed} of {len(checks)} checks failed{where}", file=stream)
        return 1
    print(f"self-test passed: all {len(checks)} checks OK", file=stream)
    return 0
