"""Rendered HTML fragments kept per process, for parts of a page that depend only on an
immutable row: the findings of a legal analysis (analysis rows are never changed once
written), in one language and with one filter.

The legal-analysis page spends about three quarters of its time rendering its findings —
some fifty, each with its citations and the article text shown on hover. That part is the
same for every member of the organisation and every version of the case file until a new
analysis is run, so it is rendered once per (analysis row, language, filter) and kept here,
bounded in bytes, least recently used first out. The key's row id is only ever obtained
through the organisation-filtered lookup of the page, so a fragment cannot reach another
organisation (the same reasoning as the store's analysis caches).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from markupsafe import Markup

MAX_BYTES = 16 * 2**20
MAX_ENTRY = MAX_BYTES // 8


class FragmentCache:
    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self._items: OrderedDict[Hashable, Markup] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, render: Callable[[], str]) -> Markup:
        """The fragment of ``key``, rendered by ``render`` the first time."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        fragment = Markup(render())
        if len(fragment) <= min(MAX_ENTRY, self.max_bytes):
            with self._lock:
                if key not in self._items:
                    self._items[key] = fragment
                    self.size += len(fragment)
                while self.size > self.max_bytes:
                    _, dropped = self._items.popitem(last=False)
                    self.size -= len(dropped)
        return fragment

    def __len__(self) -> int:
        return len(self._items)
