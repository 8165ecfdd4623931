"""What the clinician chose for one letter: kind, date, paper, sections and their own words.

The options are what the audit trail keeps beside the printed text, so they are a strict,
JSON-serialisable pydantic model. Which sections a kind has is structure (each maps to a
builder in :mod:`.content`), so it lives here; their titles and wording live in the templates.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, model_validator

from .settings import PageSize

__all__ = ["KINDS", "SECTIONS", "LetterKind", "LetterOptions"]

LetterKind = Literal["referral", "gp", "patient"]
KINDS: tuple[str, ...] = ("referral", "gp", "patient")

#: Sections of each kind, in print order. ``free_text`` prints only when there is some text.
SECTIONS: dict[str, tuple[str, ...]] = {
    "referral": (
        "reason", "diagnosis", "fractures", "densitometry", "chart", "glucocorticoids",
        "medications", "labs", "risk", "recommendations", "question", "free_text", "appendix",
    ),
    "gp": ("summary", "clinic_actions", "gp_actions", "safety", "free_text"),
    "patient": ("results", "calcium_vitamin_d", "falls", "next_steps", "free_text"),
}


class LetterOptions(BaseModel):
    """One letter as the clinician wants it printed."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    kind: LetterKind
    as_of: date
    #: ``None``: the clinic's paper size from the letterhead settings.
    page_size: PageSize | None = None
    free_text: str = Field(default="", max_length=6000)
    #: The question for the specialist (referral); empty uses the template's question.
    question: str = Field(default="", max_length=2000)
    #: Recipient block (several lines); empty uses the letterhead setting or the template.
    recipient: str = Field(default="", max_length=600)
    #: ``None`` (or left out) means every section of the kind.
    sections: frozenset[str] | None = None
    #: ``None``: the letterhead's language.
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}(_[A-Z]{2})?$")
    #: Who makes the letter (the signed-in user, or the operating-system user) and their role;
    #: the letter is signed by them when the record names no responsible clinician.
    user: str = Field(default="", max_length=120)
    user_role: str = Field(default="", max_length=40)
    #: The clinic database is the synthetic demo clinic: every page says so.
    demo: bool = False

    @model_validator(mode="after")
    def _known_sections(self) -> LetterOptions:
        known = SECTIONS[self.kind]
        if self.sections is None:
            object.__setattr__(self, "sections", frozenset(known))
            return self
        unknown = sorted(self.sections - set(known))
        if unknown:
            raise ValueError(f"sections not in a {self.kind} letter: {', '.join(unknown)} "
                             f"(known: {', '.join(known)})")
        return self

    @field_serializer("sections")
    def _ordered(self, sections: frozenset[str] | None) -> list[str]:
        """Print order, so the audit detail is stable text."""
        return [s for s in SECTIONS[self.kind] if sections is None or s in sections]

    def includes(self, section: str) -> bool:
        return self.sections is not None and section in self.sections
