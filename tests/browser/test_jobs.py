"""Background jobs in the UI: a large import and a claim-set export each show their job's progress, then the result."""
import json

import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Span
from tests.factories import ArticleFactory, bulk_verified_spans, user_with_roles

pytestmark = pytest.mark.browser


def test_a_large_import_runs_as_a_job_and_the_page_shows_its_report(page, live_server, log_in, settings, tmp_path):
    settings.IMPORT_BACKGROUND_BYTES = 10
    user_with_roles("boss", is_staff=True, is_superuser=True)
    upload = tmp_path / "two.jsonl"
    upload.write_text("".join(json.dumps(r) + "\n" for r in (
        {"text": "The minister said 40% agree.", "label": [[0, 12, "CLAIM"]]},
        {"text": "Prices rose again in May.", "label": [[0, 11, "CLAIM"]]})), encoding="utf-8")
    log_in(page, "boss")
    page.get_by_role("link", name="Import").click()
    # As for the export below: the click waits for the navigation to commit, not for the page's module script, and
    # a submit before the script has bound the form starts no job the page follows.
    page.wait_for_load_state("load")
    page.get_by_label("File").set_input_files(str(upload))
    page.get_by_label("Format").select_option("doccano")
    page.get_by_role("button", name="Import").click()
    # A background job: the worker may be slow on a busy machine.
    expect(page.locator("#import-status")).to_have_text(f"Done: {upload.stat().st_size} B", timeout=15_000)
    expect(page.locator("#import-report")).to_contain_text("2 records: 2 articles and 2 spans created")
    assert Span.objects.count() == 2


def test_a_claim_set_export_job_offers_its_file(page, live_server, log_in, role_groups):
    ann, rev = user_with_roles("ann", "annotator"), user_with_roles("rev", "reviewer")
    exporter = user_with_roles("exp", "exporter")
    bulk_verified_spans(ArticleFactory(), ann, rev, 3)
    services.claim_set_create(name="Week 9", filters={}, user=exporter)
    log_in(page, "exp")
    page.get_by_role("link", name="Claim sets").click()
    # The click waits for the navigation to commit, not for the page's module script: a submit before the script
    # has bound the form is a plain GET reload, and no job starts.
    page.wait_for_load_state("load")
    row = page.locator("table.claim-sets tr", has_text="Week 9")
    row.get_by_label("Format for Week 9").select_option("jsonl")
    row.get_by_role("button", name="Export in the background").click()
    link = row.get_by_role("link", name="Download claim-set-")
    expect(link).to_be_visible(timeout=15_000)  # a background job: the worker may be slow on a busy machine
    expect(row.get_by_role("status")).to_contain_text("Done")
    response = page.request.get(f"{live_server.url}{link.get_attribute('href')}")
    assert response.status == 200 and len(response.text().strip().splitlines()) == 3
