"""Tests for newsroom.ingest: safe fetching against a real loopback server, and parsing.

No mocks: a real ThreadingHTTPServer on 127.0.0.1 counts the connections it
accepts, so every refused URL is shown to have caused no connection at all.
No database is needed.
"""

from __future__ import annotations

import gzip
import re
import ssl
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from newsroom.ingest import (
    BlockedURLError,
    FetchError,
    IngestError,
    content_hash,
    decode_bytes,
    fetch,
    parse_file,
    parse_html,
    parse_page,
    parse_text,
)

LOOPBACK = ["127.0.0.1"]

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Talks in Abu Dhabi end without a deal | The Daily Ledger</title>
  <meta property="og:title" content="Talks in Abu Dhabi end without a deal">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2026-02-05T09:30:00Z">
  <script>window.track = function () { document.cookie = "seen=1"; };</script>
  <style>body { color: red; }</style>
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/sport">Sport</a></li></ul></nav>
  <header><div class="logo">The Daily Ledger</div></header>
  <main><article>
    <h1>Talks in Abu Dhabi end without a deal</h1>
    <p class="byline">By Jane Doe</p>
    <p>ABU DHABI — Delegations from Ukraine, Russia and the United States met for two
    days of talks on Feb. 4-5, the second round since January, officials said.</p>
    <p onclick="alert('x')">Rustem Umerov, who led the Ukrainian delegation, said the sides
    had agreed to a <a href="/world/exchange" onclick="steal()">prisoner exchange</a>
    but not on territory.</p>
    <script>alert("inside the article")</script>
    <h2>What comes next</h2>
    <p>Steve Witkoff and Jared Kushner are expected to travel to Moscow next week. A strike
    overnight on Feb. 3 hit energy infrastructure in Kharkiv, the governor said.</p>
    <blockquote><p>"We are closer than we have ever been," one official said.</p></blockquote>
    <iframe src="https://ads.example/frame"></iframe>
    <p>The talks followed a meeting in Miami in December, when the US presented a
    20-point proposal that both sides described as a basis for negotiation.</p>
  </article></main>
  <footer><p>© 2025 The Daily Ledger. All rights reserved.</p><a href="/privacy">Privacy</a>
  </footer>
</body>
</html>
"""

PLAIN_TEXT = "Truce holds in Gaza\n\nThe ceasefire held for a third day on Sunday.\n"

# A self-signed certificate for "localhost" and 127.0.0.1 (EC P-256, valid to 2126),
# so HTTPS can be tested without any tool or network.
TEST_CERT = """-----BEGIN CERTIFICATE-----
MIIBnDCCAUGgAwIBAgIUIbgw+vjE5uqNeglsgtRP1ox0ZggwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyOTE2MzIwN1oYDzIxMjYxMTA1
MTYzMjA3WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATHnBVP7UsUoLxPSQ6dbdXiG0FnkIdLsSFulCjIrtviH/IsTddQ1Bnz
jfMPK6KdnNOBA4IcnZshHWcMPxv6MaRgo28wbTAdBgNVHQ4EFgQUYvmbzwRRuj1l
sBUVnu8QHaRfFV4wHwYDVR0jBBgwFoAUYvmbzwRRuj1lsBUVnu8QHaRfFV4wDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
zj0EAwIDSQAwRgIhANPFMeD0ouTNUuaCaBathQBioyD4386CUp1loFQXbMHaAiEA
z9Btz2+QFMCtZHGmBClfZ9VQLdPS7sd3stT0C5Idys8=
-----END CERTIFICATE-----
"""
TEST_KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg/uAR1ochF+7p269M
a2jI3oDPyo+i3y9RLe1Z7uGan8mhRANCAATHnBVP7UsUoLxPSQ6dbdXiG0FnkIdL
sSFulCjIrtviH/IsTddQ1BnzjfMPK6KdnNOBA4IcnZshHWcMPxv6MaRg
-----END PRIVATE KEY-----
"""


# ---------------------------------------------------------------------------
# A real loopback server that counts accepted connections
# ---------------------------------------------------------------------------


class CountingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lock = threading.Lock()
        self.connections = 0
        self.paths: list[str] = []
        self.host_headers: list[str] = []
        self.sni_names: list[str | None] = []

    def get_request(self):  # type: ignore[no-untyped-def]
        request, address = super().get_request()
        with self.lock:
            self.connections += 1
        return request, address

    def reset(self) -> None:
        with self.lock:
            self.connections = 0
            self.paths.clear()
            self.host_headers.clear()
            self.sni_names.clear()


class Handler(BaseHTTPRequestHandler):
    server: CountingServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.paths.append(self.path)
            self.server.host_headers.append(self.headers.get("Host", ""))
        url = urlsplit(self.path)
        route = url.path
        query = parse_qs(url.query)
        try:
            if route == "/article":
                self.send_body(ARTICLE_HTML.encode(), "text/html; charset=utf-8")
            elif route == "/plain":
                self.send_body(PLAIN_TEXT.encode(), "text/plain; charset=utf-8")
            elif route == "/latin1":
                page = "<html><body><p>Caf\xe9 talks \u2014 \u201cquoted\u201d, 5\u20ac.</p>"
                self.send_body(page.encode("cp1252"), "text/html; charset=iso-8859-1")
            elif route == "/gzip":
                self.send_body(
                    gzip.compress(ARTICLE_HTML.encode()),
                    "text/html; charset=utf-8",
                    extra={"Content-Encoding": "gzip"},
                )
            elif route == "/gzip-bomb":
                self.send_body(
                    gzip.compress(b"<p>" + b"a" * 2_000_000),
                    "text/html",
                    extra={"Content-Encoding": "gzip"},
                )
            elif route == "/hops/0":
                self.send_body(ARTICLE_HTML.encode(), "text/html; charset=utf-8")
            elif route.startswith("/hops/"):
                # /hops/N redirects N times; relative and absolute Locations alternate.
                left = int(route.rsplit("/", 1)[1])
                target = f"/hops/{left - 1}"
                self.redirect(target if left % 2 else f"http://127.0.0.1:{self.port}{target}")
            elif route == "/redirect":
                self.redirect(query["to"][0])
            elif route == "/redirect-no-location":
                self.send_response(302)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif route == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()  # no Content-Length: the size is only known while reading
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"x" * 16_380 + b"</p>")
            elif route == "/huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "50000000")
                self.end_headers()
                self.wfile.write(b"<p>only the start</p>")
            elif route == "/slow":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(50):  # trickles for ~5 s, each chunk well within a timeout
                    self.wfile.write(b"<p>still talking</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif route == "/slow-headers":
                time.sleep(3)
                self.send_body(b"<p>too late</p>", "text/html")
            elif route == "/png":
                self.send_body(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
            elif route == "/json":
                self.send_body(b'{"talks": true}', "application/json")
            elif route == "/no-type":
                self.send_body(b"<p>what am I?</p>", None)
            elif route == "/server-error":
                self.send_error(500)
            else:
                self.send_error(404)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (size cap, deadline)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def send_body(self, body: bytes, content_type: str | None, extra: dict | None = None) -> None:
        self.send_response(200)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


def start_server(ssl_context: ssl.SSLContext | None = None) -> CountingServer:
    server = CountingServer(("127.0.0.1", 0), Handler)
    if ssl_context is not None:
        server.socket = ssl_context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    return server


@pytest.fixture(scope="module")
def _server() -> Iterator[CountingServer]:
    server = start_server()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def server(_server: CountingServer) -> CountingServer:
    """The loopback server with its connection counter reset for this test."""
    _server.reset()
    return _server


@pytest.fixture(scope="module")
def cert_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    cert.write_text(TEST_CERT)
    key.write_text(TEST_KEY)
    return cert, key


@pytest.fixture(scope="module")
def tls_server(cert_files: tuple[Path, Path]) -> Iterator[CountingServer]:
    cert, key = cert_files
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    holder: list[CountingServer] = []

    def remember_sni(sock: ssl.SSLObject, name: str | None, ctx: ssl.SSLContext) -> None:
        holder[0].sni_names.append(name)

    context.sni_callback = remember_sni  # type: ignore[assignment]
    server = start_server(context)
    holder.append(server)
    yield server
    server.shutdown()
    server.server_close()


def base(server: CountingServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def connections_after_a_moment(server: CountingServer) -> int:
    """The accept count once any connection a buggy client made would have been accepted."""
    time.sleep(0.05)
    with server.lock:
        return server.connections


# ---------------------------------------------------------------------------
# fetch: pages that are fetched
# ---------------------------------------------------------------------------


def test_fetches_an_allowed_loopback_page(server: CountingServer) -> None:
    page = fetch(f"{base(server)}/article", allowed_addresses=LOOPBACK)

    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert page.final_url == f"{base(server)}/article"
    assert "Abu Dhabi" in page.text
    assert server.connections == 1
    assert server.host_headers == [f"127.0.0.1:{server.server_address[1]}"]


def test_fetches_plain_text(server: CountingServer) -> None:
    page = fetch(f"{base(server)}/plain", allowed_addresses=LOOPBACK)

    assert page.content_type == "text/plain"
    assert page.text == PLAIN_TEXT
    article = parse_page(page)
    assert article.title == "Truce holds in Gaza"


def test_non_ascii_urls_are_percent_encoded(server: CountingServer) -> None:
    page = fetch(f"{base(server)}/article?q=переговори", allowed_addresses=LOOPBACK)

    assert server.paths == [
        "/article?q=%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D0%B8"
    ]
    assert page.final_url.endswith(
        "/article?q=%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D0%B8"
    )


def test_decodes_latin1_labelled_page_as_cp1252(server: CountingServer) -> None:
    page = fetch(f"{base(server)}/latin1", allowed_addresses=LOOPBACK)

    assert "Café talks — “quoted”, 5€." in page.text


def test_decompresses_gzip(server: CountingServer) -> None:
    page = fetch(f"{base(server)}/gzip", allowed_addresses=LOOPBACK)

    assert page.body == ARTICLE_HTML.encode()


def test_fetched_page_parses_with_links_made_absolute(server: CountingServer) -> None:
    page = fetch(f"{base(server)}/article", allowed_addresses=LOOPBACK)
    article = parse_page(page)

    assert article.title == "Talks in Abu Dhabi end without a deal"
    assert f'href="{base(server)}/world/exchange"' in article.clean_html


@pytest.mark.parametrize("hops", [1, 3])
def test_follows_up_to_three_redirects(server: CountingServer, hops: int) -> None:
    page = fetch(f"{base(server)}/hops/{hops}", allowed_addresses=LOOPBACK)

    assert page.final_url == f"{base(server)}/hops/0"
    assert len(page.redirects) == hops
    assert server.connections == hops + 1
    assert "Abu Dhabi" in page.text


def test_refuses_a_fourth_redirect_without_following_it(server: CountingServer) -> None:
    with pytest.raises(FetchError, match="redirects too many times"):
        fetch(f"{base(server)}/hops/4", allowed_addresses=LOOPBACK)

    # The first request and three redirects were fetched; the fourth target was not.
    assert connections_after_a_moment(server) == 4
    assert server.paths == ["/hops/4", "/hops/3", "/hops/2", "/hops/1"]


def test_max_redirects_is_configurable(server: CountingServer) -> None:
    with pytest.raises(FetchError, match="more than 0"):
        fetch(f"{base(server)}/hops/1", allowed_addresses=LOOPBACK, max_redirects=0)
    assert connections_after_a_moment(server) == 1


# ---------------------------------------------------------------------------
# fetch: redirects to refused addresses are not followed
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        # These forms reach this very server if a client follows them (glibc
        # reads numeric hosts; Linux routes ::ffff:127.0.0.1 to IPv4): only
        # the check stands between the redirect and a second connection.
        "http://2130706433:{port}/article",
        "http://0x7f000001:{port}/article",
        "http://127.1:{port}/article",
        "http://[::ffff:127.0.0.1]:{port}/article",
        "http://user:secret@127.0.0.1:{port}/article",
        # Elsewhere: other loopback, private and metadata addresses, other schemes.
        "http://127.0.0.2:{port}/article",
        "http://[::1]:{port}/article",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "file:///etc/passwd",
    ],
)
def test_redirect_to_refused_address_is_not_followed(server: CountingServer, target: str) -> None:
    location = target.format(port=server.server_address[1])
    start = f"{base(server)}/redirect?to={location}"

    with pytest.raises(BlockedURLError, match="redirects to"):
        fetch(start, allowed_addresses=LOOPBACK)

    assert connections_after_a_moment(server) == 1  # the first hop only
    assert len(server.paths) == 1


def test_redirect_without_location_is_an_error(server: CountingServer) -> None:
    with pytest.raises(FetchError, match="without saying where"):
        fetch(f"{base(server)}/redirect-no-location", allowed_addresses=LOOPBACK)


# ---------------------------------------------------------------------------
# fetch: refused URL forms never connect
# ---------------------------------------------------------------------------


REFUSED_URLS = [
    # (url, allowed_addresses, pattern expected in the message)
    # On the server's own port, the port rule refuses first (before DNS)...
    ("http://127.0.0.1:{port}/article", [], "port"),
    ("http://localhost:{port}/article", [], "port"),
    ("http://[::1]:{port}/article", [], "port"),
    ("http://[::ffff:127.0.0.1]:{port}/article", [], "port"),
    ("http://[::ffff:127.0.0.1]:{port}/article", LOOPBACK, "port"),
    # ...and on port 80 the address check does.
    ("http://127.0.0.1/", [], "loopback"),
    ("http://localhost/", [], r"localhost, which resolves to .*loopback"),
    ("http://[::1]/", [], "loopback"),
    ("http://[::ffff:127.0.0.1]/", LOOPBACK, "loopback address .*inside an IPv6"),
    ("http://127.0.0.1:80/", ["::1"], "loopback"),
    ("http://2130706433:{port}/article", LOOPBACK, "unusual numeric form"),
    ("http://0x7f000001:{port}/article", LOOPBACK, "unusual numeric form"),
    ("http://0x7f.1:{port}/article", LOOPBACK, "unusual numeric form"),
    ("http://017700000001:{port}/article", LOOPBACK, "unusual numeric form"),
    ("http://127.1:{port}/article", LOOPBACK, "unusual numeric form"),
    ("http://127.000.000.001:{port}/article", LOOPBACK, "unusual numeric form"),
    ("ftp://127.0.0.1:{port}/article", LOOPBACK, "only http:// and https://"),
    ("file:///etc/passwd", LOOPBACK, "only http:// and https://"),
    ("javascript:alert(1)", [], "only http:// and https://"),
    ("127.0.0.1:{port}/article", LOOPBACK, "http://"),
    ("http://example.com:8080/", [], "port 8080"),
    # The port is refused before DNS: this name would fail to resolve otherwise.
    ("http://does-not-exist.invalid:8080/", [], "port 8080"),
    ("http://10.0.0.1/", [], "private network"),
    ("http://192.168.1.1/", [], "private network"),
    ("http://100.64.0.1/", [], "carrier-grade NAT"),
    ("http://169.254.169.254/latest/meta-data/", [], "metadata"),
    ("http://[fd00:ec2::254]/latest/meta-data/", [], "metadata"),
    ("http://[fe80::1]/", [], "link-local"),
    ("http://[fe80::1%25eth0]/", [], "zone"),
    ("http://224.0.0.1/", [], "multicast"),
    ("http://[ff02::1]/", [], "multicast"),
    ("http://0.0.0.0/", [], "unspecified"),
    ("http://[::]/", [], "unspecified"),
    ("http://240.0.0.1/", [], "private network"),
    ("http://[64:ff9b::7f00:1]/", [], "loopback"),
    ("http://[2002:7f00:1::]/", [], "loopback"),
    ("http://user:secret@127.0.0.1:{port}/article", LOOPBACK, "user name or password"),
    ("http://example.com@127.0.0.1:{port}/article", LOOPBACK, "user name or password"),
    ("http://127.0.0.1:{port}\\@example.com/article", LOOPBACK, "backslashes"),
    ("http://127.0.0.1:{port}/ article", LOOPBACK, "spaces"),
]


@pytest.mark.parametrize(
    ("url", "allowed", "reason"),
    REFUSED_URLS,
    ids=[
        case[0].replace("{port}", "PORT") + (" +allow" if case[1] else "") for case in REFUSED_URLS
    ],
)
def test_refused_url_never_connects(
    server: CountingServer, url: str, allowed: list[str], reason: str
) -> None:
    with pytest.raises(BlockedURLError) as excinfo:
        fetch(url.format(port=server.server_address[1]), allowed_addresses=allowed)

    assert re.search(reason, excinfo.value.message)
    assert connections_after_a_moment(server) == 0


def test_loopback_allowlist_is_exact(server: CountingServer) -> None:
    """Allowing 127.0.0.1 exempts that address, not other loopback addresses."""
    with pytest.raises(BlockedURLError):
        fetch(f"http://127.0.0.2:{server.server_address[1]}/", allowed_addresses=LOOPBACK)
    assert connections_after_a_moment(server) == 0


def test_allowlist_rejects_values_that_are_not_addresses() -> None:
    with pytest.raises(ValueError, match="NEWSROOM_FETCH_ALLOWED_ADDRESSES"):
        fetch("http://example.com/", allowed_addresses=["localhost"])


def test_unknown_host_is_a_clear_error() -> None:
    with pytest.raises(FetchError, match="could not be found") as excinfo:
        fetch("http://does-not-exist.invalid/")
    assert not isinstance(excinfo.value, BlockedURLError)


# ---------------------------------------------------------------------------
# fetch: size, time, content type and status
# ---------------------------------------------------------------------------


def test_body_over_the_cap_is_refused_while_streaming(server: CountingServer) -> None:
    with pytest.raises(FetchError, match="too large"):
        fetch(f"{base(server)}/huge", allowed_addresses=LOOPBACK, max_bytes=100_000)


def test_declared_length_over_the_cap_is_refused_before_reading(server: CountingServer) -> None:
    with pytest.raises(FetchError, match="too large"):
        fetch(f"{base(server)}/huge-declared", allowed_addresses=LOOPBACK, max_bytes=100_000)


def test_compressed_body_is_capped_after_decompression(server: CountingServer) -> None:
    with pytest.raises(FetchError, match="too large"):
        fetch(f"{base(server)}/gzip-bomb", allowed_addresses=LOOPBACK, max_bytes=100_000)


def test_slow_body_hits_the_total_deadline(server: CountingServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="took too long"):
        fetch(f"{base(server)}/slow", allowed_addresses=LOOPBACK, total_timeout=0.5)
    assert time.monotonic() - started < 1.5


def test_slow_headers_hit_the_total_deadline(server: CountingServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="took too long"):
        fetch(f"{base(server)}/slow-headers", allowed_addresses=LOOPBACK, total_timeout=0.5)
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize(("path", "shown"), [("/png", "image/png"), ("/json", "application/json")])
def test_wrong_content_type_is_refused(server: CountingServer, path: str, shown: str) -> None:
    with pytest.raises(FetchError, match=shown):
        fetch(f"{base(server)}{path}", allowed_addresses=LOOPBACK)


def test_missing_content_type_is_refused(server: CountingServer) -> None:
    with pytest.raises(FetchError, match="did not say what kind"):
        fetch(f"{base(server)}/no-type", allowed_addresses=LOOPBACK)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "The server answered 404 Not Found"),
        ("/server-error", "The server answered 500 Internal Server Error"),
    ],
)
def test_error_status_is_reported(server: CountingServer, path: str, message: str) -> None:
    with pytest.raises(FetchError) as excinfo:
        fetch(f"{base(server)}{path}", allowed_addresses=LOOPBACK)
    assert excinfo.value.message == f"{message}."


def test_closed_port_is_a_clear_error() -> None:
    probe = start_server()
    port = probe.server_address[1]
    probe.shutdown()
    probe.server_close()

    with pytest.raises(FetchError, match="refused the connection"):
        fetch(f"http://127.0.0.1:{port}/", allowed_addresses=LOOPBACK)


# ---------------------------------------------------------------------------
# fetch: HTTPS uses the checked address but the host name for SNI and the certificate
# ---------------------------------------------------------------------------


def test_https_sends_sni_and_host_for_the_name(
    tls_server: CountingServer, cert_files: tuple[Path, Path]
) -> None:
    tls_server.reset()
    port = tls_server.server_address[1]
    trusting = ssl.create_default_context(cafile=str(cert_files[0]))

    page = fetch(
        f"https://localhost:{port}/article",
        allowed_addresses=["127.0.0.1", "::1"],
        ssl_context=trusting,
    )

    assert page.status == 200
    assert tls_server.sni_names == ["localhost"]
    assert tls_server.host_headers == [f"localhost:{port}"]


def test_https_with_an_untrusted_certificate_fails_clearly(tls_server: CountingServer) -> None:
    port = tls_server.server_address[1]
    with pytest.raises(FetchError, match="certificate is not valid"):
        fetch(f"https://localhost:{port}/article", allowed_addresses=["127.0.0.1", "::1"])


# ---------------------------------------------------------------------------
# parse_html
# ---------------------------------------------------------------------------


def test_parse_html_extracts_metadata_and_main_text() -> None:
    article = parse_html(ARTICLE_HTML, url="https://ledger.example/world/talks")

    assert article.title == "Talks in Abu Dhabi end without a deal"
    assert article.byline == "Jane Doe"
    assert article.published == date(2026, 2, 5)
    assert article.language == "en"
    assert article.text.startswith("ABU DHABI — Delegations from Ukraine")
    assert "overnight on Feb. 3 hit energy infrastructure" in article.text
    # Noise stays out.
    for noise in ("Home", "Sport", "All rights reserved", "window.track", "inside the article"):
        assert noise not in article.text


def test_parse_html_separates_paragraphs_with_blank_lines() -> None:
    article = parse_html(ARTICLE_HTML)
    paragraphs = article.text.split("\n\n")

    assert "What comes next" in paragraphs
    assert all(paragraph.strip() == paragraph and paragraph for paragraph in paragraphs)
    # Source line wrapping inside a paragraph becomes a space.
    assert "met for two days of talks" in article.text


def test_parse_html_clean_html_is_sanitised() -> None:
    article = parse_html(ARTICLE_HTML, url="https://ledger.example/world/talks")
    html = article.clean_html.lower()

    for forbidden in ("<script", "onclick", "<iframe", "<style", "alert(", "javascript:"):
        assert forbidden not in html
    assert "<p>" in html
    assert "<h2>what comes next</h2>" in html
    assert "<blockquote>" in html
    assert (
        '<a href="https://ledger.example/world/exchange" rel="noopener noreferrer nofollow">'
        in article.clean_html
    )


def test_parse_html_without_url_drops_relative_links() -> None:
    article = parse_html(ARTICLE_HTML)

    assert "/world/exchange" not in article.clean_html
    assert "prisoner exchange" in article.clean_html


def test_parse_html_ignores_a_base_url_that_is_not_http() -> None:
    article = parse_html(ARTICLE_HTML, url="not a url")

    assert "/world/exchange" not in article.clean_html


def test_parse_html_salvages_a_short_page_trafilatura_skips() -> None:
    page = (
        "<html lang='uk'><head><title>Коротко</title></head><body>"
        "<p>Переговори тривали два дні.</p><script>track()</script></body></html>"
    )
    article = parse_html(page)

    assert article.title == "Коротко"
    assert article.language == "uk"
    assert article.text == "Переговори тривали два дні."
    assert "track" not in article.clean_html


def test_parse_html_strips_dangerous_markup_inside_the_content() -> None:
    page = (
        "<html><body><article><h1>Statement</h1>"
        '<p>The ministry <a href="javascript:alert(1)">said</a> talks would resume '
        "<img src=x onerror=alert(1)> after the holidays, according to the statement.</p>"
        "<p>Officials <em>declined</em> to give a date <strong>for the next round</strong> "
        "of negotiations, citing security concerns in the region.</p>"
        "</article></body></html>"
    )
    article = parse_html(page)

    assert "javascript:" not in article.clean_html
    assert "onerror" not in article.clean_html
    assert "<img" not in article.clean_html
    assert "talks would resume" in article.text


def test_parse_html_takes_a_date_from_markup_but_not_from_a_copyright_line() -> None:
    page = (
        "<html><body><article><h1>Envoys meet again</h1>"
        "<p>Envoys met again on Tuesday to discuss the draft framework and a possible "
        "exchange of prisoners, according to two people familiar with the talks.</p>"
        "</article><footer>© 2025 The Daily Ledger</footer></body></html>"
    )
    assert parse_html(page).published is None

    dated = page.replace("<h1>", '<time datetime="2026-01-20">Jan 20, 2026</time><h1>')
    assert parse_html(dated).published == date(2026, 1, 20)


@pytest.mark.parametrize(
    "broken",
    [
        "<html><body><p>Talks resumed on Monday in Geneva between the two delegations "
        "after a pause of three weeks, officials said, <b>with the mediators",
        "<div><p>Unclosed <em>emphasis and <a href='x'>a link that never ends "
        "while the delegates kept talking about the ceasefire terms for the region",
        "<<<>>><p>Stray brackets </div></span> but the ceasefire held overnight across "
        "the front line, the military said in a statement on Sunday morning.</p>",
        "\x00\x01<p>Control characters\x0b before the text about the truce which held.</p>",
    ],
)
def test_parse_html_on_broken_html_does_not_crash(broken: str) -> None:
    try:
        article = parse_html(broken)
    except IngestError as exc:
        assert exc.message
    else:
        assert article.text
        assert "<script" not in article.clean_html


@pytest.mark.parametrize(
    "empty",
    [
        "",
        "   ",
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<script>x</script>",
    ],
)
def test_parse_html_without_text_raises_a_clear_error(empty: str) -> None:
    with pytest.raises(IngestError, match=r"(?i)empty|no article text"):
        parse_html(empty)


def test_parse_html_truncated_page_salvages_text() -> None:
    truncated = ARTICLE_HTML[: ARTICLE_HTML.index("What comes next")]

    article = parse_html(truncated)

    assert "Rustem Umerov" in article.text
    assert article.published == date(2026, 2, 5)


# ---------------------------------------------------------------------------
# parse_text, parse_file, content_hash, decode_bytes
# ---------------------------------------------------------------------------


def test_parse_text_takes_a_short_first_line_as_title() -> None:
    article = parse_text(
        "\ufeffTruce holds in Gaza\r\n\r\nBy Sam Reporter\r\n\r\n"
        "The ceasefire held for a third day.\r\nAid trucks crossed at Rafah.\r\n\r\n\r\n"
        "Talks resume in Cairo on Feb. 10.  \n"
    )

    assert article.title == "Truce holds in Gaza"
    assert article.byline == "Sam Reporter"
    assert article.published is None
    assert article.text == (
        "The ceasefire held for a third day.\nAid trucks crossed at Rafah.\n\n"
        "Talks resume in Cairo on Feb. 10."
    )
    assert article.clean_html == (
        "<p>The ceasefire held for a third day.<br>Aid trucks crossed at Rafah.</p>\n"
        "<p>Talks resume in Cairo on Feb. 10.</p>"
    )


def test_parse_text_without_blank_lines_makes_each_line_a_paragraph() -> None:
    article = parse_text("Envoys meet\nFirst paragraph here.\nSecond paragraph here.")

    assert article.title == "Envoys meet"
    assert article.text == "First paragraph here.\n\nSecond paragraph here."


def test_parse_text_long_first_line_is_not_a_title() -> None:
    sentence = "The delegations met in Abu Dhabi on Feb. 4 and agreed to meet again. " * 3
    article = parse_text(sentence)

    assert article.title == ""
    assert article.text == sentence.strip()


def test_parse_text_escapes_markup() -> None:
    article = parse_text("Title\n\n<script>alert(1)</script> & more")

    assert "<script>" not in article.clean_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in article.clean_html


def test_parse_text_empty_raises() -> None:
    with pytest.raises(IngestError, match="empty"):
        parse_text(" \n\r\n ")


def test_parse_file_html_by_extension() -> None:
    article = parse_file("talks.HTML", ARTICLE_HTML.encode("utf-8"))

    assert article.title == "Talks in Abu Dhabi end without a deal"
    assert article.published == date(2026, 2, 5)


def test_parse_file_html_by_content() -> None:
    article = parse_file("download", ARTICLE_HTML.encode("utf-8"))

    assert article.byline == "Jane Doe"


def test_parse_file_text() -> None:
    article = parse_file("notes.txt", PLAIN_TEXT.encode("utf-8"))

    assert article.title == "Truce holds in Gaza"
    assert article.text == "The ceasefire held for a third day on Sunday."


def test_parse_file_cp1252_text() -> None:
    data = "Caf\xe9 diplomacy\n\nThe envoy\u2019s \u201cfinal\u201d offer \u2014 5\u20ac.\n"
    article = parse_file("old.txt", data.encode("cp1252"))

    assert article.title == "Café diplomacy"
    assert article.text == "The envoy’s “final” offer — 5€."


def test_parse_file_html_with_meta_charset() -> None:
    page = (
        '<html><head><meta charset="windows-1251"><title>Переговори</title></head><body>'
        "<article><p>Делегації зустрілися в Абу-Дабі 4 лютого, повідомили посадовці "
        "після завершення першого дня переговорів.</p></article></body></html>"
    )
    article = parse_file("uk.htm", page.encode("cp1251"))

    assert "Делегації зустрілися" in article.text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
        ("empty.txt", b"   \n"),
    ],
)
def test_parse_file_refuses_binary_or_empty_files(name: str, data: bytes) -> None:
    with pytest.raises(IngestError):
        parse_file(name, data)


def test_parse_file_refuses_oversized_files() -> None:
    with pytest.raises(IngestError, match="too large"):
        parse_file("big.txt", b"a" * 101, max_bytes=100)


def test_content_hash_ignores_whitespace_and_newline_style() -> None:
    first = content_hash("Talks  resumed.\r\n\r\nOn Monday.")
    second = content_hash(" Talks resumed.\n\nOn   Monday.\n")

    assert first == second
    assert len(first) == 64
    assert content_hash("Talks resumed on Tuesday.") != first


def test_content_hash_normalises_unicode_composition() -> None:
    assert content_hash("Cafe\u0301") == content_hash("Caf\u00e9")


def test_decode_bytes_fallbacks() -> None:
    assert decode_bytes("Київ".encode()) == "Київ"
    assert decode_bytes("naïve".encode("cp1252")) == "naïve"
    assert decode_bytes(b"\xef\xbb\xbfBOM") == "BOM"
    assert decode_bytes("Київ".encode("koi8-u"), declared="koi8-u") == "Київ"
    assert decode_bytes(b"x", declared="no-such-charset") == "x"
