"""Behind the documented TLS proxy every request comes from the proxy's address; the client's is the last entry of
X-Forwarded-For. Lockouts are keyed on username and client address, so a stranger failing five times locks only
themselves; a softer per-username limit slows a spread-out attack from unknown addresses without ever refusing an
address the user has logged in from."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rest_framework.test import APIClient

from tests.factories import user_with_roles

ROOT = Path(__file__).resolve().parents[2]
PROXY = "10.0.0.2"
STRANGER = "203.0.113.9"
HOME = "198.51.100.7"
PASSWORD = "pw-for-tests-only"


@pytest.fixture
def behind_proxy(settings):
    """The settings factcheck/settings.py derives from TRUSTED_PROXY_COUNT=1 (checked below)."""
    settings.AXES_IPWARE_PROXY_COUNT = 0
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    settings.IPWARE_STRICT = False
    return settings


@pytest.fixture
def victim(db):
    return user_with_roles("rita", "reviewer", is_staff=True)


def via_proxy(client_address: str, spoofed: str = "") -> APIClient:
    forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
    return APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def token(client, password):
    return client.post("/api/auth/token/", {"username": "rita", "password": password}).status_code


def test_a_stranger_failing_five_times_locks_only_themselves_out(behind_proxy, victim):
    stranger = via_proxy(STRANGER, spoofed=HOME)  # pretending to be the victim's address changes nothing
    assert [token(stranger, "guess") for _ in range(5)] == [400, 400, 400, 400, 429]
    assert token(stranger, PASSWORD) == 429  # the stranger stays locked, even with the right password
    home = via_proxy(HOME)
    assert token(home, PASSWORD) == 200
    assert home.post("/accounts/login/", {"username": "rita", "password": PASSWORD}).status_code == 302
    assert via_proxy(HOME).post("/admin/login/", {"username": "rita", "password": PASSWORD}).status_code == 302


def test_without_a_configured_proxy_x_forwarded_for_is_ignored(victim):
    """A client talking to gunicorn directly cannot pick a fresh address per attempt by inventing the header."""
    statuses = [APIClient(REMOTE_ADDR=STRANGER, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").post(
        "/api/auth/token/", {"username": "rita", "password": "guess"}).status_code for n in range(5)]
    assert statuses[-1] == 429


def test_an_attack_spread_over_many_addresses_is_slowed_but_known_addresses_still_get_in(behind_proxy, victim):
    from annotations.auth import USERNAME_FAILURES_PER_MINUTE

    home = via_proxy(HOME)
    assert home.post("/accounts/login/", {"username": "rita", "password": PASSWORD}).status_code == 302
    statuses = [token(via_proxy(f"203.0.113.{n}"), "guess") for n in range(USERNAME_FAILURES_PER_MINUTE + 5)]
    assert statuses[:USERNAME_FAILURES_PER_MINUTE] == [400] * USERNAME_FAILURES_PER_MINUTE
    assert set(statuses[USERNAME_FAILURES_PER_MINUTE:]) == {429}  # slowed: unknown addresses wait a minute
    assert token(via_proxy(HOME), PASSWORD) == 200  # where rita has logged in before: never slowed
    assert token(via_proxy("192.0.2.55"), PASSWORD) == 429  # a new address waits out the minute (documented)


def test_the_settings_trust_x_forwarded_for_only_when_a_proxy_count_is_configured():
    script = ("from django.conf import settings; import django; django.setup(); "
              "print(settings.AXES_IPWARE_META_PRECEDENCE_ORDER, settings.AXES_IPWARE_PROXY_COUNT)")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings", "DEBUG": "1"}
    env.pop("TRUSTED_PROXY_COUNT", None)
    plain = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    proxied = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env={**env, "TRUSTED_PROXY_COUNT": "1"},
                             capture_output=True, text=True)
    assert plain.stdout.split() == ["('REMOTE_ADDR',)", "None"], plain.stderr
    assert proxied.stdout.split() == ["('HTTP_X_FORWARDED_FOR',", "'REMOTE_ADDR')", "0"], proxied.stderr
