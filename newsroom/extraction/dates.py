"""Date expressions the way journalists write them, per language (en, uk, ru).

The grammar here finds the spans ("Jan. 23-24", "overnight on Feb. 3", "19–20 квітня",
"с 23 по 25 мая", "the following day", "last Thursday") and resolves them against
the publication date and the running anchor (the last date the text mentioned).
Numeric dates ("04.02.2026") are short spans handed to a reused, warmed-up
`dateparser.date.DateDataParser` per language (see `numeric_date`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from newsroom.extraction.text import (
    Bounded,
    Gate,
    Lines,
    Starts,
    WordBefore,
    WordsBefore,
    first_chars,
    fold,
    fold_pattern,
    gated_finditer,
)

# ---------------------------------------------------------------- vocabulary

EN_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
UK_MONTHS = {
    "січня": 1,
    "лютого": 2,
    "березня": 3,
    "квітня": 4,
    "травня": 5,
    "червня": 6,
    "липня": 7,
    "серпня": 8,
    "вересня": 9,
    "жовтня": 10,
    "листопада": 11,
    "грудня": 12,
}
RU_MONTHS = {
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
}
UK_MONTHS_LOC = {
    "січні": 1,
    "лютому": 2,
    "березні": 3,
    "квітні": 4,
    "травні": 5,
    "червні": 6,
    "липні": 7,
    "серпні": 8,
    "вересні": 9,
    "жовтні": 10,
    "листопаді": 11,
    "грудні": 12,
}
RU_MONTHS_LOC = {
    "январе": 1,
    "феврале": 2,
    "марте": 3,
    "апреле": 4,
    "мае": 5,
    "июне": 6,
    "июле": 7,
    "августе": 8,
    "сентябре": 9,
    "октябре": 10,
    "ноябре": 11,
    "декабре": 12,
}
EN_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
UK_WEEKDAYS = {
    "понеділок": 0,
    "понеділка": 0,
    "вівторок": 1,
    "вівторка": 1,
    "середу": 2,
    "середа": 2,
    "середи": 2,
    "четвер": 3,
    "четверга": 3,
    "п'ятницю": 4,
    "п'ятниця": 4,
    "п'ятниці": 4,
    "суботу": 5,
    "субота": 5,
    "суботи": 5,
    "неділю": 6,
    "неділя": 6,
    "неділі": 6,
}
RU_WEEKDAYS = {
    "понедельник": 0,
    "понедельника": 0,
    "вторник": 1,
    "вторника": 1,
    "среду": 2,
    "среда": 2,
    "среды": 2,
    "четверг": 3,
    "четверга": 3,
    "пятницу": 4,
    "пятница": 4,
    "пятницы": 4,
    "субботу": 5,
    "суббота": 5,
    "субботы": 5,
    "воскресенье": 6,
    "воскресенья": 6,
}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "sixty": 60,
    "ninety": 90,
    "hundred": 100,
    "один": 1,
    "одного": 1,
    "одну": 1,
    "два": 2,
    "дві": 2,
    "две": 2,
    "три": 3,
    "чотири": 4,
    "четыре": 4,
    "п'ять": 5,
    "пять": 5,
    "сім": 7,
    "семь": 7,
    "десять": 10,
    # (the genitive after "після"/"после": "після десяти днів переговорів")
    **dict.fromkeys(("двох", "двух"), 2),
    **dict.fromkeys(("трьох", "трёх", "трех"), 3),
    **dict.fromkeys(("чотирьох", "четырёх", "четырех"), 4),
    **dict.fromkeys(("п'яти", "пяти"), 5),
    **dict.fromkeys(("шість", "шесть", "шести"), 6),
    "семи": 7,
    **dict.fromkeys(("вісім", "восемь", "восьми"), 8),
    **dict.fromkeys(("дев'ять", "девять", "дев'яти", "девяти"), 9),
    "десяти": 10,
}


def _alternation(words: dict[str, int] | list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# full names, then abbreviations with their optional dot (a full stop after "February"
# ends the sentence; it is not part of the date)
_EN_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\d)"
# "17-го ноября", "18-е": Russian and Ukrainian ordinal endings
_CY_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:-?(?:го|е))?(?![\d:.,]\d)(?!\d)"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_CY_YEAR_WORD = r"(?:\s*(?:року|р\.|рік|года|г\.|год)(?!\w))?"
_APOS = "'’ʼ"


def _group(pattern: str, name: str) -> str:
    return f"(?P<{name}>{pattern})"


# ---------------------------------------------------------------- raw matches


# Not frozen, like `text.Block` (see there): made for every match, never changed after.
@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    form: (
        str  # abs | weekday | rel_pub | rel_anchor | clause | midnight | vague | numeric | ordinal
    )
    data: dict[str, Any]


# every English month name starts with one of these (gate for the month patterns)
_EN_MONTH_GATE = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_YEAR_GATE = re.compile(r"(?:19|20)\d\d")
_COUNTED_GATE = re.compile(r"(?:day|week)s?\s+(?:after|before|later|earlier)")  # "two days later"
# "04.02.2026", "2026-02-04": a digit, a mark, a digit; written mark first, so the engine
# skips to the marks (a literal class) instead of trying every character as a digit
# (about a third faster; the same lines hold a match: the three characters are in one)
_NUMERIC_GATE = re.compile(r"[./-](?<=\d[./-])(?=\d)")
# what follows a number that is a count, not a day ("March 3 and 40 people")
_NOT_A_DAY_AFTER = (
    r"(?:people|percent|per|of|times|more|others|years?|days?|hours?|months?|weeks?|"
    r"soldiers|civilians|prisoners|hostages|killed|dead|wounded|missiles|drones)\b"
)
_ORDINAL_GATE = re.compile(r"\d(?:st|nd|rd|th)\b")  # "on the 28th"


def _folded_words(words) -> tuple[str, ...]:
    """Gate words as they appear in folded text ("п’ятницю" -> "п'ятницю", "й" -> "и")."""
    return tuple(dict.fromkeys(fold(word) for word in words))


def _first(chars: str, pattern: str) -> str:
    """`pattern` behind a case-insensitive lookahead for the characters its matches
    begin with (`chars`, the inside of a class: may hold `\\d`), as `text.first_chars`
    does: for the patterns that open with `\\b` or an optional word, which the engine
    would otherwise try at every character of the lines it scans (each about 1.5-2x
    faster, same matches; tests/newsroom/extraction/test_gated.py checks)."""
    return rf"(?i:(?=[{chars}]))(?:{pattern})"


def _en_patterns() -> list[_Gated]:
    m1, m2 = _group(_EN_MONTH, "m1"), _group(_EN_MONTH, "m2")
    d1, d2 = _group(_DAY, "d1"), _group(_DAY, "d2")
    y1, y2 = _group(_YEAR, "y1"), _group(_YEAR, "y2")
    dash = r"\s*(?:-|–|—)\s*"
    numbers = _alternation([w for w in NUMBER_WORDS if w.isascii()])
    number_first = "".join(sorted({w[0] for w in NUMBER_WORDS if w.isascii()}))
    weekday = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    season = r"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+)"
    # gates (see text.gated_finditer): every match contains one of these words, or
    # (`Starts`) begins with one
    month_first = Starts(_EN_MONTH_GATE)
    between = Starts(("between", "from"))
    day_dash_day = re.compile(r"[-–—]\s*\d")  # "23-24 January"
    day_and_day = re.compile(r"\d\s+(?:through|thru)\s+\d")
    day_month = re.compile(rf"\d(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{'|'.join(_EN_MONTH_GATE)})")
    weekday_gate = Starts(("last", "next", "this", "coming", "past", *EN_WEEKDAYS))
    rel_pub = ("yesterday", "tomorrow", "today")
    counted = _COUNTED_GATE
    anchor = (
        "following day",
        "next day",
        "previous day",
        "day before",
        "day after",
        "same day",
        "day earlier",
        "day later",
        "that day",
        "that night",
        "that evening",
        "that morning",
        "same night",
        "same evening",
        "same morning",
        "hours",
    )
    table = [
        ("abs", month_first, rf"{m1}\s*{d1}(?:,?\s*{y1})?{dash}{m2}\s*{d2}(?:,?\s*{y2})?"),
        ("abs", month_first, rf"{m1}\s*{d1}{dash}{d2}(?:,?\s*{y1})?"),
        (
            # "from April 2 to Oct. 2, 2022": both ends named, the year at the end is
            # both days' year, and the span may be long
            "abs",
            between,
            rf"(?P<long>[Bb]etween|[Ff]rom)\s+{m1}\s*{d1}(?:,?\s*{y1})?\s+"
            rf"(?:and|to|until|through)\s+{m2}\s*{d2}(?:,?\s*{y2})?",
        ),
        (
            "abs",
            between,
            rf"(?:[Bb]etween|[Ff]rom)\s+{m1}\s*{d1}\s+(?:and|to|until|through)\s+{d2}(?![\w])",
        ),
        ("abs", day_dash_day, _first("0-9", rf"{d1}{dash}{d2}\s+{m1}(?:,?\s*{y1})?")),
        # "Nov. 17 through 19", "17 through 19 November": the second day shares the month
        # ("Nov. 17 and 18" is two days named, see `_listed_days`)
        (
            "abs",
            month_first,
            rf"{m1}\s*{d1}\s+(?:through|thru|to)\s+{d2}(?:,?\s*{y1})?(?![\d:])"
            rf"(?!\s+{_NOT_A_DAY_AFTER})",
        ),
        ("abs", day_and_day, rf"{d1}\s+(?:through|thru)\s+{d2}\s+{m1}(?:,?\s*{y1})?"),
        (
            "abs",
            between,
            rf"(?:[Bb]etween|[Ff]rom)\s+{d1}\s+(?:and|to|until|through)\s+{d2}\s+{m1}"
            rf"(?:,?\s*{y1})?",
        ),
        ("abs", month_first, rf"{m1}\s*{d1}(?:,?\s*{y1})?"),
        ("abs", day_month, _first(r"\dt", rf"(?:the\s+)?{d1}(?:\s+of)?\s+{m1}(?:,?\s*{y1})?")),
        (
            "numeric",
            _NUMERIC_GATE,
            r"(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}(?![\d])|"
            r"(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)",
        ),
        (
            "vague",
            # (every match has one of these words, whitespace, then a month name; tried
            # within the lines that hold a month name, see `text.Bounded`)
            Bounded(
                WordsBefore(
                    (
                        *("in", "since", "by", "until", "last", "next", "this", "early"),
                        *("late", "mid", "mid-", "the end of", "the start of", "the beginning of"),
                    ),
                    month_first,
                ),
                month_first,
            ),
            # (the word before may open the sentence: "In July, ...")
            rf"(?:(?i:in|since|by|until|last|next|this|early|late|mid|mid-|"
            rf"the end of|the start of|the beginning of)\s+){m1}(?!\.?\s*\d)"
            rf"(?:\s+{y1})?(?:\s+(?P<rel_year>last year|this year|next year))?",
        ),
        ("vague", month_first, rf"{m1}(?<!\.)\s+{y1}"),
        ("vague", _YEAR_GATE, rf"(?:in|since|of|by|until|from|before|after)\s+{season}?{y1}"),
        (
            "weekday",
            weekday_gate,
            rf"(?:(?P<mod>(?i:last|next|this|coming|past))\s+)?(?P<wd>{weekday})"
            rf"(?:['’]s)?(?:\s+(?P<part>morning|afternoon|evening|night))?",
        ),
        (
            "rel_pub",
            rel_pub,
            r"(?i:\b(?P<word>(?:the\s+)?day\s+before\s+yesterday|yesterday|tomorrow|"
            r"earlier today|later today)\b)",
        ),
        # "three days ago", "a week ago": counted back from publication
        (
            "ago",
            ("ago",),
            rf"(?i:\b(?P<n>{numbers}|\d+)\s+(?P<unit>days?|weeks?)\s+ago\b)",
        ),
        # "Trump received Zelensky on the 28th": a bare ordinal is a day of the month
        # the story was just telling (not "the 20th century", "the 5th round")
        (
            "ordinal",
            _ORDINAL_GATE,
            rf"\b(?:on|by|until|from|since)\s+the\s+{d1}(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)—–-]|and\b|or\b|$))",
        ),
        (
            "rel_month",
            ("month",),
            r"(?i:\b(?P<month>(?:earlier|later)\s+this\s+month|this\s+month|last\s+month|"
            r"next\s+month)\b)",
        ),
        (
            "week",
            ("week",),
            _first(
                "elnt",
                r"(?i:\b(?P<week>last\s+week|earlier\s+this\s+week|this\s+week|"
                r"later\s+this\s+week|next\s+week)\b)",
            ),
        ),
        (
            "clause",
            counted,
            _first(
                rf"\do{number_first}",
                rf"(?i:(?:only\s+)?\b(?P<n>{numbers}|\d+)\s+(?P<unit>days?|weeks?)\s+"
                r"(?P<dir>after|before)\b(?!\s+(?:the\s+)?(?:that|this)\b))",
            ),
        ),
        (
            "clause",
            counted,
            _first(
                "dtw",
                r"(?i:\b(?:the\s+)?(?P<unit>day|week)\s+(?P<dir>after|before))\b"
                r"(?=\s+(?:(?i:the|a|an|his|her|its|their)|[A-Z]\w+)\s)",
            ),
        ),
        (
            "rel_anchor",
            anchor,
            _first(
                "adfhlnpstw",
                r"(?i:\b(?:the\s+)?(?P<word>following day|next day|previous day|"
                r"day before|day after|same day|day earlier|day later)\b|"
                # "Within hours, the minister accused ...": the same day as the story's
                r"\b(?P<that>later that (?:day|night|evening)|that (?:day|night|evening|morning)|"
                r"that same (?:day|night)|the same (?:night|evening|morning)|within hours(?=,)|"
                r"(?:a\s+few\s+|several\s+)?hours\s+later(?=,))\b)",
            ),
        ),
        (
            "rel_anchor",
            counted,
            _first(
                rf"\d{number_first}",
                rf"(?i:\b(?P<n>{numbers}|\d+)\s+(?P<unit>days?|weeks?)\s+"
                r"(?:(?P<dir>later|earlier|afterwards)\b|"
                # "Two days before that, he met Trump": counted from the event just told
                r"(?P<dir2>before|after)\s+(?:that|this)(?=\s*[,.;]\s*(?!when\b|as\b))))",
            ),
        ),
        ("midnight", ("midnight",), r"(?i:\b(?:from|at|after)\s+midnight\b(?!\s+(?:on|of)\s))"),
        (
            "holiday",
            ("new year", "christmas"),
            r"(?i:\b(?P<holiday>new\s+year['’]s\s+(?:eve|day)|christmas(?:\s+(?:eve|day))?)\b)",
        ),
    ]
    return [(form, gate, re.compile(pattern)) for form, gate, pattern in table]


# fixed-date holidays news copy dates events by ("On New Year's Eve, Petro announced")
_HOLIDAYS = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
}


def _cyrillic_patterns(lang: str) -> list[_Gated]:
    months = UK_MONTHS if lang == "uk" else RU_MONTHS
    months_loc = UK_MONTHS_LOC if lang == "uk" else RU_MONTHS_LOC
    weekdays = UK_WEEKDAYS if lang == "uk" else RU_WEEKDAYS
    mon = f"(?:{_alternation(months)})(?!\\w)"
    m1 = _group(mon, "m1")
    m2 = _group(mon, "m2")
    d1, d2 = _group(_CY_DAY, "d1"), _group(_CY_DAY, "d2")
    y1 = _group(_YEAR, "y1")
    year = rf"(?:,?\s*{y1}{_CY_YEAR_WORD})?"
    dash = r"\s*(?:-|–|—)\s*"
    wd = _alternation(weekdays).replace("'", f"[{_APOS}]")
    # the first letters of the weekdays (the patterns run on folded, lower-case text)
    weekday_first = "[" + "".join(sorted({fold(day[0]) for day in weekdays})) + "]"
    if lang == "uk":
        start, to, both = r"(?:з|із|зі|від)", r"(?:по|до)", r"(?:між)"
        and_ = r"(?:і|й|та)"
        night = r"(?:у|в)\s+ніч\s+(?:(?:з|із|проти)\s+" + _DAY + r"\s+)?на"
        on_wd = (
            # ("запланована на вівторок": the day it is set for)
            r"(?:(?:у|в|во|на)\s+(?:(?P<mod>минулу|минулий|наступну|наступний|цю|цей)\s+)?|"
            r"(?P<mod2>минулої|наступної|цієї|минулого|наступного|цього)\s+)"
        )
        loc = r"(?:у|в|наприкінці|на початку|в середині|до кінця|з початку)"
        rel_pub = r"вчора|учора|позавчора|завтра|сьогодні"
        month_words = (
            r"(?:на\s+початку|наприкінці)\s+(?:цього\s+)?місяця|цього\s+місяця|"
            r"минулого\s+місяця|наступного\s+місяця"
        )
        week_words = (
            r"минулого\s+тижня|на\s+минулому\s+тижні|цього\s+тижня|на\s+цьому\s+тижні|"
            r"наступного\s+тижня|на\s+наступному\s+тижні"
        )
        rel_anchor = (
            r"наступного дня|того ж дня|того самого дня|напередодні|"
            r"того ж (?:ранку|вечора)|тієї ж ночі|того самого (?:ранку|вечора)|"
            # "через два дні" and, told after the count, "два дні потому"
            r"(?:(?P<pre>через|за)\s+)?(?P<n>\d+|\w+)\s+(?P<unit>дн\w+|тижн\w+)"
            r"(?(pre)|\s+(?:потому|по\s+тому))"
        )
        clause = (
            r"(?:наступного дня|через день|(?P<n>\d+|\w+)\s+дн\w+)\s+після того,?\s+як|"
            r"за день до того,?\s+як|"
            # "за три дні після саміту": the main clause is three days after the summit
            r"(?:за|через)\s+(?P<n2>\d+|\w+)\s+(?P<unit>дн\w+|тижн\w+)\s+(?P<dir>після|до)(?!\w)"
        )
    else:
        start, to, both = r"(?:с|со|от)", r"(?:по|до)", r"(?:между)"
        and_ = r"(?:и)"
        night = r"в\s+ночь\s+(?:(?:с|со)\s+" + _DAY + r"\s+)?на"
        on_wd = (
            # ("запланирована на вторник": the day it is set for)
            r"(?:(?:в|во|на)\s+(?:(?P<mod>прошлую|прошлый|прошлое|следующую|следующий|"
            r"следующее|эту|этот|это)\s+)?|(?P<mod2>прошлой|следующей)\s+)"
        )
        loc = r"(?:в|во|в конце|в начале|в середине|к концу|до конца)"
        rel_pub = r"вчера|позавчера|завтра|сегодня"
        month_words = (
            r"(?:в\s+начале|в\s+конце)\s+(?:этого\s+)?месяца|в\s+этом\s+месяце|"
            r"в\s+прошлом\s+месяце|в\s+следующем\s+месяце"
        )
        week_words = (
            r"на\s+прошлой\s+неделе|прошлой\s+неделей|на\s+этой\s+неделе|"
            r"на\s+следующей\s+неделе|на\s+будущей\s+неделе"
        )
        rel_anchor = (
            r"на следующий день|на другой день|в тот же день|накануне|"
            r"тем же (?:утром|вечером)|в тот же вечер|той же ночью|"
            # "спустя два дня" and "два дня спустя"
            r"(?:(?P<pre>через|спустя)\s+)?(?P<n>\d+|\w+)\s+(?P<unit>дн\w+|недел\w+)"
            r"(?(pre)|\s+спустя)"
        )
        clause = (
            r"(?:на следующий день|через день|(?P<n>\d+|\w+)\s+дн\w+)\s+после того,?\s+"
            r"как|за день до того,?\s+как|"
            r"(?:за|через|спустя)\s+(?P<n2>\d+|\w+)\s+(?P<unit>дн\w+|недел\w+)\s+"
            r"(?P<dir>после|до)(?!\w)"
        )
    cy_numbers = _alternation([w for w in NUMBER_WORDS if not w.isascii()])
    # gates (see text.gated_finditer), on folded text like the patterns
    month = _folded_words(months)
    month_loc = _folded_words(months_loc)
    weekday_gate = _folded_words(weekdays)
    rel_pub_gate = _folded_words(rel_pub.split("|"))
    week_gate = _folded_words(("тижн", "тижні", "недел"))
    month_gate = _folded_words(("місяц", "месяц"))
    # "після того, як", "за день до того, как", "за три дні після"/"через неделю после"
    clause_gate = _folded_words(
        [
            "того",
            *(
                f"{unit} {link}"
                for unit in ("дні", "днів", "день", "дня", "дней", "тижні", "тижнів", "тиждень")
                + ("недели", "недель", "неделю")
                for link in ("після", "после", "до")
            ),
        ]
    )
    anchor_gate = _folded_words(
        ("дн", "тижн", "ранку", "вечора", "ночі")
        if lang == "uk"
        else ("дн", "день", "накануне", "недел", "утром", "вечер", "ночью")
    )
    midnight_gate = ("опівночі", "полуночи")
    table = [
        # (the patterns that open with the day get a lookahead for its first digit:
        # see `_first`; 1.5-4x faster over the lines with a month name)
        (
            "abs",
            month,
            _first("0-9", rf"{d1}(?:\s+{m1})?{year}{dash}{d2}\s+{m2}{year.replace('y1', 'y2')}"),
        ),
        ("abs", month, _first("0-9", rf"{d1}{dash}{d2}\s+{m1}{year}")),
        # (told with "з ... по", "с ... по", "між ... і", a range may be long: "с 1 января
        # по 30 июня", like "from January 1 to June 30")
        ("abs", month, rf"(?P<long>{start})\s+{d1}(?:\s+{m1})?\s+{to}\s+{d2}\s+{m2}{year}"),
        ("abs", month, rf"(?P<long>{both})\s+{d1}(?:\s+{m1})?\s+{and_}\s+{d2}\s+{m2}{year}"),
        ("abs", month, rf"(?P<night>{night})\s+{d1}\s+{m1}{year}"),
        ("abs", month, _first("0-9", rf"{d1}\s+{m1}{year}")),
        # "23 и 25 марта": the first of two days that share the month named after them
        (
            "abs",
            month,
            _first("0-9", rf"{d1}(?=\s+{and_}\s+\d{{1,2}}(?:-?(?:го|е))?\s+{m1}{year})"),
        ),
        (
            "numeric",
            _NUMERIC_GATE,
            r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?![\d])|"
            r"(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)",
        ),
        ("vague", month_loc, rf"{loc}\s+(?P<mloc>{_alternation(months_loc)})(?!\w)(?:\s+{y1})?"),
        (
            "vague",
            month,
            rf"(?:наприкінці|на початку|в середині|в конце|в начале|в середине)\s+{m1}",
        ),
        # "с июля 2017 года", "з липня 2017 року": a month with its year after "since",
        # "until" (the year is required: "до 7 июля" is a day)
        (
            "vague",
            month,
            rf"(?:з|із|від|с|со|от|до|після|после)\s+{m1}\s+{y1}{_CY_YEAR_WORD}",
        ),
        (
            "vague",
            _YEAR_GATE,
            rf"(?:у|в|во|з|із|с|со|до|від|от|після|после)\s+{y1}"
            r"(?:\s*(?:року|р\.|рік|года|г\.|году|-?му|-?м)(?!\w))?",
        ),
        # "событий 2022 года: тогда, с 14 по 16 сентября": a year in the genitive, told
        # with its word, dates what follows
        (
            "vague",
            _YEAR_GATE,
            rf"(?<![\d.\-–—])(?<!\d\s){y1}\s*(?:року|года)(?!\w)",
        ),
        # "до 13:00 среды", "с понедельника": a weekday after a time or a preposition
        # (these two begin with lookbehinds, which the engine would try at every
        # character; the lookahead for the weekdays' first letters passes over the
        # others with one test: 2-3x faster, same matches)
        (
            "weekday",
            weekday_gate,
            rf"(?={weekday_first})(?:(?:(?<=\d\s)|(?<=\sдо\s)|(?<=\sот\s)|(?<=\sсо\s)|"
            rf"(?<=\sіз\s)|(?<=\sвід\s)|(?<=\s[сз]\s))(?P<wd>{wd})(?!\w))",
        ),
        # "вскоре после полудня субботы", "увечері суботи": a part of the day, then the
        # weekday in the genitive
        (
            "weekday",
            weekday_gate,
            r"(?<!\w)(?:полудня|утром|утра|вечером|вечера|ночью|днём|днем|зранку|вранці|"
            r"увечері|ввечері|вночі|опівдні|пополудні|ранку|вечора)\s+"
            rf"(?P<wd>{wd})(?!\w)",
        ),
        # "у понеділок і вівторок", "в понедельник и вторник": the second day named bare
        (
            "weekday",
            weekday_gate,
            rf"(?={weekday_first})(?:(?:(?<=\sі\s)|(?<=\sи\s)|(?<=\sта\s))(?P<wd>{wd})(?!\w))",
        ),
        # "в ночь на вторник": the night that ends on Tuesday morning
        ("weekday", weekday_gate, rf"(?P<night>{night})\s+(?P<wd>{wd})(?!\w)"),
        (
            "weekday",
            weekday_gate,
            rf"{on_wd}(?P<wd>{wd})(?!\w)(?:\s+(?P<part>зранку|вранці|ввечері|вночі|"
            r"утром|вечером|ночью|днем|днём))?",
        ),
        ("rel_pub", rel_pub_gate, rf"(?<!\w)(?P<word>{rel_pub})(?!\w)"),
        # "три дні тому", "неделю назад": counted back from publication
        (
            "ago",
            _folded_words(("тому", "назад")),
            rf"(?<!\w)(?:(?P<n>\d+|{cy_numbers})\s+)?(?P<unit>дн\w*|день|тижн\w*|тиждень|недел\w*|"
            rf"неделю)\s+(?:тому|назад)(?!\w)",
        ),
        ("week", week_gate, rf"(?<!\w)(?P<week>{week_words})(?!\w)"),
        ("rel_month", month_gate, rf"(?<!\w)(?P<month>{month_words})(?!\w)"),
        ("clause", clause_gate, rf"(?<!\w)(?:{clause})"),
        ("rel_anchor", anchor_gate, rf"(?<!\w)(?P<word>{rel_anchor})(?!\w)"),
        (
            "midnight",
            midnight_gate,
            r"(?<!\w)(?:з|із|с|со|після|после)\s+(?:опівночі|полуночи)(?!\w)",
        ),
    ]
    return [(form, gate, re.compile(fold_pattern(pattern))) for form, gate, pattern in table]


_Gated = tuple[str, Gate | None, re.Pattern[str]]  # form, gate, pattern


@cache
def _patterns(lang: str) -> list[_Gated]:
    return _cyrillic_patterns(lang) if lang in {"uk", "ru"} else _en_patterns()


def _raw_matches(text: str, lang: str, lines: Lines | None = None) -> list[_Raw]:
    """`lines` (of the folded text) is passed when the caller already has it."""
    found: list[_Raw] = []
    if lines is None:
        lines = Lines(fold(text))
    # Cyrillic patterns are written case-insensitive and run on folded text (faster);
    # English ones need capitals ("May" the month, not "may").
    haystack = lines.folded if lang in {"uk", "ru"} else text
    for form, gate, pattern in _patterns(lang):
        for match in gated_finditer(pattern, gate, haystack, lines):
            if match.end() > match.start():
                data = {k: v for k, v in match.groupdict().items() if v is not None}
                found.append(_Raw(match.start(), match.end(), form, data))
    # longest first, then earliest pattern; drop overlaps
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[_Raw] = []
    for raw in found:
        if kept and raw.start < kept[-1].end:
            continue
        kept.append(raw)
    return kept


# ---------------------------------------------------------------- resolution


# Not frozen, like `text.Block` (see there): never changed once made (`replace` makes
# a new one).
@dataclass(slots=True)
class DateMention:
    """A resolved date expression. Offsets are absolute (into the article text)."""

    start: int
    end: int
    text: str
    starts_on: dt.date | None
    ends_on: dt.date | None = None
    precision: str = "day"  # day | month | year
    role: str = "start"  # start | end | deadline | conversion
    form: str = "abs"
    year_inferred: bool = False
    time_note: str = ""
    exclusive_end: bool = False

    @property
    def is_event_date(self) -> bool:
        return self.role == "start" and self.precision == "day" and self.starts_on is not None


_NEAR_DAYS = 62  # "the near future/past" of a news report, for year inference


def infer_year(month: int, day: int, published: dt.date, future: bool = False) -> dt.date | None:
    """The year that puts month/day nearest to `published`, leaning to the past.

    In a sentence about the future ("will", "due to") the lean goes the other way.
    News reports the past and the near future: a year-less date more than about two
    months on the wrong side of publication ("from Jan. 19" in an October article,
    "will expire on March 1" in a December one) belongs to the other year.
    """
    best: tuple[float, dt.date] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        delta = (candidate - published).days
        ahead = delta > 0
        against = ahead != future and delta != 0  # on the side the clause does not lean to
        cost = abs(delta) * (2.0 if against else 1.0)
        if against and abs(delta) > _NEAR_DAYS:
            cost += 1000
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


def _month(lang: str, name: str) -> int:
    key = name.lower().rstrip(".")
    if lang == "uk":
        return UK_MONTHS.get(key) or UK_MONTHS_LOC.get(key, 0)
    if lang == "ru":
        return RU_MONTHS.get(key) or RU_MONTHS_LOC.get(key, 0)
    return EN_MONTHS.get(key, 0)


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _number_key(text: str) -> str:
    """A number word as NUMBER_WORDS lists it ("П’ять" -> "п'ять")."""
    return text.lower().replace("’", "'").replace("ʼ", "'")


def _number(text: str) -> int:
    text = _number_key(text)
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text, 1)


def _weekday_index(lang: str, name: str) -> int:
    key = name.lower()
    for apostrophe in "’ʼ":
        key = key.replace(apostrophe, "'")
    table = UK_WEEKDAYS if lang == "uk" else RU_WEEKDAYS if lang == "ru" else EN_WEEKDAYS
    return table[key]


_LAST_WEEKDAY = frozenset(
    map(fold, ("last", "past", "минулу", "минулий", "минулої", "минулого",
               "прошлую", "прошлый", "прошлое", "прошлой"))
)  # fmt: skip
_NEXT_WEEKDAY = frozenset(
    map(fold, ("next", "наступну", "наступний", "наступної", "наступного",
               "следующую", "следующий", "следующее", "следующей"))
)  # fmt: skip
_THIS_WEEKDAY = frozenset(
    map(fold, ("this", "coming", "цю", "цей", "цієї", "цього", "эту", "этот", "это"))
)  # fmt: skip


def resolve_weekday(
    weekday: int, published: dt.date, modifier: str = "", future: bool = False
) -> dt.date:
    """ "on Friday" = the nearest Friday on/before publication, or on/after in a future
    context; "last Friday" strictly before, "next Friday" strictly after."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    # the grammar hands over folded words ("минулої" arrives as "минулоі")
    modifier = fold(modifier)
    if modifier in _LAST_WEEKDAY:
        return published - dt.timedelta(days=back or 7)
    if modifier in _NEXT_WEEKDAY:
        return published + dt.timedelta(days=ahead or 7)
    if modifier in _THIS_WEEKDAY:
        future = True
    return published + dt.timedelta(days=ahead) if future else published - dt.timedelta(days=back)


_PART_NOTES = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
    "зранку": "morning",
    "вранці": "morning",
    "утром": "morning",
    "ввечері": "evening",
    "вечером": "evening",
    "вночі": "overnight",
    "ночью": "overnight",
    "днем": "daytime",
    "днём": "daytime",
}


@dataclass(slots=True)
class DateContext:
    """What resolution needs besides the span: the publication date and the anchor."""

    published: dt.date
    lang: str
    anchor: dt.date | None = None
    # the anchor when its year was written out in the paragraph being read
    # ("19–20 сентября 2023 года ... . 20 сентября ..." stays in 2023)
    dated_anchor: dt.date | None = None
    # its last day, when it was a range ("с 27 сентября по 9 ноября 2020 года. ...
    # Боевые действия прекратились 10 ноября": the day after the range, in 2020)
    dated_until: dt.date | None = None


# "last year", "минулого року", "в прошлом году" right after a year-less date
_YEAR_AFTER = re.compile(
    r"(?i:,?\s+(?:(?P<en>last|next|this)\s+year|"
    r"(?P<uk>минулого|наступного|цього)\s+року|(?P<ru>прошлого|следующего|этого)\s+года|"
    r"в\s+(?P<ru2>прошлом|следующем|этом)\s+году)(?!\w))"
)
_YEAR_SHIFT = {
    "last": -1, "next": 1, "this": 0,
    "минулого": -1, "наступного": 1, "цього": 0,
    "прошлого": -1, "следующего": 1, "этого": 0,
    "прошлом": -1, "следующем": 1, "этом": 0,
}  # fmt: skip


def _year_shift(text: str, end: int) -> int | None:
    match = _YEAR_AFTER.match(text, end)
    if match is None:
        return None
    word = match.group("en") or match.group("uk") or match.group("ru") or match.group("ru2")
    return _YEAR_SHIFT[word.lower()]


def _resolve_abs(
    raw: _Raw, ctx: DateContext, future: bool, year_shift: int | None = None
) -> tuple[dt.date | None, ...]:
    data = raw.data
    m1 = _month(ctx.lang, data["m1"]) if "m1" in data else 0
    m2 = _month(ctx.lang, data["m2"]) if "m2" in data else 0
    if not m1:
        m1 = m2
    if not m2:
        m2 = m1
    d1 = _day(data["d1"])
    inferred = "y1" not in data and "y2" not in data
    year = int(data.get("y1") or data.get("y2") or 0)
    if not year and year_shift is not None:
        # "on April 2 last year", "from Nov. 21 to Dec. 12 last year": the year is told
        year = ctx.published.year + year_shift - (1 if m1 > m2 else 0)
        inferred = False
    try:
        start = dt.date(year, m1, d1) if year else infer_year(m1, d1, ctx.published, future)
    except ValueError:
        return None, None, False
    if start is None:
        return None, None, False
    end = None
    if "d2" in data:
        end_year = int(data.get("y2") or start.year)
        try:
            end = dt.date(end_year, m2, _day(data["d2"]))
        except ValueError:
            end = None
        if end is not None and end < start and "y2" not in data:
            end = replace_year(end, end.year + 1)
        longest = 400 if "long" in data else 120
        if end is not None and (end <= start or (end - start).days > longest):
            end = None
    return start, end, inferred


def replace_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # Feb 29
        return day.replace(year=year, day=28)


def _resolve_vague(raw: _Raw, ctx: DateContext) -> DateMention | None:
    data = raw.data
    month_name = data.get("m1") or data.get("mloc")
    year = int(data["y1"]) if "y1" in data else 0
    if month_name:
        month = _month(ctx.lang, month_name)
        if not month:
            return None
        rel = data.get("rel_year", "")
        if not year:
            year = ctx.published.year + (
                -1 if rel == "last year" else 1 if rel == "next year" else 0
            )
            if not rel and month > ctx.published.month:
                year -= 1
        day = dt.date(year, month, 1)
        return DateMention(
            raw.start, raw.end, "", day, None, "month", form="vague", year_inferred="y1" not in data
        )
    if year:
        return DateMention(raw.start, raw.end, "", dt.date(year, 1, 1), None, "year", form="vague")
    return None


def _vague_count(data: dict[str, Any]) -> bool:
    """A count in words that names no number ("кілька", "несколько", "пару")."""
    count = data.get("n") or data.get("n2")
    if not count or count.isdigit():
        return False
    return _number_key(count) not in NUMBER_WORDS


def _delta_days(data: dict[str, Any], default: int = 1) -> int:
    count = data.get("n") or data.get("n2")
    n = _number(count) if count else default
    unit = data.get("unit", "day").lower()
    return n * (7 if unit.startswith(("week", "тижн", "тижд", "недел")) else 1)


_ANCHOR_WORDS = {
    "following day": 1,
    "next day": 1,
    "day after": 1,
    "day later": 1,
    "previous day": -1,
    "day before": -1,
    "day earlier": -1,
    "same day": 0,
    "наступного дня": 1,
    "того ж дня": 0,
    "того самого дня": 0,
    "того ж ранку": 0,
    "того ж вечора": 0,
    "тієї ж ночі": 0,
    "того самого ранку": 0,
    "того самого вечора": 0,
    "тем же утром": 0,
    "тем же вечером": 0,
    "в тот же вечер": 0,
    "той же ночью": 0,
    "напередодні": -1,
    "на следующий день": 1,
    "на другой день": 1,
    "в тот же день": 0,
    "накануне": -1,
}
# which week, counted from the week of publication
_WEEK_SHIFT = {
    "last": -1, "минулого": -1, "минулому": -1, "прошлой": -1,
    "next": 1, "наступного": 1, "наступному": 1, "следующей": 1, "будущей": 1,
}  # fmt: skip


def _week(words: str, span: str, start: int, end: int, published: dt.date) -> DateMention:
    """ "last week", "минулого тижня", "на этой неделе": Monday to Sunday of that week
    (to the day before publication for "earlier this week"), with week precision."""
    lowered = fold(words)
    shift = next((v for k, v in _WEEK_SHIFT.items() if fold(k) in lowered.split()), 0)
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
    sunday = monday + dt.timedelta(days=6)
    if lowered.startswith("earlier"):
        sunday = max(monday, published - dt.timedelta(days=1))
    return DateMention(start, end, span, monday, sunday, "week", form="vague")


_EVE_WORDS = {"напередодні", "накануне"}
# what follows "напередодні"/"накануне" when it is "the eve of" something: a lower-case
# word that is not a past-tense verb ("напередодні обміну", but "накануне заявил")
# (genitive plurals in -ов/-ів are nouns: "накануне переговоров")
EVE_NOUN = re.compile(
    r"\s+(?![а-яіїєґё'’]*(?:ав|ив|яв|ал|ил|ел|ял|ол|ул|ла|ли|ло|лась|лася|лся|вся|лись|лися)"
    r"(?!\w))[а-яіїєґё]"
)
_PUB_WORDS = {
    "the day before yesterday": -2,
    "day before yesterday": -2,
    "yesterday": -1,
    "tomorrow": 1,
    "earlier today": 0,
    "later today": 0,
    "вчора": -1,
    "учора": -1,
    "позавчора": -2,
    "завтра": 1,
    "сьогодні": 0,
    "вчера": -1,
    "позавчера": -2,
    "сегодня": 0,
}


def _resolve_one(
    raw: _Raw, text: str, offset: int, ctx: DateContext, future: bool, base: dt.date | None
) -> DateMention | None:
    """One raw match to a mention; `base` is the sentence's own main date, if any."""
    span = text[raw.start : raw.end]
    start_abs, end_abs = offset + raw.start, offset + raw.end
    data = raw.data
    anchor = ctx.anchor or ctx.published
    if raw.form in {"ago", "rel_anchor", "clause"} and _vague_count(data):
        # "за кілька днів", "через несколько дней", "пару дней спустя": no day to name
        return None
    if raw.form == "abs":
        start, end, inferred = _resolve_abs(raw, ctx, future, _year_shift(text, raw.end))
        if start is None:
            return None
        note = "overnight" if "night" in data else ""
        return DateMention(
            start_abs,
            end_abs,
            span,
            start,
            end,
            "day",
            form="abs",
            year_inferred=bool(inferred),
            time_note=note,
        )
    if raw.form == "ordinal":
        # the month (and year) of the date the story told last
        try:
            day = anchor.replace(day=int(data["d1"]))
        except ValueError:  # "the 31st" of a 30-day month: not a date
            return None
        return DateMention(start_abs, end_abs, span, day, form="abs", year_inferred=True)
    if raw.form == "holiday":
        name = re.sub(r"\s+", " ", data["holiday"].lower()).replace("’", "'")
        day = infer_year(*_HOLIDAYS[name], ctx.published, future)
        if day is None:
            return None
        return DateMention(start_abs, end_abs, span, day, form="abs", year_inferred=True)
    if raw.form == "numeric":
        parsed = numeric_date(span, ctx.lang)
        if parsed is None:
            return None
        return DateMention(start_abs, end_abs, span, parsed, form="abs")
    if raw.form == "vague":
        mention = _resolve_vague(raw, ctx)
        # the grammar's offsets are relative to the sentence: make them absolute
        return replace(mention, start=start_abs, end=end_abs, text=span) if mention else None
    if raw.form == "weekday":
        modifier = data.get("mod") or data.get("mod2") or ""
        day = resolve_weekday(_weekday_index(ctx.lang, data["wd"]), ctx.published, modifier, future)
        note = "overnight" if "night" in data else _PART_NOTES.get(data.get("part", "").lower(), "")
        return DateMention(start_abs, end_abs, span, day, form="weekday", time_note=note)
    if raw.form == "rel_month":
        words = fold(data["month"]).split()
        shift = -1 if {"last", "минулого", "прошлом"} & set(words) else 0
        shift = 1 if {"next", "наступного", "следующем"} & set(words) else shift
        year, month = divmod(ctx.published.year * 12 + ctx.published.month - 1 + shift, 12)
        first = dt.date(year, month + 1, 1)
        # "earlier this month" is a month, not a day: no event date of its own
        return DateMention(start_abs, end_abs, span, first, None, "month", form="vague")
    if raw.form == "week":
        return _week(data["week"], span, start_abs, end_abs, ctx.published)
    if raw.form == "ago":
        days = _delta_days(data)  # ("тиждень тому" has no number: one week)
        # "five weeks ago" is a rough count, not a day: week precision, no event date
        precision = "day" if days < 7 or days % 7 else "week"
        return DateMention(
            start_abs,
            end_abs,
            span,
            ctx.published - dt.timedelta(days=days),
            precision=precision,
            form="relative",
        )
    if raw.form == "rel_pub":
        shift = _PUB_WORDS.get(re.sub(r"\s+", " ", data["word"].lower()), 0)
        return DateMention(
            start_abs, end_abs, span, ctx.published + dt.timedelta(days=shift), form="relative"
        )
    if raw.form == "rel_anchor":
        if "that" in data:
            return DateMention(start_abs, end_abs, span, anchor, form="relative")
        word = re.sub(r"\s+", " ", data.get("word", "")).lower()
        background = raw.start == 0 and (ctx.published - anchor).days > 7
        if word in _EVE_WORDS and not EVE_NOUN.match(text, raw.end) and not background:
            # "Песков накануне заявил": a bare "the eve" in news copy is the day
            # before publication; "накануне переговоров" is the eve of an event; and
            # opening a sentence after a day told weeks back ("14 мая Трамп встретился
            # с аш-Шараа. Накануне он объявил ..."), the eve of that day
            return DateMention(
                start_abs, end_abs, span, ctx.published - dt.timedelta(days=1), form="relative"
            )
        if word in _ANCHOR_WORDS:
            shift = _ANCHOR_WORDS[word]
        else:
            shift = _delta_days(data)
            if data.get("dir", "").lower() == "earlier" or data.get("dir2", "").lower() == "before":
                shift = -shift
        return DateMention(
            start_abs, end_abs, span, anchor + dt.timedelta(days=shift), form="relative"
        )
    if raw.form == "clause":
        origin = base or anchor
        shift = _delta_days(data)
        weeks = not data.get("unit", "").lower().startswith(("d", "д"))
        if base is None and weeks and shift >= 14:
            # "The talks came three weeks after the worst fighting": weeks past one are
            # a round figure, no day to name (with the day told, "three weeks after
            # fighting erupted on 15 April" still marks it as the clause's)
            return None
        backwards = (
            data.get("dir", "after").lower() == "after"
            or "після" in span.lower()
            or "после" in span.lower()
        )
        if base is None and _THAT_EVENT.match(text, raw.end):
            # "За два дні до того він зустрічався з Трампом": two days before the event
            # just told, this sentence's own event (no clause opens after it)
            day = (
                origin + dt.timedelta(days=shift)
                if backwards
                else origin - dt.timedelta(days=shift)
            )
            return DateMention(start_abs, end_abs, span, day, form="relative")
        day = origin - dt.timedelta(days=shift) if backwards else origin + dt.timedelta(days=shift)
        return DateMention(start_abs, end_abs, span, day, form="clause")
    if raw.form == "midnight":
        origin = base or anchor
        return DateMention(
            start_abs,
            end_abs,
            span,
            origin + dt.timedelta(days=1),
            form="relative",
            time_note="from midnight",
        )
    return None


# prefixes that change what a date means
_OVERNIGHT = re.compile(
    r"(?i:(?P<note>overnight(?:\s+(?:on|into|to))?|(?:on\s+)?the\s+night\s+of|"
    r"in\s+the\s+early\s+hours\s+of|early\s+on|late\s+on))\s*$"
)
_MIDNIGHT_END = re.compile(
    # "until midnight on April 21", "до 00:00 8 квітня" (за київським часом): the last
    # full day is the day before
    r"(?i:(?:until|till|to|before|до)\s+(?:midnight|опівночі|полуночи|0?0[:.]00)"
    r"(?:\s+(?:за\s+|по\s+)?[\w-]+\s+(?:часом|времени|time))?(?:\s+on)?)\s*$"
)
_END_MARK = re.compile(
    r"(?i:(?<!\w)(?:until|till|through|up\s+to|по|до)"
    r"(?:\s+(?:about|around|roughly|approximately|приблизно|примерно))?\s*$|"
    # "spread across the city until the early hours of May 14"
    r"(?<!\w)(?:until|till)\s+(?:the\s+)?(?:early\s+hours|morning|evening|night)\s+of\s*$|"
    # a truce or deadline that expires/lapses on a day: that day is its last
    # ("истёк в полночь по стамбульскому времени (21:00 GMT) 17 июля": a clock time and
    # its zone may come between)
    r"(?<!\w)(?:expir\w*|lapse[sd]?|r[au]ns?\s+out|спливає|спливе|сплив\w*|истека\w*|"
    r"истеч\w*|истёк\w*|ист[её]к|истекл\w*)\s+(?:at\s+[\d:.]+\s*(?:[ap]\.?m\.?)?\s+)?"
    r"(?:on\s+)?$|"
    r"(?<!\w)(?:expire[sd]?|lapsed|сплив\w*|ист[её]к\w*|истекл\w*)\s+(?:at|in|о|об|в|у)\s+"
    r"(?:midnight|опівночі|полночь|the\s+same\s+(?:hour|time)|[\d:.]+)[^.;]{0,50}$)"
)
_DEADLINE_MARK = re.compile(
    r"(?i:(?<!\w)(?:before|by|no\s+later\s+than|не\s+пізніше|не\s+позднее|не\s+позже|"
    r"к|перед)\s*$)"
)
# an ultimatum's deadline: "had given Hamas until 6 p.m. Washington time on Sunday"
_GIVEN_UNTIL = re.compile(
    r"(?i:\b(?:gave|given|giving|set)\s+(?:[\w'’-]+\s+){0,3}?until\s+"
    r"(?:[\d:.]+\s*(?:[ap]\.?m\.?)?\s+)?(?:[\w-]+\s+time\s+)?(?:on\s+)?$)"
)
# "prisoners detained after Oct. 7, 2023": the edge of a period told in passing, not a
# day something happened
_BOUND_MARK = re.compile(r"(?i:\b\w+ed\s+after\s*$)")
_START_MARK = re.compile(
    r"(?i:(?<!\w)(?:from|between|since|від|от|между|між)\s[^.;]{0,45}$|"
    # "з"/"с" also mean "with" ("встречи с американцами ... 23 и 25 марта"): only right
    # before the day, or before a clock time and the day ("с 18:00 ... 19 апреля")
    r"(?<!\w)(?:з|із|зі|с|со)\s+(?:\d{1,2}[:.]\d{2}[^.;]{0,35})?$)"
)
_RANGE_LINK = re.compile(
    r"^(?i:\s*(?:-|–|—|to|until|till|through|and|і|й|та|и|по|до)\s*"
    # ("до опівночі 21 квітня", "до 24:00 7 січня": the clock time the range ends at)
    r"(?:(?:midnight|опівночі|полуночи|\d{1,2}[:.]\d{2})\s*(?:on\s+)?)?)$"
)
_THROUGH = re.compile(r"(?i:^\s*(?:through|thru)\s*$)")
_CONVERSION = re.compile(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|CET|EET|MSK|мск)\b[^()]*$", re.I)
_TIME = first_chars(
    "abfвзіос",
    r"(?i:(?<!\w)(?:from|at|by|з|із|о|об|с|со|в)\s+(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:a\.m\.|p\.m\."
    r"|am|pm))(?:\s+(?:за\s+)?(?:[\w-]+\s+)?(?:time|часом|времени|GMT|UTC))?)",
)
# every _TIME match has a space, the hour, then its minutes or "a.m."/"pm": a sentence
# without that need not run _TIME, which has no fast start and costs far more than this
# search (a space before a digit alone is in nearly every dated sentence: "on March 3")
_TIME_GATE = re.compile(r"(?i:\s\d{1,2}(?:[:.]\d|\s*[ap]\.?m))")
_WEAK_JOIN = re.compile(r"^\s*,?\s*(?:on\s+)?$", re.I)
_APPOSITION = re.compile(r"^[^,.;:!?]{1,40},\s*(?:on\s+)?$", re.I)


def _absorb_adjacent(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """Join "Sunday, Jan. 19", "Накануне, в воскресенье", "last week, on June 18" into one."""
    rank = {"abs": 3, "weekday": 2, "relative": 1, "clause": 0}
    out: list[DateMention] = []
    for mention in mentions:
        if out and mention.precision == "day" and out[-1].precision == "day":
            previous = out[-1]
            between = text[previous.end - offset : mention.start - offset]
            joined = _WEAK_JOIN.match(between) or (
                # "Напередодні зустрічі в Білому домі, у неділю, ...", "The day before the
                # vote, on Sunday, ...": the explicit day restates the relative one
                previous.form == "relative"
                and mention.form in {"abs", "weekday"}
                and _APPOSITION.match(between)
            )
            if joined and "clause" not in {previous.form, mention.form}:
                best = (
                    mention if rank.get(mention.form, 0) >= rank.get(previous.form, 0) else previous
                )
                if (
                    best is mention
                    and mention.year_inferred
                    and previous.form == "relative"
                    and previous.starts_on is not None
                    and mention.starts_on is not None
                    and abs(
                        (
                            replace_year(mention.starts_on, previous.starts_on.year)
                            - previous.starts_on
                        ).days
                    )
                    <= 3
                ):
                    # "Two weeks later, on Aug. 26" after "Aug. 12, 2008": the count says
                    # which year the day without one is in
                    best = _in_year(mention, previous.starts_on.year)
                note = previous.time_note or mention.time_note
                out[-1] = replace(
                    best,
                    start=previous.start,
                    end=mention.end,
                    text=text[previous.start - offset : mention.end - offset],
                    time_note=note,
                )
                continue
        out.append(mention)
    return out


_NIGHT_OF = re.compile(r"(?i:\b(?:night\s+of|overnight(?:\s+on)?)\s*$)")


def _collapse_nights(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """ "on the night of May 6-7" is one night, dated by the day it ends into (May 7),
    as "в ночь на 7 мая" / "у ніч на 7 травня" say outright."""
    out: list[DateMention] = []
    for mention in mentions:
        if (
            mention.ends_on is not None
            and mention.starts_on is not None
            and (mention.ends_on - mention.starts_on).days == 1
            and _NIGHT_OF.search(text[max(0, mention.start - offset - 20) : mention.start - offset])
        ):
            mention = replace(
                mention, starts_on=mention.ends_on, ends_on=None, time_note="overnight"
            )
        out.append(mention)
    return out


# "arrived on April 9 and left on Thursday", "прибула 9 квітня і виїхала в четвер"
_ARRIVED = re.compile(
    r"(?i:\b(?:arrived|began|opened|started)\s+(?:in\s+\w+\s+)?(?:on\s+)?$|"
    r"(?<!\w)(?:прибул\w*|прибу\w*|почал\w*|розпочал\w*|начал\w*|открыл\w*)\s+(?:\w+\s+)?$)"
)
_LEFT_LINK = re.compile(
    r"(?i:^\s*,?\s*(?:and|і|й|та|и|а)\s+(?:\w+\s+)?(?:left|departed|ended|closed|wrapped\s+up|"
    r"виїхал\w*|поїхал\w*|завершил\w*|закінчил\w*|уехал\w*|покинул\w*|завершил\w*)"
    r"(?:\s+\w+)?\s+(?:on\s+|у\s+|в\s+|во\s+)?$)"
)
_WEEKDAY_AND = re.compile(r"(?i:^\s*(?:and|і|й|та|и)\s+(?:on\s+|у\s+|в\s+|во\s+)?$)")


def _pair_ranges(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """ "from Jan. 19 to March 1", "з 18:00 ... 19 квітня до опівночі 21 квітня", "on
    Tuesday and Wednesday", "arrived on April 9 and left on Thursday"."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        second = mentions[i + 1] if i + 1 < len(mentions) else None
        last_day = (
            _range_end(first, second, text, offset)
            if second is not None and first.is_event_date and first.ends_on is None
            else None
        )
        if second is not None and last_day is not None:
            span = text[first.start - offset : second.end - offset]
            out.append(replace(first, end=second.end, ends_on=last_day, text=span))
            i += 2
            continue
        out.append(first)
        i += 1
    return out


def _range_end(first: DateMention, second: DateMention, text: str, offset: int) -> dt.date | None:
    """The last day of the range `first` and `second` make together, if they make one."""
    if second.precision != "day" or second.starts_on is None or first.starts_on is None:
        return None
    between = text[first.end - offset : second.start - offset]
    before = text[max(0, first.start - offset - 50) : first.start - offset]
    days = (second.starts_on - first.starts_on).days
    if (
        first.form == second.form
        and first.form in {"weekday", "abs"}
        and days == 1
        and _WEEKDAY_AND.match(between)
        # (not two nights running: "в ночь на 18 июля ... и в ночь на 19 июля")
        and not (first.time_note or second.time_note)
    ):
        return second.starts_on  # "on Tuesday and Wednesday", "on Nov. 17 and Nov. 18"
    if 0 < days <= 31 and _THROUGH.match(between):
        return second.starts_on  # "Monday through Wednesday": a range on its own
    if 0 < days <= 31 and _ARRIVED.search(before) and _LEFT_LINK.match(between):
        return second.starts_on  # "arrived on April 9 and left on Thursday": one stay
    dash_link = re.match(r"^\s*[-–—]\s*$", between) is not None
    if _RANGE_LINK.match(between) and (dash_link or _START_MARK.search(before)):
        end = second.starts_on
        if re.search(r"midnight|опівночі|полуночи|(?<!\d)0?0[:.]00\b", between, re.I):
            end -= dt.timedelta(days=1)
        if end >= first.starts_on:
            return end
    return None


# The prefix patterns above are case-insensitive and anchored at the end of the text
# before a date, so `search` tries them at every one of its characters. What each
# match must contain, or end with (before trailing spaces), in folded text, lets the
# common window with none of it skip them. Folding agrees with case-insensitive
# matching on every letter of these words except for the rare characters of
# `_UNFOLDED` (Turkish dotted and dotless i, long s, old Cyrillic letter forms): a
# window with one of them runs every pattern.
_UNFOLDED = re.compile("[İıſ\u1c80-\u1c88]")
_OVERNIGHT_WORDS = ("night", "early", "late")
_MIDNIGHT_WORDS = ("midnight", "опівночі", "полуночи", "00")
_END_LAST_WORDS = (
    *("until", "till", "through", "to", "по", "до"),
    *("about", "around", "roughly", "approximately", "приблизно", "примерно"),
)
# (and "until the early hours/morning/evening/night of")
_END_WORDS = (
    "expir",
    "lapse",
    "ran out",
    "run out",
    "runs out",
    "сплив",
    "истека",
    "истеч",
    "истек",
    "hours of",
    "ing of",
    "night of",
)
_DEADLINE_LAST_WORDS = ("before", "by", "than", "пізніше", "позднее", "позже", "к", "перед")


def _apply_prefixes(mention: DateMention, text: str, offset: int) -> DateMention:
    before = text[max(0, mention.start - offset - 60) : mention.start - offset]
    folded = fold(before)
    last = folded.rstrip()  # what the window ends with
    every = _UNFOLDED.search(before) is not None
    note = mention.time_note
    overnight = (
        _OVERNIGHT.search(before)
        if every or any(word in folded for word in _OVERNIGHT_WORDS)
        else None
    )
    if overnight:
        word = overnight.group("note").lower()
        note = "early hours" if "early hours" in word else "overnight" if "night" in word else note
    role = mention.role
    starts_on = mention.starts_on
    if _CONVERSION.search(before):
        role = "conversion"
    elif (every or any(word in folded for word in _MIDNIGHT_WORDS)) and _MIDNIGHT_END.search(
        before
    ):
        role = "end"
        if starts_on:
            starts_on -= dt.timedelta(days=1)
    elif (
        mention.ends_on is None
        and (every or last.endswith(_END_LAST_WORDS) or any(word in folded for word in _END_WORDS))
        and _END_MARK.search(before)
    ):
        role = "end"
    elif (
        (every or last.endswith(_DEADLINE_LAST_WORDS))
        and _DEADLINE_MARK.search(before)
        or (every or "until" in folded)
        and _GIVEN_UNTIL.search(before)
    ):
        role = "deadline"
    elif (every or last.endswith("after")) and _BOUND_MARK.search(before):
        role = "bound"
    if role == mention.role and starts_on == mention.starts_on and note == mention.time_note:
        return mention  # nothing to change (`replace` is comparatively slow)
    return replace(mention, role=role, starts_on=starts_on, time_note=note)


_FUTURE_BEFORE = {
    "en": first_chars(
        "acdeimnpstuw",
        r"(?i:\b(?:will|would|shall|is\s+to|are\s+to|due\s+to|is\s+due|are\s+due|"
        r"expected|plans?\s+to|planned\s+for|set\s+to|scheduled|upcoming|"
        r"to\s+be\s+held|next|as\s+early\s+as|(?:could|might|may)\s+(?:\w+\s+)?"
        r"(?:meet|hold|sign|resume|start|begin|visit|travel|take\s+place)|"
        # "a plan for 16 vessels to move through the corridor on Monday": what is to be
        # done after the day of the plan (not "began to move")
        r"(?<!began\s)(?<!started\s)(?<!continued\s)(?<!tried\s)to\s+(?:move|sail|depart|"
        r"resume|reopen|take\s+effect))\b)",
    ),
    "uk": first_chars(
        "бвзмноп",
        r"(?i:(?<!\w)(?:буде|будуть|відбудеться|відбудуться|має|мають|планує\w*|"
        r"заплановано|запланован\w*|призначен\w*\s+на|очікується|найближч\w+|обговор(?:ить|ять))(?!\w))",
    ),
    "ru": first_chars(
        "бдзнопс",
        r"(?i:(?<!\w)(?:будет|будут|состоится|состоятся|должн\w+|планиру\w+|"
        r"запланирован\w*|назначен\w*\s+на|ожидается|пройд[её]т|начн[её]тся|начнутся|обсуд(?:ит|ят))(?!\w))",
    ),
}
_FUTURE_AFTER = {
    "en": re.compile(
        r"(?i:^\W*(?:\w+\s+){0,4}?(?:will|shall|is\s+due|are\s+due|is\s+expected|"
        r"are\s+expected|is\s+scheduled|are\s+scheduled|is\s+set)\b)"
    ),
    "uk": re.compile(
        r"(?i:^\W*(?:\w+\s+){0,4}?(?:буде|будуть|відбудеться|відбудуться|"
        r"зустрін(?:е|у)ться|проведуть|обговор(?:ить|ять))(?!\w))"
    ),
    "ru": re.compile(
        r"(?i:^\W*(?:\w+\s+){0,4}?(?:будет|будут|состоится|состоятся|встрет(?:я|и)тся|"
        r"проведут|обсуд(?:ит|ят))(?!\w))"
    ),
}
_TIME_CLAUSE = re.compile(r"(?i:(?:when|once|until|коли|когда)\b)")
_MAY_WILL = re.compile(r"(?i:\b(?:will|may|might|would|shall)\b)")
_CLAUSE_BREAK = re.compile(
    # (the lookahead holds every first character: the engine passes over the rest with
    # one test instead of trying each alternative; same matches, about twice as fast)
    r"(?=[,;():\sbwatsщч])"
    r"(?:[,;()]|:(?!\d)|\s[—–]\s|\b(?:but|while|when|and\s+that|that|said|що|что)\b)"
)


# capitalised names joined by "and": no clause of their own
_NAMES_ONLY = re.compile(r"\s*(?:[A-ZА-ЯЁІЇЄҐ][\w'’.-]*\s*|(?:and|и|і|й|та)\s+)+")
# a word that makes a clause of its own: lower case, four letters or more
_CLAUSE_WORD = re.compile(r"(?<!\w)[a-zа-яіїєґё][\w'’-]{3,}")
_LONG_WORD = re.compile(r"\w{4,}")


def future_at(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the clause around text[start:end] speaks of the future.

    A marker before the date in its clause counts ("would exchange ... on Wednesday");
    after it only a firm one does ("On Friday, the delegations will meet"), so
    "On Saturday, Trump said ... he would not" stays in the past.
    """
    breaks_before = list(_CLAUSE_BREAK.finditer(text, 0, start))
    clause_start = breaks_before[-1].end() if breaks_before else 0
    if _NAMES_ONLY.fullmatch(text, clause_start, start):
        # only names before it ("Уиткофф и Кушнер в четверг встретятся"): the
        # clause's verb is still to come
        return bool(_FUTURE_AFTER.get(lang, _FUTURE_AFTER["en"]).search(text[end : end + 80]))
    # a clause of only names and small words ("would meet again "in Caracas, on
    # August 14th"") continues the one before it
    while breaks_before and not _CLAUSE_WORD.search(text, clause_start, start):
        breaks_before.pop()
        clause_start = breaks_before[-1].end() if breaks_before else 0
    before = text[clause_start:start]
    if _FUTURE_BEFORE.get(lang, _FUTURE_BEFORE["en"]).search(before):
        return True
    if breaks_before and _TIME_CLAUSE.match(text, breaks_before[-1].start()):
        # "prices may jump when markets open on Monday": a time clause in the present
        # tells the future of the clause it hangs on
        earlier = breaks_before[-2].end() if len(breaks_before) > 1 else 0
        if _MAY_WILL.search(text, earlier, breaks_before[-1].start()):
            return True
    if _LONG_WORD.search(before):  # the date closes its clause: what follows is another
        return False
    return bool(_FUTURE_AFTER.get(lang, _FUTURE_AFTER["en"]).search(text[end : end + 80]))


def scan_dates(text: str, lang: str, lines: Lines | None = None) -> list[_Raw]:
    """Raw date spans of a whole article, found once (offsets into `text`)."""
    return _raw_matches(text, lang, lines)


def shift_raws(raws: list[_Raw], start: int, end: int) -> list[_Raw]:
    """The raw spans inside text[start:end], relative to `start`."""
    return [
        _Raw(r.start - start, r.end - start, r.form, r.data)
        for r in raws
        if r.start >= start and r.end <= end
    ]


def find_dates(
    text: str,
    offset: int,
    ctx: DateContext,
    future: bool | None = None,
    raws: list[_Raw] | None = None,
) -> list[DateMention]:
    """Date mentions in one sentence `text` starting at absolute `offset`.

    `future` forces the reading of weekdays and year-less dates; by default each
    mention's own clause decides. Does not move the anchor; the caller does that
    after reading the sentence.
    """
    if raws is None:
        raws = _raw_matches(text, ctx.lang)
    if not raws:
        return []
    primary = [
        r
        for r in raws
        if r.form not in {"clause", "midnight"}
        # «Сегодня мы закрываем страницу», — заявил вчера Пашинян: "today" in a quote
        # is the day it was said, which the attribution gives
        and not (r.form == "rel_pub" and quoted(text, r.start))
    ]
    base: dt.date | None = None
    mentions: list[DateMention] = []
    for raw in primary:
        ahead = future if future is not None else future_at(text, raw.start, raw.end, ctx.lang)
        told = mentions[-1] if mentions else None
        if (
            raw.form == "rel_anchor"
            and told is not None
            and told.form in {"abs", "weekday", "relative"}
            and told.precision == "day"
            and told.starts_on is not None
        ):
            # "launched on Sept. 19; a ceasefire took effect the following day", "announced
            # last Wednesday ... and signed the text the following day": the following day
            # counts from the date just told in the same sentence
            here = DateContext(ctx.published, ctx.lang, told.ends_on or told.starts_on)
            mention = _resolve_one(raw, text, offset, here, ahead, None)
        else:
            mention = _resolve_one(raw, text, offset, ctx, ahead, None)
        same_year = _SAME_YEAR.match(text, raw.end) is not None
        if mention is not None and told is not None and told.form in {"abs", "vague"}:
            mention = _year_from(mention, told, same_year)
        elif mention is not None and told is None and ctx.dated_anchor is not None:
            began = _BEGAN_BEFORE.search(text, max(0, raw.start - 40), raw.start)
            within = 31 + (ctx.dated_until - ctx.dated_anchor).days if ctx.dated_until else 31
            mention = _year_near(mention, ctx.dated_anchor, within, before=62 if began else 0)
        elif mention is not None and same_year and mention.year_inferred:
            # "the 2013 Brussels Agreement, signed on April 19 that year"
            years = _BARE_YEAR.findall(text, 0, raw.start)
            if years and mention.starts_on is not None:
                mention = _in_year(mention, int(years[-1]))
        if mention is not None:
            mentions.append(mention)
    mentions = _years_from_next(mentions, text, offset)
    if ctx.lang == "en":
        mentions = _listed_days(mentions, text, offset)
    mentions = _absorb_adjacent(mentions, text, offset)
    mentions = _collapse_nights(mentions, text, offset)
    mentions = _pair_ranges(mentions, text, offset)
    mentions = [_apply_prefixes(m, text, offset) for m in mentions]
    if ctx.lang == "en" and "day" in text:
        mentions = _days_of_range(list(mentions), text, offset)
    # ("took effect at midnight the same day, ending ... July 24-28": the day the
    # midnight is told with, even in relative words, not a later date of the sentence)
    day_dates = [
        m
        for m in mentions
        if m.is_event_date
        and (m.form in {"abs", "weekday"} or (m.form == "relative" and m.precision == "day"))
    ]
    for raw in raws:
        if raw.form not in {"clause", "midnight"}:
            continue
        nearest = min(day_dates, key=lambda m: abs(m.start - offset - raw.start), default=None)
        if nearest is None and any(m.precision in {"month", "year"} for m in mentions):
            # "In July, a blast ..., a day before the clashes broke out": counted from
            # a day the sentence does not give
            continue
        base = nearest.starts_on if nearest else None
        mention = _resolve_one(raw, text, offset, ctx, bool(future), base)
        subordinate_base = nearest is not None and nearest.start - offset >= raw.end
        if mention is not None and raw.form == "clause" and subordinate_base:
            mention = _clause_main(mention, raw, base)
        if mention is not None:
            mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    for time in _TIME.finditer(text) if _TIME_GATE.search(text) else ():
        following = [
            i for i, m in enumerate(mentions) if m.is_event_date and m.start - offset >= time.end()
        ]
        if following and not mentions[following[0]].time_note:
            i = following[0]
            mentions[i] = replace(mentions[i], time_note=time.group())
    if _TWICE.search(text):
        mentions = [part for m in mentions for part in _two_days(m)]
    return mentions


# "spoke by phone twice, on Oct. 11 and 12", "двічі говорив ... 11 і 12 жовтня": two
# events, one on each day, not one that lasted both
_TWICE = re.compile(r"(?i:\btwice\b|(?<!\w)(?:двічі|дважды)(?!\w))")
_AND_DAYS = re.compile(r"(?i:\s(?:and|і|й|та|и)\s)")


def _two_days(mention: DateMention) -> list[DateMention]:
    if (
        mention.ends_on is None
        or mention.starts_on is None
        or (mention.ends_on - mention.starts_on).days != 1
        or not _AND_DAYS.search(mention.text)
    ):
        return [mention]
    return [
        replace(mention, ends_on=None),
        replace(mention, starts_on=mention.ends_on, ends_on=None),
    ]


QUOTE_MARKS = re.compile(r"[«»“”\"]")


def quoted(text: str, at: int) -> bool:
    """Whether position `at` of a sentence is inside quotation marks."""
    opened = False
    for mark in QUOTE_MARKS.finditer(text, 0, at):
        char = mark.group()
        opened = char in "«“" or (char == '"' and not opened)
    return opened


def quoted_speech(text: str, at: int) -> bool:
    """Whether position `at` is inside words someone said: quotation marks around a
    short name ("announced a «режим тишини»", "the so-called 'energy truce'") only
    mark a term, which is the writer's own."""
    if not quoted(text, at):
        return False
    opening = max(text.rfind(mark, 0, at) for mark in '«“"')
    closing = QUOTE_MARKS.search(text, at)
    if closing is None:
        return True
    inside = text[opening + 1 : closing.start()]
    return len(inside.split()) > 3 or inside.rstrip()[-1:] in {".", "!", "?", ","}


# "2 октября того же года", "that same year": the year of the date told before
_SAME_YEAR = re.compile(
    r"(?i:\s+(?:того\s+(?:(?:же|ж|самого)\s+)?(?:года|року)|(?:of\s+)?(?:the\s+same|that(?:\s+same)?)"
    r"\s+year)(?!\w))"
)


# "It ended the 44-day war that began on Sept. 27", "войне, начавшейся 27 сентября":
# what ended on the day just told began before it
_BEGAN_BEFORE = first_chars(
    "bseнпрвс",
    r"(?i:(?:\b(?:began|started|broke\s+out|erupted)|(?<!\w)(?:начавш|началас|начался|"
    r"почал|розпочал|спалахнул|вспыхнул|разразивш)\w*)(?:\s+(?:on|в|у))?\s+$)",
)


def _year_near(
    mention: DateMention, anchor: dt.date, within: int = 31, before: int = 0
) -> DateMention:
    """A guessed year gives way to the year of the date the paragraph just told when,
    in that year, the day follows it within `within` days: "19–20 сентября 2023 года
    ... . 20 сентября ..." stays in 2023. (A day *before* the told one is a jump the
    other way: "fired on Oct. 8, 2023. Israel killed Nasrallah on Sept. 27" is a year
    later, which the guess from the publication date gets right; unless what it dates
    began `before` days or less before: "signed on Nov. 10, 2020. It ended the war that
    began on Sept. 27".)"""
    if not (mention.form == "abs" and mention.year_inferred and mention.starts_on is not None):
        return mention
    starts_on = replace_year(mention.starts_on, anchor.year)
    if not -before <= (starts_on - anchor).days <= 0 and starts_on < anchor:
        # "Dec. 30, 2023 ... on Jan. 2": into the next year
        starts_on = replace_year(mention.starts_on, anchor.year + 1)
    if (
        starts_on.year == mention.starts_on.year
        or not -before <= (starts_on - anchor).days <= within
    ):
        return mention
    return _in_year(mention, starts_on.year)


# "a second round, between Oct. 25 and Oct. 30, ... agreed on its last day"
_ITS_DAY = first_chars(
    "o",
    r"(?i:\bon\s+(?:its|their)\s+(?P<edge>first|opening|second|last|final|closing)\s+day\b)",
)


# "the talks opened on Thursday and ran into a second day": a day more
_INTO_DAY = first_chars(
    "cdrsw",
    r"(?i:\b(?:ran|went|continued|stretched|spilled|dragged)\s+(?:on\s+)?(?:over\s+)?into\s+"
    r"(?:a|their|its)\s+(?P<nth>second|third|fourth|fifth)\s+day\b)",
)
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _days_of_range(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """ "on its last day" after a range told earlier in the sentence: that range's day;
    "opened on Thursday and ran into a second day": the day told runs one day more."""
    for match in _INTO_DAY.finditer(text):
        told = [
            i
            for i, m in enumerate(mentions)
            if m.end - offset <= match.start() and m.is_event_date and m.precision == "day"
        ]
        if told and mentions[told[-1]].ends_on is None and mentions[told[-1]].starts_on:
            first = mentions[told[-1]]
            last = first.starts_on + dt.timedelta(days=_NTH[match.group("nth").lower()] - 1)
            mentions[told[-1]] = replace(first, ends_on=last)
    for match in _ITS_DAY.finditer(text):
        told = [
            m
            for m in mentions
            if m.end - offset <= match.start() and m.ends_on is not None and m.is_event_date
        ]
        if not told:
            continue
        edge = match.group("edge").lower()
        day = (
            told[-1].ends_on
            if edge in {"last", "final", "closing"}
            else told[-1].starts_on + dt.timedelta(days=int(edge == "second"))
        )
        start, end = offset + match.start(), offset + match.end()
        mentions = sorted(
            [*mentions, DateMention(start, end, match.group(), day, form="relative")],
            key=lambda m: m.start,
        )
    return mentions


_BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _year_from(mention: DateMention, told: DateMention, same_year: bool = False) -> DateMention:
    """ "signed on 9 November 2020, and from midnight on 10 November ...": a year-less
    date takes its year from the dated one just before it in the sentence."""
    if not (
        mention.form == "abs"
        and mention.year_inferred
        and mention.starts_on is not None
        # ("in April 2023, ... on April 14": a month with its year counts too)
        and told.form in {"abs", "vague"}
        and not told.year_inferred
        and told.starts_on is not None
    ):
        return mention

    def distance(year: int) -> tuple[int, int]:
        # the nearest year, and on a near tie the later one: a story told in order
        # ("took effect on April 2 last year, lapsed on Oct. 2") moves forward
        days = (replace_year(mention.starts_on, year) - told.starts_on).days
        return (abs(days) // 7, -year)

    year = (
        told.starts_on.year
        # ("событий 2022 года: тогда, с 14 по 16 сентября": a whole year holds the day)
        if same_year or told.precision == "year"
        else min((told.starts_on.year + shift for shift in (-1, 0, 1)), key=distance)
    )
    return mention if year == mention.starts_on.year else _in_year(mention, year)


def _in_year(mention: DateMention, year: int) -> DateMention:
    """`mention` moved to start in `year` (a range keeps its length), its year now told."""
    if mention.starts_on is None:
        return mention
    shift = year - mention.starts_on.year
    ends_on = mention.ends_on and replace_year(mention.ends_on, mention.ends_on.year + shift)
    return replace(
        mention,
        starts_on=replace_year(mention.starts_on, year),
        ends_on=ends_on,
        year_inferred=False,
    )


# "April 19-20 and May 8-10 last year", "19–20 квітня та «травневого» з 8 по 10 травня
# минулого року": what comes between two dates of one list
_COORDINATED = re.compile(
    r"(?i:[\s,«»\"'“”]*(?:and|or|та|і|й|и|або|или)(?:\s+[\w«»\"'“”-]+){0,2}?\s*)"
)


# "on Nov. 17 and 18": a bare day after a dated one; "on 17 and 18 November": before it
_AND_DAY_AFTER = re.compile(
    rf"\s+and\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![\d:.,]\d)(?!\s+{_NOT_A_DAY_AFTER})"
)
_DAY_AND_BEFORE = re.compile(r"(?<![\d.,])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+and\s+$")


def _listed_days(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """Days listed with "and" that share a month named once ("Nov. 17 and 18", "17 and
    19 November") are mentions of their own; running days then pair into a range."""

    def listed(mention: DateMention, match: re.Match[str]) -> DateMention | None:
        """The bare day number `match` found next to `mention`, in its month and year."""
        try:
            day = mention.starts_on.replace(day=int(match.group("day")))  # type: ignore[union-attr]
        except ValueError:  # "Feb. 28 and 30": not a day
            return None
        start, end = offset + match.start("day"), offset + match.end("day")
        return replace(mention, start=start, end=end, text=match.group("day"), starts_on=day)

    out: list[DateMention] = []
    for mention in mentions:
        day = mention.starts_on
        if not (mention.form == "abs" and mention.ends_on is None and day is not None):
            out.append(mention)
            continue
        before = _DAY_AND_BEFORE.search(
            text, max(0, mention.start - offset - 12), mention.start - offset
        )
        if before is not None and int(before.group("day")) < day.day:
            out += [m for m in (listed(mention, before),) if m is not None]
        out.append(mention)
        after = _AND_DAY_AFTER.match(text, mention.end - offset)
        if after is not None and int(after.group("day")) > day.day:
            out += [m for m in (listed(mention, after),) if m is not None]
    return out


def _years_from_next(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """A year-less date listed just before a dated one takes that one's year: the
    year written once at the end of a list belongs to the whole list."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        mention, after = out[i], out[i + 1]
        if (
            mention.form == "abs"
            and mention.year_inferred
            and after.form == "abs"
            and not after.year_inferred
            and _COORDINATED.fullmatch(text, mention.end - offset, after.start - offset)
        ):
            out[i] = _year_from(mention, after)
    return out


# "за два дні до того" with no "як" after it: the event told before
_THAT_EVENT = re.compile(
    r"(?i:\s+(?:того|цього|этого|тому|этому)(?!\s*,?\s*(?:як|как|коли|когда)\b))"
)


def _clause_main(mention: DateMention, raw: _Raw, base: dt.date | None) -> DateMention:
    """ "X happened three days after the summit on Friday, 15 August": the date given
    belongs to the subordinate event, so the clause dates the *main* clause (form
    "clause_main"): base + 3 days ("after") or base - 3 days ("before")."""
    if base is None:
        return mention
    span = mention.text.lower()
    after = raw.data.get("dir", "after").lower() in {"after", "після", "после"} or (
        "після" in span or "после" in span
    )
    shift = dt.timedelta(days=_delta_days(raw.data))
    return replace(mention, starts_on=base + shift if after else base - shift, form="clause_main")


def next_anchor(mentions: list[DateMention], current: dt.date | None) -> dt.date | None:
    """The date later relative words ("the following day") count from."""
    for mention in reversed(mentions):
        if mention.is_event_date and mention.form not in {"clause", "clause_main"}:
            return mention.starts_on
    return current


def dated(
    anchor: dt.date | None, mentions: list[DateMention]
) -> tuple[dt.date | None, dt.date | None]:
    """(`anchor`, the last day of its range if it is one) if a mention that gives it has
    its year written out, else (None, None)."""
    for mention in mentions:
        if mention.starts_on == anchor and mention.form == "abs" and not mention.year_inferred:
            return anchor, mention.ends_on
    return None, None


# ---------------------------------------------------------------- durations

_DURATION_EN = re.compile(
    # "after two days" is a delay, but "after two days of talks" names the talks' length
    r"(?i:(?:(?<!within\s)(?<!in\s)(?<!after\s)(?<!over\s)|(?=\w+[- ]\w+\s+of\s))"
    r"\b(?P<n>\d+|a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|fourteen|fifteen|twenty|thirty|forty|sixty|ninety)"
    r"[- ](?P<unit>days?|weeks?|months?|hours?)\b"
    # (not "the 10-day-old ceasefire": an age)
    r"(?![- ]old\b)(?!\s+(?:after|before|later|earlier|ago|afterwards)\b))"
)
_DURATION_CY = re.compile(
    # (every match begins with a digit or one of these letters, in any case: the
    # lookahead passes over the other characters with one test, instead of trying the
    # lookbehinds and every alternative at each: about 2.5x faster, same matches;
    # written by hand, as `first_chars` only takes letters)
    r"(?i:(?=[\dодтчпсвш]))(?:"
    # (the apostrophe of "п’ять" as typed: ' ’ or ʼ)
    r"(?i:(?<!протягом\s)(?<!течение\s)(?<![Зз]а\s)(?<![Чч]ерез\s)(?<![Сс]пустя\s)\b(?P<n>\d+|один|одну|два|дві|две|три|"
    r"чотири|четыре|п['’ʼ]ять|пять|сім|семь|десять|двох|двух|трьох|трёх|трех|чотирьох|четырёх|"
    r"четырех|п['’ʼ]яти|пяти|шість|шесть|шести|семи|вісім|восемь|восьми|дев['’ʼ]ять|девять|"
    r"дев['’ʼ]яти|девяти|десяти)"
    r"[- ](?P<unit>дн\w*|день|тижн\w*|тиждень|недел\w*|годин\w*|час\w*|місяц\w*|месяц\w*)"
    r"|(?P<adj>одноденн|дводенн|триденн|однодневн|двухдневн|трехдневн|трёхдневн)\w*))"
)


# A match starts with the whole word (\b, then a number made of word characters) that
# comes right before "[- ]day/week/month/hour", so only those word starts are tried.
_DURATION_GATE_EN = WordBefore(re.compile(r"[- ](?:day|week|month|hour)"))
_DURATION_GATE_CY = ("дн", "день", "денн", "тиж", "недел", "годин", "час", "місяц", "месяц")


def find_durations(text: str, lang: str, lines: Lines | None = None) -> list[tuple[int, int]]:
    """(position, inclusive length in days) for "a 30-day ceasefire", "72-hour", "на 30 днів"."""
    pattern, gate = (
        (_DURATION_EN, _DURATION_GATE_EN) if lang == "en" else (_DURATION_CY, _DURATION_GATE_CY)
    )
    if lines is None:
        lines = Lines(fold(text))
    found: list[tuple[int, int]] = []
    for match in gated_finditer(pattern, gate, text, lines):
        if match.groupdict().get("adj"):
            stem = match.group("adj").lower()
            days = 1 if stem.startswith("одно") else 2 if "дв" in stem else 3
            found.append((match.start(), days))
            continue
        n = _number(match.group("n"))
        unit = match.group("unit").lower()
        if unit.startswith(("hour", "годин", "час")):
            days = max(1, -(-n // 24))
        elif unit.startswith(("week", "тиж", "недел")):
            days = 7 * n
        elif unit.startswith(("month", "місяц", "месяц")):
            days = 30 * n
        else:
            days = n
        if 0 < days <= 400:
            found.append((match.start(), days))
    return found


# ---------------------------------------------------------------- dateparser


@cache
def _parser(lang: str) -> Any:
    """One `DateDataParser` per language, built and warmed once per process."""
    from dateparser.date import DateDataParser

    settings = {
        "PARSERS": ["absolute-time"],
        "DATE_ORDER": "MDY" if lang == "en" else "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    parser = DateDataParser(
        languages=[lang if lang in {"en", "uk", "ru"} else "en"], settings=settings
    )
    parser.get_date_data("01.02.2020")  # warm-up: loads the language data
    return parser


def numeric_date(span: str, lang: str) -> dt.date | None:
    """A short numeric span ("04.02.2026", "2026-02-04") through the reused parser."""
    data = _parser(lang).get_date_data(span)
    return data.date_obj.date() if data and data.date_obj else None


def warm_up(languages: tuple[str, ...] = ("en", "uk", "ru")) -> None:
    """Compile the grammars and build the dateparser parsers (call once per process)."""
    for lang in languages:
        _patterns(lang)
        _parser(lang)
