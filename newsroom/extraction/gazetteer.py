"""Actors and places by name: one token index built once, matched in one pass.

Matching is case- and diacritics-insensitive, ignores possessives ("Trump's") and
accepts Ukrainian and Russian inflections by a light stemming of Cyrillic
endings ("Путіна" finds "Путін", "Мединского" finds "Мединский"). All-capital
short aliases ("US", "UN", "США") only match in capitals, so "us" is not a state.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsroom.extraction.text import fold

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "timeline" / "data" / "gazetteer.json"

_TOKEN = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[а-яіїєґё]")
_SOFT_ENDINGS = "аяоеєіїиыуюьйё"
_MIN_STEM = 4
_MAX_SUFFIX = 3
_NOT_SURNAMES = frozenset({"bin", "al", "el", "jr", "sr", "ii", "iii", "de", "van", "von"})


@dataclass(frozen=True, slots=True)
class Entry:
    """An actor or a place the gazetteer knows."""

    slug: str
    name: str
    kind: str  # person | state | organisation | armed_group | place
    role: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def is_place(self) -> bool:
        return self.kind == "place"


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]

    @property
    def actors(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if not e.is_place)

    @property
    def places(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.is_place)


@dataclass(frozen=True, slots=True)
class _AliasForm:
    keys: tuple[str, ...]  # folded token keys (stems for Cyrillic)
    exact_case: tuple[str | None, ...]  # original token when it must match in capitals
    entries: tuple[Entry, ...]


def _stem(token: str) -> str:
    """Folded Cyrillic token without its soft ending: "росія" -> "росі"."""
    if not _CYRILLIC.search(token) or len(token) <= _MIN_STEM:
        return token
    stem = token
    for _ in range(2):
        if len(stem) > _MIN_STEM and stem[-1] in _SOFT_ENDINGS:
            stem = stem[:-1]
    return stem


def _candidate_keys(token: str) -> Iterable[str]:
    yield token
    if _CYRILLIC.search(token) and len(token) > _MIN_STEM:
        for cut in range(1, _MAX_SUFFIX + 1):
            if len(token) - cut < _MIN_STEM:
                break
            yield token[:-cut]


class Gazetteer:
    """A token index over actor and place aliases."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self._by_slug = {(e.is_place, e.slug): e for e in self.entries}
        forms: dict[tuple[tuple[str, ...], tuple[str | None, ...]], list[Entry]] = {}
        for entry in self.entries:
            for alias in self._spellings(entry):
                form = self._form(alias)
                if form is None:
                    continue
                bucket = forms.setdefault(form, [])
                if entry not in bucket:
                    bucket.append(entry)
        self._index: dict[str, list[_AliasForm]] = {}
        for (keys, exact), bucket in forms.items():
            self._index.setdefault(keys[0], []).append(_AliasForm(keys, exact, tuple(bucket)))
        for candidates in self._index.values():
            candidates.sort(key=lambda f: len(f.keys), reverse=True)

    # ------------------------------------------------------------ building

    @classmethod
    def from_records(
        cls,
        actors: Iterable[Mapping[str, Any]] = (),
        places: Iterable[Mapping[str, Any]] = (),
    ) -> Gazetteer:
        """Build from plain dicts (JSON file records or `Actor`/`Place` `.values()` rows)."""
        entries = [
            Entry(
                a["slug"],
                a["name"],
                a.get("kind") or "person",
                a.get("role") or "",
                tuple(a.get("aliases") or ()),
            )
            for a in actors
        ]
        entries += [
            Entry(
                p["slug"], p["name"], "place", p.get("country") or "", tuple(p.get("aliases") or ())
            )
            for p in places
        ]
        return cls(entries)

    def _spellings(self, entry: Entry) -> set[str]:
        names = {entry.name, *entry.aliases}
        if entry.kind == "person":
            names |= {self._surname(n) for n in names if self._surname(n)}
        return {n for n in names if n and n.strip()}

    @staticmethod
    def _surname(name: str) -> str:
        tokens = name.split()
        if len(tokens) < 2:
            return ""
        last = tokens[-1]
        return last if len(last) >= 4 and last.lower() not in _NOT_SURNAMES else ""

    @staticmethod
    def _form(alias: str) -> tuple[tuple[str, ...], tuple[str | None, ...]] | None:
        tokens = _TOKEN.findall(alias)
        if not tokens:
            return None
        keys = tuple(_stem(fold(t)) for t in tokens)
        exact = tuple(t if t.isupper() and len(t) <= 5 else None for t in tokens)
        return keys, exact

    def get(self, slug: str, place: bool = False) -> Entry | None:
        return self._by_slug.get((place, slug))

    # ------------------------------------------------------------ matching

    def find(self, text: str, folded: str | None = None) -> list[GazetteerMatch]:
        """Every alias occurrence in `text`, longest first, not overlapping."""
        folded = folded if folded is not None else fold(text)
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(folded)]
        words = [folded[a:b] for a, b in tokens]
        index = self._index
        found: list[GazetteerMatch] = []
        i = 0
        while i < len(tokens):
            word = words[i]
            if word not in index and not (len(word) > _MIN_STEM and _CYRILLIC.match(word)):
                i += 1
                continue
            matched = self._match_at(text, folded, tokens, i)
            if matched is None:
                i += 1
                continue
            length, form = matched
            start, end = tokens[i][0], tokens[i + length - 1][1]
            found.append(GazetteerMatch(start, end, text[start:end], form.entries))
            i += length
        return found

    def _match_at(
        self, text: str, folded: str, tokens: list[tuple[int, int]], i: int
    ) -> tuple[int, _AliasForm] | None:
        first = folded[tokens[i][0] : tokens[i][1]]
        best: tuple[int, _AliasForm] | None = None
        for key in _candidate_keys(first):
            for form in self._index.get(key, ()):
                size = len(form.keys)
                if best is not None and size <= best[0]:
                    continue
                if i + size > len(tokens):
                    continue
                if self._form_matches(text, folded, tokens, i, form):
                    best = (size, form)
        return best

    @staticmethod
    def _form_matches(
        text: str, folded: str, tokens: list[tuple[int, int]], i: int, form: _AliasForm
    ) -> bool:
        for offset, (key, exact) in enumerate(zip(form.keys, form.exact_case, strict=True)):
            start, end = tokens[i + offset]
            if offset:
                gap = folded[tokens[i + offset - 1][1] : start]
                if len(gap) > 2 or any(c not in " -.'\u00a0" for c in gap):
                    return False
            token = folded[start:end]
            if exact is not None and text[start:end] != exact:
                return False
            if token != key and key not in _candidate_keys(token):
                return False
        return True


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The project's starter gazetteer (timeline/data/gazetteer.json) or another file."""
    data = json.loads(Path(path or DEFAULT_PATH).read_text(encoding="utf-8"))
    return Gazetteer.from_records(data.get("actors", []), data.get("places", []))
