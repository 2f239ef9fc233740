"""Evidence, submission, review under the four-eyes rule, escaping of user data and edit conflicts, in Chromium."""
import pytest
from playwright.sync_api import expect

from annotations import services
from annotations.models import Evidence, Review
from tests.factories import user_with_roles

pytestmark = pytest.mark.browser

XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'


@pytest.fixture
def ann(role_groups):
    return user_with_roles("ann", "annotator")


@pytest.fixture
def rev(role_groups):
    return user_with_roles("rev", "reviewer", "annotator")


@pytest.fixture
def dialogs(page):
    seen = []
    page.on("dialog", lambda dialog: (seen.append(dialog.message), dialog.dismiss()))
    return seen


def open_span(page, live_server, span):
    page.goto(f"{live_server.url}/articles/{span.article_id}/?span={span.pk}")
    expect(page.locator("#panel")).to_be_visible()
    expect(page.locator("#p-text")).to_have_text(span.text)


def claim_on(article, author, needle="G7 leaders failed to agree"):
    start = article.text.index(needle)
    return services.span_create(article=article, author=author, start=start, end=start + len(needle), tag="claim")


def test_annotator_links_sources_and_submits_then_another_reviewer_verifies(
        page, browser, live_server, log_in, ann, rev, emoji_article, article):
    span = claim_on(emoji_article, ann)
    log_in(page, "ann")
    open_span(page, live_server, span)
    page.get_by_label("URL", exact=True).fill("https://www.reuters.com/world/g7-statement/")
    page.get_by_label("Title (optional)").fill("G7 fails to agree")
    page.get_by_label("Stance").select_option("supports")
    page.get_by_role("button", name="Add evidence").click()
    link = page.locator("#p-evidence a", has_text="G7 fails to agree")
    expect(link).to_have_attribute("href", "https://www.reuters.com/world/g7-statement/")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(link).to_have_attribute("target", "_blank")
    # a passage of another workbench article, picked by selecting it
    page.get_by_label("Another workbench article").check()
    page.locator("#ev-article").select_option(str(article.pk))
    expect(page.locator("#ev-source-text")).to_be_visible()
    page.evaluate("""() => {
      const box = document.getElementById('ev-source-text'); const node = box.firstChild;
      const i = node.data.indexOf('40% of voters');
      const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + '40% of voters'.length + 1);
      getSelection().removeAllRanges(); getSelection().addRange(r);
      box.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""")
    expect(page.locator("#ev-passage")).to_contain_text("40% of voters")
    page.get_by_label("Stance").select_option("context")
    page.get_by_role("button", name="Add evidence").click()
    expect(page.locator("#p-evidence li")).to_have_count(2)
    passage = Evidence.objects.get(source__article=article)
    assert article.text[passage.source_start:passage.source_end] == "40% of voters"
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator("#p-status")).to_have_text("? submitted")
    span.refresh_from_db()
    assert span.status == "submitted"

    # the reviewer finds it in the queue
    reviewer = browser.new_page()
    log_in(reviewer, "rev")
    reviewer.get_by_role("link", name="Review queue").click()
    reviewer.get_by_role("link", name="G7 leaders failed to agree").click()
    expect(reviewer.locator("#p-review")).to_be_visible()
    reviewer.locator("#panel-title").focus()
    reviewer.keyboard.press("a")  # approving a claim without a verdict is refused, inline
    expect(reviewer.locator("#p-error")).to_contain_text("verdict")
    reviewer.get_by_label("Verdict (claims, when approving)").select_option("accurate")
    reviewer.get_by_label("Explanation (one line)").fill("The G7 communiqué confirms it.")
    reviewer.get_by_role("button", name="Approve").click()
    expect(reviewer.locator("#p-status")).to_have_text("✓ verified")
    expect(reviewer.locator("#p-history li")).to_contain_text("Approved by rev")
    span.refresh_from_db()
    assert span.status == "verified"
    assert Review.objects.get().verdict == "accurate"
    reviewer.close()


def test_reviewer_sees_the_four_eyes_refusal_instead_of_review_controls_on_own_span(page, live_server, log_in, rev,
                                                                              emoji_article):
    span = services.span_submit(span=claim_on(emoji_article, rev), user=rev)
    log_in(page, "rev")
    open_span(page, live_server, span)
    # The panel asks the API what this reviewer may do: the four-eyes refusal is shown instead of the review form.
    expect(page.locator("#p-own-hint")).to_contain_text("Four-eyes rule")
    expect(page.get_by_role("button", name="Approve")).to_be_hidden()
    assert not Review.objects.exists()
    span.refresh_from_db()
    assert span.status == "submitted"


def test_script_in_note_and_source_title_is_shown_as_text(page, live_server, log_in, ann, emoji_article, dialogs):
    span = claim_on(emoji_article, ann)
    services.evidence_add(span=span, user=ann, stance="supports", url="https://example.org/x", title=XSS)
    span = services.span_update(span=span, user=ann, note=XSS, speaker=XSS)
    log_in(page, "ann")
    open_span(page, live_server, span)
    expect(page.locator("#p-evidence a")).to_have_text(XSS)
    expect(page.get_by_label("Note")).to_have_value(XSS)
    page.get_by_label("Note").fill(XSS + " again")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#p-version")).to_have_text(str(span.version + 1))
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#panel img, #article-text img, #span-list img").count() == 0
    assert dialogs == []


def test_stale_edit_shows_who_changed_it_and_keeps_the_unsaved_text(page, live_server, log_in, ann, emoji_article):
    span = claim_on(emoji_article, ann)
    log_in(page, "ann")
    open_span(page, live_server, span)
    page.get_by_label("Note").fill("my careful note")
    editor = user_with_roles("editor", is_staff=True, is_superuser=True)
    services.span_update(span=span, user=editor, speaker="Elsewhere")  # meanwhile, in another browser
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#p-conflict")).to_contain_text("changed by editor — reload")
    expect(page.get_by_label("Note")).to_have_value("my careful note")
    span.refresh_from_db()
    assert (span.note, span.speaker, span.version) == ("", "Elsewhere", 2)
    page.get_by_role("button", name="Reload span").click()
    expect(page.get_by_label("Speaker (for quotes)")).to_have_value("Elsewhere")
    expect(page.locator("#p-unsaved-text")).to_have_text("note: my careful note")


def test_an_imported_verification_is_shown_as_provenance_and_verified_by_a_local_reviewer(
        page, live_server, log_in, rev, emoji_article):
    import io
    import json
    import uuid

    from annotations.imports import import_annotations
    from annotations.models import Span

    needle = "G7 leaders failed to agree"
    start = emoji_article.text.index(needle)
    record = {"article": {"sha256": emoji_article.text_sha256}, "id": str(uuid.uuid4()), "author": "other-desk-ann",
              "start": start, "end": start + len(needle), "text": needle, "tag": "claim", "status": "verified",
              "evidence": [{"stance": "supports", "source_url": "https://example.org/g7",
                            "added_by": "other-desk-ann"}],
              "reviews": [{"reviewer": "other-desk-rev", "decision": "approve", "verdict": "accurate",
                           "explanation": "Matches the communique.", "span_version": 2}]}
    stream = io.BytesIO((json.dumps(record) + "\n").encode("utf-8"))
    stream.name = "other-desk.jsonl"
    assert import_annotations(stream, format="jsonl").committed
    span = Span.objects.get()
    log_in(page, "rev")
    open_span(page, live_server, span)
    provenance = page.locator("#p-provenance")
    expect(provenance).to_contain_text("Imported, verified elsewhere")
    expect(provenance).to_contain_text("other-desk-rev")
    expect(page.locator("#p-status")).to_contain_text("submitted")
    page.locator("#rv-verdict").select_option("accurate")
    page.locator("#rv-explanation").fill("Checked against the communique here.")
    page.get_by_role("button", name="Approve").click()
    expect(page.locator("#p-status")).to_contain_text("verified")
    assert Review.objects.get().reviewer == rev
