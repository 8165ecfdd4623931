"""Data-protection widgets of the main window (each has a small API).

* :mod:`.history_view` — ``HistoryView(clinic)``: the audit trail of one patient (``set_patient``).
* :mod:`.login_dialog` — ``ask_login(clinic)``: the sign-in dialog when the database requires login.
* :mod:`.backup_actions` — the File menu's backup/restore questions, ``confirm_restore`` above all.
* :mod:`.change_watcher` — ``ChangeWatcher(clinic)``: emits ``changed_elsewhere`` when another
  window or the command line wrote to the database.
"""
