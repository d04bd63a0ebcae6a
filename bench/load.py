#!/usr/bin/env python3
"""Load benchmark of the release API against a generated data set.

Run through `cargo xtask bench` (which builds the release binary first).
Needs `wrk` (Debian package). Targets: GET /health and GET /api/v1/me
>= 10,000 req/s; availability for a month < 5 ms median; the client's and
the admin's booking lists < 10 ms median; creating bookings >= 500/s.
Traffic only goes to 127.0.0.1; every run is bounded in time.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))


def http(method, url, body=None, token=None):
    req = urllib.request.Request(url, method=method)
    if body is not None:
        req.data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=10) as res:
        return json.loads(res.read() or b"null")


def wrk(url, seconds, conns, threads=2, script=None, env=None, token=None):
    cmd = ["wrk", f"-t{threads}", f"-c{conns}", f"-d{seconds}s", "--latency"]
    if token:
        cmd += ["-H", f"Authorization: Bearer {token}"]
    if script:
        cmd += ["-s", script]
    cmd.append(url)
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p50.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, float(p50.group(1)) * scale, int(non2xx.group(1)) if non2xx else 0, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--api", required=True, help="path to the release api binary")
    ap.add_argument("--bookings", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=5_000)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--port", type=int, default=18080)
    ap.add_argument("--keep", action="store_true", help="keep the data folder")
    ap.add_argument("--database-url", help="an EMPTY database to fill instead of a fresh SQLite file (e.g. postgres://postgres@127.0.0.1/aruna_bench)")
    a = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")

    data = tempfile.mkdtemp(prefix="aruna-bench-")
    env = {
        **os.environ,
        "APP_DATA_DIR": data,
        "APP_BIND": f"127.0.0.1:{a.port}",
        "APP_RUN_JOBS": "false",
        "APP_RATE_LIMIT__AUTH_PER_MINUTE": "1000000",
        "APP_WEB_DIST": os.path.join(data, "no-spa"),
        "RUST_LOG": os.environ.get("RUST_LOG", "warn"),
    }
    if a.database_url:
        env["DATABASE_URL"] = a.database_url
    t0 = time.time()
    subprocess.run([a.api, "bench-data", "--bookings", str(a.bookings), "--clients", str(a.clients)], env=env, check=True)
    print(f"data set generated in {time.time() - t0:.1f}s ({a.bookings} bookings, {a.clients} clients)")
    server = subprocess.Popen([a.api, "serve"], env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{a.port}"
    try:
        for _ in range(100):
            try:
                http("GET", base + "/health")
                break
            except Exception:
                time.sleep(0.1)
        admin = http("POST", base + "/api/v1/auth/login", {"identifier": "bench0@example.com", "password": "BenchPass123"})["access_token"]
        client = http("POST", base + "/api/v1/auth/login", {"identifier": "bench1@example.com", "password": "BenchPass123"})["access_token"]
        today = datetime.now(timezone.utc).date()
        month_start = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        portrait = next(p for p in http("GET", base + "/api/v1/packages?kind=portrait") if not p["full_day"])
        rows = []

        def run(name, url, target, token=None, kind="p50", **kw):
            rps, p50, bad, out = wrk(base + url, a.seconds, kw.pop("conns", 32), token=token, **kw)
            ok = rps >= target if kind == "rps" else p50 < target
            rows.append((name, rps, p50, bad, f"{'>=' if kind == 'rps' else '<'} {target}{'' if kind == 'rps' else ' ms'}", ok))

        run("GET /health", "/health", 10_000, kind="rps")
        run("GET /api/v1/me", "/api/v1/me", 10_000, token=client, kind="rps")
        run("GET /api/v1/availability (month)", f"/api/v1/availability?from={month_start}&to={month_end}", 5.0, conns=8)
        run("GET /api/v1/bookings (client)", "/api/v1/bookings", 10.0, token=client, conns=8)
        admin_q = f"/api/v1/bookings?status=done&from={today - timedelta(days=365)}&to={today}&per_page=20"
        run("GET /api/v1/bookings (admin, filtered)", admin_q, 10.0, token=admin, conns=8)
        first = datetime.combine(today + timedelta(days=100), datetime.min.time(), timezone.utc).timestamp()
        run(
            "POST /api/v1/bookings (distinct slots)",
            "/api/v1/bookings",
            500,
            kind="rps",
            conns=8,
            script=os.path.join(HERE, "create_booking.lua"),
            env={"BENCH_TOKEN": client, "BENCH_PACKAGE": portrait["id"], "BENCH_FIRST_DAY": str(int(first))},
        )
        print(f"\n{'endpoint':42} {'req/s':>10} {'p50 ms':>8} {'non-2xx':>8}  target      ok")
        for name, rps, p50, bad, target, ok in rows:
            print(f"{name:42} {rps:10.0f} {p50:8.2f} {bad:8d}  {target:11} {'yes' if ok else 'NO'}")
        return 0 if all(r[5] for r in rows) else 1
    finally:
        server.terminate()
        server.wait(timeout=15)
        if a.keep:
            print("data kept in", data)
        else:
            shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
