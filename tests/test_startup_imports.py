"""Start-up cost: every process loads the app (web workers, job workers, each management command), so the app's
import must not pull in what only one path needs. trafilatura (HTML extraction, ~0.1 s to import) is loaded by the
HTML intake alone."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_loading_the_app_and_its_urls_does_not_import_trafilatura():
    code = ("import django, sys; django.setup(); import factcheck.urls; "
            "print('trafilatura' in sys.modules)")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings", "DEBUG": "1"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
