"""From article text to dated event proposals.

The article is read sentence by sentence, in order, like an editor would:

1. Noise (reading time, byline, "Updated", "Related", the author's bio) is skipped;
   photo captions are read last and only add weak evidence.
2. Each sentence's date expressions are resolved against the publication date and
   the running anchor (the last date mentioned), so "the following day" chains.
3. Each event date takes its kind from the nearest strong cue in its segment
   (clause), else from the previous sentence's event ("The first phase ... would
   run from Jan. 19 to March 1" continues a truce), else from the rest of the
   sentence. Segments without a date but with a strong cue of another kind add an
   event on the sentence's date ("..., according to readouts of his call with").
4. A sentence without any date that reports a finished event with a strong verb
   ("the two sides had agreed") dates it by the last event told; its actors join
   the last event ("Ukraine sent Defence Minister Rustem Umerov").
5. Mentions of the same event (kind and first day) merge into one proposal.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise

from newsroom.extraction.dates import (
    EVE_NOUN,
    QUOTE_MARKS,
    DateContext,
    DateMention,
    dated,
    find_dates,
    find_durations,
    next_anchor,
    quoted_speech,
    replace_year,
    scan_dates,
    shift_raws,
)
from newsroom.extraction.gazetteer import Entry, Gazetteer, GazetteerMatch, with_short_surnames
from newsroom.extraction.kinds import (
    Cue,
    absorb,
    find_cues,
    is_future,
    is_hypothetical,
    is_present_perfect,
    status_of,
)
from newsroom.extraction.model import ActorRef, Mention, Proposal, Span
from newsroom.extraction.people import find_unknown_people
from newsroom.extraction.text import (
    BlockKind,
    GatedPattern,
    Lines,
    Sentence,
    first_chars,
    fold,
    segment_bounds,
    segment_of,
    split_blocks,
    split_sentences,
)

_LOCATIVE = first_chars(
    "afinotбвдзинопуі",
    r"(?i:(?:\b(?:in|at|to|from|into|near|outside|inside|for)|(?<!\w)(?:в|у|во|на|из|із|з|до|"
    r"под|під|біля|около|поблизу))\s+(?:the\s+)?$)",
)
_DELEGATION = GatedPattern(
    re.compile(
        r"(?i:\bdelegation|\brepresented\s+by\b|\bled\s+by\b|\bheaded\s+by\b|"
        r"\bnegotiators?\b|\bteam\s+(?:was|is)\s+(?:headed|led)\b|\bsent\b|делегаці\w*|"
        r"делегаци\w*|очолю\w*|очолив|очолила|возглав\w*)"
    ),
    *(
        "delegation",
        "represented",
        "led",
        "headed",
        "negotiator",
        "team",
        "sent",
        "делегац",
        "очол",
        "возглав",
    ),
    starts=True,
)
_SIGNING = first_chars("sп", r"(?i:sign|підпис|подпис)")
# asked for every actor of every event: gated (see text.GatedPattern)
_MEDIATOR = GatedPattern(
    re.compile(
        r"(?i:\b(?:brokered|mediated|facilitated)\s+by\b|\bmediation\s+of\b|"
        r"за\s+посередництв\w*|при\s+посредничеств\w*)"
    ),
    *("brokered", "mediated", "facilitated", "mediation", "посередництв", "посредничеств"),
)
_MEDIATOR_AFTER = GatedPattern(
    re.compile(r"(?i:^\W{0,3}who\s+(?:mediated|brokered|hosted))"), "who"
)
_HOST = GatedPattern(
    re.compile(
        r"(?i:\bhosted\s+by\b|\bat\s+the\s+invitation\s+of\b|на\s+запрошення|"
        r"по\s+приглашению)"
    ),
    *("hosted", "invitation", "запрошення", "приглашению"),
)
# people referred back to: "he", "she", and the group anaphora of a pair just named
# ("The two leaders last met ...", "обидва лідери", "оба президента")
_PRONOUN = first_chars(
    "bhstво",
    r"(?i:\b(?:he|she|(?:the\s+two|both)\s+(?:leaders|presidents|men|ministers|"
    r"foreign\s+ministers))\b|"
    r"(?<!\w)(?:він|вона|он|она|обидва\s+(?:лідери|президенти|міністри)|"
    r"оба\s+(?:лидера|президента|министра))(?!\w))",
)
# "they signed the appeal on Aug. 8" after a sentence naming two leaders: both of them
_THEY = first_chars("tво", r"(?i:\bthey\b|(?<!\w)(?:вони|они)(?!\w))")
_THEY_WORDS = ("they", "вони", "они")
_TARGET_BEFORE = first_chars(
    "aoп",
    r"(?i:(?:\b(?:against|on|at)|(?<!\w)(?:по|проти|против))"
    r"\s+(?:[^\W\d]+\s+)?$)",
)
_SOURCE = first_chars(
    "aboвзпс",
    r"(?i:(?:according\s+to|by|of|по\s+данным|за\s+даними|согласно|від|від)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$)",
)
_ONLY_DATE_WORDS = re.compile(
    r"(?i:^[\s,.;:—–-]*(?:(?:on|in|at|the|later|early|late|earlier|between|from|to|until|since|"
    r"overnight|night|of|hours|morning|evening|afternoon|last|this|next|"
    r"by|and|уже|вже|ще|ещё|еще|и|і|та|а|з|із|с|со|від|от|между|між|до|по|в|у|во|о|об|на)"
    r"\b[\s,.;:—–-]*)*$)"
)
_DAY_OF_EVENT = first_chars(
    "otву",
    r"(?i:(?:\bon\s+)?\bthe\s+(?:same\s+)?day\s+(?:that\s+)?the\s+(?P<en>truce|ceasefire|deal|"
    r"agreement|talks)\s+(?:begins|began|starts|started|takes\s+effect|took\s+effect|"
    r"comes\s+into\s+force)|(?:у|в)\s+день,?\s+коли\s+(?P<uk>перемир\S*|угод\S*)|"
    r"в\s+день\s+(?:вступления|начала)\s+(?P<ru>перемири\S*|соглашени\S*))",
)
# "the day after the exchange", "напередодні переговорів": a day counted from an
# event the article has already told, not from the last date it mentioned
_NEXT_TO_EVENT = re.compile(
    r"(?i:\b(?:on\s+)?(?:(?:the|a)\s+day|(?P<en_n>two|three|four|five|six|\d+)\s+days)\s+"
    # ("the day after the Indian decision": a nationality may come before the noun)
    r"(?P<en_dir>after|before)\s+the\s+(?:[\w-]+(?:ian|ese|ish|an|i)\s+)?(?P<en>\w+)|"
    r"(?<!\w)(?:(?P<uk_next>наступного\s+дня|на\s+наступний\s+день|"
    r"через\s+(?P<uk_n>два|три|чотири|п'ять|\d+)\s+дн\w+)\s+після|"
    r"(?P<uk_eve>напередодні))\s+(?P<uk>\w+)|"
    r"(?<!\w)(?:(?P<ru_next>на\s+следующий\s+день|на\s+другой\s+день|"
    r"через\s+(?P<ru_n>два|три|четыре|пять|\d+)\s+дн\w+)\s+после|"
    r"(?P<ru_eve>накануне))\s+(?P<ru>\w+))"
)
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "два": 2, "три": 3, "чотири": 4, "четыре": 4, "п'ять": 5, "пять": 5,
}  # fmt: skip
# "Before the meeting, Trump spoke with Putin", "Перед зустріччю": the same day as the
# event told, in a sentence with no date of its own
_BEFORE_EVENT = first_chars(
    "bhjsзнп",
    # ("hours before the Istanbul round opened": a place may name the event)
    r"(?i:\b(?:just\s+|shortly\s+|hours\s+)?before\s+the\s+(?-i:[A-Z][\w-]+\s+)?(?P<en>\w+)|"
    r"(?<!\w)(?:перед|незадовго\s+до|незадолго\s+до|за\s+(?:кілька|декілька|"
    r"несколько|пару)\s+(?:годин|часов)\s+до)\s+(?P<cy>\w+))",
)
# "signed at the end of a session", "подписали по итогам встречи": on the last day of
# the range the sentence gives
_AT_THE_END = re.compile(
    r"(?i:\b(?:at|by)\s+the\s+(?:end|close|conclusion)\s+of\b|\bon\s+the\s+(?:last|final|"
    r"closing)\s+day\b|\b(?:produced|yielded|culminated\s+in|ended\s+with)\b|(?<!\w)(?:наприкінці|на\s+завершення|по\s+завершенні|за\s+підсумками|"
    r"в\s+кінці|в\s+останній\s+день|по\s+итогам|в\s+конце|по\s+завершении|"
    # ("стороны в заключительный день подписали протокол")
    r"в\s+последний\s+день|в\s+заключительный\s+день|у\s+заключний\s+день|"
    r"завершил\w*\s+(?:\w+\s+)?подписанием|завершил\w*\s+(?:\w+\s+)?підписанням)(?!\w))"
)
# "on the last day of the talks", "в останній день зустрічі": a day of a told event
_EDGE_OF_EVENT = first_chars(
    "cflosвдоп",
    r"(?i:\b(?P<en_edge>first|opening|second|last|final|closing)\s+day\s+of\s+the\s+"
    r"(?P<en>\w+)|(?<!\w)(?P<cy_edge>перш\w*|друг\w*|втор\w*|останн\w*|перв\w*|последн\w*)\s+"
    r"день\s+(?P<cy>\w+))",
)
_EDGE_SHIFT = {"first": 0, "opening": 0, "перш": 0, "перв": 0, "second": 1, "друг": 1, "втор": 1}
# the event nouns it counts from, by the kind of event they name (folded stems)
_EVENT_NOUNS = (
    ("exchange", ("exchange", "swap", "обмін", "обмен")),
    (
        "talks",
        (
            *("talks", "meeting", "summit", "round", "negotiation", "session"),
            *("переговор", "перемовин", "зустріч", "встреч", "саміт", "саммит", "раунд"),
        ),
    ),
    (
        "strike",
        (
            *("strike", "attack", "massacre", "bombing", "raid", "offensive", "удар", "атак"),
            *("наступ", "напад", "нападени"),
        ),
    ),
    ("truce", ("truce", "ceasefire", "перемир")),
    (
        "agreement",
        (
            *("signing", "deal", "agreement", "ceremony"),
            *("підписан", "подписан", "угод", "соглашен", "церемон"),
        ),
    ),
    # "a day after the Indian decision": a decision told is a statement
    ("statement", ("decision", "рішенн", "решени")),
)
_WORD = re.compile(r"\w+")
# "Ще в четвер", "Ещё 4 сентября": a day told as earlier than the story's own
_AS_EARLY_AS = re.compile(r"(?i:\W*(?:ще|ещё|еще)\s+(?:[\w,]+\s+){0,1}$)")
# "напередодні візиту", "накануне визита", "on the eve of the visit": a day told by the
# event (the noun that follows, as the date grammar tells it) it comes before
_EVE_OF = re.compile(
    rf"(?<!\w)[Нн](?:апередодні|акануне)(?={EVE_NOUN.pattern})|"
    r"(?i:\beve\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?)[a-z]"
)
# a past event told by way of contrast, no part of the story's thread: "unlike the
# meeting on Feb. 28", "на відміну від зустрічі 28 лютого", "в отличие от встречи 28 февраля"
_UNLIKE = re.compile(
    r"(?i:(?:\bunlike|\bin\s+contrast\s+(?:to|with)|(?<!\w)на\s+відміну\s+від|"
    r"(?<!\w)в\s+отличие\s+от)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]*\s*,?\s*(?:on\s+)?$)"
)


def _told_from(view: _SentenceView, mention: DateMention) -> bool:
    """Whether the day is told as the first of what runs from it ("from Jan. 1", "з
    12:00 за московським часом 6 січня")."""
    rel = mention.start - view.offset
    return bool(
        _FROM_DAY.search(view.text, max(0, rel - 40), rel) or _FROM_START.match(mention.text)
    )


def _event_kind(noun: str) -> str | None:
    """The kind of event a noun names ("summit", "саміту"), or None."""
    folded = fold(noun)
    return next((k for k, stems in _EVENT_NOUNS if folded.startswith(stems)), None)


# what every _DAY_OF_EVENT, _NEXT_TO_EVENT or _BEFORE_EVENT match contains (folded
# text): articles without any of these skip the event-relative readings
_DAY_OF_EVENT_GATE = first_chars(
    "bdвгднопч",
    r"day\s+(?:that\s+)?the\s+(?:truce|ceasefire|deal|agreement|talks)|день,?\s+коли|"
    r"день\s+(?:вступления|начала)|days?\s+(?:after|before)\s+the|"
    r"(?:дня|день|дні|днів|дней)\s+(?:після|после)|напередодні|накануне|before\s+the|"
    r"перед|незад|(?:годин|часов)\s+до|day\s+of\s+the|(?:перш|друг|втор|останн|перв|последн)\w*\s+день",
)
# what (folded) every match of each pattern contains: a sentence without it skips that
# pattern (most sentences of an article with the gate above have none; a weekday holds
# "day", but not after a space)
_DAY_OF_EVENT_WORDS = re.compile(r"\s(?:day\s|день)")
_NEXT_TO_EVENT_WORDS = re.compile(r"days?\s+(?:after|before)|після|напередодні|после|накануне")
_BEFORE_EVENT_WORDS = ("before", "перед", "незадовго", "незадолго", "годин", "часов")
_EDGE_OF_EVENT_WORDS = ("day of the", "день")

# "..., that ended on", "які завершилися в": a relative clause about its noun's event,
# right before a date
_RELATIVE_CLAUSE = first_chars(
    "lrtwhзкнпсчщя",
    r"(?i:(?:\b(?:that|which)\s+(?:had\s+|was\s+|were\s+)?(?:ended|began|opened|closed|"
    r"concluded|started|held|took\s+place|wrapped\s+up|ran|lasted|"
    # ("the worst fighting in years, which erupted on Oct. 11": the fighting's day)
    r"erupted|broke\s+out|flared(?:\s+up)?)|"
    # "the previous meeting in this format, held in Geneva on March 17-18"
    r"(?<=,\s)held(?:\s+(?:in|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"(?=\s+on\s|\s*$)|"
    # "consultations hosted by the GCC in Riyadh, running from March 29 to April 7"
    r"(?<=,\s)(?:running|lasting|taking\s+place)(?:\s+from)?|"
    r"(?<!\w)(?:які|що|яка|який|яке|которые|которая|который|которое|что)\s+"
    r"(?:завершил\w*|закінчил\w*|почал\w*|начал\w*|відбул\w*|состоял\w*|прошл\w*|"
    r"пройшл\w*|шл[оаи]|йшл[оаи]|тривал\w*|длил\w*|продолжал\w*|проходил\w*|"
    r"спалахнул\w*|спалахнув|вспыхнул\w*)|"
    # "переговоров ..., начавшихся 11 марта": a participle does the same
    r"(?<!\w)(?:начавш|завершивш|закончивш|прошедш|состоявш)\w*)"
    r"[\s,]*(?:on\s+|in\s+|last\s+|в\s+|у\s+|во\s+)?$)",
)

# "after (the) discussions", "following a meeting", "після переговорів": right before a cue
_AFTER_PHRASE = first_chars(
    "afsзпс",
    # ("immediately after", "сразу после" is the same day)
    r"(?i:(?<!immediately\s)(?<!just\s)(?<!shortly\s)(?<!одразу\s)(?<!відразу\s)(?<!сразу\s)"
    r"(?:\b(?:after|following|since)|(?<!\w)(?:після|после|з\s+часу|с\s+момента))\s+"
    r"(?:the\s+|a\s+|an\s+)?"
    # (words may carry dots and apostrophes: "after Israeli and U.S. bombing")
    r"(?:[\w.'’-]+\s+){0,6}$)",
)
_AFTER_PHRASE_WORDS = ("after", "following", "since", "після", "после", "часу", "момента")

# "at talks in Brussels on", "during a meeting in Ankara on", "на переговорах у Женеві":
# the talks a date right after it is attached to
_AT_TALKS = first_chars(
    "adвнп",
    r"(?i:(?:\b(?:at|during)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|"
    r"summit|meeting)|(?<!\w)(?:на|під\s+час|во\s+время|в\s+ходе)\s+(?:\w+\s+){0,2}?"
    r"(?:переговор\w*|зустріч\w*|встреч\w*|саміт\w*|саммит\w*))"
    r"(?:\s+(?:in|at|в|у|во)\s+[A-ZА-ЯІЇЄҐ][\w-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w-]*)?)?\s*,?\s*(?:on\s+)?$)",
)
# "on June 2 in Istanbul, during the second round of direct talks", "2 червня у
# Стамбулі, під час другого раунду переговорів": the talks the date just told falls in
_DURING_TALKS = re.compile(
    r"(?i:(?:\s+(?:in|at|в|у|во)\s+[A-ZА-ЯІЇЄҐ][\w-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w-]*)?)?\s*,?\s*"
    r"(?:during|at|під\s+час|во\s+время|в\s+ходе)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:talks|negotiations|summit|round|audience|(?:phone\s+)?call|переговор\w*|раунд\w*|"
    r"зустріч\w*|встреч\w*|саміт\w*|саммит\w*|аудієнці\w*|аудиенци\w*|розмов\w*|разговор\w*))"
)
# (every match holds one of these)
_AT_TALKS_WORDS = (
    *("talks", "negotiations", "summit", "meeting", "round"),
    *("переговор", "зустріч", "встреч", "саміт", "саммит", "раунд", "audience", "аудієнці"),
    *("аудиенци", "call", "розмов", "разговор"),
)

# what lies between a duration and the event it measures: "30-day ", "two days of ",
# "a one-week humanitarian " (not "44 days and ended with a")
_OF_DURATION = re.compile(
    r"[\w'’ʼ-]+[\s-]+[\w-]*\s*(?:of\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$"  # ("п’ять днів")
)

# reported content that sets a condition: "would sign only after", "лише після", "только
# после": the condition is the news
_CONDITION = first_chars(
    "ouлт",
    r"(?i:\b(?:only\s+(?:after|if|when|once)|unless|on\s+condition\s+that)\b|"
    r"(?<!\w)(?:лише|тільки|только|лишь)\s+(?:після|после|якщо|если|за\s+умови|при\s+условии)(?!\w))",
)

# a date followed by the clause that tells what happened on it
_WHEN_CLAUSE = re.compile(r"(?i:\s*,\s*(?:when|коли|когда)\s)")

# reported content that rejects, denies or accuses: it makes the speech act a statement
_DENIAL = first_chars(
    "acdnrвзно",
    r"(?i:\b(?:not|cannot|no\s+longer|no\s+such|never|refused|rejected|denied|accused)\b|n't\b|"
    r"(?<!\w)(?:не|ні|немає|нет|відкин\w*|отверг\w*|звинуват\w*|обвин\w*)(?!\w))",
)

# The pluperfect ("had said he was ready to meet") tells what came before the
# sentence's own date: it does not share that date.
_PLUPERFECT = GatedPattern(
    re.compile(
        r"(?i:\bhad\s+(?:\w+ly\s+|also\s+|already\s+|long\s+)?(?:\w+ed|said|told|made|met|"
        r"held|been|given|taken|struck|sent|spoken|written|won|fought|begun)\b)"
    ),
    "had",
    starts=True,
)
# talks that began on the date that follows: "talks that began on", "начавшихся"
_TALKS_BEGAN = first_chars(
    "twнпрс",
    r"(?i:(?:\b(?:that|which)\s+(?:had\s+)?(?:began|opened|started)|(?<!\w)(?:начавш|"
    r"почал|розпочал|стартовавш)\w*)[\s,]*(?:on\s+|in\s+|в\s+|у\s+)?$|"
    # "a third round of talks that Cuba had hosted since May 2"
    r"\b(?:that|which)\s+(?:[\w-]+\s+)?(?:had\s+)?(?:hosted|held|been\s+held)\s+since\s+$)",
)
# a duration counted in hours ("72-hour", "на 72 години") and a start at midnight
_HOURS_AT = re.compile(r"(?i:[\w'’-]+[- ](?:hours?|годин\w*|час\w*)(?!\w))")
_MIDNIGHT_NOTE = re.compile(r"(?i:midnight|опівночі|полуночи|\b0?0[:.]00\b)")
# "days after the authorities freed ...": an earlier event, told without its date ("was
# issued after the two presidents met" is the same day)
_LONG_AFTER = first_chars(
    "dlmswyдмнт",
    r"(?i:(?:days|weeks|months|years|long|soon|дн\w*|тижн\w*|місяц\w*|недел\w*|месяц\w*)\s+"
    r"(?:after|following|після|после)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,6}$)",
)
_TAKES_EFFECT = re.compile(r"(?i:effect|force|чинн|силу|діятиме|действ)")
# what opens reported content: "... told commandos on Thursday that ..."
_THAT = re.compile(r"(?i:(?:\bthat\b|,\s*(?:що|что)(?!\w)))")
# what sets one clause against another: "..., but ...", "..., однак ...", "..., но ..."
_CONTRAST = re.compile(r"(?i:[,;]\s*(?:but|while|whereas|однак|але|проте|но|однако)(?!\w))")
# "agreed not to", "договорились не", "домовилися не"
_AGREED_NOT = re.compile(r"(?i:\s+(?:not|не|ні)(?!\w))")
# a relative clause in the pluperfect: background about someone, not the story's news
_WHO_HAD = first_chars("w", r"(?i:\b(?:who|which|whom)\s+had\s+(?:\w+ly\s+|already\s+)?\w+)")
# what opens reported content after a speech verb: "said on Saturday that ...", "написав, що"
_COMPLEMENT = re.compile(
    # ("confirmed for the first time that", "said in a statement that")
    r"(?i:^[\s,]*(?:[\w-]+\s+){0,4}?(?:that|що|что)(?!\w)|^\s*:|"
    # "Trump said he would work with both countries"
    r"^\s+(?:he|she|it|they|we|i|there)\s+(?:would|will|was|were|had|is|are|could|might|did)\b)"
)
# a clause opened by a relative pronoun
_RELATIVE = re.compile(
    r"(?i:^\s*(?:whose|which|who|whom|where|який|яка|яке|які|якого|якої|якій|яким|"
    r"котор\w+|чей|чья|чьи|чий|чия|чиї)(?!\w))"
)
# a relative clause that describes its antecedent's long-running role ("the Minsk
# Group, which mediated the conflict for three decades") is background, not an event
# ("Anwar, who mediated talks between ..." is one)
_BACKGROUND_RELATIVE = re.compile(
    r"(?i:^\s*(?:whose|which|who|whom|where|який|яка|яке|які|якого|якої|якій|яким|"
    r"котор\w+)(?!\w).*(?:\bfor\s+(?:\w+\s+)?(?:decades?|years|months)\b|"
    r"\bsince\s+(?:19|20)\d\d|(?<!\w)(?:протягом|впродовж|в\s+течение)\s+(?:\w+\s+)?"
    r"(?:десятиліт\w*|рок\w*|десятилет\w*|лет)(?!\w)))"
)
# talks told as over without a result
_HAD_FAILED = re.compile(
    r"(?i:\bhad\s+(?:\w+ly\s+)?(?:ended\s+(?:in\s+(?:failure|deadlock)|without)|"
    r"failed|collapsed|broken\s+down|stalled|come\s+to\s+(?:an\s+)?(?:end|nothing)))"
)
_IN_RETURN = re.compile(
    r"(?i:^\W*(?:in\s+(?:exchange|return)\s+for|в\s+обмін\s+на|в\s+обмен\s+на)\b)"
)
# "Про це в четвер повідомив президент", "Об этом в среду сообщили в Минобороны"
_REPORT_OF_LEDE = re.compile(r"(?i:^\W*(?:про\s+це|об\s+этом)(?!\w))")
_ANNOUNCED = re.compile(
    r"(?i:\b(?:announced|declared|agreed|brokered)\b|(?<!\w)(?:оголош\w*|оголоси\w*|"
    r"объявл\w*|объяви\w*|погодж\w*|согласова\w*)(?!\w))"
)
_FROM_DAY = re.compile(
    r"(?i:(?:\bfrom|\bstarting|\beffective|(?<!\w)(?:с|со|з|із|зі|від))\s+"
    r"(?:[\w:.]+\s+){0,4}$)"
)
_WAR_BEFORE = re.compile(r"(?i:(?:\bwar|\bconflict|(?<!\w)війн[аиі]|(?<!\w)войн[аыеу])[\s,]*$)")
_MEANT_TO = re.compile(
    r"(?i:\b(?:meant|supposed)\s+to\s+(?:\w+\s+){0,5}?$|\bwas\s+to\s+have\s+(?:\w+\s+){0,3}?$)"
)
_DAY_BEFORE_NOUN = re.compile(
    r"(?i:(?:\b(?:a|one|two|three|\d+)\s+(?:day|days|week|weeks)\s+(?:before|after)\s+(?:the\s+)?|"
    r"(?<!\w)(?:за|через)\s+(?:\w+\s+)?(?:день|дні|днів|дня|дней|тиждень|неделю)\s+"
    r"(?:до|після|после)\s+|(?<!\w)(?:напередодні|накануне)\s+|\beve\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?)$)"
)
# "the same day", "того ж дня", "в тот же день": the day just told, told again
_SAME_DAY = re.compile(
    r"(?i:(?:the\s+)?same\s+day|that\s+(?:same\s+)?day|того\s+(?:ж|же|самого)\s+дня|"
    r"в\s+тот\s+же\s+день)"
)
_WENT_ON = re.compile(
    r"(?i:\b(?:spread|continued|went\s+on|intensified|escalated)\b|(?<!\w)(?:поширил\w*|"
    r"тривал\w*|продовжил\w*|посилил\w*|распространил\w*|продолжил\w*|усилил\w*)(?!\w))"
)
_COUNTED_FROM = re.compile(r"\s+(?:that|the|this)\s+")
_THE_NAMED = re.compile(
    r"(?i:\bthe\s+(?:truce|ceasefire|cease-fire)\s+(?:\w+\s+)?(?:agreed|brokered))"
)
# "told reporters on Friday that the ": what was said names an event by "the"
_THAT_THE = re.compile(r"(?i:[\s,]*(?:[\w'’-]+\s+){0,3}?that\s+the\s+(?:[\w-]+\s+)?$)")
_AFTER_THE_NOUN_ON = re.compile(
    r"(?i:\b(?:after|following)\s+(?:the|a|an|its|their)\s+[^,.;]{1,60}?\s+on\s+$)"
)
_FIRST_SINCE = re.compile(r"(?i:\bfirst\b[^.;]{0,80}?\bsince\b)(?=[^.;]*$)")
# the talks' subject: "talks on a ceasefire and the release of hostages"
_AGENDA = re.compile(
    r"(?i:(?:\btalks|\bnegotiations|(?<!\w)переговор\w*|(?<!\w)перемовин\w*)\s+"
    r"(?:on|about|over|щодо|про|о|об|по)\s+[^.;:]*$)"
)
# what was discussed: "обговорили ..., а також звільнення полонених", "discussed ..."
_DISCUSSED = re.compile(
    r"(?i:(?:\bdiscuss(?:ed|ing)|(?<!\w)обговори(?:ли|в|ла)|(?<!\w)обсудили|"
    r"(?<!\w)обсудил[аи]?)\s+[^.;:]*$)"
)
_BEFORE_AFTER_NOUN = re.compile(r"(?i:\b(?:before|after)\s+the\s+(?:[\w-]+\s+)?\w+$)")
_BEFORE_AFTER_END = re.compile(r"(?i:\b(?:before|after)$)")
# "a few days later", "через несколько дней", "кілька днів потому": a day not told
_SOME_DAYS_LATER = re.compile(
    r"(?i:\b(?:a\s+few|several|some)\s+(?:days|weeks)\s+later\b|"
    r"(?<!\w)(?:через|спустя)\s+(?:несколько|пару|кілька|декілька)\s+(?:дн|тиж|недел)\w*|"
    r"(?<!\w)(?:несколько|кілька|декілька)\s+(?:дн|тиж|недел)\w*\s+(?:спустя|потому))"
)
# "It took place on ...", "Він відбувся ...", "Он прошёл ...": the event just told, again
_IT_TOOK_PLACE = re.compile(
    r"(?i:^\W*(?:it|він|вона|воно|он|она|оно)\s+(?:\w+\s+)?(?:took\s+place|was\s+held|"
    r"відбув(?:ся|ася|ося)|пройш(?:ов|ла|ло)|прош(?:ёл|ел|ла|ло)|состоял(?:ся|ась|ось))(?!\w))"
)
_AGE_BEFORE = re.compile(r"(?i:\b[\w]+-(?:day|week|month|year)-old\s+(?:[\w'’-]+\s+)?$)")
# "frozen since Jan. 17, 2019, when a car bomb killed 22 cadets": the day is the when
# clause's, whatever came before it
_SINCE_END = re.compile(r"(?i:\bsince\s+$)")
_FROM_START = re.compile(r"(?i:(?:from|з|із|с|со|від)\s)")
_THAT_AS = re.compile(r"(?i:\s*(?:того|того\s+часу),\s*(?:як|как)\s)")
_WHEN_OPENS = re.compile(r"(?i:^\W*(?:when|коли|когда)(?!\w))")
_WHOSE_OPENS = re.compile(r"(?i:^\W*(?:whose|who|where)(?!\w))")
# a clause that gives a truce its days: "agreed a ceasefire ..., to run from January 1 to
# June 30", "перемир'я, яке триватиме з 1 по 30 червня", "перемирие, которое продлится"
_RUNS_FROM = re.compile(
    r"(?i:^\W*(?:to\s+(?:run|last)|running|lasting|valid|in\s+force|effective|"
    r"(?:which|that)\s+(?:will\s+|would\s+)?(?:runs?|lasts?))\s+(?:from|until|till|through)\b|"
    r"^\W*(?:(?:яке|який|що)\s+(?:триватиме|діятиме|діє)|терміном|"
    r"(?:которое|который|что)\s+(?:продлится|будет\s+действовать|действует)|сроком)(?!\w))"
)
# a clause that describes a noun: "the initiative, signed in Istanbul on ...",
# "инициативу, подписанную в Стамбуле ...", "the deal, which ..."
_DESCRIBING = re.compile(
    r"(?i:^\W*(?:signed|agreed|reached|brokered|concluded|which|that|who|"
    r"підписан\w*|укладен\w*|досягнут\w*|який|яка|яке|які|"
    r"подписанн\w*|заключ[её]нн\w*|достигнут\w*|котор\w+)(?!\w))"
)
# "обмін полоненими, про який домовилися в Стамбулі", "the swap that the sides agreed
# in Istanbul": the deal a relative clause names is background to the news
_AGREED_BEFORE = re.compile(
    r"(?i:^\s*(?:(?:про|о|об|на|за|по|under)\s+)?(?:який|яку|яке|які|якого|якої|котор\w+|"
    r"which|that)\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+)?(?:домовил|погодил|узгодил|договорил|"
    r"согласовал|agreed))"
)
# what a counted clause may open on: "two days before a deadline", "за два дні до
# завершення терміну ультиматуму"
_DEADLINE_NOUN = re.compile(
    r"(?i:\s*(?:(?:a|an|the|its|his|their)\s+)?(?:\w+\s+)?(?:deadline|ultimatum)s?\b|"
    r"\s*(?:\w+\s+)?(?:дедлайн\w*|ультиматум\w*|крайн\w+\s+срок\w*|кінцев\w+\s+термін\w*))"
)
# "signed the accord on Tuesday after five days of talks", "оголосив у суботу, після
# десяти днів закритих переговорів": the talks ended on that day
_AFTER_LENGTH = first_chars("afпп", r"(?i:(?:\b(?:after|following)|(?<!\w)(?:після|после))\s+$)")
# (a count of days: "two weeks" or "two months" of talks is a round figure)
_DAYS_LENGTH = re.compile(r"(?i:[\w'’-]+[\s-]+(?:days?|дн\w*|день)(?!\w))")
# verbs that close a span: "wrapped up three days of talks on March 6" ends that day
_CONCLUDED = GatedPattern(
    re.compile(
        r"(?i:\b(?:wrapped\s+up|wound\s+up|concluded|ended|closed|finished|"
        r"(?:wraps|winds)\s+up|concludes|ends|closes|finishes)\b|"
        # ("завершує триденний візит": the present tense of a visit ending today)
        r"(?<!\w)(?:завершил\w*|заверши\w*|завершу\w*|завершает\w*|закінчи\w*|закінчу\w*|"
        r"закончил\w*|заканчива\w*)(?!\w))"
    ),
    *(
        "wrapped",
        "wound",
        "wraps",
        "winds",
        "concluded",
        "concludes",
        "ended",
        "ends",
        "closed",
        "closes",
        "finished",
        "finishes",
        "заверши",
        "завершу",
        "завершает",
        "закінчи",
        "закінчу",
        "закончил",
        "заканчива",
    ),
    starts=True,
)
_NOT = first_chars("nwн", r"(?i:\b(?:not|no|never|without)\b|(?<!\w)(?:не|ні)(?!\w))")

# "the delegation is led by": a team described, not a day told
_IS_LED = re.compile(r"(?i:\b(?:is|are)\s+(?:represented|led|headed)\b)")

_CARRY_BLOCKS = 3
_CONTINUATION_BLOCKS = 3


@dataclass
class _Draft:
    kind: str
    starts_on: dt.date
    ends_on: dt.date | None
    end_source: str  # "" | "explicit" | "duration" | "until"
    precision: str
    time_note: str
    year_inferred: bool
    status: str
    place: str | None
    spans: list[Span]
    block: int
    sentence: int
    weak: bool
    strength: float
    actors: dict[str, tuple[Entry, str]] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    attackers: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    previous_starts_on: dt.date | None = None
    end_known: bool = True
    # dated by "the same day"/"в тот же день" with a strong cue of its own: another
    # event on the day just told, not a second mention of it
    same_day: bool = False
    last_block: int = -1  # the paragraph of its latest mention, once merged
    speaker: str | None = None  # a statement's speaker: the actor just before the verb

    def add_actor(self, entry: Entry, role: str = "") -> None:
        known = self.actors.get(entry.slug)
        if known is None or (role and not known[1]):
            self.actors[entry.slug] = (entry, role)
        if role == "attacker":
            self.attackers.add(entry.slug)
        elif role == "target":
            self.targets.add(entry.slug)

    def add_unknown(self, names: list[str]) -> None:
        for name in names:
            if name not in self.unknown:
                self.unknown.append(name)


class _SentenceView:
    """Everything the rules need to know about one sentence, computed once.

    Only the dates are worked out up front (they depend on the running anchor and the
    events told so far), with the gazetteer matches and unknown people (two slices of
    the reader's whole-article scans that nearly every sentence's rules ask for: a
    plain attribute costs less than a `cached_property` look-up). Cues and durations
    are sliced on first use: most sentences have no date, and the rules for those
    (carry, continuation, delegation, the persons "he" refers back to) ask for few of
    them, or none.
    """

    def __init__(self, reader: _Reader, sentence: Sentence, dates: list[DateMention]):
        self.reader = reader
        self.sentence = sentence
        self.dates = dates
        self.lang = reader.lang
        self.text = sentence.text
        start, end = sentence.start, sentence.end
        self.offset = start  # (of the sentence in the article: asked all the time)
        # The sentence's gazetteer matches, in whole-article positions (unlike the
        # cues and dates: no shifted copy of each match per sentence). The text around
        # one is `reader.text` clipped at `offset`, the same as a slice of `text`.
        self.matches: list[GazetteerMatch] = reader._within(
            reader.match_starts, reader.all_matches, sentence
        )
        self.unknown = [name for at, name in reader.all_unknown if start <= at < end]
        # `_Reader._actor_entries`, worked out on first use (it depends on nothing
        # but the sentence)
        self.actor_entries: list[tuple[GazetteerMatch, Entry]] | None = None
        # answers filled on demand: `may_contain` per gate, `_Reader._attacker_match`
        # per position, `_Reader._local_segments` per mention (start, text)
        self.gates: dict[tuple[str, ...], bool] = {}
        self.attackers: dict[int, GazetteerMatch | None] = {}
        self.local_segments: dict[tuple[int, str], frozenset[int]] = {}

    @cached_property
    def casefolded(self) -> str | None:
        """The sentence case-folded, for word gates; None when it holds "ı" or "İ" (a
        case-insensitive "i" matches them, and their case-folded forms hold no "i")."""
        text = self.text
        return None if "ı" in text or "İ" in text else text.casefold()

    def may_contain(self, words: tuple[str, ...]) -> bool:
        """Whether one of `words` (lower case) occurs in the sentence. Case folding maps
        each character on its own, so a slice of a sentence without any of them has
        none either: a case-insensitive pattern every match of which holds one of
        `words` cannot match there (asked per actor and per cue, answered once)."""
        known = self.gates.get(words)
        if known is None:
            folded = self.casefolded
            known = folded is None
            for word in words:  # (a plain loop: `any` over a generator costs more)
                if known:
                    break
                known = word in folded
            self.gates[words] = known
        return known

    @cached_property
    def located(self) -> list[bool]:
        """For each of `matches`: a place named after a locative ("in Moscow"), which
        `_place_for` takes and `_find_actor_entries` leaves out of the actors."""
        text, offset = self.reader.text, self.offset
        return [
            bool(m.places)
            and _LOCATIVE.search(text[max(offset, m.start - 12) : m.start]) is not None
            for m in self.matches
        ]

    @cached_property
    def raw_cues(self) -> list[Cue]:  # before `absorb`
        return self.reader.slice_cues(self.sentence)

    @cached_property
    def durations(self) -> list[tuple[int, int]]:
        start, end = self.sentence.start, self.sentence.end
        return [(at - start, days) for at, days in self.reader.all_durations if start <= at < end]

    # Segments and absorbed cues are only worked out for sentences whose rules ask
    # (most sentences have no date and no strong cue).

    @cached_property
    def bounds(self) -> list[int]:
        start = self.sentence.start
        protected = [(d.start - start, d.end - start) for d in self.dates]
        return segment_bounds(self.text, protected)

    @cached_property
    def cues(self) -> list[Cue]:
        return absorb(self.raw_cues, self.bounds, segment_of) if self.raw_cues else []

    @cached_property
    def cue_segments(self) -> list[int]:
        """The segment of each of `cues`."""
        return [segment_of(self.bounds, c.start) for c in self.cues]

    # Sentence-wide tests the rules ask for again and again (per date, per actor):
    # each is worked out once per sentence, on first use.

    @cached_property
    def future(self) -> bool:
        return is_future(self.text, self.lang)

    @cached_property
    def delegation(self) -> bool:
        return _DELEGATION.search(self.text) is not None

    @cached_property
    def pronoun_at(self) -> int | None:
        found = _PRONOUN.search(self.text)
        return found.start() if found is not None else None

    @property
    def pronoun(self) -> bool:
        return self.pronoun_at is not None

    @cached_property
    def signing(self) -> bool:
        return _SIGNING.search(self.text) is not None

    @cached_property
    def _fixed_status(self) -> str:
        """ "postponed" or "cancelled" when the sentence says so, else ""."""
        status = status_of(self.text, self.lang, future=False)
        return "" if status == "held" else status

    def status(self, future: bool) -> str:
        """`kinds.status_of` for the whole sentence."""
        return self._fixed_status or ("scheduled" if future else "held")

    def status_at(self, position: int, future: bool) -> str:
        """`status` for the clause around `position` when the sentence sets clauses
        against each other ("met on July 1 and Aug. 12, but a third round, set for
        Sept. 17, was called off": only the third round was cancelled)."""
        if not self._fixed_status:
            return self.status(future)
        bounds = [0, *(m.end() for m in _CONTRAST.finditer(self.text)), len(self.text)]
        clauses = list(pairwise(bounds))
        dated = {
            i
            for i, (start, end) in enumerate(clauses)
            for d in self.dates
            if start <= d.start - self.offset < end
        }
        # every clause that says "called off"/"postponed" must name its own day;
        # "was set for Feb. 10, but was postponed" is one event
        said = [
            i
            for i, (start, end) in enumerate(clauses)
            if status_of(self.text[start:end], self.lang, False) != "held"
        ]
        if len(clauses) < 2 or not all(i in dated for i in said):
            return self.status(future)
        start, end = next(c for c in clauses if c[0] <= position < c[1])
        return status_of(self.text[start:end], self.lang, future)

    def segment(self, relative: int) -> int:
        return segment_of(self.bounds, relative)

    def segment_text(self, index: int) -> str:
        end = self.bounds[index + 1] if index + 1 < len(self.bounds) else len(self.text)
        return self.text[self.bounds[index] : end]


class _Reader:
    def __init__(self, text: str, published: dt.date, language: str, gazetteer: Gazetteer):
        self.text = text
        self.published = published
        self.lang = language if language in {"en", "uk", "ru"} else "en"
        self.gazetteer = gazetteer
        self.ctx = DateContext(published, self.lang)
        self.drafts: list[_Draft] = []
        self.last_drafts: list[_Draft] = []
        self.last_draft_block = -10
        self.last_draft_sentence = -10
        self.anchor_sentence = -10  # the sentence that last moved the anchor
        # an undated event sentence a report may date next ("Про це в четвер повідомив")
        self.pending_lede: tuple[Sentence, Cue] | None = None
        self.previous_persons: list[tuple[int, list[Entry]]] = []
        self.previous_sentence: Sentence | None = None
        self.dateline_place: str | None = None
        self.first_body_block: int | None = None
        self.inner_states: dict[str, tuple[Entry, ...]] = {}

    # ------------------------------------------------------------ driver

    def read(self) -> list[_Draft]:
        self._scan()
        blocks = split_blocks(self.text)
        captions: list[Sentence] = []
        index = 0
        for block in blocks:
            if block.kind is BlockKind.NOISE:
                continue
            sentences = split_sentences(block, index)
            index += len(sentences)
            if block.kind is BlockKind.CAPTION:
                captions.extend(sentences)
                continue
            if self.first_body_block is None:
                self.first_body_block = block.index
            if block.dateline and self.dateline_place is None:
                self.dateline_place = self._place_slug(block.dateline)
            # a year carries within a paragraph only
            self.ctx.dated_anchor = self.ctx.dated_until = None
            for sentence in sentences:
                self._read_sentence(sentence, weak=False)
        self.ctx.anchor = None
        for sentence in captions:
            self._read_sentence(sentence, weak=True)
        return self.drafts

    def _scan(self) -> None:
        """Run every pattern family once over the whole article; sentences slice it."""
        text = self.text
        self.folded = folded = fold(text)
        lines = Lines(folded)  # shared by the gated pattern scans
        self.raw_dates = scan_dates(text, self.lang, lines)
        self.all_cues = find_cues(text, self.lang, folded, lines)
        self.all_matches = with_short_surnames(text, self.gazetteer.find(text, folded, lines))
        self.all_unknown = find_unknown_people(text, self.lang, self.all_matches, lines)
        self.all_durations = find_durations(text, self.lang, lines)
        self.has_day_of_event = _DAY_OF_EVENT_GATE.search(folded) is not None
        # which of the event-relative readings' own gates the article holds at all (a
        # sentence holds one only if the article does): most sentences are spared the
        # look at their own text
        self.event_gates = (
            _DAY_OF_EVENT_WORDS.search(folded) is not None,
            _NEXT_TO_EVENT_WORDS.search(folded) is not None,
            any(word in folded for word in _EDGE_OF_EVENT_WORDS),
            any(word in folded for word in _BEFORE_EVENT_WORDS),
        )
        self.cue_starts = [c.start for c in self.all_cues]
        self.match_starts = [m.start for m in self.all_matches]
        self.date_starts = [r.start for r in self.raw_dates]

    def _view(self, sentence: Sentence) -> _SentenceView:
        text, start, end = sentence.text, sentence.start, sentence.end
        first, last = bisect_left(self.date_starts, start), bisect_left(self.date_starts, end)
        dates: list[DateMention] = []
        if first < last:
            raws = shift_raws(self.raw_dates[first:last], start, end)
            dates = find_dates(text, start, self.ctx, raws=raws)
            if start < sentence.block.dateline_end:
                # "BOGOTA, Jan 19 (Wire) - ": the day the story was filed, not an event's
                dates = [d for d in dates if d.start >= sentence.block.dateline_end]
            if self.ctx.anchor is not None and any(d.form == "clause" for d in dates):
                dates = self._counted_from_subject(sentence, dates, self.ctx.anchor)
        if self.has_day_of_event:
            told = self._day_of_event(sentence, dated=any(d.is_event_date for d in dates))
            # the event's own day replaces the grammar's reading of the same words,
            # unless an explicit day restates them ("Напередодні обміну, у вівторок")
            told = [
                t
                for t in told
                if not any(
                    d.start < t.end and t.start < d.end and d.form in {"abs", "weekday"}
                    for d in dates
                )
            ]
            if told:
                dates = [
                    d for d in dates if not any(d.start < t.end and t.start < d.end for t in told)
                ]
                dates = sorted(dates + told, key=lambda d: d.start)
        return _SentenceView(self, sentence, dates)

    def _within(self, starts: list[int], items: list, sentence: Sentence) -> list:
        """The items (cues or matches, sorted by start) inside the sentence, in
        whole-article positions: no shifted copies, for the tests that need no offsets."""
        start, end = sentence.start, sentence.end
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        return [item for item in items[first:last] if item.end <= end]

    def slice_cues(self, sentence: Sentence) -> list[Cue]:
        """The sentence's cues, in its own positions."""
        start, end = sentence.start, sentence.end
        first, last = bisect_left(self.cue_starts, start), bisect_left(self.cue_starts, end)
        cues = [c.shifted(start) for c in self.all_cues[first:last] if c.end <= end]
        if cues and QUOTE_MARKS.search(sentence.text):
            # «Ми домовилися підтримувати зв'язок», — заявив речник: words inside a quote
            # are what was said; the saying is the event, not what it names
            text = sentence.text
            cues = [c for c in cues if c.kind == "statement" or not quoted_speech(text, c.start)]
        return cues

    def _told_event(self, noun: str, block: int) -> _Draft | None:
        """The event a noun refers back to ("the exchange"): the held one of its kind the
        story told last, among recent ones (not "the previous exchange, last August").
        Paragraphs away from that one, "the talks" are the story's own: its lead event,
        when that is news of the last days."""
        kind = _event_kind(noun)
        held = [d for d in self.drafts if d.kind == kind and d.status == "held"]
        recent = [d for d in held if abs((d.starts_on - self.published).days) <= 92]
        last = max(recent or held, key=lambda d: max(span.start for span in d.spans), default=None)
        if last is None or block - max(last.block, last.last_block) <= 1:
            return last
        lead = min(held, key=lambda d: min(span.start for span in d.spans))
        return lead if abs((lead.starts_on - self.published).days) <= 7 else last

    def _counted_from_subject(
        self, sentence: Sentence, dates: list[DateMention], anchor: dt.date
    ) -> list[DateMention]:
        """ "Обмін відбувся через два дні після того, як президент представив план":
        with no day of its own in the sentence, the clause counts from the event its
        subject names when that was told (the exchange), not from the last day told."""
        if any(d.form != "clause" and d.precision == "day" for d in dates):
            return dates  # the clause counted from the sentence's own day
        shifted = []
        for d in dates:
            subject = (
                self._subject_event(sentence.text[: d.start - sentence.start], sentence.block.index)
                if d.form == "clause" and d.starts_on is not None
                else None
            )
            if subject is not None and subject.starts_on != anchor:
                d = replace(d, starts_on=d.starts_on + (subject.starts_on - anchor))
            shifted.append(d)
        return shifted

    def _subject_event(self, before: str, block: int) -> _Draft | None:
        """The event told that the last event noun in `before` refers back to, if any."""
        nouns = [w for w in _WORD.findall(before) if _event_kind(w)]
        return self._told_event(nouns[-1], block) if nouns else None

    def _day_of_event(self, sentence: Sentence, dated: bool = False) -> list[DateMention]:
        """Days told by the events they are counted from: "on the day the truce begins"
        (its first day), "the day after the exchange", "напередодні переговорів", and in
        a sentence with no date of its own, "before the meeting" (that meeting's day)."""

        def at(match: re.Match[str], day: dt.date) -> DateMention:
            start = sentence.start + match.start()
            return DateMention(
                start, start + len(match.group()), match.group(), day, form="relative"
            )

        folded = self.folded[sentence.start : sentence.end]
        found: list[DateMention] = []
        any_day_of, any_next_to, any_edge_of, any_before = self.event_gates
        day_of_event = any_day_of and _DAY_OF_EVENT_WORDS.search(folded) is not None
        for match in _DAY_OF_EVENT.finditer(sentence.text) if day_of_event else ():
            word = (match.group("en") or match.group("uk") or match.group("ru")).lower()
            kind = (
                "truce"
                if word.startswith(("truce", "cease", "перемир"))
                else "talks"
                if word == "talks"
                else "agreement"
            )
            told = next((d for d in reversed(self.drafts) if d.kind == kind), None)
            if told is not None:
                found.append(at(match, told.starts_on))
        next_to_event = any_next_to and _NEXT_TO_EVENT_WORDS.search(folded) is not None
        for match in _NEXT_TO_EVENT.finditer(sentence.text) if next_to_event else ():
            told = self._told_event(
                match.group("en") or match.group("uk") or match.group("ru"), sentence.block.index
            )
            if told is None or told.starts_on is None:
                continue  # an event not told yet: the date grammar's reading stands
            before = (match.group("en_dir") or "").lower() == "before" or bool(
                match.group("uk_eve") or match.group("ru_eve")
            )
            count = match.group("en_n") or match.group("uk_n") or match.group("ru_n")
            shift = dt.timedelta(days=_COUNTS.get(count.lower(), 0) or int(count) if count else 1)
            if self._subject_event(sentence.text[: match.start()], sentence.block.index) is told:
                # "The Washington talks came three days after the summit in Alaska", told
                # just after those talks: they are the event told, the summit another one
                # (three days before them), which the date is about
                day = told.starts_on + shift if before else told.starts_on - shift
            else:
                day = told.starts_on - shift if before else (told.ends_on or told.starts_on) + shift
            found.append(at(match, day))
        edge_of_event = any_edge_of and any(word in folded for word in _EDGE_OF_EVENT_WORDS)
        for match in _EDGE_OF_EVENT.finditer(sentence.text) if edge_of_event else ():
            told = self._told_event(match.group("en") or match.group("cy"), sentence.block.index)
            if told is None or told.starts_on is None:
                continue
            edge = (match.group("en_edge") or match.group("cy_edge")).lower()
            shift = next((n for stem, n in _EDGE_SHIFT.items() if edge.startswith(stem)), None)
            day = (
                told.starts_on + dt.timedelta(days=shift)
                if shift is not None
                else told.ends_on or told.starts_on
            )
            found.append(at(match, day))
        before_event = (
            any_before
            and not (dated or found)
            and any(word in folded for word in _BEFORE_EVENT_WORDS)
        )
        for match in _BEFORE_EVENT.finditer(sentence.text) if before_event else ():
            told = self._told_event(match.group("en") or match.group("cy"), sentence.block.index)
            if told is not None and told.starts_on is not None:
                found.append(at(match, told.starts_on))
                break
        return found

    def _read_sentence(self, sentence: Sentence, weak: bool) -> None:
        view = self._view(sentence)
        made: list[_Draft] = []
        event_dates = [d for d in view.dates if d.is_event_date]
        for mention in event_dates:
            draft = self._draft_for_date(view, mention, weak)
            if draft is not None and draft not in made:
                made.append(draft)
            if draft is not None and draft.kind != "talks":
                talks = self._talks_at(view, mention, weak)
                if talks is None and draft.kind == "agreement":
                    talks = self._met_at(view, mention, weak)
                if talks is not None and talks not in made:
                    made.append(talks)
            elif draft is not None and draft.ends_on is None:
                signed = self._signed_at(view, mention, weak)
                if signed is not None and signed not in made:
                    made.append(signed)
        if event_dates or any(d.precision == "day" for d in view.dates):
            made += [d for d in self._extra_events(view, made, weak) if d not in made]
        if event_dates and view.durations and not weak:
            # (an event of its own, but not what the sentence told: what follows goes on
            # from the sentence's own events)
            self._talks_before(view, event_dates)
        self._apply_ends(view, made)
        self._end_talks_that_began(view, event_dates, made)
        if not view.dates and not weak:
            made += [d for d in self._carry(view) if d not in made]
        if not weak:
            self._date_the_lede(view, made)
            # ("The talks went calmly this time, unlike the meeting of Feb. 28": an event
            # recalled by way of contrast; what follows goes on with the story's own)
            contrast = bool(view.dates) and all(self._contrasted(view, d) for d in view.dates)
            if made and not contrast:
                self.last_drafts = made
                self.last_draft_block = sentence.block.index
                self.last_draft_sentence = sentence.index
            else:
                self._continue_actors(view)
            self._delegation(view)
            persons = [e for m in view.matches for e in m.actors if e.kind == "person"]
            if persons:
                self.previous_persons.append((sentence.index, persons))
            main = self._main_dates(view)
            # "On Monday the Kremlin announced a truce from 8 to 10 May. The next day ...":
            # the story goes on from the day told as past, not from the days ahead
            told = [
                d
                for d in main
                if (d.starts_on is None or d.starts_on <= self.published)
                and not self._days_ahead_of(view, main[0], d)
            ]
            anchor = next_anchor(told or main, self.ctx.anchor)
            if anchor != self.ctx.anchor and not contrast:
                self.ctx.anchor, self.anchor_sentence = anchor, sentence.index
                self.ctx.dated_anchor, self.ctx.dated_until = dated(anchor, told or main)
            self.previous_sentence = sentence

    @staticmethod
    def _truce_from_later(view: _SentenceView, mention: DateMention, cue: Cue) -> bool:
        """Whether a later day of the sentence, after the truce cue that follows the
        mention, is told "from"."""
        if cue.start < mention.end - view.offset:
            return False  # "під час перемир'я 19–20 квітня та з 8 по 10 травня": its days
        for later in view.dates:
            rel = later.start - view.offset
            if (
                later.start > mention.start
                and rel > cue.end
                and later.starts_on is not None
                and mention.starts_on is not None
                and later.starts_on > mention.starts_on
                and _told_from(view, later)
            ):
                return True
        return False

    @staticmethod
    def _days_ahead_of(view: _SentenceView, first: DateMention, mention: DateMention) -> bool:
        """ "On Jan. 5 Putin ordered a truce from Jan. 6 to Jan. 7. ... the same day":
        days set from a later day, after the day the sentence told, are days ahead of
        it; the story goes on from the day it told."""
        if mention is first or mention.ends_on is None or first.starts_on is None:
            return False
        if first.precision != "day":
            return False  # ("событий 2022 года: тогда, с 14 по 16 сентября": its days)
        if mention.starts_on is None or mention.starts_on <= first.starts_on:
            return False
        return _told_from(view, mention)

    def _date_the_lede(self, view: _SentenceView, made: list[_Draft]) -> None:
        """ "Україна повернула з полону 185 військових. Про це в четвер повідомив
        президент": the report dates the event the sentence before told without a day,
        and is not news of its own. (A report of a strike or of talks that will not
        happen stays a statement: the claim is the news.)"""
        pending, self.pending_lede = self.pending_lede, None
        if not made and not view.dates:
            cue = next(
                (
                    c
                    for c in view.cues
                    if c.weight >= 3
                    and c.past
                    and not c.negated
                    and c.kind in {"exchange", "agreement", "talks", "truce"}
                ),
                None,
            )
            if cue is not None and not is_hypothetical(view.text, self.lang):
                self.pending_lede = (view.sentence, cue)
            return
        if (
            pending is None
            or len(made) != 1
            or made[0].kind != "statement"
            or pending[0].block.index != view.sentence.block.index
            or pending[0].index != view.sentence.index - 1
            or not _REPORT_OF_LEDE.match(view.text)
        ):
            return
        lede, cue = pending
        draft = made[0]
        draft.kind = cue.original_kind or cue.kind
        draft.spans.insert(0, Span(lede.start, lede.end, lede.text))

    @staticmethod
    def _end_talks_that_began(
        view: _SentenceView, event_dates: list[DateMention], made: list[_Draft]
    ) -> None:
        """ "agreed on March 20 at the end of talks that began on March 11", "договорились
        20 марта по итогам переговоров, начавшихся 11 марта": the talks ran until the day
        the sentence's news happened."""
        for mention in event_dates:
            rel = mention.start - view.offset
            began = _TALKS_BEGAN.search(view.text, max(0, rel - 40), rel)
            if began is None or mention.starts_on is None:
                continue
            talks = next(
                (d for d in made if d.kind == "talks" and d.starts_on == mention.starts_on), None
            )
            later = [
                d.starts_on
                for d in event_dates
                if d is not mention
                and d.starts_on is not None
                and 0 < (d.starts_on - mention.starts_on).days <= 60
            ]
            if talks is not None and talks.ends_on is None and later:
                talks.ends_on, talks.end_source = max(later), "until"

    def _contrasted(self, view: _SentenceView, mention: DateMention) -> bool:
        """Whether the date is told after "unlike", "на відміну від", "в отличие от", or
        as a flashback opening the sentence, before the day of the event just told ("Ще в
        четвер суд звільнив Цемаха", "Ещё 4 сентября ...": as early as)."""
        rel = mention.start - view.offset
        if _UNLIKE.search(view.text, max(0, rel - 60), rel) is not None:
            return True
        return (
            _AS_EARLY_AS.match(view.text, 0, rel) is not None
            and bool(self.last_drafts)
            and mention.starts_on is not None
            and mention.starts_on < self.last_drafts[0].starts_on
        )

    @staticmethod
    def _main_dates(view: _SentenceView) -> list[DateMention]:
        """The sentence's dates without those of a subordinate "three weeks after
        <event on 15 April>" clause: "Five days later" in the next sentence counts from
        the main story ("The talks opened on 6 May, ..."), not from the background."""
        markers = [m for m in view.dates if m.form == "clause"]
        dates = view.dates
        if markers:
            subordinate = {(view.segment(m.start - view.offset), m.start) for m in markers}
            dates = [
                d
                for d in dates
                if not any(
                    segment == view.segment(d.start - view.offset) and start < d.start
                    for segment, start in subordinate
                )
            ]
        # nor those of a relative clause ("signed on 27 December after a session which
        # ran from 24 to 27 December. The truce took effect the same day": the 27th)
        main = [
            d
            for d in dates
            if _RELATIVE_CLAUSE.search(
                view.text, max(0, d.start - view.offset - 60), d.start - view.offset
            )
            is None
        ]
        # nor the old date of what a participle or relative clause describes ("refused
        # on July 17 to extend the initiative, signed in Istanbul on July 22, 2022. The
        # same day ...": July 17)
        first = (main or dates)[0] if main or dates else None
        if first is not None and first.starts_on is not None:
            main = [
                d
                for d in main or dates
                if d is first
                or d.starts_on is None
                or d.starts_on >= first.starts_on - dt.timedelta(days=31)
                or not _DESCRIBING.match(view.segment_text(view.segment(d.start - view.offset)))
            ]
        return main or dates

    # ------------------------------------------------------------ kinds

    def _best_cue(self, view: _SentenceView, cues: list[Cue], position: int) -> Cue | None:
        usable = [c for c in cues if not c.negated and c.weight >= 2]
        if not usable:
            return None
        return max(usable, key=lambda c: (c.weight, -abs(c.start - position)))

    def _local_segments(self, view: _SentenceView, mention: DateMention) -> frozenset[int]:
        """The mention's segment; a segment that is only the date joins its neighbours."""
        known = view.local_segments.get((mention.start, mention.text))
        if known is None:
            known = self._find_local_segments(view, mention)
            view.local_segments[(mention.start, mention.text)] = known
        return known

    @staticmethod
    def _find_local_segments(view: _SentenceView, mention: DateMention) -> frozenset[int]:
        rel = mention.start - view.offset
        index = view.segment(rel)
        segment = view.segment_text(index)
        rest = segment.replace(mention.text, " ")
        local = {index}
        if _ONLY_DATE_WORDS.match(rest):
            # (a neighbour with a day of its own keeps its words: "a round, between
            # Oct. 25 and Oct. 30, nearly failed before they agreed on its last day")
            dated = {
                view.segment(d.start - view.offset)
                for d in view.dates
                if d is not mention and d.is_event_date
            }
            if index + 1 < len(view.bounds) and index + 1 not in dated:
                local.add(index + 1)
            if index > 0 and index - 1 not in dated:
                local.add(index - 1)
        return frozenset(local)

    def _kind_for(self, view: _SentenceView, mention: DateMention) -> tuple[str, Cue | None]:
        """Local segment, then the segments before it (nearest first), then the previous
        sentence's event, then the segments after it."""
        rel = mention.start - view.offset
        if mention.form == "clause_main":
            # "X, three days after <event on a date>": only X (before the marker) says
            # what happened then; "It comes a week after ..." reports nothing new
            cue = self._best_cue(view, [c for c in view.cues if c.end <= rel], rel)
            return (cue.kind, cue) if cue else ("", None)
        if mention.form == "clause":
            # "handed over last Friday, the day after the case was raised": the
            # marker's own date is the event in the clause it opens
            end = mention.end - view.offset
            if _DEADLINE_NOUN.match(view.text, end):
                # "on Aug. 6, two days before a deadline Trump had set for Russia to agree
                # to a ceasefire": the day a deadline falls is no event, nor what it asks
                return "", None
            segment = view.segment(end - 1)
            if (that_as := _THAT_AS.match(view.text, end)) is not None:
                # "через два дні після того, як президент представив план": the clause
                # is the one after the comma
                segment = view.segment(that_as.end())
            inside = [c for c in view.cues if c.start >= end and view.segment(c.start) == segment]
            cue = self._best_cue(view, inside, end)
            return (cue.kind, cue) if cue else ("", None)
        local = self._local_segments(view, mention)
        # (cue, its segment), leaving out cues inside the date itself
        # "arrived early on Tuesday, a day after they were flown out in a prisoner
        # exchange": what follows a counted clause marker is that clause's event
        markers = [
            d.end - view.offset
            for d in view.dates
            if d.form == "clause" and d is not mention and d.start > mention.start
        ]
        end = mention.end - view.offset
        # ("a day before that offer": the event the day is counted from is not its event)
        counted = (
            [
                c
                for c in view.cues
                if 0 < c.start - end <= 8 and _COUNTED_FROM.fullmatch(view.text, end, c.start)
            ]
            if _BEFORE_AFTER_END.search(mention.text)
            else []
        )
        # ("10 лютого, за день до саміту, бойовики обстріляли ...": the summit is what
        # the day is told by, not its event)
        counted += [
            c
            for c in view.cues
            if c.weight <= 2
            and (
                _DAY_BEFORE_NOUN.search(view.text, max(0, c.start - 30), c.start)
                # ("to shore up the 10-day-old Gaza ceasefire": one begun long before)
                or _AGE_BEFORE.search(view.text, max(0, c.start - 40), c.start)
            )
        ]
        # ("The day after the truce took effect, they held talks": what the counted event
        # did is part of the count)
        counted_kind = (
            _event_kind(mention.text.split()[-1])
            if _BEFORE_AFTER_NOUN.search(mention.text)
            else None
        )
        counted += [c for c in view.cues if 0 < c.start - end <= 2 and c.kind == counted_kind]
        placed = [
            (c, segment)
            for c, segment in zip(view.cues, view.cue_segments, strict=True)
            if not (mention.start <= view.offset + c.start < mention.end)
            and not self._came_before(view, mention, c)
            and not any(c.start >= end for end in markers)
            and c not in counted
        ]
        after = _AFTER_THE_NOUN_ON.search(view.text, max(0, rel - 80), rel)
        if after is not None and not any(after.start() <= c.start < rel for c, _ in placed):
            # "would convene another meeting after the leadership election on Oct. 19":
            # the day is the election's (no event word), and what comes after it has none
            # ("Tatar said after the talks on Thursday that ..." stays the saying's)
            return "", None
        since = _FIRST_SINCE.search(view.text, max(0, rel - 120), rel)
        if since is not None:
            # "the first formal meeting of the two delegations since Nov. 26, when they
            # signed ...": what came first since that day is not what happened on it
            placed = [(c, seg) for c, seg in placed if c.start >= since.end()]
        at = (
            _AT_TALKS.search(view.text, max(0, rel - 80), rel)
            if view.may_contain(_AT_TALKS_WORDS)
            else None
        )
        if at is not None:
            # "the agreement accepted at talks in Brussels on Feb. 27": the talks are an
            # event of their own (`_talks_at`); the sentence's own news is the rest
            rest = [(c, seg) for c, seg in placed if not at.start() <= c.start < rel]
            if any(c.weight >= 2 and not c.negated for c, _ in rest):
                placed = rest
        when = _WHEN_CLAUSE.match(view.text, mention.end - view.offset)
        # (the cues told since the date before this one, if any)
        since = max(
            (d.end - view.offset for d in view.dates if d.is_event_date and d.end <= mention.start),
            default=0,
        )
        own = [
            c
            for c, seg in placed
            if seg in local and since <= c.start < rel and c.weight >= 2 and not c.negated
        ]
        if when is not None and (not own or _SINCE_END.search(view.text, max(0, rel - 8), rel)):
            # "observed since Feb. 25, 2021, when the two armies issued a joint statement":
            # with nothing of its own, the date's clause that follows tells what happened
            segment = view.segment(when.end())
            cue = self._best_cue(
                view, [c for c, seg in placed if seg == segment and c.start >= when.end()], rel
            )
            if cue is not None:
                return cue.kind, cue
        head = self._relative_clause_head(view, mention, [c for c, _ in placed])
        if head is not None:
            return head.kind, head
        if _RUNS_FROM.match(view.segment_text(min(local))):
            # "agreed a bilateral ceasefire with five groups, to run from January 1 to
            # June 30": the days of the truce the sentence agreed or declared
            # (the noun the clause hangs on: "halted operations to support consultations
            # ..., running from March 29 to April 7" gives the consultations' days)
            before = [
                c
                for c, segment in placed
                if segment < min(local) and c.weight >= 2 and not c.negated
            ]
            if before and "truce" in {before[-1].kind, before[-1].original_kind}:
                return "truce", replace(before[-1], kind="truce")
        cue = self._best_cue(view, [c for c, segment in placed if segment in local], rel)
        if cue is not None and self._told_again(view, mention, cue):
            # "Michel told reporters on Friday that the meeting had produced a result":
            # the meeting is the one told, not one held the day it was spoken of
            return "", None
        if cue is not None and cue.kind == "statement" and cue.governs and cue.end <= rel:
            # "accused Russia of launching drones overnight into Wednesday": a date inside
            # the accusation dates what it names
            named = [c for c, _ in placed if cue.end <= c.start < rel and c.kind != "statement"]
            cue = max(named, key=lambda c: c.weight) if named else cue
        # "a session set for Dec. 8 was called off as the fighting spread": what is
        # called off or put off is a meeting, not the fighting
        if (
            cue is not None
            and cue.kind == "strike"
            and view.status(future=False) in {"postponed", "cancelled"}
        ):
            talks = [c for c, seg in placed if seg in local and c.kind == "talks" and c.weight >= 2]
            cue = talks[-1] if talks else cue
        if cue is not None:
            denial = self._denial(view, mention, [c for c, segment in placed if segment in local])
            if denial is not None and (
                cue.weight <= 2
                # "said ... that Azerbaijan would sign only after ...": even a verb in a
                # conditional content is not the date's event
                or (cue.start > denial.start and _CONDITION.search(view.text, denial.end))
            ):
                return denial.kind, denial
            speech = self._speech_before(view, mention, cue)
            if speech is not None:
                return speech.kind, speech
            return cue.kind, cue
        cue = self._reported(view, mention, [c for c, segment in placed if segment in local])
        if cue is not None:
            return cue.kind, cue
        # (a statement, deal or offer in a clause with a day of its own is that day's:
        # "suspended cooperation on July 2, ..., and inspectors left two days later")
        owned: set[int] = set()
        for d in view.dates:
            if d is not mention and d.is_event_date and d.starts_on != mention.starts_on:
                index = view.segment(d.start - view.offset)
                owned.add(index)
                # (and the "when" clause that hangs on it)
                if index + 1 < len(view.bounds) and _WHEN_OPENS.match(view.segment_text(index + 1)):
                    owned.add(index + 1)
        opens = view.bounds[min(local)]
        if _WHOSE_OPENS.match(view.segment_text(min(local))) and not any(
            opens - 3 <= c.end <= opens for c in view.cues
        ):
            # ("rejected Caracas's demand ..., whose aircraft held drills with Guyana's
            # forces on Dec. 7": a clause about someone, with no event word of its own;
            # "an earlier truce, whose first phase ran from Jan. 19" is the truce's)
            return "", None
        for index in range(min(local) - 1, -1, -1):
            cue = self._best_cue(view, [c for c, segment in placed if segment == index], rel)
            if cue is not None:
                if index in owned and cue.kind in {"statement", "agreement", "proposal"}:
                    return "", None
                return cue.kind, cue
        later = [c for c, segment in placed if segment > max(local)]
        cue = self._best_cue(view, later, rel)
        if cue is not None and cue.weight <= 2:
            # "surprised reporters on April 7, announcing ... that talks with Iran would
            # begin that weekend": the announcement is the day's news
            speech = next(
                (
                    c
                    for c in view.cues
                    if c.kind == "statement"
                    and not c.negated
                    and rel < c.start
                    and c.end <= cue.start
                    and _THAT.search(view.text, c.end, cue.start)
                ),
                None,
            )
            if speech is not None and is_future(view.text[cue.end : cue.end + 40], self.lang):
                return "statement", replace(speech, weight=2)
        # "On Thursday, speaking in parliament, he rejected ...": a speech act of its own
        # later in the sentence is the news; otherwise the story goes on
        own_speech = cue is not None and cue.kind == "statement" and cue.weight >= 3
        # ("A day before that offer, missiles and drones set a depot ablaze": counted from
        # an event told, the day has an event of its own in what follows)
        own_speech = own_speech or (cue is not None and bool(counted))
        # ("Того ж дня Зеленський перебував в Анкарі, де зустрівся з Ердоганом": the same
        # day told again, with an event of its own that follows)
        own_speech = own_speech or (
            cue is not None and cue.weight >= 3 and _SAME_DAY.match(mention.text) is not None
        )
        if cue is None and self.previous_sentence is not None and _IT_TOOK_PLACE.match(view.text):
            # ("The previous swap was agreed on May 16. It took place in three stages on
            # May 23-25": the pronoun is what the sentence before was about)
            nouns = [w for w in _WORD.findall(self.previous_sentence.text) if _event_kind(w)]
            if nouns:
                return _event_kind(nouns[0]) or "", None
        if cue is None and (counted or _EVE_OF.search(view.text, 0, end + 40)):
            # ("Напередодні візиту Росія не зменшила інтенсивності ударів", "On the eve of
            # the summit, on Saturday, ...": a day told by the event it comes before, with
            # no event of its own, is not that event's)
            return "", None
        # (a sentence that names no party or place, "analysts said prices may jump when
        # markets open on Monday", is about something else)
        if (
            not own_speech
            and self._continues(view)
            and self._near_last_draft(mention)
            and view.matches
        ):
            if not self._on_last_draft(mention) and (
                any(c.kind == "statement" for c in later)
                or self.last_drafts[0].kind not in {"talks", "truce"}
                # (nor does a truce go on before it began: "The earthquake struck on
                # March 28" after a pause from March 30; an earlier day of talks may be
                # an earlier meeting: "Their first encounter, on July 24, ...")
                or (
                    self.last_drafts[0].kind == "truce"
                    and mention.starts_on is not None
                    and mention.starts_on < self.last_drafts[0].starts_on
                )
            ):
                # "Three days later, ... Putin said": a speaker on another day than the
                # event just told goes on with no event of that kind; nor does another
                # day, without a cue of its own, tell a second signing, strike or swap
                # (talks and truces last: "Residents said there was little calm on
                # Sunday" after a signing is no agreement)
                return "", None
            return self.last_drafts[0].kind, None
        return (cue.kind, cue) if cue else ("", None)

    @staticmethod
    def _reported(view: _SentenceView, mention: DateMention, cues: list[Cue]) -> Cue | None:
        """ "Velayati said on Saturday that Tehran would block the route", "Наступного
        дня Трамп написав, що ...": a dated speech act whose content follows is itself
        the news (a statement), not the events its content names. Attribution closing a
        sentence ("..., officials said on Sunday.") has no content after it: no event."""
        end = mention.end - view.offset
        for cue in cues:
            if cue.kind != "statement" or cue.weight != 1 or cue.negated:
                continue
            after = view.text[max(end, cue.end) : max(end, cue.end) + 40]
            if _COMPLEMENT.match(after) or _DENIAL.search(view.text, max(end, cue.end)):
                # "оголосили, що переговори щодо документа завершено": a deal announced
                # as done is the deal (as "announced that they had finished the text")
                # (and "объявил, что достигнуто перемирие": a truce announced as reached)
                done = next(
                    (
                        c
                        for c in view.cues
                        if c.start > cue.end
                        and (
                            (c.kind == "agreement" and c.weight >= 4)
                            or (c.kind == "truce" and c.weight >= 3 and not c.negated)
                        )
                    ),
                    None,
                )
                return done or replace(cue, weight=2)
        return None

    def _speech_before(self, view: _SentenceView, mention: DateMention, cue: Cue) -> Cue | None:
        """ "Gallant told commandos on Thursday that troops would get only a short rest
        before fighting resumed": content told as what will or would happen is not that
        day's event; the speech act is (a statement)."""
        if cue.kind == "statement":
            return None
        end = mention.end - view.offset
        speech = next(
            (
                c
                for c in view.cues
                if c.kind == "statement" and not c.negated and c.start < end and c.end <= cue.start
            ),
            None,
        )
        if speech is None:
            return None
        content = _THAT.search(view.text, max(end, speech.end), cue.start)
        if content is None:
            return None
        clause = view.text[content.end() : cue.start]
        # (and a noun told with its future: "announced that talks with Iran would begin
        # that weekend")
        index = view.segment(cue.start)
        segment_end = view.bounds[index + 1] if index + 1 < len(view.bounds) else len(view.text)
        after = view.text[cue.end : min(segment_end, cue.end + 40)] if cue.weight <= 2 else ""
        if (
            is_hypothetical(clause, self.lang)
            or is_future(clause, self.lang)
            or (after and is_future(after, self.lang))
        ):
            return replace(speech, weight=max(speech.weight, 2))
        # "the ministry said on Sunday that its forces had destroyed a warship", "Egypt
        # said on Tuesday that negotiations had ended in failure": what had happened
        # before the saying is not that day's event, the saying is (but "said that he
        # had spoken to both leaders by phone" tells the call, and "announced that they
        # had finished the text" the deal)
        if cue.kind == "agreement":
            return None
        told = view.text[content.end() : segment_end]
        if (_HAD_FAILED if cue.kind == "talks" else _PLUPERFECT).search(told):
            return replace(speech, weight=max(speech.weight, 2))
        return None

    @staticmethod
    def _came_before(view: _SentenceView, mention: DateMention, cue: Cue) -> bool:
        """ "Albusaidi said on Tuesday, after discussions his country hosted": an event
        named after the date behind "after" happened earlier, not on that date."""
        end = mention.end - view.offset
        return (
            cue.start >= end
            and view.may_contain(_AFTER_PHRASE_WORDS)
            and bool(_AFTER_PHRASE.search(view.text, max(end, cue.start - 30), cue.start))
        )

    def _told_again(self, view: _SentenceView, mention: DateMention, cue: Cue) -> bool:
        """Whether `cue` is "the <event>" in what was said on the mention's day, naming an
        event the story told on another day."""
        end = mention.end - view.offset
        if cue.weight > 2 or cue.start < end or not _THAT_THE.match(view.text, end, cue.start):
            return False
        told = self._told_event(view.text[cue.start : cue.end], view.sentence.block.index)
        return told is not None and told.starts_on != mention.starts_on

    @staticmethod
    def _relative_clause_head(
        view: _SentenceView, mention: DateMention, cues: list[Cue]
    ) -> Cue | None:
        """ "The signing comes after two days of talks in Almaty that ended last
        Saturday": a date in a relative clause belongs to the noun the clause hangs on."""
        rel = mention.start - view.offset
        clause = _RELATIVE_CLAUSE.search(view.text, max(0, rel - 60), rel)
        if clause is None:
            return None
        if _WAR_BEFORE.search(view.text, max(0, clause.start() - 30), clause.start()):
            # "the worst round since the 2014 war, which ran from July 8 to Aug. 26": the
            # clause is the war's (a strike), whatever cue came before it
            return Cue(clause.start(), clause.start(), "strike", 2, original_kind="strike")
        before = [c for c in cues if c.end <= clause.start() and c.weight >= 2 and not c.negated]
        if before and clause.start() - before[-1].end <= 60:
            head = before[-1]
            agenda = _AGENDA.search(view.text, 0, head.start)
            if agenda is not None:
                # "Talks on a ceasefire and the release of hostages, which were held on
                # Tuesday": the clause hangs on the talks, not on what they were about
                talks = [c for c in before if c.start == agenda.start()]
                head = talks[0] if talks else head
            # the noun's own kind: "agreed after talks that began on 11 March" dates the
            # talks, even though "agreed" governs the noun in the sentence
            return replace(head, kind=head.original_kind or head.kind)
        return None

    @staticmethod
    def _denial(view: _SentenceView, mention: DateMention, cues: list[Cue]) -> Cue | None:
        """ "Muyaya said on Sunday that the framework did not mean ...": a dated speech
        act that rejects or denies is the news (a statement), whatever its content
        names. Content that takes something up ("said it was ready to accept a U.S.
        proposal") is left to the content's own cues."""
        end = mention.end - view.offset
        for cue in cues:
            if cue.kind != "statement" or cue.weight != 1 or cue.negated:
                continue
            if _DENIAL.search(view.text, max(end, cue.end)) or _CONDITION.search(
                view.text, max(end, cue.end)
            ):
                return replace(cue, weight=2)
        return None

    def _near_last_draft(self, mention: DateMention) -> bool:
        """A sentence goes on with the last event only about days near it (within about
        three months): "the coup of 1 February 2021" after a 2024 truce is background."""
        last = self.last_drafts[0].starts_on
        return mention.starts_on is None or abs((mention.starts_on - last).days) <= 92

    def _on_last_draft(self, mention: DateMention) -> bool:
        """Whether the mention's days meet (or touch) those of an event just told."""
        if mention.starts_on is None:
            return True
        day = dt.timedelta(days=1)
        return any(
            last.starts_on - day <= (mention.ends_on or mention.starts_on)
            and mention.starts_on <= (last.ends_on or last.starts_on) + day
            for last in self.last_drafts
        )

    def _continues(self, view: _SentenceView) -> bool:
        return (
            bool(self.last_drafts)
            and self.last_draft_sentence == view.sentence.index - 1
            and view.sentence.block.index - self.last_draft_block <= 1
        )

    # ------------------------------------------------------------ events

    def _draft_for_date(
        self, view: _SentenceView, mention: DateMention, weak: bool
    ) -> _Draft | None:
        kind, cue = self._kind_for(view, mention)
        if kind == "truce" and cue is not None and self._truce_from_later(view, mention, cue):
            # "On Dec. 31, Petro announced a six-month ceasefire ..., from Jan. 1 to June
            # 30": the truce runs from its own days; the day told is the announcement's
            kind, cue = "statement", replace(cue, kind="statement")
        if kind == "strike" and mention.form == "relative" and mention.starts_on is not None:
            # "Clashes erupted on May 12 ... and spread across several districts the
            # following day": the same fighting, a day longer
            segment = view.segment_text(view.segment(mention.start - view.offset))
            if _WENT_ON.search(segment):
                earlier = next(
                    (
                        d
                        for d in reversed(self.drafts)
                        if d.kind == "strike"
                        and d.sentence == view.sentence.index
                        and d.starts_on < mention.starts_on
                    ),
                    None,
                )
                if earlier is not None:
                    earlier.ends_on, earlier.end_source = mention.starts_on, "until"
                    return None
        if kind == "truce" and self._takes_effect_later(view, mention):
            # "The truce, announced by the envoy on Friday, took effect on Saturday": the
            # day it was announced is the deal's, the truce is the day it took effect
            segment = view.segment_text(view.segment(mention.start - view.offset))
            if not _ANNOUNCED.search(segment):
                return None
            kind = "agreement"
        if not kind or mention.starts_on is None:
            return None
        if cue is None and kind != "talks" and view.status(future=False) == "cancelled":
            # "Two died in police raids on June 27. The next day Baku cancelled all Russian
            # cultural events": the story goes on, but what is called off is no strike
            return None
        if (
            kind in {"agreement", "statement", "proposal"}
            and cue is not None
            and _FROM_DAY.search(
                view.text, max(0, mention.start - view.offset - 40), mention.start - view.offset
            )
            and any(
                "truce" in {c.kind, c.original_kind}
                and cue.end <= c.start < mention.start - view.offset
                for c in view.cues
            )
        ):
            # "agreed to a ceasefire from noon on Oct. 10", "договорились о прекращении огня
            # с 12:00 10 октября", "доручив запровадити режим припинення вогню з 12:00 за
            # московським часом 6 січня": the day the truce begins
            kind = "truce"
        if cue is not None and _MEANT_TO.search(view.text, max(0, cue.start - 40), cue.start):
            # "was meant to be part of an exchange before he died on Feb. 16": what did
            # not happen
            return None
        if (
            kind == "statement"
            and mention.starts_on > self.published
            and any(
                c.kind == "statement" and c.past and c.end <= mention.start - view.offset
                for c in view.cues
            )
        ):
            # "Late on Thursday, Gil said ... that the May 25 vote would take place", "він
            # назвав вибори, призначені на 28 грудня, ...": what was said of a day ahead is
            # its content, no statement of that day
            return None
        if (
            kind == "statement"
            and cue is not None
            and cue.end <= mention.start - view.offset
            and _FROM_DAY.search(
                view.text, max(0, mention.start - view.offset - 25), mention.start - view.offset
            )
            and any(d is not mention and d.end <= mention.start for d in view.dates)
        ):
            # "28 декабря «Газпром» объявил о прекращении поставок газа с 1 января": the day
            # from which what was announced runs is its content, not a second statement
            return None
        if kind == "proposal" and mention.starts_on > self.published:
            # "proposed to hold a meeting between 20 and 30 June": the date is the meeting's
            local = self._local_segments(view, mention)
            proposed = [
                c
                for c in view.cues
                if view.segment(c.start) in local
                and c.kind == "proposal"
                and c.original_kind in {"talks", "truce"}
            ]
            if proposed:
                kind = proposed[-1].original_kind
        segment_text = " ".join(view.segment_text(i) for i in self._local_segments(view, mention))
        starts_on, ends_on = mention.starts_on, mention.ends_on
        if (
            mention.year_inferred
            and starts_on > self.published
            and cue is not None
            and cue.past
            # ("proposed on Monday to meet between June 20 and 30": the meeting is ahead)
            and "proposal" not in {cue.kind, cue.original_kind}
            and not is_future(segment_text, self.lang)
        ):
            # "The dispute erupted on Jan. 1, when Abiy signed ..." in a December story:
            # told in the past tense, the nearest Jan. 1 ahead cannot be meant
            starts_on = replace_year(starts_on, starts_on.year - 1)
            ends_on = ends_on and replace_year(ends_on, ends_on.year - 1)
        # ("warned on March 27 that an attack would be a bad day", "flew there on March 27
        # for talks and warned that ...": told in the past of a past day, it was held; a
        # "would" is what was said)
        told = cue is not None and cue.past and starts_on <= self.published
        future = starts_on > self.published or (not told and is_future(segment_text, self.lang))
        draft = _Draft(
            kind=kind,
            starts_on=starts_on,
            ends_on=ends_on,
            end_source="explicit" if ends_on else "",
            precision=mention.precision,
            time_note=mention.time_note,
            year_inferred=mention.year_inferred,
            status=view.status_at(mention.start - view.offset, future),
            place=None,
            spans=[Span(view.offset, view.sentence.end, view.text)],
            block=view.sentence.block.index,
            sentence=view.sentence.index,
            weak=weak,
            strength=self._strength(mention, cue),
        )
        draft.same_day = (
            cue is not None and cue.weight >= 3 and bool(_SAME_DAY.search(mention.text))
        )
        if cue is not None and kind in {"statement", "proposal"}:
            draft.speaker = self._speaker(view, cue)
        position = cue.start if cue else mention.start - view.offset
        return self._finish(view, draft, position)

    @staticmethod
    def _takes_effect_later(view: _SentenceView, mention: DateMention) -> bool:
        """ "A 72-hour ceasefire announced on April 24, which took effect at midnight that
        night": a truce starts when it takes effect; the other date is its announcement."""
        rel = mention.start - view.offset
        effects = [
            c
            for c in view.cues
            if c.kind == "truce"
            and c.weight == 3
            and not c.negated
            # (a cue of taking effect, not "ordered a halt to fire ... from 8 to 10 May")
            and _TAKES_EFFECT.search(view.text, c.start, c.end)
        ]
        if not effects:
            return False
        for effect in effects:
            # ("The truce, announced on Friday, took effect on Saturday": the date in the
            # clause of taking effect, however near the other one is)
            segment = view.segment(effect.start)
            inside = view.segment(rel) == segment
            mine = abs(effect.start - rel)
            for other in view.dates:
                if other is mention or not other.is_event_date:
                    continue
                other_inside = view.segment(other.start - view.offset) == segment
                if other_inside and not inside:
                    return True
                nearer = abs(effect.start - (other.start - view.offset)) < mine
                if nearer and (other_inside or not inside):
                    return True
        return False

    def _talks_at(self, view: _SentenceView, mention: DateMention, weak: bool) -> _Draft | None:
        """ "an agreement the two leaders accepted at talks in Brussels on Feb. 27": the
        talks the date is attached to are an event too."""
        rel = mention.start - view.offset
        if mention.starts_on is None or not view.may_contain(_AT_TALKS_WORDS):
            return None
        at = _AT_TALKS.search(view.text, max(0, rel - 80), rel)
        if at is not None:
            start, end, kind_of = at.start(), rel, lambda c: c.kind
        else:
            # "agreed on June 2 in Istanbul, during the second round of talks": after it
            at = _DURING_TALKS.match(view.text, mention.end - view.offset)
            if at is None:
                return None
            # (a governing "agreed" made the talks noun its own kind)
            start, end, kind_of = at.start(), at.end(), lambda c: c.original_kind or c.kind
        cue = next(
            (
                c
                for c in view.cues
                if kind_of(c) == "talks" and start <= c.start < end and not c.negated
            ),
            None,
        )
        if cue is None:
            return None
        return self._companion(view, mention, replace(cue, kind="talks"), weak)

    def _talks_before(self, view: _SentenceView, event_dates: list[DateMention]) -> None:
        """ "The two sides signed the accord in Doha on Tuesday after five days of talks":
        talks that ended on the day told, as long as they lasted (when the length is
        told exactly, in days: not "after nearly ten days" nor "after two months")."""
        day = next(
            (
                m.starts_on
                for m in event_dates
                if m.precision == "day" and m.starts_on and m.starts_on <= self.published
            ),
            None,
        )
        if day is None:
            return
        for at, days in view.durations:
            if not _AFTER_LENGTH.search(view.text, max(0, at - 12), at) or not _DAYS_LENGTH.match(
                view.text, at
            ):
                continue
            cue = next(
                (
                    c
                    for c in view.cues
                    if c.original_kind == "talks"
                    and at < c.start <= at + 40
                    and _OF_DURATION.match(view.text, at, c.start)
                ),
                None,
            )
            if cue is None:
                continue
            draft = self._new_draft(view, replace(cue, kind="talks"), day, False)
            if days > 1:
                draft.starts_on = day - dt.timedelta(days=days - 1)
                draft.ends_on, draft.end_source = day, "duration"
            draft.status = "held"
            self._finish(view, draft, cue.start)
            return

    def _signed_at(self, view: _SentenceView, mention: DateMention, weak: bool) -> _Draft | None:
        """ "The two security chiefs met on the border on Monday and signed a protocol":
        a text signed at the meeting the date gives is an event too."""
        rel = mention.start - view.offset
        cue = self._strong_local_cue(
            view,
            mention,
            "agreement",
            lambda c: (
                _SIGNING.match(view.text, c.start) is not None
                and (
                    c.start > rel or any(t.kind == "talks" and t.end <= c.start for t in view.cues)
                )
            ),
        )
        return self._companion(view, mention, cue, weak)

    def _met_at(self, view: _SentenceView, mention: DateMention, weak: bool) -> _Draft | None:
        """ "met on the border on Monday and signed a protocol", told the other way round
        from `_signed_at` (the date nearer the signing): the meeting is an event too; so
        is one that "held talks in Rome on Saturday and agreed that ..."."""
        signed = [
            c
            for c in view.cues
            if c.kind == "agreement"
            and c.past
            and (_SIGNING.match(view.text, c.start) or (c.governs and c.weight >= 3))
        ]
        if not signed:
            return None
        cue = self._strong_local_cue(view, mention, "talks", lambda c: c.end <= signed[0].start)
        return self._companion(view, mention, cue, weak)

    def _strong_local_cue(
        self, view: _SentenceView, mention: DateMention, kind: str, test: Callable[[Cue], bool]
    ) -> Cue | None:
        """The first past cue of `kind` (weight 3 or more) in the mention's own segments
        that passes `test`, for a day told up to the publication."""
        if mention.starts_on is None or mention.starts_on > self.published:
            return None
        local = self._local_segments(view, mention)
        return next(
            (
                c
                for c, segment in zip(view.cues, view.cue_segments, strict=True)
                if segment in local
                and c.kind == kind
                and c.weight >= 3
                and c.past
                and not c.negated
                and test(c)
            ),
            None,
        )

    def _companion(
        self, view: _SentenceView, mention: DateMention, cue: Cue | None, weak: bool
    ) -> _Draft | None:
        """A second event on the mention's day, made from `cue` (talks at a deal, a deal
        signed at a meeting)."""
        if cue is None or mention.starts_on is None:
            return None
        draft = self._new_draft(view, cue, mention.starts_on, weak)
        draft.strength = self._strength(mention, cue)
        return self._finish(view, draft, cue.start)

    def _strength(self, mention: DateMention | None, cue: Cue | None) -> float:
        score = 0.45
        if mention is not None:
            score += {"abs": 0.2, "weekday": 0.15, "relative": 0.1}.get(mention.form, 0.05)
        if cue is not None:
            score += 0.1 * min(cue.weight, 3) / 3 + (0.05 if cue.weight >= 3 else 0)
        return score

    def _primary_date(self, view: _SentenceView) -> DateMention | None:
        """The main clause's date: not one inside "a day after <clause>"."""
        subordinate = {
            view.segment(m.start - view.offset)
            for m in view.dates
            if m.form in {"clause", "clause_main"}
        }
        for mention in view.dates:
            if (
                mention.is_event_date
                and mention.form not in {"clause", "clause_main"}
                and view.segment(mention.start - view.offset) not in subordinate
            ):
                return mention
        return None

    def _extra_events(self, view: _SentenceView, made: list[_Draft], weak: bool) -> list[_Draft]:
        """Undated segments with a strong cue of another kind share the sentence's date."""
        primary = self._primary_date(view)
        if primary is not None:
            segment = view.segment_text(view.segment(primary.start - view.offset))
            if (
                primary.starts_on
                and primary.starts_on > self.published
                or is_future(segment, self.lang)
            ):
                return []
            day = primary.starts_on
            primary_segment = view.segment(primary.start - view.offset)
        else:
            day = self.ctx.anchor
            primary_segment = -1
        if day is None:
            return []
        # "Ministers initialled the treaty, whose text they had finalised on March 13":
        # the date is the relative clause's own; the main clause before it continues
        # the running story (the anchor)
        relative = primary_segment > 0 and _RELATIVE.match(view.segment_text(primary_segment))
        dated = {view.segment(d.start - view.offset) for d in view.dates}
        kinds = {(d.kind, d.starts_on) for d in made}
        extra: list[_Draft] = []
        # the candidate cues of each undated segment, in one pass over the cues (not
        # one per segment); segments without any are skipped, the rest taken in order
        by_segment: dict[int, list[Cue]] = {}
        for c, index in zip(view.cues, view.cue_segments, strict=True):
            if (
                index not in dated
                and not c.negated
                and (c.weight >= 3 or c.governs)
                and not (primary is not None and self._came_before(view, primary, c))
                # ("Переговори щодо припинення вогню та звільнення заручників, що
                # відбулися у вівторок": what the talks were about is no event of its own)
                and not _AGENDA.search(view.text, view.bounds[index], c.start)
                # ("учасники обговорили ядерну безпеку, а також звільнення полонених")
                and not (not c.past and _DISCUSSED.search(view.text, 0, c.start))
            ):
                by_segment.setdefault(index, []).append(c)
        for index in sorted(by_segment):
            segment_day = day
            when = (
                primary is not None
                and primary.ends_on is not None
                and index > primary_segment
                and _WHEN_CLAUSE.match(view.text, primary.end - view.offset) is not None
            )
            if when:
                # "talks ran from 6 to 9 October, when Trump announced the signing": the
                # clause hangs on the range's last day (told in any tense)
                segment_day = primary.ends_on
            elif (
                primary is not None
                and primary.ends_on is not None
                and _AT_THE_END.search(view.segment_text(index))
            ):
                # "The agreement was signed at the end of a session ..., held August 4-7"
                segment_day = primary.ends_on
            if relative and index < primary_segment:
                if self.ctx.anchor is None:
                    continue
                segment_day = self.ctx.anchor
            cues = by_segment[index]
            text = view.segment_text(index)
            if (
                is_hypothetical(text, self.lang)
                or _NOT.search(text)
                or (_PLUPERFECT.search(text) and not when)
            ):
                continue
            cue = max(cues, key=lambda c: (c.weight, -c.start))
            if (cue.kind, segment_day) in kinds or cue.kind == "statement":
                continue
            if cue.kind == "agreement" and _AGREED_BEFORE.match(text):
                continue
            if _IN_RETURN.match(text):
                # "a plan to extend the truce, in exchange for the release of hostages":
                # what is offered in return is part of the deal or plan told, not news
                continue
            if not relative and any(kind == cue.kind for kind, _ in kinds):
                continue
            kinds.add((cue.kind, segment_day))
            draft = self._new_draft(view, cue, segment_day, weak)
            extra.append(self._finish(view, draft, cue.start))
        return extra

    def _new_draft(self, view: _SentenceView, cue: Cue, day: dt.date, weak: bool) -> _Draft:
        return _Draft(
            kind=cue.kind,
            starts_on=day,
            ends_on=None,
            end_source="",
            precision="day",
            time_note="",
            year_inferred=False,
            status=view.status(day > self.published),
            place=None,
            spans=[Span(view.offset, view.sentence.end, view.text)],
            block=view.sentence.block.index,
            sentence=view.sentence.index,
            weak=weak,
            strength=self._strength(None, cue) - 0.1,
        )

    @staticmethod
    def _reported_past(view: _SentenceView) -> int | None:
        """Where a past reporting verb ("Кремль сообщил, что ...") ends: a condition or
        demand it reports ("вступит в силу только после ...") was put that day."""
        for cue in view.cues:
            if cue.kind == "statement" and cue.past and not cue.negated:
                return cue.end
        return None

    def _carry(self, view: _SentenceView) -> list[_Draft]:
        """A finished event told without a date takes the date of the last event told."""
        if (
            not self.last_drafts
            or view.sentence.block.index - self.last_draft_block > _CARRY_BLOCKS
        ):
            return []
        # `absorb` never raises a cue's weight nor clears its negation: without a strong
        # raw cue there is no strong cue, and the segments need not be worked out
        raw = self._within(self.cue_starts, self.all_cues, view.sentence)
        if not any(c.weight >= 3 and not c.negated for c in raw):
            return []
        if _SOME_DAYS_LATER.search(view.text):
            # "Москва согласилась лишь через несколько дней": another day, not told
            return []
        held = [d for d in self.last_drafts if d.status == "held"] or self.last_drafts
        day = held[0].starts_on
        if self.ctx.anchor is not None and self.anchor_sentence > self.last_draft_sentence:
            # "The next day the Kremlin published the results. Russia and the US agreed
            # ...": a date told since the last event is the one the story is at
            day = self.ctx.anchor
        if (self.published - day).days > 92 and view.sentence.block.index != self.last_draft_block:
            # a new paragraph after background ("A ceasefire took effect on Aug. 3, 2023
            # ... Guarantor countries called for ..."): not more of that background
            return []
        made: list[_Draft] = []
        kinds: set[str] = set()
        reported = self._reported_past(view)
        strong = [
            c
            for c in view.cues
            if not c.negated
            and c.weight >= 3
            and c.kind != "statement"  # undated reactions are comment, not news
            and (c.past or (reported is not None and c.kind == "proposal" and c.start > reported))
            # "The session opened days after the authorities freed ...": earlier, undated
            and not _LONG_AFTER.search(view.text, max(0, c.start - 70), c.start)
            # ("The talks focused on the ceasefire agreed in Doha": a truce told before,
            # named again with its participle, is no event of this sentence)
            and not _THE_NAMED.search(view.text, max(0, c.start - 4), c.end)
            # "другий етап обміну, про який сторони домовилися": the deal is background
            and not (
                c.kind == "agreement"
                and _AGREED_BEFORE.match(view.segment_text(view.segment(c.start)))
            )
            # "Стороны договорились не раскрывать детали": agreeing not to do something,
            # with no deal, truce or exchange named, is no agreement of its own
            and not (
                c.kind == "agreement"
                and c.governs
                and _AGREED_NOT.match(view.text, c.end)
                and not self._names_a_deal(view, c)
            )
        ]
        if not strong:
            return []
        # (grouped in one pass; segments without a strong cue are skipped)
        by_segment: dict[int, list[Cue]] = {}
        for c in strong:
            by_segment.setdefault(view.segment(c.start), []).append(c)
        for index in sorted(by_segment):
            cues = by_segment[index]
            text = view.segment_text(index)
            cue = max(cues, key=lambda c: (c.weight, -c.start))
            # a reported condition ("will take effect only after ...") is about the
            # future by nature: the demand itself was put that day
            condition = not cue.past and cue.kind == "proposal"
            if (
                (is_hypothetical(text, self.lang) and not condition)
                or is_present_perfect(text, self.lang)
                # "a former fighter who had signed the 2016 accord": earlier, undated
                or _WHO_HAD.search(text)
                or _BACKGROUND_RELATIVE.match(text)
            ):
                continue
            if cue.kind in kinds:
                continue
            kinds.add(cue.kind)
            draft = self._new_draft(view, cue, day, weak=False)
            draft.strength -= 0.1
            made.append(self._finish(view, draft, cue.start))
        return made

    @staticmethod
    def _speaker(view: _SentenceView, cue: Cue) -> str | None:
        """The actor named last before a speech verb, close to it ("The ELN said")."""
        at = cue.start + view.offset  # (matches are in whole-article positions)
        before = [m for m in view.matches if m.actors and m.end <= at and at - m.end <= 40]
        return before[-1].actors[0].slug if before else None

    @staticmethod
    def _names_a_deal(view: _SentenceView, cue: Cue) -> bool:
        """Whether the sentence names what was "agreed": a deal, a truce, an exchange,
        talks (any other cue after the verb)."""
        return any(other is not cue and other.start >= cue.end for other in view.cues)

    def _apply_ends(self, view: _SentenceView, made: list[_Draft]) -> None:
        """ "until Feb. 1", "postponed ... until 10 March": ends and new dates."""
        for mention in view.dates:
            if mention.role != "end" or mention.starts_on is None:
                continue
            if view.status(future=False) == "postponed" and made:
                draft = made[-1]
                draft.previous_starts_on = draft.starts_on
                draft.starts_on = mention.starts_on
                draft.status = "scheduled" if mention.starts_on > self.published else "held"
                continue
            kinds = {c.kind for c in view.cues if c.weight >= 2 and not c.negated}
            if not kinds and self._continues(view):
                # "It was renewed twice and expired on Oct. 2": the truce just told (also
                # when the sentence told its deal too: "The truce, announced on Friday,
                # took effect on Saturday. It is due to run until June 2.")
                kinds = {d.kind for d in self.last_drafts}
            # (a truce or talks first: "a truce ... expired two days later, and X struck
            # targets the same night" ends the truce, not the strike)
            candidates = sorted(reversed(self.drafts), key=lambda d: d.kind == "strike")
            for draft in candidates:
                if (
                    draft.kind in kinds
                    and (
                        draft.kind in {"truce", "talks"}
                        # "clashes erupted on May 12 and spread until May 14"
                        or (draft.kind == "strike" and draft in made)
                    )
                    and draft.starts_on <= mention.starts_on
                ):
                    self._set_end(draft, mention.starts_on)
                    self._add_actors(view, draft, mention.start - view.offset)
                    break

    @staticmethod
    def _set_end(draft: _Draft, end: dt.date) -> None:
        near = draft.ends_on is not None and abs((draft.ends_on - end).days) <= 1
        if draft.end_source in {"", "duration"} and (draft.ends_on in {None, end} or near):
            # (a count of hours is a day short or long by when it began: "a 48-hour truce
            # agreed on Oct. 15 ... expired two days later" ends on the day told)
            draft.ends_on, draft.end_source = (end if end > draft.starts_on else None), "until"
        elif draft.ends_on != end:
            draft.ends_on, draft.end_known = None, False  # the sources disagree

    # ------------------------------------------------------------ details

    def _finish(self, view: _SentenceView, draft: _Draft, position: int) -> _Draft:
        if draft.kind in {"truce", "talks", "strike"} and draft.ends_on is None:
            self._apply_duration(view, draft, position)
        draft.place = self._place_for(view, position, draft)
        self._add_actors(view, draft, position)
        return self._merge(draft)

    def _apply_duration(self, view: _SentenceView, draft: _Draft, position: int) -> None:
        segment = view.segment(position)
        best: tuple[int, int, int] | None = None
        for at, days in view.durations:
            # "a 30-day truce", "two days of talks": the duration names the cue's event
            near_cue = any(
                c.kind == draft.kind
                and at < c.start <= at + 30
                and _OF_DURATION.match(view.text, at, c.start)
                for c in view.cues
            )
            if not near_cue and draft.kind == "strike":
                continue  # "four days of fighting": only a strike's own length counts
            if not near_cue and (view.segment(at) != segment or at < position):
                # "The war lasted 44 days and ended with a ceasefire": a duration before
                # the event, not attached to it, measures something else
                continue
            distance = abs(at - position)
            if best is None or distance < best[0]:
                best = (distance, days, at)
        if best is not None and best[1] > 1:
            span = dt.timedelta(days=best[1] - 1)
            if (
                _HOURS_AT.match(view.text, best[2])
                and draft.time_note
                and not _MIDNIGHT_NOTE.search(draft.time_note)
            ):
                # "a 72-hour truce that took effect at 8 p.m. on Wednesday" runs to 8 p.m.
                # on Saturday: counted from a clock time, the hours reach one day further
                span += dt.timedelta(days=1)
            if _CONCLUDED.search(view.segment_text(segment)):
                # "wrapped up two days of talks on Feb. 5": the date is the last day
                draft.ends_on = draft.starts_on
                draft.starts_on -= span
            else:
                draft.ends_on = draft.starts_on + span
            draft.end_source = "duration"

    def _place_slug(self, name: str) -> str | None:
        for match in self.gazetteer.find(name):
            if match.places:
                return match.places[0].slug
        return None

    def _place_for(self, view: _SentenceView, position: int, draft: _Draft) -> str | None:
        candidates = [m for m, located in zip(view.matches, view.located, strict=True) if located]
        if not candidates and draft.kind == "strike":
            # a strike's place is its target, often the verb's object ("drones attacked
            # Kharkiv", "удару зазнало Запоріжжя"): two strikes on two cities are two events
            candidates = [m for m in view.matches if m.places and not m.actors]
        at = position + view.offset  # (matches are in whole-article positions)
        # ("Friday's meeting was the first since their summit in Helsinki on July 16,
        # 2018": a place nearer another day of the sentence is that day's event's)
        others = [d.start for d in view.dates if d.is_event_date and d.starts_on != draft.starts_on]
        candidates = [
            m
            for m in candidates
            if not any(abs(m.start - other) < abs(m.start - at) for other in others)
        ]
        if candidates:
            nearest = min(candidates, key=lambda m: abs(m.start - at))
            return nearest.places[0].slug
        near_publication = abs((draft.starts_on - self.published).days) <= 1
        if (
            self.dateline_place
            and near_publication
            and self.first_body_block is not None
            and view.sentence.block.index - self.first_body_block <= 1
        ):
            return self.dateline_place
        return None

    def _actor_entries(self, view: _SentenceView) -> list[tuple[GazetteerMatch, Entry]]:
        """The sentence's actors with their matches (asked per event and per rule)."""
        if view.actor_entries is None:
            view.actor_entries = self._find_actor_entries(view)
        return view.actor_entries

    def _find_actor_entries(self, view: _SentenceView) -> list[tuple[GazetteerMatch, Entry]]:
        found: list[tuple[GazetteerMatch, Entry]] = []
        for match, located in zip(view.matches, view.located, strict=True):
            actors = match.actors
            if not actors:
                continue
            if located:  # "in Moscow" is a place; "Moscow said" is Russia
                continue
            found.extend((match, entry) for entry in actors)
            if len(actors) == 1 and actors[0].kind == "organisation":
                # "Минобороны России", "Russian Defence Ministry": a state's body
                # speaks for the state
                found.extend((match, state) for state in self._states_within(match.text))
        return found

    def _states_within(self, name: str) -> tuple[Entry, ...]:
        known = self.inner_states.get(name)
        if known is None:
            words = name.split()
            known = ()
            if len(words) > 1:
                known = tuple(
                    {
                        e.slug: e
                        for word in words
                        for m in self.gazetteer.find(word)
                        for e in m.actors
                        if e.kind == "state"
                    }.values()
                )
            self.inner_states[name] = known
        return known

    def _add_actors(self, view: _SentenceView, draft: _Draft, position: int) -> None:
        entries = self._actor_entries(view)
        for match, entry in entries:
            draft.add_actor(entry, self._role(view, draft, match, entry, position))
        draft.add_unknown(view.unknown)
        # "he" before any name in the sentence is the last person named before it, even
        # when the sentence goes on to name another ("he said his envoy Witkoff ...")
        pronoun_at = view.pronoun_at
        if pronoun_at is not None and (
            not any(e.kind == "person" for e, _ in draft.actors.values())
            or all(m.start - view.offset > pronoun_at for m, e in entries if e.kind == "person")
        ):
            for index, persons in reversed(self.previous_persons[-3:]):
                if view.sentence.index - index <= 3:
                    for person in persons:
                        draft.add_actor(person, "speaker" if draft.kind == "statement" else "")
                    break
        elif view.may_contain(_THEY_WORDS):
            # ("they signed it in Washington during a meeting with Trump": a person named
            # after the pronoun is someone else)
            they = _THEY.search(view.text)
            if (
                they is not None
                and self.previous_persons
                and all(
                    m.start - view.offset > they.start() for m, e in entries if e.kind == "person"
                )
            ):
                index, persons = self.previous_persons[-1]
                named = list(dict.fromkeys(persons))
                if view.sentence.index - index == 1 and 2 <= len(named) <= 4:
                    for person in named:
                        draft.add_actor(person, "")

    def _attacker_match(self, view: _SentenceView, position: int) -> GazetteerMatch | None:
        """The nearest state or armed group before the strike verb, not a cited source
        (asked for each actor of a strike: worked out once per position)."""
        if position not in view.attackers:
            view.attackers[position] = self._find_attacker_match(view, position)
        return view.attackers[position]

    @staticmethod
    def _find_attacker_match(view: _SentenceView, position: int) -> GazetteerMatch | None:
        text, offset = view.reader.text, view.offset
        at = position + offset  # (matches are in whole-article positions)
        for match in reversed(view.matches):
            if match.start >= at or not any(e.kind != "person" for e in match.actors):
                continue
            before = text[max(offset, match.start - 30) : match.start]
            if _SOURCE.search(before) or _LOCATIVE.search(before[-12:]):
                continue
            return match
        return None

    def _role(
        self,
        view: _SentenceView,
        draft: _Draft,
        match: GazetteerMatch,
        entry: Entry,
        position: int,
    ) -> str:
        # (the match is in whole-article positions: the text around it is clipped to
        # the sentence, as a slice of `view.text` would be)
        text, offset, start, end = view.reader.text, view.offset, match.start, match.end
        # (most sentences hold no word of these patterns: one test per sentence)
        if (
            view.may_contain(_MEDIATOR.words)
            and _MEDIATOR.search(text[max(offset, start - 45) : start])
            or view.may_contain(_MEDIATOR_AFTER.words)
            and _MEDIATOR_AFTER.search(text[end : min(end + 25, view.sentence.end)])
        ):
            return "mediator"
        if view.may_contain(_HOST.words) and _HOST.search(text[max(offset, start - 35) : start]):
            return "host"
        position += offset
        if draft.kind == "strike" and entry.kind != "person":
            if _TARGET_BEFORE.search(text[max(offset, start - 60) : start]) or start > position:
                return "target"
            if match is self._attacker_match(view, position - offset):
                return "attacker"
            return ""
        if draft.kind == "agreement" and view.signing:
            return "signatory"
        if entry.kind == "person" and view.delegation:
            return "delegate"
        if draft.kind == "statement" and match.start < position:
            return "speaker"
        return ""

    def _merge(self, draft: _Draft) -> _Draft:
        for other in self.drafts:
            if other is draft or not self._same_event(other, draft):
                continue
            for span in draft.spans:
                if span not in other.spans:
                    other.spans.append(span)
            if self._within_range(other, draft):
                other.starts_on = draft.starts_on  # the range told later is the event's
            if draft.end_source == "explicit" and other.end_source != "explicit":
                other.ends_on, other.end_source = draft.ends_on, "explicit"
            elif other.ends_on is None and draft.ends_on is not None and other.end_known:
                other.ends_on, other.end_source = draft.ends_on, draft.end_source
            for entry, role in draft.actors.values():
                other.add_actor(entry, role)
            other.add_unknown(draft.unknown)
            other.place = other.place or draft.place
            other.time_note = other.time_note or draft.time_note
            other.weak = other.weak and draft.weak
            other.strength = max(other.strength, draft.strength) + 0.05
            other.last_block = max(other.last_block, draft.block)
            return other
        self.drafts.append(draft)
        return draft

    @staticmethod
    def _within_range(single: _Draft, ranged: _Draft) -> bool:
        """ "landed on Sunday" and "the flights between April 14 and 16": a day inside a
        told range of a truce or an exchange is a mention of that same event, and so is
        the first or last day of told talks. (A day inside a round of talks is often a
        meeting of its own: "on Monday, with the Russian delegation".)"""
        if not (
            single.kind in {"truce", "exchange", "talks"}
            and single.ends_on is None
            and ranged.ends_on is not None
            and ranged.end_source == "explicit"
            and ranged.starts_on <= single.starts_on <= ranged.ends_on
        ):
            return False
        # talks "ended on Wednesday" are the two-day session of Tuesday and Wednesday
        return single.kind != "talks" or single.starts_on in {ranged.starts_on, ranged.ends_on}

    @classmethod
    def _same_event(cls, a: _Draft, b: _Draft) -> bool:
        if a.kind != b.kind:
            return False
        if a.starts_on != b.starts_on and not (cls._within_range(a, b) or cls._within_range(b, a)):
            return False
        if a.place and b.place and a.place != b.place:
            return False
        if (a.same_day or b.same_day) and a.sentence != b.sentence:
            # "В тот же день министры парафировали текст договора": another agreement
            return False
        if a.kind == "strike":
            a_attackers, a_targets = a.attackers - a.targets, a.targets - a.attackers
            b_attackers, b_targets = b.attackers - b.targets, b.targets - b.attackers
            # two strikes only when the sides cross both ways ("Ukrainian drones hit
            # Russia" and "Russia launched at Ukraine"); one crossing is a mention of the
            # party ("clashes broke out, a day after Thailand ...", "Thai air strikes")
            if a_attackers & b_targets and a_targets & b_attackers:
                return False
        if a.kind == "talks" and a.sentence != b.sentence:
            # "Pashinyan and Aliyev met on Thursday ... Erdogan met Pashinyan on Thursday":
            # two pairs of people on one day are two meetings (one within the other is
            # the same meeting told again)
            a_people = {slug for slug, (e, _) in a.actors.items() if e.kind == "person"}
            b_people = {slug for slug, (e, _) in b.actors.items() if e.kind == "person"}
            if (
                len(a_people) >= 2
                and len(b_people) >= 2
                and not (a_people <= b_people or b_people <= a_people)
            ):
                return False
        if a.kind in {"statement", "proposal"} and a.sentence != b.sentence:
            # two speakers on one day are two statements: "X rejected it; the same day
            # Y accused ..." (the people who spoke, when both sentences name some)
            a_people = {slug for slug, (e, _) in a.actors.items() if e.kind == "person"}
            b_people = {slug for slug, (e, _) in b.actors.items() if e.kind == "person"}
            if a_people and b_people and not a_people & b_people:
                return False
            # "On Saturday, Petro said ... The ELN said in a statement on Saturday ..."
            if a.speaker and b.speaker and a.speaker != b.speaker:
                return False
            # (a ministry and an adviser of another state: nobody in common at all)
            if a.actors and b.actors and not a.actors.keys() & b.actors.keys():
                return False
        return True

    # ------------------------------------------------------------ undated sentences

    def _continue_actors(self, view: _SentenceView) -> None:
        """Actors of an undated sentence join the event just told."""
        if (
            not self.last_drafts
            or view.sentence.block.index - self.last_draft_block > _CONTINUATION_BLOCKS
        ):
            return
        for draft in self.last_drafts:
            for _, entry in self._actor_entries(view):
                draft.add_actor(
                    entry,
                    "delegate" if entry.kind == "person" and view.delegation else "",
                )
            draft.add_unknown(view.unknown)

    def _delegation(self, view: _SentenceView) -> None:
        """People named as delegates join the article's main round of talks."""
        main = next((d for d in self.drafts if d.kind == "talks" and not d.weak), None)
        if main is None or not view.delegation:
            return
        undated = not any(
            d.is_event_date and d.starts_on != main.starts_on for d in view.dates
        ) or _IS_LED.search(view.text)
        if not undated:
            return
        for _, entry in self._actor_entries(view):
            if entry.kind == "person":
                main.add_actor(entry, "delegate")


# ---------------------------------------------------------------- public API


def _to_proposal(draft: _Draft, keys: dict[str, int]) -> Proposal:
    actors = tuple(ActorRef(e.slug, e.name, role) for e, role in draft.actors.values())
    base_key = f"{draft.kind}:{draft.starts_on.isoformat()}:{draft.place or ''}"
    keys[base_key] = keys.get(base_key, 0) + 1
    key = base_key if keys[base_key] == 1 else f"{base_key}#{keys[base_key]}"
    confidence = min(0.99, max(0.05, draft.strength - (0.3 if draft.weak else 0)))
    # "scrapped the accord on Thursday": what was called off is the statement's
    # content; the statement itself was made
    status = "held" if draft.kind == "statement" and draft.status != "scheduled" else draft.status
    return Proposal(
        kind=draft.kind,
        status=status,
        starts_on=draft.starts_on,
        ends_on=draft.ends_on if draft.end_known else None,
        end_known=draft.end_known,
        precision=draft.precision,
        time_note=draft.time_note,
        year_inferred=draft.year_inferred,
        previous_starts_on=draft.previous_starts_on
        if draft.previous_starts_on
        else (draft.starts_on if draft.status == "postponed" else None),
        place=draft.place,
        actors=actors,
        unknown_people=tuple(draft.unknown),
        spans=tuple(draft.spans),
        quote=draft.spans[0].text,
        confidence=round(confidence, 2),
        weak=draft.weak,
        key=key,
    )


def extract(
    text: str,
    published: dt.date,
    language: str = "en",
    gazetteer: Gazetteer | None = None,
    *,
    include_weak: bool = False,
) -> list[Proposal]:
    """Dated event proposals for one article, in reading order.

    `published` anchors every year-less or relative date. Events known only from a
    photo caption are dropped unless `include_weak` (then they come back with
    ``weak=True``); a caption that repeats an event the text reports adds its span.
    """
    if gazetteer is None:
        from newsroom.extraction.gazetteer import load_gazetteer

        gazetteer = _default_gazetteer(load_gazetteer)
    drafts = _Reader(text, published, language, gazetteer).read()
    drafts = [d for d in drafts if include_weak or not d.weak]
    drafts.sort(key=lambda d: d.spans[0].start)
    keys: dict[str, int] = {}
    return [_to_proposal(d, keys) for d in drafts]


_GAZETTEER_CACHE: dict[str, Gazetteer] = {}


def _default_gazetteer(loader) -> Gazetteer:
    if "default" not in _GAZETTEER_CACHE:
        _GAZETTEER_CACHE["default"] = loader()
    return _GAZETTEER_CACHE["default"]


def find_mentions(
    text: str, published: dt.date, language: str = "en", gazetteer: Gazetteer | None = None
) -> list[Mention]:
    """Dates, actors and places in the text, for highlighting (noise lines included)."""
    if gazetteer is None:
        from newsroom.extraction.gazetteer import load_gazetteer

        gazetteer = _default_gazetteer(load_gazetteer)
    lang = language if language in {"en", "uk", "ru"} else "en"
    ctx = DateContext(published, lang)
    found: list[Mention] = []
    for block in split_blocks(text):
        ctx.dated_anchor = ctx.dated_until = None
        for sentence in split_sentences(block):
            mentions = find_dates(sentence.text, sentence.start, ctx)
            for m in mentions:
                if m.starts_on is None:
                    continue
                if m.precision == "week":
                    label = m.starts_on.strftime("%G-W%V")  # ISO week: "2031-W24"
                elif m.precision == "day":
                    label = m.starts_on.isoformat()
                    if m.ends_on:
                        label += f"/{m.ends_on.isoformat()}"
                elif m.precision == "month":
                    label = m.starts_on.strftime("%Y-%m")
                else:
                    label = str(m.starts_on.year)
                found.append(Mention(m.start, m.end, "date", label))
            if block.kind is BlockKind.BODY:
                anchor = next_anchor(mentions, ctx.anchor)
                if anchor != ctx.anchor:
                    ctx.anchor = anchor
                    ctx.dated_anchor, ctx.dated_until = dated(anchor, mentions)
            for match in gazetteer.find(sentence.text):
                start, end = sentence.start + match.start, sentence.start + match.end
                entry = match.actors[0] if match.actors else match.places[0]
                kind = (
                    "place"
                    if match.places
                    and (
                        not match.actors
                        or _LOCATIVE.search(sentence.text[max(0, match.start - 12) : match.start])
                    )
                    else "actor"
                )
                if kind == "place":
                    entry = match.places[0]
                found.append(Mention(start, end, kind, entry.name))
    found.sort(key=lambda m: (m.start, m.end))
    return found


__all__ = ["extract", "find_mentions"]
