"""The reviewer UI in headless Chromium on a 75k-character article with 1,000 nested and overlapping spans:
select + key -> span visible, opening a panel, page interactive (median of N). Figures in docs/performance.md.

    python -m bench.ui [--spans 1000] [--chars 75000] [--repeat 15]

Runs against its own throw-away SQLite database and a local `runserver` (DEBUG) on 127.0.0.1; the browser is
/usr/bin/chromium (CHROMIUM to override). Not a test: it prints figures, it asserts nothing."""
import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PASSWORD = "bench-ui-password"
TARGETS = {"select + key -> span visible": 100, "open panel": 150, "page interactive": 1500}

SETUP = """
import json, random, sys
from django.contrib.auth.models import Group, User
from annotations import services
from tests.conftest import SEEDS
chars, n_spans = {chars}, {spans}
seed = next(SEEDS.glob("004_*.txt")).read_bytes().decode("utf-8")  # with its 🔹: offsets stay code points
text = seed
while len(text) < chars:
    text += "\\n\\n" + seed
article = services.article_create(title="Bench: 75k characters, 1,000 spans", text=text)
users = {{}}
for name, role in [("bench-ann", "annotator"), ("bench-ann2", "annotator"), ("bench-rev", "reviewer")]:
    u = User.objects.create_user(name, password="{password}")
    u.groups.add(Group.objects.get(name=role))
    users[name] = u
words = [i for i in range(1, len(text)) if text[i - 1] == " " and text[i] not in " \\n"]
rng = random.Random(7)
made, seen = 0, set()
tags = ["claim", "quote", "opinion"]
while made < n_spans:
    start = rng.choice(words)
    # Nested and overlapping: a span often starts inside the previous one and sometimes ends past it.
    length = rng.randint(12, 220)
    end = min(len(text), start + length)
    while end > start and text[end - 1] in " \\n":
        end -= 1
    tag = tags[made % 3]
    author = users["bench-ann" if made % 2 else "bench-ann2"]
    if (start, end, tag, author.pk) in seen or end - start < 3:
        continue
    seen.add((start, end, tag, author.pk))
    try:
        span = services.span_create(article=article, author=author, start=start, end=end, tag=tag)
    except Exception:
        continue
    if made % 4 == 0 and tag != "claim":
        services.span_submit(span=span, user=author)
    made += 1
free = [w for w in words[::50]]
sys.stdout.write(json.dumps({{"article": article.pk, "length": len(text), "free": free}}))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def median_ms(values):
    return round(statistics.median(values), 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=75000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/bench-ui.sqlite3", "DEBUG": "1",
               "DJANGO_SETTINGS_MODULE": "factcheck.settings"}
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
        started = time.monotonic()
        out = subprocess.run([*manage, "shell", "-c", SETUP.format(chars=args.chars, spans=args.spans,
                                                                    password=PASSWORD)],
                             env=env, check=True, cwd=ROOT, capture_output=True, text=True).stdout
        data = json.loads(out.strip().splitlines()[-1])
        print(f"article {data['article']}: {data['length']} code points, {args.spans} spans "
              f"(made in {time.monotonic() - started:.0f} s)", file=sys.stderr)
        port = free_port()
        server = subprocess.Popen([*manage, "runserver", "--noreload", f"127.0.0.1:{port}"], env=env, cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            figures = measure(f"http://127.0.0.1:{port}", data, args.repeat, sync_playwright)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    print(f"\n| measure (median of {args.repeat}) | ms | target |\n| --- | ---: | ---: |")
    for name, values in figures.items():
        target = TARGETS.get(name)
        print(f"| {name} | {median_ms(values)} (min {min(values):.1f}, max {max(values):.1f}) | "
              f"{'≤ ' + str(target) if target else ''} |")


def measure(url, data, repeat, sync_playwright):
    figures = {name: [] for name in ["page interactive", "select + key -> span visible", "open panel",
                                     "open panel with its actions"]}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(f"{url}/accounts/login/")
        page.get_by_label("Username").fill("bench-ann")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{url}/")
        article_url = f"{url}/articles/{data['article']}/"
        for _ in range(repeat):
            page.goto(article_url)
            page.wait_for_selector("body[data-ready=true]", timeout=60_000)
            figures["page interactive"].append(
                page.evaluate("() => performance.getEntriesByName('workbench-ready')[0].startTime"))
        free = data["free"]
        for i in range(repeat):
            # A few words at a place no span of this user starts, selected with a Range; then the key.
            selected, tries = "", 0
            while not selected.strip():
                tries += 1
                selected = select_at(page, free[(i * 7 + tries) % len(free)])
            page.keyboard.press("c")
            page.wait_for_function("() => window.__visible !== null", timeout=30_000)
            page.wait_for_selector("#panel:not([hidden])")  # the POST answered: the stored span is open
            figures["select + key -> span visible"].append(page.evaluate("() => window.__visible - window.__t0"))
            page.locator("#panel-close").click()
        ids = page.locator("#article-text .hl-handle").evaluate_all("els => els.map((e) => e.dataset.spanId)")
        for i in range(repeat):
            span_id = ids[(i * 61) % len(ids)]
            open_panel_step(page, span_id, figures)
            page.keyboard.press("Escape")
            if i % 5 == 4:
                page.goto(article_url)
                page.wait_for_selector("body[data-ready=true]", timeout=60_000)
        browser.close()
    return figures


def select_at(page, cp):
    return page.evaluate("""(cp) => {
              const root = document.getElementById('article-text');
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              let seen = 0, node;
              while ((node = walker.nextNode())) {
                const n = Array.from(node.data).length;
                if (seen + n > cp + 12) break;
                seen += n;
              }
              const startU = Array.from(node.data).slice(0, cp - seen).join('').length;
              const endU = Array.from(node.data).slice(0, cp - seen + 12).join('').length;
              const range = document.createRange(); range.setStart(node, startU); range.setEnd(node, endU);
              getSelection().removeAllRanges(); getSelection().addRange(range);
              const known = new Set([...root.querySelectorAll('.hl-handle')].map((h) => h.dataset.spanId));
              window.__visible = null;
              const observer = new MutationObserver((records) => {
                for (const r of records) for (const added of r.addedNodes) {
                  if (added.nodeType !== 1) continue;
                  const handles = added.matches('.hl-handle') ? [added] : added.querySelectorAll('.hl-handle');
                  for (const h of handles) if (!known.has(h.dataset.spanId)) {
                    window.__visible = performance.now(); observer.disconnect(); return;
                  }
                }
              });
              observer.observe(root, { childList: true, subtree: true });
              // The clock starts at the key's event in the page, not at the test driver's round trip.
              window.__t0 = null;
              document.addEventListener('keydown', () => { window.__t0 = performance.now(); },
                { capture: true, once: true });
              return getSelection().toString();
            }""", cp)


def open_panel_step(page, span_id, figures):
    page.evaluate("""(id) => {
      window.__shown = null; window.__acted = null;
      const panel = document.getElementById('panel');
      const observer = new MutationObserver(() => {
        if (!window.__shown && !panel.hidden && document.getElementById('p-text').textContent) {
          window.__shown = performance.now();
        }
      });
      observer.observe(panel, { attributes: true, childList: true, subtree: true });
      const origFetch = window.fetch;
      window.fetch = async (...a) => { const r = await origFetch(...a);
        if (String(a[0]).endsWith(`/api/spans/${id}/`)) setTimeout(() => { window.__acted = performance.now(); });
        return r; };
      window.__t0 = performance.now();
      document.querySelector(`.hl-handle[data-span-id="${id}"]`).click();
    }""", span_id)
    page.wait_for_function("() => window.__shown !== null && window.__acted !== null", timeout=30_000)
    shown, acted = page.evaluate("() => [window.__shown - window.__t0, window.__acted - window.__t0]")
    figures["open panel"].append(shown)
    figures["open panel with its actions"].append(acted)


if __name__ == "__main__":
    main()
