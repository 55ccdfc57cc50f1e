"""The scorer on tiny hand-made gold and proposal sets, and the corpus bars."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsroom.extraction import ActorRef, Gazetteer, Proposal, Span
from newsroom.extraction.evaluation import (
    Article,
    Counts,
    GoldEvent,
    evaluate,
    load_corpus,
    match_events,
    project_extractor,
    read_bars,
    score_article,
    scores,
)

D = dt.date
TEXT = "Talks ran on May 2-3. A strike hit on May 1. Envoys met on May 4."


def gold(
    kind: str,
    start: D,
    end: D | None = None,
    actors: tuple[str, ...] = (),
    optional: bool = False,
    span: tuple[int, int] | None = None,
) -> GoldEvent:
    return GoldEvent(kind, start, end, actors, "", optional, span)


def proposal(
    kind: str,
    start: D,
    end: D | None = None,
    actors: tuple[ActorRef, ...] = (),
    span: tuple[int, int] = (0, 5),
    unknown: tuple[str, ...] = (),
) -> Proposal:
    return Proposal(
        kind=kind,
        starts_on=start,
        ends_on=end,
        actors=actors,
        unknown_people=unknown,
        spans=(Span(span[0], span[1], TEXT[span[0] : span[1]]),),
        key=f"{kind}:{start}",
    )


def article(*events: GoldEvent) -> Article:
    return Article("a", TEXT, D(2031, 5, 5), "en", tuple(events))


def test_found_needs_same_kind_and_start() -> None:
    counts = score_article(
        article(gold("talks", D(2031, 5, 2)), gold("strike", D(2031, 5, 1))),
        [proposal("talks", D(2031, 5, 2)), proposal("talks", D(2031, 5, 1))],
    )
    assert (counts.found, counts.proposals, counts.gold) == (1, 2, 2)
    result = scores(counts, 1)
    assert (result.precision, result.recall, result.events_f1) == (0.5, 0.5, 0.5)


def test_each_gold_and_proposal_match_once() -> None:
    counts = score_article(
        article(gold("talks", D(2031, 5, 2))),
        [proposal("talks", D(2031, 5, 2)), proposal("talks", D(2031, 5, 2))],
    )
    assert (counts.found, counts.proposals) == (1, 2)


def test_optional_events_neither_reward_nor_punish() -> None:
    events = (
        gold("talks", D(2031, 5, 2)),
        gold("talks", D(2031, 5, 4), optional=True),
        gold("strike", D(2031, 5, 1), optional=True),
    )
    counts = score_article(
        article(*events), [proposal("talks", D(2031, 5, 2)), proposal("talks", D(2031, 5, 4))]
    )
    assert (counts.found, counts.proposals, counts.gold) == (1, 1, 1)


def test_required_events_are_matched_before_optional_ones() -> None:
    events = (gold("talks", D(2031, 5, 2), optional=True), gold("talks", D(2031, 5, 2)))
    counts = score_article(article(*events), [proposal("talks", D(2031, 5, 2))])
    assert (counts.found, counts.proposals, counts.gold) == (1, 1, 1)


def test_overlapping_evidence_breaks_ties() -> None:
    first, second = (
        gold("talks", D(2031, 5, 2), span=(0, 20)),
        gold("talks", D(2031, 5, 2), span=(45, 66)),
    )
    near_second = proposal("talks", D(2031, 5, 2), span=(45, 60))
    near_first = proposal("talks", D(2031, 5, 2), span=(0, 10))
    pairs = match_events([first, second], [near_second, near_first])
    assert {(g.span, p.spans[0].start) for g, p in pairs} == {((0, 20), 0), ((45, 66), 45)}


def test_range_accuracy_counts_found_events_with_a_gold_end() -> None:
    events = (
        gold("talks", D(2031, 5, 2), D(2031, 5, 3)),
        gold("strike", D(2031, 5, 1), D(2031, 5, 2)),
        gold("talks", D(2031, 5, 4)),
    )
    counts = score_article(
        article(*events),
        [
            proposal("talks", D(2031, 5, 2), D(2031, 5, 3)),
            proposal("strike", D(2031, 5, 1)),  # single day: last day = start, wrong
            proposal("talks", D(2031, 5, 4), D(2031, 5, 9)),  # gold end null: not scored
        ],
    )
    assert (counts.ranged, counts.ranged_right) == (2, 1)


def test_actor_recall_by_name_alias_or_surname() -> None:
    gaz = Gazetteer.from_records(
        actors=[
            {
                "name": "Rustem Umerov",
                "slug": "umerov",
                "kind": "person",
                "aliases": ["Рустем Умєров"],
            },
            {"name": "Russia", "slug": "russia", "kind": "state", "aliases": ["Россия"]},
        ]
    )
    actors = (ActorRef("umerov", "Rustem Umerov"), ActorRef("russia", "Russia"))
    event = gold(
        "talks",
        D(2031, 5, 2),
        actors=("Umerov", "рустем умєров", "Россия", "Ukraine", "Jonas Berg"),
    )
    counts = score_article(
        article(event),
        [proposal("talks", D(2031, 5, 2), actors=actors, unknown=("Jonas Berg",))],
        gaz,
    )
    assert (counts.actors, counts.actors_named) == (5, 4)


def test_date_only_f1_ignores_kind_and_optional_starts() -> None:
    events = (
        gold("talks", D(2031, 5, 2)),
        gold("strike", D(2031, 5, 1)),
        gold("talks", D(2031, 5, 4), optional=True),
    )
    counts = score_article(
        article(*events),
        [
            proposal("statement", D(2031, 5, 2)),
            proposal("talks", D(2031, 5, 4)),
            proposal("talks", D(2031, 5, 9)),
        ],
    )
    assert (counts.dates_found, counts.dates_proposed, counts.dates_gold) == (1, 2, 2)


def test_counts_add_up_over_articles() -> None:
    total = Counts(found=1, proposals=2, gold=2)
    total += Counts(found=3, proposals=3, gold=4)
    assert scores(total, 2).precision == pytest.approx(4 / 5)
    assert scores(total, 2).recall == pytest.approx(4 / 6)


def test_summary_line_format() -> None:
    line = scores(
        Counts(found=1, proposals=1, gold=1, dates_found=1, dates_gold=1, dates_proposed=1), 3
    ).line()
    assert line == (
        "events F1 1.000 P 1.000 R 1.000 | dates F1 1.000 | ranges 0.000 | "
        "actors 0.000 | 3 articles"
    )


def test_bars_are_read_from_pyproject(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.newsroom.extraction-bars]\nevents_f1 = 0.9\nactors = 0.85\n")
    assert read_bars(path) == {"events_f1": 0.9, "actors": 0.85}


def test_corpus_meets_the_project_bars(corpus_dir: Path, gazetteer: Gazetteer) -> None:
    bars = read_bars(Path(__file__).resolve().parents[3] / "pyproject.toml")
    result, _ = evaluate(load_corpus([corpus_dir]), project_extractor(gazetteer), gazetteer)
    assert result.below(bars) == [], result.line()


def test_load_corpus_says_what_is_wrong_with_its_directories(tmp_path) -> None:
    with pytest.raises(ValueError, match="Not a directory"):
        load_corpus([tmp_path / "missing"])
    with pytest.raises(ValueError, match=r"No \*\.json articles"):
        load_corpus([tmp_path])
