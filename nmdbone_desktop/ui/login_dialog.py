"""Sign in, for databases where the clinic has switched login on.

The store decides everything (who exists, which role may do what, auditing failed attempts);
the dialog only asks. Cancelling leaves the window open read-only: the store lets a store without
a signed-in session read, print letters and take backups, but not change clinical records.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..store import ClinicStore, LoginFailed, StoreError


class LoginDialog(QDialog):
    """User name and password, checked by :meth:`ClinicStore.sign_in`."""

    def __init__(self, store: ClinicStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle("Sign in — NMD Bone Desktop")
        self.store = store
        self.name = QLineEdit(store.session.user, self)
        self.name.setObjectName("loginName")
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel("", self)
        self.error.setObjectName("loginError")
        self.error.setStyleSheet("color: #B00020;")
        form = QFormLayout()
        form.addRow("User", self.name)
        form.addRow("Password", self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("This clinic database asks everyone to sign in.", self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if self.name.text() else self.name).setFocus()

    def try_sign_in(self) -> bool:
        try:
            self.store.sign_in(self.name.text().strip(), self.password.text())
        except LoginFailed:
            self.error.setText("Wrong user name or password, or the account is disabled.")
            self.password.clear()
            self.password.setFocus()
            return False
        except StoreError as error:
            self.error.setText(str(error))
            return False
        self.accept()
        return True
