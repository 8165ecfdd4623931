"""The sign-in dialog the window shows at start when the database requires login.

The password is checked by the clinic (argon2; :meth:`Clinic.sign_in`), which then runs as
that user: every later write is checked against the account's role and names it in the audit
trail. A wrong name and a wrong password get the same message (no hint which names exist).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...services.clinic import Clinic, LoginFailed, Session, StoreError
from ..translation import translate


class LoginDialog(QDialog):
    """Name and password; on OK the clinic signs in and :attr:`session` is set, else the error is shown."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(translate("LoginDialog", "Sign in — NMD Bone Desktop"))
        self.clinic = clinic
        self.session: Session | None = None
        self.user = QLineEdit(self)
        self.user.setObjectName("loginUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(translate("LoginDialog", "User name"), self.user)
        form.addRow(translate("LoginDialog", "Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("LoginDialog", "Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("LoginDialog", "This clinic database requires you to sign in:\n{location}").format(
                    location=clinic.location
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.user.setFocus()

    def try_sign_in(self) -> bool:
        """Check the entered name and password; accept the dialog on success."""
        name, password = self.user.text().strip(), self.password.text()
        if not name or not password:
            self.error.setText(translate("LoginDialog", "Enter your user name and password."))
            return False
        try:
            self.session = self.clinic.sign_in(name, password)
        except LoginFailed:
            self.error.setText(translate("LoginDialog", "Wrong user name or password, or the account is disabled."))
            self.password.clear()
            self.password.setFocus()
            return False
        except StoreError as error:  # busy: let them try again
            self.error.setText(str(error))
            return False
        self.accept()
        return True


def ask_login(clinic: Clinic, parent: QWidget | None = None) -> Session | None:
    """The clinic's session when no login is required; else the dialog's (None: the user cancelled — quit)."""
    if not clinic.login_required():
        return clinic.session
    dialog = LoginDialog(clinic, parent)
    return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None
