#!/usr/bin/env python3
"""Every read the crew and a client make, one request at a time, on a
generated data set: how long each takes the first time and, median, the next
five times. No load: this is the check for query plans, run before and after
a change to an index, a query or the database's settings.

  python3 bench/reads.py --api target/release/api [--bookings 200000] [--clients 10000]
      [--pg postgres://postgres@127.0.0.1:5432/postgres] [--out reads.md]

It generates the data with `api bench-data` (into a fresh PostgreSQL database
with --pg, dropped afterwards), starts `api serve`, signs in the admin and a
client and GETs each path six times, each with a new `_miss` parameter so no
micro-cache answers (the dashboard's own cache answers after its first
computation: read its first column). Two binaries or two settings compare
best in the same sitting: this machine's speed drifts by a third within an
hour. Standard library only, plus perf.py's helpers.
"""
import argparse
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from perf import PASSWORD, http_json, psql, request, stop, wait_up  # noqa: E402

STATUSES = ["waiting_payment", "waiting_approval", "accepted", "done", "cancelled", "expired"]


def paths(client_login, client_bookings, today):
    """(path under /api/v1, whose token: "admin", "client" or None)."""
    last_month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    one = client_bookings[0]["id"]
    out = [("/stats/dashboard", "admin"), (f"/reports/monthly?month={last_month}", "admin")]
    out += [(f"/bookings?status={s}&per_page=20", "admin") for s in STATUSES]
    out += [
        (f"/bookings?status=done&from={today - timedelta(days=365)}&to={today}&per_page=20", "admin"),
        ("/bookings?q=bench1&per_page=20", "admin"),
        ("/bookings?page=50&per_page=20", "admin"),
        ("/clients?q=bench2", "admin"),
        ("/clients", "admin"),
        ("/payments?status=pending", "admin"),
        ("/payments", "admin"),
        ("/conversations", "admin"),
        ("/conversations/unread", "admin"),
        ("/audit", "admin"),
        ("/users?role=client&q=bench3", "admin"),
        ("/requests", "admin"),
        ("/notifications", "admin"),
        ("/notifications/unread-count", "admin"),
        (f"/availability?from={today}&to={today + timedelta(days=60)}", None),
        ("/portfolio?page=3", None),
        ("/bookings", "client"),
        (f"/bookings/{one}", "client"),
        (f"/bookings/{one}/events", "client"),
        (f"/bookings/{one}/payments", "client"),
        ("/notifications", "client"),
        (f"/conversations/{client_login['user']['id']}/messages", "client"),
        ("/me", "client"),
    ]
    return out


def time_path(base, path, token, times=6):
    took = []
    for i in range(times):
        sep = "&" if "?" in path else "?"
        t0 = time.perf_counter()
        status, _, body = request("GET", f"{base}/api/v1{path}{sep}_miss={i}", None, token)
        took.append((time.perf_counter() - t0) * 1000)
        if status != 200:
            return None, f"HTTP {status}: {body[:120]!r}"
    return took, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--api", required=True, help="the release api binary")
    ap.add_argument("--bookings", type=int, default=200_000)
    ap.add_argument("--clients", type=int, default=10_000)
    ap.add_argument("--pg", help="PostgreSQL admin URL: run on a fresh database there instead of SQLite")
    ap.add_argument("--port", type=int, default=18300)
    ap.add_argument("--out", help="also write the table to this Markdown file")
    a = ap.parse_args()
    data = tempfile.mkdtemp(prefix="aruna-reads-")
    base = f"http://127.0.0.1:{a.port}"
    env = {**os.environ, "APP_DATA_DIR": data, "APP_BIND": f"127.0.0.1:{a.port}", "APP_RUN_JOBS": "false",
           "APP_JWT_SECRET": secrets.token_hex(32), "APP_RATE_LIMIT__AUTH_PER_MINUTE": "100000000",
           "APP_WEB_DIST": os.path.join(data, "no-spa"), "RUST_LOG": os.environ.get("RUST_LOG", "warn")}
    made_db = None
    server = None
    try:
        if a.pg:
            made_db = f"aruna_reads_{os.getpid()}"
            psql(a.pg, f'CREATE DATABASE "{made_db}"')
            env["DATABASE_URL"] = urllib.parse.urlsplit(a.pg)._replace(path="/" + made_db).geturl()
        gen = [a.api, "bench-data", "--bookings", str(a.bookings), "--clients", str(a.clients),
               "--images", str(a.bookings // 100), "--messages", str(a.bookings * 2)]
        print(subprocess.run(gen, env=env, check=True, capture_output=True, text=True).stdout.strip(), flush=True)
        log = os.path.join(data, "api.log")
        with open(log, "wb") as logf:
            server = subprocess.Popen([a.api, "serve"], env=env, stdout=logf, stderr=logf)
        wait_up(base, server, log, "the API")
        admin = http_json("POST", base + "/api/v1/auth/login", {"identifier": "bench0@example.com", "password": PASSWORD})
        client = http_json("POST", base + "/api/v1/auth/login", {"identifier": "bench1@example.com", "password": PASSWORD})
        tokens = {"admin": admin["access_token"], "client": client["access_token"], None: None}
        mine = http_json("GET", base + "/api/v1/bookings?per_page=20", token=tokens["client"])["items"]
        if not mine:
            sys.exit("bench1 has no bookings: raise --bookings or lower --clients")
        db = "PostgreSQL" if a.pg else "SQLite"
        lines = [f"Reads on {db}, {a.bookings:,} bookings, {a.clients:,} clients: ms, one request at a time.", "",
                 "| path | as | first | median of next 5 |", "|---|---|---|---|"]
        print("\n".join(lines), flush=True)
        for path, who in paths(client, mine, date.today()):
            took, error = time_path(base, path, tokens[who])
            cells = [error, ""] if error else [f"{took[0]:.1f}", f"{statistics.median(took[1:]):.1f}"]
            line = f"| {path} | {who or 'public'} | {cells[0]} | {cells[1]} |"
            lines.append(line)
            print(line, flush=True)
        if a.out:
            with open(a.out, "w") as f:
                f.write("\n".join(lines) + "\n")
    finally:
        stop(server)
        if made_db:
            psql(a.pg, f'DROP DATABASE IF EXISTS "{made_db}" WITH (FORCE)', check=False)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
