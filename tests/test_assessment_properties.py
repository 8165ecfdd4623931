"""Properties of ``assess`` over any valid document: it never raises and its report is schema-valid."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings

from nmdbone_desktop.core.assessment import RULESET_VERSION, assess
from nmdbone_desktop.core.document import PatientDocument
from nmdbone_desktop.core.report import AssessmentReport
from tests.strategies import AS_OF, patient_documents


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=patient_documents(as_of=AS_OF, max_items=5))
def test_assess_never_raises_and_report_is_schema_valid(doc: PatientDocument) -> None:
    report = assess(doc, AS_OF)
    AssessmentReport.model_validate(report)
    assert report["ruleset_version"] == RULESET_VERSION
    codes = [r["code"] for r in report["recommendations"]]
    assert len(codes) == len(set(codes)), "one recommendation per code"
    priorities = [r["priority"] for r in report["recommendations"]]
    assert priorities == sorted(priorities), "cards are ordered by priority"
    if "BASELINE_BONE_ASSESSMENT" in codes:
        assert "DXA_DUE" not in codes and "SPINE_IMAGING_DUE" not in codes
    start = next((r for r in report["recommendations"] if r["code"] == "START_BONE_THERAPY"), None)
    if start is not None:
        avoided = {a["drug"] for a in start["avoid"]}
        assert not avoided & set(start["options"]), "an avoided drug is never an option"
        assert report["on_therapy"] == []
    if report["population"] == "child":
        assert "CONSIDER_ANABOLIC" not in codes and "CONSIDER_DRUG_HOLIDAY" not in codes


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=patient_documents(as_of=AS_OF, max_items=4))
def test_assessment_is_deterministic(doc: PatientDocument) -> None:
    assert assess(doc, AS_OF) == assess(doc, AS_OF)


def test_report_schema_is_generated() -> None:
    schema = AssessmentReport.model_json_schema(by_alias=True)
    assert "recommendations" in schema["properties"]
    assert date.fromisoformat(AS_OF.isoformat()) == AS_OF
