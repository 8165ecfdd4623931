"""One DXA candidate → a :class:`~nmdbone_desktop.core.document.DxaMeasurement`, or the fields at fault.

The same field rules as a patient document (the models in ``core.document``) and the per-item
rules of ``core.validation`` (at least one value, TBS at the spine only, a side only on hip,
femur and forearm sites). Dates against the patient's birth and today are checked by the
service, which knows the patient.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..core.contract_names import SIDED_SITES

if TYPE_CHECKING:
    from ..core.document import DxaMeasurement

_WORDING = {"extra_forbidden": "unknown field", "missing": "is required"}


def validate_all(rows: list[dict[str, Any]]) -> list[tuple[DxaMeasurement | None, list[tuple[str, str]]]]:
    """:func:`validate_values` of many rows; one pydantic call for a whole clean table (20,000 rows)."""
    from pydantic import TypeAdapter

    from ..core.document import DxaMeasurement

    global _LIST_ADAPTER
    if _LIST_ADAPTER is None:
        _LIST_ADAPTER = TypeAdapter(list[DxaMeasurement])
    try:
        items = _LIST_ADAPTER.validate_python([{k: v for k, v in r.items() if v is not None} for r in rows])
    except ValidationError:
        return [validate_values(r) for r in rows]
    out: list[tuple[DxaMeasurement | None, list[tuple[str, str]]]] = []
    for item in items:
        problems = item_problems(item)
        out.append((None, problems) if problems else (item, []))
    return out


_LIST_ADAPTER: Any = None


def validate_values(values: dict[str, Any]) -> tuple[DxaMeasurement | None, list[tuple[str, str]]]:
    """(measurement, []) or (None, [(field, message), …])."""
    from ..core.document import DxaMeasurement

    clean = {k: v for k, v in values.items() if v is not None}
    try:
        item = DxaMeasurement.model_validate(clean)
    except ValidationError as error:
        problems = []
        for err in error.errors(include_url=False):
            field = ".".join(str(p) for p in err["loc"]) or "row"
            message = _WORDING.get(err["type"]) or err["msg"].removeprefix("Value error, ")
            if err["type"] != "missing" and isinstance(err.get("input"), (str, int, float)):
                message += f" (got {json.dumps(err['input'], ensure_ascii=False)})"
            problems.append((field, message))
        return None, problems
    problems = item_problems(item)
    return (None, problems) if problems else (item, [])


def item_problems(item: DxaMeasurement) -> list[tuple[str, str]]:
    """The per-item rules of ``core.validation`` that relate a measurement's own fields."""
    problems = []
    if item.bmd_g_cm2 is None and item.t_score is None and item.z_score is None and item.height_adjusted_z is None:
        problems.append(("bmd_g_cm2", "needs at least one of bmd_g_cm2, t_score, z_score"))
    if item.tbs is not None and item.site != "lumbar_spine":
        problems.append(("tbs", f"is measured at lumbar_spine only (site is {item.site})"))
    if item.side is not None and item.site not in SIDED_SITES:
        problems.append(("side", f"applies to hip, femur and forearm sites (site is {item.site})"))
    return problems
