"""The clinic worklist tab (``worklistView``): open care items across patients, and the quality
indicator dashboard. The lead wires :class:`WorklistView` into the main window."""

from .view import WorklistView

__all__ = ["WorklistView"]
