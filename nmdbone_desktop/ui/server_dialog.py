"""File → Open clinic server…: the server's URL and the database password, then connect.

The URL (``postgresql://host/clinic``, libpq's options such as ``?sslmode=verify-full`` allowed)
is remembered in the settings file; the password never is — it is kept in memory for this run
only (:func:`remember_server_password`), or left empty when libpq finds one itself (``PGPASSFILE``,
a service file: docs/install-workstation.md, "clinic server"). The dialog connects on OK and stays
open with the server's refusal if that fails, so nothing is switched to a clinic that did not open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..services.clinic import Clinic, StoreError, display_url, is_server_location, open_clinic, remember_server_password
from .translation import translate


class ServerDialog(QDialog):
    """URL and password; on OK :attr:`clinic` is the opened clinic server, else the error is shown."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(translate("ServerDialog", "Open clinic server — NMD Bone Desktop"))
        self.clinic: Clinic | None = None
        self.url = QLineEdit(url, self)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("postgresql://user@clinic-server/clinic")
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("ServerDialog", "empty: from PGPASSFILE or the service file"))
        self.error = QLabel(self)
        self.error.setObjectName("serverError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(translate("ServerDialog", "Server URL"), self.url)
        form.addRow(translate("ServerDialog", "Database password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ServerDialog", "Connect"))
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = translate(
            "ServerDialog", "The clinic database on the clinic's PostgreSQL server (several workstations):")
        layout.addWidget(QLabel(intro, self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def location(self) -> str:
        """The URL as remembered: without a password even if one was typed into it."""
        return display_url(self.url.text().strip())

    def try_connect(self) -> bool:
        url = self.url.text().strip()
        if not is_server_location(url):
            self.error.setText(
                translate("ServerDialog", "Server URL: write it as postgresql://HOST/DATABASE"))
            self.url.setFocus()
            return False
        if self.password.text():
            remember_server_password(url, self.password.text())
        try:
            self.clinic = open_clinic(url)
        except StoreError as error:
            self.error.setText(translate("ServerDialog", "Not connected: {error}").format(error=error))
            return False
        self.accept()
        return True
