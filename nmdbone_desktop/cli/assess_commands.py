"""``assess``, ``rules`` and ``risk qfracture``: the rules core from the command line, no database."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..core.assessment import RULESET_VERSION, assess, catalogue
from ..core.assessment.catalogue import CONFIDENCE
from ..core.assessment.references import REFERENCES
from ..core.qfracture import run_jsonl
from ..core.validation import parse_document_json
from ..i18n import SUPPORTED_LANGUAGES, Translator, localize_report, normalise_language, translator_for
from .common import InputError, add_as_of_option


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assess", help="assess one patient document (no database); report on stdout")
    p.add_argument("file", type=Path, help="patient document (JSON, contract §2)")
    add_as_of_option(p)
    p.add_argument("--language", metavar="LANG", choices=SUPPORTED_LANGUAGES,
                   help="also render each recommendation in this language (%(choices)s): the JSON gains "
                        "recommendations[].localized = {language, title, text, rationale, ...}; codes never change")
    p.add_argument("--text", action="store_true",
                   help="print the recommendations as readable text (in --language, else English) instead of JSON")
    p.set_defaults(handler=run_assess)

    p = sub.add_parser("rules", help="the rule catalogue: every rule, its source and confidence")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_rules)

    p = sub.add_parser("risk", help="risk calculators")
    calc = p.add_subparsers(dest="calculator", metavar="CALCULATOR", required=True)
    q = calc.add_parser("qfracture", help="QFracture-2012: JSON lines on stdin, one result line each on stdout")
    q.set_defaults(handler=run_qfracture)


def run_assess(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    try:
        text = args.file.read_bytes()
    except OSError as error:
        raise InputError(f"{args.file}: cannot read: {error.strerror or error}") from None
    doc = parse_document_json(text, as_of=as_of, source=str(args.file))
    report = assess(doc, as_of)
    if args.language or args.text:
        report = localize_report(report, normalise_language(args.language or "en"))
    if args.text:
        _print_text(report, normalise_language(args.language or "en"))
        return 0
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _print_text(report: dict, language: str) -> None:
    """The risk category with its criteria and the FRAX/QFracture lines, then one block per
    recommendation: code and title, text, rationale (codes are never translated)."""
    print(f"{report['patient_id']} {report['as_of']}")
    for line in _risk_lines(report, language):
        print(line)
    for rec in report["recommendations"]:
        words = rec["localized"]
        print(f"\n[{rec['code']}] {words['title']}")
        print(f"  {words['text']}")
        if words.get("rationale"):
            print(f"  — {words['rationale']}")


def _lines(english: list[str], messages: list | None, translator: Translator) -> list[str]:
    """Report lines in the language: English as the core wrote them; else each from its message
    (English when the report has no matching messages)."""
    if translator.language == "en" or not messages or len(messages) != len(english):
        return list(english)
    return [translator.render(m) for m in messages]


def _risk_lines(report: dict, language: str) -> list[str]:
    translator = translator_for(language)
    category = translator.term(f"risk.{report['risk_category']}")
    out = [translator.message("cli.risk_category", category=category)]
    out += [f"  - {r}" for r in _lines(report["risk_reasons"], report.get("risk_reason_messages"), translator)]
    risk = report["fracture_risk"]
    frax, qfracture = risk.get("frax"), risk["qfracture"]
    if frax:
        out += [f"FRAX: {line}" for line in _lines(frax["adjustments"], frax.get("adjustment_messages"), translator)]
        out += [f"FRAX: {line}" for line in _lines(frax["notes"], frax.get("note_messages"), translator)]
    out += [f"QFracture: {line}" for line in _lines(qfracture["notes"], qfracture.get("note_messages"), translator)]
    return out


def run_rules(args: argparse.Namespace) -> int:
    rules = catalogue()
    if args.json:
        out = {
            "ruleset_version": RULESET_VERSION,
            "rules": [
                {
                    "name": r.name,
                    "section": r.section,
                    "summary": r.summary,
                    "codes": list(r.codes),
                    "confidence": r.confidence,
                    "sources": [{"id": s, "citation": REFERENCES[s]} for s in r.sources],
                }
                for r in rules
            ],
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"Ruleset {RULESET_VERSION}: {len(rules)} rules (clinical/RULES.md sections)\n")
    for r in rules:
        print(f"§{r.section:<4} {r.name}  [confidence {r.confidence}: {CONFIDENCE[r.confidence]}]")
        print(f"      {r.summary}")
        if r.codes:
            print(f"      codes: {', '.join(r.codes)}")
        for s in r.sources:
            print(f"      - {REFERENCES[s]} [{s}]")
        print()
    return 0


def run_qfracture(args: argparse.Namespace) -> int:
    out = sys.stdout
    for line in run_jsonl(sys.stdin):
        out.write(line + "\n")
    out.flush()
    return 0
