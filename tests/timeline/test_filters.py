"""timeline/filters.py: the public query parameters, parsed or refused with a reason."""

import datetime as dt

import pytest
from django.core import signing
from django.http import QueryDict

from tests.factories import ActorFactory, PlaceFactory, ProcessFactory
from timeline.filters import (
    BadFilter,
    Cursor,
    parse_day_range,
    parse_timeline_filters,
)

D = dt.date


def parse(query: str, **fixed):
    return parse_timeline_filters(QueryDict(query), **fixed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-02-04", (D(2026, 2, 4), D(2026, 2, 4))),
        ("2026-02", (D(2026, 2, 1), D(2026, 2, 28))),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
        ("2026", (D(2026, 1, 1), D(2026, 12, 31))),
        ("Feb 2026", (D(2026, 2, 1), D(2026, 2, 28))),
        ("February 2026", (D(2026, 2, 1), D(2026, 2, 28))),
        ("4 February 2026", (D(2026, 2, 4), D(2026, 2, 4))),
        ("Feb. 4, 2026", (D(2026, 2, 4), D(2026, 2, 4))),
    ],
)
def test_parse_day_range(text, expected):
    assert parse_day_range(text) == expected


@pytest.mark.parametrize(
    "text", ["soon", "2026-13", "2026-02-30", "Feb 30 2026", "Feb 4", "yesterday", "x" * 80]
)
def test_parse_day_range_refuses(text):
    with pytest.raises(ValueError):
        parse_day_range(text)


def test_empty_query_means_no_filter():
    filters = parse("process=&kind=&from=&to=&q=&order=&cursor=&at=")
    assert not filters.is_filtered
    assert filters.order == "newest"
    assert filters.cursor is None


@pytest.mark.django_db
def test_slugs_resolve_to_rows():
    process, actor, place = ProcessFactory(), ActorFactory(), PlaceFactory()
    filters = parse(f"process={process.slug}&actor={actor.slug}&place={place.slug}")
    assert (filters.process, filters.actor, filters.place) == (process, actor, place)


@pytest.mark.django_db
def test_unknown_process_names_choices():
    ProcessFactory(slug="gaza")
    with pytest.raises(BadFilter) as caught:
        parse("process=nowhere")
    assert caught.value.param == "process"
    assert caught.value.choices == ["gaza"]


@pytest.mark.django_db
@pytest.mark.parametrize("param", ["actor", "place"])
def test_unknown_actor_or_place(param):
    with pytest.raises(BadFilter) as caught:
        parse(f"{param}=nobody")
    assert caught.value.param == param


def test_kinds_are_repeatable_and_deduplicated():
    assert parse("kind=talks&kind=strike&kind=talks").kinds == ("talks", "strike")


def test_unknown_kind_lists_valid_kinds():
    with pytest.raises(BadFilter) as caught:
        parse("kind=talks&kind=picnic")
    assert caught.value.param == "kind"
    assert "truce" in caught.value.choices


def test_unknown_order():
    with pytest.raises(BadFilter) as caught:
        parse("order=random")
    assert caught.value.choices == ["newest", "oldest"]


def test_single_valued_parameter_given_twice():
    with pytest.raises(BadFilter) as caught:
        parse("order=newest&order=oldest")
    assert caught.value.param == "order"


def test_month_range_from_typed_forms():
    filters = parse("from=Jan+2026&to=2026-02")
    assert (filters.first, filters.last) == (D(2026, 1, 1), D(2026, 2, 28))
    assert filters.typed == {"from": "Jan 2026", "to": "2026-02"}


@pytest.mark.parametrize("param", ["from", "to"])
def test_malformed_date(param):
    with pytest.raises(BadFilter) as caught:
        parse(f"{param}=someday")
    assert caught.value.param == param
    assert "2026-02" in caught.value.message


def test_to_before_from():
    with pytest.raises(BadFilter) as caught:
        parse("from=2026-03&to=2026-02")
    assert caught.value.param == "to"


def test_words_are_folded():
    assert parse("q=Zélensky+ПЕРЕГОВОРЫ").words == ("zelensky", "переговоры")


def test_too_many_words():
    with pytest.raises(BadFilter):
        parse("q=" + "+".join(f"w{i}" for i in range(11)))


def test_cursor_round_trip():
    cursor = Cursor("oldest", D(2026, 2, 4), 7, "month")
    assert parse(f"order=oldest&cursor={cursor.sign()}").cursor == cursor


def test_tampered_cursor():
    token = Cursor("newest", D(2026, 2, 4), 7).sign()
    tampered = token.replace(token[5], "A" if token[5] != "A" else "B", 1)
    with pytest.raises(BadFilter) as caught:
        parse(f"cursor={tampered}")
    assert caught.value.param == "cursor"


def test_cursor_signed_with_another_salt():
    token = signing.dumps(["newest", "2026-02-04", 7, "day"])
    with pytest.raises(BadFilter):
        parse(f"cursor={token}")


def test_cursor_of_the_other_order():
    token = Cursor("newest", D(2026, 2, 4), 7).sign()
    with pytest.raises(BadFilter) as caught:
        parse(f"order=oldest&cursor={token}")
    assert caught.value.param == "cursor"


@pytest.mark.parametrize("value", ["abc", "-3", "1.5"])
def test_bad_at(value):
    with pytest.raises(BadFilter) as caught:
        parse(f"at={value}")
    assert caught.value.param == "at"


@pytest.mark.django_db
def test_query_round_trips_and_drops_position():
    process = ProcessFactory(slug="talks-track")
    filters = parse(
        f"process={process.slug}&kind=talks&kind=truce&from=Feb+2026&q=Geneva&order=oldest&at=3"
    )
    query = filters.query()
    assert query == "process=talks-track&kind=talks&kind=truce&from=Feb+2026&q=Geneva&order=oldest"
    again = parse(query)
    assert (again.process, again.kinds, again.first, again.words, again.order) == (
        process,
        ("talks", "truce"),
        D(2026, 2, 1),
        ("geneva",),
        "oldest",
    )


@pytest.mark.django_db
def test_fixed_subject_wins():
    actor = ActorFactory()
    assert parse("actor=whoever", actor=actor).actor == actor
