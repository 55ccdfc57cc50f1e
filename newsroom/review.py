"""The article text as the review screen shows it: mentions highlighted, markup escaped."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from newsroom.extraction import Mention


def highlight(text: str, mentions: Iterable[Mention]) -> SafeString:
    """HTML paragraphs of ``text`` with each mention in a <mark>; the text is escaped.

    Overlapping mentions keep the first (the longest at the same start).
    """
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    pieces: list[str] = []
    position = 0
    for mention in ordered:
        if mention.start < position:
            continue
        pieces.append(escape(text[position : mention.start]))
        pieces.append(
            format_html(
                '<mark class="mention mention-{}" title="{}">{}</mark>',
                mention.kind,
                mention.label,
                text[mention.start : mention.end],
            )
        )
        position = mention.end
    pieces.append(escape(text[position:]))
    html = "".join(pieces)
    paragraphs = [p.strip() for p in html.split("\n\n") if p.strip()]
    return mark_safe("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs))  # noqa: S308 - built from escaped pieces
