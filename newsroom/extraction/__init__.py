"""Pure-Python extraction: article text in, dated event proposals out.

No Django here, so it is fast to test and to score against ``../shared/corpus``::

    from newsroom.extraction import extract, load_gazetteer
    proposals = extract(text, published=date(2026, 2, 4), language="en",
                        gazetteer=load_gazetteer())
"""

from newsroom.extraction.dates import warm_up
from newsroom.extraction.extract import extract, find_mentions
from newsroom.extraction.gazetteer import Entry, Gazetteer, load_gazetteer
from newsroom.extraction.model import ActorRef, Mention, Proposal, Span

__all__ = [
    "ActorRef",
    "Entry",
    "Gazetteer",
    "Mention",
    "Proposal",
    "Span",
    "extract",
    "find_mentions",
    "load_gazetteer",
    "warm_up",
]
