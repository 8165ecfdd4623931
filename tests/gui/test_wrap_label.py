"""WrapLabel answers heightForWidth as QLabel does, and forgets it when the text or font changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from nmdbone_desktop.ui.wrap_label import WrapLabel

RICH = ("<table cellspacing='0' cellpadding='1'><tr><td style='color:#555'>Age</td>"
        "<td>12.4 years (child), Duchenne muscular dystrophy, onset 3 March 2016</td></tr>"
        "<tr><td>DXA</td><td>low bone density for age, lowest Z −3.1 at the lumbar spine</td></tr></table>")
PLAIN = "Repeat the DXA of the lumbar spine and total body less head one year after the last scan."


def _pair(qtbot: Any, fmt: Qt.TextFormat, selectable: bool) -> tuple[QLabel, WrapLabel]:
    plain, wrap = QLabel(), WrapLabel()
    plain.setWordWrap(True)
    for label in (plain, wrap):
        qtbot.addWidget(label)
        label.setTextFormat(fmt)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return plain, wrap


def test_same_heights_as_qlabel_and_new_ones_after_a_new_text(qtbot: Any) -> None:
    for fmt, text, selectable in ((Qt.TextFormat.RichText, RICH, False), (Qt.TextFormat.PlainText, PLAIN, True)):
        plain, wrap = _pair(qtbot, fmt, selectable)
        for label in (plain, wrap):
            label.setText(text)
        assert wrap.wordWrap()
        heights = [wrap.heightForWidth(w) for w in (120, 240, 480, 240)]
        assert heights == [plain.heightForWidth(w) for w in (120, 240, 480, 240)]
        assert heights[0] > heights[2]  # it really wraps
        for label in (plain, wrap):
            label.setText(text + " " + text)  # longer: taller at the same width
        assert wrap.heightForWidth(240) == plain.heightForWidth(240) > heights[1]
        assert wrap.sizeHint() == plain.sizeHint()
        assert wrap.minimumSizeHint() == plain.minimumSizeHint()


def test_labels_set_up_alike_share_answers_and_others_do_not(qtbot: Any) -> None:
    first, second, bold = WrapLabel(), WrapLabel(), WrapLabel()
    font = bold.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.5)
    bold.setFont(font)
    reference = QLabel()
    reference.setWordWrap(True)
    reference.setFont(font)
    for label in (first, second, bold, reference):
        qtbot.addWidget(label)
        label.setText(PLAIN)
    assert first.heightForWidth(200) == second.heightForWidth(200)
    assert bold.heightForWidth(200) == reference.heightForWidth(200) > first.heightForWidth(200)
    assert bold.sizeHint() == reference.sizeHint() != first.sizeHint()


def test_a_bigger_font_is_measured_again(qtbot: Any) -> None:
    plain, wrap = _pair(qtbot, Qt.TextFormat.PlainText, False)
    for label in (plain, wrap):
        label.setText(PLAIN)
    before = wrap.heightForWidth(200)
    for label in (plain, wrap):
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        label.setFont(font)
    assert wrap.heightForWidth(200) == plain.heightForWidth(200) > before
    for label in (plain, wrap):
        label.setStyleSheet("font-size: 4pt;")
        label.ensurePolished()  # a style sheet applies when the widget is polished
    assert wrap.heightForWidth(200) == plain.heightForWidth(200) < before
    for label in (plain, wrap):
        label.setStyleSheet("")
        label.setContentsMargins(0, 40, 0, 0)
    assert wrap.heightForWidth(200) == plain.heightForWidth(200)
