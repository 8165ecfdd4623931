"""The demo clinic the benchmark measures, cached under ``bench/.cache/`` by size, seed and code.

As a worker (``python bench/clinic.py --patients N --seed S``) it makes sure the clinic database
and its export (one JSON file per patient) exist, and answers with their paths. The cache key
includes a fingerprint of the demo generator and store schema sources, so a colleague's change
to either rebuilds the clinic instead of measuring a stale one. Files are built under a temporary
name and renamed, so two runs at once never see half a clinic.

The generator is called through the Python API (``nmdbone_desktop.demo.generate_clinic`` +
``ClinicStore.import_documents``) or, failing that, ``nmdbone-desktop demo``.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from harness import CACHE_DIR, ROOT, Missing, Result, emit, require

PKG = ROOT / "nmdbone_desktop"
STALE_AFTER_S = 900  # older clinics of the same size and seed are removed (each 20,000 is ≈ 0.5 GB)
FINGERPRINT_SOURCES = ("demo", "store/schema.py", "store/mapping.py", "store/storage_format.py", "store/zdict",
                       "core/document.py", "services", "ui/summaries.py")


@cache
def fingerprint() -> str:
    """Of the sources the clinic's content depends on; computed once per process (they may be
    edited while we run: the database and its export must carry the same key)."""
    digest = hashlib.sha256()
    for name in FINGERPRINT_SOURCES:
        path = PKG / name
        files = sorted(p for p in path.rglob("*") if p.suffix in (".py", ".zdict")) if path.is_dir() else [path]
        for file in files:
            if file.exists():
                digest.update(str(file.relative_to(PKG)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:10]


def cache_paths(patients: int, seed: int) -> tuple[Path, Path, Path]:
    stem = f"clinic-n{patients}-s{seed}-{fingerprint()}"
    return CACHE_DIR / f"{stem}.sqlite", CACHE_DIR / f"{stem}.json", CACHE_DIR / f"{stem}-export"


def copy_db(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (a WAL file, if any, is included)."""
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no such clinic database")
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def _call_generator(generate: Any, patients: int, seed: int, as_of: date) -> list[Any]:
    params = inspect.signature(generate).parameters
    kwargs: dict[str, Any] = {}
    args: list[Any] = []
    for key, value in (("patients", patients), ("n", patients), ("count", patients), ("size", patients)):
        if key in params:
            kwargs[key] = value
            break
    else:
        args.append(patients)
    if "seed" in params:
        kwargs["seed"] = seed
    if "as_of" in params:
        kwargs["as_of"] = as_of
    return list(generate(*args, **kwargs))


def _documents(items: list[Any], as_of: date) -> list[Any]:
    document_cls = require("nmdbone_desktop.core.document:PatientDocument")
    if all(isinstance(item, document_cls) for item in items):
        return items
    parse = require("nmdbone_desktop.core.validation:parse_document")
    return [item if isinstance(item, document_cls) else parse(item, as_of=as_of, source="demo") for item in items]


def _build_with_api(db: Path, patients: int, seed: int, as_of: date) -> str:
    generate = require("nmdbone_desktop.demo:generate_clinic")
    store_cls = require("nmdbone_desktop.store:ClinicStore")
    docs = _documents(_call_generator(generate, patients, seed, as_of), as_of)
    with store_cls(db, user="bench") as store:
        store.import_documents(docs, source=f"bench demo n={patients} seed={seed}")
    return "python api (demo.generate_clinic + ClinicStore.import_documents)"


def fill_list_figures(db: Path, as_of: date) -> str:
    """The assessment cache the patient list shows (risk, next due), as ``nmdbone-desktop demo`` does."""
    try:
        refresh = require("nmdbone_desktop.services:refresh_assessments")
    except Missing:
        pass
    else:
        store_cls = require("nmdbone_desktop.store:ClinicStore")
        with store_cls(db, user="bench") as store:
            refresh(store, as_of)
        return "services.refresh_assessments"
    try:
        refresh_all = require("nmdbone_desktop.ui.summaries:refresh_all")
    except Missing:
        return "none (no services.refresh_assessments, no ui.summaries.refresh_all)"
    refresh_all(db, as_of)
    return "ui.summaries.refresh_all"


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("nmdbone-desktop")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "nmdbone_desktop.cli.main"]


def cli_has(command: str) -> bool:
    run = subprocess.run([*_cli(), command, "--help"], capture_output=True, text=True, timeout=120)
    return run.returncode == 0


def _build_with_cli(db: Path, patients: int, seed: int) -> str:
    if not cli_has("demo"):
        raise Missing("nmdbone_desktop.demo:generate_clinic", "and no `nmdbone-desktop demo` command")
    run = subprocess.run([*_cli(), "demo", "--db", str(db), "--patients", str(patients), "--seed", str(seed)],
                         capture_output=True, text=True, timeout=3600)
    if run.returncode != 0:
        raise RuntimeError(f"nmdbone-desktop demo failed ({run.returncode}): {run.stderr.strip()[-500:]}")
    return "nmdbone-desktop demo"


def _checkpoint(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def build_clinic(patients: int, seed: int) -> dict[str, Any]:
    db, meta_path, _ = cache_paths(patients, seed)
    if db.exists() and meta_path.exists():
        for path in (db, meta_path):
            os.utime(path)  # in use: a concurrent run with other sources must not remove it as stale
        return {**json.loads(meta_path.read_text()), "cached": True}
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for stale in CACHE_DIR.glob(f"clinic-n{patients}-s{seed}-*"):
        if time.time() - stale.stat().st_mtime < STALE_AFTER_S:  # maybe in use by a concurrent run
            continue
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)
    tmp = db.with_name(f".{db.name}.{os.getpid()}.part")
    as_of = date.today()
    started = time.perf_counter()
    try:
        method = _build_with_api(tmp, patients, seed, as_of)
    except Missing:
        for leftover in tmp.parent.glob(tmp.name + "*"):
            leftover.unlink()
        method = _build_with_cli(tmp, patients, seed)
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    list_figures = fill_list_figures(tmp, as_of)
    list_figures_s = time.perf_counter() - started
    _checkpoint(tmp)
    with sqlite3.connect(tmp) as conn:
        count = conn.execute("SELECT count(*) FROM patients").fetchone()[0]
    conn.close()
    meta = {"db": str(db), "patients": count, "seed": seed, "as_of": as_of.isoformat(),
            "method": method, "build_s": round(elapsed, 2), "list_figures": list_figures,
            "list_figures_s": round(list_figures_s, 2),
            "file_mb": round(tmp.stat().st_size / 1e6, 1)}  # after the checkpoint (issue 19: ≤ 150 MB at 20,000)
    tmp.replace(db)
    meta_path.write_text(json.dumps(meta))
    return {**meta, "cached": False}


def build_export(patients: int, seed: int) -> dict[str, Any]:
    """Every patient as one canonical JSON file (what ``nmdbone-desktop export`` writes)."""
    db, _, out = cache_paths(patients, seed)
    if not db.exists():
        raise RuntimeError(f"{db} does not exist")
    if out.is_dir():
        return {"export_dir": str(out), "export_files": sum(1 for _ in out.glob("*.json")), "export_cached": True}
    store_cls = require("nmdbone_desktop.store:ClinicStore")
    canonical_json = require("nmdbone_desktop.core.validation:canonical_json")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    work = tmp / "source.sqlite"
    copy_db(db, work)  # read from a copy: the store may write (migrations) when opening
    started = time.perf_counter()
    with store_cls(work, user="bench") as store:
        count = 0
        for doc in store.iter_documents():
            (tmp / f"{doc.id}.json").write_text(canonical_json(doc), encoding="utf-8")
            count += 1
    elapsed = time.perf_counter() - started
    for leftover in tmp.glob("source.sqlite*"):
        leftover.unlink()
    if count == 0:
        raise RuntimeError(f"{db}: no patients to export")
    try:
        tmp.replace(out)
    except OSError:  # a concurrent run finished the same export first: keep theirs
        shutil.rmtree(tmp, ignore_errors=True)
    return {"export_dir": str(out), "export_files": count, "export_s": round(elapsed, 2), "export_cached": False}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    args = parser.parse_args()
    result = Result()
    try:
        result.extras["clinic"] = build_clinic(args.patients, args.seed)
    except Missing as missing:
        result.missing["clinic"] = missing.what
        result.extras["clinic_missing_detail"] = str(missing)
        emit(result)
        return
    except Exception as error:
        result.errors["clinic"] = f"{type(error).__name__}: {error}"
        emit(result)
        raise
    try:
        result.extras["clinic"].update(build_export(args.patients, args.seed))
    except Missing as missing:
        result.missing["export"] = missing.what
    except Exception as error:  # the clinic itself is still usable
        result.errors["export"] = f"{type(error).__name__}: {error}"
    emit(result)


if __name__ == "__main__":
    main()
