"""Train the zstd dictionaries of the store's compact format (store/storage_format.py) — once per version.

A dictionary is part of the stored format: every audit entry and cached report written with
dictionary version N needs exactly those bytes to be read back. So this script never overwrites:
it writes ``nmdbone_desktop/store/zdict/{records,reports}-N.zdict`` for a version N that does
not exist yet, and a new version also needs a new tag in storage_format.py (old tags stay readable).

Samples come from a synthetic demo clinic (seed 2, not the benchmark's seed 1, so the bench measures
data the dictionaries have not seen): for "records", each whole document as an import writes it
(``[null,{…}]``), the document's non-list part as an edit pair, and the first two items of every
list; for "reports", each patient's assessment report as the cache stores it. Only field names,
vocabulary and the rules' fixed texts recur across patients, so that is what the dictionaries hold.

Usage: PYTHONPATH=. python scripts/train_store_dictionaries.py VERSION [--patients 2000]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import zstandard

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "nmdbone_desktop" / "store" / "zdict"
SIZES = {"records": 16 * 1024, "reports": 32 * 1024}  # measured: larger gains < 2 % (docs/decisions.md)
AS_OF = date(2026, 12, 3)


def samples(patients: int) -> dict[str, list[bytes]]:
    from nmdbone_desktop.core.assessment import assess
    from nmdbone_desktop.core.contract_names import LIST_FIELDS
    from nmdbone_desktop.core.validation import canonical_dict
    from nmdbone_desktop.demo import generate_clinic

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    records: list[str] = []
    reports: list[str] = []
    for doc in generate_clinic(patients, seed=2, as_of=AS_OF):
        data = canonical_dict(doc)
        records.append(f"[null,{dump(data)}]")
        scalar = dump({k: v for k, v in data.items() if k not in LIST_FIELDS})
        records.append(f"[{scalar},{scalar}]")
        records += [f"[null,{dump(item)}]" for field in LIST_FIELDS for item in data.get(field, [])[:2]]
        reports.append(json.dumps(assess(doc, AS_OF), ensure_ascii=False, separators=(",", ":")))
    return {"records": [s.encode() for s in records], "reports": [s.encode() for s in reports]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", type=int)
    parser.add_argument("--patients", type=int, default=2000)
    args = parser.parse_args()
    targets = {kind: OUT / f"{kind}-{args.version}.zdict" for kind in SIZES}
    if any(path.exists() for path in targets.values()):
        print(f"version {args.version} exists: dictionaries are never rewritten", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    for kind, data in samples(args.patients).items():
        trained = zstandard.train_dictionary(SIZES[kind], data, dict_id=1000 * args.version + len(kind))
        targets[kind].write_bytes(trained.as_bytes())
        print(f"{targets[kind].relative_to(ROOT)}: {len(trained.as_bytes()):,} bytes from {len(data):,} samples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
