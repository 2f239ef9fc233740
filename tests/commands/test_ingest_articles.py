from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from annotations.models import Article
from tests.ingest.conftest import NEWS_PAGE, page_server  # noqa: F401  (the fixture)


def test_ingest_articles_takes_files_and_urls_and_reports_duplicates(db, tmp_path, page_server):  # noqa: F811
    story = tmp_path / "story.txt"
    story.write_bytes("Tags: #x #y\nA headline\r\nBody line 🔹 two.\n".encode())
    saved = tmp_path / "saved.html"
    saved.write_bytes(NEWS_PAGE)
    out, err = StringIO(), StringIO()
    call_command("ingest_articles", str(story), page_server.url("/news/leaders-meet.html"), str(saved),
                 stdout=out, stderr=err)
    assert "2 created, 1 already here, 0 refused." in out.getvalue()
    assert Article.objects.get(title="A headline").text.encode() == story.read_bytes()
    assert Article.objects.filter(outlet="The Daily Example").count() == 1


def test_ingest_articles_reports_a_refused_url_and_fails_when_nothing_came_in(db):
    err = StringIO()
    with pytest.raises(CommandError, match="0 created, 0 already here, 1 refused"):
        call_command("ingest_articles", "http://169.254.169.254/latest/", stdout=StringIO(), stderr=err)
    assert "link-local" in err.getvalue()
    assert Article.objects.count() == 0
