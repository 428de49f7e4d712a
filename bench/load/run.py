#!/usr/bin/env python3
"""Load run: DongThuan in Production beside a bare ASP.NET Core /plaintext app, measured with wrk in one run.

Both apps are published in Release and started here, with a third, the floor (bench/Floor: the same stack doing the
least a signed-in page or a stored petition needs, ADR 0055); the targets are visited in turn (plaintext, then each
page of DongThuan, each floor beside the rows it stands for), and the whole list is repeated `--rounds` times so that
the apps see the same machine. Each target's figure is the median of its rounds. The table printed at the end is the
README's.

    python3 bench/load/run.py                 # 10 s of warm-up, then 2 rounds of 10 s per target, 64 connections
    python3 bench/load/run.py --rounds 1 --seconds 5 --only public

Needs wrk (Debian: apt-get install wrk) and the .NET SDK.
"""
import argparse
import http.cookiejar
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))
APP_PORT = 5190
BASE_PORT = 5191
FLOOR_PORT = 5192
APP = f"http://127.0.0.1:{APP_PORT}"
BASE = f"http://127.0.0.1:{BASE_PORT}"
FLOOR = f"http://127.0.0.1:{FLOOR_PORT}"


def publish(project, out):
    subprocess.run(["dotnet", "publish", project, "-c", "Release", "-o", out, "-v:q", "--nologo"], check=True, cwd=ROOT)


def wait_for(url, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except Exception:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def get(url, opener=None):
    with (opener or urllib.request.build_opener()).open(url, timeout=30) as r:
        return r.read().decode("utf-8")


def sign_in(user, password):
    """The cookie a signed-in browser sends, got through the sign-in form like a browser."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = get(APP + "/Accounts/SignIn", opener)
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"UserName": user, "Password": password, "__RequestVerificationToken": token}).encode()
    opener.open(urllib.request.Request(APP + "/Accounts/SignIn", data=form), timeout=30).read()
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    if ".AspNetCore.Identity" not in cookie and "dongthuan" not in cookie.lower():
        raise SystemExit("sign-in failed: no cookie")
    return cookie


def discover(cookie):
    """Addresses of real records, read from the pages themselves, so that the run needs no ids of its own."""
    opener = urllib.request.build_opener()
    opener.addheaders = [("Cookie", cookie)]

    def first(page, pattern, signed_in=False):
        m = re.search(pattern, get(APP + page, opener if signed_in else None))
        return m.group(1) if m else None

    return {
        "article": first("/tin-tuc", r'href="(/tin-tuc/[a-z0-9-]+)"'),
        "session": first("/cong-khai/ky-hop", r'href="(/cong-khai/ky-hop/[0-9a-f-]{36})"'),
        "supervision": first("/Supervision/Public", r'href="(/Supervision/Public/[0-9a-f-]{36})"'),
        "question": first("/Questions", r'href="(/Questions/Details/[0-9a-f-]{36})"', True),
        "annual": first("/Review", r'href="(/Review/Annual/[0-9a-f-]{36}/2022)"', True),
    }


def targets(found):
    public = [
        ("`/` (public home)", "/"),
        ("`/tin-tuc` (news)", "/tin-tuc"),
        ("an article", found["article"]),
        ("`/cong-khai` (public record)", "/cong-khai"),
        ("a session, public", found["session"]),
        ("`/cong-khai/chat-van` (questions answered)", "/cong-khai/chat-van"),
        ("`/Petitions/Answers` (petition answers)", "/Petitions/Answers"),
        ("a supervision, public", found["supervision"]),
        ("`/tim-kiem?q=dat+dai` (search)", "/tim-kiem?q=dat+dai"),
    ]
    signed_in = [
        ("`/Accounts/Language` (the header alone)", "/Accounts/Language"),
        ("`/` (signed-in board)", "/"),
        ("`/Petitions` (list)", "/Petitions"),
        ("`/Questions` (list)", "/Questions"),
        ("a question", found["question"]),
        ("annual report page, 2022", found["annual"]),
    ]
    result = [("bare Kestrel `/plaintext`", BASE + "/plaintext", None, "base")]
    result += [("`/api/v1/calendar/lunar`", APP + "/api/v1/calendar/lunar?date=2026-02-17", None, "framework")]
    result += [("`/healthz`", APP + "/healthz", None, "framework")]
    result += [(n, APP + p, None, "public") for n, p in public if p]
    # Signed in afresh before each run of wrk (see `wrk`), so the cookie is as new as a browser's would be.
    result += [(n + ", signed in", APP + p, "signed-in", "signed-in") for n, p in signed_in if p]
    result += [("floor: a signed-in page, the header's one query", FLOOR + "/header", "floor-signed-in", "floor"),
               ("floor: a signed-in page, seven small queries", FLOOR + "/board", "floor-signed-in", "floor"),
               ("floor: the same page, six of its queries read with SQL", FLOOR + "/board?read=sql", "floor-signed-in", "floor")]
    result += [("`POST /api/v1/petitions`", APP + "/api/v1/petitions", "intake", "intake")]
    result += [("floor: one petition saved by EF Core, on disk", FLOOR + "/petitions", "intake", "floor"),
               ("floor: one petition saved by EF Core, in the log", FLOOR + "/petitions?sync=normal", "intake", "floor")]
    return result


def floor_cookie():
    """The floor's sign-in: a cookie for a reader of the first council, with no stamp to check."""
    with urllib.request.urlopen(FLOOR + "/signin", timeout=30) as r:
        return "; ".join(h.split(";", 1)[0] for h in r.headers.get_all("Set-Cookie"))


def wrk(url, extra, seconds, connections):
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if extra == "intake":
        cmd += ["-s", os.path.join(HERE, "intake.lua")]
    elif extra == "signed-in":
        # A browser keeps the cookie the app renews each time it checks the account's security stamp (at most once a
        # minute, `SignIn:StampCheckSeconds`); wrk sends the one it was given for ever, so past that minute every request
        # would check the stamp again and rebuild the account's claims. A fresh sign-in per run of at most 60 s keeps
        # the check where a browser sees it: not on the measured requests.
        if seconds > 60:
            raise SystemExit("a signed-in run is kept within the minute of the stamp check: use --seconds 60 or less")
        cmd += ["-H", f"Cookie: {sign_in('thuongtruc', 'CauGiay@2023')}"]
    elif extra == "floor-signed-in":
        cmd += ["-H", f"Cookie: {floor_cookie()}"]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = 0
    for pattern in [r"Non-2xx or 3xx responses: (\d+)", r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"]:
        m = re.search(pattern, out)
        if m:
            errors += sum(int(g) for g in m.groups())
    return rps, p99_ms, errors


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        status = f.read()
    now = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
    peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
    return now, peak


def memory_by_kind(pid):
    """The working set split by what holds it, read from /proc/<pid>/smaps: the question after a run over 400 MB is
    which part grew (ADR 0030's addendum has the parts)."""
    kinds = {}
    name = ""
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            head = line.split()
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                path = head[5] if len(head) > 5 else ""
                if "doublemapper" in path:
                    name = "code and type data (doublemapper)"
                elif path.endswith((".dll", ".so")) or ".so." in path:
                    name = "assemblies and native libraries, mapped"
                elif path.startswith("/"):
                    name = "other mapped files (database, log)"
                elif path == "[heap]":
                    name = "C heap (brk)"
                elif path.startswith("["):
                    name = "stacks and kernel"
                else:
                    name = "anonymous (GC heap, native allocations)"
            elif head and head[0] == "Rss:":
                kinds[name] = kinds.get(name, 0) + int(head[1]) / 1024
    return kinds


def sqlite_connections(pid, database):
    """How many native SQLite connections the process holds: each keeps the database file open (ADR 0054)."""
    fds = [os.path.join(f"/proc/{pid}/fd", fd) for fd in os.listdir(f"/proc/{pid}/fd")]
    return sum(1 for fd in fds if os.path.realpath(fd) == database)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--connections", type=int, default=64)
    p.add_argument("--warmup", type=int, default=10, help="seconds of load on each target before the measured rounds")
    p.add_argument("--only", choices=["framework", "public", "signed-in", "intake", "floor"], action="append")
    p.add_argument("--memory", action="store_true", help="also print the working set by kind after the run")
    p.add_argument("--keep", action="store_true", help="leave the published apps in the temp folder")
    p.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                   help="an environment variable for DongThuan, over the run's own (e.g. DOTNET_gcServer=1)")
    args = p.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")

    work = tempfile.mkdtemp(prefix="dongthuan-load-")
    print(f"publishing into {work} …", file=sys.stderr)
    publish("bench/Plaintext/Plaintext.csproj", os.path.join(work, "plaintext"))
    publish("src/DongThuan.Web/DongThuan.Web.csproj", os.path.join(work, "app"))
    publish("bench/Floor/Floor.csproj", os.path.join(work, "floor"))

    env = dict(os.environ)
    env.update({
        "ASPNETCORE_ENVIRONMENT": "Production",
        "Demo__Seed": "true",
        "DataDirectory": os.path.join(work, "data"),
        "Logging__LogLevel__Default": "Warning",
        "Petitions__RateLimit__PermitLimit": "100000000",
    })
    env.update(dict(e.split("=", 1) for e in args.env))
    procs = []
    try:
        procs.append(subprocess.Popen([os.path.join(work, "plaintext", "Plaintext"), "--urls", BASE],
                                      cwd=os.path.join(work, "plaintext"), stdout=subprocess.DEVNULL))
        app = subprocess.Popen([os.path.join(work, "app", "DongThuan.Web"), "--urls", APP],
                               cwd=os.path.join(work, "app"), env=env, stdout=subprocess.DEVNULL)
        procs.append(app)
        procs.append(subprocess.Popen([os.path.join(work, "floor", "Floor"), "--urls", FLOOR],
                                      cwd=os.path.join(work, "floor"), stdout=subprocess.DEVNULL))
        wait_for(BASE + "/plaintext")
        wait_for(FLOOR + "/signin")
        wait_for(APP + "/healthz")
        cookie = sign_in("thuongtruc", "CauGiay@2023")
        found = discover(cookie)
        plan = [t for t in targets(found) if t[3] == "base" or not args.only or t[3] in args.only]
        # Warm-up: JIT, caches, connection pools. After two seconds a signed-in page still ran at half the speed it
        # reached later: the runtime recompiles hot methods in the background, and on two busy cores that lags (ADR 0030).
        for name, url, extra, _ in plan:
            wrk(url, extra, args.warmup, args.connections)

        results = {name: [] for name, *_ in plan}
        for r in range(args.rounds):
            for name, url, extra, _ in plan:
                results[name].append(wrk(url, extra, args.seconds, args.connections))
                print(f"round {r + 1}: {name}: {results[name][-1]}", file=sys.stderr)
        now, peak = rss_mb(app.pid)
        kinds = memory_by_kind(app.pid) if args.memory else {}
        connections = sqlite_connections(app.pid, os.path.realpath(os.path.join(work, "data", "dongthuan.db")))

        base_rps = statistics.median(x[0] for x in results[plan[0][0]])
        print(f"| target | requests/s | share of plaintext | p99 | errors |")
        print(f"|---|---:|---:|---:|---:|")
        for name, *_ in plan:
            rps = statistics.median(x[0] for x in results[name])
            p99 = statistics.median(x[1] for x in results[name])
            errors = sum(x[2] for x in results[name])
            print(f"| {name} | {rps:,.0f} | {100 * rps / base_rps:.1f}% | {p99:.1f} ms | {errors} |")
        # Each DongThuan row against the floor that stands for it (ADR 0055): how far the page or the petition is
        # from what the same stack reaches doing the least of the same kind of work.
        pairs = [("`/Accounts/Language` (the header alone), signed in", "floor: a signed-in page, the header's one query"),
                 ("`/` (signed-in board), signed in", "floor: a signed-in page, seven small queries"),
                 ("`POST /api/v1/petitions`", "floor: one petition saved by EF Core, on disk")]
        shown = [(a, f) for a, f in pairs if a in results and f in results]
        if shown:
            print()
            print("| DongThuan | the floor beside it | share of the floor |")
            print("|---|---|---:|")
        for app_row, floor_row in shown:
            share = (statistics.median(x[0] for x in results[app_row])
                     / statistics.median(x[0] for x in results[floor_row]))
            print(f"| {app_row} | {floor_row} | {100 * share:.0f}% |")
        print()
        print(f"DongThuan's working set after the run: {now:.0f} MB (peak {peak:.0f} MB); "
              f"{args.rounds} round(s) of {args.seconds} s per target, {args.connections} connections, wrk -t2.")
        for kind, mb in sorted(kinds.items(), key=lambda k: -k[1]):
            print(f"- {kind}: {mb:.0f} MB")
        if args.memory:
            print(f"- SQLite connections in the pool: {connections}")
        print("found: " + json.dumps(found), file=sys.stderr)
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
