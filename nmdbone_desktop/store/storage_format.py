"""The compact stored form of audit changes and cached reports (issue 19 item 8), backend-neutral.

Pure functions over ``bytes``/``str``/JSON values, no database: the SQLite store and any other
backend (PostgreSQL ``bytea``) store exactly these bytes. The format (docs/decisions.md, "Compact
storage"):

* a **change** (an audit entry's before and after) is the UTF-8 JSON text ``[before,after]``
  (compact separators, ``null`` for absent), compressed as *one* zstd frame, so the after of an
  edited record costs only its difference to the before; an entry with neither is stored as NULL;
* a **report** (the assessment cache) is the report's JSON text exactly as given, compressed;
* each stored value is one tag byte, then a zstd frame (with its content size, no checksum, no
  dictionary id) made with the tag's dictionary. Tags never change meaning; a new dictionary gets
  a new tag and old tags stay readable. Tag 1: records dictionary 1; tag 2: reports dictionary 1;
  tag 3: reports dictionary 2.

The dictionaries (``zdict/*.zdict``, trained by scripts/train_store_dictionaries.py on synthetic
patients) hold what recurs in every patient — field names, vocabulary, the rules' fixed texts — so
a 5.6 kB document becomes ≈ 0.7 kB and a 4.6 kB report ≈ 0.3 kB. Every value is self-contained
(no chain of deltas between rows): reading one entry costs one decompression, whatever the history.
"""

from __future__ import annotations

import json
import threading
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import zstandard

# zstandard itself is imported when first needed (≈ 10 ms): opening the store and painting the
# patient list do not wait for it.

#: zstd level: 3 is zstd's default; higher levels gain < 10 % here and cost 5–10 × the time.
LEVEL = 3
RECORDS_V1 = 1
REPORTS_V1 = 2
#: Reports with the message keys of issue 21 (``message_key``/``params``): a dictionary trained on
#: that shape (tag 2 stays readable for reports cached before).
REPORTS_V2 = 3
_DICTIONARIES = {RECORDS_V1: "records-1.zdict", REPORTS_V1: "reports-1.zdict", REPORTS_V2: "reports-2.zdict"}


class FormatError(ValueError):
    """A stored value this version cannot read (unknown tag, damaged frame)."""


@cache
def _dictionary_bytes(tag: int) -> bytes:
    name = _DICTIONARIES.get(tag)
    if name is None:
        raise FormatError(f"unknown storage format tag {tag} (written by a newer version?)")
    return (resources.files(__package__) / "zdict" / name).read_bytes()


def _dictionary(tag: int) -> zstandard.ZstdCompressionDict:
    import zstandard

    return zstandard.ZstdCompressionDict(_dictionary_bytes(tag), dict_type=zstandard.DICT_TYPE_FULLDICT)


class _Codecs(threading.local):
    """zstd objects (dictionaries included: they cache their prepared tables) are not thread-safe:
    one set per thread, made when first used."""

    def __init__(self) -> None:
        self.compressors: dict[int, zstandard.ZstdCompressor] = {}
        self.decompressors: dict[int, zstandard.ZstdDecompressor] = {}


_codecs = _Codecs()


def _compress(tag: int, data: bytes) -> bytes:
    compressor = _codecs.compressors.get(tag)
    if compressor is None:
        import zstandard

        compressor = _codecs.compressors[tag] = zstandard.ZstdCompressor(
            level=LEVEL, dict_data=_dictionary(tag), write_checksum=False, write_content_size=True,
            write_dict_id=False)
    return bytes((tag,)) + compressor.compress(data)


def _decompress(blob: bytes) -> bytes:
    if not blob:
        raise FormatError("empty stored value")
    import zstandard  # (after the first time, a lookup in sys.modules)

    tag = blob[0]
    decompressor = _codecs.decompressors.get(tag)
    if decompressor is None:
        decompressor = _codecs.decompressors[tag] = zstandard.ZstdDecompressor(dict_data=_dictionary(tag))
    try:
        return decompressor.decompress(blob[1:])
    except zstandard.ZstdError as error:
        raise FormatError(f"damaged stored value: {error}") from error


# -- audit changes ---------------------------------------------------------------------------------

def json_text(value: Any) -> str:
    """A value as the change's JSON text (compact; UTF-8 kept). ``None`` is ``null``."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def pack_change_text(before: str, after: str) -> bytes | None:
    """A change from its two JSON texts (``"null"`` when absent); ``None`` when both are absent."""
    if before == "null" and after == "null":
        return None
    return _compress(RECORDS_V1, f"[{before},{after}]".encode())


def pack_change(before: Any, after: Any) -> bytes | None:
    """A change from its two values (``None`` when absent)."""
    return pack_change_text(json_text(before), json_text(after))


def unpack_change(blob: bytes | None) -> tuple[Any, Any]:
    """``(before, after)`` of a stored change, as the JSON values that were written."""
    if blob is None:
        return None, None
    pair = json.loads(_decompress(blob))
    if not (isinstance(pair, list) and len(pair) == 2):
        raise FormatError("a stored change is not a [before, after] pair")
    return pair[0], pair[1]


# -- cached reports --------------------------------------------------------------------------------

def pack_report(text: str | None) -> bytes | None:
    return None if text is None else _compress(REPORTS_V2, text.encode())


def unpack_report(blob: bytes | None) -> str | None:
    return None if blob is None else _decompress(blob).decode()
