"""Several app servers on one database: nothing that correctness depends on lives in one process's memory."""
from django.conf import settings


def test_the_cache_sessions_and_login_throttling_live_in_the_database():
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    assert settings.AXES_HANDLER == "axes.handlers.database.AxesDatabaseHandler"


def test_jobs_go_to_a_queue_in_the_database_outside_tests():
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='factcheck.settings';"
         "os.environ['DEBUG']='1'; django.setup(); from django.conf import settings;"
         "print(settings.TASKS['default']['BACKEND'])"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "django_tasks_db.DatabaseBackend"
