#!/usr/bin/env python3
"""Prints a Gatling run of the load test side by side with its floor, the static file.

Reads the newest report of a simulation (target/gatling/<simulation>-<time>/js/stats.js, written by Gatling) and
prints per request: count, errors, p50, p95, requests per second over the phase, the ratio to the static file's
requests per second, and whether the issue's goal holds (p95 <= 500 ms with no error; light pages at >= 1/4 of
the static file's throughput, list pages at >= 1/10).
Usage: report.py SIMULATION SECONDS_PER_PHASE
"""
import glob
import json
import os
import sys

LIGHT = ("home", "tokens", "public results")
SKIP = ("All Requests", "login form", "login", "login Redirect 1")


def stats_blocks(text):
    """Every 'stats: {...}' object of Gatling's stats.js, parsed as JSON."""
    at = 0
    while True:
        at = text.find("stats: {", at)
        if at < 0:
            return
        start = text.index("{", at)
        depth = 0
        for end in range(start, len(text)):
            if text[end] == "{":
                depth += 1
            elif text[end] == "}":
                depth -= 1
                if depth == 0:
                    break
        yield json.loads(text[start:end + 1])
        at = end


def main():
    simulation, seconds = sys.argv[1].lower(), float(sys.argv[2])
    runs = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "target", "gatling", simulation + "-*")))
    if not runs:
        sys.exit("no Gatling report of " + simulation)
    run = runs[-1]
    with open(os.path.join(run, "js", "stats.js"), encoding="utf-8") as f:
        rows = [s for s in stats_blocks(f.read()) if s["name"] not in SKIP]
    static = next((s for s in rows if s["name"].startswith("static")), None)
    static_rps = int(static["numberOfRequests"]["total"]) / seconds if static else None
    print(f"\n{'request':40} {'count':>7} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'req/s':>7} {'vs static':>9}  goal")
    for s in rows:
        name = s["name"]
        count, errors = int(s["numberOfRequests"]["total"]), int(s["numberOfRequests"]["ko"])
        p50, p95 = int(s["percentiles1"]["total"]), int(s["percentiles3"]["total"])
        rps = count / seconds
        ratio = rps / static_rps if static_rps else float("nan")
        if name.startswith("static"):
            goal = "floor"
        else:
            share = 0.25 if name.startswith(LIGHT) else 0.10
            met = p95 <= 500 and errors == 0 and (static_rps is None or ratio >= share)
            goal = ("met" if met else "MISSED") + f" (p95<=500, >= 1/{int(1 / share)} static)"
        print(f"{name:40} {count:7d} {errors:6d} {p50:7d} {p95:7d} {rps:7.1f} {ratio:9.3f}  {goal}")
    pages = [s for s in rows if not s["name"].startswith("static")]
    total = sum(int(s["numberOfRequests"]["total"]) for s in pages)
    errors = sum(int(s["numberOfRequests"]["ko"]) for s in pages)
    print(f"{'all requests but the static file':40} {total:7d} {errors:6d} {'':>7} {'':>7} {total / seconds:7.1f}")
    print(f"\nGatling's HTML report: {os.path.abspath(os.path.join(run, 'index.html'))}")


if __name__ == "__main__":
    main()
