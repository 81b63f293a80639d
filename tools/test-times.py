#!/usr/bin/env python3
"""Where a test run's time goes, from the TRX files `dotnet test` writes.

    dotnet test tests/Overgang.Web.Tests --no-build --logger "trx;LogFileName=web.trx" --results-directory /tmp/ci-trx
    tools/test-times.py /tmp/ci-trx/web.trx [more.trx ...] [--top 10]

Per file: the run's wall time, the sum of the tests' durations, the time in which no test ran (fixture set-up:
test servers generating their registry, PostgreSQL clusters, Chromium starting; and the test host's start and end),
then the top classes by total duration (with the span from their first test's start to their last test's end) and
the top single tests.
"""
import argparse
import collections
import datetime
import re
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def parse_time(text):
    # 2026-12-01T02:31:05.1234567+00:00: Python wants at most six fraction digits.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    return datetime.datetime.fromisoformat(text)


def parse_duration(text):
    h, m, s = text.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def report(path, top):
    root = ET.parse(path).getroot()
    times = root.find("t:Times", NS)
    start, finish = parse_time(times.get("start")), parse_time(times.get("finish"))
    classes = {}
    for definition in root.iterfind(".//t:UnitTest", NS):
        method = definition.find("t:TestMethod", NS)
        classes[definition.get("id")] = method.get("className").split(",")[0]
    results = []
    for result in root.iterfind(".//t:UnitTestResult", NS):
        results.append((
            classes.get(result.get("testId"), "?"),
            result.get("testName"),
            parse_duration(result.get("duration")),
            parse_time(result.get("startTime")),
            parse_time(result.get("endTime")),
            result.get("outcome"),
        ))
    wall = (finish - start).total_seconds()
    total = sum(r[2] for r in results)
    # The union of the tests' intervals: the time in which at least one test ran.
    covered, end = 0.0, None
    for _, _, _, s, e, _ in sorted(results, key=lambda r: r[3]):
        if end is None or s > end:
            covered += (e - s).total_seconds()
            end = e
        elif e > end:
            covered += (e - end).total_seconds()
            end = e
    outcomes = collections.Counter(r[5] for r in results)
    print(f"== {path}")
    print(f"tests {len(results)} ({', '.join(f'{k} {v}' for k, v in sorted(outcomes.items()))}); wall {wall:.1f} s; "
          f"sum of test durations {total:.1f} s; some test running {covered:.1f} s; no test running {wall - covered:.1f} s")
    per_class = collections.defaultdict(lambda: [0.0, 0, None, None])
    for cls, _, d, s, e, _ in results:
        c = per_class[cls]
        c[0] += d
        c[1] += 1
        c[2] = s if c[2] is None or s < c[2] else c[2]
        c[3] = e if c[3] is None or e > c[3] else c[3]
    print(f"\ntop {top} classes by total test duration (span = first test's start to last test's end):")
    for cls, (d, n, s, e) in sorted(per_class.items(), key=lambda kv: -kv[1][0])[:top]:
        print(f"  {d:8.1f} s  {n:4d} tests  span {(e - s).total_seconds():7.1f} s  {cls.split('.', 2)[-1]}")
    print(f"\ntop {top} tests:")
    for cls, name, d, _, _, _ in sorted(results, key=lambda r: -r[2])[:top]:
        print(f"  {d:8.1f} s  {name[:150]}")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trx", nargs="+")
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    for path in args.trx:
        report(path, args.top)


if __name__ == "__main__":
    sys.exit(main())
