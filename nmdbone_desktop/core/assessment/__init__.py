"""The assessment (RULES.md ruleset 2026.2): what to do next for one patient, and why."""

from .catalogue import RuleInfo
from .engine import DISCLAIMER, REPORT_SCHEMA, RULESET_VERSION, AssessmentSettings, assess, catalogue

__all__ = ["DISCLAIMER", "REPORT_SCHEMA", "RULESET_VERSION", "AssessmentSettings", "RuleInfo", "assess", "catalogue"]
