import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create a local superuser with a random password, printed once. "
        "If the account exists, keep it and say how to reset its password."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username: str, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin account “{username}” already exists; its password is unchanged. "
                f"To set a new one: python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created admin account — user: {username}  password: {password}  "
                "(shown once; log in at http://127.0.0.1:8000/admin/)"
            )
        )
