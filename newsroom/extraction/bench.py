"""Timing this extraction against `dateparser.search.search_dates` on the same articles.

Each timed run gets a fresh copy of the text, so no cache keyed on the text can hit;
both sides are warmed up once before timing.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsroom.extraction.evaluation import Article
from newsroom.extraction.gazetteer import Gazetteer


@dataclass(frozen=True, slots=True)
class Timing:
    median_ms: float
    p95_ms: float

    @classmethod
    def of(cls, samples: Sequence[float]) -> Timing:
        ordered = sorted(samples)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return cls(statistics.median(ordered) * 1000, p95 * 1000)


@dataclass(frozen=True, slots=True)
class BenchResult:
    extraction: Timing
    search_dates: Timing
    search_dates_languages: Timing | None

    def line(self) -> str:
        speedup = (
            self.search_dates.median_ms / self.extraction.median_ms
            if self.extraction.median_ms
            else float("inf")
        )
        return (
            f"extraction median {self.extraction.median_ms:.1f} ms p95 "
            f"{self.extraction.p95_ms:.1f} ms | search_dates median "
            f"{self.search_dates.median_ms:.1f} ms p95 {self.search_dates.p95_ms:.1f} ms"
            f" | {speedup:.0f}x faster"
        )


def fresh(text: str) -> str:
    """An equal string that is a new object (no identity or interning shortcuts)."""
    return "".join(list(text))


def _time(
    runs: int, articles: Sequence[Article], call: Callable[[Article, str], object]
) -> list[float]:
    samples: list[float] = []
    for article in articles:
        for _ in range(runs):
            text = fresh(article.text)
            started = time.perf_counter()
            call(article, text)
            samples.append(time.perf_counter() - started)
    return samples


def run_bench(
    articles: Sequence[Article],
    gazetteer: Gazetteer,
    runs: int = 20,
    with_languages: bool = True,
) -> BenchResult:
    """Per-article timings (one sample per run per article) for all three contenders."""
    import datetime as dt

    from dateparser.search import search_dates

    from newsroom.extraction.dates import warm_up
    from newsroom.extraction.extract import extract

    def ours(article: Article, text: str) -> object:
        return extract(text, article.published, article.language, gazetteer)

    def plain(article: Article, text: str) -> object:
        return search_dates(text)

    def with_language(article: Article, text: str) -> object:
        base = dt.datetime.combine(article.published, dt.time())
        return search_dates(text, languages=[article.language], settings={"RELATIVE_BASE": base})

    warm_up()
    for article in articles:  # warm-up: regexes, parsers, language data
        ours(article, article.text)
        plain(article, article.text)
        if with_languages:
            with_language(article, article.text)
    extraction = Timing.of(_time(runs, articles, ours))
    default = Timing.of(_time(runs, articles, plain))
    languages = Timing.of(_time(runs, articles, with_language)) if with_languages else None
    return BenchResult(extraction, default, languages)
