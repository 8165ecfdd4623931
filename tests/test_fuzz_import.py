"""Hostile input to ``import``: thousands of malformed documents, no crash, nothing written.

Most of it runs in-process through exactly what ``nmdbone-desktop import`` runs: the command's
own ``read_documents`` (which calls ``parse_document_json``) and ``ClinicStore.import_documents``.
Documents are valid ones (demo patients, the shared rich document) with one to three mutations:
wrong types, out-of-range and huge numbers, NaN and infinities, unknown fields, deleted required
fields, duplicated or wrapped items, plus garbage bytes, truncated JSON and non-objects. Each must
either be refused as invalid input (exit code 2: a message naming the file and, for a JSON
object, the field path) or, when the mutation happens to be valid, import and read back equal.
A handful then go through the real command line in a subprocess.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import math
import subprocess
import sys
from contextlib import redirect_stderr
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nmdbone_desktop.cli.common import InputError
from nmdbone_desktop.cli.data_commands import read_documents
from nmdbone_desktop.core.validation import DocumentInvalid, canonical_dict, parse_document_json
from nmdbone_desktop.demo import generate_clinic
from nmdbone_desktop.store import ClinicStore
from tests.strategies import rich_document

TODAY = date.today()
SEEDS: list[dict[str, Any]] = [canonical_dict(d) for d in generate_clinic(6, seed=4, as_of=TODAY)]
SEEDS.append(canonical_dict(rich_document("P-RICH")))

HOSTILE_TEXT = ["", " ", "2026-13-45", "1999-02-29", "0000-00-00", "9999-12-31", "2026-11-21T10:00:00", "NaN",
                "null", "true", "-1", "1e999", "\u0000", "\ud7ff\uffff", "P0001'; DROP TABLE patients;--",
                "=HYPERLINK(\"x\")", "x" * 20_000, "é" * 300]


def _nested(depth: int) -> Any:
    value: Any = "bottom"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


HOSTILE_VALUES = st.one_of(
    st.none(), st.booleans(),
    st.integers(-(2**70), 2**70), st.sampled_from([10**40, -(10**40), 2**63, -(2**63) - 1, 0, -1]),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -0.0]),
    st.text(max_size=20), st.sampled_from(HOSTILE_TEXT),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.integers(1, 60).map(_nested),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*prefix, index))
    return out


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        doc = doc[part]
    return doc


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    doc = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths or not isinstance(doc, dict):
            break
        path = draw(st.sampled_from(paths))
        parent, key = _parent(doc, path), path[-1]
        op = draw(st.sampled_from(["replace", "replace", "delete", "unknown", "duplicate", "wrap", "stringify"]))
        if op == "replace":
            parent[key] = draw(HOSTILE_VALUES)
        elif op == "delete":
            del parent[key]
        elif op == "unknown":
            target = parent[key] if isinstance(parent[key], dict) else parent
            if isinstance(target, dict):
                target[draw(st.text(min_size=1, max_size=12))] = draw(HOSTILE_VALUES)
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif op == "wrap":
            parent[key] = draw(st.sampled_from([[parent[key]], {"value": parent[key]}]))
        elif op == "stringify":
            parent[key] = json.dumps(parent[key])
    return doc


def _payload(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8")


garbage = st.one_of(
    st.binary(max_size=300),
    st.sampled_from(SEEDS).flatmap(lambda d: st.integers(0, len(_payload(d)) - 1).map(lambda n: _payload(d)[:n])),
    st.sampled_from([b"", b"null", b"[]", b'"a string"', b"42", b"{", b"\xef\xbb\xbf{}", b"\xff\xfe{\x00}\x00",
                     b'{"schema": "nmdbone/patient-v1",}', b"NaN", b"[" * 500 + b"]" * 500]),
    st.lists(HOSTILE_VALUES, max_size=3).map(_payload),
)


class Importer:
    """One database for a whole fuzz run; checks one payload the way the command line handles it."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / "document.json"
        self.store = ClinicStore(folder / "clinic.sqlite")
        self.imported = 0

    def state(self) -> tuple[Any, ...]:
        return tuple(self.store._db.execute("SELECT (SELECT count(*) FROM patients), (SELECT max(id) FROM audit)")
                     .fetchone())

    def check(self, payload: bytes) -> None:
        self.file.write_bytes(payload)
        before = self.state()
        stderr = io.StringIO()
        with redirect_stderr(stderr):
            try:
                docs = read_documents([self.file], TODAY)  # the command's own reading and validation
            except InputError:  # → exit code 2
                docs = None
        if docs is None:
            self._check_refusal(payload, stderr.getvalue())
            assert self.state() == before
            return
        (doc,) = docs
        self.store.import_documents(docs, source=str(self.file))  # must not raise
        stored = self.store.get_document(doc.id)
        # Equal as values (SQLite's REAL columns keep -0.0 as 0.0: equal numbers, not equal bytes).
        assert stored == doc and canonical_dict(stored) == canonical_dict(doc)
        self.imported += 1

    def _check_refusal(self, payload: bytes, stderr: str) -> None:
        assert stderr.startswith(f"{self.file}: "), stderr[:200]
        try:
            parse_document_json(payload, as_of=TODAY, source=str(self.file))
        except DocumentInvalid as invalid:
            assert invalid.problems and all(p.message for p in invalid.problems)
            try:
                is_object = isinstance(json.loads(payload), dict)
            except (ValueError, RecursionError):
                is_object = False
            if is_object:  # a field is at fault: the message must say which
                assert any(p.path for p in invalid.problems), invalid.describe()
        else:  # valid to the core, refused only by the command's extra NaN check
            assert "extra: holds NaN or Infinity" in stderr


@pytest.fixture
def importer(tmp_path: Path) -> Importer:
    yield (importer := Importer(tmp_path))
    importer.store.close()


def test_mutated_documents_are_refused_with_a_path_or_imported_whole(importer: Importer) -> None:
    @settings(max_examples=1500, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutated_documents())
    def run(document: Any) -> None:
        importer.check(_payload(document))

    run()


def test_garbage_is_refused_as_invalid_input(importer: Importer) -> None:
    @settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(garbage)
    def run(payload: bytes) -> None:
        importer.check(payload)

    run()
    assert importer.imported == 0


# json.loads raises a plain ValueError for an integer of more than 4,300 digits and RecursionError
# for very deep nesting: both must be invalid input (exit 2), never a traceback.
KNOWN_CRASHES = {
    "integer of 5,000 digits": b'{"schema": ' + b"9" * 5000 + b"}",
    "nesting 100,000 deep": b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("name", list(KNOWN_CRASHES))
def test_pathological_json_is_invalid_input(name: str) -> None:
    with pytest.raises(DocumentInvalid):
        parse_document_json(KNOWN_CRASHES[name], as_of=TODAY, source="x.json")


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("nmdbone-desktop")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from nmdbone_desktop.cli import main; sys.exit(main())"]


def test_the_real_command_line_refuses_hostile_files_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite"
    with ClinicStore(db) as store:
        store.import_documents([rich_document("P-1")])
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    seed = SEEDS[0]
    bad = {
        "garbage.json": (b"\x00\xffnot json at all", ""),
        "nan.json": (_payload({**seed, "falls_past_12_months": math.nan}), "falls_past_12_months"),
        "huge.json": (_payload({**seed, "dxa": [{**seed["dxa"][0], "t_score": 1e308}]}), "dxa[0].t_score"),
        "unknown.json": (_payload({**seed, "favourite_colour": "blue"}), "favourite_colour"),
        "missing.json": (_payload({k: v for k, v in seed.items() if k != "birth_date"}), "birth_date"),
        "wrong-type.json": (_payload({**seed, "sex": 1}), "sex"),
        "list.json": (b"[1, 2, 3]", ""),
        "nan-extra.json": (_payload({**seed, "extra": {"x": math.inf}}), "extra"),
    }
    for name, (payload, _) in bad.items():
        (tmp_path / name).write_bytes(payload)
    result = subprocess.run([*_cli(), "import", "--db", str(db), *(str(tmp_path / n) for n in bad)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for name, (_, field) in bad.items():
        lines = [line for line in result.stderr.splitlines() if line.startswith(f"{tmp_path / name}: ")]
        assert lines, name
        assert any(f": {field}" in line for line in lines) or not field, (name, lines)
    assert "nothing was imported" in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest

    good = tmp_path / "good.json"
    good.write_bytes(_payload({**seed, "id": "FUZZ-OK", "extra": {"note": "=1+1", "n": 10**40}}))
    result = subprocess.run([*_cli(), "import", "--db", str(db), str(good)], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    with ClinicStore(db) as store:
        assert store.get_document("FUZZ-OK").extra == {"note": "=1+1", "n": 10**40}
