"""People the gazetteer does not know yet, found by their titles.

"Foreign Minister Hakan Fidan", "Kremlin spokesperson Dmitry Peskov",
"речник Кремля Дмитро Пєсков", or an apposition: "Marc Fogel, an American teacher".
Names joined to a titled one share its title ("foreign ministers A B and C D").
"""

from __future__ import annotations

import re
from functools import cache

from newsroom.extraction.gazetteer import GazetteerMatch
from newsroom.extraction.text import Gate, Lines, WordStarts, first_chars, fold, gated_finditer

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯІЇЄҐЁ"
_PARTICLE = r"(?:bin|al|el|de|van|von|da|der)?"
_NAME = rf"(?P<name>[{_UPPER}][\w'’-]+(?:\s+{_PARTICLE}\s*[{_UPPER}][\w'’-]+){{1,4}})"
# ranks and honorifics before a name: "spokesman Major General Zaw Min Tun", "Mullah
# Mohammad Yaqoob" are proposed as "Zaw Min Tun" and "Mohammad Yaqoob"
_RANKS = re.compile(
    r"^(?:(?:Major|General|Lieutenant|Lt\.|Colonel|Col\.|Brigadier|Admiral|Marshal|"
    r"Field|Mullah|Maulana|Sheikh|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Cardinal|Archbishop|"
    r"Генерал\w*|Полковник\w*)\s+)+"
)
# a Russian or Ukrainian name in the instrumental ("с Эндрю Пиком", "з Майклом
# Антоном"): the editor creates people under their base form
# a capitalised word in the genitive singular of a place ("Европы", "Грузии", "Європи",
# "Британії"): no given name ends so (Russian "Али", "Тони" do end in "и")
_GENITIVE_PLACE = {"ru": re.compile(r"(?:ы|ии)$"), "uk": re.compile(r"(?:и|ії)$")}
_INSTRUMENTAL = re.compile(r"(?<=[^\W\d_]{3})(?:ом|ем)$")

_EN_TITLES = (
    r"President|Prime Minister|[Mm]inister|Secretary(?: of State)?|Secretary-General|"
    r"spokes(?:person|man|woman)|envoy|adviser|advisor|aide|negotiator|ambassador|"
    r"commander|chief|General|Gen\.|Sheikh|Emir|King|Crown Prince|Chancellor|official|"
    r"leader|mediator|director|head|Senator|Rep\.|Mayor|Governor|President-elect|"
    # who the people swapped or freed are: "Wall Street Journal reporter Evan
    # Gershkovich", "former Marine Paul Whelan", "arms dealer Viktor Bout"
    r"reporter|journalist|correspondent|Marine|pilot|businessman|businesswoman|activist|"
    r"dissident|dealer|star|teacher|soldier|lawmaker|politician|blogger"
)
_CY_TITLES = (
    r"президент\w*|прем['’]?єр\w*|премьер\w*|міністр\w*|министр\w*|речни\w*|речниц\w*|"
    r"представни\w*|посланц\w*|посланник\w*|радни\w*|помічни\w*|помощни\w*|советни\w*|"
    r"переговорни\w*|посол\w*|посл[аоу]\w*|командувач\w*|командующ\w*|голов\w*|глав\w*|"
    r"керівни\w*|руководител\w*|держсекретар\w*|госсекретар\w*|спецпосланц\w*|спецпосланник\w*|"
    r"журналіст\w*|журналист\w*|кореспондент\w*|корреспондент\w*|активіст\w*|активист\w*|"
    r"бізнесмен\w*|бизнесмен\w*|пілот\w*|пилот\w*|правозахисни\w*|правозащитни\w*|"
    r"опозиціонер\w*|оппозиционер\w*|блогер\w*"
)


# gates (see text.gated_finditer): every match contains one of these, in folded text
_EN_TITLE_WORDS = (
    "president",
    "minister",
    "secretary",
    "spokes",
    "envoy",
    "advis",
    "aide",
    "negotiator",
    "ambassador",
    "commander",
    "chief",
    "general",
    "gen.",
    "sheikh",
    "emir",
    "king",
    "crown prince",
    "chancellor",
    "official",
    "leader",
    "mediator",
    "director",
    "head",
    "senator",
    "rep.",
    "mayor",
    "governor",
    *("reporter", "journalist", "correspondent", "marine", "pilot", "businessman"),
    *("businesswoman", "activist", "dissident", "dealer", "star", "teacher", "soldier"),
    *("lawmaker", "politician", "blogger"),
)
_CY_TITLE_WORDS = (
    "президент",
    "прем",
    "міністр",
    "министр",
    "речни",
    "представни",
    "посланц",
    "посланник",
    "радни",
    "помічни",
    "помощни",
    "советни",
    "переговорни",
    "посол",
    "посл",
    "командувач",
    "командующ",
    "голов",
    "глав",
    "керівни",
    "руководител",
    "держсекретар",
    "госсекретар",
    "спецпосланц",
    "спецпосланник",
    *("журналіст", "журналист", "кореспондент", "корреспондент", "активіст", "активист"),
    *("бізнесмен", "бизнесмен", "пілот", "пилот", "правозахисни", "правозащитни"),
    *("опозиціонер", "оппозиционер", "блогер"),
)
_APPOSITION_GATE = re.compile(r",\s+(?:a|the)")
# more names joined to a titled one: "envoys A B and C D", "министры X Y и Z W"
_AND_NAME = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+(?:and|и|і|та|й)\s+){_NAME}")
# a capitalised run that opens with a function word or names a month or a day is no
# person: "In July, a mine blast ..." looks like an apposition ("Marc Fogel, a ...")
_NOT_A_NAME = re.compile(
    r"^(?:In|On|At|By|For|From|After|Before|During|Since|Until|Last|This|Next|The|A|An|"
    r"But|And|When|While|As|Earlier|Later|Then|Meanwhile|Після|После)\b|"
    r"\b(?:January|February|March|April|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# a joined name with its own title is found by the title ("and Prime Minister X")
_EN_TITLE_HEAD = re.compile(rf"(?:{_EN_TITLES})\b")
# words that make a capitalised run an institution or a thing, not a person
_NOT_A_PERSON = re.compile(
    r"\b(?:Ministry|Council|Committee|Office|Forces|Army|Airport|Declaration|Agreement|"
    r"Government|Department|Union|Nations|Front|Movement|Party|Court|Agency|Commission|"
    r"Service|House|Palace|Force|Guard|Brigade|Accords?|Plan|Summit)\b"
)
_EN_TITLE_GATE = WordStarts((*_EN_TITLE_WORDS, "prime"))


@cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], Gate], ...]:
    if lang in {"uk", "ru"}:
        # (the words between may be capitalised: "министры обороны Таиланда и Камбоджи
        # Наттапхон Наркпханит"; the known "Камбоджи" is then cut off the name; the
        # first-letter lookahead: see `first_chars`, about 3x faster here)
        titled = first_chars(
            "абгджкмопрс", rf"(?i:(?:{_CY_TITLES}))(?:\s+[\w'’-]+){{0,4}}?\s+{_NAME}"
        )
        titles = _CY_TITLE_WORDS
    else:
        # (a plural title lists several: "foreign ministers A and B")
        # (or set off by commas: "the ministry's spokeswoman, Maly Socheata, said")
        titled = re.compile(
            rf"\b(?:{_EN_TITLES})s?(?:(?P<comma>,)\s+|(?:\s+[a-z][\w-]*){{0,3}}\s+){_NAME}"
            r"(?(comma),)"
        )
        # Every English match *starts* with a title word ("Prime Minister" with
        # "prime"), so the pattern is only tried where one begins: common words such
        # as "head" or "general" put a title word in most lines, so a line gate would
        # scan nearly everything. The match also begins with `\b`, so only the words
        # that begin with a title word are tried (`WordStarts`), not "king" inside
        # "talking" or "head" inside "ahead". (The pattern runs on the text, the word
        # index is of the folded text: no character that is not a word character
        # folds to one, so a word start in the text is one in the folded text;
        # tests/newsroom/extraction/test_gated.py checks.)
        titles = _EN_TITLE_GATE
    # ("Oyet Pierino, the SPLM-IO's deputy chairman": the body may be named first)
    apposition = re.compile(
        rf"{_NAME},\s+(?:an?|the|a\s+former|an\s+\w+)\s+(?:[A-Z][\w-]*['’]s\s+)?[a-zа-яіїєґё]"
    )
    return (titled, titles), (apposition, _APPOSITION_GATE)


def find_unknown_people(
    text: str, lang: str, known: list[GazetteerMatch], lines: Lines | None = None
) -> list[tuple[int, str]]:
    """(offset, name) for names after a title (or before an apposition) that no
    gazetteer match covers. `lines` is the folded text's `Lines` if the caller has it."""
    if lines is None:
        lines = Lines(fold(text))
    found: list[tuple[int, str]] = []

    def add(start: int, end: int) -> bool:
        """Propose text[start:end] unless the gazetteer knows it; a known word at its
        head ("Камбоджи Наттапхон Наркпханит", after "министры обороны Таиланда и")
        is cut off. True when the run was a name (known or not)."""
        for m in known:
            if m.start < end and start < m.end:
                if m.start > start or m.end >= end:
                    return True  # a known name inside or at the end: not a new person
                start = m.end
        start = end - len(text[start:end].lstrip())
        name = re.sub(r"['’]s$", "", text[start:end]).strip()
        ranks = _RANKS.match(name)
        if ranks:
            start += ranks.end()
            name = name[ranks.end() :]
        if lang in {"uk", "ru"}:
            words = name.split()
            if len(words) >= 3 and _GENITIVE_PLACE[lang].search(words[0]):
                # "спецпредставитель генсека ООН по Европы Стивен Даути": a place in the
                # genitive before the name is the title's, not the person's
                start = text.index(words[1], start)
                words = words[1:]
            name = " ".join(_INSTRUMENTAL.sub("", word) for word in words)
        if (
            len(name.split()) < 2
            or _NOT_A_PERSON.search(name)
            or _NOT_A_NAME.search(name)
            or _EN_TITLE_HEAD.match(name)
        ):
            return False
        # (every place a name is told: the sentences each find it in their own span)
        if (start, name) not in found:
            found.append((start, name))
        return True

    titled, apposition = _patterns(lang)
    for match in gated_finditer(titled[0], titled[1], text, lines):
        if not add(*match.span("name")):
            continue
        end = match.end("name")
        while (more := _AND_NAME.match(text, end)) is not None and add(*more.span("name")):
            end = more.end("name")
    for match in gated_finditer(apposition[0], apposition[1], text, lines):
        add(*match.span("name"))
    found.sort()
    return found
