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
    "DATE_FORMATS",
    "ClinicLetterhead",
    "DateFormat",
    "LetterheadInvalid",
    "PageSize",
    "default_letterhead_path",
    "load_letterhead",
    "save_letterhead",
]

PageSize = Literal["A4", "Letter"]
DateFormat = Literal["d MMMM yyyy", "dd/mm/yyyy", "dd.mm.yyyy", "mm/dd/yyyy", "yyyy-mm-dd"]
#: Every accepted date format, in the order the settings dialog offers them.
DATE_FORMATS: tuple[str, ...] = DateFormat.__args__  # type: ignore[attr-defined]

SETTINGS_FILENAME = "letterhead.json"


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
