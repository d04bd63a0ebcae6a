#!/usr/bin/env python3
"""The one benchmark: every measured path of the release API, on SQLite and on
PostgreSQL, beside THE LIMIT (a bare actix-web server answering the same bytes)
under the same load in the same run, written to a Markdown file.

  cargo xtask bench                         # builds api and bench-limit, then runs this
  python3 bench/perf.py --api target/release/api --limit target/release/bench-limit \
      --out perf.md [--seconds 10] [--bookings 100000] [--clients 5000] [--scale10] [--pg URL]

For each database (and each size: 1x, and 10x with --scale10) it generates a
data set with `api bench-data` (bookings over three years in every status,
their payments, portfolio images, chat messages), starts `api serve`, signs in
the admin and a client, captures one response of every measured path, starts
`bench-limit` on those captures, then for each path runs
`wrk -t2 -c32 -dNs --latency` against the API and against the limit. It also
races 64 bookings for one date (exactly the studio's capacity may succeed),
loads login (argon2) while timing /health beside it, and times chat messages
from the client's POST to the staff's WebSocket. The API's peak RSS is its
VmHWM, read after each step (so each row shows the peak so far).

Standard library only, plus `websockets` for the chat round trip (skipped with
a line in the table when it is missing). Needs `wrk` and, for PostgreSQL,
`psql` and `pg_isready`. Traffic only goes to 127.0.0.1; every run is bounded
in time. Exit code 1 when a target is missed or a run fails; the file is
always written.
"""
import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "BenchPass123"
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/postgres"
THREADS, CONNS = 2, 32
RACERS = 64

# Targets (issue 8), by kind of path.
PUBLIC_RPS, PUBLIC_SHARE = 15_000, 50.0
SIGNED_IN_RPS = 8_000
READ_P99_MS = 20.0
DASHBOARD_P99_MS = 50.0
RSS_MB = 60.0
SCALE_RATIO = 2.0
# Existing project targets (README): bookings on distinct slots on SQLite, chat.
CREATE_RPS_SQLITE = 500
CHAT_P99_MS = 50.0


# ---------------------------------------------------------------- HTTP, tokens


def request(method, url, body=None, token=None, timeout=30):
    """(status, content type, body bytes), for any status."""
    req = urllib.request.Request(url, method=method)
    if body is not None:
        req.data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as res:
            return res.status, res.headers.get("Content-Type", ""), res.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def http_json(method, url, body=None, token=None):
    status, _, raw = request(method, url, body, token)
    if status >= 400:
        raise RuntimeError(f"{method} {url}: {status} {raw[:200]!r}")
    return json.loads(raw or b"null")


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def mint(secret, user_id, role="client", minutes=240):
    """An access token as the API issues them (HS256, iss aruna-moment)."""
    now = int(time.time())
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = b64(json.dumps({"sub": user_id, "role": role, "iss": "aruna-moment", "iat": now, "nbf": now, "exp": now + minutes * 60}).encode())
    sig = hmac.new(secret.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest()
    return f"{header}.{claims}.{b64(sig)}"


def wait_up(base, proc, log_path, what, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited ({proc.returncode}): {tail(log_path)}")
        try:
            status, _, _ = request("GET", base + "/health", timeout=2)
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not answer within {seconds}s: {tail(log_path)}")


def tail(path, n=600):
    try:
        with open(path, "rb") as f:
            return f.read()[-n:].decode(errors="replace").strip()
    except OSError:
        return ""


def vm_mb(pid, field="VmHWM"):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def stop(proc):
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


# ----------------------------------------------------------------------- wrk


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def parse_wrk(out):
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if not m:
        raise RuntimeError("wrk printed no result: " + out[-400:])
    pct = {}
    for p in ("50", "99"):
        q = re.search(rf"^\s+{p}(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)
        pct[p] = to_ms(*q.groups()) if q else None
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    total = re.search(r"(\d+) requests in", out)
    return {
        "rps": float(m.group(1)),
        "p50": pct["50"],
        "p99": pct["99"],
        "non2xx": int(bad.group(1)) if bad else 0,
        "sock": sum(int(x) for x in sock.groups()) if sock else 0,
        "requests": int(total.group(1)) if total else 0,
    }


def wrk_cmd(url, seconds, conns=CONNS, threads=THREADS, token=None, script=None):
    cmd = ["wrk", f"-t{threads}", f"-c{conns}", f"-d{seconds}s", "--timeout", "10s", "--latency"]
    if token:
        cmd += ["-H", f"Authorization: Bearer {token}"]
    if script:
        cmd += ["-s", script]
    return cmd + [url]


def wrk(url, seconds, env=None, **kw):
    out = subprocess.run(wrk_cmd(url, seconds, **kw), capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=seconds + 60)
    return parse_wrk(out.stdout)


# ------------------------------------------------- the rest of the machine


TICK = os.sysconf("SC_CLK_TCK")


def cpu_snapshot():
    """The machine's CPU time so far: busy and steal seconds (/proc/stat),
    every process's own seconds by pid with its name, and this process's
    finished children's (wrk), so a cell can say who else used the CPU."""
    busy = steal = 0.0
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        # user nice system idle iowait irq softirq steal: busy is this
        # machine's own work, steal what the hypervisor took (kept apart).
        busy, steal = (v[0] + v[1] + v[2] + v[5] + v[6]) / TICK, v[7] / TICK
    except (OSError, ValueError, IndexError):
        pass
    procs = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                s = f.read()
            fields = s[s.rindex(")") + 2:].split()
            procs[int(pid)] = (s[s.index("(") + 1:s.rindex(")")], (int(fields[11]) + int(fields[12])) / TICK)
        except (OSError, ValueError, IndexError):
            continue
    kids = os.times()
    return {"busy": busy, "steal": steal, "procs": procs, "children": kids.children_user + kids.children_system,
            "pause": PAUSES.take()}


SLEEP = 0.005


class Pauses:
    """The longest time this machine kept a sleeping thread of another
    process waiting: a thread here sleeps 5 ms at a time (1.8% of a core;
    3.4% at 1 ms) and keeps the largest overshoot. wrk corrects its
    latencies for requests it could not send (coordinated omission), so
    one pause of ~50 ms of the whole machine in a 3 s cell is a p99 of
    ~50 ms; this tells such a pause from one of the API's own."""

    def __init__(self):
        self.lock = threading.Lock()
        self.worst = 0.0
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while True:
            t = time.monotonic()
            time.sleep(SLEEP)
            late = time.monotonic() - t - SLEEP
            with self.lock:
                self.worst = max(self.worst, late)

    def take(self):
        """The worst overshoot in ms since the last take."""
        with self.lock:
            worst, self.worst = self.worst, 0.0
        return worst * 1000


PAUSES = Pauses()


def process_label(pid, name):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
        return cmd[:48] or name
    except OSError:
        return name


def neighbours(before, after, mine):
    """CPU seconds between two snapshots used by anything but the processes
    in `mine` (the API, the limit) and wrk: total, steal, top three."""
    own = sum(after["procs"][p][1] - before["procs"][p][1] for p in mine if p in before["procs"] and p in after["procs"])
    wrk_s = after["children"] - before["children"]
    other = max(0.0, after["busy"] - before["busy"] - own - wrk_s)
    top = sorted(
        ((t - before["procs"][p][1], p, n) for p, (n, t) in after["procs"].items()
         if p in before["procs"] and p not in mine and p != os.getpid()),
        reverse=True,
    )[:3]
    return {"other": other, "steal": after["steal"] - before["steal"], "pause": after["pause"],
            "top": [(process_label(p, n), d) for d, p, n in top if d >= 0.02]}


def neighbour_note(n):
    top = ", ".join(f"{name} {s:.2f} s" for name, s in n["top"]) or "no single process ≥ 0.02 s"
    return (f"other processes {n['other']:.2f} CPU-s (top: {top}), steal {n['steal']:.2f} s, "
            f"longest wait of a 5 ms sleeper in another process {n['pause']:.1f} ms")


# ------------------------------------------------------------------- targets


def fmt(v, digits=2):
    if v is None:
        return "—"
    if isinstance(v, float) and digits == 0:
        return f"{v:,.0f}"
    return f"{v:,.{digits}f}"


class Row:
    def __init__(self, path, kind, api=None, limit=None, target="—", checks=(), note=""):
        self.path, self.kind, self.api, self.limit = path, kind, api or {}, limit or {}
        self.target, self.note = target, note
        self.rss = None
        # What the rest of the machine used during the API's wrk run.
        self.noise = None
        # Each check is (what failed, passed?).
        self.checks = list(checks)

    @property
    def share(self):
        a, b = self.api.get("rps"), self.limit.get("rps")
        return 100.0 * a / b if a is not None and b else None

    @property
    def met(self):
        if not self.checks:
            return "—"
        return "yes" if all(ok for _, ok in self.checks) else "**NO**"

    def missed(self):
        return [what for what, ok in self.checks if not ok]

    def cells(self):
        bad = self.api.get("non2xx")
        sock = self.api.get("sock")
        non2xx = "—" if bad is None else (f"{bad}" + (f" (+{sock} socket errors)" if sock else ""))
        if self.note:
            non2xx = f"{non2xx}; {self.note}" if bad is not None else self.note
        return [
            self.path,
            self.kind,
            fmt(self.api.get("rps"), 0),
            fmt(self.limit.get("rps"), 0),
            fmt(self.share, 1) + ("%" if self.share is not None else ""),
            fmt(self.api.get("p50")),
            fmt(self.api.get("p99")),
            non2xx,
            self.target,
            self.met,
            fmt(self.rss, 1),
        ]


def read_checks(row, kind, path):
    a, p99 = row.api, row.api.get("p99")
    checks = []
    if kind == "public":
        checks.append((f"{path}: {fmt(a.get('rps'), 0)} req/s < {PUBLIC_RPS:,}", a.get("rps", 0) >= PUBLIC_RPS))
        checks.append((f"{path}: {fmt(row.share, 1)}% of the limit < {PUBLIC_SHARE:.0f}%", (row.share or 0) >= PUBLIC_SHARE))
        target = f"≥ {PUBLIC_RPS:,} req/s, ≥ {PUBLIC_SHARE:.0f}% of limit, p99 < {READ_P99_MS:.0f} ms"
    elif kind == "dashboard":
        target = f"p99 < {DASHBOARD_P99_MS:.0f} ms"
    else:
        checks.append((f"{path}: {fmt(a.get('rps'), 0)} req/s < {SIGNED_IN_RPS:,}", a.get("rps", 0) >= SIGNED_IN_RPS))
        target = f"≥ {SIGNED_IN_RPS:,} req/s, p99 < {READ_P99_MS:.0f} ms"
    bound = DASHBOARD_P99_MS if kind == "dashboard" else READ_P99_MS
    checks.append((f"{path}: p99 {fmt(p99)} ms ≥ {bound:.0f} ms", p99 is not None and p99 < bound))
    checks.append((f"{path}: {a.get('non2xx', 0)} non-2xx responses", a.get("non2xx", 0) == 0))
    row.checks = checks
    row.target = target


# ------------------------------------------------------------------ one run


class Run:
    """One database at one size: data, server, captures, limit, measurements."""

    def __init__(self, a, db_label, pg_admin, factor, port):
        self.a, self.db_label, self.pg_admin, self.factor = a, db_label, pg_admin, factor
        self.port, self.limit_port = port, port + 1
        self.base = f"http://127.0.0.1:{port}"
        self.limit_base = f"http://127.0.0.1:{port + 1}"
        self.rows, self.lines, self.error = [], [], None
        self.sizes = {
            "bookings": a.bookings * factor,
            "clients": a.clients * factor,
            "images": (a.images if a.images is not None else a.bookings // 100) * factor,
            "messages": (a.messages if a.messages is not None else a.bookings * 2) * factor,
        }
        self.generated = ""
        self.peak_rss = None
        self.rss_after_reads = None
        self.server = self.limit = None
        self.captures = 0
        self.seconds = None

    # -- setup

    def env(self, data, secret):
        return {
            **os.environ,
            "APP_DATA_DIR": data,
            "APP_BIND": f"127.0.0.1:{self.port}",
            "APP_RUN_JOBS": "false",
            "APP_JWT_SECRET": secret,
            "APP_ACCESS_TOKEN_MINUTES": "240",
            "APP_RATE_LIMIT__AUTH_PER_MINUTE": "100000000",
            "APP_RATE_LIMIT__CHAT_PER_MINUTE": "100000000",
            "APP_WEB_DIST": os.path.join(data, "no-spa"),
            "RUST_LOG": os.environ.get("RUST_LOG", "warn"),
        }

    def execute(self):
        t_run = time.time()
        data = tempfile.mkdtemp(prefix="aruna-perf-")
        made_db = None
        try:
            secret = secrets.token_hex(32)
            env = self.env(data, secret)
            if self.pg_admin:
                made_db = f"aruna_bench_{os.getpid()}_{self.factor}x"
                psql(self.pg_admin, f'DROP DATABASE IF EXISTS "{made_db}"')
                psql(self.pg_admin, f'CREATE DATABASE "{made_db}"')
                env["DATABASE_URL"] = urllib.parse.urlsplit(self.pg_admin)._replace(path="/" + made_db).geturl()
            s = self.sizes
            print(f"\n== {self.db_label}, {self.factor}x: generating {s['bookings']:,} bookings, {s['clients']:,} clients, {s['images']:,} images, {s['messages']:,} chat messages", flush=True)
            t0 = time.time()
            gen = subprocess.run(
                [self.a.api, "bench-data", "--bookings", str(s["bookings"]), "--clients", str(s["clients"]), "--images", str(s["images"]), "--messages", str(s["messages"])],
                env=env, capture_output=True, text=True, timeout=3 * 3600,
            )
            if gen.returncode != 0:
                raise RuntimeError(f"bench-data failed ({gen.returncode}): {gen.stderr[-800:]}")
            self.generated = f"{gen.stdout.strip().splitlines()[-1] if gen.stdout.strip() else ''} (in {time.time() - t0:.0f} s)"
            print(self.generated, flush=True)
            log = os.path.join(data, "api.log")
            with open(log, "wb") as logf:
                self.server = subprocess.Popen([self.a.api, "serve"], env=env, stdout=logf, stderr=logf)
            wait_up(self.base, self.server, log, "the API")
            self.measure(data, secret)
        except Exception as e:  # noqa: BLE001 - reported in the table, the other runs go on
            self.error = f"{type(e).__name__}: {e}"
            traceback.print_exc()
        finally:
            if self.server is not None:
                self.peak_rss = vm_mb(self.server.pid) or self.peak_rss
            stop(self.limit)
            stop(self.server)
            if made_db:
                psql(self.pg_admin, f'DROP DATABASE IF EXISTS "{made_db}" WITH (FORCE)', check=False)
            shutil.rmtree(data, ignore_errors=True)
            self.seconds = time.time() - t_run

    # -- measuring

    def rss(self):
        v = vm_mb(self.server.pid)
        if v is not None:
            self.peak_rss = v
        return v

    def measure(self, data, secret):
        a, base = self.a, self.base
        admin_login = http_json("POST", base + "/api/v1/auth/login", {"identifier": "bench0@example.com", "password": PASSWORD})
        client_login = http_json("POST", base + "/api/v1/auth/login", {"identifier": "bench1@example.com", "password": PASSWORD})
        admin, client = admin_login["access_token"], client_login["access_token"]
        client_id = client_login["user"]["id"]
        settings = http_json("GET", base + "/api/v1/settings")
        capacity = int(settings.get("capacity", 1))
        packages = http_json("GET", base + "/api/v1/packages")
        timed = min((p for p in packages if not p["full_day"]), key=lambda p: p.get("duration_hours") or 1)
        full_day = next(p for p in packages if p["full_day"])
        others = [u["id"] for u in http_json("GET", base + "/api/v1/users?role=client&per_page=100&page=1", token=admin)["items"] if u["id"] != client_id]
        others_tokens = {uid: mint(secret, uid) for uid in others}

        today = datetime.now(timezone.utc).date()
        month_start = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        mine = http_json("GET", base + "/api/v1/bookings?per_page=20", token=client)["items"]
        if not mine:
            raise RuntimeError("bench1 has no bookings: raise --bookings or lower --clients")
        invoice_of, invoice_token = self.find_invoice_booking(client, others_tokens)
        admin_q = f"/api/v1/bookings?status=done&from={today - timedelta(days=365)}&to={today}&per_page=20"

        # (label, kind, method, path, token, body)
        reads = [
            ("GET /health", "public", "/health", None),
            ("GET /api/v1/packages", "public", "/api/v1/packages", None),
            ("GET /api/v1/availability (a month)", "public", f"/api/v1/availability?from={month_start}&to={month_end}", None),
            ("GET /api/v1/portfolio (first page)", "public", "/api/v1/portfolio", None),
            ("GET /api/v1/bookings (client's list)", "signed-in", "/api/v1/bookings", client),
            ("GET /api/v1/bookings/{id} (client)", "signed-in", f"/api/v1/bookings/{mine[0]['id']}", client),
            ("GET /api/v1/bookings (admin, done, last year)", "signed-in", admin_q, admin),
            ("GET /api/v1/stats/dashboard", "dashboard", "/api/v1/stats/dashboard", admin),
            ("GET /api/v1/bookings/{id}/invoice.pdf", "signed-in", f"/api/v1/bookings/{invoice_of}/invoice.pdf", invoice_token),
        ]
        first_day = today + timedelta(days=100)
        create_body = {"package_id": timed["id"], "event_date": str(today + timedelta(days=97)), "start_time": "08:00", "location": "Bench", "payment_option": "dp"}
        login_body = {"identifier": "bench1@example.com", "password": PASSWORD}

        # One response of each path, for the limit.
        caps = os.path.join(data, "captures")
        os.makedirs(caps)
        problems = []
        for i, (label, _, path, token) in enumerate(reads):
            self.capture(caps, i, "GET", path, token, None, problems, label)
        self.capture(caps, len(reads), "POST", "/api/v1/bookings", client, create_body, problems, "POST /api/v1/bookings")
        self.capture(caps, len(reads) + 1, "POST", "/api/v1/auth/login", None, login_body, problems, "POST /api/v1/auth/login")
        self.lines += problems
        limit_log = os.path.join(data, "limit.log")
        with open(limit_log, "wb") as logf:
            self.limit = subprocess.Popen([a.limit, "--bind", f"127.0.0.1:{self.limit_port}", "--dir", caps], stdout=logf, stderr=logf)
        wait_up(self.limit_base, self.limit, limit_log, "bench-limit")

        secs = a.seconds
        for label, kind, path, token in reads:
            print(f"  {label}", flush=True)
            before = cpu_snapshot()
            api = wrk(base + path, secs, token=token)
            noise = neighbours(before, cpu_snapshot(), {self.server.pid, self.limit.pid})
            print(f"    p99 {fmt(api['p99'])} ms; {neighbour_note(noise)}", flush=True)
            lim = wrk(self.limit_base + path, secs, token=token)
            row = Row(label, "signed-in" if kind == "dashboard" else kind, api, lim)
            read_checks(row, kind, label)
            row.noise = noise
            row.rss = self.rss()
            self.rows.append(row)
        self.rss_after_reads = self.peak_rss

        # The same signed-in reads when no micro-cache can answer: every
        # URL new. Reported, not held to the targets above (those hold
        # for the answer a caller gets, which repeats); the limit serves
        # only the captured URLs, so it has no column here.
        miss = os.path.join(HERE, "miss.lua")
        for label, kind, path, token in reads:
            if kind != "signed-in":
                continue
            print(f"  {label}, every request a cache miss", flush=True)
            api = wrk(base + path, secs, token=token, script=miss)
            row = Row(f"{label}, every request a miss", "miss", api, target="— (reported: a read from the database)")
            row.checks = [(f"{label} (miss): {api['non2xx']} non-2xx", api["non2xx"] == 0)]
            row.rss = self.rss()
            self.rows.append(row)

        # Writes: distinct slots, then everyone racing for one date.
        print("  POST /api/v1/bookings (distinct slots)", flush=True)
        lua_env = {"BENCH_TOKEN": client, "BENCH_PACKAGE": timed["id"], "BENCH_HOURS": str(timed.get("duration_hours") or 1), "BENCH_THREADS": str(THREADS),
                   "BENCH_FIRST_DAY": str(int(datetime.combine(first_day, datetime.min.time(), timezone.utc).timestamp()))}
        script = os.path.join(HERE, "create_booking.lua")
        api = wrk(base + "/api/v1/bookings", secs, env=lua_env, script=script)
        lim = wrk(self.limit_base + "/api/v1/bookings", secs, env=lua_env, script=script)
        row = Row(f"POST /api/v1/bookings (distinct slots, {timed.get('duration_hours') or 1} h package)", "write", api, lim)
        if self.pg_admin:
            row.target = "— (SQLite's target only)"
        else:
            row.target = f"≥ {CREATE_RPS_SQLITE} req/s"
            row.checks = [(f"booking creation: {fmt(api['rps'], 0)} req/s < {CREATE_RPS_SQLITE}", api["rps"] >= CREATE_RPS_SQLITE)]
        row.checks.append((f"booking creation: {api['non2xx']} non-2xx", api["non2xx"] == 0))
        row.rss = self.rss()
        self.rows.append(row)

        print(f"  {RACERS} bookings racing for one date", flush=True)
        self.rows.append(self.race(full_day, today + timedelta(days=95), capacity, client, others_tokens))

        # Login: argon2 on the blocking pool; /health timed beside it.
        print("  POST /api/v1/auth/login, /health beside it", flush=True)
        login_env = {"BENCH_USERS": str(min(100, max(1, self.sizes["clients"] - 1))), "BENCH_PASSWORD": PASSWORD}
        login_script = os.path.join(HERE, "login.lua")
        login_p = subprocess.Popen(wrk_cmd(base + "/api/v1/auth/login", secs, script=login_script), stdout=subprocess.PIPE, text=True, env={**os.environ, **login_env})
        time.sleep(min(1.0, secs / 4))
        health = wrk(base + "/health", max(1, secs - 2), conns=4, threads=1)
        login_out, _ = login_p.communicate(timeout=secs + 60)
        login = parse_wrk(login_out)
        lim = wrk(self.limit_base + "/api/v1/auth/login", secs, env=login_env, script=login_script)
        row = Row("POST /api/v1/auth/login (argon2)", "public", login, lim, target="no errors (argon2 bound: rate reported)")
        row.checks = [(f"login: {login['non2xx']} non-2xx", login["non2xx"] == 0)]
        row.rss = self.rss()
        self.rows.append(row)
        row = Row("GET /health while login is loaded (wrk -t1 -c4)", "public", health, target=f"p99 < {READ_P99_MS:.0f} ms")
        row.checks = [(f"/health p99 {fmt(health['p99'])} ms during login load", health["p99"] is not None and health["p99"] < READ_P99_MS)]
        row.rss = self.rss()
        self.rows.append(row)

        print("  chat round trip", flush=True)
        self.rows.append(self.chat(admin, client, client_id))
        self.rss()

    def capture(self, caps, i, method, path, token, body, problems, label):
        status, ctype, raw = request(method, self.base + path, body, token)
        if status >= 300:
            problems.append(f"capture of {label} answered {status}: {raw[:200].decode(errors='replace')}")
        with open(os.path.join(caps, f"{i}.meta"), "w") as f:
            f.write(f"{method} {path}\n{status}\n{ctype or 'application/octet-stream'}\n")
        with open(os.path.join(caps, f"{i}.body"), "wb") as f:
            f.write(raw)
        self.captures += 1

    def find_invoice_booking(self, client, others_tokens):
        """An accepted or done booking of bench1 (else of another client)."""
        for token in [client] + list(others_tokens.values()):
            for status in ("done", "accepted"):
                got = http_json("GET", self.base + f"/api/v1/bookings?status={status}&per_page=1", token=token)["items"]
                if got:
                    return got[0]["id"], token
        raise RuntimeError("no accepted or done booking for an invoice")

    def race(self, package, day, capacity, client, others_tokens):
        tokens = (list(others_tokens.values()) + [client]) * RACERS
        tokens = tokens[:RACERS]
        barrier = threading.Barrier(RACERS)
        results = [None] * RACERS
        body = {"package_id": package["id"], "event_date": str(day), "location": "Bench race", "payment_option": "dp"}

        def one(i):
            try:
                barrier.wait(timeout=30)
                t = time.perf_counter()
                status, _, _ = request("POST", self.base + "/api/v1/bookings", body, tokens[i], timeout=60)
                results[i] = (status, (time.perf_counter() - t) * 1000)
            except Exception as e:  # noqa: BLE001
                results[i] = (f"{type(e).__name__}", None)

        threads = [threading.Thread(target=one, args=(i,)) for i in range(RACERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        statuses = [r[0] if r else "no answer" for r in results]
        times = sorted(r[1] for r in results if r and r[1] is not None)
        created = statuses.count(201)
        conflicts = statuses.count(409)
        other = [s for s in statuses if s not in (201, 409)]
        ok = created == capacity and conflicts == RACERS - capacity
        summary = f"{created} × 201, {conflicts} × 409" + (f", other: {sorted(map(str, other))}" if other else "")
        row = Row(f"POST /api/v1/bookings ({RACERS} racing for one date, full-day package)", "write",
                  {"p50": statistics.median(times) if times else None, "p99": pct(times, 99) if times else None},
                  target=f"exactly {capacity} × 201 (capacity), the rest 409", note=summary)
        row.checks = [(f"racing for one date: {summary} (capacity {capacity})", ok)]
        row.rss = self.rss()
        return row

    def chat(self, staff_token, client_token, client_id):
        try:
            from websockets.asyncio.client import connect
        except ImportError:
            row = Row("WebSocket chat round trip (client POST → staff socket)", "write", target=f"p99 < {CHAT_P99_MS:.0f} ms",
                      note="skipped: pip install websockets")
            return row
        seconds = min(self.a.seconds, 10)

        async def go():
            loop = asyncio.get_running_loop()
            waiters = {}
            ws_url = self.base.replace("http://", "ws://") + f"/api/v1/ws?access_token={staff_token}"
            async with connect(ws_url, max_queue=None, open_timeout=30) as ws:
                async def listen():
                    async for raw in ws:
                        at = time.perf_counter()
                        e = json.loads(raw)
                        m = e.get("chat") if isinstance(e, dict) else None
                        fut = waiters.get(m.get("client_key")) if isinstance(m, dict) else None
                        if fut and not fut.done():
                            fut.set_result(at)

                listener = asyncio.create_task(listen())
                await asyncio.sleep(0.3)
                lat, errors = [], 0
                url = self.base + f"/api/v1/conversations/{client_id}/messages"
                end = time.perf_counter() + seconds
                started = time.perf_counter()
                while time.perf_counter() < end and len(lat) + errors < 5000:
                    key = str(uuid.uuid4())
                    fut = loop.create_future()
                    waiters[key] = fut
                    body = {"body": f"pesan bench {len(lat)}", "client_key": key}
                    sent = time.perf_counter()
                    status, _, _ = await loop.run_in_executor(None, lambda: request("POST", url, body, client_token))
                    if status >= 300:
                        errors += 1
                        continue
                    try:
                        got = await asyncio.wait_for(fut, 10)
                        lat.append((got - sent) * 1000)
                    except asyncio.TimeoutError:
                        errors += 1
                    waiters.pop(key, None)
                elapsed = time.perf_counter() - started
                listener.cancel()
                return lat, errors, elapsed

        lat, errors, elapsed = asyncio.run(go())
        stats = {"rps": len(lat) / elapsed if elapsed else None, "p50": statistics.median(lat) if lat else None, "p99": pct(lat, 99) if lat else None, "non2xx": errors}
        row = Row("WebSocket chat round trip (client POST → staff socket, one at a time)", "write", stats,
                  target=f"p99 < {CHAT_P99_MS:.0f} ms", note=f"{len(lat)} messages")
        row.checks = [(f"chat round trip p99 {fmt(stats['p99'])} ms", bool(lat) and stats["p99"] < CHAT_P99_MS and errors == 0)]
        row.rss = self.rss()
        return row


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def psql(url, sql, check=True):
    subprocess.run(["psql", url, "-qAtc", sql], check=check, capture_output=True, text=True, timeout=120)


# ----------------------------------------------------------------- the report

HEADER = ["path", "kind", "req/s", "limit req/s", "% of limit", "p50 ms", "p99 ms", "non-2xx", "target", "met", "API VmHWM MB"]


def table(rows):
    out = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for r in rows:
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in r.cells()) + " |")
    return out


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def report(a, runs, skipped, missed, started):
    lines = [
        f"# Aruna Moment benchmark, {started:%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {os.cpu_count()} cores ({cpu_model()}), {platform.system()} {platform.release()}. "
        f"Load: `wrk -t{THREADS} -c{CONNS} -d{a.seconds}s --latency` on 127.0.0.1, from a separate process; "
        "the API and the limit run as many workers as cores. **Limit** = `bench-limit`, a bare actix-web handler "
        "answering the same bytes (captured from the API in the same run) from memory, under the same load. "
        "`API VmHWM MB` is the API process's peak resident memory so far (it only grows: the last row of a table "
        "is the peak of the whole run). Numbers from a shared machine are noisy; compare within one run.",
        "",
        "Command: `" + " ".join(["python3", "bench/perf.py"] + sys.argv[1:]) + "`",
        "",
    ]
    for r in runs:
        s = r.sizes
        lines += [f"## {r.db_label}, {r.factor}× data ({s['bookings']:,} bookings, {s['clients']:,} clients, {s['images']:,} portfolio images, {s['messages']:,} chat messages)", ""]
        if r.generated:
            lines += [f"Data set: {r.generated}; the whole run took {fmt(r.seconds, 0)} s.", ""]
        if r.rows:
            lines += table(r.rows) + [""]
        rss_ok = r.peak_rss is not None and r.peak_rss < RSS_MB
        if r.peak_rss is not None:
            lines += [f"Peak RSS of the API (VmHWM, whole run): **{r.peak_rss:.1f} MB** (after the read paths: {fmt(r.rss_after_reads, 1)} MB); "
                      f"target < {RSS_MB:.0f} MB: {'met' if rss_ok else '**NOT MET**'}.", ""]
        noisy = [row for row in r.rows if row.noise and (row.missed() or row.noise["other"] + row.noise["steal"] >= 0.1 * a.seconds
                                                       or row.noise["pause"] >= READ_P99_MS)]
        if noisy:
            lines += [f"The rest of the machine during the read cells that missed a target, shared ≥ 10% of a core "
                      f"(over {a.seconds} s × {os.cpu_count()} cores) or kept a sleeper waiting ≥ {READ_P99_MS:.0f} ms:", ""]
            lines += [f"- {row.path}: {neighbour_note(row.noise)}" for row in noisy] + [""]
        for line in r.lines:
            lines.append(f"- {line}")
        if r.lines:
            lines.append("")
        if r.error:
            lines += [f"**Run failed:** {r.error}", ""]
    for label, why in skipped:
        lines += [f"## {label}", "", f"Skipped: {why}.", ""]
    scaled = [(one, ten) for one in runs for ten in runs if one.db_label == ten.db_label and one.factor == 1 and ten.factor == 10]
    if scaled:
        lines += ["## 10× data set: read paths, p50 at 1× and at 10×", "",
                  "| path | database | p50 ms 1× | p50 ms 10× | ratio | req/s 1× | req/s 10× | target | met |", "|---|---|---|---|---|---|---|---|---|"]
        for one, ten in scaled:
            tens = {row.path: row for row in ten.rows}
            for row in one.rows:
                if row.kind not in ("public", "signed-in", "miss") or not row.path.startswith("GET ") or "while login" in row.path:
                    continue
                other = tens.get(row.path)
                p1, p10 = row.api.get("p50"), other.api.get("p50") if other else None
                ratio = p10 / p1 if p1 and p10 else None
                ok = ratio is not None and ratio <= SCALE_RATIO
                lines.append(f"| {row.path} | {one.db_label} | {fmt(p1)} | {fmt(p10)} | {fmt(ratio)}× | {fmt(row.api.get('rps'), 0)} | "
                             f"{fmt(other.api.get('rps') if other else None, 0)} | ≤ {SCALE_RATIO:.0f}× | {'yes' if ok else '**NO**'} |")
        lines.append("")
    lines += ["## Targets missed", ""]
    lines += [f"- {m}" for m in missed] or ["None."]
    lines.append("")
    return "\n".join(lines)


def collect_missed(runs, scaled_pairs):
    missed = []
    for r in runs:
        where = f"{r.db_label} {r.factor}×"
        if r.error:
            missed.append(f"{where}: run failed: {r.error}")
        for row in r.rows:
            missed += [f"{where}: {m}" for m in row.missed()]
        if r.peak_rss is not None and r.peak_rss >= RSS_MB:
            missed.append(f"{where}: peak RSS {r.peak_rss:.1f} MB ≥ {RSS_MB:.0f} MB")
    for one, ten in scaled_pairs:
        tens = {row.path: row for row in ten.rows}
        for row in one.rows:
            if row.kind not in ("public", "signed-in", "miss") or not row.path.startswith("GET ") or "while login" in row.path:
                continue
            other = tens.get(row.path)
            p1, p10 = row.api.get("p50"), other.api.get("p50") if other else None
            if not (p1 and p10) or p10 / p1 > SCALE_RATIO:
                missed.append(f"{one.db_label} 10×: {row.path} p50 {fmt(p1)} → {fmt(p10)} ms (more than {SCALE_RATIO:.0f}× slower, or not measured)")
    return missed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--api", required=True, help="the release api binary")
    ap.add_argument("--limit", required=True, help="the release bench-limit binary")
    ap.add_argument("--out", required=True, help="the Markdown file to write")
    ap.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    ap.add_argument("--bookings", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=5_000)
    ap.add_argument("--images", type=int, help="portfolio images (default bookings / 100)")
    ap.add_argument("--messages", type=int, help="chat messages (default 2 × bookings)")
    ap.add_argument("--scale10", action="store_true", help="also run on a data set 10× larger")
    ap.add_argument("--pg", help=f"PostgreSQL admin URL (default {DEFAULT_PG} when pg_isready answers)")
    ap.add_argument("--no-pg", action="store_true", help="SQLite only")
    ap.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    ap.add_argument("--port", type=int, default=18200, help="the API's port; the limit takes the next one")
    a = ap.parse_args()
    for tool in ("wrk",):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed: apt-get install {tool}")
    for path in (a.api, a.limit):
        if not os.access(path, os.X_OK):
            sys.exit(f"not an executable: {path}")
    started = datetime.now(timezone.utc)
    skipped = []
    pg = None
    if a.no_pg:
        skipped.append(("PostgreSQL", "--no-pg"))
    elif not shutil.which("psql"):
        skipped.append(("PostgreSQL", "psql is not installed"))
    else:
        pg = a.pg or DEFAULT_PG
        parts = urllib.parse.urlsplit(pg)
        ready = shutil.which("pg_isready") and subprocess.run(
            ["pg_isready", "-q", "-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)], timeout=10
        ).returncode == 0
        if not ready:
            skipped.append(("PostgreSQL", f"pg_isready: no server at {parts.hostname}:{parts.port or 5432}"))
            pg = None
    factors = [1, 10] if a.scale10 else [1]
    runs = []
    if a.no_sqlite:
        skipped.append(("SQLite", "--no-sqlite"))
    for label, admin_url in ([] if a.no_sqlite else [("SQLite", None)]) + ([("PostgreSQL", pg)] if pg else []):
        for factor in factors:
            run = Run(a, label, admin_url, factor, a.port)
            run.execute()
            runs.append(run)
            # Written after every run, so an interrupted benchmark keeps what it measured.
            write(a.out, report(a, runs, skipped, collect_missed(runs, []), started))
    pairs = [(o, t) for o in runs for t in runs if o.db_label == t.db_label and o.factor == 1 and t.factor == 10]
    missed = collect_missed(runs, pairs)
    text = report(a, runs, skipped, missed, started)
    write(a.out, text)
    print("\n" + text)
    print(f"written to {os.path.abspath(a.out)}")
    return 1 if missed else 0


def write(path, text):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


if __name__ == "__main__":
    sys.exit(main())
