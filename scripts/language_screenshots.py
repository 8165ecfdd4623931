"""Issue 21's acceptance screenshots: the main window in German and Dutch, the German worklist.

    QT_QPA_PLATFORM=offscreen python scripts/language_screenshots.py [out_dir]

Builds the GUI tests' clinic (Anna Müller, P0001, and 40 demo patients on 2026-11-21), compiles
the catalogues first (``scripts/translations.py compile``), and grabs the window at 1600×1000 and
1366×768 in each language with P0001 shown.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))


def main(out: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "compile"], check=True)
    os.environ["NMDBONE_TRANSLATIONS"] = str(ROOT / "resources" / "translations")
    from PySide6.QtWidgets import QApplication

    from nmdbone_desktop.app import build_main_window, create_application
    from scripts.screenshots import settle_window
    from tests.gui.conftest import AS_OF, _build_clinic

    app = QApplication.instance() or create_application(["screenshots"])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = _build_clinic(tmp / "clinic.sqlite")
        for language in ("de", "nl"):
            window = build_main_window(db, settings_path=tmp / f"{language}.ini", today=lambda: AS_OF,
                                       language=language)

            def settle(window: object = window) -> None:
                settle_window(app, window, turns=40)

            for width, height in ((1600, 1000), (1366, 768)):
                window.resize(width, height)
                window._default_split()
                window.show()
                settle()
                window.patient_list.select_patient("P0001")
                window.show_overview()
                settle()
                window.grab().save(str(out / f"main-window-{language}-{width}x{height}.png"))
            if language == "de":
                window.show_worklist()
                started = time.monotonic()
                while getattr(window.worklist, "overview", None) is None and time.monotonic() - started < 120:
                    app.processEvents()
                    time.sleep(0.05)
                settle()
                window.grab().save(str(out / "worklist-de-1366x768.png"))
            window.close()
            window.clinic.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
