"""Load with a ledger: simulated reviewers hammer a gunicorn + PostgreSQL workbench on loopback for a bounded time;
each client writes down every write the server acknowledged (2xx). Afterwards the database must hold exactly those
writes: nothing lost, nothing extra, and no 5xx at all.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/ledger.py --clients 20 --seconds 60

With --attacker, one more client sends the pathological requests of issue 13 in a loop while the reviewers work
(an article of 8,000 “ and its suggestions, a W3C import that cannot be anchored, matches, a span filled with
evidence past the cap, wrong passwords for a reviewer's name); its answers are counted apart, and the figures to
compare are the legitimate clients' p95 latency and 5xx count with and without it.

It creates (and drops) its own database next to the one DATABASE_URL names, and stops its server when done.
"""
import argparse
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """One simulated reviewer: a token, and a ledger of acknowledged writes. A connection per request, as gunicorn's
    sync workers serve one request per connection."""

    def __init__(self, port, token, name):
        self.port = port
        self.token, self.name = token, name
        self.ledger, self.statuses, self.latencies = [], Counter(), []

    def call(self, method, path, body=None, if_match=None, raw=None, content_type=None):
        headers = {"Authorization": f"Token {self.token}", "Accept": "application/json", "Connection": "close"}
        if not self.token:
            del headers["Authorization"]
        if body is not None:
            headers["Content-Type"] = "application/json"
        if raw is not None:
            headers["Content-Type"] = content_type
        if if_match is not None:
            headers["If-Match"] = f'"{if_match}"'
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        began = time.monotonic()
        try:
            payload = raw if raw is not None else (None if body is None else json.dumps(body))
            conn.request(method, path, body=payload, headers=headers)
            response = conn.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            # No answer: the write may or may not have happened, so it is not in the ledger; counted as an error.
            self.statuses["connection_error"] += 1
            return None, None
        finally:
            conn.close()
            self.latencies.append(time.monotonic() - began)
        self.statuses[response.status] += 1
        try:
            return response.status, (json.loads(data) if data and response.status != 204 else None)
        except ValueError:
            return response.status, None


def run_client(client, articles, deadline, rng, reviewers_tokens):
    my_spans = []  # (id, version)
    while time.monotonic() < deadline:
        action = rng.random()
        if action < 0.35 or not my_spans:
            article = rng.choice(articles)
            start = rng.randrange(0, len(article["text"]) - 40)
            end = start + rng.randrange(5, 40)
            tag = rng.choice(["claim", "quote", "opinion"])
            status, data = client.call("POST", "/api/spans/", {"article": article["id"], "start": start,
                                                              "end": end, "tag": tag})
            if status == 201:
                client.ledger.append(("span", data["id"], data["text"], tag))
                my_spans.append([data["id"], data["version"]])
        elif action < 0.65:
            entry = rng.choice(my_spans)
            note = f"{client.name} {uuid.uuid4().hex[:8]}"
            # Half the time with a deliberately stale version: it must be refused with 412 and change nothing.
            version = entry[1] if rng.random() < 0.5 else max(1, entry[1] - 1)
            status, data = client.call("PATCH", f"/api/spans/{entry[0]}/", {"note": note}, if_match=version)
            if status == 200:
                client.ledger.append(("note", entry[0], data["version"], note))
                entry[1] = data["version"]
        elif action < 0.85:
            entry = rng.choice(my_spans)
            url = f"https://source.example.org/{client.name}/{rng.randrange(5)}"
            status, data = client.call("POST", f"/api/spans/{entry[0]}/evidence/",
                                       {"stance": rng.choice(["supports", "refutes", "context"]), "url": url})
            if status == 201:
                client.ledger.append(("evidence", entry[0], url))
                entry[1] = data["version"]
        else:
            entry = rng.choice(my_spans)
            status, data = client.call("POST", f"/api/spans/{entry[0]}/submit/", if_match=entry[1])
            if status == 200:
                client.ledger.append(("submit", entry[0], data["version"]))
                entry[1] = data["version"]
                my_spans.remove(entry)  # submitted spans are locked for their author


def run_reviewer(client, deadline, rng):
    while time.monotonic() < deadline:
        status, page = client.call("GET", "/api/spans/?status=submitted&page_size=20")
        if status != 200 or not page["results"]:
            time.sleep(0.05)
            continue
        span = rng.choice(page["results"])
        decision = "approve" if span["tag"] != "claim" else "request_changes"
        body = {"decision": decision, "comment": "" if decision == "approve" else "Needs a decisive source."}
        status, data = client.call("POST", f"/api/spans/{span['id']}/reviews/", body, if_match=span["version"])
        if status == 201:
            client.ledger.append(("review", span["id"], decision))


def _multipart(fields: dict, filename: str, content: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
             for k, v in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                 f"Content-Type: application/json\r\n\r\n".encode() + content + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def run_attacker(client, fixture, deadline, rng, port):
    """The pathological requests of issue 13, in a loop: each answered within its bounds, none a 5xx."""
    hostile_w3c = json.dumps([{"type": "Annotation",
                               "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"}],
                               "target": {"source": fixture["repetitive_url"],
                                          "selector": [{"type": "TextQuoteSelector", "exact": "ab" * 200 + "X"}]}}])
    stranger = Client(port, "", "stranger")
    stranger.statuses, stranger.latencies = client.statuses, client.latencies
    flood_span, n = fixture["attacker_span"], 0
    client.by_kind = {}  # kind of hostile request -> latencies
    while time.monotonic() < deadline:
        step = n % 5
        n += 1
        began = time.monotonic()
        if step == 0:  # a fresh article of curly quotes, so no cache answers for it
            status, data = client.call("POST", "/api/articles/", {"title": "q", "text": "“" * 8000 + uuid.uuid4().hex})
            if status == 201:
                client.call("GET", f"/api/articles/{data['id']}/suggestions/")
        elif step == 1:
            body, ctype = _multipart({"format": "w3c"}, "hostile.json", hostile_w3c.encode())
            client.call("POST", "/api/imports/", raw=body, content_type=ctype)
        elif step == 2:
            client.call("GET", f"/api/spans/{rng.choice(fixture['attack_match_spans'])}/matches/")
        elif step == 3:
            status, data = client.call("GET", f"/api/spans/{flood_span}/")
            if status == 200:
                client.call("POST", f"/api/spans/{flood_span}/evidence/",
                            {"stance": "context", "url": f"https://flood.example.org/{uuid.uuid4().hex}"},
                            if_match=data["version"])
        else:
            form = f"username=reviewer{fixture['n_clients']}&password=wrong-{n}"
            stranger.call("POST", "/api/auth/token/", raw=form.encode(),
                          content_type="application/x-www-form-urlencoded")
        kind = ("quote-mark article + suggestions", "hostile W3C import", "matches", "evidence flood",
                "wrong password")[step]
        client.by_kind.setdefault(kind, []).append(time.monotonic() - began)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20, help="simulated annotators (plus 4 reviewers)")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--attacker", action="store_true", help="add a client sending issue 13's hostile requests")
    args = parser.parse_args()

    base_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    parts = urlsplit(base_url)
    if not parts.scheme.startswith("postgres"):
        sys.exit("bench/ledger.py needs a PostgreSQL DATABASE_URL")
    dbname = f"factcheck_ledger_{os.getpid()}"
    db_url = urlunsplit((parts.scheme, parts.netloc, f"/{dbname}", "", ""))
    admin_url = urlunsplit((parts.scheme, parts.netloc, "/postgres", "", ""))
    env = {**os.environ, "DATABASE_URL": db_url, "DEBUG": "0", "SECRET_KEY": uuid.uuid4().hex * 2,
           "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "0", "DJANGO_SETTINGS_MODULE": "factcheck.settings"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{dbname}"')
    server = None
    try:
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
        subprocess.run([*manage, "load_seeds"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        setup = (
            "from django.contrib.auth.models import User, Group; from rest_framework.authtoken.models import Token;"
            "import json, sys; from annotations.models import Article; out = {'annotators': [], 'reviewers': []};"
            f"n = {args.clients}\n"
            "for i in range(n + 4):\n"
            "    role = 'annotator' if i < n else 'reviewer'\n"
            "    u = User.objects.create_user(f'{role}{i}', password=None); u.groups.add(Group.objects.get(name=role))\n"
            "    out[role + 's'].append(Token.objects.create(user=u).key)\n"
            "out['articles'] = [{'id': a.id, 'text': a.text} for a in Article.objects.all()]\n"
            # The attacker: staff (it may create articles and import), a repetitive article for the W3C import,
            # one span of its own to flood with evidence, and the spans whose matches it asks for.
            "from annotations import services\n"
            "boss = User.objects.create_user('attacker', password=None, is_staff=True, is_superuser=True)\n"
            "out['attacker'] = Token.objects.create(user=boss).key\n"
            "rep = services.article_create(title='ab', text='ab' * 50000, url='https://attack.example.org/ab')\n"
            "out['repetitive_url'] = rep.url\n"
            "first = Article.objects.exclude(pk=rep.pk).order_by('id').first()\n"
            "span = services.span_create(article=first, author=boss, start=0, end=5, tag='claim')\n"
            "out['attacker_span'] = span.id; out['attack_match_spans'] = [span.id]\n"
            f"out['n_clients'] = {args.clients}\n"
            "sys.stdout.write(json.dumps(out))"
        )
        fixture = json.loads(subprocess.run([*manage, "shell", "-c", setup], env=env, check=True, cwd=ROOT,
                                            capture_output=True, text=True).stdout.strip().splitlines()[-1])
        # Keep offsets clear of characters outside the BMP here; the emoji cases are the unit tests' job.
        port = free_port()
        server = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "factcheck.wsgi", "--bind", f"127.0.0.1:{port}", "--workers",
             str(args.workers), "--timeout", "60", "--log-level", "warning", "--preload"],
            env=env, cwd=ROOT, start_new_session=True)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        rng = random.Random(args.seed)
        deadline = time.monotonic() + args.seconds
        annotators = [Client(port, t, f"a{i}") for i, t in enumerate(fixture["annotators"])]
        reviewers = [Client(port, t, f"r{i}") for i, t in enumerate(fixture["reviewers"])]
        threads = [threading.Thread(target=run_client, args=(c, fixture["articles"], deadline,
                                                             random.Random(rng.random()), None)) for c in annotators]
        threads += [threading.Thread(target=run_reviewer, args=(c, deadline, random.Random(rng.random())))
                    for c in reviewers]
        attacker = Client(port, fixture["attacker"], "attacker")
        if args.attacker:
            threads.append(threading.Thread(target=run_attacker, args=(attacker, fixture, deadline,
                                                                       random.Random(rng.random()), port)))
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=args.seconds + 120)
        elapsed = time.monotonic() - started
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)

    try:
        check = (
            "import json, sys; from annotations.models import Span, Evidence, Review;"
            "legit = Span.objects.exclude(author__username='attacker');"
            "print(json.dumps({'spans': {s.id: [s.text, s.tag, s.note, s.status] for s in legit},"
            "'evidence': sorted([e.span_id, e.source.url] for e in Evidence.objects.select_related('source')"
            ".filter(span__in=legit)),"
            "'attacker_evidence': Evidence.objects.exclude(span__in=legit).count(),"
            "'reviews': sorted([r.span_id, r.decision] for r in Review.objects.all())}))"
        )
        stored = json.loads(subprocess.run([PYTHON, str(ROOT / "manage.py"), "shell", "-c", check], env=env,
                                           check=True, cwd=ROOT, capture_output=True, text=True).stdout.splitlines()[-1])
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')

    ledger = [entry for c in annotators + reviewers for entry in c.ledger]
    statuses = sum((c.statuses for c in annotators + reviewers), Counter())
    spans = {str(e[1]): e for e in ledger if e[0] == "span"}
    last_note = {}
    for e in ledger:
        if e[0] == "note" and e[2] > last_note.get(str(e[1]), (0, ""))[0]:
            last_note[str(e[1])] = (e[2], e[3])
    problems = []
    if set(stored["spans"]) != set(spans):
        problems.append(f"span ids differ: lost {set(spans) - set(stored['spans'])}, "
                        f"extra {set(stored['spans']) - set(spans)}")
    for sid, entry in spans.items():
        row = stored["spans"].get(sid)
        if row and (row[0], row[1]) != (entry[2], entry[3]):
            problems.append(f"span {sid} text/tag changed")
        if row and sid in last_note and row[2] != last_note[sid][1]:
            problems.append(f"span {sid}: stored note {row[2]!r} is not the last acknowledged {last_note[sid][1]!r}")
    acked_evidence = sorted([int(e[1]), e[2]] for e in ledger if e[0] == "evidence")
    if acked_evidence != stored["evidence"]:
        problems.append(f"evidence: {len(acked_evidence)} acknowledged vs {len(stored['evidence'])} stored")
    acked_reviews = sorted([int(e[1]), e[2]] for e in ledger if e[0] == "review")
    if acked_reviews != stored["reviews"]:
        problems.append(f"reviews: {len(acked_reviews)} acknowledged vs {len(stored['reviews'])} stored")
    server_errors = sum(n for code, n in statuses.items() if isinstance(code, int) and code >= 500)
    kinds = Counter(e[0] for e in ledger)

    print(f"{len(annotators)} annotators + {len(reviewers)} reviewers, {args.workers} gunicorn workers, "
          f"{elapsed:.1f} s, PostgreSQL")
    print(f"requests: {sum(statuses.values())} ({sum(statuses.values()) / elapsed:.0f}/s); status codes: "
          + ", ".join(f"{code}: {n}" for code, n in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
    print("acknowledged writes: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + f"; total {len(ledger)}")
    print(f"stored: spans {len(stored['spans'])}, evidence {len(stored['evidence'])}, reviews "
          f"{len(stored['reviews'])}; notes matching the last acknowledged edit: "
          f"{sum(1 for sid in last_note if stored['spans'].get(sid, [None] * 3)[2] == last_note[sid][1])}/{len(last_note)}")
    latencies = sorted(t for c in annotators + reviewers for t in c.latencies)
    if latencies:
        print(f"latency: p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, "
              f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms, "
              f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.0f} ms")
    attacker_errors = sum(n for code, n in attacker.statuses.items() if isinstance(code, int) and code >= 500)
    if args.attacker:
        hostile = sorted(attacker.latencies)
        print(f"attacker: {sum(attacker.statuses.values())} requests; status codes: "
              + ", ".join(f"{code}: {n}" for code, n in sorted(attacker.statuses.items(), key=lambda kv: str(kv[0])))
              + (f"; p95 {hostile[int(len(hostile) * 0.95)] * 1000:.0f} ms" if hostile else "")
              + f"; evidence on its span {stored['attacker_evidence']}")
        for kind, times in sorted(getattr(attacker, "by_kind", {}).items()):
            print(f"  {kind}: {len(times)} rounds, slowest {max(times) * 1000:.0f} ms")
    print(f"5xx: {server_errors} (attacker's: {attacker_errors}); ledger mismatches: {len(problems)}")
    for problem in problems[:20]:
        print("  " + problem)
    sys.exit(1 if problems or server_errors or attacker_errors or statuses.get("connection_error") else 0)


if __name__ == "__main__":
    main()
