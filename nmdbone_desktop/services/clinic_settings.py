"""The clinic's assessment settings: read from the clinic database, handed to ``assess``.

Every place that assesses a patient of a clinic (the window, the cache refresh, letters) takes
its :class:`AssessmentSettings` from here, so the report's ``least_significant_change_percent``
is the clinic's own value wherever it is shown or printed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.assessment import AssessmentSettings
from ..core.assessment.densitometry import DEFAULT_LSC_PERCENT

if TYPE_CHECKING:
    from .ports import ClinicStorePort

#: RULES §7.2 default least significant change per DXA site, % (used where the clinic set none).
DEFAULT_LSC: dict[str, float] = dict(DEFAULT_LSC_PERCENT)


def clinic_lsc(store: ClinicStorePort) -> dict[str, float]:
    """The sites the clinic has set, % (absent sites use :data:`DEFAULT_LSC`)."""
    return dict(store.clinic_lsc())


def effective_lsc(clinic: dict[str, float]) -> dict[str, float]:
    """Every site's LSC as the assessment uses it: the clinic's value, else the default."""
    return {site: clinic.get(site, default) for site, default in DEFAULT_LSC.items()}


def assessment_settings(store: ClinicStorePort) -> AssessmentSettings:
    """What ``assess`` needs from the clinic database (one small read)."""
    return AssessmentSettings(lsc_percent=clinic_lsc(store))
