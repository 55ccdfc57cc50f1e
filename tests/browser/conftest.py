"""Headless Chromium (Debian's package) driven by Playwright's sync API beside live_server."""

import os

import pytest
from django.db import connections

# Playwright's sync API runs an event loop in this thread; Django's ORM calls in the
# tests and the live server's thread are still synchronous.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportCsp(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


@pytest.fixture
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # While Playwright's loop counts as running, Django keeps this thread's
        # connections in context-local storage: close them here, or PostgreSQL
        # refuses to drop the test database ("accessed by other users").
        connections.close_all()


class PageProblems:
    def __init__(self) -> None:
        self.console_errors: list[str] = []
        self.csp_violations: list[str] = []

    def assert_none(self, *, expected: tuple[str, ...] = ()) -> None:
        """No console errors (other than ``expected`` substrings) and no CSP violations."""
        unexpected = [
            text for text in self.console_errors if not any(part in text for part in expected)
        ]
        assert unexpected == []
        assert self.csp_violations == []


@pytest.fixture
def problems() -> PageProblems:
    return PageProblems()


@pytest.fixture
def page(browser, problems):
    context = browser.new_context()
    page = context.new_page()
    page.on(
        "console",
        lambda message: (
            problems.console_errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: problems.console_errors.append(str(error)))
    page.expose_function("__reportCsp", lambda text: problems.csp_violations.append(text))
    page.add_init_script(CSP_LISTENER)
    yield page
    context.close()
