"""Score the extraction step against annotated articles (no database needed)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from newsroom.extraction import load_gazetteer
from newsroom.extraction.evaluation import (
    article_line,
    dateparser_extractor,
    evaluate,
    load_corpus,
    project_extractor,
    read_bars,
)


class Command(BaseCommand):
    help = (
        "Score extraction on annotated corpus directories (../shared/corpus/ format); "
        "the last line sums all articles. --check fails below the bars in pyproject.toml."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("directories", nargs="+", help="Directories of *.json articles.")
        parser.add_argument(
            "--baseline",
            choices=["dateparser"],
            help="Score plain dateparser.search.search_dates instead.",
        )
        parser.add_argument("--gazetteer", help="Gazetteer JSON (default: the starter file).")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Exit with an error when a figure is below its bar.",
        )
        parser.add_argument(
            "--misses", action="store_true", help="List missed and extra events under each article."
        )

    def handle(
        self,
        *args,
        directories: list[str],
        baseline: str | None = None,
        gazetteer: str | None = None,
        check: bool = False,
        misses: bool = False,
        **options,
    ) -> None:
        try:
            articles = load_corpus(directories)
        except ValueError as error:
            raise CommandError(str(error)) from error
        gaz = load_gazetteer(gazetteer)
        extractor = dateparser_extractor() if baseline else project_extractor(gaz)
        scores, per_article = evaluate(articles, extractor, gaz)
        for article, counts in per_article:
            self.stdout.write(article_line(article, counts))
            if misses:
                for line in counts.misses + counts.extras:
                    self.stdout.write(f"    {line}")
        self.stdout.write(scores.line())
        if check:
            bars = read_bars(Path(settings.BASE_DIR) / "pyproject.toml")
            if not bars:
                raise CommandError("No [tool.newsroom.extraction-bars] in pyproject.toml.")
            below = scores.below(bars)
            if below:
                raise CommandError(
                    "Below the bar: " + ", ".join(f"{name} < {bars[name]}" for name in below)
                )
