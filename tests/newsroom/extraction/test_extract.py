"""Proposals from whole articles: the foundation issue and articles of our own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsroom.extraction import Gazetteer, Proposal, extract, find_mentions
from newsroom.extraction.dates import DateContext, find_dates
from newsroom.extraction.kinds import find_cues
from newsroom.extraction.text import split_blocks, split_sentences

D = dt.date


def summary(proposals: list[Proposal]) -> set[tuple[str, D, D | None, str | None]]:
    return {(p.kind, p.starts_on, p.ends_on, p.place) for p in proposals}


def by_kind_and_start(proposals: list[Proposal], kind: str, start: D) -> Proposal:
    found = [p for p in proposals if p.kind == kind and p.starts_on == start]
    assert len(found) == 1, [(p.kind, p.starts_on) for p in proposals]
    return found[0]


def test_foundation_seed_article(corpus_dir: Path, gazetteer: Gazetteer) -> None:
    data = json.loads((corpus_dir / "seed-abu-dhabi-round-two.json").read_text("utf-8"))
    proposals = extract(data["text"], published=D(2026, 2, 4), language="en", gazetteer=gazetteer)
    got = summary(proposals)
    assert ("talks", D(2026, 2, 4), D(2026, 2, 5), "abu-dhabi") in got
    assert ("talks", D(2026, 1, 23), D(2026, 1, 24), "abu-dhabi") in got
    assert by_kind_and_start(proposals, "strike", D(2026, 2, 3)).time_note == "overnight"
    assert by_kind_and_start(proposals, "truce", D(2026, 1, 30))
    starts = {p.starts_on for p in proposals}
    assert all(s.year in {2025, 2026} for s in starts)  # nothing from the bio's "2021"
    text = data["text"]
    for p in proposals:
        for span in p.spans:
            assert text[span.start : span.end] == span.text
            assert "min read" not in span.text and "Getty Images" not in span.text
            assert "Masaryk" not in span.text


PARAPHRASE = """World

Envoys return to Geneva a day after a record drone attack

4 min read
By Jane Roe

Delegates arrive at the lakeside venue on Feb. 12, 2031. (John Doe/AFP via Getty Images)

The third round of talks in Geneva between Russia and Ukraine began on March 4, \
Ukrainian negotiator Rustem Umerov said.

Officials gathered for three days of talks, only a day after Russia launched its largest \
drone attack against Ukraine overnight on March 3.

President Volodymyr Zelensky said a 30-day energy ceasefire took effect on Feb. 20.

Steve Witkoff also took part in the previous round of talks in Istanbul on Feb. 11-12.

A prisoner exchange on Dec. 28 freed 150 soldiers on each side.

The next round is due to take place next Tuesday.

Jane Roe is a reporter covering diplomacy. Her career in journalism began in 2019.

Read more"""


def test_paraphrase_with_another_year(gazetteer: Gazetteer) -> None:
    proposals = extract(PARAPHRASE, published=D(2031, 3, 5), language="en", gazetteer=gazetteer)
    got = summary(proposals)
    assert ("talks", D(2031, 3, 4), D(2031, 3, 6), "geneva") in got
    assert ("talks", D(2031, 2, 11), D(2031, 2, 12), "istanbul") in got
    strike = by_kind_and_start(proposals, "strike", D(2031, 3, 3))
    assert {a.slug: a.role for a in strike.actors}["russia"] == "attacker"
    truce = by_kind_and_start(proposals, "truce", D(2031, 2, 20))
    assert truce.ends_on == D(2031, 3, 21)  # 30 days, inclusive
    exchange = by_kind_and_start(proposals, "exchange", D(2030, 12, 28))
    assert exchange.year_inferred
    scheduled = by_kind_and_start(proposals, "talks", D(2031, 3, 11))
    assert scheduled.status == "scheduled"
    assert not any(p.starts_on.year == 2019 for p in proposals)
    assert not any(p.starts_on == D(2031, 2, 12) for p in proposals)  # caption only


def test_actors_come_from_the_sentence_and_the_delegation(gazetteer: Gazetteer) -> None:
    proposals = extract(PARAPHRASE, published=D(2031, 3, 5), language="en", gazetteer=gazetteer)
    talks = by_kind_and_start(proposals, "talks", D(2031, 3, 4))
    slugs = {a.slug for a in talks.actors}
    assert {"rustem-umerov", "russia", "ukraine"} <= slugs
    assert by_kind_and_start(proposals, "talks", D(2031, 2, 11)).actors[0].slug == "steve-witkoff"


def test_caption_events_are_weak_and_optional(gazetteer: Gazetteer) -> None:
    text = (
        "Talks resumed\n\nDelegations meet in Doha on May 2, 2031. (Pool photo)\n\n"
        "Mediators said little."
    )
    assert extract(text, D(2031, 5, 3), "en", gazetteer) == []
    weak = extract(text, D(2031, 5, 3), "en", gazetteer, include_weak=True)
    assert [(p.kind, p.starts_on, p.weak) for p in weak] == [("talks", D(2031, 5, 2), True)]


def test_mentions_of_one_event_merge_into_one_proposal(gazetteer: Gazetteer) -> None:
    text = (
        "Negotiators held talks in Cairo on June 3.\n\n"
        "The talks on June 3 ended late, the mediators said."
    )
    proposals = extract(text, D(2031, 6, 5), "en", gazetteer)
    assert len(proposals) == 1
    assert len(proposals[0].spans) == 2


def test_two_strikes_on_one_day_stay_apart(gazetteer: Gazetteer) -> None:
    text = (
        "On Sunday, Ukrainian drones attacked airfields in several regions of Russia.\n\n"
        "Overnight on June 1, Russia launched 300 drones against Ukraine."
    )
    proposals = extract(text, D(2031, 6, 2), "en", gazetteer)
    assert [(p.kind, p.starts_on) for p in proposals] == [("strike", D(2031, 6, 1))] * 2
    assert len({p.key for p in proposals}) == 2


def test_kinds_from_cue_words(gazetteer: Gazetteer) -> None:
    text = (
        "Kenya and Angola signed a memorandum on April 2.\n\n"
        "Hamas accused Israel of violating the deal on April 3.\n\n"
        "Egypt proposed a new truce plan on April 4.\n\n"
        "Hostages were released on April 5 in exchange for prisoners."
    )
    proposals = extract(text, D(2031, 4, 6), "en", gazetteer)
    assert [(p.kind, p.starts_on.day) for p in proposals] == [
        ("agreement", 2),
        ("statement", 3),
        ("proposal", 4),
        ("exchange", 5),
    ]


def test_postponement_keeps_the_first_date(gazetteer: Gazetteer) -> None:
    text = "The round of talks was initially set for Feb. 10, but was postponed."
    (proposal,) = extract(text, D(2031, 2, 9), "en", gazetteer)
    assert proposal.status == "postponed"
    assert proposal.previous_starts_on == D(2031, 2, 10)


def test_truce_until_and_disputed_end(gazetteer: Gazetteer) -> None:
    text = (
        "A 10-day truce took effect on May 1, Qatar said.\n\n"
        "Hamas said the truce would only last until May 5."
    )
    (truce,) = extract(text, D(2031, 5, 3), "en", gazetteer)
    assert truce.kind == "truce"
    assert truce.end_known is False and truce.ends_on is None


def test_ukrainian_article(gazetteer: Gazetteer) -> None:
    text = (
        "У суботу відбувся обмін полоненими за посередництва ОАЕ: Росія та Україна "
        "обміняли по 100 військових.\n\n"
        "Наступного дня Зеленський заявив, що Росія порушує перемир'я.\n\n"
        "Переговори у Стамбулі відбулися 12–13 травня."
    )
    proposals = extract(text, D(2031, 5, 20), "uk", gazetteer)
    exchange = by_kind_and_start(proposals, "exchange", D(2031, 5, 17))
    roles = {a.slug: a.role for a in exchange.actors}
    assert roles["united-arab-emirates"] == "mediator"
    assert {"russia", "ukraine"} <= set(roles)
    statement = by_kind_and_start(proposals, "statement", D(2031, 5, 18))
    assert "volodymyr-zelensky" in {a.slug for a in statement.actors}
    talks = by_kind_and_start(proposals, "talks", D(2031, 5, 12))
    assert (talks.ends_on, talks.place) == (D(2031, 5, 13), "istanbul")


def test_russian_article(gazetteer: Gazetteer) -> None:
    text = (
        "Во вторник, 6 мая, в Эр-Рияде прошёл новый раунд переговоров России и США.\n\n"
        "Стороны договорились восстановить работу посольств.\n\n"
        "В ночь на 5 мая Россия выпустила по Украине 90 беспилотников."
    )
    proposals = extract(text, D(2031, 5, 7), "ru", gazetteer)
    talks = by_kind_and_start(proposals, "talks", D(2031, 5, 6))
    assert talks.place == "riyadh"
    assert {"russia", "united-states"} <= {a.slug for a in talks.actors}
    assert by_kind_and_start(proposals, "agreement", D(2031, 5, 6))
    strike = by_kind_and_start(proposals, "strike", D(2031, 5, 5))
    assert strike.time_note == "overnight"


def test_unknown_people_by_title(gazetteer: Gazetteer) -> None:
    text = "Foreign Minister Jonas Halvorsen hosted the talks in Oslo on June 9."
    (talks,) = extract(text, D(2031, 6, 10), "en", gazetteer)
    assert talks.unknown_people == ("Jonas Halvorsen",)


def test_keys_are_stable_across_runs(gazetteer: Gazetteer) -> None:
    first = [p.key for p in extract(PARAPHRASE, D(2031, 3, 5), "en", gazetteer)]
    again = [p.key for p in extract(PARAPHRASE + " ", D(2031, 3, 5), "en", gazetteer)]
    assert first == again
    assert "talks:2031-03-04:geneva" in first


def test_find_mentions_highlights_dates_actors_and_places(gazetteer: Gazetteer) -> None:
    text = "Rustem Umerov met envoys in Geneva on March 4."
    mentions = find_mentions(text, D(2031, 3, 5), "en", gazetteer)
    assert [(text[m.start : m.end], m.kind) for m in mentions] == [
        ("Rustem Umerov", "actor"),
        ("Geneva", "place"),
        ("March 4", "date"),
    ]
    assert mentions[-1].label == "2031-03-04"


# ---- rules added for generalisation (articles of our own)


def kinds_on(proposals: list[Proposal]) -> set[tuple[str, D]]:
    return {(p.kind, p.starts_on) for p in proposals}


def test_days_later_counts_from_the_main_clause_not_the_background(gazetteer: Gazetteer) -> None:
    text = (
        "The mediation round opened on 3 June, two weeks after clashes erupted in the "
        "border town on 20 May. Four days later the delegations signed a pledge on aid access."
    )
    got = kinds_on(extract(text, published=D(2031, 6, 30), language="en", gazetteer=gazetteer))
    assert ("agreement", D(2031, 6, 7)) in got
    assert ("agreement", D(2031, 5, 24)) not in got


def test_it_comes_a_week_after_adds_no_event(gazetteer: Gazetteer) -> None:
    text = "It comes two weeks after Rustem Umerov met Steve Witkoff in Geneva on March 2."
    got = kinds_on(extract(text, published=D(2031, 3, 17), language="en", gazetteer=gazetteer))
    assert got == {("talks", D(2031, 3, 2))}


def test_ready_to_release_is_an_offer_not_an_exchange(gazetteer: Gazetteer) -> None:
    text = "The group said on May 4 that it was willing to free all captives in stages."
    got = kinds_on(extract(text, published=D(2031, 5, 10), language="en", gazetteer=gazetteer))
    assert got == {("proposal", D(2031, 5, 4))}


def test_dated_speech_with_content_is_a_statement(gazetteer: Gazetteer) -> None:
    en = "Sergei Lavrov said on Tuesday that Moscow would close the corridor."
    got = kinds_on(extract(en, published=D(2031, 5, 8), language="en", gazetteer=gazetteer))
    assert got == {("statement", D(2031, 5, 6))}
    # attribution closing a sentence is sourcing, not news
    quiet = "The front was calm overnight, officials said on Tuesday."
    assert extract(quiet, published=D(2031, 5, 8), language="en", gazetteer=gazetteer) == []
    uk = "Наступного дня після саміту 3 травня Зеленський написав, що угода можлива."
    got = kinds_on(extract(uk, published=D(2031, 5, 8), language="uk", gazetteer=gazetteer))
    assert ("agreement", D(2031, 5, 4)) not in got


def test_pluperfect_does_not_share_the_sentence_date(gazetteer: Gazetteer) -> None:
    text = "Hakan Fidan, who hosted envoys in Ankara on Monday, had offered to mediate."
    got = kinds_on(extract(text, published=D(2031, 5, 8), language="en", gazetteer=gazetteer))
    assert ("proposal", D(2031, 5, 5)) not in got


def test_phone_calls_and_hosting_are_talks(gazetteer: Gazetteer) -> None:
    uk = "У четвер Макрон зателефонував Зеленському."
    got = kinds_on(extract(uk, published=D(2031, 5, 9), language="uk", gazetteer=gazetteer))
    assert ("talks", D(2031, 5, 8)) in got
    uk = "У середу Ердоган прийняв в Анкарі Зеленського."
    got = kinds_on(extract(uk, published=D(2031, 5, 9), language="uk", gazetteer=gazetteer))
    assert ("talks", D(2031, 5, 7)) in got
    ru = "В среду Эрдоган принял решение закрыть проливы."
    got = kinds_on(extract(ru, published=D(2031, 5, 9), language="ru", gazetteer=gazetteer))
    assert ("talks", D(2031, 5, 7)) not in got
    en = "The two commanders are due to speak again on Friday."
    got = kinds_on(extract(en, published=D(2031, 5, 6), language="en", gazetteer=gazetteer))
    assert ("talks", D(2031, 5, 9)) in got


def test_a_visitor_received_at_a_residence_is_talks_on_a_bare_ordinal(
    gazetteer: Gazetteer,
) -> None:
    en = (
        "The envoys met in Oslo on March 3-4. The prime minister then received Petrov "
        "at her official residence on the 19th and said a deal was close."
    )
    got = kinds_on(extract(en, published=D(2031, 4, 2), language="en", gazetteer=gazetteer))
    assert ("talks", D(2031, 3, 19)) in got
    assert ("agreement", D(2031, 3, 19)) not in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Wednesday, Serbia returned the bodies of 40 soldiers to Kosovo.", "en"),
        ("У середу Україна повернула тіла 500 загиблих військових.", "uk"),
        ("В среду Россия передала Украине тела 500 погибших.", "ru"),
    ],
)
def test_a_repatriation_of_the_dead_is_an_exchange(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, published=D(2031, 5, 9), language=lang, gazetteer=gazetteer))
    assert ("exchange", D(2031, 5, 7)) in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("По словам источников, Петров и Сидоров в четверг встретятся в Вене.", "ru"),
        ("За даними джерел, Петренко і Сидоренко у четвер зустрінуться у Відні.", "uk"),
    ],
)
def test_names_then_a_weekday_then_a_future_meeting_verb(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    # published on a Wednesday: the meeting is the next day, not last week's Thursday
    proposals = extract(text, published=D(2031, 5, 7), language=lang, gazetteer=gazetteer)
    assert [(p.kind, p.starts_on, p.status) for p in proposals] == [
        ("talks", D(2031, 5, 8), "scheduled")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Talks were held in Geneva on March 3-5. On the last day of the talks, the "
            "sides agreed on a prisoner swap.",
            "en",
        ),
        (
            "Переговори відбулися в Женеві 3–5 березня. В останній день переговорів "
            "сторони домовилися про обмін полоненими.",
            "uk",
        ),
        (
            "Переговоры прошли в Женеве 3–5 марта. В последний день переговоров "
            "стороны договорились об обмене пленными.",
            "ru",
        ),
    ],
)
def test_the_last_day_of_told_talks(text: str, lang: str, gazetteer: Gazetteer) -> None:
    got = kinds_on(extract(text, published=D(2031, 3, 9), language=lang, gazetteer=gazetteer))
    assert ("agreement", D(2031, 3, 5)) in got
    assert ("agreement", D(2031, 3, 3)) not in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The two leaders signed a joint declaration on Friday. The same day, their "
            "foreign ministers initialled the text of a peace treaty.",
            "en",
        ),
        (
            "Лидеры подписали совместную декларацию в пятницу. В тот же день министры "
            "иностранных дел парафировали текст мирного договора.",
            "ru",
        ),
    ],
)
def test_the_same_day_with_a_cue_of_its_own_is_another_event(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, published=D(2031, 3, 8), language=lang, gazetteer=gazetteer)
    assert [(p.kind, p.starts_on) for p in proposals] == [("agreement", D(2031, 3, 7))] * 2


def test_two_bodies_of_different_states_speaking_on_one_day_are_two_statements(
    gazetteer: Gazetteer,
) -> None:
    ru = (
        "В субботу МИД России заявил, что приветствует шаги к миру. Ещё жёстче в "
        "субботу высказался министр иностранных дел Ирана, пригрозивший закрыть границу."
    )
    proposals = extract(ru, published=D(2031, 3, 8), language="ru", gazetteer=gazetteer)
    assert [(p.kind, p.starts_on) for p in proposals] == [("statement", D(2031, 3, 8))] * 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Президент во вторник принял в Кремле американского посланника. За несколько "
            "часов до встречи он пригрозил Европе.",
            "ru",
        ),
        (
            "Президент у вівторок прийняв у Києві американського посланця. За кілька "
            "годин до зустрічі він звинуватив Москву у зриві переговорів.",
            "uk",
        ),
    ],
)
def test_hours_before_a_told_meeting_is_its_day(text: str, lang: str, gazetteer: Gazetteer) -> None:
    got = kinds_on(extract(text, published=D(2031, 3, 6), language=lang, gazetteer=gazetteer))
    assert ("statement", D(2031, 3, 4)) in got


def test_a_speaker_days_after_the_told_event_does_not_continue_it(
    gazetteer: Gazetteer,
) -> None:
    en = (
        "The two presidents met in Vienna on March 3. Four days later, in a televised "
        "address, the prime minister said the country would hold elections."
    )
    got = kinds_on(extract(en, published=D(2031, 3, 9), language="en", gazetteer=gazetteer))
    assert ("talks", D(2031, 3, 3)) in got
    assert ("talks", D(2031, 3, 7)) not in got


def test_the_talks_paragraphs_later_are_the_storys_own(gazetteer: Gazetteer) -> None:
    en = (
        "Envoys from ten countries met in Bern on Tuesday.\n\n"
        "The meeting caps a busy month. The ministers had met in Oslo on Feb. 10.\n\n"
        "Grain prices rose sharply across the region.\n\n"
        "The day before the talks, rebels shelled the port city."
    )
    got = kinds_on(extract(en, published=D(2031, 3, 6), language="en", gazetteer=gazetteer))
    assert ("talks", D(2031, 3, 4)) in got and ("talks", D(2031, 2, 10)) in got
    assert ("strike", D(2031, 3, 3)) in got


def test_before_the_ceremony_is_the_signings_day(gazetteer: Gazetteer) -> None:
    en = (
        "The two leaders signed a joint declaration at the palace on Friday.\n\n"
        "Their deputies had met in Oslo on Feb. 10.\n\n"
        "Before the ceremony, the host held separate talks with both of them."
    )
    got = kinds_on(extract(en, published=D(2031, 3, 8), language="en", gazetteer=gazetteer))
    assert ("talks", D(2031, 3, 7)) in got


def test_said_there_had_been_is_reported_content(gazetteer: Gazetteer) -> None:
    en = "At a late briefing on Saturday the minister said there had been dozens of violations."
    got = kinds_on(extract(en, published=D(2031, 3, 9), language="en", gazetteer=gazetteer))
    assert ("statement", D(2031, 3, 8)) in got


def test_calling_a_counterpart_is_talks(gazetteer: Gazetteer) -> None:
    en = "On Saturday, the army chief called his Russian counterpart, officials said."
    got = kinds_on(extract(en, published=D(2031, 3, 9), language="en", gazetteer=gazetteer))
    assert ("talks", D(2031, 3, 8)) in got


def test_a_session_in_a_relative_clause_and_the_same_day_after_it(
    gazetteer: Gazetteer,
) -> None:
    ru = (
        "Соглашение 27 марта подписали министры по итогам заседания комиссии, которое "
        "шло с 24 по 27 марта. Режим тишины вступил в силу в тот же день."
    )
    got = summary(extract(ru, published=D(2031, 4, 2), language="ru", gazetteer=gazetteer))
    assert {(k, s, e) for k, s, e, _ in got} == {
        ("agreement", D(2031, 3, 27), None),
        ("talks", D(2031, 3, 24), D(2031, 3, 27)),
        ("truce", D(2031, 3, 27), None),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Wednesday Chile handed over 18 soldiers to Peru. The row began when Chile "
            "decided on March 10 to suspend the implementation of a declaration signed on "
            "Feb. 26.",
            "en",
        ),
        (
            "Чили в среду передало Перу 18 военнослужащих. Обострению предшествовало "
            "решение Чили 10 марта приостановить выполнение декларации, подписанной "
            "26 февраля.",
            "ru",
        ),
    ],
)
def test_handing_over_soldiers_suspending_a_deal_and_a_signed_participle(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, published=D(2031, 4, 4), language=lang, gazetteer=gazetteer))
    assert got == {
        ("exchange", D(2031, 4, 2)),
        ("statement", D(2031, 3, 10)),
        ("agreement", D(2031, 2, 26)),
    }


def test_jets_hit_a_truce_that_night_and_a_meeting_as_early_as_thursday(
    gazetteer: Gazetteer,
) -> None:
    en = (
        "On Wednesday, Israeli jets hit an army base near the capital. A first truce, "
        "announced that night, collapsed within a day. Officials of both sides could meet "
        "in Paris as early as Thursday."
    )
    got = kinds_on(extract(en, published=D(2031, 3, 9), language="en", gazetteer=gazetteer))
    assert got == {
        ("strike", D(2031, 3, 5)),
        ("truce", D(2031, 3, 5)),
        ("talks", D(2031, 3, 13)),
    }


def test_troops_were_accused_is_not_a_statement(gazetteer: Gazetteer) -> None:
    en = "Troops sent in on Monday were accused of abuses against civilians."
    got = kinds_on(extract(en, published=D(2031, 3, 9), language="en", gazetteer=gazetteer))
    assert ("statement", D(2031, 3, 3)) not in got


def test_a_wire_datelines_filing_date_is_not_an_event_date(gazetteer: Gazetteer) -> None:
    en = (
        "NEW DELHI/ISLAMABAD, Jan 19 (Andean Wire) - The president suspended peace talks "
        "with the rebels on Friday after a wave of attacks."
    )
    proposals = extract(en, published=D(2031, 1, 19), language="en", gazetteer=gazetteer)
    assert ("statement", D(2031, 1, 17)) in kinds_on(proposals)
    assert all(p.starts_on != D(2031, 1, 19) for p in proposals)
    [block] = split_blocks(en)
    assert block.dateline == "NEW DELHI"
    assert en[block.dateline_end :].startswith("The president")


def test_a_short_aside_in_brackets_does_not_end_the_clause(gazetteer: Gazetteer) -> None:
    en = (
        "The president suspended peace talks with the Popular Liberation Front (PLF) on "
        "Friday after the group launched an offensive that has killed 60 people."
    )
    got = kinds_on(extract(en, published=D(2031, 1, 19), language="en", gazetteer=gazetteer))
    assert got == {("statement", D(2031, 1, 17))}


def test_someone_who_had_signed_an_old_accord_is_background(gazetteer: Gazetteer) -> None:
    en = (
        "Rebels attacked villages on Thursday. Among the dead was a former fighter who "
        "had signed the 2016 peace accord."
    )
    got = kinds_on(extract(en, published=D(2031, 1, 19), language="en", gazetteer=gazetteer))
    assert got == {("strike", D(2031, 1, 16))}


def test_a_second_strike_that_evening_and_a_readiness_to_accept_an_offer(
    gazetteer: Gazetteer,
) -> None:
    uk = (
        "У ніч на вівторок дрони атакували нафтобазу. А ввечері того ж дня ракета влучила "
        "в судно в порту.\n\n"
        "Переговори відбулися у вівторок. Сторона висловила готовність прийняти пропозицію "
        "посередників про перемир'я."
    )
    proposals = extract(uk, published=D(2031, 3, 12), language="uk", gazetteer=gazetteer)
    got = [(p.kind, p.starts_on) for p in proposals]
    assert got.count(("strike", D(2031, 3, 11))) == 2
    assert ("proposal", D(2031, 3, 11)) in got


def test_a_day_away_from_a_strike_without_a_cue_is_no_strike(gazetteer: Gazetteer) -> None:
    uk = (
        "У ніч проти 21 березня армія випустила по місту 50 дронів. Ракети влучили у "
        "склад.\n\n"
        "Сьогодні ж до Києва прибули прем'єр-міністр Канади та спецпосланець США."
    )
    got = kinds_on(extract(uk, published=D(2031, 3, 24), language="uk", gazetteer=gazetteer))
    assert got == {("strike", D(2031, 3, 21))}


def test_an_earthquake_and_a_cabinet_meeting_are_not_events(gazetteer: Gazetteer) -> None:
    en = (
        "A magnitude 7.1 earthquake struck near the border on March 3. The prime minister "
        "called the truce a crucial step, and his cabinet met later on Wednesday to "
        "discuss it."
    )
    got = kinds_on(extract(en, published=D(2031, 3, 6), language="en", gazetteer=gazetteer))
    assert ("strike", D(2031, 3, 3)) not in got
    assert ("talks", D(2031, 3, 5)) not in got


def test_unknown_people_lose_their_ranks_and_case_endings(gazetteer: Gazetteer) -> None:
    en = "Military spokesman Major General Aung Min Tun said on Monday the talks had ended."
    [proposal] = extract(en, published=D(2031, 3, 4), language="en", gazetteer=gazetteer)
    assert proposal.unknown_people == ("Aung Min Tun",)
    ru = "Во вторник делегация провела переговоры с помощником министра Джоном Уэббом."
    [proposal] = extract(ru, published=D(2031, 3, 5), language="ru", gazetteer=gazetteer)
    assert proposal.unknown_people == ("Джон Уэбб",)


def test_agreeing_not_to_do_something_unnamed_is_no_agreement(gazetteer: Gazetteer) -> None:
    ru = (
        "Переговоры прошли во вторник. Стороны договорились не раскрывать детали.\n\n"
        "В среду министры провели консультации. Стороны договорились о прекращении огня."
    )
    got = kinds_on(extract(ru, published=D(2031, 3, 6), language="ru", gazetteer=gazetteer))
    assert ("agreement", D(2031, 3, 4)) not in got
    assert ("agreement", D(2031, 3, 5)) in got


def test_a_new_paragraph_after_background_does_not_carry_its_date(
    gazetteer: Gazetteer,
) -> None:
    en = (
        "A ceasefire took effect on Aug. 3, 2029, but lapsed a year later.\n\n"
        "Guarantor countries called for an immediate end to attacks on civilians."
    )
    got = kinds_on(extract(en, published=D(2031, 1, 19), language="en", gazetteer=gazetteer))
    assert got == {("truce", D(2029, 8, 3))}


def test_a_leader_and_a_rebel_group_speaking_on_one_day_are_two_statements(
    gazetteer: Gazetteer,
) -> None:
    en = (
        "On Saturday, Petro said he would declare emergency rule against the ELN. "
        "The ELN said in a statement on Saturday that it was fighting only dissidents."
    )
    proposals = extract(en, published=D(2025, 1, 19), language="en", gazetteer=gazetteer)
    assert [(p.kind, p.starts_on) for p in proposals] == [("statement", D(2025, 1, 18))] * 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The swap was agreed on March 20 at the end of talks that began on March 11.", "en"),
        ("Об обмене договорились 20 марта по итогам переговоров, начавшихся 11 марта.", "ru"),
    ],
)
def test_talks_that_began_run_until_the_day_of_the_news(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, published=D(2031, 3, 25), language=lang, gazetteer=gazetteer)
    talks = by_kind_and_start(proposals, "talks", D(2031, 3, 11))
    assert talks.ends_on == D(2031, 3, 20)


def test_another_day_without_a_cue_does_not_continue_a_signing(gazetteer: Gazetteer) -> None:
    en = (
        "The delegations signed the Lake Declaration on May 11.\n\n"
        "Residents said there was little sign of calm on Sunday."
    )
    got = kinds_on(extract(en, published=D(2031, 5, 18), language="en", gazetteer=gazetteer))
    assert got == {("agreement", D(2031, 5, 11))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The talks began on Oct. 6 and ended on Oct. 9, when the envoy announced that "
            "both sides had signed the first phase of the plan.",
            "en",
        ),
        (
            "Переговоры начались 6 октября и завершились 9 октября, когда посланник "
            "объявил, что стороны подписали первый этап плана.",
            "ru",
        ),
    ],
)
def test_a_when_clause_after_a_range_hangs_on_its_last_day(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, published=D(2031, 10, 14), language=lang, gazetteer=gazetteer)
    assert ("agreement", D(2031, 10, 9), None) in {
        (p.kind, p.starts_on, p.ends_on) for p in proposals
    }


def test_a_round_that_lasted_forty_minutes_was_not_extended(gazetteer: Gazetteer) -> None:
    ru = "Третий раунд переговоров прошёл в среду в Стамбуле и продлился около 40 минут."
    got = kinds_on(extract(ru, published=D(2031, 7, 24), language="ru", gazetteer=gazetteer))
    assert got == {("talks", D(2031, 7, 23))}


@pytest.mark.parametrize(
    ("text", "last_day"),
    [
        ("A 72-hour truce took effect at 8 p.m. on Wednesday.", D(2031, 5, 17)),
        ("A 72-hour truce took effect on Wednesday.", D(2031, 5, 16)),
    ],
)
def test_hours_counted_from_an_evening_reach_a_day_further(
    text: str, last_day: D, gazetteer: Gazetteer
) -> None:
    [truce] = extract(text, published=D(2031, 5, 19), language="en", gazetteer=gazetteer)
    assert (truce.kind, truce.starts_on, truce.ends_on) == ("truce", D(2031, 5, 14), last_day)


def test_clashes_that_spread_until_the_early_hours_of_a_day(gazetteer: Gazetteer) -> None:
    en = (
        "Clashes erupted on the evening of May 12 and spread across the city until the "
        "early hours of May 14."
    )
    proposals = extract(en, published=D(2031, 5, 19), language="en", gazetteer=gazetteer)
    assert [(p.kind, p.starts_on, p.ends_on) for p in proposals] == [
        ("strike", D(2031, 5, 12), D(2031, 5, 14))
    ]


def test_issued_after_they_met_is_the_same_day_days_after_is_not(
    gazetteer: Gazetteer,
) -> None:
    en = (
        "The two presidents signed a declaration on Thursday. The text was issued after "
        "the presidents met for several hours at the airport."
    )
    got = kinds_on(extract(en, published=D(2031, 3, 14), language="en", gazetteer=gazetteer))
    assert ("talks", D(2031, 3, 13)) in got
    en = (
        "The two presidents signed a declaration on Thursday. The text came days after "
        "the presidents met for several hours at the airport."
    )
    got = kinds_on(extract(en, published=D(2031, 3, 14), language="en", gazetteer=gazetteer))
    assert ("talks", D(2031, 3, 13)) not in got


def test_a_meeting_held_on_days_is_talks_even_when_steps_were_agreed_at_it(
    gazetteer: Gazetteer,
) -> None:
    en = (
        "The steps build on six initiatives agreed at the previous meeting in this "
        "format, held in Geneva on March 17-18."
    )
    proposals = extract(en, published=D(2031, 7, 18), language="en", gazetteer=gazetteer)
    assert ("talks", D(2031, 3, 17), D(2031, 3, 18)) in {
        (p.kind, p.starts_on, p.ends_on) for p in proposals
    }


def test_a_visit_that_ends_today_and_the_anniversary_of_a_signing(
    gazetteer: Gazetteer,
) -> None:
    uk = "Кардинал у п'ятницю завершує триденний візит до Пекіна."
    proposals = extract(uk, published=D(2031, 9, 12), language="uk", gazetteer=gazetteer)
    assert [(p.kind, p.starts_on, p.ends_on) for p in proposals] == [
        ("talks", D(2031, 9, 10), D(2031, 9, 12))
    ]
    en = "On Sunday, the anniversary of the signing, the rebels accused the army of delays."
    got = kinds_on(extract(en, published=D(2031, 11, 4), language="en", gazetteer=gazetteer))
    assert got == {("statement", D(2031, 11, 2))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Війська захопили станцію 4 березня після обстрілу.", "uk"),
        ("Войска захватили станцию 4 марта после обстрела.", "ru"),
    ],
)
def test_seizing_a_place_is_an_attack(text: str, lang: str, gazetteer: Gazetteer) -> None:
    got = kinds_on(extract(text, published=D(2031, 9, 2), language=lang, gazetteer=gazetteer))
    assert got == {("strike", D(2031, 3, 4))}


def test_holding_a_meeting_is_talks_even_after_an_agreement_clause(
    gazetteer: Gazetteer,
) -> None:
    ru = (
        "Представители общины и власти в четверг, 18 сентября, провели первую встречу в "
        "Евлахе — на следующий день после того, как стороны при посредничестве "
        "миротворцев договорились о прекращении огня."
    )
    got = kinds_on(extract(ru, published=D(2031, 9, 20), language="ru", gazetteer=gazetteer))
    assert ("talks", D(2031, 9, 18)) in got
    assert ("agreement", D(2031, 9, 17)) in got


def test_an_arrival_a_day_after_an_exchange_and_a_deal_abandoned(
    gazetteer: Gazetteer,
) -> None:
    en = (
        "Five citizens arrived home early on Tuesday, a day after they were flown out "
        "of the capital in a prisoner exchange. The swap will not revive the 2015 deal, "
        "which the president abandoned on May 8, 2018."
    )
    got = kinds_on(extract(en, published=D(2031, 9, 16), language="en", gazetteer=gazetteer))
    assert got == {("exchange", D(2031, 9, 15)), ("statement", D(2018, 5, 8))}


def test_a_past_event_on_a_day_just_ahead_is_last_years(gazetteer: Gazetteer) -> None:
    en = "The dispute erupted on Jan. 1, when the premier signed a memorandum with the rebels."
    got = kinds_on(extract(en, published=D(2030, 12, 12), language="en", gazetteer=gazetteer))
    assert got == {("agreement", D(2030, 1, 1))}
    en = "The two sides will sign a memorandum on Jan. 1."
    got = kinds_on(extract(en, published=D(2030, 12, 12), language="en", gazetteer=gazetteer))
    assert got == {("agreement", D(2031, 1, 1))}


def test_a_speech_act_whose_content_is_ahead_is_a_statement(gazetteer: Gazetteer) -> None:
    en = (
        "Defence Minister Oren Gal told naval commandos on Thursday that troops would get "
        "only a short respite before fighting resumed with full force."
    )
    got = kinds_on(extract(en, published=D(2031, 11, 25), language="en", gazetteer=gazetteer))
    assert got == {("statement", D(2031, 11, 20))}


def test_people_released_by_the_dozen_are_an_exchange(gazetteer: Gazetteer) -> None:
    en = "In a separate arrangement, the group also released 10 Thai farm workers on Friday."
    got = kinds_on(extract(en, published=D(2031, 11, 25), language="en", gazetteer=gazetteer))
    assert got == {("exchange", D(2031, 11, 21))}


def test_words_inside_a_quote_are_what_was_said(gazetteer: Gazetteer) -> None:
    uk = "«Ми домовилися підтримувати зв'язок», — заявив у четвер речник Святого Престолу."
    got = kinds_on(extract(uk, published=D(2031, 9, 15), language="uk", gazetteer=gazetteer))
    assert got == {("statement", D(2031, 9, 11))}
    en = "The general telephoned his counterpart at 3:35 p.m. on Saturday."
    got = kinds_on(extract(en, published=D(2031, 9, 15), language="en", gazetteer=gazetteer))
    assert got == {("talks", D(2031, 9, 13))}


def test_hosting_over_two_days_in_the_imperfective_is_talks(gazetteer: Gazetteer) -> None:
    ru = "С 28 по 29 декабря министр иностранных дел принимал в Юньнани главу МИД соседей."
    proposals = extract(ru, published=D(2032, 1, 2), language="ru", gazetteer=gazetteer)
    assert [(p.kind, p.starts_on, p.ends_on) for p in proposals] == [
        ("talks", D(2031, 12, 28), D(2031, 12, 29))
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The agency's mission reached the plant on Thursday, Sept. 1.", "en"),
        ("Місія агентства у четвер, 1 вересня, нарешті дісталася станції.", "uk"),
        ("Миссия агентства в четверг, 1 сентября, добралась до станции.", "ru"),
    ],
)
def test_a_mediators_mission_is_talks(text: str, lang: str, gazetteer: Gazetteer) -> None:
    got = kinds_on(extract(text, published=D(2022, 9, 2), language=lang, gazetteer=gazetteer))
    assert got == {("talks", D(2022, 9, 1))}


def test_an_ordered_truce_ahead_and_the_next_day_after_its_announcement(
    gazetteer: Gazetteer,
) -> None:
    uk = (
        "У понеділок Кремль оголосив, що Путін наказав припинити вогонь на час свята — "
        "з 8 по 10 травня. Наступного дня Зеленський назвав це «маніпуляцією»."
    )
    proposals = extract(uk, published=D(2031, 5, 1), language="uk", gazetteer=gazetteer)
    got = {(p.kind, p.starts_on, p.ends_on) for p in proposals}
    assert ("truce", D(2031, 5, 8), D(2031, 5, 10)) in got
    assert ("statement", D(2031, 4, 29), None) in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Саме 26 квітня, у суботу, президенти коротко поговорили віч-на-віч у Ватикані.", "uk"),
        ("Именно 26 апреля, в субботу, президенты коротко поговорили в Ватикане.", "ru"),
    ],
)
def test_leaders_who_talked_briefly_held_talks(text: str, lang: str, gazetteer: Gazetteer) -> None:
    got = kinds_on(extract(text, published=D(2031, 5, 1), language=lang, gazetteer=gazetteer))
    assert got == {("talks", D(2031, 4, 26))}


def test_a_round_held_from_one_day_to_another_is_talks(gazetteer: Gazetteer) -> None:
    en = (
        "The document was signed at the end of a five-day round, held from Dec. 1 to "
        "Dec. 5, by government negotiators."
    )
    proposals = extract(en, published=D(2031, 12, 6), language="en", gazetteer=gazetteer)
    assert ("talks", D(2031, 12, 1), D(2031, 12, 5)) in {
        (p.kind, p.starts_on, p.ends_on) for p in proposals
    }


def test_a_truce_agreed_on_a_day_and_a_spokesman_who_insisted(gazetteer: Gazetteer) -> None:
    en = "An earlier truce in Sweida, agreed on July 15, collapsed within hours."
    got = kinds_on(extract(en, published=D(2031, 8, 20), language="en", gazetteer=gazetteer))
    assert got == {("truce", D(2031, 7, 15))}
    uk = "Речник Кремля у вівторок наполягав, що «точних термінів» немає."
    got = kinds_on(extract(uk, published=D(2031, 8, 20), language="uk", gazetteer=gazetteer))
    assert got == {("statement", D(2031, 8, 19))}


def test_a_day_after_the_indian_decision(gazetteer: Gazetteer) -> None:
    en = (
        "New Delhi put the treaty in abeyance on April 23. A day after the Indian "
        "decision, Pakistan's security committee warned that stopping the water would be "
        "an act of war."
    )
    got = kinds_on(extract(en, published=D(2031, 6, 28), language="en", gazetteer=gazetteer))
    assert ("statement", D(2031, 4, 24)) in got


def test_an_attack_that_set_off_four_days_of_fighting(gazetteer: Gazetteer) -> None:
    en = "India struck nine sites overnight on May 7, setting off four days of fighting."
    proposals = extract(en, published=D(2031, 6, 28), language="en", gazetteer=gazetteer)
    assert [(p.kind, p.starts_on, p.ends_on) for p in proposals] == [
        ("strike", D(2031, 5, 7), D(2031, 5, 10))
    ]


def test_only_the_clause_that_says_so_is_cancelled(gazetteer: Gazetteer) -> None:
    en = (
        "Foreign ministers met in Ankara on July 1 and again on Aug. 12-13, but a third "
        "round, set for Sept. 17, was called off."
    )
    proposals = extract(en, published=D(2031, 12, 12), language="en", gazetteer=gazetteer)
    assert [(p.starts_on, p.status) for p in proposals] == [
        (D(2031, 7, 1), "held"),
        (D(2031, 8, 12), "held"),
        (D(2031, 9, 17), "cancelled"),
    ]


def test_consultations_carry_their_range(gazetteer: Gazetteer) -> None:
    ru = "Консультации в Женеве шли с 11 по 13 мая."
    proposals = extract(ru, published=D(2031, 5, 14), language="ru", gazetteer=gazetteer)
    assert summary(proposals) == {("talks", D(2031, 5, 11), D(2031, 5, 13), "geneva")}


def test_a_condition_reported_that_day_is_a_demand(gazetteer: Gazetteer) -> None:
    ru = (
        "Во вторник стороны подписали меморандум. Затем Кремль сообщил, что он будет "
        "выполнен только после отмены пошлин."
    )
    got = kinds_on(extract(ru, published=D(2031, 5, 8), language="ru", gazetteer=gazetteer))
    assert ("proposal", D(2031, 5, 6)) in got


def test_strikes_on_two_cities_the_same_morning_stay_apart(gazetteer: Gazetteer) -> None:
    uk = "У ніч на 3 травня дрони атакували Одесу. Того ж ранку ракета влучила в Дніпро."
    proposals = extract(uk, published=D(2031, 5, 4), language="uk", gazetteer=gazetteer)
    strikes = [p for p in proposals if p.kind == "strike" and p.starts_on == D(2031, 5, 3)]
    assert len(strikes) == 2


def test_truce_with_expiry_and_duration(gazetteer: Gazetteer) -> None:
    text = "An earlier truce, whose first stage lasted 30 days from April 3, expired on May 2."
    proposals = extract(text, published=D(2031, 11, 2), language="en", gazetteer=gazetteer)
    truce = by_kind_and_start(proposals, "truce", D(2031, 4, 3))
    assert truce.ends_on == D(2031, 5, 2)


def test_initialled_in_a_sentence_dated_by_a_relative_clause(gazetteer: Gazetteer) -> None:
    text = (
        "Armenia and Azerbaijan held talks in Abu Dhabi on Tuesday. Their envoys initialled "
        "a border protocol, whose wording they had settled on April 2."
    )
    got = kinds_on(extract(text, published=D(2031, 6, 12), language="en", gazetteer=gazetteer))
    assert ("agreement", D(2031, 6, 10)) in got
    assert ("agreement", D(2031, 4, 2)) in got


def test_the_two_leaders_refers_to_the_pair_just_named(gazetteer: Gazetteer) -> None:
    text = (
        "Ilham Aliyev and Nikol Pashinyan agreed on Monday to reopen the road. "
        "The two leaders last met on May 20 in Tirana."
    )
    proposals = extract(text, published=D(2031, 6, 12), language="en", gazetteer=gazetteer)
    talks = by_kind_and_start(proposals, "talks", D(2031, 5, 20))
    assert {a.name for a in talks.actors} >= {"Ilham Aliyev", "Nikol Pashinyan"}


def test_concluding_n_days_of_talks_ends_on_the_date(gazetteer: Gazetteer) -> None:
    text = "Mediators wrapped up three days of talks in Geneva on March 6, officials said."
    proposals = extract(text, published=D(2031, 3, 8), language="en", gazetteer=gazetteer)
    assert summary(proposals) == {("talks", D(2031, 3, 4), D(2031, 3, 6), "geneva")}


def test_a_day_counted_from_an_event_the_article_told(gazetteer: Gazetteer) -> None:
    """'The day after the exchange' is the day after the exchange, not after the last
    date mentioned; an explicit day in apposition still wins."""
    text = (
        "Russia and Ukraine exchanged 150 prisoners each on Tuesday, March 4.\n\n"
        "Ukraine said on Feb. 20 that earlier swaps had been delayed.\n\n"
        "The day after the exchange, Kyiv accused Moscow of mistreating the men.\n\n"
        "Росія та Україна провели обмін полоненими 4 березня. Раніше, 20 лютого, Київ "
        "заявив про затримки. Наступного дня після обміну омбудсман звинуватив Росію "
        "у катуваннях. Напередодні обміну, у понеділок, Зеленський заявив, що Київ готовий."
    )
    english = extract(text[: text.index("Росія")], D(2031, 3, 6), "en", gazetteer)
    assert by_kind_and_start(english, "statement", D(2031, 3, 5))
    ukrainian = extract(text[text.index("Росія") :], D(2031, 3, 6), "uk", gazetteer)
    assert by_kind_and_start(ukrainian, "statement", D(2031, 3, 5))
    assert by_kind_and_start(ukrainian, "statement", D(2031, 3, 3))


def test_a_dated_denial_is_a_statement_whatever_it_names(gazetteer: Gazetteer) -> None:
    text = (
        "Georgia's foreign ministry said on Monday that the draft framework did not "
        "settle the question of the border crossings.\n\n"
        "On Tuesday, Armenia said it was ready to accept a proposal for a joint border commission."
    )
    proposals = extract(text, D(2031, 3, 6), "en", gazetteer)
    assert by_kind_and_start(proposals, "statement", D(2031, 3, 3))
    assert by_kind_and_start(proposals, "proposal", D(2031, 3, 4))


def test_a_date_in_a_relative_clause_belongs_to_its_noun(gazetteer: Gazetteer) -> None:
    """The signing is not the event of 'that ended last Saturday': the talks are, and
    'two days of talks' that ended then began the day before."""
    text = (
        "The protocol signing comes after two days of talks between the foreign "
        "ministers in Geneva that ended last Saturday."
    )
    proposals = extract(text, D(2031, 5, 15), "en", gazetteer)  # a Thursday
    talks = by_kind_and_start(proposals, "talks", D(2031, 5, 9))
    assert talks.ends_on == D(2031, 5, 10)
    assert not [p for p in proposals if p.kind == "agreement"]


def test_an_event_behind_after_is_not_the_dates(gazetteer: Gazetteer) -> None:
    """'said on Tuesday, after discussions his country hosted': the discussions came
    earlier; and 'agreed to stop attacking' is a truce, not a strike."""
    text = (
        "Qatar's foreign minister said on Tuesday, after discussions his country hosted, "
        "that both sides would stop attacking each other's ports."
    )
    proposals = extract(text, D(2031, 5, 8), "en", gazetteer)  # a Thursday
    assert {(p.kind, p.starts_on) for p in proposals} == {("truce", D(2031, 5, 6))}


def test_a_day_inside_a_told_exchange_is_that_exchange(gazetteer: Gazetteer) -> None:
    text = (
        "The last buses carrying freed prisoners reached Tripoli on Sunday.\n\n"
        "The Red Crescent, which ran the prisoner exchange between May 9 and 11, said "
        "more than 400 men had gone home."
    )
    proposals = extract(text, D(2031, 5, 14), "en", gazetteer)  # a Wednesday: Sunday is the 11th
    exchanges = [p for p in proposals if p.kind == "exchange"]
    assert [(p.starts_on, p.ends_on) for p in exchanges] == [(D(2031, 5, 9), D(2031, 5, 11))]
    assert len(exchanges[0].spans) == 2


def test_talks_a_date_is_attached_to_are_an_event_too(gazetteer: Gazetteer) -> None:
    text = (
        "The protocol builds on a ten-point agreement that both ministers accepted, "
        "again without signing, at talks in Vienna on March 3."
    )
    proposals = extract(text, D(2031, 3, 20), "en", gazetteer)
    assert by_kind_and_start(proposals, "agreement", D(2031, 3, 3))
    assert by_kind_and_start(proposals, "talks", D(2031, 3, 3))


def test_a_dated_denial_without_that_is_a_statement(gazetteer: Gazetteer) -> None:
    text = (
        "On New Year's Eve, the president announced a six-month ceasefire with the rebels. "
        "Three days later, the rebels said they had never agreed to such a truce.\n\n"
        "From July 6, both sides are to suspend offensive operations against each other."
    )
    proposals = extract(text, D(2031, 6, 10), "en", gazetteer)
    assert by_kind_and_start(proposals, "truce", D(2030, 12, 31))
    assert by_kind_and_start(proposals, "statement", D(2031, 1, 3))
    assert by_kind_and_start(proposals, "truce", D(2031, 7, 6)).status == "scheduled"


def test_discussions_and_communiques_in_three_languages(gazetteer: Gazetteer) -> None:
    cases = [
        ("en", "The summit ended on Sunday with a joint communiqué.", "agreement"),
        ("uk", "Саміт завершився в неділю ухваленням спільного комюніке.", "agreement"),
        ("ru", "Саммит завершился в воскресенье принятием коммюнике.", "agreement"),
        ("uk", "Радники обговорювали план у Женеві в неділю.", "talks"),
        ("ru", "Министры обсудили условия в Женеве в воскресенье.", "talks"),
    ]
    for lang, text, kind in cases:
        proposals = extract(text, D(2031, 3, 5), lang, gazetteer)  # a Wednesday
        assert by_kind_and_start(proposals, kind, D(2031, 3, 2)), text


def test_withdrawals_are_statements_and_passive_signings_agreements(gazetteer: Gazetteer) -> None:
    cases = [
        ("en", "On July 17, Russia pulled out of the grain deal.", "statement"),
        ("ru", "17 июля Россия вышла из зерновой сделки.", "statement"),
        ("uk", "17 липня Росія вийшла з зернової угоди.", "statement"),
        ("ru", "22 июля в Стамбуле была подписана зерновая инициатива.", "agreement"),
        ("uk", "22 липня в Стамбулі було підписано зернову ініціативу.", "agreement"),
    ]
    for lang, text, kind in cases:
        proposals = extract(text, D(2031, 8, 1), lang, gazetteer)
        day = D(2031, 7, 17) if "17" in text else D(2031, 7, 22)
        assert by_kind_and_start(proposals, kind, day), text


def test_durations_and_agreements_that_settle_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "The war lasted 44 days and ended with a ceasefire that took effect on Nov. 10, 2030.\n\n"
        "The two presidents met in Oslo on March 2 and agreed to keep the process moving."
    )
    proposals = extract(text, D(2031, 3, 5), "en", gazetteer)
    truce = by_kind_and_start(proposals, "truce", D(2030, 11, 10))
    assert truce.ends_on is None
    assert by_kind_and_start(proposals, "talks", D(2031, 3, 2))
    assert not [p for p in proposals if p.kind == "agreement"]


def test_a_dated_condition_is_a_statement(gazetteer: Gazetteer) -> None:
    text = "Baku said on Saturday that it would sign the treaty only after Yerevan amends its law."
    proposals = extract(text, D(2031, 3, 8), "en", gazetteer)  # a Saturday
    assert [(p.kind, p.starts_on) for p in proposals] == [("statement", D(2031, 3, 8))]


def test_a_distant_date_does_not_continue_the_last_event(gazetteer: Gazetteer) -> None:
    text = (
        "The army and the rebels signed a truce in Kunming on Saturday.\n"
        "The junta, which came to power on Feb. 1, 2021, promises elections this year."
    )
    proposals = extract(text, D(2031, 1, 20), "en", gazetteer)  # a Monday
    assert [(p.kind, p.starts_on) for p in proposals] == [("agreement", D(2031, 1, 18))]


def test_releases_but_not_liberation_armies(gazetteer: Gazetteer) -> None:
    wednesday = D(2031, 3, 5)
    uk = extract("У середу Україна повернула з полону 207 людей.", wednesday, "uk", gazetteer)
    assert by_kind_and_start(uk, "exchange", wednesday)
    before = extract(
        "Попередній відбувся 14 лютого, коли з полону повернулися 103 українці.",
        wednesday,
        "uk",
        gazetteer,
    )
    assert by_kind_and_start(before, "exchange", D(2031, 2, 14))
    ru = extract(
        "В воскресенье Армия освобождения заявила, что продолжит боевые действия.",
        wednesday,
        "ru",
        gazetteer,
    )
    assert [p.kind for p in ru] == ["statement"]


def test_wire_copy_forms_of_a_border_ceasefire(gazetteer: Gazetteer) -> None:
    text = (
        "The two army chiefs spoke over their hotline on Monday evening.\n\n"
        "On Saturday, both armies stopped all firing along the border.\n\n"
        "Within hours, the foreign minister accused the other side of violations.\n\n"
        "On Sunday, the U.S. president said he would work with both countries.\n\n"
        "Gunmen attacked pilgrims on April 22. The day after the massacre, the government "
        "put the water treaty in abeyance.\n\n"
        "A truce first agreed on Nov. 26, 2003 had largely held."
    )
    proposals = extract(text, D(2031, 5, 12), "en", gazetteer)  # a Monday
    assert by_kind_and_start(proposals, "talks", D(2031, 5, 12))
    assert by_kind_and_start(proposals, "truce", D(2031, 5, 10))
    assert by_kind_and_start(proposals, "statement", D(2031, 5, 10))
    assert by_kind_and_start(proposals, "statement", D(2031, 5, 11))
    assert by_kind_and_start(proposals, "statement", D(2031, 4, 23))
    assert by_kind_and_start(proposals, "truce", D(2003, 11, 26))


def test_fighting_stopped_is_a_truce_and_swapped_lists_no_exchange(gazetteer: Gazetteer) -> None:
    text = (
        "С 00:00 10 ноября прекратились боевые действия.\n\n"
        "Армия восстановила контроль над регионом в сентябре.\n\n"
        "Накануне, 2 ноября, стороны обменялись списками пропавших без вести."
    )
    proposals = extract(text, D(2031, 11, 12), "ru", gazetteer)
    assert [(p.kind, p.starts_on) for p in proposals] == [("truce", D(2031, 11, 10))]


def test_a_session_on_two_weekdays_is_one_range(gazetteer: Gazetteer) -> None:
    text = (
        "GENEVA — The latest round of talks ended on Wednesday without agreement.\n\n"
        "The two-day session, held on Tuesday and Wednesday at the Palais des Nations, "
        "was chaired by the United Nations. The discussions were launched in 2008."
    )
    proposals = extract(text, D(2031, 4, 11), "en", gazetteer)  # a Friday
    talks = [p for p in proposals if p.kind == "talks"]
    assert [(p.starts_on, p.ends_on) for p in talks] == [(D(2031, 4, 8), D(2031, 4, 9))]
    assert len(talks[0].spans) == 2
    assert not [p for p in proposals if p.kind == "strike"]


def test_announcements_verdicts_and_withdrawals(gazetteer: Gazetteer) -> None:
    sunday = D(2031, 4, 13)
    cases = [
        ("ru", "Трамп объявил о предстоящих переговорах в прошлый понедельник.", D(2031, 4, 7)),
        ("ru", "О новом раунде президент объявил в субботу.", D(2031, 4, 12)),
        ("uk", "Білий дім учора назвав переговори конструктивними.", D(2031, 4, 12)),
        # told in the past tense in an April story, May 8 is last year's
        ("ru", "8 мая Трамп объявил о выходе США из соглашения.", D(2030, 5, 8)),
        ("en", "On Monday, the president announced new talks with Tehran.", D(2031, 4, 7)),
    ]
    for lang, text, day in cases:
        proposals = extract(text, sunday, lang, gazetteer)
        assert [(p.kind, p.starts_on) for p in proposals] == [("statement", day)], text
    deal = extract(
        "Договор, заключённый 14 июля 2015 года в Вене, рухнул.", sunday, "ru", gazetteer
    )
    assert by_kind_and_start(deal, "agreement", D(2015, 7, 14))


def test_a_truce_starts_when_it_takes_effect(gazetteer: Gazetteer) -> None:
    text = (
        "A 72-hour ceasefire announced by the mediators on April 24, which took effect at "
        "midnight that night, was extended several times."
    )
    proposals = extract(text, D(2031, 5, 21), "en", gazetteer)
    truces = [p for p in proposals if p.kind == "truce"]
    assert [p.starts_on for p in truces] == [D(2031, 4, 25)]


def test_the_event_a_day_after_counts_from_is_the_recent_one_told_last(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The army struck nine sites on Wednesday, May 7.\n\n"
        "It called the strikes retaliation for the April 22 attack on tourists.\n\n"
        "The day after the massacre, the government put the water treaty in abeyance.\n\n"
        "The premier was to address the nation on Monday, his first remarks since the fighting."
    )
    proposals = extract(text, D(2031, 5, 12), "en", gazetteer)  # a Monday
    assert by_kind_and_start(proposals, "statement", D(2031, 4, 23))
    assert not [p for p in proposals if p.kind == "strike" and p.starts_on == D(2031, 5, 12)]


def test_a_truce_that_expired_after_a_failed_renewal(gazetteer: Gazetteer) -> None:
    text = (
        "A UN-brokered truce took effect on April 2 last year. It was renewed twice and "
        "expired on Oct. 2, after the parties failed to agree on an extension."
    )
    proposals = extract(text, D(2031, 4, 16), "en", gazetteer)
    assert [(p.kind, p.starts_on, p.ends_on) for p in proposals] == [
        ("truce", D(2030, 4, 2), D(2030, 10, 2))
    ]


def test_operations_and_finished_texts(gazetteer: Gazetteer) -> None:
    cases = [
        ("ru", "В ходе военной операции 19–20 сентября армия заняла регион.", "strike"),
        ("ru", "13 марта МИД объявили о завершении переговоров над текстом договора.", "agreement"),
        (
            "en",
            "On March 13, both ministries said they had finished negotiating the treaty text.",
            "agreement",
        ),
    ]
    for lang, text, kind in cases:
        proposals = extract(text, D(2031, 10, 1), lang, gazetteer)
        assert [p.kind for p in proposals] == [kind], text


def test_an_undated_event_behind_after_is_not_carried(gazetteer: Gazetteer) -> None:
    text = (
        "The round opened in Geneva on Tuesday.\n\n"
        "The session opened days after the de facto authorities in Sukhumi freed a "
        "resident who had been held for three weeks."
    )
    proposals = extract(text, D(2031, 4, 10), "en", gazetteer)
    assert [p.kind for p in proposals] == ["talks"]


def test_a_clause_date_belongs_to_the_clause_it_opens(gazetteer: Gazetteer) -> None:
    text = (
        "He was handed over to police at the bridge last Friday, the day after the case "
        "was raised on the hotline."
    )
    proposals = extract(text, D(2031, 4, 10), "en", gazetteer)  # a Thursday
    assert [(p.kind, p.starts_on) for p in proposals] == [("exchange", D(2031, 4, 4))]


def test_an_accusation_is_a_statement_unless_it_dates_what_it_names(
    gazetteer: Gazetteer,
) -> None:
    said = extract(
        "In a statement on Sunday, the rebels accused the army of bombing villages.",
        D(2031, 5, 21),
        "en",
        gazetteer,
    )
    assert [(p.kind, p.starts_on) for p in said] == [("statement", D(2031, 5, 18))]
    dated = extract(
        "The president accused Russia of launching dozens of drones overnight into Wednesday.",
        D(2031, 5, 21),
        "en",
        gazetteer,
    )
    assert by_kind_and_start(dated, "strike", D(2031, 5, 21))


def test_moratoriums_reports_and_sabotage(gazetteer: Gazetteer) -> None:
    wednesday = D(2031, 3, 26)
    cases = [
        ("ru", "Мораторий на удары по энергетике был введен 18 марта.", "truce", D(2031, 3, 18)),
        ("ru", "Об этом в среду сообщили в Министерстве обороны.", "statement", wednesday),
        ("uk", "Про це в середу повідомили в Міністерстві оборони.", "statement", wednesday),
        ("ru", "21 марта военные взорвали газоизмерительную станцию.", "strike", D(2031, 3, 21)),
        ("en", "On March 21, retreating troops blew up a gas station.", "strike", D(2031, 3, 21)),
    ]
    for lang, text, kind, day in cases:
        proposals = extract(text, wednesday, lang, gazetteer)
        assert [(p.kind, p.starts_on) for p in proposals] == [(kind, day)], text


def test_an_undated_event_takes_the_date_told_since_the_last_event(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "В понедельник в Эр-Рияде прошли консультации.\n\n"
        "На следующий день Кремль опубликовал их итоги. Россия и США договорились "
        "обеспечить безопасность судоходства."
    )
    proposals = extract(text, D(2031, 3, 26), "ru", gazetteer)  # a Wednesday
    assert by_kind_and_start(proposals, "talks", D(2031, 3, 24))
    assert by_kind_and_start(proposals, "agreement", D(2031, 3, 25))


def test_calls_and_the_day_of_a_meeting_told_before(gazetteer: Gazetteer) -> None:
    text = (
        "У неділю президенти зустрілися у Флориді.\n\n"
        "Перед зустріччю один із них говорив телефоном із прем'єром Канади. "
        "Учора вони розмовляли знову."
    )
    proposals = extract(text, D(2031, 12, 30), "uk", gazetteer)  # a Tuesday
    talks = [p for p in proposals if p.kind == "talks"]
    assert [p.starts_on for p in talks] == [D(2031, 12, 28), D(2031, 12, 29)]
    assert len(talks[0].spans) == 2  # the call before the meeting, the same Sunday


def test_ages_bounds_flare_ups_and_arrangements(gazetteer: Gazetteer) -> None:
    text = (
        "Envoys arrived on Monday to shore up the 10-day-old ceasefire.\n\n"
        "The flare-up began on Sunday, when militants fired at troops.\n\n"
        "On Sunday evening, the White House announced that the arrangement would remain "
        "in effect, and that talks would begin on prisoners detained after Oct. 7, 2029."
    )
    proposals = extract(text, D(2031, 10, 21), "en", gazetteer)  # a Tuesday
    assert all(p.ends_on is None for p in proposals if p.kind == "truce")
    assert by_kind_and_start(proposals, "strike", D(2031, 10, 19))
    assert by_kind_and_start(proposals, "agreement", D(2031, 10, 19))
    assert not [p for p in proposals if p.starts_on.year == 2029]


def test_days_counted_after_an_event_and_joint_statements(gazetteer: Gazetteer) -> None:
    text = (
        "The crisis began on April 22, when gunmen attacked tourists.\n\n"
        "Two days after the attack, the security committee warned of retaliation.\n\n"
        "A joint statement issued by both armies on Feb. 25, 2029, recommitted them to the truce."
    )
    proposals = extract(text, D(2031, 5, 11), "en", gazetteer)
    assert by_kind_and_start(proposals, "statement", D(2031, 4, 24))
    assert by_kind_and_start(proposals, "agreement", D(2029, 2, 25))


def test_offers_and_days_after_an_event_in_russian_and_ukrainian(gazetteer: Gazetteer) -> None:
    offer = extract(
        "О предложении провести новый раунд президент сообщил в субботу, 19 июля.",
        D(2031, 7, 24),
        "ru",
        gazetteer,
    )
    assert [(p.kind, p.starts_on) for p in offer] == [("proposal", D(2031, 7, 19))]
    text = (
        "Росія та Україна провели обмін полоненими 4 березня. Раніше, 20 лютого, Київ "
        "заявив про затримки. Через два дні після обміну омбудсман звинуватив Росію "
        "у катуваннях."
    )
    later = extract(text, D(2031, 3, 9), "uk", gazetteer)
    assert by_kind_and_start(later, "statement", D(2031, 3, 6))


def test_a_date_with_nothing_of_its_own_takes_its_when_clause(gazetteer: Gazetteer) -> None:
    text = (
        "A truce first agreed on Nov. 26, 2003 had been largely observed since Feb. 25, "
        "2021, when the two armies issued a joint statement recommitting to it.\n\n"
        "The war erupted on April 15, when tensions over a plan turned into street battles."
    )
    proposals = extract(text, D(2031, 5, 12), "en", gazetteer)
    assert by_kind_and_start(proposals, "truce", D(2003, 11, 26))
    assert by_kind_and_start(proposals, "agreement", D(2021, 2, 25))
    assert by_kind_and_start(proposals, "strike", D(2031, 4, 15))


def test_withdrawal_expiry_and_extension_of_a_deal(gazetteer: Gazetteer) -> None:
    text = (
        "Россия в понедельник, 17 июля, объявила о прекращении участия в зерновой инициативе.\n\n"
        "Срок действия соглашения истёк в полночь по стамбульскому времени (21:00 GMT) 17 июля. "
        "В последний раз его продлили 17 мая на 60 дней."
    )
    proposals = extract(text, D(2031, 7, 19), "ru", gazetteer)
    assert sorted((p.kind, p.starts_on) for p in proposals) == [
        ("agreement", D(2031, 5, 17)),
        ("statement", D(2031, 7, 17)),
    ]


def test_dismissals_processes_and_called_off_sessions(gazetteer: Gazetteer) -> None:
    text = (
        "Yesterday, the government spokesman dismissed the announcement as a diversion.\n\n"
        "A parallel process hosted by Qatar is meant to settle the conflict. A Doha session "
        "that had been set for Dec. 8 was called off as the fighting spread."
    )
    proposals = extract(text, D(2031, 12, 18), "en", gazetteer)
    assert by_kind_and_start(proposals, "statement", D(2031, 12, 17))
    called_off = by_kind_and_start(proposals, "talks", D(2031, 12, 8))
    assert called_off.status == "cancelled"
    assert len(proposals) == 2


def test_opened_fire_ground_troops_and_written_statements(gazetteer: Gazetteer) -> None:
    cases = [
        ("en", "On Sunday, soldiers opened fire on crowds near the border.", "strike"),
        ("en", "The army sent ground troops across the border on Sunday.", "strike"),
        (
            "en",
            "In a statement on Sunday, the group said the extension was a pretext.",
            "statement",
        ),
        ("ru", "В воскресенье военные открыли огонь по толпе.", "strike"),
    ]
    for lang, text, kind in cases:
        proposals = extract(text, D(2031, 1, 28), lang, gazetteer)  # a Tuesday
        assert [(p.kind, p.starts_on) for p in proposals] == [(kind, D(2031, 1, 26))], text


def test_a_speech_act_later_in_the_sentence_beats_the_running_story(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The ministers signed the protocol in Gabala on Tuesday.\n"
        "On Thursday, speaking in parliament, the premier rejected what he called "
        "artificial deadlines. The foreign ministry repeated its demand on Wednesday."
    )
    proposals = extract(text, D(2031, 4, 18), "en", gazetteer)  # a Friday
    assert by_kind_and_start(proposals, "agreement", D(2031, 4, 15))
    assert by_kind_and_start(proposals, "statement", D(2031, 4, 17))
    assert by_kind_and_start(proposals, "statement", D(2031, 4, 16))


def test_an_attack_in_which_hostages_were_taken_is_a_strike(gazetteer: Gazetteer) -> None:
    text = (
        "Война началась с нападения на юг страны 7 октября, в ходе которого 251 человек "
        "были захвачены в заложники."
    )
    proposals = extract(text, D(2031, 10, 14), "ru", gazetteer)
    assert [(p.kind, p.starts_on) for p in proposals] == [("strike", D(2031, 10, 7))]


def test_talks_named_by_a_participle_and_delegation_heads(gazetteer: Gazetteer) -> None:
    text = (
        "Об обмене стороны договорились 20 марта в Женеве по итогам переговоров под эгидой "
        "ООН, начавшихся 11 марта.\n\n"
        "«Сегодня сотни семей снова вместе», — сказала глава делегации Красного Креста."
    )
    proposals = extract(text, D(2031, 4, 17), "ru", gazetteer)
    assert by_kind_and_start(proposals, "agreement", D(2031, 3, 20))
    assert by_kind_and_start(proposals, "talks", D(2031, 3, 11))
    assert not [p for p in proposals if p.kind == "talks" and p.starts_on == D(2031, 4, 17)]


def test_a_decree_is_a_statement(gazetteer: Gazetteer) -> None:
    text = "The day before, the army chief issued a decree removing his deputy."
    proposals = extract("On Friday the envoys met. " + text, D(2031, 5, 21), "en", gazetteer)
    assert by_kind_and_start(proposals, "statement", D(2031, 5, 15))


def test_two_speakers_on_one_day_are_two_statements(gazetteer: Gazetteer) -> None:
    text = (
        "On Saturday, Iranian adviser Ali Akbar Velayati warned that Tehran would block "
        "the route.\n\n"
        "The same day, Kremlin spokesman Dmitry Peskov rejected the plan."
    )
    proposals = extract(text, D(2031, 8, 9), "en", gazetteer)  # a Saturday
    statements = [p for p in proposals if p.kind == "statement"]
    assert [p.starts_on for p in statements] == [D(2031, 8, 9), D(2031, 8, 9)]


def test_cannot_negates_what_follows(gazetteer: Gazetteer) -> None:
    text = (
        "The foreign ministry repeated that demand on Wednesday, saying a peace agreement "
        "cannot be signed with such a state."
    )
    proposals = extract(text, D(2031, 4, 18), "en", gazetteer)  # a Friday
    assert [(p.kind, p.starts_on) for p in proposals] == [("statement", D(2031, 4, 16))]


def test_people_listed_after_one_title(gazetteer: Gazetteer) -> None:
    en = "Foreign ministers Omar Haddad Nuri and Lena Vasquez met in Ankara on July 1."
    [talks] = extract(en, published=D(2031, 7, 2), language="en", gazetteer=gazetteer)
    assert talks.unknown_people == ("Omar Haddad Nuri", "Lena Vasquez")
    # a second name with its own title is proposed without it
    en = "Foreign Minister Hakan Fidan and Prime Minister Karl Jensen met in Ankara on July 1."
    [talks] = extract(en, published=D(2031, 7, 2), language="en", gazetteer=gazetteer)
    assert talks.unknown_people == ("Karl Jensen",)
    # the title's country, known to the gazetteer, is not part of the name
    ru = (
        "Соглашение 27 июля подписали министры обороны Таиланда и Камбоджи "
        "Сомчай Чайвонг и Сок Пхеара."
    )
    [deal] = extract(ru, published=D(2031, 7, 28), language="ru", gazetteer=gazetteer)
    assert deal.unknown_people == ("Сомчай Чайвонг", "Сок Пхеара")
    uk = "У понеділок міністри Іван Петренко та Олег Савчук провели переговори в Женеві."
    [talks] = extract(uk, published=D(2031, 7, 29), language="uk", gazetteer=gazetteer)
    assert talks.unknown_people == ("Іван Петренко", "Олег Савчук")
    # nor a place the gazetteer does not know, told in the genitive before the name
    ru = (
        "В четверг переговоры провели министр иностранных дел Турции Хакан Фидан и "
        "британский министр по делам Европы Стивен Даути."
    )
    [talks] = extract(ru, published=D(2031, 7, 4), language="ru", gazetteer=gazetteer)
    assert talks.unknown_people == ("Стивен Даути",)
    uk = (
        "У четвер переговори провели міністр закордонних справ Туреччини Хакан Фідан і "
        "британський міністр у справах Європи Стівен Дауті."
    )
    [talks] = extract(uk, published=D(2031, 7, 4), language="uk", gazetteer=gazetteer)
    assert talks.unknown_people == ("Стівен Дауті",)


def test_institutions_are_not_proposed_as_people(gazetteer: Gazetteer) -> None:
    en = (
        "Special envoy Jonas Halvorsen and Foreign Ministry officials met on July 1 near "
        "the airport, said the head of Halvorsen Island Airport."
    )
    [talks] = extract(en, published=D(2031, 7, 2), language="en", gazetteer=gazetteer)
    assert talks.unknown_people == ("Jonas Halvorsen",)


def test_a_year_written_out_carries_to_the_next_days_of_the_paragraph(
    gazetteer: Gazetteer,
) -> None:
    told = "Наступление шло 12–13 мая 2027 года и стоило сотен жизней."
    after = "13 мая при посредничестве ООН было объявлено прекращение огня."
    published = D(2029, 2, 1)
    got = kinds_on(extract(f"{told} {after}", published, "ru", gazetteer))
    assert ("truce", D(2027, 5, 13)) in got
    # a new paragraph does not inherit the year: the guess leans to the past as usual
    got = kinds_on(extract(f"{told}\n\n{after}", published, "ru", gazetteer))
    assert ("truce", D(2028, 5, 13)) in got
    # a day *before* the told one is the story moving on a year, not back a few days
    en = (
        "The militia first fired across the line on Oct. 8, 2027. The army sent "
        "ground troops across the border on Sept. 30."
    )
    got = kinds_on(extract(en, D(2028, 11, 27), "en", gazetteer))
    assert ("strike", D(2028, 9, 30)) in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On May 4, the militia overran an army post near the river.", "en"),
        ("Rebels stormed the border town on May 4, residents said.", "en"),
        ("A relief convoy came under heavy fire on May 4.", "en"),
        ("4 мая патрульный катер открыл предупредительный огонь по барже.", "ru"),
        ("4 травня патрульний катер відкрив попереджувальний вогонь по баржі.", "uk"),
    ],
)
def test_overrunning_storming_and_warning_fire_are_strikes(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 5, 6), lang, gazetteer)) == {("strike", D(2031, 5, 4))}


def test_an_event_after_after_with_abbreviations_came_earlier(gazetteer: Gazetteer) -> None:
    text = (
        "The two sides signed a framework in Muscat on Tuesday, three months after "
        "Israeli and U.S. bombing halted the inspections."
    )
    got = kinds_on(extract(text, D(2031, 6, 12), "en", gazetteer))
    assert got == {("agreement", D(2031, 6, 10))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On June 3 the president signed into force a law ending cooperation.", "en"),
        ("The president signed the bill into law on June 3.", "en"),
        ("3 июня президент подписал закон о выходе из договора.", "ru"),
        ("3 червня президент підписав закон про вихід з договору.", "uk"),
    ],
)
def test_signing_a_law_is_an_act_on_record_not_an_agreement(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 6, 5), lang, gazetteer)) == {("statement", D(2031, 6, 3))}


@pytest.mark.parametrize(
    "text",
    [
        "The government on Monday suspended the peace declaration it signed with its neighbour.",
        "His party said on Monday the arrest had torn up the peace agreement.",
        "On Monday the government scrapped the 2029 accord.",
    ],
)
def test_suspending_tearing_up_or_scrapping_a_deal_is_a_statement(
    text: str, gazetteer: Gazetteer
) -> None:
    [proposal] = extract(text, D(2031, 6, 4), "en", gazetteer)
    assert (proposal.kind, proposal.starts_on, proposal.status) == (
        "statement",
        D(2031, 6, 2),
        "held",
    )


def test_a_month_before_a_comma_is_no_person(gazetteer: Gazetteer) -> None:
    text = "In July, a mine blast on the border injured two soldiers on July 16."
    [strike] = extract(text, D(2031, 8, 1), "en", gazetteer)
    assert strike.unknown_people == ()
    text = "Theresa May, a former prime minister, met the envoys on July 16."
    [talks] = extract(text, D(2031, 8, 1), "en", gazetteer)
    assert talks.unknown_people == ("Theresa May",)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The chief negotiator of the delegation resigned on Friday.", "en"),
        ("У п’ятницю у відставку пішов керівник делегації.", "uk"),
        ("В пятницу в отставку ушел глава делегации.", "ru"),
    ],
)
def test_a_resignation_is_a_statement_not_talks(text: str, lang: str, gazetteer: Gazetteer) -> None:
    got = kinds_on(extract(text, D(2031, 6, 9), lang, gazetteer))  # a Monday
    assert got == {("statement", D(2031, 6, 6))}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the bloc's leaders held a virtual summit and called for detainees' release.",
        "On Monday the two ministers held a phone call on the prisoner lists.",
    ],
)
def test_holding_a_summit_or_a_call_is_talks(text: str, gazetteer: Gazetteer) -> None:
    got = kinds_on(extract(text, D(2031, 6, 11), "en", gazetteer))  # a Wednesday
    assert ("talks", D(2031, 6, 9)) in got
    assert ("proposal", D(2031, 6, 9)) not in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У четвер президент має зустрітися зі спецпосланцем Кітом Келлогом.", "uk"),
        ("В четверг президент должен встретиться со спецпосланником Китом Келлогом.", "ru"),
    ],
)
def test_a_meeting_someone_is_to_hold_is_scheduled_talks(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    [talks] = extract(text, D(2031, 6, 12), lang, gazetteer)  # a Thursday
    assert (talks.kind, talks.starts_on, talks.status) == ("talks", D(2031, 6, 12), "scheduled")
    # "Кітом" is Keith in the instrumental, not Quito (Ecuador)
    assert [a.slug for a in talks.actors] == ["keith-kellogg"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "4 липня сторони провели черговий обмін полоненими, про який домовилися в Стамбулі.",
            "uk",
        ),
        (
            "4 июля стороны провели очередной обмен пленными, о котором договорились в Стамбуле.",
            "ru",
        ),
        ("On July 4 the sides carried out a prisoner swap that the envoys agreed in Geneva.", "en"),
    ],
)
def test_the_deal_a_relative_clause_names_is_background(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 7, 10), lang, gazetteer))
    assert got == {("exchange", D(2031, 7, 4))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Про обмін домовилися 2 червня у Стамбулі, під час другого раунду переговорів.",
            "uk",
        ),
        (
            "Об обмене договорились 2 июня в Стамбуле, в ходе второго раунда переговоров.",
            "ru",
        ),
        (
            "Envoys agreed on a swap on June 2 in Istanbul, during the second round of talks.",
            "en",
        ),
        # a phone call is talks too
        ("Про обмін домовилися 2 червня під час телефонної розмови.", "uk"),
        ("Об обмене договорились 2 июня во время телефонного разговора.", "ru"),
        ("The leaders agreed on a swap on June 2 during a phone call.", "en"),
        # the talks told first, with two words before the noun
        ("На третьому раунді переговорів 2 червня делегації домовилися про обмін.", "uk"),
        ("На третьем раунде переговоров 2 июня делегации договорились об обмене.", "ru"),
        ("At the third round of talks on June 2, the delegations agreed on a swap.", "en"),
    ],
)
def test_an_agreement_during_a_round_of_talks_dates_the_talks_too(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 6, 10), lang, gazetteer))
    assert got == {("agreement", D(2031, 6, 2)), ("talks", D(2031, 6, 2))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У понеділок додому повернулися 300 військових.", "uk"),
        ("В понедельник домой вернулись 300 военных.", "ru"),
    ],
)
def test_coming_home_told_verb_last_is_an_exchange(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 6, 10), lang, gazetteer)) == {("exchange", D(2031, 6, 9))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Россия 17 июля отказалась продлевать зерновую инициативу.", "ru"),
        ("Росія 17 липня відмовилася продовжувати зернову ініціативу.", "uk"),
        ("On July 17 Russia refused to extend the grain initiative.", "en"),
    ],
)
def test_refusing_to_extend_a_deal_is_a_statement(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 8, 14), lang, gazetteer))
    assert got == {("statement", D(2031, 7, 17))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On July 17 Russia refused to extend the initiative, signed in Istanbul on "
            "July 22, 2029. The same day, drones attacked the bridge.",
            "en",
        ),
        (
            "Россия 17 июля отказалась продлевать инициативу, подписанную в Стамбуле "
            "22 июля 2029 года. В тот же день был атакован мост.",
            "ru",
        ),
    ],
)
def test_the_old_date_of_a_described_deal_does_not_move_the_story(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 8, 14), lang, gazetteer))
    assert ("strike", D(2031, 7, 17)) in got


def test_an_undated_relative_clause_naming_the_deal_is_not_carried(gazetteer: Gazetteer) -> None:
    text = (
        "Україна у вівторок повернула з полону ще одну групу військових. Це вже другий "
        "етап обміну, про який сторони домовилися на переговорах у Стамбулі."
    )
    got = kinds_on(extract(text, D(2031, 6, 11), "uk", gazetteer))  # a Wednesday
    assert got == {("exchange", D(2031, 6, 10))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Про обмін домовилися 2 червня. Крім того, Росія пообіцяла передати тіла загиблих.", "uk"),
        (
            "Об обмене договорились 2 июня. Кроме того, Россия пообещала передать тела погибших.",
            "ru",
        ),
        ("The swap was agreed on June 2. Russia also promised to hand over 6,000 bodies.", "en"),
    ],
)
def test_a_promise_is_not_an_exchange_carried_from_the_day_before(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 6, 10), lang, gazetteer))
    assert got == {("agreement", D(2031, 6, 2))}


def test_a_second_day_without_a_cue_does_not_repeat_the_first_days_statement(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The government suspended its cooperation with the agency on July 2, when the "
        "president signed into force a law, and the last inspectors left two days later."
    )
    got = kinds_on(extract(text, D(2031, 9, 10), "en", gazetteer))
    assert got == {("statement", D(2031, 7, 2))}
    # a strike told again on another day still counts
    text = "Drones struck the port on July 2 and again two days later."
    got = kinds_on(extract(text, D(2031, 9, 10), "en", gazetteer))
    assert got == {("strike", D(2031, 7, 2)), ("strike", D(2031, 7, 4))}


def test_what_had_happened_before_a_dated_saying_is_not_that_days_event(
    gazetteer: Gazetteer,
) -> None:
    text = "Egypt said on Tuesday that negotiations with its neighbour had ended in failure."
    assert kinds_on(extract(text, D(2031, 6, 11), "en", gazetteer)) == {
        ("statement", D(2031, 6, 10))
    }
    text = "The ministry said on Tuesday that its forces had destroyed a patrol boat."
    assert kinds_on(extract(text, D(2031, 6, 11), "en", gazetteer)) == {
        ("statement", D(2031, 6, 10))
    }
    # a call the speaker says he had is the call, as the corpus records it
    text = "The president said on Tuesday that he had spoken to both leaders by phone."
    assert kinds_on(extract(text, D(2031, 6, 11), "en", gazetteer)) == {("talks", D(2031, 6, 10))}
    # a deal announced as done is the deal
    text = "Both capitals announced on Tuesday that they had finished negotiating the text."
    assert kinds_on(extract(text, D(2031, 6, 11), "en", gazetteer)) == {
        ("agreement", D(2031, 6, 10))
    }


def test_meeting_and_agreeing_to_finalise_a_deal_later_is_talks(gazetteer: Gazetteer) -> None:
    text = "The two leaders met in Cairo on July 13 and agreed to finalise a deal within months."
    assert kinds_on(extract(text, D(2031, 8, 1), "en", gazetteer)) == {("talks", D(2031, 7, 13))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В ходе молниеносной операции 19–20 сентября армия взяла город.", "ru"),
        ("Під час блискавичної операції 19–20 вересня армія взяла місто.", "uk"),
    ],
)
def test_a_lightning_military_operation_is_a_strike(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    [strike] = extract(text, D(2031, 10, 1), lang, gazetteer)
    assert (strike.kind, strike.starts_on, strike.ends_on) == (
        "strike",
        D(2031, 9, 19),
        D(2031, 9, 20),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Two opposition lawyers were shot dead in their car on Oct. 19.",
        "Gunmen gunned down a local commander on Oct. 19.",
        "The group's leader was assassinated on Oct. 19.",
    ],
)
def test_a_killing_by_gunmen_is_a_strike(text: str, gazetteer: Gazetteer) -> None:
    assert kinds_on(extract(text, D(2031, 11, 3), "en", gazetteer)) == {("strike", D(2031, 10, 19))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The truce was agreed on Oct. 19 after fighting which erupted on Oct. 11.", "en"),
        ("Перемирие согласовали 19 октября после боёв, которые вспыхнули 11 октября.", "ru"),
        ("Перемир'я узгодили 19 жовтня після боїв, які спалахнули 11 жовтня.", "uk"),
    ],
)
def test_fighting_that_erupted_on_a_day_is_a_strike_that_day(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 11, 8), lang, gazetteer))
    assert got == {("truce", D(2031, 10, 19)), ("strike", D(2031, 10, 11))}


def test_a_date_between_commas_does_not_take_the_next_clauses_event(gazetteer: Gazetteer) -> None:
    text = (
        "A second round in Oslo, between Oct. 25 and Oct. 30, nearly failed before the "
        "two sides agreed on its last day to keep the ceasefire."
    )
    got = kinds_on(extract(text, D(2031, 11, 8), "en", gazetteer))
    assert got == {("talks", D(2031, 10, 25)), ("agreement", D(2031, 10, 30))}


def test_confirming_a_deal_told_before_is_a_statement(gazetteer: Gazetteer) -> None:
    text = "Negotiators agreed on patrols on Monday. Beijing confirmed the deal on Tuesday."
    got = kinds_on(extract(text, D(2031, 10, 24), "en", gazetteer))  # a Friday
    assert got == {("agreement", D(2031, 10, 20)), ("statement", D(2031, 10, 21))}


def test_a_truce_that_ran_out_on_a_day_ends_then(gazetteer: Gazetteer) -> None:
    text = "The truce took effect on Jan. 19. Its first phase ran out on March 1."
    [truce] = extract(text, D(2031, 3, 18), "en", gazetteer)
    assert (truce.kind, truce.starts_on, truce.ends_on) == ("truce", D(2031, 1, 19), D(2031, 3, 1))
    text = "The first, 42-day phase of the truce ran out on March 1 without a deal."
    assert extract(text, D(2031, 3, 18), "en", gazetteer) == []


def test_what_is_offered_in_exchange_is_not_an_event_of_its_own(gazetteer: Gazetteer) -> None:
    text = (
        "On March 2, Israel backed a plan to extend the truce, in exchange for the release "
        "of half the remaining hostages."
    )
    got = kinds_on(extract(text, D(2031, 3, 18), "en", gazetteer))
    assert ("exchange", D(2031, 3, 2)) not in got


def test_forces_that_exchanged_fire_before_the_round_struck_that_day(gazetteer: Gazetteer) -> None:
    text = (
        "The talks opened on Thursday in Istanbul. Hours before the Istanbul round opened, "
        "the two armies exchanged fire at a border crossing."
    )
    got = kinds_on(extract(text, D(2031, 11, 8), "en", gazetteer))  # a Saturday
    assert got == {("talks", D(2031, 11, 6)), ("strike", D(2031, 11, 6))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Доля полонених, які пережили вибух у колонії в ніч на 29 липня, невідома.", "uk"),
        ("Судьба пленных, переживших взрыв в колонии в ночь на 29 июля, неизвестна.", "ru"),
    ],
)
def test_an_explosion_is_a_strike_not_an_exchange_of_the_prisoners_it_hit(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 9, 22), lang, gazetteer)) == {("strike", D(2031, 7, 29))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ministry's spokeswoman, Lena Vasquez, said on Tuesday it was an old mine.",
            "Lena Vasquez",
        ),
        (
            "Omar Haddad Nuri, the SPLM-IO's deputy chairman, said on Tuesday it was over.",
            "Omar Haddad Nuri",
        ),
    ],
)
def test_people_named_between_commas_after_a_title_or_before_a_body(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    [statement] = extract(text, D(2031, 11, 12), "en", gazetteer)
    assert statement.unknown_people == (name,)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On July 14 the president gave Russia 50 days to reach a deal.", "en"),
        (
            "Earlier on Monday he had given the group until 6 p.m. on Sunday to accept the plan.",
            "en",
        ),
        ("14 липня президент дав Росії 50 днів на укладення угоди.", "uk"),
        ("14 июля президент дал России 50 дней на заключение сделки.", "ru"),
    ],
)
def test_an_ultimatum_is_a_proposal_on_the_day_it_was_given(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 7, 15), lang, gazetteer))  # a Tuesday
    assert len(got) == 1
    [(kind, day)] = got
    assert (kind, day) == ("proposal", D(2031, 7, 14))


def test_a_country_that_will_host_delegations_hosts_talks(gazetteer: Gazetteer) -> None:
    text = (
        "Egypt said it would host both delegations in Sharm el-Sheikh on Monday to work "
        "out the mechanics of a prisoner exchange."
    )
    [talks] = extract(text, D(2031, 10, 4), "en", gazetteer)  # a Saturday
    assert (talks.kind, talks.starts_on, talks.status) == ("talks", D(2031, 10, 6), "scheduled")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("6 серпня сторони обмінялися «сигналами» щодо України.", "uk"),
        ("6 серпня сторони обмінялися думками.", "uk"),
        ("6 августа стороны обменялись мнениями.", "ru"),
    ],
)
def test_exchanging_signals_or_views_is_no_prisoner_exchange(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 8, 7), lang, gazetteer)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Текст согласовали весной: 13 марта о завершении переговоров объявили МИДы.",
            "ru",
        ),
        (
            "Текст узгодили: 13 березня МЗС оголосили, що переговори щодо документа завершено.",
            "uk",
        ),
        ("13 березня сторони оголосили про завершення переговорів.", "uk"),
    ],
)
def test_negotiations_on_a_text_announced_as_finished_are_a_deal(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 9, 2), lang, gazetteer)) == {
        ("agreement", D(2031, 3, 13))
    }


def test_a_dated_letter_is_a_statement_whatever_it_warns_of(gazetteer: Gazetteer) -> None:
    text = (
        "The letter from the foreign minister to the UN, dated Oct. 2, said the neighbour "
        "was preparing to wage war and arming militias that are fighting the army."
    )
    assert kinds_on(extract(text, D(2031, 10, 8), "en", gazetteer)) == {
        ("statement", D(2031, 10, 2))
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("23 декабря посредник объявил, что стороны взяли на себя обязательства по плану.", "ru"),
        ("23 грудня посередник оголосив, що сторони взяли на себе зобов'язання щодо плану.", "uk"),
    ],
)
def test_commitments_taken_on_and_announced_are_a_deal(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 12, 30), lang, gazetteer))
    assert got == {("agreement", D(2031, 12, 23))}


def test_not_being_a_party_to_a_deal_does_not_negate_its_signing(gazetteer: Gazetteer) -> None:
    text = (
        "Its troops fought in the war, but the capital was not a party to the agreement "
        "signed in Pretoria on Nov. 2, 2029, that ended the fighting."
    )
    assert kinds_on(extract(text, D(2031, 10, 8), "en", gazetteer)) == {
        ("agreement", D(2029, 11, 2))
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In a televised address on Monday evening, the general said his troops had "
            "withdrawn after the city suffered the killing of civilians.",
            "statement",
        ),
        (
            "The mediators set out their road map in a joint statement on Monday, calling "
            "for a three-month truce.",
            "proposal",
        ),
    ],
)
def test_an_address_is_a_statement_and_a_road_map_set_out_a_proposal(
    text: str, kind: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 10, 28), "en", gazetteer)) == {(kind, D(2031, 10, 27))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У четвер сторони домовилися продовжити роботу над планом.", "uk"),
        ("В четверг стороны договорились продолжить работу над планом.", "ru"),
        ("On Thursday the sides agreed to continue work on the plan.", "en"),
    ],
)
def test_agreeing_to_keep_working_is_no_deal_in_any_language(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 11, 21), lang, gazetteer))
    assert ("agreement", D(2031, 11, 20)) not in got


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Україна повернула з полону 185 військових. Про це в четвер повідомив президент.",
            "uk",
            "exchange",
        ),
        (
            "Группировка согласилась вывести силы из города. Об этом она сообщила в среду.",
            "ru",
            "agreement",
        ),
        # the claim of an attack is the report's news
        (
            "Армия вновь атаковала объекты энергетики. Об этом в среду сообщили в министерстве.",
            "ru",
            "statement",
        ),
    ],
)
def test_a_report_dates_the_undated_lede_before_it(
    text: str, lang: str, kind: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 10, 2), lang, gazetteer)  # a Thursday
    day = D(2031, 10, 2) if lang == "uk" else D(2031, 10, 1)
    assert kinds_on(proposals) == {(kind, day)}
    if kind != "statement":
        assert proposals[0].quote == text.split(". ")[0] + "."


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The foreign minister flew to Lisbon on March 3 for talks with his counterpart "
            "and warned that any attack would be answered.",
            "en",
        ),
        (
            "Міністр 3 березня прилетів до Лісабона на переговори з колегою і попередив, "
            "що будь-який напад матиме відповідь.",
            "uk",
        ),
        (
            "Министр 3 марта прилетел в Лиссабон на переговоры с коллегой и предупредил, "
            "что любое нападение получит ответ.",
            "ru",
        ),
    ],
)
def test_a_trip_for_talks_is_the_talks_whatever_is_said_on_it(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 3, 7), lang, gazetteer)
    assert kinds_on(proposals) == {("talks", D(2031, 3, 3))}
    assert proposals[0].status == "held"


def test_a_past_warning_of_the_future_was_made(gazetteer: Gazetteer) -> None:
    text = "The president warned on Monday that the army would answer any new attack."
    proposals = extract(text, D(2031, 3, 7), "en", gazetteer)  # a Friday
    assert [(p.kind, p.starts_on, p.status) for p in proposals] == [
        ("statement", D(2031, 3, 3), "held")
    ]


def test_a_short_surname_after_the_full_name_is_that_person(gazetteer: Gazetteer) -> None:
    text = (
        "President Irfaan Ali said on March 1 that a navy vessel had entered the zone.\n\n"
        "The envoy travelled to Georgetown on March 27 for talks with Ali."
    )
    talks = by_kind_and_start(
        extract(text, D(2031, 4, 2), "en", gazetteer), "talks", D(2031, 3, 27)
    )
    assert "Irfaan Ali" in {a.name for a in talks.actors}
    # before the full name, the short word is nobody in particular
    alone = extract("The envoy met Ali on March 27.", D(2031, 4, 2), "en", gazetteer)
    assert all(a.name != "Irfaan Ali" for p in alone for a in p.actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The court on Thursday ordered the government to refrain from the vote.", "en"),
        ("У четвер суд наказав уряду утриматися від голосування.", "uk"),
        ("В четверг суд обязал правительство воздержаться от голосования.", "ru"),
        ("В четверг министр приказал нанести ответный удар.", "ru"),
        ("On Thursday Russia and China did not recognise the reimposed measures.", "en"),
    ],
)
def test_an_order_or_a_refusal_to_recognise_is_a_statement(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 3, 7), lang, gazetteer)  # a Friday
    assert kinds_on(proposals) == {("statement", D(2031, 3, 6))}


def test_a_day_ahead_in_what_was_said_is_no_statement_of_its_own(gazetteer: Gazetteer) -> None:
    text = (
        "Late on Thursday, the minister rejected the ruling and said the March 25 vote "
        "would take place as planned."
    )
    proposals = extract(text, D(2031, 3, 7), "en", gazetteer)
    assert kinds_on(proposals) == {("statement", D(2031, 3, 6))}


def test_planning_to_do_something_is_no_plan_put_forward(gazetteer: Gazetteer) -> None:
    text = (
        "The government has scheduled a vote for March 25, in which it plans to elect a governor."
    )
    assert extract(text, D(2031, 3, 7), "en", gazetteer) == []
    offered = extract(
        "On Thursday the envoy presented a plan to end the war.", D(2031, 3, 7), "en", gazetteer
    )
    assert kinds_on(offered) == {("proposal", D(2031, 3, 6))}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # quotation marks around a short name mark a term, not words someone said
        ("Сегодня с 10:00 стороны объявили «режим тишины» для эвакуации.", "ru", "truce"),
        ("Сьогодні з 10:00 сторони оголосили «режим тиші» для евакуації.", "uk", "truce"),
        ("On Thursday the two sides began an \u201cenergy truce\u201d.", "en", "truce"),
    ],
)
def test_a_term_in_quotation_marks_is_the_writers_word(
    text: str, lang: str, kind: str, gazetteer: Gazetteer
) -> None:
    day = D(2031, 3, 6)  # a Thursday
    assert kinds_on(extract(text, day, lang, gazetteer)) == {(kind, day)}
    # a quoted sentence is still what was said
    said = "«Мы объявили режим тишины на всех участках», — сказал он в четверг."
    assert kinds_on(extract(said, day, "ru", gazetteer)) != {("truce", day)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Войска вторглись в страну 24 февраля.", "ru"),
        ("Війська вторглися в країну 24 лютого.", "uk"),
        ("Страна ввела войска на остров 24 февраля.", "ru"),
        ("Країна ввела війська на острів 24 лютого.", "uk"),
        ("The army invaded the country on Feb. 24.", "en"),
    ],
)
def test_an_invasion_is_a_strike(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert kinds_on(extract(text, D(2031, 3, 8), lang, gazetteer)) == {("strike", D(2031, 2, 24))}


def test_a_state_is_no_strike() -> None:
    text = "Министр назвал республики независимыми государствами, а удар по городу — атакой."
    strikes = [text[c.start : c.end] for c in find_cues(text, "ru") if c.kind == "strike"]
    assert strikes == ["удар", "атакой"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Saturday the ministry declared a ceasefire for the evacuation, but the "
            "sides accused each other of breaking it.",
            "en",
        ),
        (
            "У суботу міністерство оголосило «режим тиші» для евакуації, але сторони "
            "звинуватили одна одну в порушенні перемир'я.",
            "uk",
        ),
        (
            "В субботу министерство объявило режим тишины для эвакуации, однако стороны "
            "обвинили друг друга в нарушении перемирия.",
            "ru",
        ),
    ],
)
def test_a_truce_declared_is_the_event_whatever_is_said_of_it(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 3, 10), lang, gazetteer)  # a Monday
    assert kinds_on(proposals) == {("truce", D(2031, 3, 8))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Monday the spokesman listed the conditions under which Moscow would halt "
            "its offensive.",
            "en",
        ),
        (
            "У понеділок речник перелічив умови, за яких Москва готова припинити воєнні дії.",
            "uk",
        ),
        (
            "В понедельник пресс-секретарь перечислил условия, при которых Москва готова "
            "прекратить военные действия.",
            "ru",
        ),
        (
            "В понедельник пресс-секретарь назвал условия, при которых Москва готова "
            "прекратить военные действия.",
            "ru",
        ),
    ],
)
def test_listing_the_conditions_is_a_demand(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 3, 11), lang, gazetteer)  # a Tuesday
    assert kinds_on(proposals) == {("proposal", D(2031, 3, 10))}


def test_calling_the_conditions_names_is_no_demand(gazetteer: Gazetteer) -> None:
    text = "У понеділок міністр назвав ці умови ультиматумом."
    assert kinds_on(extract(text, D(2031, 3, 11), "uk", gazetteer)) == {
        ("statement", D(2031, 3, 10))
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russia said on Saturday it was suspending its participation in the deal.",
        "Iran recalled its ambassadors to the three capitals for consultations on Saturday.",
    ],
)
def test_suspending_participation_and_recalling_envoys_are_statements(
    text: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 3, 10), "en", gazetteer)
    assert kinds_on(proposals) == {("statement", D(2031, 3, 8))}


def test_a_clock_time_does_not_cut_the_clause(gazetteer: Gazetteer) -> None:
    # after a demand told the day before, today's truce is its own event
    text = (
        "В понедельник пресс-секретарь перечислил условия, при которых Москва готова "
        "прекратить военные действия.\n\n"
        "Сегодня с 10:00 по московскому времени стороны объявили «режим тишины» для эвакуации."
    )
    proposals = extract(text, D(2031, 3, 11), "ru", gazetteer)
    assert kinds_on(proposals) == {("proposal", D(2031, 3, 10)), ("truce", D(2031, 3, 11))}


def test_midnight_counts_from_the_day_told_with_it(gazetteer: Gazetteer) -> None:
    text = (
        "The meeting builds on the ceasefire agreed on July 28.\n\n"
        "That truce took effect at midnight the same day, ending five days of shelling, "
        "July 24-28, that killed dozens of people."
    )
    proposals = extract(text, D(2031, 8, 8), "en", gazetteer)
    assert ("truce", D(2031, 7, 29)) in kinds_on(proposals)
    assert ("truce", D(2031, 7, 25)) not in kinds_on(proposals)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Dec. 31 the president said his government had agreed a ceasefire with five "
            "groups, to run from January 1 to June 30 and to be extended if the talks advance.",
            "en",
        ),
        (
            "31 грудня президент оголосив про перемир'я з п'ятьма угрупованнями, яке "
            "триватиме з 1 січня по 30 червня.",
            "uk",
        ),
        (
            "31 декабря президент объявил о перемирии с пятью группировками, которое "
            "продлится с 1 января по 30 июня.",
            "ru",
        ),
    ],
)
def test_the_days_a_truce_is_to_run_are_the_truce(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 1, 4), lang, gazetteer)
    truce = by_kind_and_start(proposals, "truce", D(2031, 1, 1))
    assert truce.ends_on == D(2031, 6, 30)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The rebels' reply came on Tuesday morning.", "en"),
        ("Відповідь угруповання надійшла у вівторок зранку.", "uk"),
        ("Ответ группировки последовал во вторник утром.", "ru"),
    ],
)
def test_a_reply_that_came_is_a_statement(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 1, 8), lang, gazetteer)  # a Wednesday
    assert kinds_on(proposals) == {("statement", D(2031, 1, 7))}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Встреча посланников запланирована на вторник.", "ru", "talks"),
        ("Зустріч посланців запланована на вівторок.", "uk", "talks"),
        ("Повстанцы вернулись к власти во вторник, захватив столицу.", "ru", "strike"),
        ("Повстанці у вівторок захопили столицю.", "uk", "strike"),
        ("Командир у вівторок захопив місто.", "uk", "strike"),
    ],
)
def test_a_day_set_for_and_a_seizure(text: str, lang: str, kind: str, gazetteer: Gazetteer) -> None:
    # published on a Monday: "на вторник" is the next day, "во вторник" told in the past
    # the one before
    proposals = extract(text, D(2031, 7, 7), lang, gazetteer)
    day = D(2031, 7, 8) if kind == "talks" else D(2031, 7, 1)
    assert kinds_on(proposals) == {(kind, day)}


@pytest.mark.parametrize(
    "text",
    [
        "Перемовини 14 вересня зірвалися через суперечку про виконання домовленостей.",
        "14 вересня у Брюсселі відбулися перемовини лідерів.",
    ],
)
def test_peremovyny_are_talks(text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 9, 30), "uk", gazetteer)
    assert kinds_on(proposals) == {("talks", D(2031, 9, 14))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A cessation of hostilities took hold on Thursday across the region.", "en"),
        ("У четвер у регіоні настало припинення бойових дій.", "uk"),
        ("В четверг в регионе наступило прекращение боевых действий.", "ru"),
    ],
)
def test_a_cessation_of_hostilities_is_a_truce(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 1, 10), lang, gazetteer)  # a Friday
    assert kinds_on(proposals) == {("truce", D(2031, 1, 9))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The agreement was signed at the end of a session of the border committee, "
            "held in the capital August 4-7.",
            "en",
        ),
        (
            "Угоду підписали наприкінці засідання прикордонної комісії, що тривало 4–7 серпня.",
            "uk",
        ),
        (
            "Соглашение подписали по итогам заседания пограничной комиссии, прошедшего "
            "4–7 августа.",
            "ru",
        ),
    ],
)
def test_signed_at_the_end_of_a_session_is_its_last_day(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 8, 8), lang, gazetteer)
    assert ("agreement", D(2031, 8, 7)) in kinds_on(proposals)
    assert ("agreement", D(2031, 8, 4)) not in kinds_on(proposals)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The appeal came from President Ilham Aliyev and Prime Minister Nikol Pashinyan. "
            "They signed it on Aug. 8 in Washington during a meeting with Donald Trump.",
            "en",
        ),
        (
            "Про це попросили президент Ільхам Алієв і прем'єр Нікол Пашинян. Відповідне "
            "звернення вони підписали 8 серпня у Вашингтоні під час зустрічі з Дональдом Трампом.",
            "uk",
        ),
    ],
)
def test_they_are_the_people_just_named(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 9, 2), lang, gazetteer)
    signed = by_kind_and_start(proposals, "agreement", D(2031, 8, 8))
    assert {"Ilham Aliyev", "Nikol Pashinyan"} <= {a.name for a in signed.actors}


def test_a_time_clause_under_may_is_ahead(gazetteer: Gazetteer) -> None:
    # published on a Sunday: "when markets open on Monday" is the next day
    text = "Traders said prices may jump when markets open on Monday."
    (monday,) = find_dates(text, 0, DateContext(D(2031, 3, 9), "en", None))
    assert monday.starts_on == D(2031, 3, 10)
    proposals = extract(
        "On Sunday the delegations agreed on a plan for 16 ships to move through the "
        "corridor on Monday.",
        D(2031, 3, 9),
        "en",
        gazetteer,
    )
    assert ("agreement", D(2031, 3, 3)) not in kinds_on(proposals)


def test_a_sentence_about_something_else_does_not_go_on_with_the_talks(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The defence minister spoke by phone on Sunday with his Russian counterpart.\n\n"
        "Shipping analysts said insurers were likely to pause cover until the situation "
        "becomes clearer, and that prices may jump when markets open on Monday."
    )
    assert kinds_on(extract(text, D(2031, 3, 9), "en", gazetteer)) == {("talks", D(2031, 3, 9))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Білий дім оголосив перемир'я 4 липня. Воно почало діяти наступного дня.", "uk"),
        ("Белый дом объявил перемирие 4 июля. Оно начало действовать на следующий день.", "ru"),
    ],
)
def test_a_truce_that_began_to_run(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert ("truce", D(2031, 7, 5)) in kinds_on(extract(text, D(2031, 8, 5), lang, gazetteer))


@pytest.mark.parametrize(
    ("before", "lang"),
    [
        (
            "Hours before the Geneva round opened, the two armies exchanged fire at the crossing.",
            "en",
        ),
        ("Перед раундом у Женеві армії обстріляли одна одну на переході.", "uk"),
    ],
)
def test_before_the_round_is_the_rounds_day(before: str, lang: str, gazetteer: Gazetteer) -> None:
    opening = {
        "en": "A third round of talks opened in Geneva on Thursday.",
        "uk": "Третій раунд переговорів розпочався в Женеві в четвер.",
    }[lang]
    statement = {
        "en": "On Saturday, the rebels' spokesman accused the army of irresponsible demands.",
        "uk": "У суботу речник повстанців звинуватив армію в порушенні перемир'я.",
    }[lang]
    text = f"{opening}\n\n{statement}\n\n{before}"
    proposals = extract(text, D(2031, 3, 8), lang, gazetteer)  # a Saturday
    assert ("strike", D(2031, 3, 6)) in kinds_on(proposals)


def test_a_truce_that_expired_and_a_strike_the_same_night(gazetteer: Gazetteer) -> None:
    text = (
        "A 48-hour truce agreed on Oct. 15 broke down when it expired two days later, "
        "and the army struck targets in the border province the same night."
    )
    proposals = extract(text, D(2031, 11, 8), "en", gazetteer)
    truce = by_kind_and_start(proposals, "truce", D(2031, 10, 15))
    assert truce.ends_on == D(2031, 10, 17)  # the day told, not 48 hours from midnight
    strike = by_kind_and_start(proposals, "strike", D(2031, 10, 17))
    assert strike.ends_on is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У вівторок уряд доручив армії до кінця місяця розробити план роззброєння.", "uk"),
        ("Во вторник правительство поручило армии до конца месяца разработать план.", "ru"),
    ],
)
def test_instructing_the_army_is_a_statement(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 3, 7), lang, gazetteer)  # a Friday
    assert kinds_on(proposals) == {("statement", D(2031, 3, 4))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У четвер уряд схвалив документ про роззброєння в обмін на виведення військ.", "uk"),
        ("В четверг правительство одобрило документ о разоружении в обмен на вывод войск.", "ru"),
    ],
)
def test_in_exchange_for_is_no_exchange(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 3, 7), lang, gazetteer)
    assert "exchange" not in {p.kind for p in proposals}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Sunday the participants agreed to set up two working groups on trade.", "en"),
        ("У неділю учасники домовилися створити дві робочі групи з питань торгівлі.", "uk"),
        ("В воскресенье стороны договорились сформировать совместную комиссию.", "ru"),
    ],
)
def test_agreeing_to_set_up_working_groups_is_no_deal(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 3, 4), lang, gazetteer)
    assert "agreement" not in {p.kind for p in proposals}
    # nor is a commission a mission
    assert "talks" not in {p.kind for p in proposals}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # words that hold a cue inside them, but are none
        ("Он привёз с собой письмо с просьбой; войска заняли укреплённые позиции.", "ru"),
        ("Политзаключённые ждут; недоговорённость осталась; решение восприняли холодно.", "ru"),
        ("Рішення сприйняли прохолодно, а Київ пішов назустріч партнерам.", "uk"),
    ],
)
def test_a_cue_inside_another_word_is_none(text: str, lang: str) -> None:
    assert [text[c.start : c.end] for c in find_cues(text, lang) if c.weight >= 2] == []


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Обменялись военнопленными; пленные вернулись домой.", "ru", "exchange"),
        ("Тяжёлые бои шли у города.", "ru", "strike"),
        ("Зустріч відбулася в Женеві.", "uk", "talks"),
        ("Соглашение заключено; договорённость достигнута.", "ru", "agreement"),
    ],
)
def test_the_words_themselves_are_still_cues(text: str, lang: str, kind: str) -> None:
    assert kind in {c.kind for c in find_cues(text, lang) if c.weight >= 2}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The war between the army and the rebels began on April 15.", "en"),
        ("Війна між армією та повстанцями почалася 15 квітня.", "uk"),
        ("Война между армией и повстанцами началась 15 апреля.", "ru"),
        ("Попереднє велике зіткнення сталося 15 квітня.", "uk"),
        ("Предыдущее крупное столкновение произошло 15 апреля.", "ru"),
    ],
)
def test_a_war_that_began_and_a_clash_are_strikes(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 5, 1), lang, gazetteer)
    assert kinds_on(proposals) == {("strike", D(2031, 4, 15))}


def test_only_the_war_itself_began(gazetteer: Gazetteer) -> None:
    text = "The second round of talks to end Moscow's war began on April 15."
    assert kinds_on(extract(text, D(2031, 5, 1), "en", gazetteer)) == {("talks", D(2031, 4, 15))}


def test_called_on_a_day_for_is_a_demand(gazetteer: Gazetteer) -> None:
    text = "The jailed leader called on Feb. 27 for the group to lay down its arms."
    proposals = extract(text, D(2031, 3, 11), "en", gazetteer)
    assert kinds_on(proposals) == {("proposal", D(2031, 2, 27))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Thursday the government announced the lifting of all restrictions on transit.", "en"),
        ("У четвер уряд оголосив про зняття всіх обмежень на транзит.", "uk"),
        ("В четверг правительство объявило о снятии всех ограничений на транзит.", "ru"),
    ],
)
def test_a_decision_announced_is_a_statement(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 3, 7), lang, gazetteer)  # a Friday
    assert kinds_on(proposals) == {("statement", D(2031, 3, 6))}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("У четвер сторони оголосили про обмін полоненими.", "uk", "exchange"),
        ("В четверг стороны объявили о подписании соглашения.", "ru", "agreement"),
    ],
)
def test_an_event_announced_stays_that_event(
    text: str, lang: str, kind: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 3, 7), lang, gazetteer)) == {(kind, D(2031, 3, 6))}


def test_what_a_deal_covers_near_the_end_is_no_author_bio(gazetteer: Gazetteer) -> None:
    text = (
        "The ministers signed the deal on Friday.\n\n"
        "The deal runs for 120 days. It covers exports from three ports. The minister "
        "said the centre would hold its first meeting in Istanbul on Wednesday.\n\n"
        "Anna Kovacs covers food security."
    )
    proposals = extract(text, D(2031, 7, 20), "en", gazetteer)  # a Sunday
    assert ("talks", D(2031, 7, 23)) in kinds_on(proposals)
    blocks = split_blocks(text)
    assert [b.kind.value for b in blocks] == ["body", "body", "noise"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "У середу Трамп зустрівся з аш-Шараа.\n\nПєсков заявив журналістам, що Москва "
            "відкидає план.\n\nОльга Зимина — журналістка, пише про переговори.",
            "uk",
        ),
        (
            "В среду Трамп встретился с аш-Шараа.\n\nПесков заявил журналистам, что Москва "
            "отвергает план.\n\nОльга Зимина — журналистка, пишет о переговорах.",
            "ru",
        ),
    ],
)
def test_telling_journalists_near_the_end_is_no_author_bio(text: str, lang: str) -> None:
    assert [b.kind.value for b in split_blocks(text)] == ["body", "body", "noise"]


def test_announcing_an_end_of_supplies_is_a_statement(gazetteer: Gazetteer) -> None:
    text = "28 декабря компания объявила о прекращении поставок газа с 1 января."
    proposals = extract(text, D(2031, 1, 29), "ru", gazetteer)
    assert ("statement", D(2030, 12, 28)) in kinds_on(proposals)
    truce = extract(
        "1 января стороны объявили о прекращении огня.", D(2031, 1, 29), "ru", gazetteer
    )
    assert kinds_on(truce) == {("truce", D(2031, 1, 1))}


def test_a_running_clause_dates_the_noun_it_hangs_on(gazetteer: Gazetteer) -> None:
    text = (
        "On Wednesday, March 30, the coalition halted military operations to support "
        "consultations hosted by the regional bloc, running from March 29 to April 7."
    )
    proposals = extract(text, D(2031, 4, 3), "en", gazetteer)
    assert kinds_on(proposals) == {("truce", D(2031, 3, 30)), ("talks", D(2031, 3, 29))}
    assert by_kind_and_start(proposals, "talks", D(2031, 3, 29)).ends_on == D(2031, 4, 7)


def test_a_day_counted_from_an_event_has_its_own_event(gazetteer: Gazetteer) -> None:
    text = (
        "On March 26, the rebel leader made a peace offer to the government.\n\n"
        "A day before that offer, rebel missiles and drones set a fuel depot ablaze, as "
        "the city hosted a Formula One race weekend."
    )
    proposals = extract(text, D(2031, 4, 3), "en", gazetteer)
    assert kinds_on(proposals) == {("proposal", D(2031, 3, 26)), ("strike", D(2031, 3, 25))}


def test_offering_a_reprieve_is_no_offer(gazetteer: Gazetteer) -> None:
    text = "A two-month truce appeared to be holding on Sunday, offering a rare reprieve."
    assert "proposal" not in {p.kind for p in extract(text, D(2031, 4, 3), "en", gazetteer)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The truce, announced by the envoy on Friday, took effect on Saturday.", "en"),
        ("Перемир'я, оголошене посланцем у п'ятницю, набуло чинності в суботу.", "uk"),
        ("Перемирие, объявленное посланником в пятницу, вступило в силу в субботу.", "ru"),
    ],
)
def test_a_truce_announced_one_day_and_in_force_the_next(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 3, 9), lang, gazetteer)  # a Sunday
    assert kinds_on(proposals) == {("agreement", D(2031, 3, 7)), ("truce", D(2031, 3, 8))}


@pytest.mark.parametrize(
    "text",
    [
        "On April 27, the marine was swapped for a Russian pilot at an airport in Turkey.",
        "Two policemen were detained in March. A court released them on April 27.",
    ],
)
def test_swapped_for_and_released_them_are_exchanges(text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 5, 2), "en", gazetteer)
    assert ("exchange", D(2031, 4, 27)) in kinds_on(proposals)


def test_what_was_meant_to_happen_and_a_reporting_trip_are_no_events(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The opposition leader was meant to be part of an exchange before he died on Feb. 16.\n\n"
        "The reporter was detained on a reporting trip, and a trial ran from June 26 to July 19."
    )
    proposals = extract(text, D(2031, 8, 2), "en", gazetteer)
    assert {p.kind for p in proposals} <= {"statement"}


def test_confirming_a_fact_for_the_first_time_is_a_statement(gazetteer: Gazetteer) -> None:
    text = (
        "In Moscow, the president met the returning prisoners late on Thursday.\n\n"
        "On Friday, the Kremlin spokesman confirmed for the first time that the man was an "
        "officer of the security service."
    )
    proposals = extract(text, D(2031, 8, 2), "en", gazetteer)  # a Saturday
    assert ("statement", D(2031, 8, 1)) in kinds_on(proposals)
    assert ("talks", D(2031, 8, 1)) not in kinds_on(proposals)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вскоре после полудня субботы министерство обвинило армию в обстреле.", "ru"),
        ("Увечері суботи міністерство звинуватило армію в обстрілі.", "uk"),
    ],
)
def test_a_part_of_the_day_with_a_weekday_in_the_genitive(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 3, 10), lang, gazetteer)  # a Monday
    assert kinds_on(proposals) == {("statement", D(2031, 3, 8))}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("9 октября Лавров зачитал совместное заявление трёх министров.", "ru", "agreement"),
        ("9 жовтня міністр зачитав спільну заяву трьох міністрів.", "uk", "agreement"),
        ("Боевые действия вдоль всей линии фронта начались утром 9 октября.", "ru", "strike"),
        ("Бойові дії вздовж усієї лінії фронту почалися вранці 9 жовтня.", "uk", "strike"),
    ],
)
def test_a_joint_statement_and_fighting_that_began(
    text: str, lang: str, kind: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 10, 12), lang, gazetteer)) == {(kind, D(2031, 10, 9))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The sides agreed to a ceasefire from noon on Oct. 10 for humanitarian purposes.", "en"),
        ("Сторони домовилися про припинення вогню з 12:00 10 жовтня.", "uk"),
        ("Стороны договорились о прекращении огня с 12:00 10 октября.", "ru"),
    ],
)
def test_a_ceasefire_agreed_from_a_day_begins_that_day(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 10, 12), lang, gazetteer)) == {("truce", D(2031, 10, 10))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Про зустріч домовилися в неділю під час телефонної розмови.", "uk"),
        ("О встрече договорились в воскресенье по телефону.", "ru"),
        ("В воскресенье стороны договорились о встрече на границе.", "ru"),
    ],
)
def test_a_meeting_agreed_on_is_no_deal(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 3, 11), lang, gazetteer)  # a Tuesday
    assert kinds_on(proposals) == {("talks", D(2031, 3, 9))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У понеділок президент підписав заявку на вступ країни до ЄС.", "uk"),
        ("В понедельник президент подписал заявку на вступление страны в ЕС.", "ru"),
    ],
)
def test_signing_an_application_is_a_statement(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 3, 11), lang, gazetteer)
    assert kinds_on(proposals) == {("statement", D(2031, 3, 10))}


def test_accepting_an_initiative_is_a_deal_unless_reported(gazetteer: Gazetteer) -> None:
    voted = "The cabinet voted unanimously late on Thursday to accept an Egyptian initiative."
    proposals = extract(voted, D(2031, 5, 23), "en", gazetteer)  # a Friday
    assert kinds_on(proposals) == {("agreement", D(2031, 5, 22))}
    said = "The group said on Thursday that it accepted the plan."
    assert "agreement" not in {p.kind for p in extract(said, D(2031, 5, 23), "en", gazetteer)}


def test_talks_on_the_phone_for_the_first_time_and_a_war_that_ran(gazetteer: Gazetteer) -> None:
    text = (
        "On Thursday, the president spoke for the first time as president with his "
        "Egyptian counterpart and, once the truce was announced, praised the mediation.\n\n"
        "It was the worst round since the 2014 war, which ran from July 8 to Aug. 26, 2014."
    )
    proposals = extract(text, D(2031, 5, 23), "en", gazetteer)
    assert ("talks", D(2031, 5, 22)) in kinds_on(proposals)
    war = by_kind_and_start(proposals, "strike", D(2014, 7, 8))
    assert war.ends_on == D(2014, 8, 26)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("10 лютого, за день до саміту, бойовики обстріляли місто з реактивних систем.", "uk"),
        ("10 февраля, накануне саммита, боевики обстреляли город из реактивных систем.", "ru"),
    ],
)
def test_the_event_a_day_is_told_by_is_not_its_event(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 2, 15), lang, gazetteer)) == {("strike", D(2031, 2, 10))}


def test_a_round_that_produced_an_agreement_did_so_on_its_last_day(gazetteer: Gazetteer) -> None:
    text = "That round, held from Nov. 21 to Dec. 12, produced an agreement on relief."
    proposals = extract(text, D(2031, 1, 4), "en", gazetteer)
    assert kinds_on(proposals) == {("talks", D(2030, 11, 21)), ("agreement", D(2030, 12, 12))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "11 грудня прем'єр провів телефонну розмову з президентом. За два дні до того він "
            "зустрічався з лідерами опозиції.",
            "uk",
        ),
        (
            "11 декабря премьер провёл телефонный разговор с президентом. За два дня до этого он "
            "встречался с лидерами оппозиции.",
            "ru",
        ),
        (
            "On Dec. 11 the prime minister held a phone call with the president. Two days before "
            "that, he met opposition leaders.",
            "en",
        ),
    ],
)
def test_days_before_that_count_back_from_the_event_told(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 12, 25), lang, gazetteer)
    assert kinds_on(proposals) == {("talks", D(2031, 12, 11)), ("talks", D(2031, 12, 9))}


def test_a_list_of_names_does_not_cut_the_clause(gazetteer: Gazetteer) -> None:
    text = (
        "The republic recalled its ambassadors to Britain, France and Germany for "
        "consultations on Saturday, state media reported."
    )
    proposals = extract(text, D(2031, 9, 28), "en", gazetteer)  # a Sunday
    assert kinds_on(proposals) == {("statement", D(2031, 9, 27))}


def test_a_missile_programme_is_no_strike(gazetteer: Gazetteer) -> None:
    text = (
        "The measures, which include curbs on ballistic missile work and drone exports, "
        "were restored on Saturday."
    )
    assert "strike" not in {p.kind for p in extract(text, D(2031, 9, 28), "en", gazetteer)}


def test_the_same_day_with_an_event_of_its_own(gazetteer: Gazetteer) -> None:
    text = (
        "19 листопада ракети влучили в житлові будинки в Тернополі; загинули люди. Того ж "
        "дня Зеленський перебував в Анкарі, де зустрівся з президентом Туреччини Ердоганом "
        "і обговорив відновлення переговорів."
    )
    proposals = extract(text, D(2031, 11, 21), "uk", gazetteer)
    # one strike (in Ternopil), and the talks in Ankara: no second strike in Ankara
    assert sorted(p.kind for p in proposals) == ["strike", "talks"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Документ із 28 пунктів офіційно передав президентові в четвер міністр армії США.", "uk"),
        ("Документ из 28 пунктов официально передал президенту в четверг министр армии США.", "ru"),
    ],
)
def test_handing_over_a_plan_is_a_proposal(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 11, 21), lang, gazetteer)  # a Friday
    assert kinds_on(proposals) == {("proposal", D(2031, 11, 20))}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("В понедельник лидеры приняли совместное заявление.", "ru", "agreement"),
        ("У понеділок лідери прийняли спільну заяву.", "uk", "agreement"),
        ("В понедельник секретарь объявил, что огонь прекращён.", "ru", "truce"),
        ("У понеділок секретар оголосив, що вогонь припинено.", "uk", "truce"),
    ],
)
def test_a_statement_adopted_and_fire_stopped(
    text: str, lang: str, kind: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 11, 4), lang, gazetteer)  # a Tuesday
    assert (kind, D(2031, 11, 3)) in kinds_on(proposals)
    assert "talks" not in {p.kind for p in proposals}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The two security chiefs met on the border on Monday and signed a protocol.", "en"),
        ("Глави спецслужб у понеділок зустрілися на кордоні й підписали протокол.", "uk"),
        ("Главы спецслужб в понедельник встретились на границе и подписали протокол.", "ru"),
    ],
)
def test_met_and_signed_is_talks_and_a_deal(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 9, 23), lang, gazetteer)  # a Tuesday
    assert kinds_on(proposals) == {("talks", D(2031, 9, 22)), ("agreement", D(2031, 9, 22))}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels plan a military parade in the capital on Thursday.",
        "The premier, who faced street protests on Friday demanding his resignation, stayed.",
    ],
)
def test_planning_a_parade_and_protesters_demanding_are_no_proposals(
    text: str, gazetteer: Gazetteer
) -> None:
    assert "proposal" not in {p.kind for p in extract(text, D(2031, 9, 20), "en", gazetteer)}


def test_an_order_to_a_company_is_a_statement(gazetteer: Gazetteer) -> None:
    text = "On Tuesday the president ordered the state oil company to issue licences in the region."
    proposals = extract(text, D(2031, 9, 20), "en", gazetteer)  # a Saturday
    assert kinds_on(proposals) == {("statement", D(2031, 9, 16))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Clashes erupted on May 12 and spread across several districts the following day.", "en"),
        ("Бої спалахнули 12 травня, а наступного дня поширилися на інші райони.", "uk"),
    ],
)
def test_fighting_that_spread_the_next_day_is_one_strike(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 8, 22), lang, gazetteer)
    assert [(p.kind, p.starts_on, p.ends_on) for p in proposals] == [
        ("strike", D(2031, 5, 12), D(2031, 5, 13))
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Водночас він назвав вибори, призначені на 28 грудня, «єдиним шляхом до миру».", "uk"),
        (
            "При этом он назвал выборы, назначенные на 28 декабря, «единственным путём к миру».",
            "ru",
        ),
    ],
)
def test_a_day_a_vote_is_set_for_is_ahead_and_no_statement(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert extract(text, D(2031, 10, 30), lang, gazetteer) == []
    (day,) = find_dates(text, 0, DateContext(D(2031, 10, 30), lang, None))
    assert day.starts_on == D(2031, 12, 28)


def test_the_day_an_announced_measure_runs_from_is_no_second_statement(
    gazetteer: Gazetteer,
) -> None:
    text = "28 декабря компания объявила о прекращении поставок газа в страну с 1 января."
    proposals = extract(text, D(2031, 1, 29), "ru", gazetteer)
    assert kinds_on(proposals) == {("statement", D(2030, 12, 28))}


def test_signing_a_waiver_is_a_statement(gazetteer: Gazetteer) -> None:
    text = "The secretary of state signed a waiver on Sept. 11 allowing banks to move the funds."
    proposals = extract(text, D(2031, 9, 19), "en", gazetteer)
    assert kinds_on(proposals) == {("statement", D(2031, 9, 11))}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Министры договорились вновь встретиться 3 марта в Женеве."),
        ("uk", "Міністри домовилися знову зустрітися 3 березня в Женеві."),
    ],
)
def test_agreeing_to_meet_again_is_the_meeting_ahead(
    lang: str, text: str, gazetteer: Gazetteer
) -> None:
    (proposal,) = extract(text, D(2031, 2, 20), lang, gazetteer)
    assert (proposal.kind, proposal.starts_on, proposal.status) == (
        "talks",
        D(2031, 3, 3),
        "scheduled",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "9 мая в перестрелке на границе погибли двое пограничников."),
        ("uk", "9 травня у перестрілці на кордоні загинули двоє прикордонників."),
        ("uk", "Перестрілка на кордоні спалахнула 9 травня."),
    ],
)
def test_an_exchange_of_fire_is_a_strike(lang: str, text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 5, 20), lang, gazetteer)
    assert kinds_on(proposals) == {("strike", D(2031, 5, 9))}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fighting stopped on May 9 after two days of clashes."),
        ("en", "The guns fell silent along the border on May 9."),
        ("ru", "Боевые действия прекратились 9 мая."),
        ("ru", "Огонь удалось прекратить 9 мая при посредничестве соседей."),
        ("uk", "Бойові дії припинилися 9 травня."),
        ("uk", "Вогонь вдалося припинити 9 травня за посередництва сусідів."),
    ],
)
def test_fighting_that_stopped_is_a_truce(lang: str, text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 5, 20), lang, gazetteer)
    assert ("truce", D(2031, 5, 9)) in kinds_on(proposals)
    assert "strike" not in {kind for kind, _ in kinds_on(proposals)}


def test_suspending_talks_is_a_statement(gazetteer: Gazetteer) -> None:
    text = "The government said on May 9 that it was suspending talks with the rebels."
    proposals = extract(text, D(2031, 5, 20), "en", gazetteer)
    assert kinds_on(proposals) == {("statement", D(2031, 5, 9))}


@pytest.mark.parametrize(
    ("lang", "text", "strike"),
    [
        ("uk", "Вторгнення армія розпочала на світанку 4 червня.", True),
        ("uk", "Армія 4 червня розпочала повномасштабне вторгнення.", True),
        ("uk", "Обмін 4 червня став найбільшим від початку повномасштабного вторгнення.", False),
        ("ru", "Армия начала вторжение в соседнюю страну 4 июня.", True),
        ("ru", "Вторжение началось на рассвете 4 июня.", True),
        ("ru", "Обмен 4 июня стал крупнейшим с начала вторжения.", False),
    ],
)
def test_an_invasion_begun_on_a_day_is_a_strike(
    lang: str, text: str, strike: bool, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 6, 20), lang, gazetteer)
    assert (("strike", D(2031, 6, 4)) in kinds_on(proposals)) is strike


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Делегации 2 июня условились вернуть по 500 тел погибших."),
        ("uk", "Делегації 2 червня умовилися повернути по 500 тіл загиблих."),
    ],
)
def test_settling_on_something_is_an_agreement(lang: str, text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 6, 20), lang, gazetteer)
    assert kinds_on(proposals) == {("agreement", D(2031, 6, 2))}


def test_persuading_someone_is_no_agreement(gazetteer: Gazetteer) -> None:
    text = "2 червня посланниця умовила делегацію повернутися до Женеви."
    assert "agreement" not in {p.kind for p in extract(text, D(2031, 6, 20), "uk", gazetteer)}


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations held a third round of indirect talks in Oslo on Saturday and "
        "agreed that expert talks would begin on Wednesday.",
        "The ministers held a first round of direct talks in Geneva on June 7 and agreed on "
        "a road map.",
    ],
)
def test_talks_held_and_a_deal_agreed_are_two_events(text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 6, 9), "en", gazetteer)
    assert {("talks", D(2031, 6, 7)), ("agreement", D(2031, 6, 7))} <= kinds_on(proposals)


@pytest.mark.parametrize(
    "text",
    [
        "An army helicopter was shot down near the border on May 9, killing six soldiers.",
        "Two mediators were gunned down outside the hotel on May 9.",
    ],
)
def test_shot_down_is_a_strike_in_the_passive_too(text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 5, 20), "en", gazetteer)
    assert kinds_on(proposals) == {("strike", D(2031, 5, 9))}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Вечером во вторник ситуацию обсудит Совет Безопасности ООН."),
        ("uk", "Увечері у вівторок ситуацію обговорить Рада Безпеки ООН."),
    ],
)
def test_a_meeting_that_will_discuss_is_talks_ahead(
    lang: str, text: str, gazetteer: Gazetteer
) -> None:
    # published on Monday, May 19, 2031: "on Tuesday" is the next day
    (proposal,) = extract(text, D(2031, 5, 19), lang, gazetteer)
    assert (proposal.kind, proposal.starts_on, proposal.status) == (
        "talks",
        D(2031, 5, 20),
        "scheduled",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "У п’ятницю, 6 червня, прем’єр у виступі в парламенті висунув власні умови."),
        (
            "ru",
            "В пятницу, 6 июня, премьер в выступлении в парламенте выдвинул собственные условия.",
        ),
    ],
)
def test_putting_forward_ones_own_conditions_is_a_proposal(
    lang: str, text: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 6, 9), lang, gazetteer)
    assert kinds_on(proposals) == {("proposal", D(2031, 6, 6))}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Трёхдневная война с 4 по 6 мая 2027 года унесла сотни жизней."),
        (
            "ru",
            "Он положил конец войне в Северном Кордофане, которая продолжалась "
            "с 4 по 6 мая 2027 года.",
        ),
        ("uk", "Триденна війна з 4 по 6 травня 2027 року забрала сотні життів."),
        ("uk", "Попередня війна, що тривала з 4 по 6 травня 2027 року, забрала сотні життів."),
    ],
)
def test_a_war_told_with_its_days_is_a_strike(lang: str, text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 6, 9), lang, gazetteer)
    strikes = [(p.starts_on, p.ends_on) for p in proposals if p.kind == "strike"]
    assert strikes == [(D(2027, 5, 4), D(2027, 5, 6))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The truce was signed on Nov. 10, 2027. It ended the 44-day war that began "
            "on Sept. 27.",
        ),
        (
            "ru",
            "Стороны подписали заявление в ночь на 10 ноября 2027 года. Оно положило конец "
            "44-дневной войне, начавшейся 27 сентября.",
        ),
    ],
)
def test_what_began_before_a_dated_end_takes_its_year(
    lang: str, text: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 11, 1), lang, gazetteer)
    assert ("strike", D(2027, 9, 27)) in kinds_on(proposals)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "en",
            "On May 9, Russia freed newspaper reporter Jonas Halvorsen and former Marine "
            "Edwin Tallow in exchange for arms dealer Pavel Drozd.",
            {"Jonas Halvorsen", "Edwin Tallow", "Pavel Drozd"},
        ),
        (
            "uk",
            "Україна та Росія провели обмін полоненими 9 травня: повернулися 90 військових "
            "і активіст Остап Дзвінчук.",
            {"Остап Дзвінчук"},
        ),
        (
            "ru",
            "Россия и Украина провели обмен пленными 9 мая: вернулись 90 военных и "
            "активист Остап Звонарёв.",
            {"Остап Звонарёв"},
        ),
    ],
)
def test_people_freed_are_proposed_by_what_they_do(
    lang: str, text: str, people: set[str], gazetteer: Gazetteer
) -> None:
    (proposal,) = extract(text, D(2031, 5, 20), lang, gazetteer)
    assert set(proposal.unknown_people) == people


def test_an_unknown_person_named_in_a_caption_is_still_found_later(gazetteer: Gazetteer) -> None:
    text = (
        "Supporters of opposition politician Elvira Montane march in the capital. (Photo)\n\n"
        "President Tomas Reyes and opposition leader Elvira Montane met on May 9 for talks."
    )
    talks = next(p for p in extract(text, D(2031, 5, 20), "en", gazetteer) if p.kind == "talks")
    assert "Elvira Montane" in talks.unknown_people


def test_a_truce_told_with_its_deal_runs_until_the_day_the_next_sentence_gives(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The truce, announced by the envoy on Friday, took effect at 7 p.m. on Saturday. "
        "It is due to run until July 2 and can be renewed."
    )
    # published on Sunday, May 4, 2031
    truce = next(p for p in extract(text, D(2031, 5, 4), "en", gazetteer) if p.kind == "truce")
    assert (truce.starts_on, truce.ends_on) == (D(2031, 5, 3), D(2031, 7, 2))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The basis remains the Minsk Protocol of Sept. 5, 2027."),
        ("uk", "Основою залишається Мінський протокол від 5 вересня 2027 року."),
        ("ru", "Основой остаётся Минский протокол от 5 сентября 2027 года."),
    ],
)
def test_a_protocol_of_a_day_is_an_agreement(lang: str, text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 2, 15), lang, gazetteer)
    assert kinds_on(proposals) == {("agreement", D(2027, 9, 5))}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Вооружённые люди в воскресенье ворвались в здание миссии в столице."),
        ("uk", "Озброєні люди в неділю увірвалися до будівлі місії в столиці."),
    ],
)
def test_storming_into_a_building_is_a_strike(lang: str, text: str, gazetteer: Gazetteer) -> None:
    # published on Monday, Sept. 1, 2031
    proposals = extract(text, D(2031, 9, 1), lang, gazetteer)
    assert kinds_on(proposals) == {("strike", D(2031, 8, 31))}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The two sides signed the accord in Doha on Friday after five days of talks."),
        (
            "uk",
            "Про угоду посередники оголосили в п’ятницю, після п’яти днів закритих переговорів.",
        ),
        ("ru", "О соглашении посредники объявили в пятницу, после пяти дней закрытых переговоров."),
    ],
)
def test_a_deal_after_days_of_talks_tells_the_talks_too(
    lang: str, text: str, gazetteer: Gazetteer
) -> None:
    # published on Saturday, May 10, 2031: the talks ran from Monday to Friday
    proposals = extract(text, D(2031, 5, 10), lang, gazetteer)
    talks = [(p.starts_on, p.ends_on) for p in proposals if p.kind == "talks"]
    assert talks == [(D(2031, 5, 5), D(2031, 5, 9))]


def test_weeks_of_talks_are_a_round_figure(gazetteer: Gazetteer) -> None:
    text = "The two sides signed the accord in Doha on Friday after two weeks of talks."
    proposals = extract(text, D(2031, 5, 10), "en", gazetteer)
    assert "talks" not in {p.kind for p in proposals}


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers sat at the same table for the first time on May 7.",
        "The envoy spent about three hours with the president in the capital on May 7.",
        "The prime minister came to the White House on May 7.",
        "Leaders of the coalition held a video conference on May 7.",
    ],
)
def test_meetings_told_by_how_they_went_are_talks(text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 5, 10), "en", gazetteer)
    assert kinds_on(proposals) == {("talks", D(2031, 5, 7))}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "On May 7, the president apologised to his counterpart.", "statement"),
        ("uk", "7 травня президент вибачився перед колегою.", "statement"),
        ("ru", "7 мая президент принёс извинения коллеге.", "statement"),
        ("en", "On May 7, the president pardoned 14 prisoners.", "exchange"),
        ("uk", "7 травня президент помилував 14 в’язнів.", "exchange"),
        ("ru", "7 мая президент помиловал 14 заключённых.", "exchange"),
        ("uk", "7 травня сторона передала через Червоний Хрест тіла 45 загиблих.", "exchange"),
        ("ru", "7 мая сторона передала через Красный Крест тела 45 погибших.", "exchange"),
        ("ru", "Ещё четыре гроба были переданы 7 мая.", "exchange"),
        ("uk", "7 травня лідери провели відеоконференцію.", "talks"),
        ("ru", "7 мая лидеры провели видеоконференцию.", "talks"),
    ],
)
def test_apologies_pardons_bodies_handed_over_and_video_calls(
    lang: str, text: str, kind: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 5, 10), lang, gazetteer)
    assert kinds_on(proposals) == {(kind, D(2031, 5, 7))}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "7 мая стороны договорились, что Россия передаст Украине 6000 тел погибших."),
        ("uk", "7 травня сторони домовилися, що Росія передасть Україні 6000 тіл загиблих."),
    ],
)
def test_bodies_a_deal_will_hand_over_are_no_exchange_yet(
    lang: str, text: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 5, 10), lang, gazetteer)
    assert kinds_on(proposals) == {("agreement", D(2031, 5, 7))}


@pytest.mark.parametrize("when", ["the same evening", "the same morning"])
def test_the_same_evening_is_the_day_just_told(when: str, gazetteer: Gazetteer) -> None:
    text = f"The council endorsed the plan on May 7. The group rejected the resolution {when}."
    proposals = extract(text, D(2031, 5, 10), "en", gazetteer)
    assert ("statement", D(2031, 5, 7)) in kinds_on(proposals)


def test_what_is_called_off_the_next_day_is_no_second_strike(gazetteer: Gazetteer) -> None:
    text = (
        "Two men died in police raids in a Russian border town on May 6. The next day "
        "Azerbaijan cancelled all Russian cultural events in the country."
    )
    proposals = extract(text, D(2031, 5, 10), "en", gazetteer)
    assert kinds_on(proposals) == {("strike", D(2031, 5, 6))}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("ru", "7 мая власти выпустили почти 2000 заключённых.", "exchange"),
        ("uk", "7 травня влада випустила майже 2000 ув’язнених.", "exchange"),
        ("ru", "7 мая армия выпустила по городу 20 ракет.", "strike"),
        ("uk", "7 травня армія випустила по місту 20 ракет.", "strike"),
        (
            "ru",
            "7 мая сторона передала через Красный Крест в больницу «Насер» тела 45 погибших.",
            "exchange",
        ),
        ("ru", "Стороны согласовали первый этап плана 7 мая.", "agreement"),
        ("uk", "Сторони узгодили перший етап плану 7 травня.", "agreement"),
    ],
)
def test_released_prisoners_bodies_and_a_plan_agreed(
    lang: str, text: str, kind: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 5, 10), lang, gazetteer)
    assert kinds_on(proposals) == {(kind, D(2031, 5, 7))}


def test_the_day_a_deadline_falls_is_no_event(gazetteer: Gazetteer) -> None:
    text = (
        "The envoy met the president in the capital on May 6, two days before a deadline "
        "the White House had set for the rebels to agree to a ceasefire."
    )
    proposals = extract(text, D(2031, 5, 10), "en", gazetteer)
    assert kinds_on(proposals) == {("talks", D(2031, 5, 6))}


def test_a_year_written_with_a_range_carries_to_the_day_after_its_end(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Переговоры стали возможны после войны, которая продолжалась с 27 сентября по "
        "9 ноября 2027 года. Соседи поддерживали одну из сторон. Боевые действия "
        "прекратились 10 ноября после подписания заявления."
    )
    proposals = extract(text, D(2029, 1, 14), "ru", gazetteer)
    assert ("truce", D(2027, 11, 10)) in kinds_on(proposals)


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        ("ru", "7 мая стороны обменялись предварительными соображениями.", set()),
        ("uk", "7 травня сторони обмінялися попередніми міркуваннями.", set()),
        ("ru", "7 мая стороны обменялись 95 пленными.", {("exchange", D(2031, 5, 7))}),
        ("uk", "7 травня четверо дітей повернулися до своїх родин.", {("exchange", D(2031, 5, 7))}),
        ("ru", "7 мая четверо детей вернулись к своим семьям.", {("exchange", D(2031, 5, 7))}),
    ],
)
def test_views_swapped_are_no_exchange_children_returned_are(
    lang: str, text: str, kinds: set[tuple[str, D]], gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 5, 10), lang, gazetteer)) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "The three governments triggered the so-called snapback mechanism on May 7.",
        "The alliance invoked Article 4 on May 7.",
    ],
)
def test_a_formal_mechanism_triggered_is_a_statement(text: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 5, 10), "en", gazetteer)
    assert kinds_on(proposals) == {("statement", D(2031, 5, 7))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "У понеділок Трамп прийняв Зеленського в Білому домі. Вашингтонські переговори "
            "відбулися через три дні після саміту Трампа і Путіна на Алясці.",
            "uk",
        ),
        (
            "В понедельник Трамп принял Зеленского в Белом доме. Переговоры в Вашингтоне "
            "прошли через три дня после саммита на Аляске.",
            "ru",
        ),
        (
            "On Monday Trump received Zelensky at the White House. The Washington talks came "
            "three days after the summit in Alaska.",
            "en",
        ),
    ],
)
def test_talks_told_three_days_after_a_summit_date_the_summit_three_days_before(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    # the talks just told are the subject; the summit is another event, and "три дні"
    # is how far apart they are, not how long the summit lasted
    proposals = extract(text, D(2031, 8, 20), lang, gazetteer)
    assert kinds_on(proposals) == {("talks", D(2031, 8, 18)), ("talks", D(2031, 8, 15))}
    summit = next(p for p in proposals if p.starts_on == D(2031, 8, 15))
    assert summit.ends_on is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Трамп у понеділок прийняв у Білому домі Зеленського. Розмова цього разу минула "
            "спокійно — на відміну від зустрічі 28 лютого, яка завершилася сваркою. Після "
            "цього до переговорів приєдналися Кір Стармер і Емманюель Макрон.",
            "uk",
        ),
        (
            "Трамп в понедельник принял в Белом доме Зеленского. Разговор на этот раз прошёл "
            "спокойно — в отличие от встречи 28 февраля, которая закончилась ссорой. После "
            "этого к переговорам присоединились Кир Стармер и Эммануэль Макрон.",
            "ru",
        ),
        (
            "Trump received Zelensky at the White House on Monday. The talks went calmly this "
            "time, unlike the meeting on Feb. 28, which ended in a row. Afterwards Keir "
            "Starmer and Emmanuel Macron joined the talks.",
            "en",
        ),
    ],
)
def test_a_meeting_recalled_by_way_of_contrast_does_not_take_the_story_over(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 8, 20), lang, gazetteer)
    assert kinds_on(proposals) == {("talks", D(2031, 8, 18)), ("talks", D(2031, 2, 28))}
    by_day = {p.starts_on: {a.slug for a in p.actors} for p in proposals}
    assert {"keir-starmer", "emmanuel-macron"} <= by_day[D(2031, 8, 18)]
    assert not {"keir-starmer", "emmanuel-macron"} & by_day[D(2031, 2, 28)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "У понеділок Трамп прийняв Зеленського в Білому домі. Напередодні візиту Росія не "
            "зменшила інтенсивності ударів.",
            "uk",
        ),
        (
            "В понедельник Трамп принял Зеленского в Белом доме. Накануне переговоров Россия не "
            "снизила интенсивность ударов.",
            "ru",
        ),
        (
            "On Monday Trump received Zelensky at the White House. On the eve of the visit, "
            "Russia did not let up.",
            "en",
        ),
    ],
)
def test_the_eve_of_a_meeting_with_nothing_of_its_own_is_no_second_meeting(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 8, 20), lang, gazetteer)) == {("talks", D(2031, 8, 18))}


def test_the_eve_of_a_summit_told_before_the_day_is_no_second_summit(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Leaders met in Berlin on Sunday. On the eve of the summit, on Saturday, "
        "protesters shut down oil terminals in the east."
    )
    assert kinds_on(extract(text, D(2031, 8, 20), "en", gazetteer)) == {("talks", D(2031, 8, 17))}


def test_the_eve_of_a_named_meeting_is_not_its_event(gazetteer: Gazetteer) -> None:
    text = (
        "Fighting broke out on Oct. 15. Two days later, on the eve of the Doha meeting, air "
        "strikes in Paktika province killed several people."
    )
    assert kinds_on(extract(text, D(2031, 10, 31), "en", gazetteer)) == {
        ("strike", D(2031, 10, 15)),
        ("strike", D(2031, 10, 17)),
    }


def test_the_ceasefire_agreed_before_named_again_is_no_new_truce(gazetteer: Gazetteer) -> None:
    text = (
        "Delegations met in Istanbul on Wednesday. The round was meant to turn the ceasefire "
        "agreed in Doha into a lasting arrangement."
    )
    assert kinds_on(extract(text, D(2031, 10, 31), "en", gazetteer)) == {("talks", D(2031, 10, 29))}


def test_what_the_counted_event_did_is_part_of_the_count(gazetteer: Gazetteer) -> None:
    # "the truce took effect" says which day is counted from, not a second truce
    text = (
        "The truce came into force on Jan. 12. The day after the truce took effect, the two "
        "rivals held indirect talks in Moscow."
    )
    assert kinds_on(extract(text, D(2031, 1, 20), "en", gazetteer)) == {
        ("truce", D(2031, 1, 12)),
        ("talks", D(2031, 1, 13)),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Переговори щодо припинення вогню та звільнення заручників, що відбулися у вівторок "
            "у Каїрі, завершилися без результату.",
            "uk",
        ),
        (
            "Переговоры о прекращении огня и освобождении заложников, которые прошли во вторник "
            "в Каире, завершились без результата.",
            "ru",
        ),
    ],
)
def test_what_talks_were_about_is_not_an_event_of_its_own(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    # the relative clause hangs on the talks, not on the nearer agenda noun
    assert kinds_on(extract(text, D(2031, 2, 14), lang, gazetteer)) == {("talks", D(2031, 2, 11))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Трамп у середу запровадив нові мита. Нові ставки мають набрати чинності за три тижні.",
            "uk",
        ),
        (
            "Трамп в среду ввёл новые пошлины. Новые пошлины должны вступить в силу через три "
            "недели.",
            "ru",
        ),
        (
            "Trump imposed new tariffs last month. The new rates took effect on Thursday.",
            "en",
        ),
    ],
)
def test_tariffs_that_take_effect_are_no_truce(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert not [p for p in extract(text, D(2031, 8, 7), lang, gazetteer) if p.kind == "truce"]


def test_the_first_meeting_since_a_day_is_not_a_meeting_on_that_day(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The session was the first formal meeting of the two delegations since Nov. 26 last "
        "year, when they signed a social agreement in Mexico City."
    )
    assert kinds_on(extract(text, D(2031, 10, 18), "en", gazetteer)) == {
        ("agreement", D(2030, 11, 26))
    }


def test_a_place_nearer_another_day_of_the_sentence_is_that_days(gazetteer: Gazetteer) -> None:
    text = (
        "Trump and Putin met in Anchorage on Friday. Friday's meeting was the first between "
        "the two men since their summit in Helsinki on July 16, 2018."
    )
    proposals = extract(text, D(2025, 8, 16), "en", gazetteer)
    # Friday's meeting is the one in Anchorage, told again, not a second one in Helsinki
    assert {(p.starts_on, p.place) for p in proposals} == {
        (D(2025, 8, 15), "anchorage"),
        (D(2018, 7, 16), "helsinki"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У четвер увечері Путін зустрів звільнених росіян в аеропорту Внуково.", "uk"),
        ("В четверг вечером Путин встретил освобождённых россиян в аэропорту Внуково.", "ru"),
        ("Late on Thursday Putin met the returning Russians on the tarmac at Vnukovo.", "en"),
        ("On Thursday Biden met relatives of the freed Americans at the White House.", "en"),
    ],
)
def test_meeting_the_people_who_came_home_is_a_welcome_not_talks(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert not [p for p in extract(text, D(2031, 8, 2), lang, gazetteer) if p.kind == "talks"]


def test_two_pairs_of_leaders_meeting_on_one_day_are_two_meetings(gazetteer: Gazetteer) -> None:
    text = (
        "Pashinyan and Aliyev met for four hours on Thursday evening at Prague Castle. On the "
        "margins of the same summit, Erdogan met Pashinyan on Thursday. Later that evening "
        "Aliyev and Pashinyan met again with Macron."
    )
    talks = [p for p in extract(text, D(2031, 10, 10), "en", gazetteer) if p.kind == "talks"]
    # the third sentence tells the first meeting again (its pair and one more)
    assert sorted(len(p.spans) for p in talks) == [1, 2]


def test_the_meeting_spoken_of_the_next_day_is_the_one_told(gazetteer: Gazetteer) -> None:
    text = (
        "Pashinyan and Aliyev met for four hours on Thursday evening in Prague. Michel told "
        "reporters on Friday morning that the meeting had produced a concrete result."
    )
    assert kinds_on(extract(text, D(2031, 10, 11), "en", gazetteer)) == {("talks", D(2031, 10, 9))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Пашинян і Алієв зустрілися в четвер у Празі. Празькі переговори відбулися через три "
            "тижні після найзапекліших боїв між країнами.",
            "uk",
        ),
        (
            "Пашинян и Алиев встретились в четверг в Праге. Пражские переговоры прошли через три "
            "недели после самых ожесточённых боёв между странами.",
            "ru",
        ),
        (
            "Pashinyan and Aliyev met on Thursday in Prague. The Prague talks came three weeks "
            "after the worst fighting between the two neighbours.",
            "en",
        ),
    ],
)
def test_weeks_after_an_undated_event_are_a_round_figure(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 10, 11), lang, gazetteer)) == {("talks", D(2031, 10, 9))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "14 травня в Ер-Ріяді Трамп зустрівся з аш-Шараа. Напередодні Трамп оголосив про "
            "зняття санкцій із Сирії.",
            "uk",
        ),
        (
            "14 мая в Эр-Рияде Трамп встретился с аш-Шараа. Накануне Трамп объявил о снятии "
            "санкций с Сирии.",
            "ru",
        ),
    ],
)
def test_the_eve_opening_a_sentence_after_a_day_weeks_back_is_that_days_eve(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    got = kinds_on(extract(text, D(2031, 8, 20), lang, gazetteer))
    assert got == {("talks", D(2031, 5, 14)), ("statement", D(2031, 5, 13))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Зеленський 11 грудня розкритикував угорського прем'єра за розмову з Путіним.", "uk"),
        ("Зеленский 11 декабря раскритиковал венгерского премьера за разговор с Путиным.", "ru"),
        ("On Dec. 11 the foreign ministry welcomed the agreement but warned against delays.", "en"),
        ("Radical factions denounced the accord on Dec. 11.", "en"),
    ],
)
def test_a_reaction_on_record_is_a_statement(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert kinds_on(extract(text, D(2031, 12, 20), lang, gazetteer)) == {
        ("statement", D(2031, 12, 11))
    }


def test_a_pause_announced_in_offensive_operations_is_a_truce(gazetteer: Gazetteer) -> None:
    text = "The rebels announced a two-week pause in offensive operations starting March 30."
    [truce] = extract(text, D(2031, 4, 3), "en", gazetteer)
    assert (truce.kind, truce.starts_on, truce.ends_on) == ("truce", D(2031, 3, 30), D(2031, 4, 12))


def test_a_detainee_release_is_an_exchange(gazetteer: Gazetteer) -> None:
    text = (
        "The visit was followed by the largest detainee release of the war, in which 900 "
        "prisoners were flown home from April 14 to 16."
    )
    [release] = extract(text, D(2031, 9, 20), "en", gazetteer)
    assert (release.kind, release.starts_on, release.ends_on) == (
        "exchange",
        D(2031, 4, 14),
        D(2031, 4, 16),
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Учора, у перший день засідань, учасники обговорили ядерну безпеку, а також "
            "звільнення полонених і депортованих.",
            "uk",
        ),
        (
            "Вчера, в первый день заседаний, участники обсудили ядерную безопасность, а также "
            "освобождение пленных и депортированных.",
            "ru",
        ),
    ],
)
def test_what_was_discussed_is_no_event_of_its_own(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 10, 29), lang, gazetteer)) == {("talks", D(2031, 10, 28))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Зеленський 13 травня під час аудієнції в Папи заявив, що посередники не потрібні.", "uk"),
        ("Зеленский 13 мая во время аудиенции у Папы заявил, что посредники не нужны.", "ru"),
        (
            "On May 13, during an audience with the Pope, Zelensky said no mediators were needed.",
            "en",
        ),
    ],
)
def test_an_audience_with_the_pope_is_a_meeting(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert ("talks", D(2031, 5, 13)) in kinds_on(extract(text, D(2031, 9, 15), lang, gazetteer))


def test_a_day_after_the_noun_on_is_that_nouns(gazetteer: Gazetteer) -> None:
    text = (
        "Guterres said he intended to convene another enlarged meeting after the leadership "
        "election on Oct. 19."
    )
    assert extract(text, D(2031, 7, 18), "en", gazetteer) == []
    # the talks are an event word: the day is theirs, and the saying's on record
    text = (
        "Tatar said after the talks on Thursday that the only solution was two states, a "
        "position Christodoulides rejected."
    )
    assert kinds_on(extract(text, D(2031, 7, 18), "en", gazetteer)) == {
        ("statement", D(2031, 7, 17))
    }


def test_a_clause_about_someone_with_no_event_word_tells_no_event(gazetteer: Gazetteer) -> None:
    text = (
        "On Friday, the foreign minister rejected Caracas's demand that Georgetown end its "
        "cooperation with Washington, whose aircraft held joint flight drills on Dec. 7."
    )
    assert kinds_on(extract(text, D(2031, 12, 13), "en", gazetteer)) == {
        ("statement", D(2031, 12, 12))
    }
    # a clause about an event is that event's
    text = "An earlier truce, whose first phase ran for 42 days from Jan. 19, expired on March 1."
    assert ("truce", D(2031, 1, 19)) in kinds_on(extract(text, D(2031, 3, 5), "en", gazetteer))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Україна і Росія у п'ятницю провели обмін полоненими. Попередній обмін відбувся "
            "14 вересня.\n\nЗеленський подякував Еміратам.\n\nОбмін відбувся через два дні "
            "після того, як президент представив у Раді план перемоги.",
            "uk",
        ),
        (
            "Россия и Украина в пятницу провели обмен пленными. Предыдущий обмен прошёл "
            "14 сентября.\n\nЗеленский поблагодарил Эмираты.\n\nОбмен прошёл через два дня "
            "после того, как президент представил в Раде план победы.",
            "ru",
        ),
    ],
)
def test_a_clause_counts_from_the_event_its_subject_names(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    # the exchange is the story's own (Friday), not the previous one the last date told
    proposals = extract(text, D(2031, 10, 19), lang, gazetteer)
    [swap] = [p for p in proposals if p.kind == "exchange" and p.starts_on.month == 10]
    [plan] = [p for p in proposals if p.kind == "proposal"]
    assert plan.starts_on == swap.starts_on - dt.timedelta(days=2)


def test_an_attack_told_counts_the_days_to_the_meeting_before_it(gazetteer: Gazetteer) -> None:
    text = (
        "У неділю озброєні люди здійснили напад на поліцію на півночі Косова. У п'ятницю "
        "Курті закликав ЄС запровадити санкції.\n\nНапад стався через десять днів після того, "
        "як у Брюсселі завершилася чергова зустріч Курті та Вучича."
    )
    proposals = extract(text, D(2031, 9, 30), "uk", gazetteer)
    [attack] = [p for p in proposals if p.kind == "strike"]
    [meeting] = [p for p in proposals if p.kind == "talks"]
    assert meeting.starts_on == attack.starts_on - dt.timedelta(days=10)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Київ у понеділок запропонував зустріч. Москва погодилася лише через кілька днів.", "uk"),
        (
            "Киев в понедельник предложил провести встречу. Москва согласилась лишь через "
            "несколько дней.",
            "ru",
        ),
        ("Kyiv proposed a meeting on Monday. Moscow agreed only a few days later.", "en"),
    ],
)
def test_what_came_a_few_days_later_takes_no_day(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 7, 24), lang, gazetteer)) == {
        ("proposal", D(2031, 7, 21))
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Попередній великий обмін сторони погодили в Стамбулі 16 травня. Він відбувся в "
            "три етапи 23–25 травня.",
            "uk",
        ),
        (
            "Предыдущий большой обмен стороны согласовали в Стамбуле 16 мая. Он прошёл в "
            "три этапа с 23 по 25 мая.",
            "ru",
        ),
        (
            "The previous large swap was agreed in Istanbul on May 16. It took place in three "
            "stages on May 23-25.",
            "en",
        ),
    ],
)
def test_it_took_place_is_the_event_the_sentence_before_was_about(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 6, 10), lang, gazetteer)
    [swap] = [p for p in proposals if p.starts_on == D(2031, 5, 23)]
    assert (swap.kind, swap.ends_on) == ("exchange", D(2031, 5, 25))


def test_a_ceasefire_days_old_is_no_truce_on_the_day_told(gazetteer: Gazetteer) -> None:
    text = "Two envoys arrived in Israel on Monday to shore up the 10-day-old Gaza ceasefire."
    proposals = extract(text, D(2031, 10, 21), "en", gazetteer)
    assert not [p for p in proposals if p.kind == "truce"]


def test_a_truce_does_not_go_on_before_it_began(gazetteer: Gazetteer) -> None:
    text = (
        "The rebels had already announced a two-week pause in offensive operations starting "
        "March 30. The earthquake struck near Mandalay on March 28, killing 3,000 people."
    )
    assert kinds_on(extract(text, D(2031, 4, 3), "en", gazetteer)) == {("truce", D(2031, 3, 30))}


def test_a_plan_brokered_between_the_parties_is_their_deal(gazetteer: Gazetteer) -> None:
    text = "The talks grew out of the six-point plan brokered by the French president on Aug. 12."
    assert kinds_on(extract(text, D(2031, 9, 1), "en", gazetteer)) == {
        ("agreement", D(2031, 8, 12))
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("16 лютого M23 увійшла в Букаву.", "uk"),
        ("16 февраля M23 вошла в Букаву.", "ru"),
        ("M23 fighters entered Bukavu on Feb. 16.", "en"),
    ],
)
def test_an_armed_group_going_into_a_town_is_a_strike(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 3, 1), lang, gazetteer)) == {("strike", D(2031, 2, 16))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("16 лютого ця угода увійшла в історію.", "uk"),
        ("16 февраля партия вошла в состав коалиции.", "ru"),
    ],
)
def test_going_into_history_or_a_coalition_is_no_strike(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert not [p for p in extract(text, D(2031, 3, 1), lang, gazetteer) if p.kind == "strike"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Путін у четвер, 5 січня, доручив Шойгу запровадити режим припинення вогню з 12:00 "
            "за московським часом 6 січня до 24:00 7 січня.",
            "uk",
        ),
        (
            "Путин в четверг, 5 января, поручил Шойгу ввести режим прекращения огня с 12:00 по "
            "московскому времени 6 января до 24:00 7 января.",
            "ru",
        ),
    ],
)
def test_a_truce_ordered_from_a_clock_time_runs_its_own_days(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 1, 8), lang, gazetteer)
    [truce] = [p for p in proposals if p.kind == "truce"]
    assert (truce.starts_on, truce.ends_on) == (D(2031, 1, 6), D(2031, 1, 7))
    assert {p.starts_on for p in proposals} == {D(2031, 1, 5), D(2031, 1, 6)}  # and the order


def test_a_truce_ordered_from_a_day_is_that_days_truce(gazetteer: Gazetteer) -> None:
    text = (
        "Putin on Thursday, Jan. 5, ordered the army to introduce a ceasefire from 12:00 "
        "Moscow time on Jan. 6 to midnight on Jan. 7."
    )
    got = kinds_on(extract(text, D(2031, 1, 8), "en", gazetteer))
    assert got == {("statement", D(2031, 1, 5)), ("truce", D(2031, 1, 6))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Путін у четвер, 5 січня, доручив запровадити режим припинення вогню з 12:00 6 січня "
            "до 24:00 7 січня. У Кремлі пояснили це рішення закликом патріарха, який того ж дня "
            "попросив сторони про різдвяне перемир'я.",
            "uk",
        ),
        (
            "Путин в четверг, 5 января, поручил ввести режим прекращения огня с 12:00 6 января "
            "до 24:00 7 января. В Кремле объяснили это решение призывом патриарха, который в тот "
            "же день попросил стороны о рождественском перемирии.",
            "ru",
        ),
    ],
)
def test_the_same_day_after_a_truce_ordered_ahead_is_the_day_of_the_order(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    # the truce's days are ahead of the order; the story goes on from the order's day,
    # and a request on record is a proposal
    assert ("proposal", D(2031, 1, 5)) in kinds_on(extract(text, D(2031, 1, 8), lang, gazetteer))


def test_a_ceasefire_announced_from_a_later_day_and_its_denial(gazetteer: Gazetteer) -> None:
    text = (
        "On Dec. 31, the president announced a six-month bilateral ceasefire with the rebels, "
        "from Jan. 1 to June 30. Three days later the rebels said they had agreed to no such "
        "thing."
    )
    proposals = extract(text, D(2031, 8, 4), "en", gazetteer)
    assert kinds_on(proposals) == {
        ("statement", D(2030, 12, 31)),  # the announcement
        ("truce", D(2031, 1, 1)),  # the truce runs from its own first day
        ("statement", D(2031, 1, 3)),  # three days after the announcement: a denial
    }
    [truce] = [p for p in proposals if p.kind == "truce"]
    assert truce.ends_on == D(2031, 6, 30)


def test_talks_hosted_since_a_day_run_to_the_signing_at_their_end(gazetteer: Gazetteer) -> None:
    text = (
        "The ceasefire agreement was signed on June 9 in Havana at the end of a third round of "
        "talks that Cuba had hosted since May 2."
    )
    proposals = extract(text, D(2031, 8, 4), "en", gazetteer)
    [talks] = [p for p in proposals if p.kind == "talks"]
    assert (talks.starts_on, talks.ends_on) == (D(2031, 5, 2), D(2031, 6, 9))


def test_since_a_day_when_something_happened_is_that_days_event(gazetteer: Gazetteer) -> None:
    text = (
        "The president revived negotiations that had been frozen since Jan. 17, 2029, when a "
        "car bomb killed 22 police cadets at a training academy."
    )
    assert kinds_on(extract(text, D(2031, 8, 4), "en", gazetteer)) == {("strike", D(2029, 1, 17))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Міністр закордонних справ Еритреї прибув до столиці 26 червня.", "uk"),
        ("Министр иностранных дел Эритреи прибыл в столицу 26 июня.", "ru"),
        ("The foreign minister arrived in the capital on June 26 with a letter.", "en"),
    ],
)
def test_a_minister_or_delegation_arriving_is_a_visit(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 9, 17), lang, gazetteer)) == {("talks", D(2031, 6, 26))}


@pytest.mark.parametrize(
    "text",
    [
        "Trump announced on April 7 that talks with Iran would begin that weekend.",
        "Trump surprised reporters on April 7, announcing in the Oval Office, with the Israeli "
        "prime minister at his side, that talks with Iran would begin that weekend.",
    ],
)
def test_talks_announced_as_what_will_be_are_an_announcement(
    text: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 5, 24), "en", gazetteer)) == {
        ("statement", D(2031, 4, 7))
    }


def test_pulling_a_country_out_of_a_deal_is_a_withdrawal(gazetteer: Gazetteer) -> None:
    text = "Trump pulled the United States out of the 2015 nuclear deal on May 8, 2028."
    assert kinds_on(extract(text, D(2031, 5, 24), "en", gazetteer)) == {
        ("statement", D(2028, 5, 8))
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Асмера відповіла 20 червня. Її очолив міністр, який прибув до столиці 26 червня.", "uk"),
        ("Асмэра ответила 20 июня. Её возглавил министр, который прибыл в столицу 26 июня.", "ru"),
        (
            "Asmara replied on June 20. It was led by the minister, who arrived in the capital on "
            "June 26.",
            "en",
        ),
    ],
)
def test_one_who_arrived_on_a_day_visits_on_that_day_only(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    talks = [p for p in extract(text, D(2031, 9, 17), lang, gazetteer) if p.kind == "talks"]
    assert [p.starts_on for p in talks] == [D(2031, 6, 26)]


def test_a_ukrainian_word_with_an_apostrophe_ends_a_sentence() -> None:
    # the "я" after the apostrophe of "перемир'я" is no initial like "J."
    [block] = split_blocks("Путін оголосив перемир'я. Наступного дня Росія завдала удару.")
    assert [s.text for s in split_sentences(block)] == [
        "Путін оголосив перемир'я.",
        "Наступного дня Росія завдала удару.",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Путін у четвер доручив оголосити перемир'я. Кількома годинами раніше Путін провів "
            "телефонну розмову з Ердоганом.",
            "uk",
        ),
        (
            "Путин в четверг поручил объявить перемирие. Несколькими часами ранее Путин провёл "
            "телефонный разговор с Эрдоганом.",
            "ru",
        ),
    ],
)
def test_a_phone_call_held_hours_earlier_is_talks_that_day(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 1, 8), lang, gazetteer)
    assert ("talks", D(2031, 1, 2)) in kinds_on(proposals)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вимогу заклали у «формулу миру», яку Зеленський представив 15 листопада.", "uk"),
        ("Зеленський 15 листопада представив «формулу миру».", "uk"),
        ("Требование заложили в «формулу мира», которую Зеленский представил 15 ноября.", "ru"),
        ("Zelensky presented his ten-point peace formula on Nov. 15.", "en"),
    ],
)
def test_a_plan_presented_is_a_proposal(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert kinds_on(extract(text, D(2031, 12, 1), lang, gazetteer)) == {
        ("proposal", D(2031, 11, 15))
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Минулими вихідними, 11 і 12 жовтня, Зеленський двічі говорив з Трампом телефоном.", "uk"),
        (
            "В прошлые выходные, 11 и 12 октября, Зеленский дважды говорил с Трампом по телефону.",
            "ru",
        ),
        ("Last weekend, on Oct. 11 and 12, Zelensky spoke with Trump by phone twice.", "en"),
    ],
)
def test_twice_on_two_days_is_two_events(text: str, lang: str, gazetteer: Gazetteer) -> None:
    proposals = extract(text, D(2031, 10, 18), lang, gazetteer)
    assert [(p.kind, p.starts_on, p.ends_on) for p in proposals] == [
        ("talks", D(2031, 10, 11), None),
        ("talks", D(2031, 10, 12), None),
    ]


def test_a_plan_endorsed_by_the_council_is_agreed_and_past(gazetteer: Gazetteer) -> None:
    text = "The U.N. Security Council on Monday endorsed the president's plan to end the war."
    [deal] = extract(text, D(2031, 11, 18), "en", gazetteer)
    assert (deal.kind, deal.starts_on, deal.status) == ("agreement", D(2031, 11, 17), "held")
    # a party taking up a plan put forward stays a proposal
    text = "On Sunday, Israel endorsed a plan put forward by the U.S. envoy."
    assert kinds_on(extract(text, D(2031, 11, 18), "en", gazetteer)) == {
        ("proposal", D(2031, 11, 16))
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("14 вересня секретар Ради безпеки оголосив, що досягнуто перемир'я.", "uk"),
        ("14 сентября секретарь Совета безопасности объявил, что достигнуто перемирие.", "ru"),
        ("Режим припинення вогню, передбачений домовленостями, діє з 00:00 14 вересня.", "uk"),
        (
            "Режим прекращения огня, предусмотренный договорённостями, действует с 00:00 "
            "14 сентября.",
            "ru",
        ),
    ],
)
def test_a_truce_reached_or_in_force_from_a_day_is_a_truce(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert kinds_on(extract(text, D(2031, 11, 1), lang, gazetteer)) == {("truce", D(2031, 9, 14))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Так звана «чотириденна війна» з 2 по 5 квітня 2016 року забрала сотні життів.", "uk"),
        (
            "Так называемая «четырёхдневная война» со 2 по 5 апреля 2016 года унесла сотни жизней.",
            "ru",
        ),
    ],
)
def test_a_war_in_quotes_told_with_its_days_is_a_strike(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    [war] = extract(text, D(2031, 10, 12), lang, gazetteer)
    assert (war.kind, war.starts_on, war.ends_on) == ("strike", D(2016, 4, 2), D(2016, 4, 5))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Мінські домовленості, ухвалені 12 лютого 2015 року, так і не були виконані, а 21 "
            "лютого цього року Путін визнав «незалежність» так званих «ДНР» і «ЛНР».",
            "uk",
        ),
        (
            "Минские договорённости, принятые 12 февраля 2015 года, так и не были выполнены, а "
            "21 февраля этого года Путин признал «независимость» так называемых «ДНР» и «ЛНР».",
            "ru",
        ),
    ],
)
def test_recognising_independence_is_a_statement(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert ("statement", D(2031, 2, 21)) in kinds_on(extract(text, D(2031, 2, 28), lang, gazetteer))


def test_a_count_after_a_dated_day_gives_the_year_of_the_day_without_one(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Talks began under the six-point plan brokered by the French president on Aug. 12, "
        "2008. Two weeks later, on Aug. 26, Moscow recognised Abkhazia and South Ossetia as "
        "independent states."
    )
    got = kinds_on(extract(text, D(2031, 4, 10), "en", gazetteer))
    assert got == {("agreement", D(2008, 8, 12)), ("statement", D(2008, 8, 26))}


def test_hostilities_that_are_to_stop_from_a_day_are_a_truce(gazetteer: Gazetteer) -> None:
    text = (
        "Inside the zones, all hostilities, including air strikes, are to stop from 00:01 on "
        "Saturday."
    )
    assert kinds_on(extract(text, D(2031, 5, 9), "en", gazetteer)) == {("truce", D(2031, 5, 10))}


def test_a_process_launched_on_its_days_is_talks(gazetteer: Gazetteer) -> None:
    text = (
        "The Astana process itself was launched on Jan. 23-24 to shore up a nationwide "
        "ceasefire brokered by Moscow and Ankara."
    )
    [talks] = extract(text, D(2031, 5, 5), "en", gazetteer)
    assert (talks.kind, talks.starts_on, talks.ends_on) == ("talks", D(2031, 1, 23), D(2031, 1, 24))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "На зустрічі в Берліні, що тривала 2–3 червня, сторони у заключний день підписали "
            "протокол.",
            "uk",
        ),
        (
            "На встрече в Берлине, проходившей 2–3 июня, стороны в заключительный день "
            "подписали протокол.",
            "ru",
        ),
    ],
)
def test_a_protocol_signed_on_the_final_day_is_dated_by_it(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 6, 10), lang, gazetteer)
    assert kinds_on(proposals) == {("talks", D(2031, 6, 2)), ("agreement", D(2031, 6, 3))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Моряки у суботу повернулися в Україну в межах обміну. Ще в четвер суд звільнив "
            "Цемаха. Того ж дня Зеленський провів телефонну розмову з Путіним.",
            "uk",
        ),
        (
            "Моряки в субботу вернулись в Украину в рамках обмена. Ещё в четверг суд освободил "
            "Цемаха. В тот же день Зеленский провёл телефонный разговор с Путиным.",
            "ru",
        ),
    ],
)
def test_a_flashback_as_early_as_thursday_does_not_move_the_story(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    proposals = extract(text, D(2031, 9, 8), lang, gazetteer)
    assert ("talks", D(2031, 9, 6)) in kinds_on(proposals)  # Saturday, not Thursday
