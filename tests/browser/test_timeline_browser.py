"""The timeline in a real browser: htmx swaps the list only, history, permalinks, a11y."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.factories import EventFactory, ProcessFactory, full_event
from timeline import selectors

D = dt.date
pytestmark = pytest.mark.django_db(transaction=True)


def rows(page):
    """The timeline's rows (the overview above them names the same events)."""
    return page.locator("#event-list article.event")


def serious_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


@pytest.fixture
def data():
    gaza = ProcessFactory(slug="gaza", name="Gaza")
    ukraine = ProcessFactory(slug="ukraine", name="Russia–Ukraine–US")
    full_event(process=gaza, kind="truce", title="Ceasefire takes effect", starts_on=D(2026, 1, 19))
    full_event(process=ukraine, kind="talks", title="Talks in Abu Dhabi", starts_on=D(2026, 2, 4))
    return gaza, ukraine


def test_filter_swaps_only_the_list_and_permalink_opens(live_server, page, problems, data):
    page.goto(f"{live_server.url}/timeline/")
    assert rows(page).get_by_text("Talks in Abu Dhabi", exact=True).is_visible()
    page.evaluate("window.__marker = 1")

    with page.expect_response(lambda response: "process=gaza" in response.url):
        page.select_option("#f-process", "gaza")
    page.wait_for_url("**/timeline/?process=gaza")
    rows(page).get_by_text("Ceasefire takes effect", exact=True).wait_for()
    assert rows(page).get_by_text("Talks in Abu Dhabi", exact=True).count() == 0
    assert page.evaluate("window.__marker") == 1  # no full reload
    assert page.locator("h1").inner_text() == "Timeline"

    # Back: htmx restores the previous list from the server (historyCacheSize 0).
    page.go_back()
    page.wait_for_url("**/timeline/")
    rows(page).get_by_text("Talks in Abu Dhabi", exact=True).wait_for()
    assert page.locator("#f-process").input_value() == ""

    assert serious_violations(page) == []

    rows(page).get_by_role("link", name="Talks in Abu Dhabi", exact=True).click()
    page.wait_for_url("**/events/*-talks-in-abu-dhabi/")
    assert page.locator("h1").inner_text() == "Talks in Abu Dhabi"
    assert page.locator("link[rel=canonical]").get_attribute("href").startswith("http")
    assert page.locator("button.copy-link").first.is_visible()  # enhanced by static JS
    assert serious_violations(page) == []

    problems.assert_none()


def test_kind_checkbox_and_empty_fields_stay_out_of_the_url(live_server, page, problems, data):
    page.goto(f"{live_server.url}/timeline/")
    page.evaluate("window.__marker = 1")
    with page.expect_response(lambda response: "kind=talks" in response.url):
        page.get_by_label("Talks", exact=True).check()
    page.wait_for_url("**/timeline/?kind=talks")
    assert rows(page).get_by_text("Ceasefire takes effect", exact=True).count() == 0
    assert page.evaluate("window.__marker") == 1
    problems.assert_none()


def test_bad_date_shows_the_message_in_place(live_server, page, problems, data):
    page.goto(f"{live_server.url}/timeline/")
    page.fill("#f-from", "someday")
    with page.expect_response(lambda response: response.status == 400):
        page.get_by_role("button", name="Show events").click()
    page.locator("#event-list").get_by_text("is not a date").wait_for()
    assert "from=someday" in page.url
    # Chromium itself logs every 4xx fetch; that one is the point of this test.
    problems.assert_none(expected=("status of 400",))


def test_infinite_scroll_appends_the_next_page(live_server, page, problems, monkeypatch):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 5)
    process = ProcessFactory()
    for day in range(1, 13):
        EventFactory(process=process, title=f"Event on day {day}", starts_on=D(2026, 1, day))
    page.goto(f"{live_server.url}/timeline/")
    rows = page.locator("#event-list article.event")
    assert rows.count() == 5
    page.evaluate("window.__marker = 1")
    for expected in (10, 12):
        page.locator("#load-more").scroll_into_view_if_needed()
        expect(rows).to_have_count(expected)  # a string predicate would need 'unsafe-eval'
    assert rows.count() == 12
    assert page.locator("#load-more").count() == 0
    assert page.url == f"{live_server.url}/timeline/"
    assert page.evaluate("window.__marker") == 1
    problems.assert_none()


def test_home_and_event_page_are_accessible(live_server, page, problems, data):
    page.goto(f"{live_server.url}/")
    assert page.locator("h1").inner_text() == "Peace talks timeline"
    assert serious_violations(page) == []
    page.goto(f"{live_server.url}/processes/gaza/")
    assert serious_violations(page) == []
    problems.assert_none()


def test_actor_place_and_overview_pages_are_accessible(live_server, page, problems, data):
    gaza, _ukraine = data
    event = gaza.events.get()
    full_event(process=gaza, kind="strike", title="Strike in the truce", starts_on=D(2026, 1, 19))
    for url in (
        event.actors.first().get_absolute_url(),
        event.place.get_absolute_url(),
        "/timeline/?process=gaza",  # with the overview and a strike inside a truce
    ):
        page.goto(f"{live_server.url}{url}")
        page.locator("article.event").first.wait_for()
        assert serious_violations(page) == [], url
    assert page.locator(".overview__strike--in-truce").count() == 1
    page.locator("a.disclosure").first.click()  # and with a row's details open
    page.locator(".event__details .citation").first.wait_for()
    assert serious_violations(page) == []
    problems.assert_none()


def test_csp_violations_are_caught(live_server, page, problems):
    """The watchdog itself: an inline script is refused and reported."""
    page.goto(f"{live_server.url}/")
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.x = 1'; document.body.appendChild(s); }"
    )
    expect(page.locator("body")).to_be_visible()
    page.wait_for_timeout(200)
    assert any("script-src" in text for text in problems.csp_violations)


def test_event_page_disclosure_copy_and_print(live_server, page, problems, data):
    page.goto(f"{live_server.url}/timeline/?process=gaza")
    rows(page).get_by_role("link", name="Ceasefire takes effect", exact=True).click()
    citation = page.locator("#citation-text")
    assert not citation.is_visible()
    page.get_by_text("Cite this event").click()  # <details>: keyboard- and reader-friendly
    expect(citation).to_contain_text("“Ceasefire takes effect” (Jan 19, 2026)")
    assert page.locator("button.copy-link[data-copy=permalink]").is_visible()
    page.keyboard.press("Tab")
    page.emulate_media(media="print")
    expect(page.locator("#permalink")).to_be_hidden()
    expect(page.locator(".site-header nav")).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
    problems.assert_none()


def test_row_disclosure_fetches_details_in_place(live_server, page, problems, data):
    gaza, _ = data
    event = gaza.events.get()
    quote = event.citations.first().quote
    page.goto(f"{live_server.url}/timeline/")
    page.evaluate("window.__marker = 1")
    row = page.locator(f"#event-{event.pk}")
    toggle = row.locator("a.disclosure")
    panel = row.locator(".event__details")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_have_attribute("aria-controls", f"details-{event.pk}")
    expect(toggle).to_have_attribute("role", "button")
    assert not panel.is_visible()

    with page.expect_response(lambda response: "/details/" in response.url):
        toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(panel).to_contain_text(quote)
    assert page.url == f"{live_server.url}/timeline/"
    assert page.evaluate("window.__marker") == 1  # in place, no navigation

    toggle.focus()  # keyboard: Space and Enter toggle it like a button
    page.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(panel).to_be_hidden()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(panel).to_be_visible()
    assert page.evaluate("window.__marker") == 1
    problems.assert_none()


def test_loaded_rows_are_announced(live_server, page, problems, monkeypatch):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 5)
    process = ProcessFactory()
    for day in range(1, 13):
        EventFactory(process=process, title=f"Event on day {day}", starts_on=D(2026, 1, day))
    page.goto(f"{live_server.url}/timeline/")
    status = page.locator("#live-status")
    expect(status).to_have_attribute("role", "status")
    rows = page.locator("#event-list article.event")
    page.locator("#load-more").scroll_into_view_if_needed()
    expect(rows).to_have_count(10)
    expect(status).to_have_text("5 more events loaded.")
    page.locator("#load-more").scroll_into_view_if_needed()
    expect(rows).to_have_count(12)
    expect(status).to_have_text("2 more events loaded. That is all of them.")
    problems.assert_none()


def test_overview_mark_jumps_to_its_event(live_server, page, problems, data):
    gaza, _ = data
    truce = gaza.events.get()
    page.goto(f"{live_server.url}/timeline/")
    page.locator("a.overview__truce").first.focus()  # SVG links take keyboard focus
    assert page.evaluate("document.activeElement.getAttribute('class')") == "overview__truce"
    page.locator("a.overview__mark--talks").click()
    page.wait_for_url("**/timeline/?at=*")
    target = page.locator("article.event--target")
    expect(target).to_contain_text("Talks in Abu Dhabi")
    page.goto(f"{live_server.url}/timeline/")
    page.locator("a.overview__truce").click()
    page.wait_for_url("**/timeline/?from=2026-01-19&to=2026-01-19")
    expect(page.locator("#event-list article.event")).to_have_count(1)
    assert truce.title in page.locator("#event-list article.event").inner_text()
    problems.assert_none()


@pytest.fixture
def narrow_page(browser, problems):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.on(
        "console", lambda m: problems.console_errors.append(m.text) if m.type == "error" else None
    )
    page.on("pageerror", lambda error: problems.console_errors.append(str(error)))
    yield page
    context.close()


def test_no_horizontal_overflow_at_360_px(live_server, narrow_page, problems, data):
    from tests.factories import CitationFactory

    gaza, _ = data
    event = gaza.events.get()
    event.title = "Ceasefire takes effect across the whole of the Gaza Strip " * 2
    event.save()
    CitationFactory(
        event=event,
        url="https://news.example/" + "a-very-long-path-segment-" * 12,
        title="Averyveryverylongwordthatdoesnotbreakanywhereatallinthecitationtitle" * 2,
        quote="Anotherunbreakablewordinthequotethatcouldwidenthepageonaphone" * 2,
    )
    for url in ("/timeline/", event.get_absolute_url(), "/"):
        narrow_page.goto(f"{live_server.url}{url}")
        width = narrow_page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{url} is {width}px wide"
    narrow_page.goto(f"{live_server.url}/timeline/")
    narrow_page.locator(f"#event-{event.pk} a.disclosure").click()
    narrow_page.locator(f"#details-{event.pk} .citation").first.wait_for()
    assert narrow_page.evaluate("document.documentElement.scrollWidth") <= 360
    problems.assert_none()


@pytest.fixture
def nojs_page(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def test_without_javascript_filters_load_more_and_details_are_links(
    live_server, nojs_page, data, monkeypatch
):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 2)
    gaza, _ = data
    for day in range(1, 4):
        EventFactory(process=gaza, kind="truce", title=f"Truce {day}", starts_on=D(2025, 12, day))
    page = nojs_page
    page.goto(f"{live_server.url}/timeline/")
    page.select_option("#f-process", "gaza")
    page.get_by_label("Truce", exact=True).check()
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url("**/timeline/?process=gaza&kind=truce*")
    rows = page.locator("#event-list article.event")
    expect(rows).to_have_count(2)
    assert page.locator("#f-process").input_value() == "gaza"
    assert "Talks in Abu Dhabi" not in page.locator("#event-list").inner_text()

    seen = rows.locator(".event__title").all_inner_texts()
    page.get_by_role("link", name="Load more events").click()
    page.wait_for_url("**cursor=*")
    seen += rows.locator(".event__title").all_inner_texts()
    assert page.get_by_role("link", name="Load more events").count() == 0
    assert seen == ["Ceasefire takes effect", "Truce 3", "Truce 2", "Truce 1"]

    toggle = page.locator("a.disclosure").first
    assert toggle.get_attribute("aria-expanded") is None  # not a button without JavaScript
    toggle.click()
    page.wait_for_url("**/events/**#sources")
    assert page.locator("#sources").is_visible()
