"""Editor's rules added after the second dev set, each on a sentence of our own."""

from __future__ import annotations

import datetime as dt

from newsroom.extraction import Gazetteer, Proposal, extract
from newsroom.extraction.dates import DateContext, find_dates

D = dt.date


def dates(text: str, published: D) -> list[tuple[D | None, D | None]]:
    found = find_dates(text, 0, DateContext(published, "en"))
    return [(m.starts_on, m.ends_on) for m in found if m.is_event_date]


def names(proposal: Proposal) -> set[str]:
    return {a.name for a in proposal.actors}


def only(proposals: list[Proposal], kind: str, start: D) -> Proposal:
    found = [p for p in proposals if p.kind == kind and p.starts_on == start]
    assert len(found) == 1, [(p.kind, p.starts_on) for p in proposals]
    return found[0]


def test_capitalised_between_opens_a_range() -> None:
    # "Between March 3 and 5, ..." at the head of a sentence is one range
    assert dates("Between March 3 and 5, rival units traded fire.", D(2030, 3, 9)) == [
        (D(2030, 3, 3), D(2030, 3, 5))
    ]


def test_year_at_the_end_of_a_from_to_range_is_both_days_year() -> None:
    # "from May 1 to Sept. 30, 2019": one long range, all of it in 2019
    assert dates("The moratorium held from May 1 to Sept. 30, 2019.", D(2030, 3, 9)) == [
        (D(2019, 5, 1), D(2019, 9, 30))
    ]


def test_following_day_counts_from_the_date_told_in_the_same_sentence() -> None:
    text = "The siege began on June 4, 2021; the town fell the following day."
    assert [s for s, _ in dates(text, D(2030, 3, 9))] == [D(2021, 6, 4), D(2021, 6, 5)]


def test_a_demonym_names_its_state(gazetteer: Gazetteer) -> None:
    text = "Qatari and Egyptian mediators met Hamas negotiators in Cairo on Tuesday."
    proposals = extract(text, published=D(2030, 3, 6), language="en", gazetteer=gazetteer)
    assert {"Qatar", "Egypt", "Hamas"} <= names(only(proposals, "talks", D(2030, 3, 5)))


def test_an_inflected_cyrillic_demonym_names_its_state(gazetteer: Gazetteer) -> None:
    text = "У ніч на 3 березня російські дрони атакували Одесу."
    proposals = extract(text, published=D(2030, 3, 4), language="uk", gazetteer=gazetteer)
    assert "Russia" in names(only(proposals, "strike", D(2030, 3, 3)))


def test_a_states_ministry_speaks_for_the_state(gazetteer: Gazetteer) -> None:
    text = "Во вторник, 4 марта, Минобороны России обвинило Украину в обстреле."
    proposals = extract(text, published=D(2030, 3, 5), language="ru", gazetteer=gazetteer)
    assert {"Russia", "Ukraine"} <= names(only(proposals, "statement", D(2030, 3, 4)))


def test_he_before_any_name_is_the_person_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "Donald Trump had set a deadline for a reply.\n\n"
        "On Thursday he rejected the counter-offer and said envoy Steve Witkoff would fly "
        "to Moscow."
    )
    proposals = extract(text, published=D(2030, 3, 8), language="en", gazetteer=gazetteer)
    assert {"Donald Trump", "Steve Witkoff"} <= names(only(proposals, "statement", D(2030, 3, 7)))


def test_a_swap_is_an_exchange_and_clashes_are_a_strike(gazetteer: Gazetteer) -> None:
    text = (
        "A swap of detainees took place on the night of March 2.\n\n"
        "Between March 4 and 6, rival militias clashed near the border."
    )
    proposals = extract(text, published=D(2030, 3, 9), language="en", gazetteer=gazetteer)
    assert only(proposals, "exchange", D(2030, 3, 2))
    assert only(proposals, "strike", D(2030, 3, 4)).ends_on == D(2030, 3, 6)


def test_one_sided_mention_of_a_party_does_not_split_a_strike(gazetteer: Gazetteer) -> None:
    # the first sentence names Thailand after the verb, the second as the attacker:
    # one episode of fighting, not two strikes
    text = (
        "Fighting erupted on July 3 along the border with Thailand.\n\n"
        "Thai air strikes on July 3 hit several villages."
    )
    proposals = extract(text, published=D(2030, 7, 8), language="en", gazetteer=gazetteer)
    assert len([p for p in proposals if p.kind == "strike"]) == 1
