"""Settings for the fact-check workbench, read from the environment.

DATABASE_URL  default: a SQLite file beside manage.py (the embedded database); PostgreSQL in production,
              e.g. postgres://user:pass@host:5432/factcheck
SECRET_KEY    required unless DEBUG is on, and strong then (50+ characters, 5+ distinct, not django-insecure-...)
DEBUG         "1"/"true" for development; off by default so a forgotten variable fails safe
ALLOWED_HOSTS comma-separated; defaults to localhost names only in DEBUG
TASKS_BACKEND "database" (default): jobs wait in the database for `manage.py jobs_worker`; "immediate" runs
              each job inside the request that asked for it (no worker needed, nothing in the background)
IMPORT_BACKGROUND_BYTES  uploads larger than this import as a background job (default 1 MiB)
INTAKE_ALLOWED_HOSTS  comma-separated host or host:port entries the article intake may fetch although they resolve
              to a loopback or private address (tests serve pages on 127.0.0.1:PORT); empty by default
DATABASE_POOL on PostgreSQL, "0" turns the psycopg connection pool off (DATABASE_POOL_MIN_SIZE/_MAX_SIZE/_TIMEOUT
              size it); CONN_MAX_AGE (persistent connections) needs it off
"""
from pathlib import Path
import os

import dj_database_url
from django.core.checks.security.base import (
    SECRET_KEY_INSECURE_PREFIX,
    SECRET_KEY_MIN_LENGTH,
    SECRET_KEY_MIN_UNIQUE_CHARACTERS,
)
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (export SECRET_KEY=...).")
    # Development only: never used when DEBUG is off.
    SECRET_KEY = "django-insecure-dev-only-key-do-not-use-in-production-0123456789"
elif not DEBUG and (
    len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH
    or len(set(SECRET_KEY)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
    or SECRET_KEY.startswith(SECRET_KEY_INSECURE_PREFIX)
):
    # What `check --deploy` only warns about (security.W009) stops a production start: sessions, password resets
    # and CSRF tokens are signed with this key.
    raise ImproperlyConfigured(
        f"SECRET_KEY is too weak for DEBUG off: use at least {SECRET_KEY_MIN_LENGTH} random characters with at least "
        f"{SECRET_KEY_MIN_UNIQUE_CHARACTERS} different ones, not starting with {SECRET_KEY_INSECURE_PREFIX!r} "
        "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "annotations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session and CSRF middleware, which would read a form post's body: bad query strings and bodies over
    # the upload limit are refused here.
    "annotations.middleware.RequestLimitsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a 429.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "factcheck.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the reviewer UI read while a write is in flight; wait for locks instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
    # The passage band index covers its probes' columns on PostgreSQL (an index-only scan); SQLite has no
    # covering indexes and reads the row, which is correct, only slower: not worth a warning on every command.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("DATABASE_POOL", True):
    if DATABASES["default"]["CONN_MAX_AGE"]:
        raise ImproperlyConfigured("DATABASE_POOL and CONN_MAX_AGE exclude each other: set DATABASE_POOL=0 to keep "
                                   "persistent connections, or drop CONN_MAX_AGE to use the pool.")
    # A psycopg pool per process: a request borrows a connection instead of opening one (~3 ms saved each).
    # Size it to the threads a process serves; with several processes keep the sum under max_connections.
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(os.environ.get("DATABASE_POOL_MIN_SIZE", "1")),
        "max_size": int(os.environ.get("DATABASE_POOL_MAX_SIZE", "4")),
        "timeout": float(os.environ.get("DATABASE_POOL_TIMEOUT", "10")),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Several app servers share one database, so nothing correctness depends on may live in one process's memory:
# sessions, the cache and django-axes' login failures are all database tables (docs/operations.md, "Several app
# servers"). `migrate` creates the cache table (migration 0010).
SESSION_ENGINE = "django.contrib.sessions.backends.db"
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "factcheck_cache",
    }
}

# Background jobs: django-tasks (the backport of Django 6's tasks API) with its database backend, so the queue is
# one more table in the same database and a job can be enqueued in the same transaction as the rows it is about.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
if TASKS_BACKEND not in ("database", "immediate"):
    raise ImproperlyConfigured("TASKS_BACKEND must be 'database' or 'immediate'.")
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend" if TASKS_BACKEND == "database"
        else "django_tasks.backends.immediate.ImmediateBackend",
    }
}
# Records an import writes per batch (all in its one transaction): memory against round trips. Unset, the
# importer's own default (annotations/imports/loader.py) applies.
if os.environ.get("IMPORT_BATCH_SIZE"):
    IMPORT_BATCH_SIZE = int(os.environ["IMPORT_BATCH_SIZE"])
IMPORT_BACKGROUND_BYTES = int(os.environ.get("IMPORT_BACKGROUND_BYTES", str(1024 * 1024)))
# A job whose worker died is run again this many times in all before it is reported as failed.
JOB_MAX_ATTEMPTS = int(os.environ.get("JOB_MAX_ATTEMPTS", "3"))

AUTHENTICATION_BACKENDS = [
    # django-axes' lockout, then a per-username brake (annotations.auth), before a password is checked
    "annotations.auth.ThrottlingAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one user from one address lock that pair out for 15 minutes (UI, admin and API token).
# The database handler: every app server counts the same failures (the cache handler would need a shared cache).
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "annotations.auth.axes_username"
AXES_ENABLE_ACCESS_FAILURE_LOG = True  # each failure with its time: the per-username limit counts them
# The client's address. Directly exposed, REMOTE_ADDR (X-Forwarded-For is anyone's to invent). Behind
# TRUSTED_PROXY_COUNT reverse proxies that each append to X-Forwarded-For (docs/operations.md), the entry the
# outermost proxy appended: ipware's proxy count is the proxies listed in the header, one fewer than in front.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
if TRUSTED_PROXY_COUNT > 0:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT - 1
    # A client's own X-Forwarded-For (a corporate proxy's) makes the chain longer: still take the entry our
    # proxy appended rather than fall back to the proxy's address, which every user shares.
    IPWARE_STRICT = False
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

# A request body larger than this is refused with 400 before any view runs.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", str(5 * 1024 * 1024)))

# Article intake (annotations/ingest): what the server fetches for "add an article by URL". Every other host must
# resolve to public addresses only; see annotations/rules/fetching.py.
INTAKE_ALLOWED_HOSTS = env_list("INTAKE_ALLOWED_HOSTS", [])
INTAKE_MAX_BYTES = int(os.environ.get("INTAKE_MAX_BYTES", str(5 * 1024 * 1024)))
INTAKE_TIMEOUT_SECONDS = float(os.environ.get("INTAKE_TIMEOUT_SECONDS", "10"))
INTAKE_MAX_REDIRECTS = 5

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # DRF's three, with the JSON nesting limit (annotations.jsonparse).
    "DEFAULT_PARSER_CLASSES": [
        "annotations.api.parsers.DepthLimitedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "annotations.api.pagination.WorkbenchPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "annotations.api.exception_handler.api_exception_handler",
    # `?format=` names an export format here, not a renderer.
    "URL_FORMAT_OVERRIDE": None,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-check workbench API",
    "DESCRIPTION": "Spans (claims, quotes, opinions) on news articles, their evidence and reviews, "
    "and exports of verified claim sets. Offsets are half-open Unicode code-point offsets.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Public on purpose (docs/reliability.md): the schema and docs describe the interface, hold no data, and every
    # endpoint they describe still needs a signed-in caller.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "annotations.api.schema.document_unsupported_media_type",
    ],
    "ENUM_NAME_OVERRIDES": {
        "TagEnum": "annotations.models.Tag",
        "SpanStatusEnum": "annotations.models.SpanStatus",
        "StanceEnum": "annotations.models.Stance",
        "DecisionEnum": "annotations.models.Decision",
        "VerdictEnum": "annotations.models.Verdict",
    },
}

# History is an audit trail: reverting from the admin would bypass the services' rules.
SIMPLE_HISTORY_REVERT_DISABLED = True

# The organisation that publishes ClaimReview markup from this workbench.
FACTCHECK_ORGANIZATION = {
    "name": os.environ.get("FACTCHECK_ORG_NAME", "Fact-check Workbench Desk"),
    "url": os.environ.get("FACTCHECK_ORG_URL", "https://factcheck.example.org/"),
}
# Where this workbench is reachable from outside: the published fact-check pages (/claims/<uid>/) live under it, and
# it mints the IRIs of exported annotations. `make run` serves 127.0.0.1:8000; a deployment must set it (ClaimReview
# is refused while it is the placeholder and DEBUG is off: its urls would point at nobody's pages).
FACTCHECK_PUBLIC_URL_PLACEHOLDER = "https://factcheck.example.org"
FACTCHECK_PUBLIC_URL = os.environ.get(
    "FACTCHECK_PUBLIC_URL", "http://127.0.0.1:8000" if DEBUG else FACTCHECK_PUBLIC_URL_PLACEHOLDER).rstrip("/")

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    if env_bool("BEHIND_TLS_PROXY"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

# Neither the debug page nor a log line shows a password, even one inside a value (factcheck/redaction.py).
DEFAULT_EXCEPTION_REPORTER_FILTER = "factcheck.redaction.CredentialSafeFilter"
DEFAULT_EXCEPTION_REPORTER = "factcheck.redaction.CredentialSafeExceptionReporter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_credentials": {"()": "factcheck.redaction.RedactCredentials"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact_credentials"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# `manage.py loaddata gold_seed_annotations` finds the fixtures in fixtures/.
FIXTURE_DIRS = [BASE_DIR / "fixtures"]
