"""The store's SQL as the clinic server (PostgreSQL) spells it: three small, named rules.

The store writes its statements once, in the SQL both engines share (:mod:`..sql`). Where the
two spell the same thing differently, the server's spelling is made here, by rule:

* ``identifier_quotes`` — ``[name]`` (SQLite's quoting, needed for ``user``, ``by``, ``end``)
  becomes ``"name"``;
* ``id_list`` — ``IN (SELECT value FROM json_each(?))`` (the elements of a JSON array parameter)
  becomes ``= ANY(ARRAY(SELECT json_array_elements_text(?::json)))``: an array computed once, which
  PostgreSQL matches through the primary key's index (an ``IN`` over the set-returning function
  is planned for 100 rows and scanned every child table: 3 ms instead of 0.1 ms per table at
  2,000 patients); any other ``json_each(?)`` becomes ``json_array_elements_text(?::json)``,
  whose column is also called ``value``;
* ``parameters`` — ``?`` becomes psycopg's ``%s`` (and a literal ``%`` is doubled).

SQLite's ``instr`` is not translated: migration m001 creates it on the server
(:mod:`.schema`), so the patient list's search is the same text on both.
"""

from __future__ import annotations

import re
from functools import lru_cache

_BRACKETED = re.compile(r"\[([A-Za-z_][A-Za-z0-9_]*)\]")
_ID_LIST = "json_each(?)"


def identifier_quotes(sql: str) -> str:
    return _BRACKETED.sub(r'"\1"', sql)


_IN_ID_LIST = re.compile(r"\bIN\s*\(SELECT value FROM json_each\(\?\)\)")


def id_list(sql: str) -> str:
    sql = _IN_ID_LIST.sub("= ANY(ARRAY(SELECT json_array_elements_text(?::json)))", sql)
    return sql.replace(_ID_LIST, "json_array_elements_text(?::json)")


def parameters(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """The server's spelling of one of the store's statements (cached: the store's SQL is a few
    hundred distinct strings)."""
    return parameters(id_list(identifier_quotes(sql)))
