"""An editor's morning in a real browser: import a file, review, accept, link, reject."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from newsroom.models import Suggestion
from tests.factories import EventFactory, PlaceFactory, ProcessFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = """<!doctype html><html lang="en"><head><title>Geneva round ends</title>
<meta property="article:published_time" content="2026-03-06T08:00:00Z"></head><body>
<nav>World | Politics</nav><article><h1>Geneva round ends</h1>
<p>Delegations from both sides held two days of talks in Geneva on March 4-5, the Swiss
foreign ministry said.</p>
<p>Hours before the talks opened, drones struck the port of Odesa overnight on March 3,
regional officials said.</p>
<p>The sides agreed on March 5 to exchange 200 prisoners of war each, negotiators said.</p>
<p>Both delegations will report to their capitals.</p></article></body></html>"""


def test_editor_imports_reviews_and_publishes(live_server, page, problems, tmp_path):
    process = ProcessFactory(slug="geneva-track", name="Geneva track")
    PlaceFactory(name="Geneva", slug="geneva")
    strike = EventFactory(
        process=process,
        kind="strike",
        title="Drone strike on Odesa port",
        starts_on=dt.date(2026, 3, 3),
        place=None,
    )
    get_user_model().objects.create_superuser("chief", password="a-long-test-password")
    upload = tmp_path / "geneva.html"
    upload.write_text(ARTICLE, encoding="utf-8")

    page.goto(f"{live_server.url}/admin/login/?next=/admin/newsroom/article/import/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.set_input_files("#id_file", str(upload))
    page.select_option("#id_process", str(process.pk))
    page.click("input[value=Import]")
    page.wait_for_url("**/admin/newsroom/article/*/change/")
    assert "Imported" in page.locator(".messagelist").inner_text()
    assert page.locator("mark.mention-date").count() >= 3

    talks = Suggestion.objects.get(kind="talks")
    agreement = Suggestion.objects.get(kind="agreement")
    strike_suggestion = Suggestion.objects.get(kind="strike")
    page.evaluate("window.__marker = 1")

    # Accept the talks with an edited title: htmx swaps only that suggestion.
    item = page.locator(f"#suggestion-{talks.pk}")
    item.locator("input[name$=title]").fill("Geneva round ends with prisoner deal")
    item.get_by_role("button", name="Accept").click()
    page.locator(f"#suggestion-{talks.pk}.review-accepted").wait_for()

    # Link the strike to the event the newsroom already has (proposed by the extractor).
    item = page.locator(f"#suggestion-{strike_suggestion.pk}")
    assert item.locator("input[name=event]").input_value() == str(strike.pk)
    item.get_by_role("button", name="Link").click()
    page.locator(f"#suggestion-{strike_suggestion.pk}.review-linked").wait_for()

    page.locator(f"#suggestion-{agreement.pk}").get_by_role("button", name="Reject").click()
    page.locator(f"#suggestion-{agreement.pk}.review-rejected").wait_for()
    assert page.evaluate("window.__marker") == 1  # decisions did not reload the page

    statuses = dict(Suggestion.objects.values_list("kind", "status"))
    assert (statuses["talks"], statuses["strike"], statuses["agreement"]) == (
        "accepted",
        "linked",
        "rejected",
    )
    assert strike.citations.count() == 1

    page.goto(f"{live_server.url}/timeline/")
    page.get_by_role("link", name="Geneva round ends with prisoner deal").click()
    page.wait_for_url("**/events/*-geneva-round-ends-with-prisoner-deal/")
    body = page.locator("main").inner_text()
    assert "Delegations from both sides held two days of talks in Geneva" in body
    event = Event.objects.get(title="Geneva round ends with prisoner deal")
    assert (event.starts_on, event.ends_on) == (dt.date(2026, 3, 4), dt.date(2026, 3, 5))
    problems.assert_none()
