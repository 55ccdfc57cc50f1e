"""Fetching and cleaning articles: a safe URL fetcher and HTML/text/file parsers.

This module is pure Python (stdlib, trafilatura, htmldate, nh3, lxml). It never
imports Django, so services, tasks and management commands can all call it and
its tests need no database.

Fetching (:func:`fetch`) follows the rules in DESIGN.md, "Security and
reliability":

* only ``http``/``https`` URLs on ports 80 and 443, without user names or
  passwords in them, and without numeric host spellings that resolvers read
  differently (``2130706433``, ``0x7f.1``, ``017700000001``, ``127.1``);
* the host is resolved once and the request is refused *before connecting* if
  any address is loopback, private, link-local, carrier-grade NAT, multicast,
  unspecified, reserved or a cloud metadata address (IPv4 and IPv6, including
  IPv4 addresses embedded in IPv6 ones);
* the connection goes to exactly the address that was checked (no second DNS
  lookup); HTTPS still verifies the certificate against the host name (SNI);
* redirects are followed by hand, at most ``max_redirects`` times, and every
  hop is checked the same way;
* a short connect timeout, a hard total deadline, a size cap enforced while
  streaming, and an allowlist of content types.

Every refusal or failure raises :class:`FetchError` (or its subclass
:class:`BlockedURLError` for policy refusals) whose message can be shown to
an editor as it is.

Parsing turns HTML (:func:`parse_html`), plain text (:func:`parse_text`) or an
uploaded file (:func:`parse_file`) into a :class:`ParsedArticle`: title,
byline, publication date, language, plain text with paragraphs separated by
blank lines, and sanitised HTML (nh3) that is safe to show but should still
never be marked safe without going through this module.
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import hashlib
import html as html_lib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import unicodedata
import zlib
from collections.abc import Collection, Iterable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeoutError
from dataclasses import dataclass, field
from datetime import date
from http import HTTPStatus
from pathlib import PurePosixPath
from urllib.parse import SplitResult, quote, urljoin, urlsplit, urlunsplit

import htmldate
import lxml.etree
import lxml.html
import nh3
import trafilatura

__all__ = [
    "ALLOWED_CONTENT_TYPES",
    "BlockedURLError",
    "FetchError",
    "FetchedPage",
    "IngestError",
    "ParsedArticle",
    "address_problem",
    "content_hash",
    "decode_bytes",
    "fetch",
    "html_to_text",
    "parse_file",
    "parse_html",
    "parse_page",
    "parse_text",
    "sanitize_html",
]

type IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


# ---------------------------------------------------------------------------
# Errors and results
# ---------------------------------------------------------------------------


class IngestError(Exception):
    """An article could not be imported; ``message`` is written for editors."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FetchError(IngestError):
    """A URL could not be fetched (bad link, unreachable, too slow, too big…)."""


class BlockedURLError(FetchError):
    """A URL was refused by the safety rules before any connection was made."""


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A successfully fetched response (2xx, allowed content type, within size)."""

    url: str
    """The URL as requested (normalised)."""
    final_url: str
    """The URL after redirects: use it as the article's canonical address."""
    status: int
    content_type: str
    """Media type without parameters, lower case, e.g. ``text/html``."""
    charset: str | None
    """Charset declared in the ``Content-Type`` header, if any."""
    body: bytes = field(repr=False)
    redirects: tuple[str, ...] = ()
    """Every URL that redirected, in order (the first is ``url``)."""

    @property
    def is_html(self) -> bool:
        return self.content_type in _HTML_CONTENT_TYPES

    @property
    def text(self) -> str:
        """The body decoded: BOM, declared charset, ``<meta charset>``, UTF-8, cp1252."""
        return decode_bytes(self.body, declared=self.charset, sniff_html=self.is_html)


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """What an article import stores: metadata, plain text and sanitised HTML."""

    title: str
    """Headline, or ``""`` when none was found."""
    byline: str
    """Author(s) as printed, or ``""``."""
    published: date | None
    language: str | None
    """Primary language subtag in lower case (``"en"``, ``"uk"``), if declared."""
    text: str
    """Plain text of the main content; paragraphs separated by one blank line."""
    clean_html: str
    """Main content as sanitised HTML (nh3): harmless tags only."""


# ---------------------------------------------------------------------------
# Fetching
# ---------------------------------------------------------------------------

ALLOWED_SCHEMES = frozenset({"http", "https"})
ALLOWED_PORTS = frozenset({80, 443})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
ALLOWED_CONTENT_TYPES = _HTML_CONTENT_TYPES | {"text/plain"}
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_MAX_URL_LENGTH = 2048
MAX_UPLOAD_BYTES = 5_000_000
_CHUNK_SIZE = 64 * 1024
USER_AGENT = "NewsroomTimeline/1.0 (+article import for editors)"

_METADATA_ADDRESSES = frozenset(
    {
        ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack…
        ipaddress.ip_address("169.254.170.2"),  # AWS ECS task metadata
        ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
        ipaddress.ip_address("fd00:ec2::254"),  # AWS IPv6
    }
)
_CARRIER_GRADE_NAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
# "ends in a number": a host whose last label is numeric is an IPv4 address to
# browsers and resolvers (WHATWG URL standard), whatever else it looks like.
_NUMERIC_LABEL = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)$", re.IGNORECASE)
_UNSAFE_URL_CHARS = re.compile(r"[\x00-\x20\x7f\\]")
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"  # already-encoded and reserved characters stay

_dns_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="ingest-dns")


@dataclass(frozen=True, slots=True)
class _Target:
    """A URL that passed the syntactic checks."""

    url: str
    scheme: str
    host: str  # ASCII (IDNA), no brackets, no trailing dot
    port: int
    explicit_port: bool
    request_path: str
    literal_ip: IPAddress | None


class _Deadline:
    """A monotonic deadline shared by every step of one fetch."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise self.error()
        return left

    def expired(self) -> bool:
        return time.monotonic() >= self.end

    def error(self) -> FetchError:
        return FetchError(
            f"The site took too long to answer (more than {self.seconds:g} seconds). "
            "Try again later, or paste the article text instead."
        )


def fetch(
    url: str,
    *,
    allowed_addresses: Collection[str] = (),
    connect_timeout: float = 5,
    total_timeout: float = 15,
    max_bytes: int = 5_000_000,
    max_redirects: int = 3,
    ssl_context: ssl.SSLContext | None = None,
) -> FetchedPage:
    """Fetch an article page safely, following at most ``max_redirects`` redirects.

    ``allowed_addresses`` lists IP addresses (strings) that are exempt from the
    address check and the port rule: pass ``settings.NEWSROOM_FETCH_ALLOWED_ADDRESSES``
    (empty in production; tests name their loopback server). Matching is exact:
    allowing ``127.0.0.1`` does not allow ``::ffff:127.0.0.1`` or ``localhost``
    names that also resolve to ``::1``.

    ``ssl_context`` replaces ``ssl.create_default_context()`` (tests use it to
    trust a self-signed certificate); hostname checking must stay on.

    Raises :class:`BlockedURLError` when a URL or redirect is refused by the
    rules (no connection is made to it) and :class:`FetchError` for every other
    failure, with a message meant for the editor.
    """
    allowed = _parse_allowlist(allowed_addresses)
    deadline = _Deadline(total_timeout)
    context = ssl_context or ssl.create_default_context()
    requested = _check_url(url, allowed)
    current = requested
    redirects: list[str] = []

    while True:
        addresses = _resolve_and_check(current, allowed, deadline, redirected=bool(redirects))
        conn = _open_connection(current, addresses, connect_timeout, context, deadline)
        # Keep the socket itself: http.client hands it to the response and forgets it.
        sock = conn.sock
        assert sock is not None
        # Per-read timeouts can be reset by a server that trickles bytes; the
        # watchdog shuts the socket at the deadline, whatever is blocking.
        watchdog = threading.Timer(max(deadline.end - time.monotonic(), 0), _abort_socket, [sock])
        watchdog.daemon = True
        watchdog.start()
        try:
            response = _send_request(conn, sock, current, deadline)
            if response.status in _REDIRECT_STATUSES:
                location = response.getheader("Location", "").strip()
                response.close()
                if not location:
                    raise FetchError(
                        f"The server answered {_status_text(response)} without saying "
                        "where the page moved to."
                    )
                if len(redirects) >= max_redirects:
                    raise FetchError(
                        f"The link redirects too many times (more than {max_redirects}). "
                        "Open it in a browser and import the address it ends up at."
                    )
                redirects.append(current.url)
                current = _check_url(urljoin(current.url, location), allowed, redirected=True)
                continue
            if not 200 <= response.status < 300:
                raise FetchError(f"The server answered {_status_text(response)}.")
            content_type, charset = _check_content_type(response)
            body = _read_body(response, sock, max_bytes=max_bytes, deadline=deadline)
            return FetchedPage(
                url=requested.url,
                final_url=current.url,
                status=response.status,
                content_type=content_type,
                charset=charset,
                body=body,
                redirects=tuple(redirects),
            )
        except FetchError:
            raise
        except (TimeoutError, OSError, http.client.HTTPException) as exc:
            if deadline.expired():
                raise deadline.error() from exc
            raise _connection_error(current.host, exc) from exc
        finally:
            watchdog.cancel()
            conn.close()


def _parse_allowlist(addresses: Collection[str]) -> frozenset[IPAddress]:
    parsed = set()
    for address in addresses:
        try:
            parsed.add(ipaddress.ip_address(address.strip()))
        except ValueError:
            raise ValueError(
                f"Allowed fetch address {address!r} is not an IP address "
                "(check NEWSROOM_FETCH_ALLOWED_ADDRESSES)."
            ) from None
    return frozenset(parsed)


def _check_url(url: str, allowed: frozenset[IPAddress], *, redirected: bool = False) -> _Target:
    """Check everything about a URL that needs no DNS; return its parts."""
    where = "The link redirects to an address that" if redirected else "This link"
    url = url.strip()
    if not url:
        raise BlockedURLError("The link is empty.")
    if len(url) > _MAX_URL_LENGTH:
        raise BlockedURLError(f"{where} is too long (over {_MAX_URL_LENGTH} characters).")
    if _UNSAFE_URL_CHARS.search(url):
        raise BlockedURLError(f"{where} contains spaces, backslashes or control characters.")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise BlockedURLError(f"{where} is not a valid web address.") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"“{scheme}:” links" if scheme else "Links without http:// or https://"
        raise BlockedURLError(
            f"{shown} can't be imported: only http:// and https:// web pages can."
            if not redirected
            else f"{where} is not an http:// or https:// web page ({scheme or 'no scheme'})."
        )
    if "@" in parts.netloc or parts.username is not None or parts.password is not None:
        raise BlockedURLError(f"{where} contains a user name or password, which is not allowed.")
    raw_host = parts.hostname or ""
    if not raw_host:
        raise BlockedURLError(f"{where} has no host name.")
    if "%" in raw_host:
        raise BlockedURLError(f"{where} uses an IPv6 zone, which is not allowed.")

    literal_ip: IPAddress | None = None
    if parts.netloc.startswith("["):
        try:
            literal_ip = ipaddress.IPv6Address(raw_host)
        except ValueError:
            raise BlockedURLError(f"{where} has an invalid IPv6 address.") from None
        host = raw_host
    else:
        host = _idna_host(raw_host.rstrip("."), where)
        labels = host.split(".")
        if _NUMERIC_LABEL.match(labels[-1]):
            try:
                literal_ip = ipaddress.IPv4Address(host)
            except ValueError:
                raise BlockedURLError(
                    f"{where} writes an IP address in an unusual numeric form ({raw_host}). "
                    "Use the site's name or a plain dotted address."
                ) from None

    explicit_port = port is not None
    if port is None:
        port = _DEFAULT_PORTS[scheme]
    # Another port is refused here, before DNS, unless the host is an allowed
    # address; a named host may resolve to allowed addresses only, which
    # _resolve_and_check() decides when there is an allowlist at all.
    port_exempt = literal_ip in allowed if literal_ip is not None else bool(allowed)
    if port not in ALLOWED_PORTS and not port_exempt:
        raise BlockedURLError(
            f"{where} uses port {port}; only standard web ports (80 and 443) are allowed."
        )

    path = quote(parts.path or "/", safe=_PATH_SAFE)
    query = quote(parts.query, safe=_PATH_SAFE + "?")
    request_path = f"{path}?{query}" if query else path
    netloc = f"[{host}]" if isinstance(literal_ip, ipaddress.IPv6Address) else host
    if explicit_port:
        netloc = f"{netloc}:{port}"
    normalised = urlunsplit(SplitResult(scheme, netloc, path, query, ""))
    return _Target(normalised, scheme, host, port, explicit_port, request_path, literal_ip)


def _idna_host(host: str, where: str) -> str:
    host = host.lower()
    if host.isascii():
        if not re.fullmatch(r"[a-z0-9._-]+", host) or ".." in host or host.startswith("."):
            raise BlockedURLError(f"{where} has an invalid host name.")
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        raise BlockedURLError(f"{where} has an invalid international host name.") from None


def address_problem(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be fetched from (a phrase for editors), or ``None`` if public."""
    if ip in _METADATA_ADDRESSES:
        return "a cloud metadata address"
    if ip.is_unspecified:
        return "the unspecified address"
    if ip.is_loopback:
        return "a loopback address (this server itself)"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _CARRIER_GRADE_NAT:
        return "a carrier-grade NAT address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            problem = address_problem(embedded)
            return f"{problem} inside an IPv6 address" if problem else None
        if ip.teredo is not None:
            return "a Teredo tunnel address"
        if ip.is_site_local:
            return "a site-local (private) address"
    if ip.is_private:
        return "a private network address"
    if ip.is_reserved:
        return "a reserved address"
    if not ip.is_global:
        return "not a public address"
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address carried by a mapped, 6to4 or NAT64 IPv6 address, if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _resolve_and_check(
    target: _Target, allowed: frozenset[IPAddress], deadline: _Deadline, *, redirected: bool
) -> list[IPAddress]:
    """Resolve the host once; refuse if any address (or the port) is not allowed."""
    if target.literal_ip is not None:
        addresses = [target.literal_ip]
    else:
        addresses = _resolve(target.host, target.port, deadline)
    prefix = f"The link redirects to {target.url}, but" if redirected else "This link"
    for ip in addresses:
        if ip in allowed:
            continue
        problem = address_problem(ip)
        if problem and target.literal_ip is not None:
            raise BlockedURLError(
                f"{prefix} points to {ip}, which is {problem}. "
                "Only public web sites can be imported."
            )
        if problem:
            raise BlockedURLError(
                f"{prefix} points to {target.host}, which resolves to {ip}, {problem}. "
                "Only public web sites can be imported."
            )
        if target.port not in ALLOWED_PORTS:
            raise BlockedURLError(
                f"{prefix} uses port {target.port}; only standard web ports "
                "(80 and 443) are allowed."
            )
    return addresses


def _resolve(host: str, port: int, deadline: _Deadline) -> list[IPAddress]:
    future = _dns_pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=deadline.remaining())
    except FutureTimeoutError:
        raise FetchError(
            f"Looking up {host} took too long. Check the link, or try again later."
        ) from None
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"The site {host} could not be found. Check the link for typos.") from None
    except OSError as exc:
        raise FetchError(f"The site {host} could not be looked up ({exc}).") from None
    addresses: list[IPAddress] = []
    for family, _type, _proto, _canon, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise FetchError(f"The site {host} has no usable internet address.")
    return addresses


def _connect_socket(addresses: Iterable[IPAddress], port: int, timeout: float) -> socket.socket:
    """Open a TCP connection to the first reachable checked address (no DNS)."""
    last_error: OSError | None = None
    for ip in addresses:
        family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect((str(ip), port))
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        except OSError as exc:
            sock.close()
            last_error = exc
    assert last_error is not None
    raise last_error


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """HTTP connection to already-checked addresses; Host header from the URL."""

    def __init__(self, host: str, port: int, *, addresses: list[IPAddress], timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._addresses = addresses

    def connect(self) -> None:
        self.sock = _connect_socket(self._addresses, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to already-checked addresses; SNI and certificate check use the host name."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        addresses: list[IPAddress],
        timeout: float,
        context: ssl.SSLContext,
    ):
        super().__init__(host, port, timeout=timeout, context=context)
        self._addresses = addresses
        self._ssl_context = context

    def connect(self) -> None:
        sock = _connect_socket(self._addresses, self.port, self.timeout)
        try:
            self.sock = self._ssl_context.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


def _open_connection(
    target: _Target,
    addresses: list[IPAddress],
    connect_timeout: float,
    context: ssl.SSLContext,
    deadline: _Deadline,
) -> http.client.HTTPConnection:
    timeout = min(connect_timeout, deadline.remaining())
    conn: http.client.HTTPConnection
    if target.scheme == "https":
        conn = _PinnedHTTPSConnection(
            target.host, target.port, addresses=addresses, timeout=timeout, context=context
        )
    else:
        conn = _PinnedHTTPConnection(target.host, target.port, addresses=addresses, timeout=timeout)
    try:
        conn.connect()
    except ssl.SSLCertVerificationError as exc:
        conn.close()
        raise FetchError(
            f"The secure connection to {target.host} failed: its certificate is not valid "
            f"({exc.verify_message})."
        ) from exc
    except (TimeoutError, OSError) as exc:
        conn.close()
        if isinstance(exc, TimeoutError):
            raise FetchError(
                f"The site {target.host} did not accept a connection within "
                f"{timeout:g} seconds. Try again later."
            ) from exc
        raise _connection_error(target.host, exc) from exc
    return conn


def _abort_socket(sock: socket.socket) -> None:
    """Watchdog: shut the socket down so a blocked read returns at the deadline."""
    # The plain-socket shutdown also works under TLS and never blocks.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _send_request(
    conn: http.client.HTTPConnection, sock: socket.socket, target: _Target, deadline: _Deadline
) -> http.client.HTTPResponse:
    sock.settimeout(deadline.remaining())
    conn.request(
        "GET",
        target.request_path,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
            "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "en, uk;q=0.8, ru;q=0.7, *;q=0.5",
            "Connection": "close",
        },
    )
    sock.settimeout(deadline.remaining())
    return conn.getresponse()


def _status_text(response: http.client.HTTPResponse) -> str:
    reason = (response.reason or "").strip()
    if not reason:
        try:
            reason = HTTPStatus(response.status).phrase
        except ValueError:
            reason = ""
    return f"{response.status} {reason}".strip()


def _check_content_type(response: http.client.HTTPResponse) -> tuple[str, str | None]:
    header = response.getheader("Content-Type")
    if not header:
        raise FetchError(
            "The server did not say what kind of document this is; only web pages "
            "and plain text can be imported."
        )
    content_type = response.headers.get_content_type()
    if content_type not in ALLOWED_CONTENT_TYPES:
        raise FetchError(
            f"This link is not a web page or plain text (it is “{content_type}”). "
            "Only HTML pages and plain text can be imported."
        )
    charset = response.headers.get_content_charset()
    return content_type, charset


def _read_body(
    response: http.client.HTTPResponse,
    sock: socket.socket,
    *,
    max_bytes: int,
    deadline: _Deadline,
) -> bytes:
    """Stream the body, decompressing gzip/deflate, and stop past ``max_bytes``."""
    too_big = FetchError(
        f"The page is too large to import (over {max_bytes / 1_000_000:g} MB)."
        if max_bytes >= 100_000
        else f"The page is too large to import (over {max_bytes:,} bytes)."
    )
    declared_length = response.getheader("Content-Length")
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding in ("", "identity"):
        decompressor = None
    elif encoding in ("gzip", "x-gzip", "deflate"):
        # wbits=47 accepts gzip and zlib headers; raw deflate is handled on error.
        decompressor = zlib.decompressobj(wbits=47)
    else:
        raise FetchError(f"The server sent the page in an unsupported encoding ({encoding}).")
    declared = int(declared_length) if (declared_length or "").strip().isdigit() else None
    if decompressor is None and declared is not None and declared > max_bytes:
        raise too_big

    body = bytearray()
    while True:
        sock.settimeout(deadline.remaining())
        chunk = response.read1(_CHUNK_SIZE)
        if deadline.expired():
            raise deadline.error()
        if not chunk:
            break
        if decompressor is not None:
            room = max_bytes - len(body)
            try:
                chunk = decompressor.decompress(chunk, room + 1)
            except zlib.error as exc:
                raise FetchError("The server sent a damaged compressed page.") from exc
        body += chunk
        if len(body) > max_bytes:
            raise too_big
    if decompressor is not None:
        body += decompressor.flush()
        if len(body) > max_bytes:
            raise too_big
    return bytes(body)


def _connection_error(host: str, exc: BaseException) -> FetchError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return FetchError(
            f"The secure connection to {host} failed: its certificate is not valid "
            f"({exc.verify_message})."
        )
    if isinstance(exc, ssl.SSLError):
        return FetchError(f"The secure connection to {host} failed ({exc.reason or exc}).")
    if isinstance(exc, TimeoutError):
        return FetchError(f"The site {host} took too long to answer. Try again later.")
    if isinstance(exc, ConnectionRefusedError):
        return FetchError(f"The site {host} refused the connection.")
    if isinstance(exc, (ConnectionResetError, http.client.RemoteDisconnected)):
        return FetchError(f"The site {host} closed the connection before answering.")
    if isinstance(exc, http.client.HTTPException):
        return FetchError(f"The site {host} sent a response that could not be read.")
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return FetchError(f"Could not connect to {host} ({reason}).")


# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
# WHATWG: these labels mean windows-1252 in practice.
_CP1252_ALIASES = frozenset({"ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "l1"})


def decode_bytes(data: bytes, *, declared: str | None = None, sniff_html: bool = False) -> str:
    """Decode bytes: BOM, declared charset, ``<meta charset>`` (HTML), UTF-8, then cp1252.

    Never raises: the last resort decodes cp1252 with replacement characters.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    if sniff_html:
        match = _META_CHARSET.search(data[:4096])
        if match:
            candidates.append(match.group(1).decode("ascii"))
    candidates.append("utf-8")
    for label in candidates:
        encoding = _codec_name(label)
        if encoding is None:
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _codec_name(label: str) -> str | None:
    label = label.strip().lower()
    if label in _CP1252_ALIASES:
        return "cp1252"
    if label in ("utf-16", "utf-16le", "utf-16be"):
        return None  # without a BOM, a "UTF-16" label is almost always wrong
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

MAX_TITLE_LENGTH = 300
MAX_BYLINE_LENGTH = 200
_SHORT_LINE = 150
_ALLOWED_TAGS = frozenset(
    {
        "p", "a", "h1", "h2", "h3", "h4", "ul", "ol", "li", "blockquote",
        "em", "strong", "br", "figure", "figcaption",
    }
)  # fmt: skip
_DROP_WITH_CONTENT = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math"}
)
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "blockquote", "figure", "figcaption")
_PARAGRAPH = "\ue000"  # private-use markers, removed from the input first
_LINE = "\ue001"
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.IGNORECASE)


def parse_html(html: str, *, url: str | None = None) -> ParsedArticle:
    """Extract an article's main content and metadata from an HTML page.

    trafilatura finds the main text, title, author and date (from markup only:
    meta tags, JSON-LD, ``<time>``, the URL); when it finds no date, htmldate
    searches more widely, ignoring year-only guesses such as a "© 2025" footer.
    The language comes from ``<html lang>``, ``Content-Language`` or ``og:locale``.
    A leading headline identical to the title is left out of ``text`` and
    ``clean_html``.

    When trafilatura finds no main content (short or unusual pages), the whole
    body minus navigation, header, footer, forms and scripts is salvaged.
    ``url`` (the page's final address) makes relative links absolute.

    Raises :class:`IngestError` when no article text can be found at all.
    """
    html = _CONTROL_CHARS.sub("", html or "")
    if not html.strip():
        raise IngestError("The page is empty.")
    try:
        extracted = trafilatura.extract(
            html,
            url=url,
            output_format="html",
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_links=True,
            include_formatting=True,
            include_images=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception:  # trafilatura/lxml on hostile input: salvage below, never crash
        extracted = None

    meta: dict[str, str] = {}
    clean_html = ""
    tree = _parse_document(extracted) if extracted else None
    if tree is not None:
        meta = {
            element.get("name", ""): _one_line(element.get("content") or "")
            for element in tree.iter("meta")
        }
        body = tree.find("body")
        if body is not None:
            _drop_leading_headline(body, meta.get("title", ""))
            clean_html = sanitize_html(_inner_html(body), base_url=url)
    text = html_to_text(clean_html)
    page = _parse_document(html)
    if not text and page is not None:
        clean_html = _salvage_body(page, url)
        text = html_to_text(clean_html)
    if not text:
        raise IngestError(
            "No article text was found on this page. If it is behind a paywall or "
            "built by JavaScript, paste the article text instead."
        )

    title = meta.get("title") or (_title_from_page(page) if page is not None else "")
    byline = meta.get("author") or (_page_meta(page, "author") if page is not None else "")
    return ParsedArticle(
        title=_clip(title, MAX_TITLE_LENGTH),
        byline=_clip(byline, MAX_BYLINE_LENGTH),
        published=_parse_iso_date(meta.get("date")) or _find_date(html, url),
        language=_page_language(page) if page is not None else None,
        text=text,
        clean_html=clean_html,
    )


def sanitize_html(fragment: str, *, base_url: str | None = None) -> str:
    """Keep only harmless markup; links get ``rel="noopener noreferrer nofollow"``.

    Relative links are made absolute against ``base_url``, or dropped without a
    usable (absolute http/https) one.
    """
    if base_url and urlsplit(base_url).scheme.lower() not in ALLOWED_SCHEMES:
        base_url = None
    return nh3.clean(
        fragment,
        tags=set(_ALLOWED_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        url_relative=("rewrite_with_base", base_url) if base_url else "deny",
        strip_comments=True,
    ).strip()


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, blank lines between."""
    if not fragment.strip():
        return ""
    try:
        fragment = fragment.replace(_PARAGRAPH, "").replace(_LINE, "")
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    # Source line breaks are just spaces (collapsed below); structure comes from tags.
    for element in root.iter("br"):
        element.tail = _LINE + (element.tail or "")
    for element in root.iter(*_TEXT_BLOCKS):
        element.text = _PARAGRAPH + (element.text or "")
        element.tail = _PARAGRAPH + (element.tail or "")
    paragraphs = []
    for chunk in root.text_content().split(_PARAGRAPH):
        lines = [" ".join(line.split()) for line in chunk.split(_LINE)]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def parse_text(text: str) -> ParsedArticle:
    """Turn pasted text or a .txt file into an article.

    Newlines are normalised and each paragraph is separated by one blank line.
    If the text has no blank lines at all (typical of text copied from a
    browser), every line is a paragraph; otherwise hard-wrapped lines stay
    together. A short first line without closing punctuation is the title, and
    a "By …" line right after it is the byline; both are left out of ``text``.
    The publication date is unknown (``None``): the editor supplies it.
    """
    paragraphs = _text_paragraphs(text)
    if not paragraphs:
        raise IngestError("The text is empty.")
    title = byline = ""
    first = paragraphs[0]
    if "\n" not in first and len(first) <= _SHORT_LINE and not first.endswith((".", ",", ";")):
        title = first
        if len(paragraphs) > 1:
            paragraphs = paragraphs[1:]
    if (
        len(paragraphs) > 1
        and re.match(r"(?i)^by\s+\S", paragraphs[0])
        and len(paragraphs[0]) <= 100
    ):
        byline = re.sub(r"(?i)^by\s+", "", paragraphs.pop(0)).strip()
    body = "\n\n".join(paragraphs)
    clean_html = "\n".join(
        "<p>" + "<br>".join(html_lib.escape(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )
    return ParsedArticle(
        title=_clip(title, MAX_TITLE_LENGTH),
        byline=_clip(byline, MAX_BYLINE_LENGTH),
        published=None,
        language=None,
        text=body,
        clean_html=clean_html,
    )


_HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})
_BINARY_EXTENSIONS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages"})
_HTML_SNIFF = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<!--|<meta|<p[\s>])", re.I
)


def parse_file(name: str, data: bytes, *, max_bytes: int = MAX_UPLOAD_BYTES) -> ParsedArticle:
    """Parse an uploaded file: HTML by extension (.html/.htm) or content, else plain text.

    Text is decoded from the BOM, a ``<meta charset>`` (HTML), UTF-8, then cp1252.
    Binary files (PDF, Word, images) are refused with :class:`IngestError`.
    """
    if len(data) > max_bytes:
        raise IngestError(f"The file is too large to import (over {max_bytes / 1_000_000:g} MB).")
    if not data.strip():
        raise IngestError("The file is empty.")
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in head and not utf16:
        raise IngestError(
            "This file is not a text or HTML file. Save the article as .html or .txt, "
            "or paste its text."
        )
    if suffix in _HTML_EXTENSIONS:
        is_html = True
    elif suffix in _TEXT_EXTENSIONS:
        is_html = False
    elif suffix in _BINARY_EXTENSIONS:
        raise IngestError(
            "PDF and word-processor files can't be imported; save the article as .html "
            "or .txt, or paste its text."
        )
    else:
        is_html = bool(_HTML_SNIFF.match(head))
    text = decode_bytes(data, sniff_html=is_html)
    return parse_html(text) if is_html else parse_text(text)


def parse_page(page: FetchedPage) -> ParsedArticle:
    """Parse a fetched page by its content type (HTML or plain text)."""
    if page.is_html:
        return parse_html(page.text, url=page.final_url)
    return parse_text(page.text)


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the text with Unicode (NFC) and whitespace normalised.

    Two imports whose text differs only in line endings, spacing or Unicode
    composition get the same hash.
    """
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


# --- parsing helpers -------------------------------------------------------


def _text_paragraphs(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.lstrip("\ufeff").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    if not _has_blank_line(lines):
        return [line for line in lines if line]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


def _has_blank_line(lines: list[str]) -> bool:
    seen_text = False
    blank_after_text = False
    for line in lines:
        if line:
            if blank_after_text:
                return True
            seen_text = True
        elif seen_text:
            blank_after_text = True
    return False


def _inner_html(element: lxml.html.HtmlElement) -> str:
    parts = [html_lib.escape(element.text or "")]
    parts.extend(lxml.html.tostring(child, encoding="unicode") for child in element)
    return "".join(parts)


def _drop_leading_headline(body: lxml.html.HtmlElement, title: str) -> None:
    """Remove a first heading that only repeats the title."""
    first = next((child for child in body if isinstance(child.tag, str)), None)
    if (
        first is not None
        and title
        and first.tag in ("h1", "h2")
        and _one_line(first.text_content()).casefold() == title.casefold()
        and len(body) > 1
    ):
        first.drop_tree()


def _parse_document(html: str) -> lxml.html.HtmlElement | None:
    """Parse a whole HTML document leniently; ``None`` if even that fails."""
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _salvage_body(page: lxml.html.HtmlElement, url: str | None) -> str:
    """Sanitised body of a page minus its obvious chrome, for pages trafilatura skips."""
    page = copy.deepcopy(page)
    for element in page.xpath(
        "//head | //script | //style | //noscript | //template | //nav | //header"
        " | //footer | //aside | //form | //iframe | //svg"
    ):
        element.drop_tree()
    body = page.find(".//body")
    return sanitize_html(_inner_html(page if body is None else body), base_url=url)


def _title_from_page(page: lxml.html.HtmlElement) -> str:
    for path in ("//meta[@property='og:title']/@content", "//title", "//h1"):
        found = page.xpath(path)
        if found:
            value = found[0] if isinstance(found[0], str) else found[0].text_content()
            if value.strip():
                return _one_line(value)
    return ""


def _page_meta(page: lxml.html.HtmlElement, name: str) -> str:
    found = page.xpath("//meta[@name=$name]/@content", name=name)
    return _one_line(str(found[0])) if found else ""


def _page_language(page: lxml.html.HtmlElement) -> str | None:
    candidates = page.xpath(
        "/html/@lang | /html/@xml:lang"
        " | //meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')"
        "='content-language']/@content"
        " | //meta[@property='og:locale']/@content",
        namespaces={"xml": "http://www.w3.org/XML/1998/namespace"},
    )
    for candidate in candidates:
        match = _LANG.match(str(candidate).strip().split(",")[0].strip())
        if match:
            return match.group(1).lower()
    return None


def _find_date(html: str, url: str | None) -> date | None:
    """htmldate: markup first, then a wider search whose year-only guesses are dropped.

    A wide search turns a "© 2025" footer into 2025-01-01; a wrong anchor date
    is worse than none (the editor is asked for it), so Jan 1 from it is ignored.
    """
    for extensive in (False, True):
        try:
            found = htmldate.find_date(
                html, url=url, extensive_search=extensive, original_date=True
            )
        except Exception:  # htmldate on hostile input
            continue
        parsed = _parse_iso_date(found)
        if parsed is not None and not (extensive and (parsed.month, parsed.day) == (1, 1)):
            return parsed
    return None


def _parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _clip(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    return value[: limit - 1].rstrip() + "…"
