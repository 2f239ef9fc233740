"""A bounded HTTP load generator: many simultaneous clients replay a file of requests against one server.

    python -m bench.load --base http://127.0.0.1:8765 --token KEY --requests FILE --clients 32 [--time-limit 60]

FILE holds one JSON object per line: {"method", "path", "body" (optional)}. Every line is sent exactly once, so
the run is bounded in count; --time-limit bounds it in time too. Prints one JSON object: requests, errors,
requests/s, p50/p95/p99 latency in ms, and the first few error statuses/bodies."""
import argparse
import http.client
import json
import queue
import statistics
import sys
import threading
import time
from urllib.parse import urlsplit


def run(base: str, token: str, requests: list[dict], clients: int, time_limit: float) -> dict:
    parts = urlsplit(base)
    work: queue.SimpleQueue = queue.SimpleQueue()
    for item in requests:
        work.put(item)
    latencies, errors, samples = [], [], []
    lock = threading.Lock()
    deadline = time.monotonic() + time_limit
    start_gate = threading.Barrier(clients)

    def client():
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        headers = {"Authorization": f"Token {token}", "Content-Type": "application/json", "Accept": "application/json"}
        start_gate.wait()
        while time.monotonic() < deadline:
            try:
                item = work.get_nowait()
            except queue.Empty:
                return
            body = json.dumps(item["body"]).encode() if item.get("body") is not None else None
            began = time.perf_counter()
            try:
                conn.request(item["method"], item["path"], body=body, headers=headers)
                response = conn.getresponse()
                payload = response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                status, payload = 0, repr(exc).encode()
            elapsed = time.perf_counter() - began
            with lock:
                latencies.append(elapsed)
                if status >= 400 or status == 0:
                    errors.append(status)
                    if len(samples) < 3:
                        samples.append({"status": status, "path": item["path"], "body": payload[:300].decode(
                            "utf-8", "replace")})

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))] * 1000 if ordered else 0.0

    return {
        "requests": len(latencies), "planned": len(requests), "errors": len(errors), "wall_s": round(wall, 3),
        "rps": round(len(latencies) / wall, 1) if wall else 0.0, "p50_ms": round(pct(0.50), 1),
        "p95_ms": round(pct(0.95), 1), "p99_ms": round(pct(0.99), 1),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 1) if ordered else 0.0,
        "error_samples": samples,
    }


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--requests", required=True, help="JSONL file of {method, path, body}")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--time-limit", type=float, default=120.0)
    args = parser.parse_args(argv)
    with open(args.requests, encoding="utf-8") as source:
        requests = [json.loads(line) for line in source if line.strip()]
    result = run(args.base, args.token, requests, args.clients, args.time_limit)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
