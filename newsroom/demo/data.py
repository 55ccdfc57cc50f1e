"""The demo newsroom, in the project's own words.

A handful of published events of the Russia–Ukraine–US track, written as a desk
would summarise them, and one article waiting for review. Citations point at a
fictional wire (`demo-wire.example`), so nobody mistakes them for real reporting.
"""

import datetime as dt

D = dt.date

PROCESS = {
    "slug": "russia-ukraine-us-talks",
    "name": "Russia–Ukraine–US talks",
    "summary": (
        "Negotiations to end Russia's full-scale war against Ukraine: direct Russian–"
        "Ukrainian rounds in Istanbul, US–Russian and US–Ukrainian meetings in the Gulf, "
        "and trilateral rounds in Abu Dhabi, alongside truces that rarely held."
    ),
    "parties": ["russia", "ukraine", "united-states"],
}

SOURCE = {"name": "Demo Wire", "homepage": "https://demo-wire.example/"}

# Actors and places the events below need; the starter gazetteer
# (timeline/data/gazetteer.json) provides these and many more with their aliases.
ACTORS = [
    ("russia", "Russia", "state", ""),
    ("ukraine", "Ukraine", "state", ""),
    ("united-states", "United States", "state", ""),
    ("turkey", "Turkey", "state", ""),
    ("rustem-umerov", "Rustem Umerov", "person", "Secretary of Ukraine's security council"),
    ("steve-witkoff", "Steve Witkoff", "person", "US special envoy"),
    ("jared-kushner", "Jared Kushner", "person", "Adviser to the US president"),
    ("kyrylo-budanov", "Kyrylo Budanov", "person", "Head of Ukraine's presidential office"),
    ("volodymyr-zelensky", "Volodymyr Zelensky", "person", "President of Ukraine"),
    ("donald-trump", "Donald Trump", "person", "President of the United States"),
    ("vladimir-putin", "Vladimir Putin", "person", "President of Russia"),
    ("vladimir-medinsky", "Vladimir Medinsky", "person", "Head of Russia's delegation"),
    ("hakan-fidan", "Hakan Fidan", "person", "Turkish foreign minister"),
    ("marco-rubio", "Marco Rubio", "person", "US secretary of state"),
    ("sergei-lavrov", "Sergei Lavrov", "person", "Russian foreign minister"),
    ("andriy-yermak", "Andriy Yermak", "person", "Then head of Ukraine's presidential office"),
]

PLACES = [
    ("abu-dhabi", "Abu Dhabi", "United Arab Emirates", 24.4539, 54.3773),
    ("istanbul", "Istanbul", "Turkey", 41.0082, 28.9784),
    ("riyadh", "Riyadh", "Saudi Arabia", 24.7136, 46.6753),
    ("jeddah", "Jeddah", "Saudi Arabia", 21.4858, 39.1925),
    ("kyiv", "Kyiv", "Ukraine", 50.4501, 30.5234),
]


def cite(slug: str, published: dt.date, quote: str, title: str) -> dict:
    return {
        "url": f"https://demo-wire.example/{published:%Y/%m/%d}/{slug}",
        "title": title,
        "publisher": "Demo Wire",
        "published_on": published,
        "quote": quote,
    }


EVENTS = [
    {
        "slug": "us-russia-meeting-riyadh",
        "kind": "talks",
        "title": "US and Russian delegations meet in Riyadh",
        "summary": "The first high-level US–Russian meeting since the full-scale invasion; "
        "Ukraine was not at the table.",
        "starts_on": D(2025, 2, 18),
        "place": "riyadh",
        "actors": [
            ("marco-rubio", "delegate"),
            ("steve-witkoff", "delegate"),
            ("sergei-lavrov", "delegate"),
        ],
        "citations": [
            cite(
                "riyadh-meeting",
                D(2025, 2, 18),
                "Rubio and Lavrov sat down in Riyadh for more than four hours.",
                "US and Russia hold first talks in years",
            )
        ],
    },
    {
        "slug": "us-ukraine-talks-jeddah",
        "kind": "talks",
        "title": "US and Ukrainian officials meet in Jeddah",
        "summary": "Kyiv said afterwards it was ready to back a US call for a 30-day ceasefire.",
        "starts_on": D(2025, 3, 11),
        "place": "jeddah",
        "actors": [("marco-rubio", "delegate"), ("andriy-yermak", "delegate")],
        "citations": [
            cite(
                "jeddah-talks",
                D(2025, 3, 11),
                "After a long day in Jeddah, Ukraine signalled it would accept a "
                "month-long ceasefire if Moscow did.",
                "Ukraine backs ceasefire idea after Jeddah meeting",
            )
        ],
    },
    {
        "slug": "easter-truce",
        "kind": "truce",
        "title": "Easter truce declared by Moscow",
        "summary": "A short Easter pause announced by the Kremlin; both sides reported "
        "violations within hours.",
        "starts_on": D(2025, 4, 19),
        "ends_on": D(2025, 4, 20),
        "time_note": "from 18:00 Moscow time",
        "actors": [("vladimir-putin", "speaker")],
        "citations": [
            cite(
                "easter-truce",
                D(2025, 4, 19),
                "The pause was to run from Saturday evening until the end of Easter Sunday.",
                "Kremlin announces Easter pause",
            )
        ],
    },
    {
        "slug": "istanbul-round-one",
        "kind": "talks",
        "title": "First direct Russian–Ukrainian talks since 2022",
        "summary": "A short meeting hosted by Turkey ended with a deal on a large prisoner swap.",
        "starts_on": D(2025, 5, 16),
        "place": "istanbul",
        "actors": [
            ("rustem-umerov", "delegate"),
            ("vladimir-medinsky", "delegate"),
            ("hakan-fidan", "host"),
        ],
        "citations": [
            cite(
                "istanbul-round-one",
                D(2025, 5, 16),
                "The delegations spent under two hours together in Istanbul.",
                "Russia and Ukraine meet face to face",
            )
        ],
    },
    {
        "slug": "thousand-for-thousand-exchange",
        "kind": "exchange",
        "title": "“1,000 for 1,000” prisoner exchange",
        "summary": "The swap agreed in Istanbul was carried out over three days.",
        "starts_on": D(2025, 5, 23),
        "ends_on": D(2025, 5, 25),
        "actors": [("russia", "participant"), ("ukraine", "participant")],
        "citations": [
            cite(
                "prisoner-exchange",
                D(2025, 5, 25),
                "The last group of prisoners crossed back on Sunday.",
                "Largest prisoner swap of the war completed",
            )
        ],
    },
    {
        "slug": "istanbul-round-two",
        "kind": "talks",
        "title": "Second Istanbul round: memorandums exchanged",
        "summary": "The sides traded written visions of a settlement and agreed on further "
        "humanitarian exchanges.",
        "starts_on": D(2025, 6, 2),
        "place": "istanbul",
        "actors": [
            ("rustem-umerov", "delegate"),
            ("vladimir-medinsky", "delegate"),
            ("hakan-fidan", "host"),
        ],
        "citations": [
            cite(
                "istanbul-round-two",
                D(2025, 6, 2),
                "The second meeting in Istanbul lasted about an hour.",
                "Second round in Istanbul ends quickly",
            )
        ],
    },
    {
        "slug": "abu-dhabi-round-one",
        "kind": "talks",
        "title": "Trilateral talks open in Abu Dhabi",
        "summary": "Russian, Ukrainian and US negotiators met together for the first time.",
        "starts_on": D(2026, 1, 23),
        "ends_on": D(2026, 1, 24),
        "place": "abu-dhabi",
        "actors": [
            ("rustem-umerov", "delegate"),
            ("steve-witkoff", "mediator"),
            ("jared-kushner", "mediator"),
        ],
        "citations": [
            cite(
                "abu-dhabi-round-one",
                D(2026, 1, 24),
                "Two days of meetings in the Emirati capital ended without a joint statement.",
                "First trilateral round ends in Abu Dhabi",
            )
        ],
    },
    {
        "slug": "energy-truce",
        "kind": "truce",
        "title": "Energy truce on strikes against power infrastructure",
        "summary": "Kyiv understood the pause as lasting a week; Washington said it ran only "
        "until the start of February. Its end is disputed.",
        "starts_on": D(2026, 1, 30),
        "end_known": False,
        "actors": [("volodymyr-zelensky", "speaker"), ("donald-trump", "speaker")],
        "citations": [
            cite(
                "energy-truce",
                D(2026, 1, 30),
                "Attacks on power plants were to stop from Friday, officials said.",
                "Pause on energy strikes takes effect",
            )
        ],
    },
    {
        "slug": "strike-71-missiles-450-drones",
        "kind": "strike",
        "title": "Russia fires 71 missiles and 450 drones at Ukraine",
        "summary": "The heaviest attack of the winter hit the power grid on the eve of the "
        "second Abu Dhabi round.",
        "starts_on": D(2026, 2, 3),
        "time_note": "overnight",
        "actors": [("russia", "attacker"), ("ukraine", "target")],
        "citations": [
            cite(
                "winter-strike",
                D(2026, 2, 3),
                "Air defence worked through the night as missiles and drones came in waves.",
                "Massive overnight attack on Ukraine's grid",
            )
        ],
    },
    {
        "slug": "abu-dhabi-round-two",
        "kind": "talks",
        "title": "Second trilateral round in Abu Dhabi",
        "summary": "Two days of talks on territory and security guarantees, a day after the "
        "winter's largest strike.",
        "starts_on": D(2026, 2, 4),
        "ends_on": D(2026, 2, 5),
        "place": "abu-dhabi",
        "actors": [
            ("rustem-umerov", "delegate"),
            ("kyrylo-budanov", "delegate"),
            ("steve-witkoff", "mediator"),
            ("jared-kushner", "mediator"),
        ],
        "citations": [
            cite(
                "abu-dhabi-round-two",
                D(2026, 2, 4),
                "Negotiators returned to Abu Dhabi on Wednesday for a second round.",
                "Talks resume in Abu Dhabi",
            )
        ],
    },
    {
        "slug": "working-groups-february",
        "kind": "talks",
        "title": "Working groups to continue on separate topics",
        "summary": "Smaller groups were to keep meeting during the month; no dates were given.",
        "starts_on": D(2026, 2, 1),
        "precision": "month",
        "status": "scheduled",
        "actors": [("rustem-umerov", "delegate")],
        "citations": [
            cite(
                "working-groups",
                D(2026, 2, 5),
                "Expert groups will carry on the work in the coming weeks.",
                "Talks to continue in smaller formats",
            )
        ],
    },
]

# An article of our own for the review queue: its suggestions wait for an editor.
ARTICLE = {
    "url": "https://demo-wire.example/2026/02/06/abu-dhabi-wrap",
    "title": "Abu Dhabi round ends with a prisoner deal and no ceasefire",
    "byline": "Demo Wire staff",
    "published_on": D(2026, 2, 6),
    "language": "en",
    "text": (
        "Abu Dhabi round ends with a prisoner deal and no ceasefire\n\n"
        "2 min read\n\n"
        "Negotiators from Ukraine, Russia and the United States wrapped up two days of "
        "talks in Abu Dhabi on Feb. 5, Ukrainian delegation head Rustem Umerov said.\n\n"
        "The sides agreed to exchange 157 prisoners of war each, the first swap since the "
        "autumn, Umerov added.\n\n"
        "Hours before the talks opened, Russia launched a barrage of missiles and drones "
        "against Ukraine overnight on Feb. 3, knocking out power in several regions.\n\n"
        "President Volodymyr Zelensky said the energy truce that began on Jan. 30 had been "
        "broken, while Donald Trump said it had only been meant to last until Feb. 1.\n\n"
        "Special envoy Steve Witkoff said a further round could take place in Abu Dhabi "
        "later in February.\n\n"
        "Demo Wire staff write about diplomacy; the desk was founded in 2019."
    ),
}
