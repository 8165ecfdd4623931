"""The rule catalogue: every rule of the ruleset, its section, sources and confidence.

Rules register themselves with :func:`rule`, so the catalogue printed by ``nmdbone-desktop rules``
is the code that runs, not a separate list that can drift from it. A rule's sources live here and
nowhere else: every recommendation names the rule that made it, and a test checks that it cites
only sources its rule declares. The engine lists the catalogue (``engine.catalogue()``) once it has
imported every rule module, so this module imports none of them.
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


REGISTRY: dict[str, RuleInfo] = {}


def rule(section: str, *, sources: tuple[str, ...], confidence: str, codes: tuple[str, ...] = ()) -> Callable[[F], F]:
    """Register a rule function under its RULES.md section with its sources and confidence grade."""
    if confidence not in CONFIDENCE:
        raise ValueError(f"unknown confidence grade {confidence!r}")

    def register(func: F) -> F:
        doc = inspect.getdoc(func) or ""
        REGISTRY[func.__name__] = RuleInfo(
            name=func.__name__,
            section=section,
            sources=sources,
            confidence=confidence,
            summary=doc.split("\n\n")[0].replace("\n", " "),
            codes=codes,
        )
        return func

    return register


def section_key(info: RuleInfo) -> tuple[int, ...]:
    return tuple(int(p) for p in info.section.split(".") if p.isdigit())
