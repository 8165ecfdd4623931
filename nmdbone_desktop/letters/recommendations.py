"""How the assessment's recommendations print in the clinicians' letters (referral and GP).

Shared by both builders so a recommendation reads the same wherever it appears: title, due
date, the core's text, the rationale, the ranked options and what to avoid (drugs that share a
reason listed once), and the references as small print.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.report import AvoidEntry, RecommendationOut
from .context import LetterContext
from .formatting import Markup, esc

__all__ = ["avoid_text", "mentions_all", "recommendation_items"]


def mentions_all(text: str, words: list[str]) -> bool:
    """The core's text may already name the options; then the list would only repeat it."""
    lowered = text.lower()
    return all(word.lower() in lowered for word in words)


def avoid_text(ctx: LetterContext, avoid: Sequence[AvoidEntry]) -> Markup:
    """"Avoid: a, b, c (reason); d (other reason)": drugs sharing a reason are listed once."""
    by_reason: dict[str, list[str]] = {}
    for item in avoid:
        by_reason.setdefault(item.reason, []).append(ctx.label("bone_drug", item.drug))
    listed = "; ".join(str(ctx.word("recommendation.avoid_item", drug=", ".join(drugs), reason=reason))
                       if reason else str(esc(", ".join(drugs))) for reason, drugs in by_reason.items())
    return ctx.word("recommendation.avoid", items=Markup(listed))


def recommendation_items(ctx: LetterContext, recs: Sequence[RecommendationOut], *,
                         with_refs: bool) -> tuple[tuple[Markup, ...], tuple[Markup, ...]]:
    """Per recommendation: the item (title, due, reference numbers when ``with_refs``, text,
    rationale, options, avoid) and an empty note (the references are numbered; their full
    citations print in the referral's appendix, never the internal source IDs)."""
    items, notes = [], []
    for rec in recs:
        text = ctx.without_ids(rec.text)
        head = f"<b>{esc(ctx.without_ids(rec.title))}</b>"
        if rec.kind == "warning":
            head = f"<b>{esc(ctx.label('rec_kind', 'warning'))}:</b> {head}"
        if rec.due:
            head += f" — {ctx.word('recommendation.due', date=ctx.date(rec.due))}"
        cited = ctx.cite(rec.references) if with_refs else ""
        if cited:
            head += f" {esc(cited)}"
        parts = [head]
        if text:
            parts.append(str(esc(text)))
        if rec.rationale:
            parts.append(str(ctx.word("recommendation.rationale", text=ctx.without_ids(rec.rationale))))
        options = [ctx.label("bone_drug", d) for d in rec.options or []]
        if options and not mentions_all(text, options):
            parts.append(str(ctx.word("recommendation.options", drugs=", ".join(options))))
        avoid = rec.avoid or []
        if avoid and not mentions_all(text, [ctx.label("bone_drug", a.drug) for a in avoid]):
            parts.append(str(avoid_text(ctx, avoid)))
        items.append(Markup("<br/>".join(parts)))
        notes.append(Markup(""))
    return tuple(items), tuple(notes)
