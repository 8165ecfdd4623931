"""The letter's PDF pages on screen, rendered by pypdfium2 (PDFium, the PDF engine of Chromium).

Why pypdfium2 and not QtPdf: QtPdf is in PySide6-Addons, which the bundle does not ship (it
would add well over 100 MB); pypdfium2 is a single ≈ 9 MB wheel with no other dependency, so the
bundle stays far below its 300 MB limit. Without it (a partial install) the widget says so and
the dialog's text tab still shows the words.

Pages are rendered when shown (one at a time, at the widget's width), from the same bytes that
"Save" and "Print" write, so what is printed is what was previewed.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..translation import translate

__all__ = ["PdfPreview", "render_page"]

log = logging.getLogger(__name__)

#: Rendering scale: PDF points to pixels (1.0 = 72 dpi). 1.5 is sharp on a laptop screen.
SCALE = 1.5


def render_page(pdf: bytes, index: int, scale: float = SCALE, width: int | None = None) -> tuple[QImage, int]:
    """Page ``index`` of ``pdf`` as a QImage (``width`` pixels wide when given), and the page count."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        count = len(document)
        page = document[max(0, min(index, count - 1))]
        if width:
            scale = max(0.6, min(2.5, width / page.get_width()))
        bitmap = page.render(scale=scale)
        image = bitmap.to_pil().convert("RGB")
        data = image.tobytes()
        qimage = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()
        page.close()
        return qimage, count
    finally:
        document.close()


class PdfPreview(QWidget):
    """One page at a time with previous/next buttons and "Page n of m"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self._pdf: bytes | None = None
        self._rendered_for = 0  # the widget width the page was last drawn for
        self.page = 0
        self.pages = 0
        self.image = QLabel(objectName="previewImage", alignment=Qt.AlignmentFlag.AlignHCenter)
        self.image.setStyleSheet("background: #8a8f96; padding: 8px;")
        self.scroll = scroll = QScrollArea(objectName="previewScroll")
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.prev_button = QPushButton(translate("PdfPreview", "◀ Previous page"), objectName="previewPrevious")
        self.next_button = QPushButton(translate("PdfPreview", "Next page ▶"), objectName="previewNext")
        self.page_label = QLabel(objectName="previewPage")
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.page_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addWidget(scroll, 1)
        self._update_nav()

    def show_pdf(self, pdf: bytes) -> None:
        """New bytes (the letter changed): keep the page the user was on when it still exists."""
        self._pdf = pdf
        self.show_page(self.page)

    def clear(self) -> None:
        self._pdf = None
        self.pages = self.page = 0
        self.image.clear()
        self.image.setText(translate("PdfPreview", "No preview"))
        self._update_nav()

    def show_page(self, index: int) -> None:
        if self._pdf is None:
            return
        try:
            # the page fills the pane's width (less the grey margin and a scroll bar)
            width = self.scroll.viewport().width() - 40 if self.isVisible() else None
            qimage, self.pages = render_page(self._pdf, index, width=width if width and width > 200 else None)
        except ImportError:
            self.image.setText(
                translate("PdfPreview", "The page preview needs pypdfium2 (not installed); see the Text tab.")
            )
            return
        except Exception as error:  # a preview must never take the dialog down
            log.exception("PDF preview failed")
            self.image.setText(translate("PdfPreview", "The preview could not be drawn: {error}").format(error=error))
            return
        self.page = max(0, min(index, self.pages - 1))
        self.image.setPixmap(QPixmap.fromImage(qimage))
        self._update_nav()

    def resizeEvent(self, event: Any) -> None:  # Qt's name
        """Redraw the page at the new width (only when it changed noticeably: a render is ≈ 20 ms)."""
        super().resizeEvent(event)
        if self._pdf is not None and abs(event.size().width() - self._rendered_for) > 40:
            self._rendered_for = event.size().width()
            self.show_page(self.page)

    def current_image(self) -> Any:
        pixmap = self.image.pixmap()
        return None if pixmap is None or pixmap.isNull() else pixmap.toImage()

    def _update_nav(self) -> None:
        self.page_label.setText(
            translate("PdfPreview", "Page {value} of {pages}").format(value=self.page + 1, pages=self.pages)
            if self.pages
            else ""
        )
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page + 1 < self.pages)
