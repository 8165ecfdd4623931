"""Hover tips made when they are first shown, not when the chart is filled.

A patient switch refills the chart's artists, and each data point carries its hover tip. Writing
them all then — dates, numbers and messages in the window's language — cost 2–3 ms of every
switch in German (measured, issue 21) for tips that are almost never hovered. :class:`LazyTips`
keeps what each tip is made from and makes it on first use (then keeps it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, overload


class LazyTips(Sequence[str]):
    """One tip per item of ``items``, made by ``make(item)`` the first time it is asked for."""

    __slots__ = ("_items", "_made", "_make")

    def __init__(self, make: Callable[[Any], str], items: Sequence[Any]) -> None:
        self._make = make
        self._items = items
        self._made: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        at = index + len(self._items) if index < 0 else index
        if not 0 <= at < len(self._items):
            raise IndexError(index)
        tip = self._made.get(at)
        if tip is None:
            tip = self._made[at] = self._make(self._items[at])
        return tip

    def __repr__(self) -> str:
        return f"LazyTips({len(self)} tips)"
