from django.core.management.base import BaseCommand

from newsroom.demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Fill the database with the demo newsroom: starter actors and places, the "
        "Russia–Ukraine–US process with published events, and one article to review. "
        "Running it again changes nothing."
    )

    def handle(self, *args, **options):
        counts = load_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded: {counts.actors} new actors, {counts.places} new places, "
                f"{counts.events} new events, {counts.articles} new articles."
            )
        )
