from django.core.management.base import BaseCommand, CommandError

from newsroom import ingest, services
from timeline.models import Process


class Command(BaseCommand):
    help = (
        "Import an article from a URL (fetched safely) or a local .html/.txt file. "
        "Importing the same URL again updates the article; decisions are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("location", help="http(s) URL or path to an .html/.txt file")
        parser.add_argument("--process", help="slug of the process accepted events go to")

    def handle(self, *args, location: str, process: str | None, **options):
        chosen = None
        if process:
            chosen = Process.objects.filter(slug=process).first()
            if chosen is None:
                raise CommandError(f"Unknown process “{process}”.")
        try:
            if location.startswith(("http://", "https://")) or "://" in location:
                result = services.article_import_url(url=location, process=chosen)
            else:
                with open(location, "rb") as handle:
                    parsed = ingest.parse_file(location, handle.read())
                result = services.article_import(parsed=parsed, process=chosen)
        except OSError as error:
            raise CommandError(f"Cannot read {location}: {error.strerror}") from error
        except ingest.IngestError as error:
            raise CommandError(error.message) from error
        self.stdout.write(result.describe())
