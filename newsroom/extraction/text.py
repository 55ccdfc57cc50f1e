"""Text plumbing: folding, blocks (paragraph lines), sentences, segments and noise.

Everything here keeps character offsets into the original article text, so a
proposal's evidence span can be highlighted exactly.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import accumulate


class _Folder(dict[int, str]):
    """A `str.translate` table filled lazily: lower case, no diacritics, one char per char."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        low = char.lower()
        if len(low) != 1:
            low = char
        base = unicodedata.normalize("NFD", low)[0]
        if base in "’ʼ‘`´":
            base = "'"
        self[code] = base
        return base


_FOLDER = _Folder()


def _lower_first_tables() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """For `fold`: the characters of ASCII, Latin-1, Cyrillic and general punctuation
    whose fold is the fold of their `str.lower` (one character); a pattern finding any
    other character; and, among lower-cased ones, those whose fold differs, with it."""
    safe: list[str] = []
    for code in (*range(0x100), *range(0x400, 0x500), *range(0x2000, 0x2070)):
        char = chr(code)
        low = char.lower()
        if len(low) == 1 and _FOLDER[code] == _FOLDER[ord(low)]:
            safe.append(char)
    changed = {low: _FOLDER[ord(low)] for low in {c.lower() for c in safe}}
    changed = {low: to for low, to in changed.items() if low != to}
    # each replacement is final (`fold` replaces one character at a time)
    assert not set(changed.values()) & set(changed), "fold is not idempotent"
    escaped = "".join(re.escape(c) for c in safe)
    return (
        re.compile(f"[^{escaped}]"),
        re.compile("[" + "".join(re.escape(c) for c in changed) + "]"),
        changed,
    )


_OTHER_CHARS, _CHANGED_CHARS, _CHANGED = _lower_first_tables()


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form of `text`, with the same length (offsets hold)."""
    if text.isascii() or _OTHER_CHARS.search(text) is not None:
        return text.translate(_FOLDER)  # (fast in C for ASCII text)
    # `translate` looks up every character of a non-ASCII text in a dict (about 50 ns
    # each); `str.lower` then a few `replace` calls give the same result several times
    # faster (English news with a dash or a curly quote, Cyrillic text)
    folded = text.lower()
    for char in set(_CHANGED_CHARS.findall(folded)):
        folded = folded.replace(char, _CHANGED[char])
    return folded


def fold_pattern(pattern: str) -> str:
    """A regex written for raw text, rewritten for `fold`-ed text (escapes kept as they are),
    so it can run without IGNORECASE, which is several times slower."""
    out: list[str] = []
    escaped = False
    for char in pattern:
        out.append(char if escaped else fold(char))
        escaped = char == "\\" and not escaped
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


# every pattern made by `first_chars`: (the class, the pattern), for the tests
FIRST_CHAR_PATTERNS: list[tuple[str, re.Pattern[str]]] = []


def first_chars(chars: str, pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern)` for a pattern whose every match begins with one of `chars`
    (the inside of a character class, in lower case: "bhs", or "a-z" ...).

    `re` skips ahead in C only to a literal prefix, or to the first letters of
    alternatives when the pattern is case-sensitive and each alternative opens with a
    letter; a pattern led by `\\b`, a lookbehind or case-insensitive words instead tries
    every alternative at every position. A lookahead for the first characters rejects
    most positions with one test: 2-3x faster on the sentence tests, same matches.
    The lookahead is case-insensitive, so it lets through exactly the characters the
    pattern's case-insensitive first letters match (a superset for case-sensitive ones).
    tests/newsroom/extraction/test_gated.py checks `chars` against every pattern.
    """
    compiled = re.compile(rf"(?i:(?=[{chars}]))(?:{pattern})")
    FIRST_CHAR_PATTERNS.append((chars, compiled))
    return compiled


class BlockKind(StrEnum):
    BODY = "body"
    CAPTION = "caption"
    NOISE = "noise"


# The classes made many times per article (blocks, sentences, and in the other modules
# cues, date matches and mentions) are plain slotted dataclasses, not frozen ones: a
# frozen dataclass sets every field through `object.__setattr__`, which makes building
# one about five times slower (a few percent of the extraction time in all). Nothing
# changes them once made, and nothing hashes them (without `frozen` they are unhashable,
# so a use as a key would fail loudly, not silently).
@dataclass(slots=True)
class Block:
    """One line of the article (articles put one paragraph per line)."""

    index: int
    start: int
    end: int
    text: str
    kind: BlockKind
    dateline: str = ""  # "WASHINGTON" from "WASHINGTON — ..."
    dateline_end: int = 0  # where the dateline ends ("BOGOTA, Jan 19 (Wire) - "), if any


@dataclass(slots=True)  # (not frozen: see `Block`)
class Sentence:
    index: int
    block: Block
    start: int  # absolute offsets into the article text
    end: int
    text: str


_LINE = re.compile(r"[^\n]+")

_READING_TIME = re.compile(
    r"^\s*\d+\s*(?:-\s*)?(?:min(?:ute)?s?|хв(?:илин\w*)?|мин(?:ут\w*)?)\.?\s*"
    r"(?:read|reading|читання|чтения)\b",
    re.IGNORECASE,
)
_NOISE_START = re.compile(
    r"^\s*(?:by\s+[A-Z]|автор(?:ка)?\s*:|автор\s+[А-ЯІЇЄҐ]|updated\b|last updated\b|published\b|"
    r"оновлено\b|обновлено\b|опубліковано\b|опубликовано\b|editor['’]s note\b|"
    r"примітка редакції|от редакции|related\s*:|read more\b|read also\b|see also\b|"
    r"watch\s*:|listen\s*:|читайте (?:також|также)|дивіться також|смотрите также|"
    r"share\b|advertisement\b|реклама\b)",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(r"^\s*(?:на фото|фото|photo|pictured|above|caption)\s*:", re.I)
_CREDIT_END = re.compile(
    r"\((?:[^()]*?(?:photo|getty|afp|reuters|\bap\b|epa|handout|agency|press|pool|"
    r"фото|светлин|знімок|снимок|tass|тасс|ріа|риа|укрінформ|unian|укрінформ)[^()]*)\)\s*$",
    re.IGNORECASE,
)
_BIO_WORDS = first_chars(
    "bchijrwвжкоп",
    r"(?i:\b(?:is an? (?:\w+ )?(?:reporter|correspondent|journalist|editor|writer|columnist)|"
    r"(?:covers|reports on|has reported|has covered|began reporting|joined the paper|"
    r"career in journalism|correspondent since|writes about)\b|"
    # (who someone is, "— журналістка", "працює кореспондентом"; not "заявив журналістам")
    r"(?:журналіст|журналист|кореспондент|корреспондент)(?:ка|ом|кою|кой)?(?!\w)|"
    r"пише про|пишет о|висвітлює|освещает))",
)
# "KYIV — ", "GENEVA, Switzerland — ", "NEW DELHI/ISLAMABAD, May 11 (Wire) - ": the
# place, then a region, a filing date or an agency before the dash
_DATELINE = re.compile(
    r"^([A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ .'/-]{2,40}?)(?:,\s*[^—–\n]{1,40}?)?\s+[—–-]{1,2}\s+"
)
_TERMINAL = re.compile(r"[.!?…»\"”)]\s*$")


def _classify(line: str, position: int, total: int) -> BlockKind:
    if _READING_TIME.search(line) or _NOISE_START.search(line):
        return BlockKind.NOISE
    if _CAPTION_START.search(line) or _CREDIT_END.search(line):
        return BlockKind.CAPTION
    if not _TERMINAL.search(line) and len(line) < 200:
        return BlockKind.NOISE  # section labels, headlines, "Avatar", "Reporter"
    if position >= total - 4 and _is_bio(line):
        return BlockKind.NOISE  # the author's bio
    return BlockKind.BODY


# what a bio's verb is not said of: "The deal ... It covers exports from Odesa"
_THING_BEFORE = re.compile(
    r"(?i:\b(?:it|this|that|which|deal|agreement|accord|plan|text|document|truce|"
    r"ceasefire|report|law|mission)\s+$)"
)


def _is_bio(line: str) -> bool:
    """Whether a line near the end is the author's bio ("Anna Kovacs covers food
    security"), not a paragraph that says what a deal covers."""
    for found in _BIO_WORDS.finditer(line):
        if not _THING_BEFORE.search(line, max(0, found.start() - 25), found.start()):
            return True
    return False


def split_blocks(text: str) -> list[Block]:
    """Lines of the article, classified as body, photo caption or noise."""
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    blocks: list[Block] = []
    for position, match in enumerate(lines):
        line = match.group()
        kind = _classify(line, position, len(lines))
        dateline, dateline_end = "", 0
        if kind is BlockKind.BODY:
            found = _DATELINE.match(line)
            if found:
                dateline = found.group(1).split("/")[0].strip()
                dateline_end = match.start() + found.end()
        blocks.append(
            Block(position, match.start(), match.end(), line, kind, dateline, dateline_end)
        )
    return blocks


_ABBREVIATIONS = frozenset(
    {
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "st",
        "prof",
        "no",
        "vs",
        "etc",
        "jr",
        "sr",
        "gov",
        "pres",
        "sgt",
        "adm",
        "capt",
        "maj",
        "cmdr",
        "ft",
        "mt",
        "vol",
        "art",
        "p",
        "pp",
        "ст",
        "им",
        "т.е",
        "г",
    }
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’']?(?=\s+[\"“«(]?[A-ZА-ЯІЇЄҐ0-9])")
# (a Ukrainian word keeps its apostrophe: "перемир'я." ends a sentence, its "я" is no initial)
_TOKEN_BEFORE = re.compile(r"([\w.'’ʼ]+)\.$")
_TOKEN_WINDOW = 40
_INITIALS = re.compile(r"(?:[A-Za-zА-Яа-я]\.)*[A-Za-zА-Яа-я]")


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the "." ending at `end` closes an abbreviation ("Feb.", "U.S.")."""
    # The token is the run of [\w.] before the dot. Searching the whole text before it
    # scans from the start of the paragraph for every dot: a short window finds the
    # same run unless the run fills the window, then the full search decides.
    window = max(0, end - _TOKEN_WINDOW)
    match = _TOKEN_BEFORE.search(text, window, end)
    if match is not None and match.start() == window and window > 0:
        match = _TOKEN_BEFORE.search(text, 0, end)
    if not match:
        return False
    token = match.group(1)
    if token.lower() in _ABBREVIATIONS:
        return True
    # U.S. / U.K. / U.N. / J. Smith
    return bool(_INITIALS.fullmatch(token))


def split_sentences(block: Block, first_index: int = 0) -> list[Sentence]:
    """Sentences of a block, not breaking after "Feb." or "U.S."."""
    text = block.text
    sentences: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        stop = match.end()
        if text[match.start()] == "." and _is_abbreviation(text, match.start() + 1):
            continue
        _append_sentence(sentences, block, text, begin, stop, first_index)
        begin = stop
    _append_sentence(sentences, block, text, begin, len(text), first_index)
    return sentences


def _append_sentence(
    out: list[Sentence], block: Block, text: str, begin: int, stop: int, first_index: int
) -> None:
    chunk = text[begin:stop]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    start = block.start + begin + lead
    out.append(Sentence(first_index + len(out), block, start, start + len(stripped), stripped))


_SEGMENT_BREAK = re.compile(
    # every break begins with a space or one of the marks: the lookahead lets the engine
    # pass over letters with one test, instead of trying each alternative (and the
    # conjunctions) at every character (about 2.5x faster, same matches)
    r"(?=[\s,;:()\[\]])(?:"
    # (not the colon of a clock time: "с 10:00 по московскому времени")
    r"\s*(?:[,;()\[\]]|:(?!\d\d))\s*|\s+[—–-]{1,2}\s+|"
    r"\s+(?=(?:when|while|whereas|but|after which|according to|які?|яка|який|котор\w+|"
    r"що|что|але|а|но|однак|однако)\s))",
)


_NAME = r"[A-ZА-ЯІЇЄҐ][\w'’.-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’.-]*)?"
_NAME_LIST = re.compile(rf"{_NAME}(?:,\s+{_NAME})+,?\s+(?:and|or|і|й|та|и)\s+{_NAME}")
_SHORT_ASIDE = re.compile(r"\((?:[^(),;]\S*\s?){1,3}\)")


def segment_bounds(text: str, protected: list[tuple[int, int]]) -> list[int]:
    """Offsets (relative to `text`) where clause-like segments start.

    `protected` ranges (date mentions such as "Sunday, Jan. 19") are never split.
    """
    bounds = [0]
    size = len(text)
    if ", " in text and _NAME_LIST.search(text):
        # "its ambassadors to Britain, France and Germany for consultations": a list of
        # names is one phrase
        protected = protected + [m.span() for m in _NAME_LIST.finditer(text)]
    if "(" in text:
        # a short aside ("the National Liberation Army (ELN) on Friday", "(1130 GMT)")
        # does not end the clause around it
        protected = protected + [m.span() for m in _SHORT_ASIDE.finditer(text)]
    for match in _SEGMENT_BREAK.finditer(text):
        begin, cut = match.span()
        if not 0 < cut < size or cut == bounds[-1]:
            continue
        # (a plain loop: `any` over a generator costs more than the test, per break)
        for a, b in protected:
            if a < begin < b or a < cut < b:
                break
        else:
            bounds.append(cut)
    return bounds


def segment_of(bounds: list[int], offset: int) -> int:
    """Index of the segment containing relative `offset`."""
    index = bisect_right(bounds, offset) - 1  # bounds are ascending
    return index if index > 0 else 0  # (cheaper than `max`, asked many times a sentence)


# ---------------------------------------------------------------- gated scanning
#
# Running a few dozen regexes over every character of an article is most of the cost
# of extraction, yet most of those patterns can only match around a handful of words
# ("midnight", a weekday, "memorandum"). A *gate* lists words (plain lower-case
# substrings) at least one of which every match of its pattern contains, or is a small
# regex with the same promise. Finding plain substrings with `str.find` is many times
# faster than running the pattern, so each pattern only runs on the lines (paragraphs)
# where its gate occurs. Gates look at the folded text (same offsets, lower case,
# no diacritics), so they hold whatever the capitalisation.
#
# The one thing this gives up: a match running across a line break into a line
# without a trigger. Nothing reads across paragraphs (sentences never span lines),
# so such a match was never used.


# The start gates compare (and hash) by identity: `Lines` keeps what each one finds per
# text, keyed by the gate, and a frozen dataclass's own hash (of its words, in Python)
# costs more than the look-up. Each gate is made once, at import, and patterns that
# share one share the object (the month names).
@dataclass(frozen=True, slots=True, eq=False)
class Starts:
    """A stricter gate: every match *starts* with one of `words` (in the folded text).

    The pattern is then only tried, anchored, where one of the words begins; that is
    exactly what `finditer` would find, with no line restriction.
    """

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)  # (identity: see `Starts`)
class StartsAt:
    """Like `Starts`, for patterns whose matches begin where `finder` matches (in the
    folded text), e.g. the number word just before "-day"/" week" for durations."""

    finder: re.Pattern[str]


@dataclass(frozen=True, slots=True, eq=False)  # (identity: see `Starts`)
class WordBefore:
    """Like `StartsAt`, for patterns whose matches are a whole word (`\\b\\w+`) that
    comes right before where `finder` matches, e.g. the number before "-day"/" week".
    `finder` must match a non-word character first: looking for what follows the word
    is a fast scan, where trying every word start is not."""

    finder: re.Pattern[str]


@dataclass(frozen=True, slots=True, eq=False)  # (identity: see `Starts`)
class WordStarts:
    """Like `Starts`, for patterns that also begin with `\\b`: every match starts at the
    start of a word, so only word starts are looked at instead of every occurrence of
    `words` ("in" inside "main"). Each word is at least two characters long and
    begins with a word character.

    The candidates of every `WordStarts` gate are worked out together, in one pass
    over the words of a text (`Lines.candidates`): an English article asks for all of
    them (the cue patterns and the titles before unknown people), and one look-up per
    word in an index of the gates' words by their first letters costs far less than a
    search of the words for each gate word."""

    words: tuple[str, ...]
    # each word up to its first non-word character: all of it, mostly ("face" of
    # "face-to-face"); what a text's words are compared with
    heads: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        assert all(len(w) >= 2 and _WORD_CHAR.match(w) for w in self.words), self.words
        heads = tuple(_WORD.match(w).group() for w in self.words)  # type: ignore[union-attr]
        object.__setattr__(self, "heads", heads)
        _WORD_START_GATES.append(self)


# every `WordStarts` gate made (at import, or when a language's patterns are first
# compiled), the index of their words built from them (see `_word_start_index`), and
# what each word of a text found so far starts (see `_word_start_hits`)
_WORD_START_GATES: list[WordStarts] = []
_WORD_START_INDEX: list = [0, {}, {}, {}]
# the most words `_word_start_hits` remembers: well above the vocabulary of many days of
# news (a few hundred bytes each); past it, it starts afresh
_WORD_START_MEMO_SIZE = 100_000


def _word_start_index() -> tuple[
    dict[str, list[tuple[int, str]]],
    dict[str, list[tuple[int, str, str]]],
    dict[str, tuple[tuple[int, str | None], ...]],
]:
    """The words of every `WordStarts` gate (by the gate's place in `_WORD_START_GATES`):
    those whose head is two letters long by that head, with the word; the others by
    their head's first three letters, with the head and the word. And the memo of
    `_word_start_hits`, which depends on them. (Rebuilt when a gate has been made since.)"""
    built, by_two, by_three, memo = _WORD_START_INDEX
    if built != len(_WORD_START_GATES):
        by_two, by_three, memo = {}, {}, {}
        for index, gate in enumerate(_WORD_START_GATES):
            for word, head in zip(gate.words, gate.heads, strict=True):
                if len(head) == 2:
                    by_two.setdefault(head, []).append((index, word))
                else:
                    by_three.setdefault(head[:3], []).append((index, head, word))
        _WORD_START_INDEX[:] = [len(_WORD_START_GATES), by_two, by_three, memo]
    return by_two, by_three, memo


def _word_start_hits(
    word: str,
    by_two: dict[str, list[tuple[int, str]]],
    by_three: dict[str, list[tuple[int, str, str]]],
) -> tuple[tuple[int, str | None], ...]:
    """The gates (by index) a word of a text may start a match of: each with None when
    the word is enough, or with the gate word the text must hold from the word's start
    on (one with a non-word character, "gen."). A word's first two and first three
    letters are looked up among the gates' words."""
    hits: list[tuple[int, str | None]] = []
    for index, whole in by_two.get(word[:2], ()):
        hits.append((index, None if len(whole) == 2 else whole))
    for index, head, whole in by_three.get(word[:3], ()):
        if word.startswith(head):
            hits.append((index, None if len(whole) == len(head) else whole))
    return tuple(hits)


@dataclass(frozen=True, slots=True, eq=False)  # (identity: see `Starts`)
class WordsBefore:
    """Like `Starts`, for patterns whose matches begin with one of `words`, then
    whitespace (`\\s+`), then a match of a pattern gated by `then` ("in", "early" or
    "the end of" before a month name). The candidates are worked out from those of
    `then` (a few month names an article, shared with the patterns that start with
    one): back over the whitespace before each, then back over a word that ends there.
    That finds every start: each of `words` ends in a character that is not whitespace,
    so the whitespace is all of the run before `then`'s start. (Whitespace in the
    folded text is whitespace in the text and the other way round: tests check.)"""

    words: tuple[str, ...]
    then: Starts


@dataclass(frozen=True, slots=True, eq=False)  # (identity: see `Starts`)
class AnyOf:
    """Start gates together, for a pattern whose alternatives start in different ways:
    every match starts where one of `gates` says ("stop" or "halt" at a word start,
    or "a" before "halt")."""

    gates: tuple[Starts | StartsAt | WordBefore | WordStarts | WordsBefore, ...]


_WORD_CHAR = re.compile(r"\w")
_WORD = re.compile(r"\w+")
# splitting on a captured group keeps the words: [gap, word, gap, word, ..., gap]
_WORD_SPLIT = re.compile(r"(\w+)")

StartGate = Starts | StartsAt | WordBefore | WordStarts | WordsBefore | AnyOf


@dataclass(frozen=True, slots=True, eq=False)  # (identity: see `Starts`)
class Bounded:
    """A line gate (`lines`: words every match contains, or a `Starts` gate, whose
    words then need not begin the match) whose pattern is only tried where `starts`
    says a match may begin, for a pattern first gated by `lines` alone: each try
    reads no further than the end of the run of lines with one of `lines`'s words
    around it, as the scan of those lines did (a lookahead at the end of such a line
    sees the end of the text, and a match cannot run on into a line without a word),
    so the matches are the same, with far fewer tries when the words are common
    ("attacks" and "fire" for a truce's "stop ... attacks")."""

    starts: StartGate
    lines: tuple[str, ...] | Starts


Gate = tuple[str, ...] | re.Pattern[str] | StartGate | Bounded


class Lines:
    """Line windows and words of one (folded) text, for `gated_finditer` and the
    gazetteer: each is worked out once per text."""

    __slots__ = ("folded", "starts", "ends", "_windows", "_candidates", "_pieces")

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.starts: list[int] = []
        self.ends: list[int] = []
        for match in _LINE.finditer(folded):
            self.starts.append(match.start())
            self.ends.append(match.end())
        self._windows: dict[Gate, list[tuple[int, int]]] = {}
        self._candidates: dict[Gate, list[int]] = {}
        self._pieces: tuple[list[str], list[int]] | None = None

    def pieces(self) -> tuple[list[str], list[int]]:
        """The folded text split around its words (maximal runs of word characters),
        [gap, word, gap, word, ..., gap], and the end offset of each piece: the words
        are ``pieces[1::2]`` and start at ``ends[0::2]``. One C-level split."""
        if self._pieces is None:
            pieces = _WORD_SPLIT.split(self.folded)
            self._pieces = pieces, list(accumulate(map(len, pieces)))
        return self._pieces

    def _word_starts(self) -> None:
        """The candidates of every `WordStarts` gate, in one pass over the words. What a
        word may start depends on the word alone (`_word_start_hits`): it is worked out
        once per distinct word and remembered, since news repeats its words, within an
        article and from one to the next."""
        by_two, by_three, memo = _word_start_index()
        if len(memo) > _WORD_START_MEMO_SIZE:
            memo.clear()
        known = memo.get
        folded = self.folded
        found: list[set[int]] = [set() for _ in _WORD_START_GATES]
        pieces, ends = self.pieces()
        # (each word starts where the gap before it ends; the last gap has no word)
        for word, start in zip(pieces[1::2], ends[0::2], strict=False):
            hits = known(word)
            if hits is None:
                hits = memo[word] = _word_start_hits(word, by_two, by_three)
            for index, whole in hits:
                if whole is None or folded.startswith(whole, start):
                    found[index].add(start)
        for gate, starts in zip(_WORD_START_GATES, found, strict=True):
            self._candidates[gate] = sorted(starts)

    def candidates(self, gate: StartGate) -> list[int]:
        """Ascending offsets where a match of a start gate's patterns may begin
        (computed once per gate: several patterns share one, e.g. the month names)."""
        known = self._candidates.get(gate)
        if known is not None:
            return known
        if isinstance(gate, WordStarts):
            self._word_starts()  # (all of them at once)
            return self._candidates[gate]
        folded = self.folded
        found: set[int] = set()
        if isinstance(gate, AnyOf):
            for each in gate.gates:
                found.update(self.candidates(each))
        elif isinstance(gate, WordsBefore):
            for at in self.candidates(gate.then):
                end = at
                while end > 0 and folded[end - 1].isspace():
                    end -= 1
                if end < at:  # (`\s+`: at least one)
                    for word in gate.words:
                        if folded.endswith(word, 0, end):
                            found.add(end - len(word))
        elif isinstance(gate, StartsAt):
            found.update(m.start() for m in gate.finder.finditer(folded))
        elif isinstance(gate, WordBefore):
            pieces, ends = self.pieces()
            for match in gate.finder.finditer(folded):
                # the piece ending where the finder starts: a word (odd index) or a gap
                at = bisect_left(ends, match.start())
                if at % 2 == 1 and ends[at] == match.start():
                    found.add(ends[at - 1])
        else:
            for word in gate.words:
                at = folded.find(word)
                while at >= 0:
                    found.add(at)
                    at = folded.find(word, at + 1)
        known = sorted(found)
        self._candidates[gate] = known
        return known

    def windows(self, gate: tuple[str, ...] | re.Pattern[str] | Starts) -> list[tuple[int, int]]:
        """Spans of consecutive lines in which `gate` occurs (computed once per gate)."""
        known = self._windows.get(gate)
        if known is not None:
            return known
        folded, starts, ends = self.folded, self.starts, self.ends
        hit: set[int] = set()
        if isinstance(gate, Starts):  # the lines holding one of its words anywhere
            hit.update(bisect_right(starts, at) - 1 for at in self.candidates(gate))
        elif isinstance(gate, tuple):
            for word in gate:
                at = folded.find(word)
                while at >= 0:
                    line = bisect_right(starts, at) - 1
                    hit.add(line)
                    at = folded.find(word, ends[line])  # on to the next line
        else:
            match = gate.search(folded)
            while match is not None:
                line = bisect_right(starts, match.start()) - 1
                hit.add(line)
                match = gate.search(folded, ends[line])
        found: list[tuple[int, int]] = []
        previous = -2
        for line in sorted(hit):
            if line == previous + 1:
                found[-1] = (found[-1][0], ends[line])  # adjacent lines: one window
            else:
                found.append((starts[line], ends[line]))
            previous = line
        self._windows[gate] = found
        return found


def gated_finditer(
    pattern: re.Pattern[str], gate: Gate | None, haystack: str, lines: Lines
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(haystack)`, run only on the lines where `gate` occurs.

    `haystack` is the text or its folded form (same offsets as `lines.folded`).
    Without a gate the whole text is scanned.
    """
    if gate is None:
        yield from pattern.finditer(haystack)
        return
    if isinstance(gate, (Starts, StartsAt, WordBefore, WordStarts, WordsBefore, AnyOf)):
        # finditer, but only trying the positions where a start word begins
        free = 0  # matches of one pattern do not overlap
        for at in lines.candidates(gate):
            if at < free:
                continue
            match = pattern.match(haystack, at)
            if match is not None and match.end() > at:
                yield match
                free = match.end()
        return
    if isinstance(gate, Bounded):
        # the same, each try ending where the scan of its window of lines ended
        windows = lines.windows(gate.lines)
        window_starts = [start for start, _ in windows]
        free = 0
        for at in lines.candidates(gate.starts):
            index = bisect_right(window_starts, at) - 1
            if at < free or index < 0 or at >= windows[index][1]:
                continue
            match = pattern.match(haystack, at, windows[index][1])
            if match is not None and match.end() > at:
                yield match
                free = match.end()
        return
    for start, end in lines.windows(gate):
        yield from pattern.finditer(haystack, start, end)


class GatedPattern:
    """A case-insensitive regex that only runs when one of its gate words occurs.

    For the sentence tests the rules ask many times per article ("delegation?",
    "postponed?"): a few `in` tests on the case-folded text cost far less than a
    case-insensitive regex, and most sentences fail them. Every match of `pattern`
    contains one of `words` (lower case).

    With `starts`, every match also *begins* with one of `words`: the pattern is then
    only tried, anchored, where a word occurs, instead of at every character (a
    case-insensitive pattern with Cyrillic stems costs tens of microseconds a sentence,
    and short gate words like "led" or "put" pass in most sentences).
    """

    __slots__ = ("pattern", "words", "starts")

    def __init__(self, pattern: re.Pattern[str], *words: str, starts: bool = False) -> None:
        self.pattern = pattern
        self.words = words
        self.starts = starts

    def search(self, text: str) -> re.Match[str] | None:
        folded = text.casefold()
        # Positions in `folded` are those of `text` when casefolding kept every character
        # one character long ("ß" and "İ" grow); "ı" (dotless i) is the one character a
        # case-insensitive "i" matches that does not casefold to "i".
        if not self.starts or len(folded) != len(text) or "ı" in folded:
            for word in self.words:
                if word in folded:
                    return self.pattern.search(text)
            return None
        found: set[int] = set()
        for word in self.words:
            at = folded.find(word)
            while at >= 0:
                found.add(at)
                at = folded.find(word, at + 1)
        for at in sorted(found):  # the leftmost match, as `search` finds it
            match = self.pattern.match(text, at)
            if match is not None:
                return match
        return None
