"""Time extraction against dateparser's search_dates on the same articles (no database)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from newsroom.extraction import load_gazetteer
from newsroom.extraction.bench import run_bench
from newsroom.extraction.evaluation import load_corpus


class Command(BaseCommand):
    help = (
        "Benchmark extraction against dateparser.search.search_dates (default settings, "
        "and with languages set) after a warm-up; each run uses a fresh copy of the text."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("directories", nargs="+", help="Directories of *.json articles.")
        parser.add_argument("--runs", type=int, default=20, help="Timed runs per article.")

    def handle(self, *args, directories: list[str], runs: int = 20, **options) -> None:
        if runs < 1:
            raise CommandError("--runs must be at least 1.")
        try:
            articles = load_corpus(directories)
        except ValueError as error:
            raise CommandError(str(error)) from error
        result = run_bench(articles, load_gazetteer(), runs=runs)
        if result.search_dates_languages is not None:
            timing = result.search_dates_languages
            self.stdout.write(
                f"search_dates with languages and RELATIVE_BASE: median "
                f"{timing.median_ms:.1f} ms p95 {timing.p95_ms:.1f} ms"
            )
        self.stdout.write(result.line())
