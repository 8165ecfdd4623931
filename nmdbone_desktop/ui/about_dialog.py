"""Help ▸ About: version, ruleset, sources, and what the software is not.

The sources list is the ruleset's own reference table, so the About box cannot cite a guideline
the rules do not use (or miss one they do).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from ..core.assessment import DISCLAIMER, RULESET_VERSION
from ..core.assessment.references import REFERENCES
from ..core.qfracture import DISCLAIMER as CLINRISK_DISCLAIMER
from .report_words import render
from .translation import translate

#: The report's own disclaimer message (``disclaimer_message`` of every report since issue 21).
DISCLAIMER_MESSAGE = {"message_key": "report.disclaimer", "params": {}}


def about_html() -> str:
    sources = "".join(f"<li>{html.escape(text)} <span style='color:#777'>[{html.escape(key)}]</span></li>"
                      for key, text in REFERENCES.items())
    return (
        f"<h2>NMD Bone Desktop {html.escape(__version__)}</h2><p>"
        + translate(
            "AboutDialog",
            "Bone health in neuromuscular disease: BMD trajectories, glucocorticoid exposure, "
            "fracture risk and what to do next. Runs offline; the data stay in the clinic's database.",
        )
        + "</p><p><b>"
        + translate("AboutDialog", "Ruleset version:")
        + f"</b> {html.escape(RULESET_VERSION)}</p>"
        f"<p style='background:#FFF4E5; padding:6px'><b>{html.escape(render(DISCLAIMER_MESSAGE, DISCLAIMER))}</b> "
        + translate("AboutDialog", "The software supports clinical judgement and does not replace it.")
        + "</p><h3>"
        + translate("AboutDialog", "Sources")
        + f"</h3><ul>{sources}</ul>"
        # The licence and ClinRisk's disclaimer stay in English: their wording is the licensor's.
        "<h3>QFracture-2012</h3>"
        "<p>QFracture-2012 © ClinRisk Ltd, under the GNU Lesser General Public License v3. "
        f"{html.escape(CLINRISK_DISCLAIMER)}</p><p>"
        + translate(
            "AboutDialog",
            "FRAX® figures are entered by the clinician from the official calculator; this software "
            "only adjusts them as the ruleset describes.",
        )
        + "</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About NMD Bone Desktop"))
        text = QTextBrowser(self)
        text.setObjectName("aboutText")
        text.setOpenExternalLinks(False)
        text.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
