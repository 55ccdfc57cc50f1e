"""factory_boy factories for the tests (tests/timeline, tests/newsroom, tests/browser)."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model

from newsroom.models import Article, Source, Suggestion
from timeline.models import Actor, Citation, Event, Participation, Place, Process


class ProcessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Process
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Process {n}")
    slug = factory.Sequence(lambda n: f"process-{n}")
    summary = "A negotiation track."


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Actor {n}")
    slug = factory.Sequence(lambda n: f"actor-{n}")
    kind = Actor.Kind.PERSON
    role = "Negotiator"


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"Place {n}")
    slug = factory.Sequence(lambda n: f"place-{n}")
    country = "Nowhere"


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    process = factory.SubFactory(ProcessFactory)
    kind = Event.Kind.TALKS
    title = factory.Sequence(lambda n: f"Round {n} of talks")
    summary = "Delegations met."
    starts_on = factory.Sequence(lambda n: dt.date(2026, 1, 1) + dt.timedelta(days=n % 300))
    place = factory.SubFactory(PlaceFactory)
    published = True


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    event = factory.SubFactory(EventFactory)
    actor = factory.SubFactory(ActorFactory)
    role = Participation.Role.DELEGATE


class CitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Citation

    event = factory.SubFactory(EventFactory)
    url = factory.Sequence(lambda n: f"https://news.example/story-{n}")
    title = factory.Sequence(lambda n: f"Story {n}")
    publisher = "Example News"
    published_on = dt.date(2026, 2, 4)
    quote = factory.Sequence(lambda n: f"Delegations met for the {n}th time.")


def full_event(**kwargs) -> Event:
    """A published event with two actors, a place and two citations, as a page shows it."""
    event = EventFactory(**kwargs)
    ParticipationFactory.create_batch(2, event=event)
    CitationFactory.create_batch(2, event=event)
    return event


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"editor{n}")
    is_staff = True

    @factory.post_generation
    def editor(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            from django.contrib.auth.models import Group

            # get_or_create: transactional tests flush the group the migration created
            obj.groups.add(Group.objects.get_or_create(name="Editors")[0])


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("name",)

    name = "Example News"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    source = factory.SubFactory(SourceFactory)
    process = factory.SubFactory(ProcessFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    published_on = dt.date(2026, 2, 4)
    language = "en"
    text = "Delegations met in Geneva on Feb. 2 for talks."


class SuggestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Suggestion

    article = factory.SubFactory(ArticleFactory)
    key = factory.Sequence(lambda n: f"talks:2026-02-02:{n}")
    title = "Talks in Geneva"
    kind = Event.Kind.TALKS
    starts_on = dt.date(2026, 2, 2)
    quote = "Delegations met in Geneva on Feb. 2 for talks."
    span_start = 0
    span_end = 47
