#!/usr/bin/env python3
"""The national benchmark's timing (issue 10), standard library only.

Times, in one run and on the same data, the ministry's summary of one year computed
  (a) naively: one SQL aggregate over the raw indicator values of the year (840,000 of 8.4 million rows);
  (b) by hand over the body x direction x year scores (direction_evaluation with evaluation): the issue's floor;
  (b') by hand over the portal's own pre-aggregated region x year tables (what the portal reads);
  (c) through the portal: GET /api/v1/ministry/summary as the ministry (authentication, service, read model, JSON);
and the ministry's pages (progress board, results, 15 August summary) as a logged-in ministry user. Prints p50
and p95 of each over repeated runs, after warm-up, and the ratios. SQL runs through psql as the superuser (the
naive and hand-written queries read across regions, which the application role cannot).

usage: national_bench.py <psql command...> :: <base url> <year> <runs>
"""
import http.cookiejar
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import base64

NAIVE = """
with d as (select e.tenant_id, e.body_id, de.direction, sum(iv.points) as score
             from indicator_value iv
             join direction_evaluation de on de.tenant_id = iv.tenant_id and de.id = iv.direction_evaluation_id
             join evaluation e on e.tenant_id = de.tenant_id and e.id = de.evaluation_id
            where e.year = {year} group by 1, 2, 3),
     b as (select tenant_id, body_id, avg(score) as total from d group by 1, 2)
select b.tenant_id, count(*), round(avg(b.total), 2),
       count(*) filter (where b.total >= 85), count(*) filter (where b.total >= 70 and b.total < 85),
       count(*) filter (where b.total >= 50 and b.total < 70), count(*) filter (where b.total < 50),
       (select array_agg(round(m, 2) order by direction)
          from (select direction, avg(score) m from d where d.tenant_id = b.tenant_id group by 1) x)
  from b group by b.tenant_id order by 1;
"""

FLOOR_BODY = """
select e.tenant_id, count(distinct e.id), round(avg(e.total_score), 2),
       count(distinct e.id) filter (where e.rating = 'HIGH'), count(distinct e.id) filter (where e.rating = 'MEDIUM'),
       count(distinct e.id) filter (where e.rating = 'LOW'), count(distinct e.id) filter (where e.rating = 'INEFFECTIVE'),
       round(avg(de.score) filter (where de.direction = 1), 2), round(avg(de.score) filter (where de.direction = 2), 2),
       round(avg(de.score) filter (where de.direction = 3), 2), round(avg(de.score) filter (where de.direction = 4), 2),
       round(avg(de.score) filter (where de.direction = 5), 2), round(avg(de.score) filter (where de.direction = 6), 2),
       round(avg(de.score) filter (where de.direction = 7), 2)
  from evaluation e join direction_evaluation de on de.tenant_id = e.tenant_id and de.evaluation_id = e.id
 where e.year = {year} group by 1 order by 1;
"""

FLOOR_READ_MODEL = """
select y.tenant_id, y.bodies_scored, y.mean_total, y.rating_high, y.rating_medium, y.rating_low, y.rating_ineffective,
       (select array_agg(d.mean_score order by d.direction) from national_region_direction d
         where d.tenant_id = y.tenant_id and d.year = y.year)
  from national_region_year y where y.year = {year} order by 1;
"""


def psql_times(psql, sql, runs):
    """Runs the query runs+3 times in one psql session (3 warm-up) and returns the server-side times in ms."""
    script = "\\timing on\n\\o /dev/null\n" + (sql.strip() + "\n") * (runs + 3)
    out = subprocess.run(psql + ["-X", "-q"], input=script, capture_output=True, text=True, check=True).stdout
    times = [float(t) for t in re.findall(r"Time: ([0-9.]+) ms", out)]
    if len(times) != runs + 3:
        raise SystemExit("psql gave %d timings, expected %d:\n%s" % (len(times), runs + 3, out[-2000:]))
    return times[3:]


def http_times(opener, url, runs, headers=None):
    times = []
    for i in range(runs + 3):
        request = urllib.request.Request(url, headers=headers or {})
        start = time.perf_counter()
        with opener.open(request) as response:
            body = response.read()
            if response.status != 200:
                raise SystemExit("%s answered %s" % (url, response.status))
        elapsed = (time.perf_counter() - start) * 1000
        if i >= 3:
            times.append(elapsed)
    return times, body


def log_in(base, username, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login.xhtml").read().decode("utf-8")
    state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page)
    if not state:
        raise SystemExit("no ViewState on the login page")
    form = urllib.parse.urlencode({"loginForm": "loginForm", "loginForm:username": username,
                                   "loginForm:password": password, "loginForm:submit": "",
                                   "jakarta.faces.ViewState": state.group(1)}).encode()
    opener.open(base + "/login.xhtml", data=form).read()
    home = opener.open(base + "/app/home.xhtml").read().decode("utf-8")
    if 'id="userName"' not in home:
        raise SystemExit("the ministry's login did not succeed")
    return opener


def p(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main():
    split = sys.argv.index("::")
    psql = sys.argv[1:split]
    base, year, runs = sys.argv[split + 1], int(sys.argv[split + 2]), int(sys.argv[split + 3])
    rows = {}
    rows["(a) naive SQL over the raw indicator values"] = psql_times(psql, NAIVE.format(year=year), runs)
    rows["(b) hand-written SQL over body x direction x year (floor)"] = psql_times(psql, FLOOR_BODY.format(year=year), runs)
    rows["(b') hand-written SQL over the region x year read model"] = psql_times(
        psql, FLOOR_READ_MODEL.format(year=year), runs)
    plain = urllib.request.build_opener()
    auth = {"Authorization": "Basic " + base64.b64encode(b"ministry:demo").decode(), "Accept": "application/json"}
    rest, body = http_times(plain, "%s/api/v1/ministry/summary?year=%d" % (base, year), runs, auth)
    rows["(c) GET /api/v1/ministry/summary (portal: auth, service, JSON)"] = rest
    session = log_in(base, "ministry", "demo")
    for page in ("board", "national", "summary"):
        rows["page /app/%s.xhtml" % page] = http_times(session, "%s/app/%s.xhtml?year=%d" % (base, page, year), runs)[0]
    static, _ = http_times(plain, base + "/resources/css/portal.css", runs)
    rows["static file /resources/css/portal.css (floor of a page)"] = static

    print("\nyear %d, %d runs each after 3 warm-up runs; milliseconds" % (year, runs))
    print("%-66s %9s %9s" % ("", "p50", "p95"))
    for name, values in rows.items():
        print("%-66s %9.1f %9.1f" % (name, statistics.median(values), p(values, 0.95)))
    a = statistics.median(rows["(a) naive SQL over the raw indicator values"])
    b = statistics.median(rows["(b) hand-written SQL over body x direction x year (floor)"])
    c = statistics.median(rest)
    print("\nratios of medians: (c)/(b) = %.2f (goal <= 2), (a)/(c) = %.1f (goal >= 10)" % (c / b, a / c))
    worst = max(p(v, 0.95) for k, v in rows.items() if k.startswith("page"))
    print("slowest ministry page p95: %.1f ms (goal < 300 ms)" % worst)
    print("summary answer: %d bytes, %d region rows" % (len(body), body.count(b'"stepReached"')))


if __name__ == "__main__":
    main()
