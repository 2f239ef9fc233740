"""Production settings: refuse to start without a key, and `check --deploy` has nothing to report."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def test_production_mode_without_secret_key_refuses_to_start():
    result = run_manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DEBUG="0", SECRET_KEY="x7#kQ2!vR9@mZ4$wL8^pN3&bT6*yH1(cJ5)fD0_gS-eU+aW=oI" * 2, ALLOWED_HOSTS="factcheck.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_wsgi_start_up_loads_every_view_and_freezes_it_out_of_the_collectors_sight():
    script = ("import gc, sys, factcheck.wsgi; print(gc.get_freeze_count(), "
              "'annotations.api.views' in sys.modules, 'annotations.web.views' in sys.modules)")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**env, "DJANGO_SETTINGS_MODULE": "factcheck.test_settings"})
    frozen, api_loaded, web_loaded = result.stdout.split()
    assert int(frozen) > 50_000 and api_loaded == web_loaded == "True", result.stderr


STRONG_KEY = "x7#kQ2!vR9@mZ4$wL8^pN3&bT6*yH1(cJ5)fD0_gS-eU+aW=oI" * 2


@pytest.mark.parametrize("key", ["x", "k" * 60, "changeme", "django-insecure-" + "a1b2c3d4e5" * 6,
                                 "django-insecure-dev-only-key-do-not-use-in-production-0123456789"])
def test_production_mode_refuses_a_weak_or_default_secret_key(key):
    result = run_manage("check", DEBUG="0", SECRET_KEY=key, ALLOWED_HOSTS="factcheck.example.org")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "SECRET_KEY is too weak" in result.stderr, result.stderr[-500:]


def test_development_mode_still_starts_with_any_key():
    result = run_manage("check", DEBUG="1", SECRET_KEY="x")
    assert result.returncode == 0, result.stderr[-500:]


def test_production_mode_starts_with_a_strong_key():
    result = run_manage("check", DEBUG="0", SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="factcheck.example.org")
    assert result.returncode == 0, result.stderr[-500:]
