"""Cue words that tell what kind of event a sentence reports, and in what status.

Each cue has a weight: 3 (or 4) for verbs and fixed phrases that name an event
("signed", "held talks", "обмін полоненими"), 2 for nouns ("truce", "переговори"),
1 for plain reporting verbs ("said"), which never make an event on their own.
A *governing* cue ("agreed to", "proposed", "запропонував") turns the nouns that
follow it in its segment into its own kind: "agreed to a ceasefire" is an
agreement, "proposed direct negotiations" a proposal.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from newsroom.extraction.text import (
    AnyOf,
    Bounded,
    Gate,
    GatedPattern,
    Lines,
    Starts,
    WordsBefore,
    WordStarts,
    first_chars,
    fold,
    fold_pattern,
    gated_finditer,
)

KINDS = ("talks", "strike", "truce", "agreement", "proposal", "statement", "exchange")

# what an armed group "went into" when it is no town taken: "увійшла в історію", "вошла в
# состав", "до кабінету", "в парламент" (then a word must follow)
_ENTERED_NOT = (
    r"(?!(?:істор|истор|состав|склад|силу|число|контакт|курс|переговор|перемовин|коалиц|"
    r"коаліц|повестк|порядок|список|режим|пар|топ|десят|п'ят|пят|офіс|офис|кабинет|кабінет|"
    r"зал|здани|будівл|дом|будин|дві|двер)\w*)(?=\w)"
)


# Not frozen, like `Block` and `Sentence` (see there): cues are made once per match and
# per sentence, and nothing changes one once made (`replace` makes a new one).
@dataclass(slots=True)
class Cue:
    start: int  # relative to the sentence
    end: int
    kind: str
    weight: float
    governs: bool = False
    past: bool = False
    negated: bool = False
    original_kind: str = ""

    def shifted(self, delta: int) -> Cue:
        """The same cue with offsets moved by -`delta` (cheaper than `replace`)."""
        return Cue(
            self.start - delta,
            self.end - delta,
            self.kind,
            self.weight,
            self.governs,
            self.past,
            self.negated,
            self.original_kind,
        )


# (kind, weight, governs, pattern, gate words): every match contains one of the gate
# words (see text.gated_finditer), so the pattern only runs on lines that have one;
# or (`Starts`) begins with one at a word start, so it is only tried there; or
# (`Bounded`) both: tried only at its start words, within the lines of the others.
_EN: list[tuple[str, float, bool, str, tuple[str, ...] | Starts | Bounded]] = [
    # "On Saturday the ministry declared a ceasefire ..., but the sides accused each
    # other of breaking it": the truce declared is the event
    (
        "truce",
        4,
        False,
        r"\b(?:declared|announced|proclaimed)\s+(?:a|an|the)\s+[“\"]?(?:[\w-]+\s+){0,3}?"
        # ("announced a two-week pause in offensive operations")
        r"(?:truce|ceasefire|cease-fire|moratorium|lull|pause)\b",
        Bounded(
            WordStarts(("declared", "announced", "proclaimed")),
            ("truce", "cease", "moratorium", "lull", "pause"),
        ),
    ),
    # "The Astana process itself was launched on Jan. 23-24", "talks were opened": talks
    # begun that day
    (
        "talks",
        3,
        False,
        r"\b(?:process|talks|negotiations|dialogue)\s+(?:itself\s+)?(?:was|were)\s+"
        r"(?:launched|opened|started)\b",
        Bounded(
            WordStarts(("process", "talks", "negotiations", "dialogue")),
            ("launched", "opened", "started"),
        ),
    ),
    # "all hostilities, including air strikes, are to stop from 00:01 on Saturday": the
    # truce told by what is to end
    (
        "truce",
        3,
        False,
        r"\b(?:hostilities|fighting)\b(?:[\s,]+[\w-]+){0,4}?,?\s+(?:are|is|were|was|will)\s+"
        r"(?:to\s+)?(?:stop|cease|end|halt)\b",
        Bounded(WordStarts(("hostilities", "fighting")), ("stop", "cease", "end", "halt")),
    ),
    # "Fighting stopped on Nov. 10", "the guns fell silent at midnight": the truce
    # told by what it ended
    (
        "truce",
        3,
        False,
        r"\b(?:fighting|hostilities|guns)\s+(?:had\s+|finally\s+|largely\s+)?"
        r"(?:stopped|ceased|halted|ended|fell\s+silent)\b",
        WordStarts(("fighting", "hostilities", "guns")),
    ),
    # "issued a decree removing his deputy", "signed into force a law passed by
    # parliament": an official act on record, not an agreement between parties
    (
        "statement",
        4,
        False,
        r"\b(?:issued|signed)\s+(?:a\s+|an\s+)?(?:\w+\s+)?decree\b|"
        r"\bsign(?:ed|s|ing)\s+(?:into\s+(?:force|law)\s+)?(?:a\s+|an\s+|the\s+)?"
        r"(?:\w+\s+)?(?:law|bill|legislation|executive\s+order|waiver|application)s?\b",
        Bounded(
            WordStarts(("issued", "sign")),
            ("decree", "law", "bill", "legislation", "executive order", "waiver", "application"),
        ),
    ),
    # "accused the army of bombing residential districts": the accusation is the news,
    # and the strike it names is not dated by it
    (
        "statement",
        4,
        True,
        r"\b(?<!were\s)(?<!was\s)(?<!been\s)accus(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,4}?of\b",
        Bounded(WordStarts(("accus",)), ("accus",)),
    ),
    (
        "truce",
        4,
        False,
        r"\b(?:stop|halt|pause|suspend|cease|end)(?:s|ed|ped|ing|ping)?\s+(?:all\s+)?"
        r"(?:its\s+|their\s+)?(?:attacks|strikes|fire|firing|fighting|hostilities)\b|"
        # "a truce first agreed on Nov. 26, 2003": the truce itself, dated by its deal
        r"\b(?:truce|ceasefire|cease-fire)\s+(?:was\s+|first\s+|had\s+been\s+)?agreed\b|"
        # "An earlier truce in Sweida, agreed on July 15, collapsed"
        r"\b(?:truce|ceasefire|cease-fire)(?:\s+(?:in|for|on)\s+[\w-]+)?,\s+agreed\b|"
        # "agreed to stop attacking each other", "would stop its bombing campaign"
        r"\b(?:stop|halt|cease|end)(?:s|ped|ping|ed|ing)?\s+(?:attacking|bombing|shelling|"
        r"(?:its\s+|their\s+|the\s+)(?:\w+\s+)?(?:bombing|air)\s+campaign)\b|"
        # "both sides are to suspend offensive operations"
        r"\b(?:stop|halt|pause|suspend|cease|end)(?:s|ped|ping|ed|ing)?\s+(?:all\s+)?"
        r"(?:offensive|military|combat)\s+operations\b|"
        r"\bhalt(?:ed)?\s+(?:\w+\s+){0,3}?(?:strikes|attacks)\b|"
        r"\ba\s+halt\s+to\s+(?:\w+\s+)?(?:strikes|attacks|fighting)",
        # every match holds one of the latter words ("attacks", "fire": in most lines
        # of a story about a war), and begins with one of the former ("ceasefire" with
        # "cease") or is "a halt": only those starts are tried
        Bounded(
            AnyOf(
                (
                    WordStarts(("stop", "halt", "pause", "suspend", "cease", "end", "truce")),
                    WordsBefore(("a",), Starts(("halt",))),
                )
            ),
            (
                *("attack", "strikes", "fire", "firing", "agreed", "fighting", "hostilities"),
                *("bombing", "shelling", "campaign", "operations"),
            ),
        ),
    ),
    # "The new rates will take effect in three weeks": tariffs, sanctions and laws that
    # take effect are no truce (a reporting-weight cue that only keeps them from it)
    (
        "statement",
        1,
        False,
        r"\b(?:tariffs?|rates|duties|sanctions|laws?|decree|rules?|ban)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:take|takes|took|taken|taking|went|go|goes)\s+(?:into\s+)?effect\b",
        Bounded(
            WordStarts(("tariff", "rates", "duties", "sanction", "law", "decree", "rule", "ban")),
            ("effect",),
        ),
    ),
    (
        "truce",
        3,
        False,
        r"\b(?:take|takes|took|taken|taking|went|go|goes)\s+(?:into\s+)?effect\b|"
        r"\bc[ao]me\s+into\s+force\b",
        Bounded(
            WordStarts(("take", "taking", "took", "went", "go", "came", "come")),
            ("effect", "force"),
        ),
    ),
    (
        "truce",
        2,
        False,
        r"\b(?:truce|ceasefire|cease-fire|armistice|moratorium|lull)s?\b|"
        r"\b(?:energy|humanitarian)\s+pause\b|\bcessation\s+of\s+hostilities\b|"
        r"\bpause\s+(?:on|in)\s+(?:\w+\s+)?(?:strikes|attacks|fighting|"
        r"hostilities)\b",
        Starts(
            (
                *("truce", "cease", "armistice", "moratorium", "lull", "energy", "humanitarian"),
                *("pause", "cessation"),
            )
        ),
    ),
    (
        "proposal",
        3,
        False,
        r"\bexchang\w*\s+(?:of\s+)?(?:their\s+)?memorand\w+",
        Bounded(WordStarts(("exchang",)), ("memorand",)),
    ),
    (
        "exchange",
        3,
        False,
        # "Trevor Reed was swapped for the pilot Konstantin Yaroshenko"
        r"\b(?:was|were)\s+(?:swapped|exchanged|traded)\s+for\b|"
        # ("the largest detainee release of the war")
        r"\b(?:prisoner|POW|hostage|captive|detainee|body|bodies)[\w-]*\s+"
        r"(?:exchange|swap|release)s?\b|\b(?:exchange|swap)\w*\s+(?:of\s+)?"
        r"(?:[\d,]+\s+)?(?:\w+\s+)?(?:prisoners|POWs|hostages|bodies|"
        r"captives|detainees)\b|\bin\s+exchange\s+for\b|\bfreed\b|"
        r"\b(?:release[sd]?|releasing)\s+(?:of\s+)?(?:[\w,]+\s+){0,3}"
        r"(?:hostages|prisoners|detainees|captives|POWs)\b|"
        # "Hamas also released 10 Thai farm workers": people set free, counted
        r"\breleased\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:workers|nationals|citizens|civilians|people|women|"
        r"children|soldiers|Americans|Israelis|Palestinians|Ukrainians|Russians)\b|"
        r"\b(?:was|were|been|be)\s+released\b|"
        # "A court in Kraljevo released them on June 26": the people just named
        r"\breleased\s+(?:them|him|her)\b|"
        # a person or bodies "were handed over to Ukraine"
        r"\b(?:was|were|been)\s+handed\s+over\b|"
        # a repatriation of the dead: "Ukraine returned the bodies of 1,000 soldiers"
        r"\b(?:returned|repatriated|handed\s+over)\s+(?:the\s+)?(?:bodies|remains)\b|"
        r"\brepatriation\s+of\s+(?:the\s+)?(?:[\d,]+\s+)?(?:bodies|remains)\b|"
        r"\bhanded\s+over\s+(?:[\d,]+\s+)?(?:\w+\s+)?(?:soldiers|prisoners|troops|detainees|"
        r"POWs|hostages|servicemen)\b",
        # every alternative begins with one of these words: the pattern is only tried
        # where one begins a word, instead of over every line with "exchange", "handed"
        Starts(
            (
                *("prisoner", "pow", "hostage", "captive", "detainee", "bod", "exchang"),
                *("swap", "in", "freed", "releas", "was", "were", "be", "returned"),
                *("repatriat", "handed"),
            )
        ),
    ),
    (
        "exchange",
        2,
        False,
        r"\b(?:hostages|prisoners of war|POWs|releases|swaps?)\b|"
        # "the exchange took place on ...", but not an exchange of fire or of views
        r"\bexchanges?\b(?!\s+(?:of\s+(?:\w+\s+)?(?:fire|gunfire|views|letters|notes|"
        r"information|documents|messages|strikes|blows)|rates?)\b)",
        Bounded(
            WordStarts(("hostages", "prisoners of war", "pows", "releases", "swap", "exchange")),
            ("hostages", "prisoners", "pows", "releases", "swap", "exchange"),
        ),
    ),
    # "Israel's security cabinet voted late on Thursday to accept an Egyptian initiative
    # for a ceasefire": terms taken up are a deal
    (
        "agreement",
        4,
        False,
        # (not "the RSF said that it accepted the plan": a statement of its answer)
        r"\b(?:voted\s+(?:\w+\s+){0,4}?to\s+accept|(?<!that\sit\s)(?<!that\sthey\s)accepted)\s+"
        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:initiative|proposal|plan|offer|terms)\b",
        Bounded(
            WordStarts(("voted", "accepted")), ("initiative", "proposal", "plan", "offer", "terms")
        ),
    ),
    (
        "agreement",
        4,
        False,
        r"\b(?:struck|strike|reached|clinched|sealed)\s+(?:a|an|the)\s+"
        r"(?:\w+\s+)?(?:deal|agreement|accord)\b",
        Starts(("struck", "strike", "reached", "clinched", "sealed")),
    ),
    (
        "agreement",
        3,
        True,
        # "agreed to keep the process moving" / "to meet again" / "to finalise a deal
        # within four months" settles nothing yet
        r"\bagree(?:d|s|ing)?\b(?!\s+with\b)(?!\s+to\s+(?:keep|continue|meet|talk|work|"
        r"stay|remain|consider|study|discuss|finali[sz]e|reach|negotiate|resume|hold|draft|"
        r"prepare)\b)"
        # (nor "agreed to set up two working groups": the talks' machinery, not a deal)
        r"(?!\s+to\s+(?:set\s+up|create|form|establish)\s+(?:\w+\s+){0,3}?(?:working\s+groups?|"
        r"commissions?|committees?)\b)"
        # (nor "said it had agreed to no such thing": a denial)
        r"(?!\s+to\s+(?:no\s+such\b|nothing\s+of\b))|\bagreement\s+on\b",
        Starts(("agree",)),
    ),
    (
        "agreement",
        3,
        False,
        # (not "the anniversary of the signing")
        r"\b(?<!anniversary\sof\sthe\s)sign(?:ed|s|ing)?\b(?!\s+of\b)|\binitial(?:l)?ed\b|"
        r"\bratif(?:ied|ies|y)\b|\bput\s+their\s+names\s+to\b|"
        r"\b(?:deal|agreement|accord)\s+(?:was|has been)\s+reached\b|"
        r"\bjoint\s+(?:statement|declaration)\b|"
        # a deal or truce extended or renewed
        r"\b(?:extended|renewed|prolonged)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?"
        r"(?:truce|ceasefire|deal|agreement|initiative|moratorium|pause|mandate)\b|"
        r"\bwas\s+reached\b|"
        # a text agreed on: "finished negotiating the treaty text", "finalised the text"
        r"\b(?:finished|concluded|completed)\s+negotiat(?:ing|ions)\s+(?:on\s+)?(?:the\s+)?"
        r"(?:\w+\s+)?(?:text|treaty|agreement|deal)\b|\bfinali[sz]ed\s+the\s+(?:\w+\s+)?"
        r"(?:text|treaty|agreement|deal)\b",
        Starts(
            (
                "sign",
                "initial",
                "ratif",
                "put",
                "deal",
                "agreement",
                "accord",
                "was",
                "finished",
                "concluded",
                "completed",
                "finali",
                "joint",
                "extended",
                "renewed",
                "prolonged",
            )
        ),
    ),
    # "street protests on Friday demanding his resignation": what a crowd demands is no
    # offer on the table (a reporting-weight cue that only keeps "demanding" from one)
    (
        "statement",
        1,
        False,
        r"\b(?:protests?|protesters|demonstrat\w+|crowds?)\s+(?:[\w,]+\s+){0,4}?demanding\b",
        Bounded(WordStarts(("protest", "demonstrat", "crowd")), ("demanding",)),
    ),
    (
        "proposal",
        3,
        True,
        # (not "offering a rare reprieve": what something brings)
        r"\b(?:propos(?:ed|es|ing)|offer(?:ed|s)|offering(?!\s+(?:a\s+|an\s+)?(?:rare|brief|welcome|"
        r"reprieve|respite|hope|relief|glimpse|chance|lifeline|boost))|"
        r"demand(?:ed|s|ing)|"
        # ("called on Feb. 27 for the group to lay down its arms")
        r"put\s+forward|called\s+(?:on\s+[^\W\d_][\w.]*\s+\d{1,2},?\s+)?for|"
        r"(?:ready|willing|prepared)\s+to|laid\s+out|"
        # an ultimatum: "had given Hamas until Sunday to accept", "gave Russia 50 days to"
        r"(?:gave|given|giving)\s+(?:[\w'’-]+\s+){0,3}?(?:until|(?:\d+|\w+)\s+(?:days|weeks|hours)\s+to)|"
        r"unveil(?:ed|s)?|submitted|tabled)\b",
        Starts(
            (
                "propos",
                "offer",
                "demand",
                "put",
                "called",
                "ready",
                "willing",
                "prepared",
                "laid",
                "unveil",
                "submitted",
                "tabled",
                "gave",
                "given",
                "giving",
            )
        ),
    ),
    # "the six-point ceasefire plan brokered by Sarkozy on Aug. 12": a plan brokered
    # between the parties is their deal
    (
        "agreement",
        3,
        False,
        r"\b(?:plan|road\s*map|framework)\s+brokered\b",
        Bounded(WordStarts(("plan", "road", "framework")), ("brokered",)),
    ),
    # "The Security Council on Monday endorsed Trump's plan": a text a body votes for
    # is agreed ("Israel had endorsed a plan put forward by Witkoff" takes up an offer)
    (
        "agreement",
        3,
        True,
        r"\b(?:council|assembly|parliament|summit|conference)\b(?:\s+[\w'’.-]+){0,4}?\s+"
        r"(?:endorsed|adopted|approved)\s+(?:[\w'’.-]+\s+){0,4}?(?:plan|resolution|road\s*map|"
        r"framework|deal|agreement|declaration)s?\b",
        Bounded(
            WordStarts(("council", "assembly", "parliament", "summit", "conference")),
            ("endorsed", "adopted", "approved"),
        ),
    ),
    ("proposal", 2, True, r"\bproposals?\s+(?:for|to|on)\b", Starts(("proposal",))),
    (
        "proposal",
        2,
        False,
        r"\b(?:proposal|peace plan|offer|ultimatum|initiative|"
        r"roadmap|framework|demands)s?\b|"
        # (the noun, not the verb: "a plan to end the war", not "it plans to elect")
        # (nor "the Houthis plan a military parade")
        r"\b(?<!\bthey\s)(?<!\bwe\s)plan\b(?!\s+(?:a|an)\s)|\bplans\b(?!\s+(?:to|a|an)\b)",
        Starts(
            (
                "proposal",
                "peace",
                "plan",
                "offer",
                "ultimatum",
                "initiative",
                "roadmap",
                "framework",
                "demands",
            )
        ),
    ),
    (
        "proposal",
        3,
        False,
        r"\b(?:would|will|could)\b[^.,;]{0,60}?\bonly\s+(?:after|if|once)\b|"
        r"\bon\s+condition\s+that\b|\bconditional\s+on\b",
        ("only", "condition"),
    ),
    (
        "statement",
        3,
        False,
        # (not "troops were accused of abuses": an allegation with no speaker)
        r"\b(?<!were\s)(?<!was\s)(?<!been\s)(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|"
        r"reject(?:ed|s|ing)|warn(?:ed|s|ing)|"
        r"threaten(?:ed|s|ing)|den(?:ied|ies|y)|condemn(?:ed|s|ing)|"
        r"withdr[ae]w|vowed|recalled\s+(?:its|their|the)\s+(?:\w+\s+)?ambassadors?|"
        r"expell(?:ed|ing)|pull(?:ed|s|ing)?\s+(?:[\w.]+\s+){0,3}?out\s+of|quit\s+the\s+(?:deal|talks|agreement)|"
        # "the 2015 deal, which Trump abandoned on May 8, 2018": a withdrawal
        r"abandon(?:ed|s|ing)|"
        r"dismissed|rebuffed|ruled\s+out|resign(?:ed|s)|stepped\s+down|"
        # "Beijing confirmed the deal on Tuesday": the other side's word on a deal told
        r"confirmed\s+(?:the|that)\s+(?:\w+\s+)?(?:deal|agreement|accord|arrangement)|(?:repeated|reiterated)\s+(?:its\s+|his\s+|her\s+|their\s+|that\s+|the\s+)?"
        r"(?:demand|position|call|warning|condition|stance)|"
        r"withdrawal\s+(?:of\s+\w+\s+)?from|suspend(?:ed|s|ing)?\s+(?:its\s+|their\s+)?"
        r"participation|suspend(?:ed|s|ing)?\s+(?:the\s+)?implementation|"
        # "announced upcoming talks": the announcement is the news, the talks come later
        r"announced\s+(?:a\s+|the\s+)?(?:new|upcoming|forthcoming|next|fresh)\s+"
        r"(?:round|talks|meeting|summit)|"
        r"in\s+abeyance|walked\s+out|(?:suspend(?:ed|ing|s)?|scrapped|(?:tore|torn|tearing|ripped)\s+up)"
        r"\s+(?:its\s+|the\s+)?(?:\w+\s+){0,3}?(?:treaty|agreement|deal|participation|"
        r"membership|talks|declaration|accord|memorandum|pact)|"
        r"(?:would|will|did|does|do)\s+(?:not|never)\s+recogni[sz]e|refused\s+to|"
        # "The court on Thursday ordered Venezuela to refrain from ...": an order on record
        r"ordered\s+(?:\w+\s+){1,4}?to)\b",
        Starts(
            (
                "accus",
                "blam",
                "reject",
                "warn",
                "threaten",
                "denied",
                "denies",
                "deny",
                "condemn",
                "withdr",
                "vowed",
                "recalled",
                "expell",
                "abandon",
                "pull",
                "quit",
                "dismissed",
                "rebuffed",
                "ruled",
                "resign",
                "stepped",
                "confirmed",
                "repeated",
                "reiterated",
                "announced",
                "in",
                "walked",
                "suspend",
                "scrapped",
                "tore",
                "torn",
                "tearing",
                "ripped",
                "would",
                "will",
                "did",
                "does",
                "do",
                "refused",
                "ordered",
            )
        ),
    ),
    # "Russia said it was suspending its participation in the deal": a withdrawal told
    # in the progressive (the passive "was accused" is kept out of the table above)
    (
        "statement",
        3,
        False,
        r"\b(?:was|is|were|are)\s+(?:suspending\s+(?:its\s+|their\s+|the\s+)?"
        r"(?:participation|talks|negotiations|dialogue)|"
        r"(?:pulling|withdrawing)\s+(?:out\s+)?(?:of|from))\b",
        Bounded(WordStarts(("was", "is", "were", "are")), ("suspending", "pulling", "withdrawing")),
    ),
    # (after the statements: "suspended the peace agreement" is one statement cue)
    (
        "agreement",
        2,
        False,
        r"\b(?:agreement|deal|accord|memorand(?:um|a|ums)|declaration|treaty|pact|protocol|"
        r"signing ceremony|arrangement|(?:joint\s+|final\s+)?communiqu[eé])s?\b",
        Starts(
            (
                "agreement",
                "deal",
                "accord",
                "memorand",
                "declaration",
                "protocol",
                "treaty",
                "pact",
                "signing",
                "arrangement",
                "joint",
                "final",
                "communiqu",
            )
        ),
    ),
    # "In a statement on Monday, the group said ...": the statement is the dated news
    # (gated by where "in" begins a word: as a line gate, "in" let the pattern scan
    # nearly every line)
    # (and "In a televised address on Monday evening, the general said ...")
    (
        "statement",
        3,
        False,
        r"\bin\s+a\s+(?:televised|video|radio|recorded|national)\s+(?:address|speech|message)\b",
        Starts(("in",)),
    ),
    ("statement", 2, False, r"\bin\s+a\s+(?:written\s+|brief\s+)?statement\b", Starts(("in",))),
    # "The Quad set out its road map in a joint statement on Sept. 12": a plan put forward
    (
        "proposal",
        4,
        True,
        # "presented his ten-point peace formula on Nov. 15"
        r"\bpresented\s+(?:[\w-]+\s+){0,3}?(?:plan|formula|proposals?|framework|road\s*map|"
        r"initiative)\b|"
        r"\b(?:set|laid)\s+out\s+(?:its|their|a|the|his|her)\s+(?:\w+\s+)?"
        r"(?:road\s*map|plan|proposals?|vision|terms|framework|conditions|demands)\b|"
        # "Peskov listed the conditions under which Moscow would halt ...": demands
        r"\b(?:listed|outlined|spelled\s+out|named)\s+(?:its|their|the|his|her)\s+"
        r"(?:\w+\s+)?(?:conditions|demands|terms)\b",
        Starts(("set", "laid", "listed", "outlined", "spelled", "named", "presented")),
    ),
    # "On Thursday the government announced the lifting of all restrictions on
    # transit": a decision announced on record
    (
        "statement",
        2,
        False,
        r"\bannounced\s+(?:the|a|an|its|their)\s+(?:\w+\s+)?(?:suspension|lifting|closure|"
        r"withdrawal|removal|replacement|dismissal|expulsion|ban|cancellation|halt|shutdown)\b",
        Bounded(
            WordStarts(("announced",)),
            (
                *("suspension", "lifting", "closure", "withdrawal", "removal", "replacement"),
                *("dismissal", "expulsion", "ban", "cancellation", "halt", "shutdown"),
            ),
        ),
    ),
    # "Moscow recognised Abkhazia and South Ossetia as independent states": an act of
    # recognition on record
    (
        "statement",
        3,
        False,
        r"\brecogni[sz]ed\s+(?:[\w'’.-]+\s+){0,6}?(?:as\s+(?:an?\s+)?independent|"
        r"(?:the\s+)?independence)\b",
        Bounded(WordStarts(("recognised", "recognized")), ("independen",)),
    ),
    # "Iran's foreign ministry on Saturday welcomed the agreement", "Hamas denounced the
    # accord": a reaction on record to what was told, not the deal again
    (
        "statement",
        3,
        True,
        r"\b(?:welcomed|hailed|denounced|condemned|critici[sz]ed|decried)\s+(?:the|this|that|"
        r"its|their)\b",
        WordStarts(("welcomed", "hailed", "denounced", "condemned", "critici", "decried")),
    ),
    # "The ELN's reply came on Tuesday morning": an answer on record
    (
        "statement",
        3,
        False,
        r"\b(?:reply|response|answer|rebuttal|retort)\s+came\b",
        Bounded(WordStarts(("reply", "response", "answer", "rebuttal", "retort")), ("came",)),
    ),
    # "The letter from the foreign minister to the UN, dated Oct. 2, said ...": a letter
    # on record is a statement, whatever it warns of
    ("statement", 2, False, r"\bletters?\s+(?:from|to)\b", Starts(("letter",))),
    (
        "statement",
        1,
        False,
        r"\b(?:said|says|told|announced|stated|declared|added|noted|"
        r"claimed|insisted|wrote|posted|confirmed|announcing|saying)\b",
        Starts(
            (
                "confirmed",
                "said",
                "says",
                "told",
                "announced",
                "stated",
                "declared",
                "added",
                "noted",
                "claimed",
                "insisted",
                "wrote",
                "posted",
                "announcing",
                "saying",
            )
        ),
    ),
    # "Egypt said it would host Israeli and Hamas delegations on Monday to work out the
    # exchange": the meeting is the news, what it is to settle is its agenda
    (
        "talks",
        4,
        False,
        r"\b(?:will|would|to|agreed\s+to|offered\s+to)\s+host\s+(?:the\s+)?(?:\w+\s+){0,4}?"
        r"(?:delegations|talks|negotiations|summit|meeting|leaders|envoys)\b",
        Bounded(WordStarts(("will", "would", "to", "agreed", "offered")), ("host",)),
    ),
    # "Rubio flew to Georgetown on March 27 for talks with Ali and warned that ...": the
    # trip is the talks, whatever is said on it
    (
        "talks",
        4,
        False,
        r"\b(?:flew|travel(?:l)?ed|went|arrived|came)\s+(?:back\s+)?(?:to|in)\s+"
        r"(?:[\w'’.-]+\s+){1,6}?for\s+(?:(?:a\s+|two\s+|three\s+|further\s+|fresh\s+|new\s+)?"
        r"(?:days?\s+of\s+)?(?:talks|negotiations|consultations|meetings?)|a\s+summit)\b",
        Bounded(
            WordStarts(("flew", "travel", "went", "arrived", "came")),
            ("talks", "negotiations", "consultations", "meeting", "summit"),
        ),
    ),
    # "Foreign Minister Osman Saleh arrived in Addis Ababa on June 26": a visit
    (
        "talks",
        3,
        False,
        r"\b(?:delegations?|envoys?|ministers?|negotiators?)\b(?:\s+[\w'’.-]+){0,6}?\s+"
        r"(?:arrived|flew)\s+(?:in|into|to)\b|\bwho\s+arrived\s+in\b",
        Bounded(
            WordStarts(("delegation", "envoy", "minister", "negotiator", "who")),
            ("arrived", "flew"),
        ),
    ),
    (
        "talks",
        3,
        False,
        # (a government or cabinet meeting on its own is no talks between parties)
        r"\bheld\s+(?:[\w-]+\s+){0,5}?(?:talks|summit|negotiations|consultations|"
        r"(?:phone|telephone|video)\s+call)\b|"
        r"\b(?<!government\s)(?<!cabinet\s)(?<!parliament\s)(?:m[e]t\s+(?:with\b)?|meets?\b)"
        # ("met the returning Russians on the tarmac", "met relatives of the freed
        # Americans": a welcome, no talks between parties)
        r"(?!\s*(?:with\s+)?(?:the\s+)?(?:returning|returned|freed|released|relatives|families|"
        r"family|wounded|survivors)\b)|"
        r"\bspok(?:e|en)\b(?:\s+\w+){0,4}?\s+(?:by|over|on)\s+(?:the\s+|a\s+|their\s+|"
        r"its\s+)?(?:\w+\s+)?(?:(?:tele)?phone|hotline|video\s+link)\b|\b(?:phone|telephone)\s+call\b|\bcalls?\s+"
        r"(?:with|between)\b|\bin\s+a\s+call\b|\bdiscuss(?:ed|ing)\b|"
        # ("a process hosted by Qatar" names no meeting)
        # (nor "as it hosted a Formula One race weekend")
        r"\bconven(?:ed|es)\b|\bhosted\b(?!\s+by\b)(?!\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:race|festival|tournament|concert|match|games|exhibition|fair|show|weekend|cup)s?\b)|"
        r"\bmediated\b|"
        r"\bsat\s+(?:across|opposite|down)\b|\bgathered\s+for\b|"
        r"\breceived\s+(?:both|the|him|her|them|\w+['’]s)?\s*(?:\w+\s+){0,2}?"
        r"(?:ministers?|presidents?|leaders?|delegations?|envoys?|counterparts?)\b|"
        # "received Zelensky at his Mar-a-Lago estate": a host receiving a visitor
        r"\breceived\s+(?:\w+\s+){1,2}?(?:at|in)\s+(?:his|her|their|the)\b|"
        # a phone call: "had called his Indian counterpart", "phoned Erdogan"
        r"\bcalled\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?counterparts?\b|\bphoned\b|\btelephoned\b",
        Starts(
            (
                "held",
                "met",
                "meet",
                "spok",
                "phone",
                "telephone",
                "call",
                "in",
                "discuss",
                "conven",
                "hosted",
                "mediated",
                "sat",
                "gathered",
                "received",
                "called",
                "phoned",
                "telephoned",
            )
        ),
    ),
    (
        "talks",
        3,
        False,
        # ("spoke for the first time as president with Egypt's president")
        r"\b(?:speak|spoke|spoken|talk|talked)\s+(?:again\b|(?:for\s+the\s+first\s+time\s+"
        r"(?:as\s+[\w-]+\s+)?|by\s+(?:tele)?phone\s+|at\s+length\s+)?(?:with|to)\b(?!\s+(?:the\s+)?"
        r"(?:reporters|journalists|press|media|crowd|nation|audience)\b))",
        Starts(("speak", "spoke", "talk")),
    ),
    (
        "talks",
        2,
        False,
        r"\b(?:talks|negotiations?|negotiators?|round|summit|meeting|call|"
        # (not a "reporting trip" or a "business trip")
        r"delegations?|(?<!reporting\s)(?<!business\s)(?<!school\s)(?<!family\s)trip|visit|"
        r"face-to-face|discussions|consultations|session|mission|audience\s+with|"
        # "The Astana process itself was launched on Jan. 23-24"
        r"(?:Astana|Minsk|Normandy|Geneva|Berlin|Istanbul|Doha|Jeddah|Sochi)\s+process)\b",
        Starts(
            (
                "talks",
                "discussions",
                "consultations",
                "session",
                "mission",
                "negotiation",
                "negotiator",
                "round",
                "summit",
                "meeting",
                "call",
                "delegation",
                "trip",
                "visit",
                "face-to-face",
                "audience",
                *("astana", "minsk", "normandy", "geneva", "berlin", "istanbul", "doha"),
                *("jeddah", "sochi"),
            )
        ),
    ),
    # "M23 fighters entered Bukavu on Feb. 16": an armed force that went into a town
    (
        "strike",
        3,
        False,
        r"\b(?:troops|forces|fighters|rebels|militants|soldiers|militiam[ae]n)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:entered|marched\s+into|rolled\s+into|swept\s+into)\b",
        Bounded(
            WordStarts(
                ("troops", "forces", "fighters", "rebels", "militants", "soldiers", "militiam")
            ),
            ("entered", "into"),
        ),
    ),
    # "A police helicopter was shot down on Aug. 21", "gunned down": the passive too
    ("strike", 3, False, r"\b(?:shot|gunned)\s+down\b", WordStarts(("shot", "gunned"))),
    (
        "strike",
        3,
        False,
        # (not "the discussions were launched in Geneva")
        # (not "the earthquake struck near Mandalay")
        r"\b(?<!were\s)(?<!was\s)(?<!quake\s)(?<!storm\s)(?<!cyclone\s)(?<!typhoon\s)"
        r"(?:launch(?:ed|ing|es)?|attack(?:ed|ing)|struck|shell(?:ed|ing)|"
        r"seiz(?:ed|ing)|captured|bomb(?:ed|ing)|fired|pounded|clashed|blew\s+up|"
        r"opened\s+fire|exchanged\s+(?:\w+\s+)?fire|sent\s+(?:\w+\s+)?(?:ground\s+)?troops|ground\s+(?:invasion|offensive)|"
        r"overr[au]n|stormed|ambushed|invaded|came\s+under\s+(?:\w+\s+)?(?:fire|attack|shelling))"
        r"\b(?!\s+(?:a|an)\s+"
        r"(?:deal|agreement))|\b(?:clashes|fighting|war|conflict)\s+(?:broke|erupted)\b|"
        # "The war between the army and the RSF began on April 15" (not "talks to end
        # Moscow's war began on Feb. 4": only "the war" is the subject)
        r"\b(?<=\bthe\s)(?:war|fighting|clashes)\s+(?:between\s+[\w\s'’-]{1,40}?\s+)?"
        r"(?:began|started)\b|"
        # "Israeli jets hit the defence ministry": what hits, not "the talks hit a snag"
        r"\b(?:jets|warplanes|aircraft|drones?|missiles?|rockets?|artillery|forces|troops)\s+"
        r"(?:also\s+|again\s+)?(?:hit|targeted)\b",
        Starts(
            (
                "jets",
                "warplanes",
                "aircraft",
                "drone",
                "missile",
                "rocket",
                "artillery",
                "forces",
                "troops",
                "launch",
                "attack",
                "struck",
                "shell",
                "seiz",
                "captured",
                "bomb",
                "fired",
                "pounded",
                "clashed",
                "invaded",
                "blew",
                "opened",
                "sent",
                "ground",
                "clashes",
                "fighting",
                "war",
                "conflict",
                "exchanged",
                "overran",
                "overrun",
                "stormed",
                "ambushed",
                "came",
            )
        ),
    ),
    (
        "strike",
        2,
        False,
        r"\b(?:(?:air|missile|drone)\s*strikes?|strikes?|attacks?|missiles?|"
        r"drones?|shelling|clashes|offensive|assault|raids?|bombardment|"
        r"invasion|artillery|fighting|hitting|killed|blast|massacre|bombings?|flare-up|"
        r"(?:car|truck|suicide|roadside)\s+bombs?|"
        r"shot\s+dead|gunned\s+down|assassinat(?:ed|ion))\b"
        # (not a programme or a trade: "curbs on ballistic missile work", "drone exports")
        r"(?!\s+(?:work|programmes?|programs?|tests?|technology|development|production|"
        r"exports?|imports?|sales|deliveries|factor(?:y|ies)|arsenal|capabilit(?:y|ies)|"
        r"industry|makers?|manufacturers?)\b)",
        Starts(
            (
                *("car", "truck", "suicide", "roadside"),
                "shot",
                "gunned",
                "assassinat",
                "air",
                "missile",
                "drone",
                "strike",
                "attack",
                "shelling",
                "clashes",
                "offensive",
                "assault",
                "raid",
                "bombardment",
                "invasion",
                "artillery",
                "fighting",
                "hitting",
                "killed",
                "blast",
                "massacre",
                "bombing",
                "flare-up",
            )
        ),
    ),
    # a meeting told by how it went: "sat at the same table for the first time",
    # "spent about three hours with Putin", "will come to the Oval Office on Monday"
    (
        "talks",
        3,
        False,
        r"\bsat\s+(?:down\s+)?(?:at|around)\s+the\s+(?:same\s+|negotiating\s+)?table\b|"
        r"\bspent\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?(?:an?\s+|\w+\s+)?"
        r"(?:hours?|minutes)\s+(?:\w+\s+)?with\b|"
        r"\b(?:come|came|comes|coming|go|goes|went|travel(?:s|led|ed)?|fly|flies|flew|head(?:s|ed)?)\s+"
        r"to\s+the\s+(?:White\s+House|Oval\s+Office|Kremlin|Elys[ée]e)\b|\bvideo\s*conferences?\b",
        WordStarts(
            (
                *("sat", "spent", "come", "came", "coming", "go", "goes", "went", "travel"),
                *("fly", "flies", "flew", "head", "video"),
            )
        ),
    ),
    # "Putin apologised to Aliyev by phone", "triggered the snapback mechanism": on record
    (
        "statement",
        3,
        False,
        r"\bapologi[sz](?:ed|es|ing)\b|\b(?:triggered|invoked|activated)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:mechanism|clause|article|snapback)\b",
        WordStarts(("apologi", "triggered", "invoked", "activated")),
    ),
    # "Lukashenko pardoned 14 prisoners": a release
    ("exchange", 3, False, r"\bpardon(?:ed|s)\b", WordStarts(("pardon",))),
]

# Cyrillic patterns have no `\b` (a stem may follow a prefix), so their gates are
# `Starts`: every match begins with one of the words (in their raw spelling; `_compiled`
# folds them), and the pattern is only tried where one occurs. Without gates each
# pattern scans the whole article: most of the cost of `find_cues` for uk and ru.
# A pattern that may start with a one-letter word ("з полону") has no gate (None):
# trying it at every "з" costs more than a scan. tests/newsroom/extraction/test_gated.py
# checks the gates against the patterns.
# what is swapped that is no prisoner: "обмінялися (попередніми) думками, «сигналами»,
# ударами", "обменялись мнениями, соображениями"
_UK_NOT_SWAPPED = (
    r"(?!\s+[«\"]?(?:\w+\s+)?(?:сигнал|думк|удар|вогн|інформаці|лист|нот|досвід|погляд|"
    r"привітанн|заяв|звинуваченн|міркуванн|позиці|оцінк|іде))"
)
_RU_NOT_SWAPPED = (
    r"(?!\s+[«\"]?(?:\w+\s+)?(?:сигнал|мнени|удар|огн|информаци|письм|нот|опыт|взгляд|"
    r"поздравлени|заявлени|обвинени|соображени|позици|оценк|иде))"
)

_UK: list[tuple[str, float, bool, str, Starts | tuple[str, ...] | None]] = [
    # "Документ із 28 пунктів передав Зеленському в четвер міністр армії США": a plan
    # put on the table
    (
        "proposal",
        3,
        False,
        r"(?:план\w*|документ\w*|пропозиці\w*|проєкт\w*)\s+(?:[\w'’]+\s+){0,5}?(?:офіційно\s+)?"
        r"переда(?:в|ла|ли)(?!\w)|переда(?:в|ла|ли)\s+(?:\w+\s+){0,3}?(?:план|документ|пропозиці|"
        r"проєкт)\w*|"
        # "формулу миру, яку представив 15 листопада": a plan presented
        r"(?:яку|який|які|яке)\s+(?:\w+\s+)?представи(?:в|ла|ли)(?!\w)|"
        r"представи(?:в|ла|ли)\s+(?:\w+\s+){0,3}?[«\"“]?(?:план|формул|пропозиці|проєкт|"
        r"ініціатив)\w*",
        Starts(
            (
                "план",
                "документ",
                "пропозиці",
                "проєкт",
                "переда",
                "яку",
                "який",
                "які",
                "яке",
                "представи",
            )
        ),
    ),
    # "зачитав спільну заяву трьох міністрів": a joint statement is a text agreed
    ("agreement", 3, False, r"спільн\w*\s+(?:заяв\w*|декларац\w*)", Starts(("спільн",))),
    # "Бойові дії вздовж лінії зіткнення почалися вранці 27 вересня"
    (
        "strike",
        3,
        False,
        r"бойов\w+\s+ді[їя]\s+(?:\w+\s+){0,6}?(?:почал\w*|розпочал\w*|спалахнул\w*)",
        Starts(("бойов",)),
    ),
    # "26 серпня уряд оголосив про зупинку видобутку нафти": a decision announced on
    # record (what it is about, when it is an event itself, has its own cue)
    (
        "statement",
        2,
        False,
        r"оголоси(?:в|ла|ли|ло)\s+про\s+(?!(?:\w+\s+)?(?:обмін|підписан|угод|перемир|"
        r"припинен\w*\s+(?:вогню|бойових|воєнних)|"
        r"переговор|перемовин|зустріч|раунд|саміт|удар|атак|наступ|домовлен|меморандум|деклараці|"
        r"план|пропозиці|ініціатив|режим|завершенн|закінченн))\w+",
        Starts(("оголоси",)),
    ),
    # "Відповідь угруповання надійшла у вівторок": an answer on record
    (
        "statement",
        3,
        False,
        r"відповідь\s+(?:\w+\s+){0,2}?(?:надійшла|пролунала)",
        Starts(("відповідь",)),
    ),
    # "Пєсков перелічив умови, за яких Москва готова припинити бойові дії": demands put
    # on the table (not "назвав ці умови ультиматумом": a judgement of them)
    (
        "proposal",
        4,
        True,
        r"(?:перелічи|висуну|виклав|виклала|виклали|озвучи)\w*\s+(?:свої\s+|власні\s+|нові\s+)?умов\w*|"
        r"назва\w*\s+(?:свої\s+)?умов\w*(?=,\s+(?:за|на|при)\s+яких|\s*:)",
        Starts(("перелічи", "висуну", "виклав", "виклала", "виклали", "озвучи", "назва")),
    ),
    # "У суботу Міноборони оголосило режим тиші ..., але сторони звинуватили одна одну
    # в його порушенні": the truce declared is the event
    (
        "truce",
        4,
        False,
        r"оголоси\w*\s+(?:\w+\s+){0,3}?[«\"]?(?:режим\w*\s+тиші|перемир\w*|"
        r"припиненн\w*\s+вогню|мораторі\w*)",
        Starts(("оголоси",)),
    ),
    # "прилетів до Лісабона на переговори з колегою і попередив, що ...": the trip is
    # the talks, whatever is said on it
    (
        "talks",
        4,
        False,
        r"(?:прилеті\w*|прилетів|приїха\w*|прибу\w*|вируши\w*)\s+(?:\w+\s+){0,5}?на\s+"
        r"(?:\w+\s+)?(?:переговор\w*|перемовин\w*|консультаці\w*|зустріч\w*|саміт\w*)",
        Starts(("прилеті", "прилетів", "приїха", "прибу", "вируши")),
    ),
    (
        "statement",
        4,
        False,
        # (and "підписав заявку на вступ до ЄС": an application, no deal between parties)
        r"(?:підписа\w*|видав|видала)\s+(?:указ|закон|заявк)\w*",
        Starts(("видав", "видала", "підписа")),
    ),
    # a resignation ("у відставку пішов керівник Офісу") is news on record
    ("statement", 3, False, r"відставк\w*", Starts(("відставк",))),
    # people taken hostage are part of an attack, not of a release
    (
        "strike",
        3,
        False,
        r"(?:захоплен\w*|взят\w*|викраден\w*)\s+(?:у|в)\s+заручник\w*",
        Starts(("взят", "викраден", "захоплен")),
    ),
    # "Про це в середу повідомили в Міноборони": the report of what the lede told
    (
        "statement",
        3,
        False,
        r"про\s+це\s+(?:\w+\s+){0,3}?(?:повідоми\w*|заяви\w*|оголоси\w*|розповів|розповіл\w*)",
        Starts(("про",)),
    ),
    # "звинуватив армію в ударах по ...": the accusation is the news
    (
        "statement",
        4,
        True,
        r"звинуват\w*\s+(?:\w+\s+){0,4}?(?:в|у)\s+(?:\w+\s+)?(?:удар\w*|обстріл\w*|атак\w*|"
        r"порушен\w*|бомбардуван\w*)",
        Starts(("звинуват",)),
    ),
    # a withdrawal from a deal or talks is a statement, before the deal's own noun
    (
        "statement",
        3,
        False,
        r"припиненн\w*\s+(?:своєї\s+)?участі|призупини\w*\s+(?:\w+\s+)?(?:виконанн|участ|ді[юяї])\w*|"
        r"(?:вийш(?:ла|ов|ли)|вих\w*(?:\s+\w+){0,2}?)\s+(?:з|із)\s+(?:\w+\s+)?(?:угод\w*|"
        r"договор\w*|ініціатив\w*|перемовин\w*|переговор\w*)|"
        # "оголосив про новий раунд": the announcement is the news; the talks have
        # their own date
        r"оголоси\w*\s+про\s+(?!завершенн|закінченн)(?:\w+\s+)?(?:переговор\w*|раунд\w*|"
        r"зустріч\w*|саміт\w*)|"
        # (not "про завершення переговорів оголосили": a text finished is a deal)
        r"про\s+(?!завершення\s)(?:\w+\s+)?(?:переговор\w*|раунд\w*|зустріч\w*)\s+"
        r"(?:\w+\s+){0,3}?оголоси\w*|"
        # "назвав ці умови ультиматумом", "назвали переговори конструктивними"
        r"назва(?:в|ла|ли)(?!\w)",
        Starts(
            (
                "вийшла",
                "вийшли",
                "вийшов",
                "вих",
                "назвав",
                "назвала",
                "назвали",
                "оголоси",
                "припиненн",
                "призупини",
                "про",
            )
        ),
    ),
    (
        "proposal",
        3,
        False,
        r"обмін\w*\s+меморандум\w*|обмінял\w*\s+меморандум\w*",
        Starts(("обмін",)),
    ),
    # "Нові ставки мають набрати чинності за три тижні": duties, sanctions, laws
    (
        "statement",
        1,
        False,
        r"(?:мит[оаі]|ставк\w*|санкці\w*|закон\w*|указ\w*)\s+(?:\w+\s+){0,3}?"
        r"(?:набу\w*|набра\w*)\s+чинності",
        Starts(("мито", "мита", "миті", "ставк", "санкці", "закон", "указ")),
    ),
    (
        "truce",
        3,
        False,
        r"набу\w*\s+чинності|набра\w*\s+чинності|вступ\w*\s+в\s+силу|діятиме|"
        # "Режим припинення вогню ... діє з 00:00 15 лютого": in force from a day
        r"(?<!\w)діє\s+з(?!\w)|"
        # "досягнуто перемир'я": a truce reached
        r"досягнут\w*\s+(?:\w+\s+)?(?:перемир\w*|припиненн\w*\s+вогню)|"
        # "Воно почало діяти наступного дня": a truce taking effect
        r"поча(?:в|ла|ло|ли)\s+діяти|вогонь\s+(?:було\s+)?припинено|"
        # "Вогонь вдалося припинити того ж дня", "бойові дії припинилися 10 листопада"
        r"вогонь\s+вдалося\s+припинити|бойов\w+\s+дії\s+(?:було\s+)?(?:припинилися|припинились|припинено)|"
        r"припини\w*\s+(?:\w+\s+)?(?:бойов\w+\s+дії|вогонь|удари|обстріли)",
        Starts(
            (
                "вступ",
                "діятиме",
                "діє",
                "досягнут",
                "набра",
                "набу",
                "припини",
                "поча",
                "вогонь",
                "бойов",
            )
        ),
    ),
    # lists of the missing or of prisoners are swapped on the way to an exchange: a
    # reporting-weight cue that only keeps "обмін" from reading as an exchange
    ("statement", 1, False, r"обмін\w*\s+списками|обмінял\w*\s+списками", Starts(("обмін",))),
    # "роззброєння в обмін на виведення військ": a trade-off in a plan, no exchange
    ("statement", 1, False, r"(?<=(?<!\w)в\s)обмін\s+на(?!\w)", Starts(("обмін",))),
    ("truce", 3, False, r"мораторі\w*\s+на\s+(?:\w+\s+)?удар\w*", Starts(("мораторі",))),
    (
        "truce",
        2,
        False,
        r"перемир['’ʼ]?\w*|режим\w*\s+тиші|припинен\w*\s+(?:вогню|(?:бойових|воєнних)\s+дій)|"
        r"мораторі\w*",
        Starts(("мораторі", "перемир", "припинен", "режим")),
    ),
    (
        "exchange",
        3,
        False,
        rf"обмін\w*\s+полонен\w*|обміну\s+полонен\w*|обміняли(?:ся)?+{_UK_NOT_SWAPPED}|"
        # the verbs and participles of a release; the noun "звільнення" also names a
        # liberation or a dismissal, so it counts only with those released
        r"звільнил\w*|звільнен[іоа](?!\w)|звільнено|"
        r"звільненн\w*\s+(?:\w+\s+)?(?:полонен\w*|заручник\w*|військовополонен\w*)|"
        r"поверну\w*\s+додому|додому\s+поверну\w*|поверну\w*\s+(?:з|із)\s+(?:\w+\s+)?полону|"
        # children brought back: "повернулися до своїх родин"
        r"поверну\w*\s+до\s+(?:своїх\s+)?(?:родин|сімей)(?!\w)|"
        # a repatriation of the dead ("повернула тіла 1000 загиблих воїнів", "передав через
        # Червоний Хрест тіла 45 палестинців"; handed over is done: not "передасть тіла",
        # what a deal provides, nor "передача тіл"), a pardon
        r"поверну\w*\s+(?:\w+\s+){0,2}?тіла(?!\w)|репатріаці\w*\s+тіл|"
        r"(?:переда(?:в|ла|ли)|передано)\s+(?:[\w«»-]+\s+){0,7}?(?:тіла|тіл|останки|труни)(?!\w)|"
        r"(?<!\w)помилува\w*|"
        r"переда\w*\s+(?:\w+\s+){0,2}?(?:військовослужбовц|військовополонен|полонен|заручник)\w*|"
        # "випустив майже 2000 палестинців" (before the strikes' "випустили ракети")
        r"випустил?\w*\s+(?:\w+\s+){0,2}?(?:на\s+волю|полонен\w*|в['’ʼ]?язн\w*|заручник\w*|"
        r"ув['’ʼ]?язнен\w*|палестинц\w*)",
        Starts(
            (
                *("обмін", "обміну", "обміняли", "звільн", "поверну", "додому", "переда"),
                *("репатріаці", "випусти", "помилува"),
            )
        ),
    ),
    # (apart: it begins with a one-letter word, so it is gated by the lines of "полону")
    (
        "exchange",
        3,
        False,
        r"(?<!\w)(?:з|із)\s+полону\s+(?:\w+\s+)?(?:поверну\w*|звільни\w*|звільнен\w*)",
        ("полону",),
    ),
    (
        "exchange",
        2,
        False,
        r"полонен\w*|заручник\w*|"
        # (possessive: "обмінялися думками" must not match as "обмінялис")
        rf"обмін\w*+{_UK_NOT_SWAPPED}",
        Starts(("заручник", "обмін", "полонен")),
    ),
    # a text finished: "оголосили, що переговори щодо документа завершено" (like "had
    # finished negotiating the text")
    (
        "agreement",
        4,
        False,
        r"переговор\w*\s+щодо\s+(?:\w+\s+){0,2}?(?:тексту|документа|проєкту|угоди|договору)\s+"
        r"(?:\w+\s+)?завершен\w*|заверши\w*\s+переговор\w*\s+щодо\s+(?:\w+\s+){0,2}?"
        r"(?:тексту|документа|проєкту|угоди|договору)|"
        r"(?<=\bпро\s)завершення\s+переговорів(?!\s+без)|"
        r"взял\w*\s+на\s+себе\s+зобов['’ʼ]?язанн\w*",
        Starts(("переговор", "заверши", "завершення", "взял")),
    ),
    # ("домовилися продовжити роботу / зустрітися знову" settles nothing yet)
    (
        "agreement",
        3,
        True,
        # ("Про зустріч домовилися в неділю": a meeting agreed on is the talks' news)
        r"(?<!про\sзустріч\s)(?<!про\sпереговори\s)(?<!про\sперемовини\s)"
        # (the reflexive "умовилися" only: "умовила" is "persuaded")
        r"(?:(?:домовил|погодил)\w*+|умовил(?:ися|ись|ася|ась|ося|ось|ся)(?!\w))(?!(?:\s+(?:знову|ще\s+раз|наступного\s+разу))?\s+(?:продовжити|продовжувати|попрацювати|працювати|"
        r"зустрітися|зустрітись|обговорити|розглянути|вивчити|про\s+(?:зустріч|переговори|перемовини)))"
        # (nor "домовилися створити дві робочі групи": the talks' machinery)
        r"(?!\s+(?:створити|сформувати|утворити)\s+(?:\w+\s+){0,3}?(?:робоч\w+\s+груп|комісі|комітет))",
        Starts(("домовил", "погодил", "умовил")),
    ),
    (
        "agreement",
        3,
        False,
        r"підписал\w*|підписан(?:ий|а|е|і|у|ої|ого|ій|им|ими|их)(?!\w)|підписав|парафува\w*|уклал\w*|уклав|укладен\w*|"
        r"продовжил\w*\s+(?:\w+\s+)?(?:угод\w*|перемир\w*|домовленіст\w*|ініціатив\w*|"
        r"мораторі\w*)|подовжил\w*|подовжен\w*|"
        r"узгоди\w*\s+(?:\w+\s+){0,2}?(?:текст\w*|договір|договору|угод\w*|етап\w*\s+плану)|"
        r"завершенн\w*\s+переговорів\s+(?:щодо|над)\s+(?:\w+\s+)?"
        r"(?:текст\w*|договор\w*|угод\w*|ним|нею)|"
        r"ухвал\w*\s+(?:\w+\s+)?(?:комюніке|деклараці\w*|угод\w*|заяв\w*)|"
        r"(?:було\s+)?підписан[оіаи]\w*",
        Starts(
            (
                "було",
                "завершенн",
                "парафува",
                "подовжен",
                "подовжил",
                "продовжил",
                "підписав",
                "підписал",
                "підписан",
                "підписана",
                "підписани",
                "підписано",
                "підписані",
                "узгоди",
                "уклав",
                "укладен",
                "уклал",
                "ухвал",
            )
        ),
    ),
    (
        "agreement",
        2,
        False,
        # ("Мінським протоколом від 5 вересня 2014 року")
        r"угод\w*|домовленост\w*|домовленість|меморандум\w*|деклараці\w*|комюніке|протокол\w*",
        Starts(
            (
                "деклараці",
                "домовленост",
                "домовленість",
                "комюніке",
                "меморандум",
                "угод",
                "протокол",
            )
        ),
    ),
    (
        "proposal",
        3,
        True,
        r"запропонува\w*|пропону\w*|вимага\w*|висунул\w*|"
        # a request on record: "попросив сторони про різдвяне перемир'я"
        r"попроси(?:в|ла|ли)(?!\w)|"
        r"пропозиці\w*\s+(?:провести|організувати|почати|відновити|оголосити)|"
        # an ultimatum: "дав Росії 50 днів на укладення угоди"
        r"да(?:в|ла|ли)\s+(?:\w+\s+){0,2}?(?:\d+|\w+)\s+(?:днів|дні|тижн\w*|годин\w*)\s+на(?!\w)",
        Starts(
            (
                *("вимага", "висунул", "запропонува", "пропозиці", "пропону", "дав", "дала"),
                *("дали", "попроси"),
            )
        ),
    ),
    # "Україна висловила готовність прийняти пропозицію США": taking up an offer
    (
        "proposal",
        3,
        True,
        r"(?:висловил\w*|заявил\w*)\s+(?:про\s+)?готовність\s+(?:\w+\s+)?(?:прийняти|"
        r"погодитися)|готов\w*\s+(?:прийняти|погодитися)",
        Starts(("висловил", "заявил", "готов")),
    ),
    (
        "proposal",
        2,
        False,
        r"пропозиці\w*|план\b|плану\b|ультиматум\w*|ініціатив\w*",
        Starts(("план", "пропозиці", "ультиматум", "ініціатив")),
    ),
    # a condition put on the table ("лише після зняття санкцій") is a demand
    (
        "proposal",
        3,
        False,
        r"(?:тільки|лише)\s+(?:після|за\s+умови|якщо)|за\s+умови,?\s+що",
        Starts(("за", "лише", "тільки")),
    ),
    (
        "statement",
        3,
        False,
        r"заяви\w*|заявля\w*|звинуват\w*|відкину\w*|відхили\w*|"
        r"попереди\w*|погрожу\w*|пригрози\w*|погрози\w*|засуди\w*|заперечи\w*|"
        # a reaction on record: "розкритикував угорського прем'єра"
        r"розкритикува\w*|"
        # "Путін визнав «незалежність» так званих «ДНР» і «ЛНР»"
        r"визна(?:в|ла|ли)\s+(?:[\w«»'’-]+\s+){0,4}?«?незалежн\w*|"
        # a refusal ("відмовилася продовжувати угоду") is a rejection on record
        r"відмови(?:в|ла|ли|вся|лася|лися)(?!\w)|"
        # an order on record ("суд наказав Венесуелі утриматися від ...", "уряд доручив
        # армії розробити план")
        r"наказа(?:в|ла|ли)(?!\w)|доручи(?:в|ла|ли|ло)(?!\w)",
        Starts(
            (
                "наказа",
                "доручи",
                "відмови",
                "відкину",
                "відхили",
                "заперечи",
                "засуди",
                "заяви",
                "заявля",
                "звинуват",
                "погрожу",
                "погрози",
                "пригрози",
                "попереди",
                "розкритикува",
                "визна",
            )
        ),
    ),
    (
        "statement",
        1,
        False,
        r"сказа\w*|повідоми\w*|оголоси\w*|зазначи\w*|наголоси\w*|відпові\w*|написа\w*|"
        r"висловил\w*|висловив\w*|наполяга\w*|наполіг\w*",
        Starts(
            (
                *("висловив", "висловил", "відпові", "зазначи", "наголоси", "написа"),
                *("наполяга", "наполіг"),
                *("оголоси", "повідоми", "сказа"),
            )
        ),
    ),
    # "міністр закордонних справ Осман Салех, який прибув до ефіопської столиці": a visit
    (
        "talks",
        3,
        False,
        r"(?:делегаці|посланц|посланник|міністр|переговорни)\w*(?:\s+[\w'’-]+){0,6}?\s+"
        r"прибу(?:в|ла|ли)\s+(?:до|в|у)(?!\w)|(?:який|яка|які)\s+прибу(?:в|ла|ли)\s+(?:до|в|у)(?!\w)",
        Starts(
            ("делегаці", "посланц", "посланник", "міністр", "переговорни", "який", "яка", "які")
        ),
    ),
    (
        "talks",
        3,
        False,
        r"провели\s+(?:переговори|перемовини)|(?:переговори|перемовини)\s+відбул\w*|"
        r"відбул\w*\s+(?:переговори|перемовини)|"
        r"(?:провел\w*|провів)\s+(?:\w+\s+){0,2}?(?:зустріч\w*|розмов\w*)|"
        r"(?:зустріл\w*|зустрівся)(?!\s+(?:з\s+|із\s+)?(?:звільнен\w*|повернут\w*|родин\w*|рідн\w*))|"
        r"зустрін(?:е|у)ться|зустріти(?:ся|сь)|розмов\w*\s+(?:телефоном|по\s+телефону)|"
        r"телефонн\w*\s+розмов\w*|зателефонува\w*|подзвони\w*|поговори(?:в|ла|ли)(?!\w)|поговори\w*\s+з|віч-на-віч|"
        r"говори\w*\s+(?:\w+\s+){0,3}?телефоном|розмовля\w*|"
        r"обговорюва\w*|обговорил\w*|обговорив|обговор(?:ить|ять)(?!\w)|"
        # "прийняв у Білому домі Зеленського" hosts a meeting; "прийняв рішення" does not
        # (nor "прийняли спільну заяву": a text adopted)
        r"(?<!\w)(?:прийня(?:в|ла|ли)|приймав|приймала|приймали)(?!\w)(?!\s+(?:\w+\s+)?(?:рішенн\w*|"
        r"закон\w*|участь|постанов\w*|резолюці\w*|присягу|заяв\w*|декларац\w*|документ\w*))",
        Starts(
            (
                "відбул",
                "говори",
                "зателефонува",
                "зустрівся",
                "зустріл",
                "зустрін",
                "зустріти",
                "обговорив",
                "обговорить",
                "обговорять",
                "обговорил",
                "обговорюва",
                "переговори",
                "перемовини",
                "поговори",
                "подзвони",
                "віч-на-віч",
                "прийняв",
                "прийняла",
                "прийняли",
                "приймав",
                "приймала",
                "приймали",
                "провели",
                "провел",
                "провів",
                "розмов",
                "телефонн",
            )
        ),
    ),
    (
        "talks",
        2,
        False,
        r"переговор\w*|перемовин\w*|перемовник\w*|(?<!на)зустріч\w*|раунд\w*|саміт\w*|засіданн\w*|"
        r"(?<!голова\s)(?<!голови\s)делегаці\w*|візит\w*|консультаці\w*|(?<!\w)місі[яїюєі]\w*|"
        r"аудієнці\w*",
        Starts(
            (
                "аудієнці",
                "перемовин",
                "перемовник",
                "місі",
                "візит",
                "делегаці",
                "засіданн",
                "зустріч",
                "консультаці",
                "переговор",
                "раунд",
                "саміт",
            )
        ),
    ),
    (
        "strike",
        3,
        False,
        r"випустил\w*|запустил\w*|атакува\w*|вдарил\w*|завда\w*\s+удар\w*|"
        r"обстріля\w*|підірва\w*|відкри\w*\s+(?:\w+\s+)?вогонь|влучил\w*|захопил\w*|"
        # an invasion: "вторглися в Україну", "ввела війська на острів"
        # (the verb: "від початку вторгнення" is a point of time, not an event)
        r"вторгл\w*|вв(?:ів|ела|ели)\s+(?:свої\s+)?війська|"
        # ... or the noun with the verb that began it: "вторгнення Росія розпочала
        # 24 лютого", "розпочала повномасштабне вторгнення"
        r"вторгнення\s+(?:\w+\s+){0,3}?(?:розпочал|почал)\w*|"
        r"(?:розпочал|почал)\w*\s+(?:\w+\s+){0,2}?вторгнення|"
        # "захопив місто", "повернулися до влади, захопивши Кабул"
        r"захопи(?:в|вши)(?!\w)|"
        # "хусити увірвалися до офісів ООН"
        r"(?<!\w)(?:увірвал|вдерл)\w*|"
        # an armed group that went into a city: "M23 увійшла в Букаву" (not "увійшла в
        # історію", "до складу", "до кабінету")
        rf"(?<!\w)увійш(?:ла|ли|ов)\s+(?:в|у|до)\s+{_ENTERED_NOT}",
        Starts(
            (
                *("атакува", "вдарил", "випустил", "відкри", "завда", "запустил", "обстріля"),
                *("підірва", "влучил", "захопил", "вторгл", "ввів", "ввела", "захопи"),
                *("ввели", "вторгнення", "розпочал", "почал", "увірвал", "вдерл", "увійш"),
            )
        ),
    ),
    (
        "strike",
        2,
        False,
        r"удар\w*|атак\w*|обстріл\w*|штурм\w*|дрон\w*|ракет\w*|наступ(?:у|ом)?\b|"
        r"(?:військов|наступальн|блискавичн|антитерористичн)\w*\s+операці\w*|"
        r"бомбардуван\w*|напад(?:у|ом|ів)?\b|(?<!\w)(?:боїв|бої|боях|боями)(?!\w)|вибух\w*|"
        # a clash; a war that began ("війна між армією та СШР почалася 15 квітня")
        r"(?<!\w)зіткненн\w*|(?<!\w)перестріл[кц]\w*|(?<!\w)війн[аи]\s+(?:\w+\s+){0,5}?(?:почалася|розпочалася|спалахнула)|"
        # a war told with its days: "44-денна війна з 27 вересня по 10 листопада",
        # "війни, яка тривала з 27 вересня"
        r"(?<!\w)війн\w*[»\"”]?,?\s+(?:(?:яка|що)\s+)?(?:тривала\s+)?з\s+(?=\d)",
        Starts(
            (
                *("боїв", "бої", "боях", "боями", "вибух", "зіткненн", "війн"),
                "перестріл",
                "атак",
                "бомбардуван",
                "блискавичн",
                "антитерористичн",
                "наступальн",
                "військов",
                "дрон",
                "напад",
                "наступ",
                "обстріл",
                "ракет",
                "удар",
                "штурм",
            )
        ),
    ),
    # an apology on record: "вибачився", "приніс вибачення"
    (
        "statement",
        3,
        False,
        r"(?<!\w)(?:вибачи(?:вся|лася|лися|лись)|перепроси\w*|принес\w*\s+вибачення|приніс\s+вибачення)",
        Starts(("вибачи", "перепроси", "принес", "приніс")),
    ),
    ("talks", 2, False, r"(?<!\w)відеоконференці\w*", Starts(("відеоконференці",))),
]

_RU: list[tuple[str, float, bool, str, Starts | tuple[str, ...] | None]] = [
    # "Документ из 28 пунктов передал Зеленскому в четверг министр армии США": a plan
    # put on the table
    (
        "proposal",
        3,
        False,
        r"(?:план\w*|документ\w*|предложени\w*|проект\w*)\s+(?:\w+\s+){0,5}?(?:официально\s+)?"
        r"передал(?:а|и)?(?!\w)|передал(?:а|и)?\s+(?:\w+\s+){0,3}?(?:план|документ|предложени|"
        r"проект)\w*|"
        # "формулу мира, которую представил 15 ноября": a plan presented
        r"(?:которую|который|которые|которое)\s+(?:\w+\s+)?представил\w*|"
        r"представил\w*\s+(?:\w+\s+){0,3}?[«\"“]?(?:план|формул|предложени|проект|инициатив)\w*",
        Starts(("план", "документ", "предложени", "проект", "передал", "котор", "представил")),
    ),
    # "зачитал совместное заявление трёх министров": a joint statement is a text agreed
    ("agreement", 3, False, r"совместн\w*\s+(?:заявлени\w*|декларац\w*)", Starts(("совместн",))),
    # "Боевые действия вдоль всей линии соприкосновения начались утром 27 сентября"
    (
        "strike",
        3,
        False,
        r"боев\w+\s+действи\w*\s+(?:\w+\s+){0,6}?(?:начал\w*|разгорел\w*|вспыхнул\w*)",
        Starts(("боев",)),
    ),
    # "Алиев в четверг объявил о снятии всех ограничений на транзит": a decision
    # announced on record (what it is about, when it is an event itself, has its own cue)
    (
        "statement",
        2,
        False,
        r"объявил(?:а|и|о)?\s+об?\s+(?!(?:\w+\s+)?(?:обмен|подписан|соглашени|договор|перемири|"
        r"прекращени\w*\s+(?:огня|боевых|военных)|переговор|встреч|раунд|саммит|удар|атак|наступлени|меморандум|деклараци|"
        r"план|предложени|инициатив|режим|завершени|окончани))\w+",
        Starts(("объявил",)),
    ),
    # "Ответ группировки последовал во вторник": an answer on record
    (
        "statement",
        3,
        False,
        r"ответ\s+(?:\w+\s+){0,2}?(?:последовал|поступил|прозвучал)",
        Starts(("ответ",)),
    ),
    # "Песков перечислил условия, при которых Москва готова прекратить военные
    # действия": demands put on the table (not "назвал эти условия ультиматумом")
    (
        "proposal",
        4,
        True,
        r"(?:перечисли|выдвину|изложи|озвучи)\w*\s+(?:свои\s+|собственные\s+|новые\s+)?услови\w*|"
        r"назва\w*\s+(?:свои\s+)?услови\w*(?=,\s+(?:при|на)\s+котор|\s*:)",
        Starts(("перечисли", "выдвину", "изложи", "озвучи", "назва")),
    ),
    # "В субботу Минобороны объявило режим тишины ..., однако стороны обвинили друг
    # друга в его нарушении": the truce declared is the event
    (
        "truce",
        4,
        False,
        r"объяви\w*\s+(?:\w+\s+){0,3}?[«\"]?(?:режим\w*\s+тишины|перемири\w*|"
        r"прекращени\w*\s+огня|моратори\w*)",
        Starts(("объяви",)),
    ),
    # "прилетел в Лиссабон на переговоры с коллегой и предупредил, что ...": the trip
    # is the talks, whatever is said on it
    (
        "talks",
        4,
        False,
        r"(?:прилете\w*|прилетел\w*|приеха\w*|прибы\w*|отправи\w*)\s+(?:\w+\s+){0,5}?на\s+"
        r"(?:\w+\s+)?(?:переговор\w*|консультаци\w*|встреч\w*|саммит\w*)",
        Starts(("прилете", "прилетел", "приеха", "прибы", "отправи")),
    ),
    (
        "statement",
        4,
        False,
        # (and "подписал заявку на вступление в ЕС": an application, no deal)
        r"(?:подписал\w*|издал\w*)\s+(?:указ|закон|заявк)\w*",
        Starts(("издал", "подписал")),
    ),
    ("statement", 3, False, r"отставк\w*", Starts(("отставк",))),
    # people taken hostage are part of an attack, not of a release
    (
        "strike",
        3,
        False,
        r"(?:захвач\w*|взят\w*|похищен\w*)\s+в\s+заложник\w*",
        Starts(("взят", "захвач", "похищен")),
    ),
    # "Об этом в среду сообщили в Минобороны": the report of what the lede told
    (
        "statement",
        3,
        False,
        r"об\s+этом\s+(?:\w+\s+){0,3}?(?:сообщил\w*|заявил\w*|объявил\w*|рассказал\w*)",
        Starts(("об",)),
    ),
    # "обвинило Украину в ударах по ...": the accusation is the news
    (
        "statement",
        4,
        True,
        r"обвин\w*\s+(?:\w+\s+){0,4}?в\s+(?:\w+\s+)?(?:удар\w*|обстрел\w*|атак\w*|"
        r"нарушени\w*|бомбардировк\w*)",
        Starts(("обвин",)),
    ),
    # a withdrawal from a deal or talks is a statement, before the deal's own noun
    (
        "statement",
        3,
        False,
        r"прекращени\w*\s+(?:своего\s+)?участия|приостанов\w*\s+(?:\w+\s+)?(?:выполнени|участи|действи)\w*|"
        r"(?:выш(?:ла|ел|ли)|выход\w*(?:\s+\w+){0,2}?)\s+из\s+(?:\w+\s+)?(?:сделк\w*|"
        r"соглашени\w*|договор\w*|инициатив\w*|переговор\w*)|"
        # "объявил о предстоящих переговорах": the announcement is the news; the talks
        # have their own date
        r"объяв\w*\s+о\s+(?!завершени|окончани)(?:\w+\s+)?(?:переговор\w*|раунд\w*|встреч\w*|"
        r"саммит\w*)|"
        # "назвал переговоры «очень позитивными»"
        r"назва(?:л|ла|ли)(?!\w)",
        Starts(("прекращени", "приостанов", "вышла", "вышел", "вышли", "выход", "объяв", "назва")),
    ),
    # (apart: it begins with a one-letter word, so it is gated by the lines of "объявил")
    (
        "statement",
        3,
        False,
        r"(?<!\w)о\s+(?!завершении\s)(?:\w+\s+)?(?:переговор\w*|раунд\w*|встреч\w*)\s+"
        r"(?:\w+\s+){0,3}?объявил\w*",
        ("объявил",),
    ),
    (
        "proposal",
        3,
        False,
        r"обмен\w*\s+меморандум\w*|обменял\w*\s+меморандум\w*",
        Starts(("обмен",)),
    ),
    # "Новые пошлины вступят в силу через три недели": duties, sanctions, laws
    (
        "statement",
        1,
        False,
        r"(?:пошлин\w*|тариф\w*|ставк\w*|санкци\w*|закон\w*|указ\w*)\s+(?:\w+\s+){0,3}?"
        r"вступ\w*\s+в\s+силу",
        Starts(("пошлин", "тариф", "ставк", "санкци", "закон", "указ")),
    ),
    (
        "truce",
        3,
        False,
        r"вступ\w*\s+в\s+силу|начал(?:о|а|и)?\s+действовать|"
        # "Режим прекращения огня ... действует с 00:00", "достигнуто перемирие"
        r"(?<!\w)действует\s+с(?!\w)|"
        r"достигнут\w*\s+(?:\w+\s+)?(?:перемири\w*|прекращени\w*\s+огня)|"
        # "объявил, что огонь прекращён"
        r"огонь\s+(?:был\s+)?прекращ[её]н|"
        # "Огонь удалось прекратить в тот же день", "боевые действия прекратились 10 ноября"
        r"огонь\s+удалось\s+прекратить|боев\w+\s+действия\s+(?:были\s+)?(?:прекратились|прекращены)|"
        r"прекрати\w*\s+(?:\w+\s+)?(?:боев\w+\s+действи\w*|огонь|удары|обстрелы)",
        Starts(("вступ", "прекрати", "начал", "огонь", "боев", "действует", "достигнут")),
    ),
    ("statement", 1, False, r"обмен\w*\s+списками|обменял\w*\s+списками", Starts(("обмен",))),
    # "разоружение в обмен на вывод войск": a trade-off in a plan, no exchange
    ("statement", 1, False, r"(?<=(?<!\w)в\s)обмен\s+на(?!\w)", Starts(("обмен",))),
    ("truce", 3, False, r"моратори\w*\s+на\s+(?:\w+\s+)?удар\w*", Starts(("моратори",))),
    (
        "truce",
        2,
        False,
        r"перемири\w*|режим\w*\s+тишины|прекращени\w*\s+(?:огня|(?:боевых|военных)\s+действий)|"
        r"моратори\w*",
        Starts(("моратори", "перемири", "прекращени", "режим")),
    ),
    (
        "exchange",
        3,
        False,
        rf"обмен\w*\s+пленн\w*|обменял\w*+{_RU_NOT_SWAPPED}|"
        r"освободил\w*|освобожд[её]н[аоы]?(?!\w)|"
        # "Армия освобождения" is a name: the noun counts only with those released
        r"освобождени\w*\s+(?:\w+\s+)?(?:пленн\w*|заложник\w*|военнопленн\w*)|"
        r"вернул\w*\s+домой|домой\s+вернул\w*|вернул\w*\s+из\s+(?:\w+\s+)?плена|"
        r"вернул\w*\s+к\s+(?:своим\s+)?семьям(?!\w)|"
        r"из\s+плена\s+(?:\w+\s+)?(?:вернул\w*|освобо\w*)|"
        # a repatriation of the dead ("Россия передала тела 1000 погибших", "гробы были
        # переданы"; handed over is done: not "передаст тела", what a deal provides, nor
        # "передача тел"), a pardon
        r"вернул\w*\s+(?:\w+\s+){0,2}?тела(?!\w)|репатриаци\w*\s+тел|"
        r"(?:передал(?:а|и)?|передан[аоы]?)\s+(?:[\w«»-]+\s+){0,7}?(?:тела|тел|останки|гроб\w*)(?!\w)|"
        r"(?<!\w)гроб\w*\s+(?:был\w*\s+)?передан\w*|(?<!\w)помилова\w*|"
        r"переда\w*\s+(?:\w+\s+){0,2}?(?:военнослужащ|военнопленн|пленн|заложник)\w*|"
        # "выпустил почти 2000 палестинцев" (before the strikes' "выпустил ракеты")
        r"выпустил\w*\s+(?:\w+\s+){0,2}?(?:на\s+свободу|пленн\w*|заключ[её]нн\w*|узник\w*|"
        r"заложник\w*|палестинц\w*)",
        Starts(
            (
                *("вернул", "домой", "из", "обмен", "освободил", "освобожден", "освобождён"),
                *("переда", "репатриаци", "выпустил", "гроб", "помилова"),
            )
        ),
    ),
    (
        "exchange",
        2,
        False,
        # (the word or "военнопленные", not "укреплённые позиции")
        r"(?:(?<!\w)|(?<=военно))пленн\w*|заложник\w*|"
        rf"обмен\w*+{_RU_NOT_SWAPPED}",
        Starts(("заложник", "обмен", "пленн")),
    ),
    # a text finished: "о завершении переговоров объявили", "завершили переговоры по
    # тексту договора"
    (
        "agreement",
        4,
        False,
        r"(?<=\bо\s)завершении\s+переговоров(?!\s+без)|заверши\w*\s+переговор\w*\s+(?:по|о)\s+"
        r"(?:\w+\s+){0,2}?(?:тексту|документу|проекту|соглашени\w*|договор\w*)|"
        # commitments taken on ("взяли на себя обязательства по «дорожной карте»")
        r"взял\w*\s+на\s+себя\s+обязательств\w*",
        Starts(("завершени", "заверши", "взял")),
    ),
    # ("договорились продолжить работу / встретиться снова" settles nothing yet)
    (
        "agreement",
        3,
        True,
        # ("О встрече договорились в воскресенье": a meeting agreed on is the talks' news)
        r"(?<!о\sвстрече\s)(?<!о\sпереговорах\s)"
        r"(?:договорил|согласил|условил)\w*+(?!(?:\s+(?:вновь|снова|опять|ещё\s+раз|еще\s+раз))?\s+(?:продолжить|продолжать|поработать|работать|"
        r"встретиться|обсудить|рассмотреть|изучить|о\s+(?:встрече|переговорах)))"
        # (nor "договорились создать две рабочие группы": the talks' machinery)
        r"(?!\s+(?:создать|сформировать|образовать)\s+(?:\w+\s+){0,3}?(?:рабоч\w+\s+групп|комисси|комитет))",
        Starts(("договорил", "согласил", "условил")),
    ),
    (
        "agreement",
        3,
        False,
        # (not "политзаключённые": political prisoners)
        r"подписал\w*|подписанн\w*|подписан[аоы]?(?!\w)|парафирова\w*|(?<!\w)заключил\w*|"
        r"(?<!\w)заключ[её]нн?\w*|"
        # a deal or truce extended: "его продлили 17 мая на 60 дней" (not "раунд
        # продлился 40 минут": the reflexive verb is how long something lasted)
        r"продлил(?!ся|ась|ось|ись)\w*|продлен\w*|продлён\w*|"
        # a text agreed on: "согласовали текст", "о завершении переговоров над договором"
        r"согласова\w*\s+(?:\w+\s+){0,2}?(?:текст\w*|договор\w*|соглашени\w*|этап\w*\s+плана)|"
        r"(?:завершени|окончани)\w*\s+переговоров\s+(?:над|по)\s+(?:\w+\s+)?"
        r"(?:текст\w*|договор\w*|соглашени\w*|ним|ней)|"
        r"принят\w*\s+(?:\w+\s+)?(?:коммюнике|деклараци\w*|соглашени\w*|заявлени\w*)|"
        r"(?:был[аио]?\s+)?подписан[аоы]?(?!\w)",
        Starts(
            (
                "был",
                "завершени",
                "заключен",
                "заключил",
                "заключён",
                "окончани",
                "парафирова",
                "подписал",
                "подписан",
                "подписан",
                "принят",
                "продлен",
                "продлил",
                "продлён",
                "согласова",
            )
        ),
    ),
    (
        "agreement",
        2,
        False,
        # (not "недоговорённость": a misunderstanding)
        r"соглашени\w*|(?<!\w)договор[её]нност\w*|меморандум\w*|деклараци\w*|"
        r"договор\b|договора\b|коммюнике|протокол\w*",
        Starts(("деклараци", "договор", "коммюнике", "меморандум", "соглашени", "протокол")),
    ),
    (
        "proposal",
        3,
        True,
        r"предложил\w*|предлага\w*|потребова\w*|требу\w*|выдвинул\w*|"
        # "попросил стороны о перемирии"
        r"попросил(?:а|и)?(?!\w)|"
        # "О предложении провести новый раунд Зеленский сообщил": the offer is the news
        r"предложени\w*\s+(?:провести|организовать|начать|возобновить|объявить)|"
        # an ultimatum: "дал России 50 дней на заключение сделки"
        r"дал[аи]?\s+(?:\w+\s+){0,2}?(?:\d+|\w+)\s+(?:дней|дня|недел\w*|час\w*)\s+на(?!\w)",
        Starts(
            (
                *("выдвинул", "потребова", "предлага", "предложени", "предложил", "требу"),
                *("дал", "попросил"),
            )
        ),
    ),
    # "Украина выразила готовность принять предложение США": taking up an offer
    (
        "proposal",
        3,
        True,
        r"(?:выразил\w*|заявил\w*)\s+(?:о\s+)?готовност\w*\s+(?:\w+\s+)?(?:принять|"
        r"согласиться)|готов\w*\s+(?:принять|согласиться)",
        Starts(("выразил", "заявил", "готов")),
    ),
    (
        "proposal",
        2,
        False,
        r"предложени\w*|план\b|плана\b|ультиматум\w*|инициатив\w*",
        Starts(("инициатив", "план", "предложени", "ультиматум")),
    ),
    # a condition put on the table ("только после снятия санкций") is a demand
    (
        "proposal",
        3,
        False,
        r"(?:только|лишь)\s+(?:после|при\s+условии|если)|при\s+условии",
        Starts(("лишь", "при", "только")),
    ),
    (
        "statement",
        3,
        False,
        r"заявил\w*|заявля\w*|обвинил\w*|обвиня\w*|отверг\w*|отклонил\w*|"
        r"предупредил\w*|пригрози\w*|осудил\w*|опроверг\w*|раскритикова\w*|"
        # "Путин признал «независимость» так называемых «ДНР» и «ЛНР»"
        r"признал[аи]?\s+(?:[\w«»-]+\s+){0,4}?«?независим\w*|"
        r"отказал(?:а|и|ся|ась|ись)?(?!\w)|"
        # an order on record ("суд обязал", "приказал утроить усилия", "правительство
        # поручило армии разработать план")
        r"(?:приказал|обязал|поручил)(?:а|и|о)?(?!\w)",
        Starts(
            (
                "поручил",
                "приказал",
                "обязал",
                "отказал",
                "заявил",
                "заявля",
                "обвинил",
                "обвиня",
                "опроверг",
                "осудил",
                "отверг",
                "отклонил",
                "предупредил",
                "пригрози",
                "раскритикова",
                "признал",
            )
        ),
    ),
    (
        "statement",
        1,
        False,
        r"сказал\w*|сообщил\w*|отметил\w*|объявил\w*|подтвердил\w*|написал\w*|"
        r"высказал\w*|настаива\w*|настоял\w*",
        Starts(
            (
                *("высказал", "написал", "объявил", "отметил", "подтвердил", "сказал"),
                *("сообщил", "настаива", "настоял"),
            )
        ),
    ),
    # "министр иностранных дел Осман Салех, который прибыл в Аддис-Абебу": a visit
    (
        "talks",
        3,
        False,
        r"(?:делегаци|посланц|посланник|министр|переговорщик)\w*(?:\s+[\w'’-]+){0,6}?\s+"
        r"прибыл[аи]?\s+(?:в|во)(?!\w)|(?:который|которая|которые)\s+прибыл[аи]?\s+(?:в|во)(?!\w)",
        Starts(("делегаци", "посланц", "посланник", "министр", "переговорщик", "котор")),
    ),
    (
        "talks",
        3,
        False,
        r"провели\s+переговоры|переговоры\s+прошли|прош[её]л\w*\s+(?:\w+\s+)?раунд|"
        r"провел\w*\s+(?:\w+\s+){0,2}?(?:встреч\w*|разговор\w*)|"
        r"встретил\w*(?!\s+(?:с\s+)?(?:освобожд[её]нн\w*|вернувш\w*|семь\w*|родн\w*|родственник\w*))|"
        r"встрет(?:я|и)тся|встретиться|разговор\w*\s+по\s+телефону|телефонн\w*\s+разговор\w*|"
        r"по\s+телефону|позвонил\w*|созвонил\w*|поговорил\w*|разговаривал\w*|"
        r"обсуждал\w*|обсудил\w*|обсуд(?:ит|ят)(?!\w)|"
        # (nor "приняли совместное заявление": a text adopted)
        r"(?<!\w)(?:принял(?:а|и)?|принимал(?:а|и)?)(?!\w)(?!\s+(?:\w+\s+)?(?:решени\w*|закон\w*|"
        r"участие|постановлени\w*|резолюци\w*|присягу|меры|заявлени\w*|декларац\w*|документ\w*))",
        Starts(
            (
                "встретил",
                "встрет",
                "обсудил",
                "обсуд",
                "обсуждал",
                "переговоры",
                "по",
                "принял",
                "принимал",
                "провели",
                "провел",
                "прошел",
                "прошёл",
                "разговаривал",
                "разговор",
                "созвонил",
                "телефонн",
            )
        ),
    ),
    (
        "talks",
        2,
        False,
        # ("глава делегации" is a title, not a meeting)
        r"переговор\w*|встреч\w*|раунд\w*|саммит\w*|заседани\w*|(?<!глава\s)(?<!главы\s)делегаци\w*|"
        r"визит\w*|консультаци\w*|(?<!\w)мисси[яиюей]\w*|аудиенци\w*",
        Starts(
            (
                "аудиенци",
                "мисси",
                "визит",
                "встреч",
                "делегаци",
                "заседани",
                "консультаци",
                "переговор",
                "раунд",
                "саммит",
            )
        ),
    ),
    (
        "strike",
        3,
        False,
        r"выпустил\w*|запустил\w*|атаковал\w*|нанес\w*\s+удар\w*|обстрелял\w*|взорвал\w*|"
        r"подорвал\w*|открыл\w*\s+(?:\w+\s+)?огонь|попал\w*\s+(?:в|во)(?!\w)|поразил\w*|захватил\w*|"
        # an invasion: "вторглись в Украину", "ввела войска на остров"
        r"вторгл\w*|вв[её]л(?:а|и)?\s+(?:свои\s+)?войска|"
        # "Россия начала вторжение 24 февраля", "вторжение началось 24 февраля" (not
        # "с начала вторжения": a point of time)
        r"вторжение\s+(?:\w+\s+){0,3}?начал\w*|"
        r"(?<!\sс\s)(?<!\sот\s)(?<!\sдо\s)(?<!после\s)(?<!момента\s)начал(?:а|и|о|ось|ся)?\s+"
        r"(?:\w+\s+){0,2}?вторжение|"
        # "вернулись к власти, захватив Кабул"
        r"захвати(?:в|вши)(?!\w)|"
        # "хуситы ворвались в помещения ООН"
        r"(?<!\w)ворвал\w*|"
        # an armed group that went into a city: "M23 вошла в Букаву" (not "вошла в
        # историю", "в состав", "в кабинет")
        rf"(?<!\w)(?:вошл[аи]|вош[её]л)\s+(?:в|во)\s+{_ENTERED_NOT}",
        Starts(
            (
                "вошл",
                "вошел",
                "вошёл",
                "вторгл",
                "вторжение",
                "ворвал",
                "начал",
                "захвати",
                "ввел",
                "ввёл",
                "захватил",
                "попал",
                "поразил",
                "атаковал",
                "взорвал",
                "выпустил",
                "запустил",
                "нанес",
                "обстрелял",
                "открыл",
                "подорвал",
            )
        ),
    ),
    (
        "strike",
        2,
        False,
        # (not the "удар" inside "государство")
        r"(?<!гос)удар\w*|атак\w*|обстрел\w*|беспилотник\w*|дрон\w*|ракет\w*|штурм\w*|"
        r"наступлени\w*|(?:военн|наступательн|молниеносн|антитеррористическ)\w*\s+операци\w*|"
        r"бомбардировк\w*|нападени\w*|(?<!\w)(?:бо[её]в|бои|боях|боями)(?!\w)|взрыв\w*|"
        # a clash; a war that began ("война между армией и СБР началась 15 апреля")
        r"(?<!\w)столкновени\w*|(?<!\w)перестрелк\w*|(?<!\w)войн[аы]\s+(?:\w+\s+){0,5}?(?:началась|разразилась)|"
        # a war told with its days: "44-дневная война с 27 сентября по 10 ноября",
        # "войне в Карабахе, которая продолжалась с 27 сентября"
        # ("«четырёхдневная война» со 2 по 5 апреля": its closing quote too)
        r"(?<!\w)войн\w*[»\"”]?,?\s+(?:(?:в|на)\s+\w+\s+\w+,?\s+)?(?:(?:которая|что)\s+)?"
        r"(?:продолжалась\s+|длилась\s+)?со?\s+(?=\d)",
        Starts(
            (
                *("боёв", "боев", "бои", "боях", "боями", "взрыв", "столкновени", "войн"),
                "перестрелк",
                "атак",
                "беспилотник",
                "бомбардировк",
                "молниеносн",
                "наступательн",
                "антитеррористическ",
                "военн",
                "дрон",
                "нападени",
                "наступлени",
                "обстрел",
                "ракет",
                "удар",
                "штурм",
            )
        ),
    ),
    # an apology on record: "извинился", "принёс извинения"
    (
        "statement",
        3,
        False,
        r"(?<!\w)(?:извинил(?:ся|ась|ись)|принес\w*\s+извинени\w*|принёс\s+извинени\w*)",
        Starts(("извинил", "принес", "принёс")),
    ),
    ("talks", 2, False, r"(?<!\w)видеоконференци\w*", Starts(("видеоконференци",))),
]

_IRREGULAR_PAST = frozenset(
    {
        "met",
        "held",
        "struck",
        "spoke",
        "spoken",
        "took",
        "sat",
        "put",
        "laid",
        "freed",
        "fired",
        "seized",
        "agreed",
        "signed",
        "flew",
        "went",
        "came",
        "said",
        "told",
        "wrote",
    }
)
_CYRILLIC_PAST = re.compile(r"(?:л|ла|ли|ло|лись|лися|лася|лась|лось|лся|в|вся)$")
_NEGATION = first_chars(
    "cfnuwбн",
    r"(?i:\b(?:not|cannot|no|never|without|n't|neither|nor|fail(?:ed|s)?\s+to|unable\s+to)\b|"
    r"(?<!\w)(?:не|ні|ни|без|ніякого|никакого)(?!\w))[^.;,]{0,28}$",
)
# every _NEGATION match contains one of these (in folded text): a cheap test first
_NEGATION_WORDS = (
    "no",
    "cannot",
    "n't",
    "never",
    "without",
    "neither",
    "fail",
    "unable",
    "не",
    "ні",
    "ни",
    "без",
)


# the same test as `word in before` for each word, in one C-level scan
_NEGATION_WORD = re.compile("|".join(re.escape(word) for word in _NEGATION_WORDS))


# "was not a party to the agreement signed in Pretoria": the negation is of being
# part of it, not of the signing
_NOT_A_PARTY = re.compile(
    r"(?:\ba\s+party\s+to|\bpart\s+of|\bbound\s+by|\ba\s+signatory\s+to|\binvolved\s+in|"
    r"(?<!\w)(?:стороною|стороной|учасником|участником)(?!\w))[^.;,]*$"
)


def _negated(before: str) -> bool:
    """Whether folded text just before a cue ends in a negation's reach."""
    return (
        _NEGATION_WORD.search(before) is not None
        and bool(_NEGATION.search(before))
        and _NOT_A_PARTY.search(before) is None
    )


def _folded_gate(gate: Starts | tuple[str, ...] | None) -> Gate | None:
    """A Ukrainian or Russian table's gate on folded text: start words, or line words."""
    if gate is None:
        return None
    if isinstance(gate, Starts):
        return Starts(tuple(dict.fromkeys(fold(w) for w in gate.words)))
    return tuple(dict.fromkeys(fold(w) for w in gate))


@cache
def _compiled(
    lang: str,
) -> list[tuple[str, float, bool, re.Pattern[str], Gate | None]]:
    """Patterns (and gates) for folded text (lower case, no diacritics): no IGNORECASE."""
    if lang in {"uk", "ru"}:
        table = _UK if lang == "uk" else _RU
        return [
            (
                kind,
                weight,
                governs,
                re.compile(fold_pattern(p)),
                _folded_gate(gate),
            )
            for kind, weight, governs, p, gate in table
        ]
    # Every English pattern with a `Starts` gate begins with `\b` in each alternative
    # (tests/newsroom/extraction/test_gated.py checks), so only word starts need trying.
    return [
        (
            kind,
            weight,
            governs,
            re.compile(fold_pattern(p)),
            WordStarts(gate.words) if isinstance(gate, Starts) else gate,
        )
        for kind, weight, governs, p, gate in _EN
    ]


def _is_past(text: str, lang: str) -> bool:
    words = text.lower().split()
    if lang in {"uk", "ru"}:
        return any(_CYRILLIC_PAST.search(word) for word in words)
    last = words[-1] if words else ""
    return (
        last.endswith("ed")
        or last in _IRREGULAR_PAST
        or any(w in _IRREGULAR_PAST or w.endswith("ed") for w in words[:2])
    )


def find_cues(
    text: str, lang: str, folded: str | None = None, lines: Lines | None = None
) -> list[Cue]:
    """Kind cues in a text, without overlaps (stronger and earlier patterns win).

    `folded` is ``fold(text)`` and `lines` its `Lines` when the caller already has them.
    """
    if lines is None:
        lines = Lines(folded if folded is not None else fold(text))
    text = lines.folded
    found: list[Cue] = []
    # the spans taken so far: disjoint, so sorted by start they are sorted by end too
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    for kind, weight, governs, pattern, gate in _compiled(lang):
        for match in gated_finditer(pattern, gate, text, lines):
            start, end = match.start(), match.end()
            if end <= start:
                continue
            at = bisect_left(taken_starts, end)  # spans before `at` start before our end
            if at and taken_ends[at - 1] > start:
                continue  # overlaps a stronger or earlier cue
            taken_starts.insert(at, start)
            taken_ends.insert(at, end)
            negated = _negated(text[max(0, start - 40) : start])
            found.append(
                Cue(start, end, kind, weight, governs, _is_past(match.group(), lang), negated, kind)
            )
    found.sort(key=lambda c: c.start)
    return found


def absorb(cues: list[Cue], bounds: list[int], segment_of) -> list[Cue]:
    """Within a segment, nouns after a governing cue take the governor's kind."""
    out: list[Cue] = []
    governor: Cue | None = None
    current_segment = -1
    for cue in cues:
        segment = segment_of(bounds, cue.start)
        if segment != current_segment:
            governor, current_segment = None, segment
        if cue.governs and not cue.negated:
            governor = cue
            out.append(cue)
            continue
        absorbable = cue.weight <= 2 or (cue.weight <= 3 and cue.kind in {"exchange", "talks"})
        if governor is not None and absorbable and cue.kind != governor.kind and not cue.governs:
            out.append(replace(cue, kind=governor.kind, weight=min(cue.weight, 2)))
            continue
        out.append(cue)
    return out


_FUTURE = {
    "en": first_chars(
        "adeipstuw",
        r"(?i:\b(?:will|would|shall|is\s+to|are\s+to|due\s+to|is\s+due|are\s+due|"
        # (the noun is no future: "Trump's plan to end the war")
        r"expected|(?<!['’]s\s)(?<!the\s)(?<!\ba\s)(?<!his\s)(?<!its\s)(?<!peace\s)plans?\s+to|"
        r"planned|set\s+to|scheduled|upcoming|to\s+be\s+held)\b)",
    ),
    "uk": first_chars(
        "бвзмноп",
        r"(?i:(?<!\w)(?:буде|будуть|відбудеться|відбудуться|має\s+відбутися|зустрін(?:е|у)ться|"
        r"ма(?:є|ють)\s+(?:\w+\s+)?(?:зустрітися|зустрітись|прибути|відвідати|провести)|"
        r"планує\w*|заплановано|запланован\w*|призначен\w*\s+на|очікується|найближч\w+|"
        r"обговор(?:ить|ять))(?!\w))",
    ),
    "ru": first_chars(
        "бвдзнопс",
        r"(?i:(?<!\w)(?:будет|будут|состоится|состоятся|встрет(?:я|и)тся|долж(?:ен|на|но|ны)|планиру\w+|"
        r"запланирован\w*|назначен\w*\s+на|ожидается|пройд[её]т|обсуд(?:ит|ят))(?!\w))",
    ),
}
_HYPOTHETICAL = {
    # (a promise is of what is still to come: "promised to hand over the bodies")
    "en": first_chars(
        "cimpsuw",
        r"(?i:\b(?:will|would|could|may|might|should|shall|if|whether|unless|"
        r"promised|pledged)\b)",
    ),
    "uk": first_chars(
        "бмчяпо",
        r"(?i:(?<!\w)(?:буде|будуть|може|можуть|міг|могли|якщо|чи|би|б|"
        r"пообіця\w*|обіця\w*)(?!\w))",
    ),
    "ru": first_chars(
        "белмпо",
        r"(?i:(?<!\w)(?:будет|будут|может|могут|мог|могли|если|ли|бы|б|"
        r"пообеща\w*|обеща\w*)(?!\w))",
    ),
}
_POSTPONED = GatedPattern(
    re.compile(
        r"(?i:postpon\w+|delay(?:ed|s)\b|put\s+off|pushed\s+back|rescheduled|відклал\w*|"
        r"відкладен\w*|перенесл\w*|перенесен\w*|отложил\w*|отложен\w*)"
    ),
    *(
        "postpon",
        "delay",
        "put",
        "pushed",
        "rescheduled",
        "відклал",
        "відкладен",
        "перенес",
        "отлож",
    ),
    starts=True,
)
_CANCELLED = GatedPattern(
    re.compile(
        r"(?i:cancel\w*|called\s+off|scrapped|скасува\w*|скасован\w*|отменил\w*|"
        r"отмен[её]н\w*)"
    ),
    *("cancel", "called", "scrapped", "скасува", "скасован", "отмен"),
    starts=True,
)
_PRESENT_PERFECT = first_chars("h", r"(?i:\b(?:has|have)\s+(?:\w+ly\s+|also\s+|now\s+)?\w+ed\b)")


def is_future(text: str, lang: str) -> bool:
    return bool(_FUTURE.get(lang, _FUTURE["en"]).search(text))


def is_hypothetical(text: str, lang: str) -> bool:
    return bool(_HYPOTHETICAL.get(lang, _HYPOTHETICAL["en"]).search(text))


def is_present_perfect(text: str, lang: str) -> bool:
    return lang == "en" and bool(_PRESENT_PERFECT.search(text))


def status_of(text: str, lang: str, future: bool) -> str:
    """held, scheduled, postponed or cancelled, from the words of a clause."""
    if _POSTPONED.search(text):
        return "postponed"
    if _CANCELLED.search(text):
        return "cancelled"
    return "scheduled" if future else "held"
