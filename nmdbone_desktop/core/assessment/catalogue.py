"""The rule catalogue: every rule of the ruleset, its section, sources and confidence.

Rules register themselves with :func:`rule`, so the catalogue printed by
``nmdbone-desktop rules`` is the code that runs, not a separate list that can drift from it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])

CONFIDENCE = {
    "V": "verbatim in a source read during research",
    "P": "partly confirmed (secondary source or part of the rule)",
    "R": "recalled, not confirmed: verify against the primary document",
    "policy": "this product's choice where the sources leave room",
}


@dataclass(frozen=True, slots=True)
class RuleInfo:
    name: str
    section: str
    sources: tuple[str, ...]
    confidence: str
    summary: str
    codes: tuple[str, ...]


_CATALOGUE: dict[str, RuleInfo] = {}


def rule(section: str, *, sources: tuple[str, ...], confidence: str, codes: tuple[str, ...] = ()) -> Callable[[F], F]:
    """Register a rule function under its RULES.md section with its sources and confidence grade."""
    if confidence not in CONFIDENCE:
        raise ValueError(f"unknown confidence grade {confidence!r}")

    def register(func: F) -> F:
        doc = inspect.getdoc(func) or ""
        _CATALOGUE[func.__name__] = RuleInfo(
            name=func.__name__,
            section=section,
            sources=sources,
            confidence=confidence,
            summary=doc.split("\n\n")[0].replace("\n", " "),
            codes=codes,
        )
        return func

    return register


def _section_key(info: RuleInfo) -> tuple[int, ...]:
    return tuple(int(p) for p in info.section.split(".") if p.isdigit())


def catalogue() -> list[RuleInfo]:
    """Every registered rule in RULES.md order."""
    from . import engine  # noqa: F401  (importing the engine registers every rule)

    return sorted(_CATALOGUE.values(), key=lambda info: (_section_key(info), info.name))
