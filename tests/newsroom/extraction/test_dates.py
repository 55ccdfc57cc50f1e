"""The date grammar on sentences of our own, per language and form."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.extraction.dates import (
    DateContext,
    find_dates,
    find_durations,
    infer_year,
    next_anchor,
    resolve_weekday,
)

D = dt.date


def one(text: str, published: D, lang: str = "en", anchor: D | None = None):
    mentions = [
        m for m in find_dates(text, 0, DateContext(published, lang, anchor)) if m.is_event_date
    ]
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Envoys met in Oslo on Sept. 9-11 to draft the text.", D(2030, 9, 9), D(2030, 9, 11)),
        ("The summit ran Nov. 28–Dec. 2 in the capital.", D(2030, 11, 28), D(2030, 12, 2)),
        ("Shelling eased between Aug. 3 and Aug. 6, monitors said.", D(2030, 8, 3), D(2030, 8, 6)),
        ("The pause lasted from 14 July to 20 July.", D(2030, 7, 14), D(2030, 7, 20)),
        ("Talks were held on 5-7 October, officials said.", D(2030, 10, 5), D(2030, 10, 7)),
    ],
)
def test_english_ranges(text: str, start: D, end: D) -> None:
    mention = one(text, D(2030, 10, 20))
    assert (mention.starts_on, mention.ends_on) == (start, end)


def test_ordinal_day_and_explicit_year() -> None:
    mention = one("The accord was initialled on August 15th, 2027.", D(2030, 1, 2))
    assert mention.starts_on == D(2027, 8, 15)
    assert not mention.year_inferred


def test_missing_year_leans_to_the_past_and_is_recorded() -> None:
    mention = one("A swap took place on Dec. 30.", D(2031, 3, 5))
    assert mention.starts_on == D(2030, 12, 30)
    assert mention.year_inferred


def test_missing_year_near_new_year_goes_forward_when_closer() -> None:
    assert infer_year(1, 8, D(2030, 12, 27)) == D(2031, 1, 8)
    assert infer_year(6, 20, D(2030, 12, 27)) == D(2030, 6, 20)


def test_weekday_is_the_last_such_day_unless_the_clause_is_future() -> None:
    wednesday = D(2031, 3, 5)
    assert one("Officials met on Monday in Vienna.", wednesday).starts_on == D(2031, 3, 3)
    assert one("The envoys will meet on Monday.", wednesday).starts_on == D(2031, 3, 10)
    assert one("The committee is due to meet next Friday.", wednesday).starts_on == D(2031, 3, 7)
    assert one("Fighting flared last Wednesday.", wednesday).starts_on == D(2031, 2, 26)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Минулої середи сторони обмінялися полоненими.", "uk", D(2031, 2, 26)),
        ("Наступної середи делегації зустрінуться знову.", "uk", D(2031, 3, 12)),
        ("Цієї п’ятниці делегації зустрінуться знову.", "uk", D(2031, 3, 7)),
        ("В прошлую среду стороны обменялись пленными.", "ru", D(2031, 2, 26)),
    ],
)
def test_last_and_next_weekday_in_ukrainian_and_russian(text: str, lang: str, day: D) -> None:
    wednesday = D(2031, 3, 5)
    assert one(text, wednesday, lang).starts_on == day


def test_weekday_with_a_date_takes_the_date() -> None:
    mention = one("The truce starts on Saturday, March 8.", D(2031, 3, 5))
    assert mention.starts_on == D(2031, 3, 8)


def test_weekday_closing_a_clause_ignores_a_later_would() -> None:
    text = "On Friday, the minister said he would not travel."
    assert one(text, D(2031, 3, 5)).starts_on == D(2031, 2, 28)


def test_relative_words_chain_from_the_anchor() -> None:
    published = D(2031, 3, 5)
    assert one(
        "The following day, the leaders spoke.", published, anchor=D(2031, 2, 10)
    ).starts_on == D(2031, 2, 11)
    assert one(
        "Four days later, the talks resumed.", published, anchor=D(2031, 2, 10)
    ).starts_on == D(2031, 2, 14)
    assert one("Yesterday the parties signed.", published).starts_on == D(2031, 3, 4)


def test_the_following_day_counts_from_a_weekday_told_in_the_same_sentence() -> None:
    text = (
        "The envoy said on Tuesday that a deal was near, and both sides signed the following day."
    )
    mentions = find_dates(text, 0, DateContext(D(2031, 3, 5), "en", anchor=D(2031, 2, 1)))
    assert [m.starts_on for m in mentions] == [D(2031, 3, 4), D(2031, 3, 5)]


def test_a_bare_ordinal_is_a_day_of_the_month_just_told() -> None:
    context = DateContext(D(2031, 1, 7), "en", anchor=D(2030, 12, 14))
    [mention] = find_dates("Talks resumed in Bern on the 28th.", 0, context)
    assert mention.starts_on == D(2030, 12, 28)
    assert find_dates("It was the 20th century's bloodiest war.", 0, context) == []
    assert (
        find_dates(
            "Envoys met on the 31st, it was said.",
            0,
            DateContext(D(2031, 3, 1), "en", anchor=D(2031, 2, 10)),
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Truces on April 19-20 and May 8-10 last year were broken at once.", "en"),
        ("Перемир'я 19–20 квітня та «травневе» з 8 по 10 травня 2030 року порушили.", "uk"),
        ("Перемирия 19–20 апреля и с 8 по 10 мая прошлого года были нарушены.", "ru"),
    ],
)
def test_a_year_at_the_end_of_a_list_of_dates_is_the_whole_lists(text: str, lang: str) -> None:
    mentions = find_dates(text, 0, DateContext(D(2031, 3, 5), lang))
    assert [(m.starts_on, m.ends_on) for m in mentions] == [
        (D(2030, 4, 19), D(2030, 4, 20)),
        (D(2030, 5, 8), D(2030, 5, 10)),
    ]


def test_today_inside_a_quote_is_not_the_publication_day() -> None:
    text = "«Сегодня мы закрываем страницу войны», — заявил вчера премьер."
    mentions = find_dates(text, 0, DateContext(D(2031, 3, 8), "ru"))
    assert [m.starts_on for m in mentions] == [D(2031, 3, 7)]
    text = '"Today we turn the page," the premier said yesterday.'
    mentions = find_dates(text, 0, DateContext(D(2031, 3, 8), "en"))
    assert [m.starts_on for m in mentions] == [D(2031, 3, 7)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Talks ran Nov. 17 through 19 in the capital.", [(D(2030, 11, 17), D(2030, 11, 19))]),
        ("They met Monday through Wednesday.", [(D(2030, 11, 18), D(2030, 11, 20))]),
        ("They met on 17 and 18 November.", [(D(2030, 11, 17), D(2030, 11, 18))]),
        ("They met on Nov. 17 and 18.", [(D(2030, 11, 17), D(2030, 11, 18))]),
        ("They met on Nov. 17 and 19.", [(D(2030, 11, 17), None), (D(2030, 11, 19), None)]),
        ("They met on 17 and 19 November.", [(D(2030, 11, 17), None), (D(2030, 11, 19), None)]),
        ("On March 3 and 40 people died.", [(D(2030, 3, 3), None)]),
        ("Talks were held November 17 to 19.", [(D(2030, 11, 17), D(2030, 11, 19))]),
    ],
)
def test_days_listed_with_and_or_through_share_the_month(text: str, days: list) -> None:
    mentions = find_dates(text, 0, DateContext(D(2030, 11, 22), "en"))  # a Friday
    assert [(m.starts_on, m.ends_on) for m in mentions if m.is_event_date] == days


def test_russian_ordinal_day_endings() -> None:
    context = DateContext(D(2030, 11, 22), "ru")
    mentions = find_dates("Переговоры прошли 17-го и 18-го ноября.", 0, context)
    assert [(m.starts_on, m.ends_on) for m in mentions] == [(D(2030, 11, 17), D(2030, 11, 18))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У понеділок і вівторок делегації проводили консультації.", "uk"),
        ("В понедельник и вторник делегации провели консультации.", "ru"),
    ],
)
def test_two_weekdays_running_named_once_with_a_preposition(text: str, lang: str) -> None:
    mentions = find_dates(text, 0, DateContext(D(2030, 11, 22), lang))  # a Friday
    assert [(m.starts_on, m.ends_on) for m in mentions] == [(D(2030, 11, 18), D(2030, 11, 19))]


def test_the_same_year_is_the_year_of_the_date_before() -> None:
    text = "Перемирие вступило в силу 2 апреля 2022 года и истекло 2 октября того же года."
    mentions = find_dates(text, 0, DateContext(D(2023, 4, 17), "ru"))
    assert [(m.starts_on, m.role) for m in mentions] == [
        (D(2022, 4, 2), "start"),
        (D(2022, 10, 2), "end"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Бои шли почти сутки — до 13:00 среды, когда вступило в силу перемирие.", "ru", 20),
        ("Перемир'я діє з понеділка.", "uk", 18),
    ],
)
def test_a_weekday_after_a_clock_time_or_a_preposition(text: str, lang: str, day: int) -> None:
    mentions = find_dates(text, 0, DateContext(D(2030, 11, 22), lang))  # a Friday
    assert [m.starts_on for m in mentions] == [D(2030, 11, day)]


def test_that_year_after_a_bare_year_in_the_sentence() -> None:
    text = "Both build on the 2013 Brussels Agreement, signed on April 19 that year."
    mentions = find_dates(text, 0, DateContext(D(2022, 11, 24), "en"))
    assert [m.starts_on for m in mentions] == [D(2013, 4, 19)]


@pytest.mark.parametrize(
    ("text", "lang", "day", "precision"),
    [
        ("The envoys met three days ago in Oslo.", "en", D(2030, 11, 19), "day"),
        ("The envoys met the day before yesterday.", "en", D(2030, 11, 20), "day"),
        ("The war began five weeks ago.", "en", D(2030, 10, 18), "week"),
        ("Посланці зустрілися три дні тому.", "uk", D(2030, 11, 19), "day"),
        ("Переговори почалися тиждень тому.", "uk", D(2030, 11, 15), "week"),
        ("Посланники встретились два дня назад.", "ru", D(2030, 11, 20), "day"),
    ],
)
def test_days_and_weeks_ago_count_back_from_publication(
    text: str, lang: str, day: D, precision: str
) -> None:
    [mention] = find_dates(text, 0, DateContext(D(2030, 11, 22), lang))
    assert (mention.starts_on, mention.precision) == (day, precision)


def test_that_year_after_a_year_named_alone() -> None:
    text = "Переговоры не проводятся с 2019 года: последний раунд прошёл 9–10 октября того года."
    mentions = find_dates(text, 0, DateContext(D(2025, 1, 29), "ru"))
    assert [(m.starts_on, m.ends_on) for m in mentions if m.is_event_date] == [
        (D(2019, 10, 9), D(2019, 10, 10))
    ]


def test_a_month_with_its_year_gives_the_year_of_a_day_after_it() -> None:
    text = "The last large exchange, in April 2023, saw 900 prisoners flown home on April 14."
    mentions = find_dates(text, 0, DateContext(D(2025, 12, 24), "en"))
    assert [m.starts_on for m in mentions if m.is_event_date] == [D(2023, 4, 14)]


def test_a_second_date_half_a_year_from_the_first_leans_forward() -> None:
    text = "The truce, which took effect on April 2 last year, lapsed on Oct. 2."
    mentions = find_dates(text, 0, DateContext(D(2023, 9, 20), "en"))
    assert [(m.starts_on, m.role) for m in mentions] == [
        (D(2022, 4, 2), "start"),
        (D(2022, 10, 2), "end"),
    ]


def test_a_day_after_dates_the_clause_it_introduces() -> None:
    text = "Talks opened on March 2, a day after the rebels shelled the town."
    mentions = find_dates(text, 0, DateContext(D(2031, 3, 5), "en"))
    assert [m.starts_on for m in mentions] == [D(2031, 3, 2), D(2031, 3, 1)]
    assert next_anchor(mentions, None) == D(2031, 3, 2)


def test_until_midnight_ends_the_previous_day() -> None:
    text = "The truce holds from May 1 until midnight on May 4."
    mention = one(text, D(2031, 5, 6))
    assert (mention.starts_on, mention.ends_on) == (D(2031, 5, 1), D(2031, 5, 3))


def test_until_alone_is_an_end_not_an_event_date() -> None:
    mentions = find_dates(
        "The pause is meant to last until March 9.", 0, DateContext(D(2031, 3, 5), "en")
    )
    assert [m.role for m in mentions] == ["end"]


def test_overnight_keeps_a_time_note() -> None:
    mention = one("Drones struck the port overnight on Feb. 17.", D(2031, 3, 5))
    assert mention.starts_on == D(2031, 2, 17)
    assert mention.time_note == "overnight"


def test_clock_time_becomes_a_time_note() -> None:
    mention = one("The ceasefire began at 6 p.m. Moscow time on May 9.", D(2031, 5, 10))
    assert "6 p.m. Moscow time" in mention.time_note


def test_counts_and_numbers_are_not_dates() -> None:
    text = "Some 1,200 prisoners and 30 hostages, Resolution 2735, 18:00 GMT."
    assert find_dates(text, 0, DateContext(D(2031, 3, 5), "en")) == []


def test_vague_months_and_years_are_not_day_dates() -> None:
    mentions = find_dates(
        "The rebels advanced in late January and since 2019.", 0, DateContext(D(2031, 3, 5), "en")
    )
    assert {m.precision for m in mentions} == {"month", "year"}
    assert not any(m.is_event_date for m in mentions)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Режим тиші діяв 7–8 травня.", D(2031, 5, 7), D(2031, 5, 8)),
        ("Обмін тривав з 12 по 14 березня 2031 року.", D(2031, 3, 12), D(2031, 3, 14)),
        ("Сторони зустрілися між 2 і 4 лютого.", D(2031, 2, 2), D(2031, 2, 4)),
    ],
)
def test_ukrainian_ranges(text: str, start: D, end: D) -> None:
    mention = one(text, D(2031, 5, 20), "uk")
    assert (mention.starts_on, mention.ends_on) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Переговоры шли с 8 по 10 мая.", D(2031, 5, 8), D(2031, 5, 10)),
        ("Делегации встретились 3 апреля 2031 года.", D(2031, 4, 3), None),
        ("Перемирие длилось 9–11 мая.", D(2031, 5, 9), D(2031, 5, 11)),
    ],
)
def test_russian_dates(text: str, start: D, end: D | None) -> None:
    mention = one(text, D(2031, 5, 20), "ru")
    assert (mention.starts_on, mention.ends_on) == (start, end)


def test_night_of_names_the_morning_day() -> None:
    mention = one("В ночь на 4 марта дроны атаковали порт.", D(2031, 3, 5), "ru")
    assert mention.starts_on == D(2031, 3, 4)
    assert mention.time_note == "overnight"


def test_cyrillic_weekdays_and_relative_words() -> None:
    wednesday = D(2031, 3, 5)
    assert one("У неділю делегації зустрілися.", wednesday, "uk").starts_on == D(2031, 3, 2)
    assert one("В субботу стороны обменялись пленными.", wednesday, "ru").starts_on == D(2031, 3, 1)
    assert one(
        "Накануне стороны подписали протокол.", wednesday, "ru", anchor=D(2031, 3, 4)
    ).starts_on == D(2031, 3, 3)
    assert one(
        "Наступного дня посли повернулися.", wednesday, "uk", anchor=D(2031, 3, 1)
    ).starts_on == D(2031, 3, 2)


def test_a_bare_eve_is_the_day_before_publication() -> None:
    wednesday = D(2031, 3, 5)
    earlier = D(2031, 2, 20)  # the last date the story mentioned
    said = one("Речник напередодні заявив, що угоди немає.", wednesday, "uk", anchor=earlier)
    assert said.starts_on == D(2031, 3, 4)
    said = one("Песков накануне сообщил об этом.", wednesday, "ru", anchor=earlier)
    assert said.starts_on == D(2031, 3, 4)
    # "the eve of" something counts from the story's last date
    eve = one("Накануне переговоров стороны обменялись письмами.", wednesday, "ru", anchor=earlier)
    assert eve.starts_on == D(2031, 2, 19)


def test_ukrainian_until_midnight() -> None:
    text = "Перемир'я діє з 10:00 5 травня до опівночі 7 травня."
    mention = one(text, D(2031, 5, 8), "uk")
    assert (mention.starts_on, mention.ends_on) == (D(2031, 5, 5), D(2031, 5, 6))


def test_a_range_ending_at_a_clock_time() -> None:
    # "до 00:00 30 березня" is midnight: the last full day is March 29; "до 24:00 7
    # січня" ends with January 7
    text = "Мораторій мав діяти з 00:00 28 лютого до 00:00 30 березня."
    mention = one(text, D(2031, 3, 31), "uk")
    assert (mention.starts_on, mention.ends_on) == (D(2031, 2, 28), D(2031, 3, 29))
    text = "Перемир'я діяло з 12:00 6 січня до 24:00 7 січня."
    mention = one(text, D(2031, 1, 8), "uk")
    assert (mention.starts_on, mention.ends_on) == (D(2031, 1, 6), D(2031, 1, 7))


def test_durations() -> None:
    assert [d for _, d in find_durations("a 14-day truce and two days of talks", "en")] == [14, 2]
    assert [d for _, d in find_durations("a 48-hour pause", "en")] == [2]
    assert find_durations("a day after the vote, within 30 days", "en") == []
    assert [d for _, d in find_durations("перемир'я на 30 днів", "uk")] == [30]
    # how far apart two events are is no length: "через три дні після саміту"
    assert find_durations("через три дні після саміту", "uk") == []
    assert find_durations("спустя три дня после саммита", "ru") == []


def test_resolve_weekday_on_the_day_itself() -> None:
    assert resolve_weekday(2, D(2031, 3, 5)) == D(2031, 3, 5)
    assert resolve_weekday(2, D(2031, 3, 5), "last") == D(2031, 2, 26)


# ---- rules added for generalisation (sentences of our own)


def test_year_less_date_far_ahead_is_last_years() -> None:
    # an autumn article recalling "March 4" means this year's March, not next year's
    assert infer_year(1, 22, D(2030, 10, 2)) == D(2030, 1, 22)
    assert infer_year(12, 29, D(2031, 1, 6)) == D(2030, 12, 29)
    # a future clause may still reach further ahead
    assert infer_year(3, 4, D(2030, 11, 20), future=True) == D(2031, 3, 4)


def test_clock_time_colon_does_not_break_a_future_clause() -> None:
    # Thursday publication; "is due to ... at 6:30 p.m. ... on Saturday" is the coming Saturday
    mention = one("The pause is due to begin at 6:30 p.m. local time on Saturday.", D(2031, 3, 6))
    assert mention.starts_on == D(2031, 3, 8)


def test_a_place_between_would_and_the_date_keeps_the_future() -> None:
    # 'would meet again "in Oslo, on August 14th"' in June: this August, not last year's
    text = 'The envoy said the delegations would meet again "in Oslo, on August 14th," to talk.'
    assert one(text, D(2031, 6, 10)).starts_on == D(2031, 8, 14)


def test_last_year_after_a_date_gives_its_year() -> None:
    april = D(2031, 4, 16)
    assert one("A truce took effect on April 2 last year.", april).starts_on == D(2030, 4, 2)
    talks = one("The first round ran from Nov. 21 to Dec. 12 last year.", april)
    assert (talks.starts_on, talks.ends_on) == (D(2030, 11, 21), D(2030, 12, 12))
    ru = one("Перемирие действовало с 8 по 10 мая прошлого года.", april, "ru")
    assert (ru.starts_on, ru.ends_on) == (D(2030, 5, 8), D(2030, 5, 10))
    assert one("A truce took effect on April 2.", april).starts_on == D(2031, 4, 2)


def test_night_onto_a_weekday_is_that_weekday() -> None:
    wednesday = D(2031, 3, 5)
    ru = one("В ночь на вторник дроны атаковали порт.", wednesday, "ru")
    assert (ru.starts_on, ru.time_note) == (D(2031, 3, 4), "overnight")
    uk = one("У ніч на неділю дрони атакували порт.", wednesday, "uk")
    assert (uk.starts_on, uk.time_note) == (D(2031, 3, 2), "overnight")


def test_a_year_less_date_takes_the_year_told_just_before_it() -> None:
    text = "Заявление подписано 9 ноября 2020 года, а с 00:00 10 ноября прекратился огонь."
    mentions = [m for m in find_dates(text, 0, DateContext(D(2031, 8, 9), "ru")) if m.is_event_date]
    assert [m.starts_on for m in mentions] == [D(2020, 11, 9), D(2020, 11, 10)]


@pytest.mark.parametrize(
    ("text", "lang", "monday", "last"),
    [
        ("The envoys met last week in Doha.", "en", D(2031, 6, 9), D(2031, 6, 15)),
        ("Earlier this week, the envoys met.", "en", D(2031, 6, 16), D(2031, 6, 19)),
        ("Делегації зустрілися минулого тижня.", "uk", D(2031, 6, 9), D(2031, 6, 15)),
        ("Делегації зустрінуться наступного тижня.", "uk", D(2031, 6, 23), D(2031, 6, 29)),
        ("Делегации встретились на прошлой неделе.", "ru", D(2031, 6, 9), D(2031, 6, 15)),
    ],
)
def test_weeks_are_read_with_week_precision(text: str, lang: str, monday: D, last: D) -> None:
    # a Friday publication; a week is not a day, so it makes no event date of its own
    mentions = find_dates(text, 0, DateContext(D(2031, 6, 20), lang))
    assert [(m.starts_on, m.ends_on, m.precision) for m in mentions] == [(monday, last, "week")]
    assert not mentions[0].is_event_date


def test_relative_months_are_months_not_days() -> None:
    january = D(2031, 1, 20)
    for text, lang, first in [
        ("Earlier this month, a delegation held talks.", "en", D(2031, 1, 1)),
        ("Last month the envoys met.", "en", D(2030, 12, 1)),
        ("В прошлом месяце делегации встретились.", "ru", D(2030, 12, 1)),
        ("На початку місяця делегації зустрілися.", "uk", D(2031, 1, 1)),
    ]:
        mentions = find_dates(text, 0, DateContext(january, lang))
        assert [(m.starts_on, m.precision) for m in mentions] == [(first, "month")], text


def test_arrived_and_left_is_one_stay() -> None:
    text = "The delegation arrived on April 9 and left on Thursday without a deal."
    mention = one(text, D(2031, 4, 16))  # a Wednesday: Thursday is the 10th
    assert (mention.starts_on, mention.ends_on) == (D(2031, 4, 9), D(2031, 4, 10))


def test_a_truce_to_expire_at_the_same_hour_on_a_day_ends_then() -> None:
    text = "The truce is to expire at the same hour on May 29 unless both sides extend it."
    mentions = find_dates(text, 0, DateContext(D(2031, 5, 21), "en"))
    assert [(m.starts_on, m.role) for m in mentions] == [(D(2031, 5, 29), "end")]


def test_two_days_sharing_a_month_and_with_is_not_from() -> None:
    text = "Делегация провела отдельные встречи с американцами в Эр-Рияде 23 и 25 марта."
    mentions = find_dates(text, 0, DateContext(D(2031, 3, 26), "ru"))
    assert [(m.starts_on, m.ends_on) for m in mentions] == [
        (D(2031, 3, 23), None),
        (D(2031, 3, 25), None),
    ]


def test_until_zero_hours_ends_the_day_before() -> None:
    text = "Перемир’я діятиме до 00:00 за київським часом 8 квітня."
    mentions = find_dates(text, 0, DateContext(D(2031, 3, 8), "uk"))
    assert [(m.starts_on, m.role) for m in mentions] == [(D(2031, 4, 7), "end")]


def test_fixed_holidays_are_dates() -> None:
    june = D(2031, 6, 10)
    assert one("On New Year's Eve, the president announced a truce.", june).starts_on == D(
        2030, 12, 31
    )
    assert one("The guns fell silent on Christmas Day.", june).starts_on == D(2030, 12, 25)


def test_night_of_two_days_is_the_morning_day() -> None:
    mention = one("Drones hit the port on the night of March 11-12.", D(2031, 3, 14))
    assert mention.starts_on == D(2031, 3, 12)
    assert mention.ends_on is None


def test_night_of_range_until_midnight() -> None:
    text = "A lull held from midnight on the night of 9-10 June until midnight on 13 June."
    mention = one(text, D(2031, 6, 20))
    assert (mention.starts_on, mention.ends_on) == (D(2031, 6, 10), D(2031, 6, 12))


def test_expiry_date_is_an_end() -> None:
    mentions = find_dates(
        "The pause is set to expire at 6 a.m. on 14 July.", 0, DateContext(D(2031, 7, 8), "en")
    )
    assert [m.role for m in mentions] == ["end"]


def test_clause_after_an_event_dates_the_main_clause() -> None:
    ctx = DateContext(D(2031, 4, 20), "uk")
    text = "Обмін відбувся за два дні після зустрічі у Стамбулі, що пройшла 12 квітня."
    days = {m.starts_on for m in find_dates(text, 0, ctx) if m.is_event_date}
    assert D(2031, 4, 14) in days and D(2031, 4, 12) in days


def test_same_morning_chains_from_the_anchor() -> None:
    mention = one("Того ж ранку ракети влучили в депо.", D(2031, 5, 9), "uk", D(2031, 5, 7))
    assert mention.starts_on == D(2031, 5, 7)
    mention = one("Тем же утром дроны атаковали порт.", D(2031, 5, 9), "ru", D(2031, 5, 7))
    assert mention.starts_on == D(2031, 5, 7)


def test_relative_day_restated_by_an_explicit_weekday() -> None:
    # "the day before the vote" is restated as "on Friday": the explicit day wins
    text = "Напередодні голосування в раді, у п'ятницю, прем'єр провів консультації."
    mention = one(text, D(2031, 5, 13), "uk", D(2031, 5, 1))
    assert mention.starts_on == D(2031, 5, 9)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Переговоры заморожены с июля 2019 года, когда встреча с 28 июня по 2 июля сорвалась.",
            "ru",
        ),
        (
            "Переговори заморожені з липня 2019 року, коли зустріч з 28 червня по 2 липня зірвана.",
            "uk",
        ),
    ],
)
def test_a_month_with_its_year_after_since_gives_the_year(text: str, lang: str) -> None:
    mentions = find_dates(text, 0, DateContext(D(2031, 3, 19), lang))
    since, meeting = mentions
    assert (since.starts_on, since.precision) == (D(2019, 7, 1), "month")
    assert (meeting.starts_on, meeting.ends_on) == (D(2019, 6, 28), D(2019, 7, 2))


def test_a_month_opening_the_sentence_is_a_month() -> None:
    (mention,) = find_dates("In July, talks resumed in Doha.", 0, DateContext(D(2031, 11, 3), "en"))
    assert (mention.starts_on, mention.precision) == (D(2031, 7, 1), "month")


def test_a_day_counted_from_a_month_has_no_date() -> None:
    text = "In July, a blast on the border led to a downgrade, a day before the clashes broke out."
    mentions = find_dates(text, 0, DateContext(D(2031, 11, 3), "en"))
    assert [(m.starts_on, m.precision) for m in mentions] == [(D(2031, 7, 1), "month")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Два дня спустя он пригрозил санкциями.", "ru"),
        ("Два дні потому він пригрозив санкціями.", "uk"),
        ("Два дні по тому він пригрозив санкціями.", "uk"),
    ],
)
def test_days_later_told_after_the_count(text: str, lang: str) -> None:
    assert one(text, D(2031, 10, 8), lang, anchor=D(2031, 9, 18)).starts_on == D(2031, 9, 20)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("После событий 2027 года: тогда, с 14 по 16 сентября, бои шли на границе.", "ru"),
        ("Після подій 2027 року: тоді, з 14 по 16 вересня, бої точилися на кордоні.", "uk"),
    ],
)
def test_a_year_in_the_genitive_dates_the_days_after_it(text: str, lang: str) -> None:
    year, days = find_dates(text, 0, DateContext(D(2030, 3, 14), lang))
    assert (year.starts_on, year.precision) == (D(2027, 1, 1), "year")
    assert (days.starts_on, days.ends_on) == (D(2027, 9, 14), D(2027, 9, 16))


def test_its_last_day_is_the_last_day_of_the_range_just_told() -> None:
    text = "A round in Oslo, between Oct. 25 and Oct. 30, ended as they agreed on its last day."
    mentions = find_dates(text, 0, DateContext(D(2031, 11, 8), "en"))
    assert [(m.starts_on, m.ends_on) for m in mentions] == [
        (D(2031, 10, 25), D(2031, 10, 30)),
        (D(2031, 10, 30), None),
    ]


def test_talks_that_ran_into_a_second_day_end_the_next_day() -> None:
    text = "The mediated talks opened on Thursday and ran into a second day."
    (mention,) = find_dates(text, 0, DateContext(D(2031, 11, 8), "en"))  # a Saturday
    assert (mention.starts_on, mention.ends_on) == (D(2031, 11, 6), D(2031, 11, 7))


def test_until_about_a_day_is_an_end() -> None:
    text = "Israel backed a plan to extend the ceasefire until about April 20."
    (mention,) = find_dates(text, 0, DateContext(D(2031, 3, 18), "en"))
    assert (mention.starts_on, mention.role) == (D(2031, 4, 20), "end")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Саміт анонсували, однак за кілька днів його відклали."),
        ("uk", "Саміт анонсували, але через кілька днів його відклали."),
        ("ru", "Саммит анонсировали, однако через несколько дней его отложили."),
    ],
)
def test_a_few_days_later_names_no_day(lang: str, text: str) -> None:
    assert find_dates(text, 0, DateContext(D(2031, 11, 21), lang, D(2031, 10, 16))) == []
