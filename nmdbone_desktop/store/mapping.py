"""Patient document ↔ table rows, in both directions, fast enough for 20,000 patients.

Writing reads each item's fields in column order (``operator.attrgetter``) and turns dates into
ISO text; reading builds plain dicts and lets :class:`PatientDocument` validate them, so a
row that was edited behind our back (a SQL console) still cannot produce an invalid document.
A document written and read back is equal to the original (``has_*`` flags keep an empty
``supplements``/``risk_factors`` object apart from an absent one; ``extra`` is JSON text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, get_args

from ..core.contract_names import LIST_FIELDS, SCHEMA_ID
from ..core.document import PatientDocument
from .errors import StoreError
from .folding import fold
from .folding import search_key as _search_key

if TYPE_CHECKING:
    from pydantic import BaseModel

#: The child tables: each document list, then ``risk_conditions`` (``risk_factors.conditions``).
CHILD_TABLES: tuple[str, ...] = (*LIST_FIELDS, "risk_conditions")


def _item_model(field: str) -> type[BaseModel]:
    (model,) = get_args(PatientDocument.model_fields[field].annotation)
    return model


#: Column names of each list table after (patient_id, seq): the item model's fields, in order.
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    field: tuple(_item_model(field).model_fields) for field in LIST_FIELDS
}
LIST_COLUMNS["risk_conditions"] = ("condition",)


_GETTERS = {field: attrgetter(*LIST_COLUMNS[field]) for field in LIST_FIELDS}


def _bool_columns(field: str) -> tuple[int, ...]:
    model = _item_model(field)
    return tuple(
        i for i, f in enumerate(model.model_fields.values()) if f.annotation in (bool, bool | None)
    )


#: Positions (within LIST_COLUMNS) of columns that SQLite stores as 0/1 but the model wants bool.
BOOL_POSITIONS: dict[str, tuple[int, ...]] = {field: _bool_columns(field) for field in LIST_FIELDS}

PATIENT_COLUMNS: tuple[str, ...] = (
    "id", "family", "given", "sex", "birth_date", "diagnosis_code", "diagnosis_onset",
    "diagnosis_label", "menopause_status", "menopause_age", "dysphagia", "can_sit_upright_30_min",
    "falls_past_12_months", "has_supplements", "calcium_mg_per_day", "vitamin_d_iu_per_day",
    "has_risk_factors", "smoking", "alcohol", "ethnicity", "parental_osteoporosis",
    "cardiovascular_event_past_12_months", "childbearing_potential", "puberty", "extra", "revision",
    "updated_at", "search_key", "name_key", "contacts", "language",
)

_CONTACTS_AT = PATIENT_COLUMNS.index("contacts")
_LANGUAGE_AT = PATIENT_COLUMNS.index("language")


def search_key(doc: PatientDocument) -> str:
    d = doc.diagnosis
    return _search_key(doc.name.family, doc.name.given, doc.id, d.code, d.label)


def name_key(doc: PatientDocument) -> str:
    # \x1f sorts before every letter: "Li, Zoe" comes before "Lim, Ann".
    return f"{fold(doc.name.family)}\x1f{fold(doc.name.given)}"


def extra_json(doc: PatientDocument) -> str:
    """``extra`` as JSON text; NaN and Infinity are refused (not JSON, and NaN != NaN on reading back)."""
    try:
        return json.dumps(doc.extra, ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise StoreError(f"patient {doc.id!r}: 'extra' holds NaN or Infinity, which JSON does not allow") from None


def contacts_json(doc: PatientDocument) -> str | None:
    """``contacts`` as JSON text (members left out when absent), or None when the document has none."""
    if doc.contacts is None:
        return None
    return json.dumps(doc.contacts.model_dump(mode="json", exclude_none=True), ensure_ascii=False)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _cell(value: Any) -> Any:
    """A model value as SQLite stores it (bool is an int to sqlite3 already)."""
    return value.isoformat() if isinstance(value, date) else value


def patient_row(doc: PatientDocument, *, revision: int, updated_at: str) -> tuple[Any, ...]:
    """The ``patients`` row of a document, in :data:`PATIENT_COLUMNS` order."""
    m, s, r = doc.menopause, doc.supplements, doc.risk_factors
    return (
        doc.id, doc.name.family, doc.name.given, doc.sex, doc.birth_date.isoformat(),
        doc.diagnosis.code, _iso(doc.diagnosis.onset_date), doc.diagnosis.label,
        m.status if m else None, m.age_years if m else None,
        doc.dysphagia, doc.can_sit_upright_30_min, doc.falls_past_12_months,
        s is not None, s.calcium_mg_per_day if s else None, s.vitamin_d_iu_per_day if s else None,
        r is not None, r.smoking if r else None, r.alcohol if r else None, r.ethnicity if r else None,
        r.parental_osteoporosis if r else None,
        doc.cardiovascular_event_past_12_months, doc.childbearing_potential, doc.puberty,
        extra_json(doc), revision, updated_at,
        search_key(doc), name_key(doc),
        contacts_json(doc), doc.language,
    )


def child_rows(doc: PatientDocument, table: str) -> Iterator[tuple[Any, ...]]:
    """Rows ``(patient_id, seq, *columns)`` of one child table for one document."""
    pid = doc.id
    if table == "risk_conditions":
        conditions = doc.risk_factors.conditions if doc.risk_factors else []
        for seq, condition in enumerate(conditions):
            yield (pid, seq, condition)
        return
    getter = _GETTERS[table]
    for seq, item in enumerate(getattr(doc, table)):
        yield (pid, seq, *[_cell(v) for v in getter(item)])


def _b(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def patient_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    """The scalar part of a document from a ``patients`` row (PATIENT_COLUMNS order)."""
    (pid, family, given, sex, birth, code, onset, label, meno_status, meno_age, dysphagia, sit,
     falls, has_supp, calcium, vit_d, has_risk, smoking, alcohol, ethnicity, parental, cv, cbp,
     puberty, extra, *_rest) = row
    contacts, language = row[_CONTACTS_AT], row[_LANGUAGE_AT]
    diagnosis: dict[str, Any] = {"code": code, "onset_date": onset, "label": label}
    data: dict[str, Any] = {
        "schema": SCHEMA_ID, "id": pid, "name": {"given": given, "family": family}, "sex": sex,
        "birth_date": birth, "diagnosis": diagnosis,
        "menopause": None if meno_status is None else {"status": meno_status, "age_years": meno_age},
        "dysphagia": _b(dysphagia), "can_sit_upright_30_min": _b(sit), "falls_past_12_months": falls,
        "supplements": {"calcium_mg_per_day": calcium, "vitamin_d_iu_per_day": vit_d} if has_supp else None,
        "risk_factors": (
            {"smoking": smoking, "alcohol": alcohol, "ethnicity": ethnicity,
             "parental_osteoporosis": _b(parental), "conditions": []}
            if has_risk else None
        ),
        "cardiovascular_event_past_12_months": _b(cv), "childbearing_potential": _b(cbp),
        "puberty": puberty, "extra": json.loads(extra),
    }
    # Added in 2026.12: left out when absent, so an older document reads back byte-identical.
    if contacts is not None:
        data["contacts"] = json.loads(contacts)
    if language is not None:
        data["language"] = language
    return data


_PATIENT = itemgetter(0)


def group_child_rows(table: str, rows: Iterable[tuple[Any, ...]]) -> dict[str, list[Any]]:
    """Rows ``(patient_id, seq, *columns)`` ordered by (patient_id, seq) → {patient_id: items}.

    The order comes from SQL (``ORDER BY patient_id, seq`` walks the primary-key index, so it
    costs nothing); here each run of one patient's rows becomes that patient's list.
    """
    out: dict[str, list[Any]] = {}
    if table == "risk_conditions":
        for pid, group in groupby(rows, _PATIENT):
            out.setdefault(pid, []).extend(condition for _pid, _seq, condition in group)
        return out
    columns = LIST_COLUMNS[table]
    bools = BOOL_POSITIONS[table]
    if not bools:  # one C-level dict per row, no Python loop over its values
        for pid, group in groupby(rows, _PATIENT):
            out.setdefault(pid, []).extend([dict(zip(columns, row[2:], strict=True)) for row in group])
        return out
    names = [columns[i] for i in bools]
    for pid, group in groupby(rows, _PATIENT):
        items = [dict(zip(columns, row[2:], strict=True)) for row in group]
        out.setdefault(pid, []).extend(items)
        for item in items:
            for name in names:
                value = item[name]
                if value is not None:
                    item[name] = bool(value)
    return out


def build_document(base: dict[str, Any], children: dict[str, dict[str, list[Any]]]) -> PatientDocument:
    """Attach each child table's items to the scalar part and validate the whole document."""
    pid = base["id"]
    for table in LIST_FIELDS:
        base[table] = children[table].get(pid, [])
    if base["risk_factors"] is not None:
        base["risk_factors"]["conditions"] = children["risk_conditions"].get(pid, [])
    return PatientDocument.model_validate(base)
