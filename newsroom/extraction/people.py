"""People the gazetteer does not know yet, found by their titles.

"Foreign Minister Hakan Fidan", "Kremlin spokesperson Dmitry Peskov",
"речник Кремля Дмитро Пєсков", or an apposition: "Marc Fogel, an American teacher".
"""

from __future__ import annotations

import re
from functools import cache

from newsroom.extraction.gazetteer import GazetteerMatch

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯІЇЄҐЁ"
_PARTICLE = r"(?:bin|al|el|de|van|von|da|der)?"
_NAME = rf"(?P<name>[{_UPPER}][\w'’-]+(?:\s+{_PARTICLE}\s*[{_UPPER}][\w'’-]+){{1,3}})"

_EN_TITLES = (
    r"President|Prime Minister|Minister|Secretary(?: of State)?|Secretary-General|"
    r"spokes(?:person|man|woman)|envoy|adviser|advisor|aide|negotiator|ambassador|"
    r"commander|chief|General|Gen\.|Sheikh|Emir|King|Crown Prince|Chancellor|official|"
    r"leader|mediator|director|head|Senator|Rep\.|Mayor|Governor|President-elect"
)
_CY_TITLES = (
    r"президент\w*|прем['’]?єр\w*|премьер\w*|міністр\w*|министр\w*|речни\w*|речниц\w*|"
    r"представни\w*|посланц\w*|посланник\w*|радни\w*|помічни\w*|помощни\w*|советни\w*|"
    r"переговорни\w*|посол\w*|посл[аоу]\w*|командувач\w*|командующ\w*|голов\w*|глав\w*|"
    r"керівни\w*|руководител\w*|держсекретар\w*|госсекретар\w*|спецпосланц\w*|спецпосланник\w*"
)


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    if lang in {"uk", "ru"}:
        titled = re.compile(rf"(?i:(?:{_CY_TITLES}))(?:\s+[а-яіїєґё'’-]+){{0,4}}\s+{_NAME}")
    else:
        titled = re.compile(rf"\b(?:{_EN_TITLES})(?:\s+[a-z][\w-]*){{0,3}}\s+{_NAME}")
    apposition = re.compile(rf"{_NAME},\s+(?:an?|the|a\s+former|an\s+\w+)\s+[a-zа-яіїєґё]")
    return titled, apposition


def find_unknown_people(text: str, lang: str, known: list[GazetteerMatch]) -> list[tuple[int, str]]:
    """(offset, name) for names after a title (or before an apposition) that no
    gazetteer match covers."""
    found: list[tuple[int, str]] = []
    for pattern in _patterns(lang):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if any(m.start < end and start < m.end for m in known):
                continue
            name = re.sub(r"['’]s$", "", match.group("name")).strip()
            if len(name.split()) >= 2 and all(name != n for _, n in found):
                found.append((start, name))
    found.sort()
    return found
