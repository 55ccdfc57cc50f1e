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
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import Any

from newsroom.extraction.text import Lines, fold

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "timeline" / "data" / "gazetteer.json"

_TOKEN = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[а-яіїєґё]")
_SOFT_ENDINGS = "аяоеєіїиыуюьйё"
_MIN_STEM = 4
_MAX_SUFFIX = 3
_GAP_CHARS = " -.'\u00a0"  # what may separate the words of an alias
# (nor, in English, given names that end many Arabic full names: "Abiy Ahmed" is no
# reason to read "Ahmed al-Rahawi" as him; in Ukrainian and Russian the inflected
# "Абием Ахмедом" is found through the surname alone, so it stays)
_NOT_SURNAMES = frozenset(
    {
        *("bin", "al", "el", "jr", "sr", "ii", "iii", "de", "van", "von"),
        *("ahmed", "ahmad", "mohammed", "mohamed", "muhammad", "mohammad"),
        # (a name many share: "Khan" is not always Karim Khan, "Антон" is more often a
        # first name than Michael Anton, and "Wagner" in a war story is the group)
        *("khan", "anton", "антон", "wagner", "вагнер"),
    }
)


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


# Not frozen, like `text.Block` (see there): about fifty are made per article, and
# nothing changes one once made.
@dataclass(slots=True)
class GazetteerMatch:
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]
    # split once here: the rules ask for them many times per match
    actors: tuple[Entry, ...] = field(init=False, repr=False, compare=False)
    places: tuple[Entry, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.actors = tuple(e for e in self.entries if not e.is_place)
        self.places = tuple(e for e in self.entries if e.is_place)

    def shifted(self, delta: int) -> GazetteerMatch:
        """The same match with offsets moved by -`delta` (no re-splitting of entries)."""
        return GazetteerMatch._of(
            self.start - delta, self.end - delta, self.text, self.entries, self.actors, self.places
        )

    @staticmethod
    def _of(
        start: int,
        end: int,
        text: str,
        entries: tuple[Entry, ...],
        actors: tuple[Entry, ...],
        places: tuple[Entry, ...],
    ) -> GazetteerMatch:
        """A match whose entries are already split (skips `__post_init__`)."""
        new = object.__new__(GazetteerMatch)
        new.start, new.end, new.text, new.entries = start, end, text, entries
        new.actors, new.places = actors, places
        return new


@dataclass(frozen=True, slots=True)
class _AliasForm:
    keys: tuple[str, ...]  # folded token keys (stems for Cyrillic)
    exact_case: tuple[str | None, ...]  # original token when it must match in capitals
    entries: tuple[Entry, ...]
    # worked out once for matching: (token offset, original token) that must match in
    # capitals, and the entries split into actors and places
    capitals: tuple[tuple[int, str], ...] = ()
    actors: tuple[Entry, ...] = ()
    places: tuple[Entry, ...] = ()

    @classmethod
    def build(
        cls, keys: tuple[str, ...], exact: tuple[str | None, ...], entries: tuple[Entry, ...]
    ) -> _AliasForm:
        return cls(
            keys,
            exact,
            entries,
            tuple((i, token) for i, token in enumerate(exact) if token is not None),
            tuple(e for e in entries if not e.is_place),
            tuple(e for e in entries if e.is_place),
        )


def _stem(token: str) -> str:
    """Folded Cyrillic token without its soft ending: "росія" -> "росі"."""
    if not _CYRILLIC.search(token) or len(token) <= _MIN_STEM:
        return token
    stem = token
    for _ in range(2):
        if len(stem) > _MIN_STEM and stem[-1] in _SOFT_ENDINGS:
            stem = stem[:-1]
    return stem


# what a Ukrainian or Russian case ending is made of, folded ("-ого", "-ому", "-ами",
# "-ів", "-ою"): "Рубинян" is not "Рубио" with an ending
_ENDING_LETTERS = frozenset("аяуюеєіиыоьмхвг")


def _is_ending(suffix: str) -> bool:
    return all(ch in _ENDING_LETTERS for ch in suffix)


def _key_matches(token: str, key: str) -> bool:
    """Whether `key` is among `_candidate_keys(token)` (without building them)."""
    if token == key:
        return True
    if token[:1] != key[:1]:
        return False  # the common miss, decided without the stem rules
    cut = len(token) - len(key)
    return (
        0 < cut <= _MAX_SUFFIX
        and len(key) >= _MIN_STEM
        and token.startswith(key)
        and _CYRILLIC.search(token) is not None
        and _is_ending(token[-cut:])
    )


def _candidate_keys(token: str) -> Iterable[str]:
    yield token
    if _CYRILLIC.search(token) and len(token) > _MIN_STEM:
        for cut in range(1, _MAX_SUFFIX + 1):
            if len(token) - cut < _MIN_STEM or not _is_ending(token[-cut:]):
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
            self._index.setdefault(keys[0], []).append(_AliasForm.build(keys, exact, tuple(bucket)))
        for candidates in self._index.values():
            candidates.sort(key=lambda f: len(f.keys), reverse=True)
        # The same forms split by their second key (single-word forms apart), for a
        # first word followed by a word without Cyrillic letters: such a word only
        # matches a key equal to it (`_key_matches`), so the forms worth trying are one
        # lookup away instead of a loop over all of them ("the" starts 11 forms and
        # comes about 20 times an article). Each list keeps the longest-first order.
        self._by_second: dict[str, tuple[dict[str, list[_AliasForm]], list[_AliasForm]]] = {}
        for key, candidates in self._index.items():
            multi: dict[str, list[_AliasForm]] = {}
            for form in candidates:
                if len(form.keys) > 1:
                    multi.setdefault(form.keys[1], []).append(form)
            singles = [form for form in candidates if len(form.keys) == 1]
            self._by_second[key] = (multi, singles)
        # the first `_MIN_STEM` letters of every key that long: a word none of whose
        # stems starts like a key needs no stem lookups (most Cyrillic words)
        self._stem_heads = frozenset(
            key[:_MIN_STEM] for key in self._index if len(key) >= _MIN_STEM
        )

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

    def find(
        self, text: str, folded: str | None = None, lines: Lines | None = None
    ) -> list[GazetteerMatch]:
        """Every alias occurrence in `text`, longest first, not overlapping.

        `folded` is ``fold(text)`` and `lines` its `Lines` when the caller has them
        (the split into words is then shared with the other scans)."""
        if lines is None:
            lines = Lines(folded if folded is not None else fold(text))
        folded = lines.folded
        # the words and the text between them: [gap0, word0, gap1, word1, ..., gapN]
        pieces, ends = lines.pieces()
        words = pieces[1::2]
        gaps = pieces[0::2]  # gaps[j] is the text just before words[j]
        starts, stops = ends[0::2], ends[1::2]  # of each word
        index = self._index
        count = len(words)
        # tokens that can start an alias: indexed words, and Cyrillic words long enough
        # to carry an inflection (their stems are looked up)
        # (`compress` over `map` keeps the per-word test in C)
        candidates = list(compress(range(count), map(index.__contains__, words)))
        if _CYRILLIC.search(folded):
            # only the words one of whose stems is a key: the others find no form
            # (`_candidate_keys` cuts at most `_MAX_SUFFIX` letters, keeping `_MIN_STEM`)
            heads = self._stem_heads
            stemmed = [
                i
                for i, word in enumerate(words)
                if len(word) > _MIN_STEM
                and word[:_MIN_STEM] in heads
                and word not in index
                and _has_stem_key(word, index)
                and _CYRILLIC.match(word)
            ]
            candidates = sorted({*candidates, *stemmed})
        by_second = self._by_second
        found: list[GazetteerMatch] = []
        free = 0  # first token not inside an earlier match
        for i in candidates:
            if i < free:
                continue
            first = words[i]
            best_size, best = 0, None
            if first.isascii() and (i + 1 >= count or words[i + 1].isascii()):
                # the common case, with the forms split by second key (see __init__)
                multi, singles = by_second[first]
                forms = multi.get(words[i + 1], ()) if i + 1 < count else ()
                if forms:
                    for form in (*forms, *singles):
                        size = len(form.keys)
                        if i + size <= count and _form_matches(
                            text, words, gaps, starts, stops, i, form
                        ):
                            best_size, best = size, form
                            break
                else:
                    # (most often: "the" before a word no form goes on with, or a name of
                    # one word, which matches unless it must be in capitals)
                    for form in singles:
                        if not form.capitals or _form_matches(
                            text, words, gaps, starts, stops, i, form
                        ):
                            best_size, best = 1, form
                            break
                if best is not None:
                    start, end = starts[i], stops[i + best_size - 1]
                    found.append(
                        GazetteerMatch._of(
                            start, end, text[start:end], best.entries, best.actors, best.places
                        )
                    )
                    free = i + best_size
                continue
            if first.isascii() or _CYRILLIC.search(first) is None:
                keys: Iterable[str] = (first,)
            else:
                keys = _candidate_keys(first)
            for key in keys:
                # a key's forms are sorted longest first: the first that matches is the
                # longest for this key, and none after it can beat `best_size`
                for form in index.get(key, ()):
                    size = len(form.keys)
                    if size <= best_size:
                        break
                    if size > 1 and (
                        i + 1 >= count or not _key_matches(words[i + 1], form.keys[1])
                    ):
                        continue  # cheap early rejection on the second word
                    if i + size <= count and _form_matches(
                        text, words, gaps, starts, stops, i, form
                    ):
                        best_size, best = size, form
                        break
            if best is None:
                continue
            start, end = starts[i], stops[i + best_size - 1]
            found.append(
                GazetteerMatch._of(
                    start, end, text[start:end], best.entries, best.actors, best.places
                )
            )
            free = i + best_size
        return found


def with_short_surnames(text: str, matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """`matches` and the later bare mentions of a person's short surname.

    A surname under four letters is no alias of its own ("Ali", "Gil" would find
    too much), but once a story has named "President Irfaan Ali", a later "talks
    with Ali" is him: the most recent person named in full with that surname.
    """
    named: dict[str, list[tuple[int, GazetteerMatch]]] = {}
    for match in matches:
        if len(match.actors) != 1 or match.actors[0].kind != "person":
            continue
        tokens = _TOKEN.findall(match.text)
        last = tokens[-1] if len(tokens) > 1 else ""
        short = 2 <= len(last) < 4 and last.istitle() and not _ROMAN.fullmatch(last)
        if short and last.lower() not in _NOT_SURNAMES:
            named.setdefault(last, []).append((match.end, match))
    if not named:
        return matches
    taken = [(m.start, m.end) for m in matches]
    added: list[GazetteerMatch] = []
    for surname, fulls in named.items():
        for found in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text):
            start, end = found.span()
            before = [m for at, m in fulls if at <= start]
            if not before or any(s < end and start < e for s, e in taken):
                continue
            full = before[-1]
            added.append(GazetteerMatch._of(start, end, surname, full.actors, full.actors, ()))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


_ROMAN = re.compile(r"[IVX]+")


def _has_stem_key(word: str, keys: Mapping[str, object]) -> bool:
    """Whether a cut of `word` that `_candidate_keys` makes is among `keys`."""
    for cut in range(1, _MAX_SUFFIX + 1):
        if len(word) - cut < _MIN_STEM or not _is_ending(word[-cut:]):
            return False
        if word[:-cut] in keys:
            return True
    return False


def _form_matches(
    text: str,
    words: list[str],
    gaps: list[str],
    starts: list[int],
    stops: list[int],
    i: int,
    form: _AliasForm,
) -> bool:
    """Whether `form` matches the tokens from `i` (whose first key is the index key)."""
    keys = form.keys
    for offset in range(1, len(keys)):
        j = i + offset
        if not _key_matches(words[j], keys[offset]):
            return False
        gap = gaps[j]
        # at most two separators; for two characters, strip() leaves something exactly
        # when one of them is not a separator
        if len(gap) > 2 or gap.strip(_GAP_CHARS):
            return False
    for offset, token in form.capitals:
        if text[starts[i + offset] : stops[i + offset]] != token:
            return False
    return True


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The project's starter gazetteer (timeline/data/gazetteer.json) or another file."""
    data = json.loads(Path(path or DEFAULT_PATH).read_text(encoding="utf-8"))
    return Gazetteer.from_records(data.get("actors", []), data.get("places", []))
