"""The clinic's letterhead and signatory: a small JSON file in the per-user config folder.

Kept out of the clinic database on purpose: it is a property of the workstation's printer set-up
(logo file, paper size) as much as of the clinic, and it must be editable before any database
exists. Written atomically (temp file + rename) so a crash never leaves half a settings file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

__all__ = [
    "ADDRESS_WINDOWS",
    "DATE_FORMATS",
    "AddressWindow",
    "ClinicLetterhead",
    "DateFormat",
    "LetterheadInvalid",
    "PageSize",
    "WindowGeometry",
    "default_letterhead_path",
    "load_letterhead",
    "save_letterhead",
]

PageSize = Literal["A4", "Letter"]
DateFormat = Literal["d MMMM yyyy", "dd/mm/yyyy", "dd.mm.yyyy", "mm/dd/yyyy", "yyyy-mm-dd"]
#: Every accepted date format, in the order the settings dialog offers them.
DATE_FORMATS: tuple[str, ...] = DateFormat.__args__  # type: ignore[attr-defined]

SETTINGS_FILENAME = "letterhead.json"

AddressWindow = Literal["din5008_b", "uk_c5", "none"]


class WindowGeometry(BaseModel):
    """Where the recipient's address prints so that it shows through an envelope's window
    (millimetres from the sheet's top-left corner)."""

    model_config = ConfigDict(frozen=True)

    label: str
    left_mm: float
    top_mm: float
    width_mm: float
    height_mm: float
    #: Height of the sender's one-line return address at the top of the window (DIN 5008).
    return_line_mm: float = 0.0
    #: "1017 GC Amsterdam" on one line (continental) or the town, then the postcode (UK).
    postcode_first: bool = True


#: DIN 5008 form B: address field 45 mm from the top, 20 mm from the left, 85 × 45 mm, the top
#: 17.7 mm for the return address. UK C5/DL window envelopes: a window about 90 × 35 mm,
#: 20 mm from the left and 50 mm from the top of the A4 sheet (Royal Mail's addressing guidance).
ADDRESS_WINDOWS: dict[str, WindowGeometry | None] = {
    "din5008_b": WindowGeometry(label="DIN 5008 window (form B)", left_mm=20, top_mm=45, width_mm=85,
                                height_mm=45, return_line_mm=17.7, postcode_first=True),
    "uk_c5": WindowGeometry(label="UK C5/DL window envelope", left_mm=20, top_mm=50, width_mm=90,
                            height_mm=35, return_line_mm=5.0, postcode_first=False),
    "none": None,
}


class LetterheadInvalid(ValueError):
    """The settings file exists but cannot be read as a letterhead (message names the file)."""


class ClinicLetterhead(BaseModel):
    """What prints at the top and the bottom of every letter."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)

    clinic_name: str = Field(default="Neuromuscular Clinic", max_length=120)
    department: str = Field(default="", max_length=120)
    address_lines: list[str] = Field(default_factory=list, max_length=6)
    phone: str = Field(default="", max_length=60)
    email: str = Field(default="", max_length=120)
    logo_path: Path | None = None
    clinician_name: str = Field(default="", max_length=120)
    clinician_title: str = Field(default="", max_length=120)
    date_format: DateFormat = "d MMMM yyyy"
    page_size: PageSize = "A4"
    language: str = Field(default="en", pattern=r"^[a-z]{2}(_[A-Z]{2})?$")
    #: Where referrals go (printed as the recipient block); empty uses the template's wording.
    referral_to_adult: str = Field(default="", max_length=400)
    referral_to_child: str = Field(default="", max_length=400)
    #: Where the recipient's address prints (window envelope), or "none" to print it in the flow.
    address_window: AddressWindow = "din5008_b"

    @property
    def window(self) -> WindowGeometry | None:
        return ADDRESS_WINDOWS[self.address_window]

    @field_validator("address_lines")
    @classmethod
    def _drop_blank_lines(cls, lines: list[str]) -> list[str]:
        return [line.strip() for line in lines if line.strip()]


def default_letterhead_path() -> Path:
    """``letterhead.json`` beside the window's settings file (:mod:`nmdbone_desktop.paths`)."""
    from .. import paths

    return paths.settings_path().parent / SETTINGS_FILENAME


def load_letterhead(path: Path | None = None) -> ClinicLetterhead:
    """Read the letterhead; a missing file gives the defaults, a broken one is an error."""
    path = path or default_letterhead_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ClinicLetterhead()
    try:
        return ClinicLetterhead.model_validate_json(text)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(file)'}: {e['msg']}" for e in error.errors()
        )
        raise LetterheadInvalid(f"{path}: {problems}") from None


def save_letterhead(letterhead: ClinicLetterhead, path: Path | None = None) -> Path:
    """Write atomically and return the path written."""
    path = path or default_letterhead_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(letterhead.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".letterhead-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
