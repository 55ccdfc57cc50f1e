"""Matching names: case, diacritics, possessives, inflection; the starter file itself."""

from __future__ import annotations

import json

from newsroom.extraction import Gazetteer, load_gazetteer
from newsroom.extraction.gazetteer import DEFAULT_PATH
from newsroom.extraction.text import fold

RECORDS = Gazetteer.from_records(
    actors=[
        {
            "name": "Recep Tayyip Erdogan",
            "slug": "erdogan",
            "kind": "person",
            "aliases": ["Erdoğan", "Реджеп Тайип Эрдоган"],
        },
        {"name": "United States", "slug": "us", "kind": "state", "aliases": ["US", "U.S."]},
        {"name": "Russia", "slug": "russia", "kind": "state", "aliases": ["Росія", "Россия"]},
    ],
    places=[{"name": "Abu Dhabi", "slug": "abu-dhabi", "aliases": ["Абу-Дабі"]}],
)


def slugs(text: str) -> list[str]:
    return [e.slug for m in RECORDS.find(text) for e in m.entries]


def test_case_diacritics_and_possessives() -> None:
    assert slugs("ERDOGAN's aides and Erdoğan himself") == ["erdogan", "erdogan"]


def test_surname_alone_is_enough_for_people() -> None:
    assert slugs("Erdogan spoke.") == ["erdogan"]


def test_acronyms_match_in_capitals_only() -> None:
    assert slugs("US and U.S. officials told us") == ["us", "us"]


def test_cyrillic_inflections() -> None:
    assert slugs("удари по Росії, в Россию, з Абу-Дабі") == ["russia", "russia", "abu-dhabi"]
    assert slugs("встреча с Эрдоганом") == ["erdogan"]


def test_an_ending_is_a_case_ending_not_any_three_letters() -> None:
    records = Gazetteer.from_records(
        actors=[{"name": "Marco Rubio", "slug": "rubio", "kind": "person", "aliases": ["Рубио"]}],
        places=[],
    )
    assert [m.text for m in records.find("встреча с Рубио и Рубинян")] == ["Рубио"]
    assert slugs("переговоры с Эрдоганом в Россией") == ["erdogan", "russia"]


def test_offsets_point_at_the_name() -> None:
    (match,) = RECORDS.find("Talks in Abu Dhabi resumed.")
    assert (match.start, match.end, match.text) == (9, 18, "Abu Dhabi")


def test_starter_gazetteer_is_well_formed() -> None:
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    actors, places = data["actors"], data["places"]
    assert len(actors) > 100 and len(places) > 40
    assert len({a["slug"] for a in actors}) == len(actors)
    assert len({p["slug"] for p in places}) == len(places)
    assert {a["kind"] for a in actors} == {"person", "state", "organisation", "armed_group"}
    assert all(isinstance(p["latitude"], float) for p in places)
    zelensky = next(a for a in actors if a["slug"] == "volodymyr-zelensky")
    assert {"Zelenskyy", "Зеленський", "Зеленский"} <= set(zelensky["aliases"])


def test_starter_gazetteer_knows_security_chiefs_and_technical_negotiators() -> None:
    starter = load_gazetteer()

    def found(text: str) -> list[str]:
        return [e.slug for m in starter.find(text) for e in m.entries if e.kind == "person"]

    assert found("Gen. Alexus Grynkewich joined Michael Anton and Andrew Peek at the table.") == [
        "alexus-grynkewich",
        "michael-anton",
        "andrew-peek",
    ]
    assert found("Нарышкин и Бортников доложили; встреча с Хулуси Акаром") == [
        "sergei-naryshkin",
        "alexander-bortnikov",
        "hulusi-akar",
    ]
    assert found("Розмова зі Скібіцьким та Іващенком; Львова-Бєлова мовчала") == [
        "vadym-skibitskyi",
        "oleh-ivashchenko",
        "maria-lvova-belova",
    ]
    # a surname too short for the stemmer is listed in its case forms
    assert found("переговоры с Эндрю Пиком") == ["andrew-peek"]
    assert found("Prince Khalid bin Salman and Sheikh Tahnoun bin Zayed") == [
        "khalid-bin-salman",
        "tahnoun-bin-zayed",
    ]


def test_starter_gazetteer_knows_negotiators_of_smaller_processes() -> None:
    starter = load_gazetteer()
    text = "встреча Игнатьева с Серебряном; Бахчели и Карзай; Теа Сейха підписав"
    found = [e.slug for m in starter.find(text) for e in m.entries]
    assert found == [
        "vitaly-ignatiev",
        "oleg-serebrian",
        "devlet-bahceli",
        "hamid-karzai",
        "tea-seiha",
    ]


def test_starter_gazetteer_knows_central_asian_leaders_and_short_names_in_case_forms() -> None:
    starter = load_gazetteer()

    def found(text: str) -> list[str]:
        return [e.slug for m in starter.find(text) for e in m.entries]

    assert found("встреча Жапарова, Рахмона и Шавката Мирзиёева") == [
        "sadyr-japarov",
        "emomali-rahmon",
        "shavkat-mirziyoyev",
    ]
    # a first name the gazetteer knows elsewhere ("Eyal Zamir") does not win over the
    # whole name, and "Кабулов" is no Kabul
    assert found("Замир Кабулов заявил") == ["zamir-kabulov"]
    assert found("зустрівся з Папою Римським Левом XIV") == ["pope-leo-xiv"]


def test_starter_gazetteer_knows_the_armenia_turkey_envoys_and_cyrillic_spellings() -> None:
    starter = load_gazetteer()
    text = "Рубен Рубинян и Сердар Кылыч; Прак Сокхон; Марк Карні"
    found = [e.slug for m in starter.find(text) for e in m.entries]
    assert found == ["ruben-rubinyan", "serdar-kilic", "prak-sokhonn", "mark-carney"]


def test_starter_gazetteer_tells_negotiators_who_share_a_surname_apart() -> None:
    starter = load_gazetteer()
    text = "Gerardo Blyde and Jorge Rodríguez signed; Delcy Rodríguez spoke; Radoičić fled"
    found = [e.slug for m in starter.find(text) for e in m.entries]
    assert found == ["gerardo-blyde", "jorge-rodriguez", "delcy-rodriguez", "milan-radoicic"]


def test_starter_gazetteer_knows_the_full_name_spellings_media_use() -> None:
    # the evaluation compares the gold name, as the article spells it, with the
    # proposal's name, aliases or surname: a variant spelling of a full name must be
    # an alias, or the person is found but counted as missed
    starter = load_gazetteer()
    spellings = {
        "Антониу Гутерреш": "antonio-guterres",
        "Антоніо Гутерріш": "antonio-guterres",
        "Эмманюэль Макрон": "emmanuel-macron",
        "Реджеп Тайїп Ердоган": "recep-tayyip-erdogan",
        "Abiy Ahmed": "abiy-ahmed",
        "Мухаммед бін Заїд Аль Нагаян": "mohamed-bin-zayed",
        "Mohammad bin Salman": "mohammed-bin-salman",
        "Aliaksandr Lukashenka": "alexander-lukashenko",
    }
    for spelling, slug in spellings.items():
        (match,) = starter.find(spelling)
        assert match.text == spelling and [e.slug for e in match.actors] == [slug], spelling
        entry = starter.get(slug)
        assert entry is not None and spelling in {entry.name, *entry.aliases}, spelling


def test_starter_gazetteer_finds_no_person_in_generic_sentences() -> None:
    starter = load_gazetteer()
    for sentence in (
        "The president said on Monday that the talks would go on.",
        "Президент заявил в понедельник, что переговоры продолжатся.",
        "Президент заявив у понеділок, що переговори триватимуть.",
        "The king, the crown prince and the emir met the envoy; the store was closed.",
        "Король, наследный принц и шейх встретились с эмиром; стало хуже, шла морось.",
        "Сторони домовилися, але стало гірше; кошти донорів; кримські татари.",
    ):
        people = [e.slug for m in starter.find(sentence) for e in m.actors if e.kind == "person"]
        assert people == [], sentence


def test_starter_gazetteer_gives_no_alias_to_two_actors_nor_twice_to_one() -> None:
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = {}
    for actor in data["actors"]:
        aliases = actor["aliases"]
        assert len(aliases) == len(set(aliases)), actor["slug"]
        for name in (actor["name"], *aliases):
            owners.setdefault(fold(name).strip(), set()).add(actor["slug"])
    assert {name: slugs for name, slugs in owners.items() if len(slugs) > 1} == {}


def test_a_common_given_name_at_the_end_of_a_name_is_no_surname() -> None:
    starter = load_gazetteer()

    def people(text: str) -> list[str]:
        return [e.slug for m in starter.find(text) for e in m.entries if e.kind == "person"]

    assert "abiy-ahmed" not in people("The strike killed Prime Minister Ahmed al-Rahawi.")
    assert people("Abiy Ahmed met the envoy.") == people("Abiy met the envoy.")
    # in Russian the inflected name is found through the surname
    assert people("встретился с премьер-министром Эфиопии Абием Ахмедом") != []
    # a nom de guerre's surname is no alias of its own
    assert people("signed by government negotiator Álvaro Jiménez") == []


def test_a_name_many_share_is_no_surname_of_one_person() -> None:
    starter = load_gazetteer()

    def people(text: str) -> list[str]:
        return [e.slug for m in starter.find(text) for e in m.entries if e.kind == "person"]

    assert people("Former prime minister Khan was jailed; Антон Шеховцов написав.") == []
    assert people("ICC prosecutor Karim Khan; Michael Anton") == ["karim-khan", "michael-anton"]
    # in a war story, "Wagner" is the group, not Congo's foreign minister
    (wagner,) = starter.find("Wagner forces attacked the town.")
    assert [e.kind for e in wagner.entries] == ["armed_group"]
