"""Gated scanning (text.gated_finditer) finds exactly what a full scan finds.

Every pattern family is run both ways over the corpus articles and over every
sentence quoted in these tests; the only allowed difference is a match running
across a line break (articles put one paragraph per line, and nothing reads
across paragraphs).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from newsroom.extraction import dates, kinds, people
from newsroom.extraction.text import (
    FIRST_CHAR_PATTERNS,
    AnyOf,
    Bounded,
    GatedPattern,
    Lines,
    Starts,
    WordsBefore,
    WordStarts,
    first_chars,
    fold,
    gated_finditer,
)

HERE = Path(__file__).resolve().parent

SAMPLES = {
    "en": [
        "Talks were held on Jan. 23-24 in Riyadh, and between March 3 and 5 in Jeddah.",
        "On the 5th of May 2025, from 19 to 21 April, 23–25 June, Feb 18, 2025.",
        "Last Tuesday morning, next Friday, this Sunday's vote; yesterday and later today.",
        "Two days later, a week before the vote; the day after the truce; three days after it.",
        "The following day, that same day, the previous day, from midnight on Friday.",
        "Numeric 04.02.2026 and 2026-02-04 dates; in 2024; since the spring of 2023.",
        "A 30-day ceasefire, a 72-hour truce and two weeks of talks; 10 days.",
        "Foreign Minister Hakan Fidan met Kremlin spokesperson Dmitry Peskov.",
        "Marc Fogel, an American teacher, was freed in a prisoner exchange.",
        "They agreed to halt strikes on energy; the deal was reached and signed.",
        "He warned, denied and would not recognise the plan; they spoke by phone.",
    ],
    "uk": [
        "19–20 квітня, з 23 по 25 травня 2025 року, між 1 і 3 червня, у ніч на 5 липня.",
        "У понеділок, минулої п’ятниці, наступного дня, того ж дня, напередодні.",
        "Через 3 дні, наступного дня після того, як, з опівночі, у березні, у 2024 році.",
        "Міністр закордонних справ Андрій Сибіга заявив про 30-денне перемир’я.",
    ],
    "ru": [
        "С 23 по 25 мая, между 1 и 3 июня 2025 года, в ночь на 5 июля, 04.02.2026.",
        "В прошлую пятницу, на следующий день, в тот же день, накануне, спустя 3 дня.",
        "На следующий день после того, как, с полуночи, в марте, в 2024 году.",
        "Пресс-секретарь Кремля Дмитрий Песков сообщил о трехдневном перемирии.",
    ],
}


def _quoted_texts() -> list[str]:
    """Every sentence-like string literal in this test package."""
    found: list[str] = []
    for path in sorted(HERE.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and len(value) >= 12 and " " in value:
                found.append(value)
    return found


def _texts(corpus: Path | None) -> list[str]:
    texts = [text for sample in SAMPLES.values() for text in sample]
    texts.append("\n".join(texts))
    texts += _quoted_texts()
    if corpus is not None:
        for path in sorted(corpus.glob("*.json")):
            texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus = HERE.parents[2] / ".." / "shared" / "corpus"
    return _texts(corpus if corpus.is_dir() else None)


def _families(lang: str):
    """(name, pattern, gate, runs on folded text?) for every gated pattern family."""
    cyrillic = lang in {"uk", "ru"}
    for i, (form, gate, pattern) in enumerate(dates._patterns(lang)):
        yield f"date {i} {form}", pattern, gate, cyrillic
    for i, (kind, _, _, pattern, gate) in enumerate(kinds._compiled(lang)):
        yield f"cue {i} {kind}", pattern, gate, True
    for i, (pattern, gate) in enumerate(people._patterns(lang)):
        yield f"people {i}", pattern, gate, False
    if lang == "en":
        yield "duration", dates._DURATION_EN, dates._DURATION_GATE_EN, False
    else:
        yield "duration", dates._DURATION_CY, dates._DURATION_GATE_CY, False


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_gated_scans_find_what_full_scans_find(lang: str, texts: list[str]) -> None:
    checked = 0
    for text in texts:
        lines = Lines(fold(text))
        for name, pattern, gate, on_folded in _families(lang):
            haystack = lines.folded if on_folded else text
            full = [
                (m.start(), m.end())
                for m in pattern.finditer(haystack)
                if "\n" not in haystack[m.start() : m.end()]
            ]
            gated = [(m.start(), m.end()) for m in gated_finditer(pattern, gate, haystack, lines)]
            assert gated == full, (name, text[:80])
            checked += len(full)
    assert checked > 50  # the samples do exercise the patterns


def test_starts_gate_tries_only_where_a_word_begins() -> None:
    text = "x said, then told; he said it again"
    lines = Lines(fold(text))
    pattern = re.compile(r"\b(?:said|told)\b")
    found = [m.group() for m in gated_finditer(pattern, Starts(("said", "told")), text, lines)]
    assert found == ["said", "told", "said"]


def _starts_at_boundary(sub) -> bool:
    """Whether every way through a parsed pattern begins with `\\b`."""
    from re import _constants as c

    if not len(sub.data):
        return False
    op, arg = sub.data[0]
    if op is c.AT:
        return arg is c.AT_BOUNDARY
    if op is c.BRANCH:
        return all(_starts_at_boundary(branch) for branch in arg[1])
    if op is c.SUBPATTERN:
        return _starts_at_boundary(arg[-1])
    return False


def test_word_starts_gates_are_on_patterns_starting_with_a_boundary() -> None:
    from re import _parser

    gated = [(p, _starts(g)) for *_, p, g in kinds._compiled("en")]
    gated = [(p, g) for p, g in gated if isinstance(g, WordStarts)]
    assert gated
    for pattern, _gate in gated:
        assert _starts_at_boundary(_parser.parse(pattern.pattern)), pattern.pattern


def test_people_title_gate_is_on_a_pattern_starting_with_a_boundary() -> None:
    from re import _parser

    pattern, gate = people._patterns("en")[0]
    assert isinstance(gate, WordStarts)
    assert _starts_at_boundary(_parser.parse(pattern.pattern)), pattern.pattern
    for start, _ in _literal_starts(_parser.parse(pattern.pattern).data):
        assert fold(start).startswith(gate.words), (start, gate.words)


def test_no_character_folds_into_a_word_character() -> None:
    """A `WordStarts` gate on a pattern run on the text (not the folded text) finds its
    word starts in the folded text: that holds when every non-word character folds to
    a non-word character."""
    word = re.compile(r"\w")
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if not word.match(char):
            assert not word.match(fold(char)), hex(code)


def test_whitespace_folds_to_whitespace_only() -> None:
    """`WordsBefore` looks back over whitespace in the folded text for a pattern's `\\s+`
    (run on the text or on the folded text): that holds when a character is
    whitespace exactly when its fold is."""
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        assert char.isspace() == fold(char).isspace(), hex(code)


def test_words_before_gate_finds_every_start() -> None:
    text = "in May, early  March, within June,\nthe end of July; In May; may in May"
    lines = Lines(fold(text))
    pattern = re.compile(r"(?:in|early|the end of)\s+(?:May|March|June|July)")
    gate = WordsBefore(("in", "early", "the end of"), Starts(("may", "mar", "jun", "jul")))
    found = [m.span() for m in gated_finditer(pattern, gate, text, lines)]
    assert found == [m.span() for m in pattern.finditer(text)]
    assert len(found) == 5


def _starts(gate):
    """The start gate of a `Bounded` gate, or the gate."""
    return gate.starts if isinstance(gate, Bounded) else gate


def test_bounded_gate_reads_as_far_as_the_line_windows() -> None:
    """A `Bounded` gate finds what its line gate finds, lookaheads at the end of a
    window included ("in May." before a paragraph that opens with a number: the scan
    of the line alone finds it, a scan of the whole text would not)."""
    pattern = re.compile(r"in\s+May(?!\.?\s*\d)")
    gate = Bounded(WordsBefore(("in",), Starts(("may",))), Starts(("may",)))
    # (built up, so that the full-scan test above does not take them for samples)
    said = "talks resume in May."
    texts = [said + "\n\n" + "15 people died", said + "\n\n" + "15 May, in May", "in May\nin\nMay"]
    found = []
    for text in texts:
        lines = Lines(fold(text))
        windowed = [m.span() for m in gated_finditer(pattern, ("may",), text, lines)]
        assert [m.span() for m in gated_finditer(pattern, gate, text, lines)] == windowed, text
        found.append(windowed)
    assert found == [[(13, 19)], [(30, 36)], [(0, 6)]]


def test_word_starts_gate_skips_words_inside_words() -> None:
    text = "in the main talks, a call; recall in a call"
    lines = Lines(fold(text))
    pattern = re.compile(r"\b(?:in\s+a\s+call|call)\b")
    gate = WordStarts(("in", "call"))
    found = [m.span() for m in gated_finditer(pattern, gate, text, lines)]
    assert found == [m.span() for m in pattern.finditer(text)]
    assert [text[a:b] for a, b in found] == ["call", "in a call"]


def test_line_windows_merge_adjacent_lines() -> None:
    lines = Lines("a truce\nthe truce\nnothing\ntruce")
    assert lines.windows(("truce",)) == [(0, 17), (26, 31)]


def test_gated_pattern_is_the_pattern() -> None:
    pattern = GatedPattern(re.compile(r"(?i:\bpostpon\w+)"), "postpon")
    assert pattern.search("The talks were POSTPONED.") is not None
    assert pattern.search("The talks went ahead.") is None


def _literal_starts(items) -> set[tuple[str, bool]]:
    """Literal texts one of which every match of a parsed pattern begins with, each as
    far as it is fixed (an empty one: a match may begin with anything), and whether it
    may go on."""
    from re import _constants as c

    # (text, open): an open text may still grow with what follows
    starts = {("", True)}
    for op, arg in items:
        if not any(grows for _, grows in starts):
            break
        options: set[tuple[str, bool]] | None
        if op is c.LITERAL:
            options = {(chr(arg), True)}
        elif op is c.IN and all(o is c.LITERAL for o, _ in arg):
            options = {(chr(a), True) for _, a in arg}
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            options = {("", True)}  # zero width
        elif op in (c.SUBPATTERN, c.BRANCH):
            options = set()
            for branch in [arg[-1]] if op is c.SUBPATTERN else arg[1]:
                options |= _literal_starts(branch.data)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] == 0:
            # optional: what follows, or (without knowing how far it goes) its start
            found = _literal_starts(arg[2].data)
            options = {("", True)} | {(text, False) for text, _ in found}
        else:
            options = None  # a repeat or a class: the fixed part ends here
        if options is None:
            starts = {(text, False) for text, _ in starts}
        else:
            starts = {
                (text + more, grows and still) if grows else (text, False)
                for text, grows in starts
                for more, still in (options if grows else {("", False)})
            }
    return starts


def test_cyrillic_cue_gates_hold_every_start() -> None:
    """Every match of a gated uk/ru cue pattern begins with one of its gate words."""
    from re import _parser

    gated = 0
    for lang in ("uk", "ru"):
        for kind, _, _, pattern, gate in kinds._compiled(lang):
            # every pattern is gated: by its start words, or (one that begins with a
            # one-letter word) by the lines of a longer word, which the full-scan
            # comparisons of this module check
            assert gate is not None, (lang, kind, pattern.pattern[:40])
            if isinstance(gate, tuple):
                continue
            assert isinstance(gate, Starts), kind
            starts = _literal_starts(_parser.parse(pattern.pattern).data)
            for start, _ in starts:
                assert start.startswith(gate.words), (kind, start, gate.words)
            gated += 1
    assert gated >= 40


def test_english_cue_word_gates_hold_every_start() -> None:
    """Every match of a `WordStarts`-gated English cue pattern begins with a gate word."""
    from re import _parser

    gated = 0
    for kind, _, _, pattern, gate in kinds._compiled("en"):
        gate = _starts(gate)
        if not isinstance(gate, WordStarts):
            continue
        for start, _ in _literal_starts(_parser.parse(pattern.pattern).data):
            assert start.startswith(gate.words), (kind, start, gate.words)
        gated += 1
    assert gated >= 15


def test_english_cue_gate_sets_hold_every_start() -> None:
    """Every match of an `AnyOf`-gated English cue pattern begins at a word start with a
    word of its `WordStarts` gate, or with a word of its `WordsBefore` gate."""
    from re import _parser

    gated = 0
    for kind, _, _, pattern, gate in kinds._compiled("en"):
        gate = _starts(gate)
        if not isinstance(gate, AnyOf):
            continue
        assert _starts_at_boundary(_parser.parse(pattern.pattern)), pattern.pattern
        words = tuple(w for g in gate.gates if isinstance(g, WordStarts) for w in g.words)
        before = tuple(w for g in gate.gates if isinstance(g, WordsBefore) for w in g.words)
        for start, grows in _literal_starts(_parser.parse(pattern.pattern).data):
            assert start.startswith(words) or (start in before and not grows), (kind, start)
        gated += 1
    assert gated >= 1


def test_first_chars_hold_every_start() -> None:
    """Every match of a `first_chars` pattern begins with one of its characters."""
    import importlib
    from re import _parser

    importlib.import_module("newsroom.extraction.extract")  # (registers its patterns)
    for lang in ("en", "uk", "ru"):
        people._patterns(lang)  # (made on first use)
    assert len(FIRST_CHAR_PATTERNS) >= 20
    for chars, pattern in FIRST_CHAR_PATTERNS:
        first = re.compile(f"[{chars}]", re.IGNORECASE)
        for start, _ in _literal_starts(_parser.parse(pattern.pattern).data):
            assert start and first.match(start), (chars, start, pattern.pattern[:60])


def test_first_chars_is_the_pattern() -> None:
    pattern = first_chars("hsв", r"(?i:\b(?:he|she)\b|(?<!\w)він(?!\w))")
    plain = re.compile(r"(?i:\b(?:he|she)\b|(?<!\w)він(?!\w))")
    for text in ["The SHE said", "the thesis, he", "Він", "nothing", "ſhe and she"]:
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


def test_gated_patterns_marked_starts_begin_with_a_word() -> None:
    """A `GatedPattern(..., starts=True)` is only tried where a gate word begins."""
    import importlib
    from re import _parser

    # (the package's `extract` is the function; the rules are in the module)
    extract = importlib.import_module("newsroom.extraction.extract")
    marked = [
        g
        for module in (extract, kinds)
        for g in vars(module).values()
        if isinstance(g, GatedPattern) and g.starts
    ]
    assert len(marked) >= 5
    for gated in marked:
        for start, _ in _literal_starts(_parser.parse(gated.pattern.pattern).data):
            assert start.startswith(gated.words), (start, gated.words)


def test_starts_gated_pattern_is_the_pattern() -> None:
    pattern = GatedPattern(re.compile(r"(?i:\bled\s+by\b|очол\w*)"), "led", "очол", starts=True)
    for text in [
        "It was called off, then led by him.",
        "The team, LED BY Umerov, arrived.",
        "Straße: the team led by Umerov.",  # casefold grows "ß"
        "Делегацію очолив Умєров.",
        "Nothing here was called.",
    ]:
        found, expected = pattern.search(text), pattern.pattern.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_date_prefix_gates_pass_every_match(texts: list[str]) -> None:
    """`dates._apply_prefixes` skips a pattern only when it cannot match."""
    checks = [
        (dates._OVERNIGHT, lambda folded, last: any(w in folded for w in dates._OVERNIGHT_WORDS)),
        (dates._MIDNIGHT_END, lambda folded, last: any(w in folded for w in dates._MIDNIGHT_WORDS)),
        (
            dates._END_MARK,
            lambda folded, last: (
                last.endswith(dates._END_LAST_WORDS) or any(w in folded for w in dates._END_WORDS)
            ),
        ),
        (dates._DEADLINE_MARK, lambda folded, last: last.endswith(dates._DEADLINE_LAST_WORDS)),
        (dates._BOUND_MARK, lambda folded, last: last.endswith("after")),
    ]
    extra = [
        "the ceasefire expired at midnight on",
        "истёк в полночь по стамбульскому времени (21:00 GMT)",
        "until midnight Kyiv time on",
        "до 00:00 за київським часом",
        "OVERNIGHT INTO",
        "no later than",
        "не пізніше",
        "prisoners detained after",
    ]
    matched = 0
    for text in [*texts, *extra]:
        for end in range(len(text) + 1):
            before = text[max(0, end - 60) : end]
            if dates._UNFOLDED.search(before):
                continue
            folded = fold(before)
            for pattern, gate in checks:
                if pattern.search(before):
                    matched += 1
                    assert gate(folded, folded.rstrip()), (pattern.pattern[:30], before)
    assert matched > 20


def test_first_character_lookaheads_change_no_match(texts: list[str]) -> None:
    """The patterns with a first-character lookahead written in by hand (the clause
    breaks, the Cyrillic durations and weekdays, English dates) find what they find
    without it."""
    from newsroom.extraction import text as text_module

    lookahead = re.compile(
        r"^(?:\(\?i:)?\(\?=\[[^\]]*(?:\\\][^\]]*)*\]\)\)?\(\?:(.*)\)$", re.DOTALL
    )
    weekdays = [
        pattern
        for lang in ("uk", "ru")
        for form, _, pattern in dates._patterns(lang)
        if form == "weekday" and pattern.pattern.startswith("(?=[")
    ]
    assert len(weekdays) == 4
    english = [p for _, _, p in dates._patterns("en") if p.pattern.startswith("(?i:(?=[")]
    assert len(english) == 7
    cyrillic = [
        p
        for lang in ("uk", "ru")
        for _, _, p in dates._patterns(lang)
        if p.pattern.startswith("(?i:(?=[")
    ]
    assert len(cyrillic) == 8
    for pattern in (
        text_module._SEGMENT_BREAK,
        dates._CLAUSE_BREAK,
        dates._DURATION_CY,
        *weekdays,
        *english,
        *cyrillic,
    ):
        plain = re.compile(lookahead.match(pattern.pattern).group(1))
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], text[:80]


def test_time_gate_passes_every_time(texts: list[str]) -> None:
    """`dates._TIME` only runs on a sentence `dates._TIME_GATE` finds something in."""
    extra = [
        "from 18:00 Moscow time",
        "at 6 p.m. on Sunday",
        "by 9AM GMT",
        "з 00:00 за київським часом",
        "с 18.00 по московскому времени",
        "at 10 a.m.",
    ]
    matched = 0
    for text in [*texts, *extra]:
        for match in dates._TIME.finditer(text):
            assert dates._TIME_GATE.search(match.group()), match.group()
            matched += 1
    assert matched >= len(extra)
