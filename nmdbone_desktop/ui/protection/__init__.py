"""Data-protection widgets for the main window (the lead wires them in; each has a small API).

* :mod:`.history_view` — ``HistoryView(store)``: the audit trail of one patient (``set_patient``).
* :mod:`.login_dialog` — ``ask_login(store)``: the sign-in dialog when the database requires login.
* :mod:`.backup_actions` — ``backup_now`` / ``restore_now`` for the File menu, ``auto_backup_on_close``.
* :mod:`.change_watcher` — ``ChangeWatcher(store)``: emits ``changed_elsewhere`` when another
  window or the command line wrote to the database.
"""
