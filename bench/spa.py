#!/usr/bin/env python3
"""The SPA's first load, against the release API serving the built SPA.

Run through `cargo xtask bench` (which builds the SPA and the release binary
first), or `python3 bench/spa.py --api target/release/api` after
`cargo xtask build-web`. Needs nothing but Python's standard library, plus
Chromium and chromedriver (`apt-get install chromium chromium-driver`),
driven through the W3C WebDriver HTTP protocol. Demo data (`api seed-demo`)
fills the home page.

- First-load weight: `/` and every asset it pulls in (stylesheet, the boot
  module and what it imports, the modulepreload, the .wasm preload, the
  favicon, url()s of the stylesheet), fetched with `Accept-Encoding: br,
  gzip` and nothing decoded: the bytes on the wire (bodies, headers left
  out) and, fetched again with `identity`, the raw size. Target: total
  compressed <= 500 KB (1 KB = 1024 bytes). A .wasm sent uncompressed is
  reported as a finding. The chunks wasm-split's link module can fetch
  (lazy routes: back office, account pages, booking wizard) are fetched only
  when such a route is first opened: listed and totalled apart, not counted;
  the browser's own cold-visit byte count below confirms it.
- Home interactive time in headless Chromium on 127.0.0.1: the startTime of
  the `aruna-interactive` performance mark, set by web/src/lib.rs right
  after the app has mounted and rendered its first view, i.e. the time from
  navigation start to an interactive home page. Cold: a fresh profile's
  first visit (empty cache), one new browser per run; warm: in the same
  browser, about:blank then `/` again (cache filled). Median and max of
  --runs runs; target: median cold < 1000 ms. Loopback has no network
  latency or bandwidth limit: this is the floor, not a mobile user's time.

Everything runs on 127.0.0.1 in a temporary data folder; every request and
the whole run are bounded in time. Exit code 1 when a target is missed.
"""
import argparse
import html.parser
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from backoffice import Server  # noqa: E402  (`api serve` on 127.0.0.1, waits for /health)

KB = 1024
MARK = "aruna-interactive"
# The flags the end-to-end tests start Chromium with (api/tests/e2e/browser.rs).
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,900",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


# ---------------------------------------------------------------- first load

class AssetLinks(html.parser.HTMLParser):
    """The URLs a page makes the browser fetch on load, with why."""

    def __init__(self):
        super().__init__()
        self.found = []  # (url, kind)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and a.get("href"):
            rel = (a.get("rel") or "").lower().split()
            for kind in ("stylesheet", "modulepreload", "preload", "icon"):
                if kind in rel:
                    self.found.append((a["href"], kind))
                    break
        elif tag == "script" and a.get("src"):
            self.found.append((a["src"], "script"))


# `import x from "…"`, `import {a} from '…'`, `import "…"`, `export … from "…"`.
STATIC_IMPORT = re.compile(r"""(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']""")
DYNAMIC_IMPORT = re.compile(r"""\bimport\(\s*["']([^"']+)["']\s*\)""")
# wasm-bindgen's glue finds the .wasm with `new URL('…', import.meta.url)`.
META_URL = re.compile(r"""new\s+URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)""")
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")
CSS_IMPORT = re.compile(r"""@import\s+["']([^"']+)["']""")


# wasm-split's link module (`cargo xtask build-web` names it split-<hash>.js):
# each chunk's `fetch(new URL(…))` sits in a loader the app calls when it
# first opens a lazy route, never on load.
SPLIT_LINK_MODULE = re.compile(r"""\bfunction\s+makeLoad\s*\(""")


def js_refs(source):
    urls = "lazy chunk" if SPLIT_LINK_MODULE.search(source) else "new URL"
    return [(m, "import") for m in STATIC_IMPORT.findall(source) + DYNAMIC_IMPORT.findall(source)] + \
        [(m, urls) for m in META_URL.findall(source)]


def css_refs(source):
    return [(m, "css url()") for m in CSS_URL.findall(source) + CSS_IMPORT.findall(source)
            if not m.startswith("data:")]


def fetch(port, path, encoding):
    """GET `path` with that Accept-Encoding, nothing decoded: (status, headers, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Accept-Encoding": encoding})
        res = conn.getresponse()
        return res.status, res.msg, res.read()
    finally:
        conn.close()


def first_load(port):
    """Every asset of `/`, in discovery order: dicts with path, kind, encoding,
    wire and raw sizes, content type."""
    base = f"http://127.0.0.1:{port}/"
    queue, seen, assets = [("/", "document")], set(), []
    while queue:
        path, kind = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, headers, wire = fetch(port, path, "br, gzip")
        if status != 200:
            raise RuntimeError(f"GET {path}: HTTP {status} {wire[:200]!r}")
        i_status, i_headers, raw = fetch(port, path, "identity")
        if i_status != 200 or i_headers.get("Content-Encoding", "identity") != "identity":
            raise RuntimeError(f"GET {path} (identity): HTTP {i_status}, "
                               f"encoding {i_headers.get('Content-Encoding')}")
        ctype = (headers.get("Content-Type") or "").split(";")[0].strip()
        assets.append({
            "path": path, "kind": kind, "type": ctype,
            "encoding": headers.get("Content-Encoding", "identity"),
            "wire": len(wire), "raw": len(raw),
        })
        text = raw.decode("utf-8", "replace")
        if path == "/":
            parser = AssetLinks()
            parser.feed(text)
            refs = parser.found
        elif ctype in ("text/javascript", "application/javascript") or path.endswith((".js", ".mjs")):
            refs = js_refs(text)
        elif ctype == "text/css" or path.endswith(".css"):
            refs = css_refs(text)
        else:
            refs = []
        for ref, why in refs:
            url = urllib.parse.urlsplit(urllib.parse.urljoin(base.rstrip("/") + path, ref))
            if url.scheme not in ("http", "https") or url.netloc != f"127.0.0.1:{port}":
                print(f"note: {path} references {ref} on another origin; not counted")
                continue
            queue.append((url.path + (f"?{url.query}" if url.query else ""), why))
    return assets


def print_weight(assets):
    """Prints the first-load table; returns its (wire, raw) total and the
    lazy chunks left out of it (fetched when a lazy route is first opened)."""
    lazy = [a for a in assets if a["kind"] == "lazy chunk"]
    assets = [a for a in assets if a["kind"] != "lazy chunk"]
    print("\n### First load (Accept-Encoding: br, gzip)\n")
    print("| file | loaded as | encoding | compressed KB | raw KB |")
    print("|---|---|---|---:|---:|")
    for a in assets:
        print(f"| `{a['path']}` | {a['kind']} | {a['encoding']} | {a['wire'] / KB:.1f} | {a['raw'] / KB:.1f} |")
    wire = sum(a["wire"] for a in assets)
    raw = sum(a["raw"] for a in assets)
    print(f"| **total** ({len(assets)} files) | | | **{wire / KB:.1f}** | **{raw / KB:.1f}** |")
    if lazy:
        big = sorted(lazy, key=lambda x: -x["wire"])
        print(f"\nNot in the first load: {len(lazy)} lazy WASM chunks, "
              f"{sum(a['wire'] for a in lazy) / KB:.1f} KB compressed "
              f"({sum(a['raw'] for a in lazy) / KB:.1f} KB raw) in all, fetched when a lazy route "
              f"is first opened; the largest: "
              + ", ".join(f"`{os.path.basename(a['path'])}` {a['wire'] / KB:.1f} KB" for a in big[:3]))
    return wire, raw, lazy


# ------------------------------------------------------------------ browser

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriverError(RuntimeError):
    pass


class ChromeDriver:
    """chromedriver on 127.0.0.1 and the few W3C WebDriver commands we need."""

    def __init__(self, binary):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [binary, f"--port={self.port}", "--allowed-ips=127.0.0.1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while True:
            if self.proc.poll() is not None:
                sys.exit(f"chromedriver exited with {self.proc.returncode}")
            try:
                if self.call("GET", "/status").get("ready"):
                    return
            except (OSError, WebDriverError):
                pass
            if time.time() > deadline:
                self.stop()
                sys.exit("chromedriver did not get ready within 20 s")
            time.sleep(0.1)

    def call(self, method, path, body=None, timeout=60):
        req = urllib.request.Request(self.base + path, method=method)
        if body is not None:
            req.data = json.dumps(body).encode()
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as res:
                return json.loads(res.read() or b"null").get("value")
        except urllib.error.HTTPError as e:
            try:
                err = json.loads(e.read()).get("value", {})
                msg = f"{err.get('error')}: {err.get('message', '')[:500]}"
            except ValueError:
                msg = str(e)
            raise WebDriverError(f"{method} {path}: {msg}") from None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


class Session:
    """One headless Chromium with a fresh profile (so an empty cache)."""

    def __init__(self, driver, chromium):
        self.driver = driver
        self.profile = tempfile.mkdtemp(prefix="aruna-bench-spa-profile-")
        caps = {
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "timeouts": {"pageLoad": 30_000, "script": 15_000},
            "goog:chromeOptions": {
                "binary": chromium,
                "args": CHROMIUM_ARGS + [f"--user-data-dir={self.profile}"],
            },
            "goog:loggingPrefs": {"browser": "ALL"},
        }
        try:
            value = driver.call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})
        except Exception:
            shutil.rmtree(self.profile, ignore_errors=True)
            raise
        self.id = value["sessionId"]

    def cmd(self, method, what, body=None):
        return self.driver.call(method, f"/session/{self.id}{what}", body)

    def goto(self, url):
        self.cmd("POST", "/url", {"url": url})

    def js(self, script, *args):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def browser_log(self):
        """Chromium's console (chromedriver's non-W3C log endpoint), best effort."""
        try:
            return [e.get("message", "") for e in self.cmd("POST", "/se/log", {"type": "browser"}) or []]
        except Exception:
            return []

    def close(self):
        try:
            self.cmd("DELETE", "")
        except Exception:
            pass
        shutil.rmtree(self.profile, ignore_errors=True)


TIMINGS_JS = f"""
const mark = performance.getEntriesByName({json.dumps(MARK)})[0];
if (!mark) return null;
const nav = performance.getEntriesByType('navigation')[0];
const bytes = performance.getEntriesByType('resource')
  .reduce((sum, r) => sum + (r.transferSize || 0), nav ? nav.transferSize || 0 : 0);
return {{
  interactive: mark.startTime,
  responseEnd: nav ? nav.responseEnd : null,
  domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
  navType: nav ? nav.type : null,
  transferred: bytes,
  path: location.pathname,
}};
"""


def wait_for_mark(session, timeout=15):
    """Polls the page until the mark exists: the timings, or an error."""
    deadline = time.time() + timeout
    while True:
        t = session.js(TIMINGS_JS)
        if t:
            return t
        if time.time() > deadline:
            boot = session.js("const b = document.getElementById('boot'); return b ? b.textContent.trim() : null;")
            log = "\n  ".join(session.browser_log()[-10:])
            raise RuntimeError(
                f"the {MARK!r} mark did not appear within {timeout} s (boot box: {boot!r}); "
                f"was web/dist built from a web/src/lib.rs that sets it?"
                + (f"\n  browser console:\n  {log}" if log else ""))
        time.sleep(0.02)


def browser_runs(driver, chromium, url, runs):
    """`runs` times: a fresh browser's first visit, then a second visit."""
    cold, warm = [], []
    for i in range(runs):
        session = Session(driver, chromium)
        try:
            session.goto(url)
            c = wait_for_mark(session)
            session.goto("about:blank")
            session.goto(url)
            w = wait_for_mark(session)
        finally:
            session.close()
        cold.append(c)
        warm.append(w)
        for label, t in (("cold", c), ("warm", w)):
            print(f"run {i + 1} {label}: interactive {t['interactive']:.0f} ms, "
                  f"DOMContentLoaded {t['domContentLoaded']:.0f} ms, responseEnd {t['responseEnd']:.1f} ms, "
                  f"{t['transferred'] / KB:.1f} KB transferred ({t['navType']})")
    return cold, warm


def print_timings(cold, warm):
    print("\n### Home page, headless Chromium on 127.0.0.1 (ms from navigation start)\n")
    print("| visit | measure | median | max |")
    print("|---|---|---:|---:|")
    for label, runs in (("cold", cold), ("warm", warm)):
        for key, name in (("interactive", f"`{MARK}` mark"),
                          ("domContentLoaded", "domContentLoadedEventEnd"),
                          ("responseEnd", "responseEnd (HTML)")):
            values = [r[key] for r in runs]
            print(f"| {label} | {name} | {statistics.median(values):.1f} | {max(values):.1f} |")
        kb = [r["transferred"] / KB for r in runs]
        print(f"| {label} | KB transferred (resource timing) | {statistics.median(kb):.1f} | {max(kb):.1f} |")


# ---------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--api", required=True, help="path to the release api binary")
    ap.add_argument("--dist", default=os.path.join(HERE, "..", "web", "dist"),
                    help="the built SPA (cargo xtask build-web)")
    ap.add_argument("--port", type=int, default=18083)
    ap.add_argument("--runs", type=int, default=5, help="cold and warm visits timed")
    ap.add_argument("--budget-kb", type=float, default=500, help="first-load bytes on the wire, KB")
    ap.add_argument("--interactive-ms", type=float, default=1000, help="median cold interactive time below")
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    ap.add_argument("--chromedriver", default=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    ap.add_argument("--no-browser", action="store_true", help="only the first-load weight")
    ap.add_argument("--keep", action="store_true", help="keep the data folder")
    a = ap.parse_args()

    dist = os.path.abspath(a.dist)
    if not os.path.isfile(os.path.join(dist, "index.html")):
        sys.exit(f"{dist} has no index.html: run `cargo xtask build-web` first")
    if not a.no_browser:
        for b in (a.chromium, a.chromedriver):
            if not shutil.which(b):
                sys.exit(f"{b} not found: apt-get install chromium chromium-driver (or --no-browser)")
    pkg = os.path.join(dist, "pkg")
    glue = [os.path.join(pkg, f) for f in (os.listdir(pkg) if os.path.isdir(pkg) else [])
            if f.startswith("app-") and f.endswith(".js")]
    if not a.no_browser and not any(re.search(r"\.mark\(", open(f, encoding="utf-8").read()) for f in glue):
        print(f"warning: the wasm-bindgen glue in {pkg} calls no performance.mark(): "
              f"the {MARK!r} mark will probably never appear (web/dist built before web/src/lib.rs set it?)")

    data = tempfile.mkdtemp(prefix="aruna-bench-spa-")
    env = {
        **os.environ,
        "APP_DATA_DIR": data,
        "APP_BIND": f"127.0.0.1:{a.port}",
        "APP_RUN_JOBS": "false",
        "APP_RATE_LIMIT__AUTH_PER_MINUTE": "1000000",
        "APP_WEB_DIST": dist,
        "RUST_LOG": os.environ.get("RUST_LOG", "warn"),
    }
    t0 = time.time()
    subprocess.run([a.api, "seed-demo"], env=env, check=True, timeout=600, stdout=subprocess.DEVNULL)
    print(f"demo data seeded in {time.time() - t0:.1f}s; SPA from {dist}")

    load_before = os.getloadavg()[0]
    server = Server(a.api, env, a.port)
    driver = None
    rows = []  # (measure, measured, target, ok or None)
    try:
        server.start()

        # 1. First-load weight.
        assets = first_load(a.port)
        wire, raw, lazy = print_weight(assets)
        assets = [x for x in assets if x["kind"] != "lazy chunk"]
        rows.append(("first load, compressed (all files)", f"{wire / KB:.1f} KB ({raw / KB:.1f} KB raw)",
                     f"<= {a.budget_kb:g} KB", wire <= a.budget_kb * KB))
        if lazy:
            rows.append((f"  lazy chunks, not in it ({len(lazy)})",
                         f"{sum(x['wire'] for x in lazy) / KB:.1f} KB br", "-", None))
        for asset in sorted(assets, key=lambda x: -x["wire"])[:3]:
            rows.append((f"  {os.path.basename(asset['path']) or '/'}",
                         f"{asset['wire'] / KB:.1f} KB {asset['encoding']}", "-", None))
        wasm = [x for x in assets if x["path"].endswith(".wasm")]
        if not wasm:
            print("\nFINDING: no .wasm among the first-load assets (is the preload missing from index.html?)")
        for w in wasm:
            if w["encoding"] == "identity":
                print(f"\nFINDING: the server sent {w['path']} UNCOMPRESSED ({w['raw'] / KB:.1f} KB, "
                      f"Content-Type {w['type'] or 'none'}) although the request accepted br and gzip: "
                      f"the API's compression skips it")
            rows.append(("wasm Content-Encoding", w["encoding"], "br or gzip", None))
        uncompressed = [x for x in assets if x["encoding"] == "identity" and x["raw"] > KB
                        and not x["path"].endswith(".wasm")]
        for x in uncompressed:
            print(f"note: {x['path']} ({x['raw'] / KB:.1f} KB, {x['type']}) was sent uncompressed")

        # 2. Home interactive time.
        if not a.no_browser:
            print(f"\n{a.runs} runs: a fresh headless Chromium's first visit to / (cold), "
                  f"then about:blank and / again (warm)")
            driver = ChromeDriver(a.chromedriver)
            cold, warm = browser_runs(driver, a.chromium, server.base + "/", a.runs)
            print_timings(cold, warm)
            c = [r["interactive"] for r in cold]
            w = [r["interactive"] for r in warm]
            rows.append(("home interactive, cold, median", f"{statistics.median(c):.0f} ms (max {max(c):.0f})",
                         f"< {a.interactive_ms:g} ms", statistics.median(c) < a.interactive_ms))
            rows.append(("home interactive, warm, median", f"{statistics.median(w):.0f} ms (max {max(w):.0f})",
                         "-", None))

        print(f"\nload average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after, "
              f"{os.cpu_count()} CPUs: timings are only meaningful on an otherwise idle machine")
        print("\n### Summary\n")
        print(f"| {'measure':40} | {'measured':>32} | {'target':10} | ok  |")
        print(f"|{'-' * 42}|{'-' * 33}:|{'-' * 12}|-----|")
        for name, measured, target, ok in rows:
            flag = "-" if ok is None else ("yes" if ok else "NO")
            print(f"| {name:40} | {measured:>32} | {target:10} | {flag:3} |")
        return 0 if all(r[3] is not False for r in rows) else 1
    finally:
        if driver:
            driver.stop()
        server.stop()
        if a.keep:
            print("data kept in", data)
        else:
            shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
