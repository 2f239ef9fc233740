"""Test settings: the base settings, only made faster. DATABASE_URL still picks SQLite or PostgreSQL."""
import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-used-anywhere-else-0123456789abcdef")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
# A configured public address (not the placeholder), as a deployment has: ClaimReview exports need one.
os.environ.setdefault("FACTCHECK_PUBLIC_URL", "https://checks.example.net")

from factcheck.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECURE_SSL_REDIRECT = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
