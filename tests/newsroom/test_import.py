"""Importing articles by URL and file through the editors' services and admin."""

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from newsroom import ingest, services
from newsroom.models import Article, Suggestion
from tests.factories import ProcessFactory, UserFactory

pytestmark = pytest.mark.django_db

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title>
<meta property="article:published_time" content="2026-03-04T09:00:00Z">
<meta name="author" content="Ada Reporter"></head>
<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>
<p>Negotiators met in Geneva on March 3 for a first round of talks, the mediator said.</p>
<p>{extra}</p>
<p>Both delegations said they would report to their capitals before the next meeting,
which officials expect later in the spring.</p></article>
<footer>© Example News</footer></body></html>"""


class Site:
    """A real HTTP server on loopback whose page can change between imports."""

    def __init__(self):
        self.connections = 0
        self.extra = "Drones struck the port overnight on March 2."
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = PAGE.format(title="Talks open in Geneva", extra=site.extra).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            def get_request(self):
                site.connections += 1
                return super().get_request()

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/story"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def site(settings):
    settings.NEWSROOM_FETCH_ALLOWED_ADDRESSES = ["127.0.0.1"]
    site = Site()
    yield site
    site.server.shutdown()


def test_import_by_url_takes_text_and_metadata(site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = services.article_import_url(url=site.url, process=ProcessFactory())
    article = result.article
    assert result.created
    assert article.title == "Talks open in Geneva"
    assert article.published_on == dt.date(2026, 3, 4)
    assert "Negotiators met in Geneva" in article.text
    assert "Home | World" not in article.text
    assert "<script" not in article.clean_html
    assert article.suggestions.filter(kind="talks", starts_on=dt.date(2026, 3, 3)).exists()


def test_importing_the_same_url_again_updates_and_keeps_decisions(
    site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.article_import_url(url=site.url, process=ProcessFactory())
    talks = first.article.suggestions.get(kind="talks")
    services.suggestion_reject(suggestion=talks, user=UserFactory())

    site.extra = "A prisoner exchange took place on March 1, officials said."
    with django_capture_on_commit_callbacks(execute=True):
        second = services.article_import_url(url=site.url)

    assert not second.created and second.text_changed
    assert Article.objects.count() == 1
    assert "prisoner exchange" in second.article.text
    talks.refresh_from_db()
    assert talks.status == Suggestion.Status.REJECTED
    assert first.article.suggestions.filter(kind="exchange").exists()


def test_a_refused_url_leaves_nothing_behind_and_makes_no_connection(site, settings):
    settings.NEWSROOM_FETCH_ALLOWED_ADDRESSES = []
    with pytest.raises(ingest.BlockedURLError):
        services.article_import_url(url=site.url)
    assert site.connections == 0
    assert not Article.objects.exists()


def test_admin_import_by_url_shows_a_clear_message_for_a_refused_address(client):
    client.force_login(UserFactory())
    response = client.post(
        reverse("admin:newsroom_article_import"), {"url": "http://169.254.169.254/latest/"}
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not Article.objects.exists()


def test_admin_import_of_an_html_file_without_a_date_flags_it(
    client, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory())
    html = PAGE.replace(
        '<meta property="article:published_time" content="2026-03-04T09:00:00Z">', ""
    )
    upload = SimpleUploadedFile("story.html", html.format(title="Geneva", extra="").encode())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:newsroom_article_import"), {"file": upload})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.published_on is None
    assert article.extraction_status == Article.Extraction.NEEDS_DATE


def test_import_article_command_reports_an_unreachable_host():
    with pytest.raises(CommandError, match="does-not-exist.invalid"):
        call_command("import_article", "http://does-not-exist.invalid/story")
    assert not Article.objects.exists()


def test_import_article_command_reads_a_local_text_file(
    tmp_path, django_capture_on_commit_callbacks
):
    path = tmp_path / "story.txt"
    path.write_text("Ceasefire talks\n\nEnvoys met in Doha on May 2 for talks.", encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_article", str(path))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_article", str(path))
    assert Article.objects.count() == 1


def test_an_unsavable_import_is_a_clear_error_not_a_crash():
    parsed = ingest.parse_text("Talks in Doha\n\nEnvoys met in Doha on May 2 for talks.")
    with pytest.raises(ingest.IngestError, match="cannot be saved"):
        services.article_import(parsed=parsed, url="https://news.example/" + "a" * 1200)
    assert not Article.objects.exists()
