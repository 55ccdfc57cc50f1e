"""Every public page (and the fragments htmx swaps in) is valid HTML for the Nu checker.

The checker is the npm package ``vnu-jar``, run with Java. It is looked for at
``$VNU_JAR``, then ``node_modules/vnu-jar/build/dist/vnu.jar`` in the project, then
``~/.cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar``
(``npm install --no-save --prefix ~/.cache/vnu vnu-jar``). Without Java or the jar
the test is skipped locally and fails under ``CI=true``.
"""

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

from tests.conftest import require
from tests.factories import ActorFactory, EventFactory, ParticipationFactory, full_event

D = dt.date
ROOT = Path(__file__).resolve().parents[2]
JAR_CANDIDATES = [
    os.environ.get("VNU_JAR", ""),
    str(ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"),
    str(Path.home() / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar"),
]

pytestmark = pytest.mark.django_db


def vnu_jar() -> str | None:
    return next((path for path in JAR_CANDIDATES if path and Path(path).is_file()), None)


def fragment_document(body: str) -> str:
    """A fragment htmx swaps in, inside the smallest valid document."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fragment</title>'
        f"</head><body><main>{body}</main></body></html>"
    )


def validate(pages: dict[str, str], tmp_path: Path) -> dict[str, list[str]]:
    java, jar = shutil.which("java"), vnu_jar()
    require(java is not None, "Java is not installed (apt-get install default-jre-headless)")
    require(
        jar is not None,
        "vnu.jar not found: npm install --no-save vnu-jar, or set VNU_JAR",
    )
    files = {}
    for name, content in pages.items():
        path = tmp_path / f"{name.replace(' ', '-')}.html"
        path.write_text(content, encoding="utf-8")
        files[path.as_uri()] = name
    result = subprocess.run(  # noqa: S603 - fixed arguments, our own files
        [java, "-jar", jar, "--errors-only", "--format", "json", *map(str, files_paths(files))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(result.stderr or result.stdout)
    errors: dict[str, list[str]] = {name: [] for name in pages}
    for message in report["messages"]:
        # vnu writes file:/tmp/x.html where pathlib writes file:///tmp/x.html
        path = message.get("url", "").removeprefix("file:").lstrip("/")
        name = next((n for uri, n in files.items() if uri.endswith("/" + path)), "?")
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine')}: {message['message']} [{message.get('extract', '')}]"
        )
    return errors


def files_paths(files: dict[str, str]) -> list[str]:
    return [uri.removeprefix("file://") for uri in files]


def test_public_pages_are_valid_html(client, tmp_path):
    truce = full_event(
        kind="truce", title="Ceasefire takes effect", starts_on=D(2026, 1, 19), end_known=False
    )
    strike = full_event(
        process=truce.process, kind="strike", title="Strike & fire", starts_on=D(2026, 1, 25)
    )
    talks = full_event(
        process=truce.process,
        kind="talks",
        title="Talks <in> “Abu Dhabi”",
        starts_on=D(2026, 2, 4),
        ends_on=D(2026, 2, 5),
        status="postponed",
        previous_starts_on=D(2026, 2, 1),
        time_note="overnight",
    )
    EventFactory(process=truce.process, kind="agreement", starts_on=D(2026, 2, 6))
    citation = talks.citations.first()
    citation.attributed_to = ActorFactory(name="Rustem Umerov")
    citation.save()
    actor = talks.actors.first()
    ParticipationFactory(event=strike, actor=actor)
    details = reverse("timeline:event-details", args=[talks.pk])
    htmx = {"HX-Request": "true"}
    urls = {
        "home": ("/", {}),
        "timeline": (reverse("timeline:timeline"), {}),
        "timeline filtered": (reverse("timeline:timeline") + "?kind=talks&q=talks", {}),
        "timeline bad filter": (reverse("timeline:timeline") + "?kind=picnic", {}),
        "event": (talks.get_absolute_url(), {}),
        "truce event": (truce.get_absolute_url(), {}),
        "actor": (actor.get_absolute_url(), {}),
        "place": (talks.place.get_absolute_url(), {}),
        "process": (talks.process.get_absolute_url(), {}),
        "not found": ("/events/987654/", {}),
        "list swap": (reverse("timeline:timeline"), {**htmx, "HX-Target": "event-list"}),
        "row details": (details, {**htmx, "HX-Target": f"details-{talks.pk}"}),
    }
    pages = {}
    for name, (url, headers) in urls.items():
        body = client.get(url, headers=headers).content.decode()
        pages[name] = (
            body if body.lstrip().lower().startswith("<!doctype") else (fragment_document(body))
        )
    errors = validate(pages, tmp_path)
    invalid = {name: found for name, found in errors.items() if found}
    assert not invalid, "\n".join(
        f"{name}: {message}" for name, found in invalid.items() for message in found
    )
