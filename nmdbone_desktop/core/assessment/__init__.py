"""The assessment (RULES.md ruleset 2026.1): what to do next for one patient, and why."""

from .catalogue import RuleInfo, catalogue
from .engine import DISCLAIMER, REPORT_SCHEMA, RULESET_VERSION, AssessmentSettings, assess

__all__ = ["DISCLAIMER", "REPORT_SCHEMA", "RULESET_VERSION", "AssessmentSettings", "RuleInfo", "assess", "catalogue"]
