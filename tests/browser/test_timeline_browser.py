"""The timeline in a real browser: htmx swaps the list only, history, permalinks, a11y."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.factories import EventFactory, ProcessFactory, full_event
from timeline import selectors

D = dt.date
pytestmark = pytest.mark.django_db(transaction=True)


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
    assert page.locator("#event-list").get_by_text("Talks in Abu Dhabi").is_visible()
    page.evaluate("window.__marker = 1")

    with page.expect_response(lambda response: "process=gaza" in response.url):
        page.select_option("#f-process", "gaza")
    page.wait_for_url("**/timeline/?process=gaza")
    list_ = page.locator("#event-list")
    list_.get_by_text("Ceasefire takes effect").wait_for()
    assert list_.get_by_text("Talks in Abu Dhabi").count() == 0
    assert page.evaluate("window.__marker") == 1  # no full reload
    assert page.locator("h1").inner_text() == "Timeline"

    # Back: htmx restores the previous list from the server (historyCacheSize 0).
    page.go_back()
    page.wait_for_url("**/timeline/")
    page.locator("#event-list").get_by_text("Talks in Abu Dhabi").wait_for()
    assert page.locator("#f-process").input_value() == ""

    assert serious_violations(page) == []

    page.locator("#event-list").get_by_role("link", name="Talks in Abu Dhabi").click()
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
        page.get_by_label("Talks").check()
    page.wait_for_url("**/timeline/?kind=talks")
    assert page.locator("#event-list").get_by_text("Ceasefire takes effect").count() == 0
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
    page.get_by_role("link", name="Ceasefire takes effect").click()
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
