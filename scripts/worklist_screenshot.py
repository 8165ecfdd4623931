"""The Worklist tab on the 300-patient demo clinic (seed 1), 1366×768, offscreen → a PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/worklist_screenshot.py docs/screenshots/worklist.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from nmdbone_desktop.app import build_main_window
from nmdbone_desktop.services.clinic import open_clinic


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        with open_clinic(db) as clinic:
            clinic.fill_demo_clinic(300, seed=1, as_of=date.today())
        app = QApplication.instance() or QApplication(sys.argv)
        window = build_main_window(db, settings_path=Path(tmp) / "settings.ini")
        window.resize(1366, 768)
        window.show()
        view = window.worklist_letters.ensure_worklist()
        ready: list[object] = []
        view.overview_ready.connect(ready.append)
        view.refresh()
        while not ready:
            app.processEvents()
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out))
        print(f"{out}: {view.status.text()}")
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "worklist.png"))
