"""Test settings: production settings with the values a test run needs."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ["SECURE_SSL_REDIRECT"] = "false"
os.environ["PLAIN_STATIC"] = "true"

from newsroom.settings import *  # noqa: E402, F403

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WHITENOISE_AUTOREFRESH = True  # serve from the finders; no collectstatic before tests

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A file, not memory: the concurrency tests open one connection per thread,
    # and SQLite's shared in-memory database fails them instead of making them wait.
    DATABASES["default"]["TEST"]["NAME"] = str(BASE_DIR / "test-db.sqlite3")  # noqa: F405
