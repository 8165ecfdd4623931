"""The ``nmdbone-desktop`` command line (contract §1)."""

from .main import main

__all__ = ["main"]
