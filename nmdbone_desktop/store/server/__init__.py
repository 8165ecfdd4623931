"""The clinic server: the store on PostgreSQL (psycopg 3 and its pool), for several workstations.

Only imported for a ``postgresql://`` location, so a single workstation on SQLite never loads
psycopg.
"""

from ..locations import display_url, is_server_location
from .connection import ServerUnavailable, close_pools, remember_password
from .store import ServerClinicStore

__all__ = ["ServerClinicStore", "ServerUnavailable", "close_pools", "display_url", "is_server_location",
           "remember_password"]
