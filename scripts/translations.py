"""The window's Qt catalogues: extract (``update``) and compile (``compile``).

    python scripts/translations.py update            # pyside6-lupdate: new texts into every .ts
    python scripts/translations.py compile [OUTDIR]  # pyside6-lrelease: .ts -> .qm (default: beside them)

The ``.ts`` files in ``resources/translations/`` are the sources (reviewed, diffed, merged); the
``.qm`` files are build products, made by ``scripts/setup.sh`` at install and by the bundle build,
never committed. Locations are left out of the ``.ts`` files (``-locations none``) so moving code
does not touch the catalogues and merges stay about words. The functions are imported by the tests
(a fresh extraction must find nothing the catalogues lack).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "de", "fr", "it", "es")  # English is the source language


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease``: beside this Python first (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it ships with PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    """Every module of the window (the chart's texts are listed in ui/chart_words.py)."""
    return sorted((ROOT / "nmdbone_desktop" / "ui").rglob("*.py"))


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"nmdbone_{language}.ts"


def update(folder: Path = CATALOGUES, languages: tuple[str, ...] = LANGUAGES) -> None:
    """Extract the texts into ``folder``'s catalogues (new ones "unfinished", gone ones dropped)."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        subprocess.run([tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(catalogue(language, folder)),
                        "-locations", "none", "-no-obsolete", "-target-language", language, "-silent"],
                       check=True, cwd=ROOT)


def compile_catalogues(out: Path | None = None, folder: Path = CATALOGUES) -> list[Path]:
    """Compile every catalogue to ``out`` (default: beside the sources); returns the .qm files."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for language in LANGUAGES:
        target = out / f"nmdbone_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(catalogue(language, folder)), "-qm", str(target)],
                       check=True, cwd=ROOT)
        made.append(target)
    return made


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "compile"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    else:
        compile_catalogues(Path(argv[1]) if len(argv) > 1 else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
