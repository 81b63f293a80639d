#!/usr/bin/env bash
# The rule benchmarks against a committed baseline (issue 13: "no benchmark in bench/ regresses by more than 10 %").
# Runs the BenchmarkDotNet benchmarks of bench/Overgang.Benchmarks with the short job (1 launch, 3 warm-up and 3
# measured iterations) in process (BenchmarkDotNet's generated project, which builds the whole command line again, did
# not build within its 2-minute limit on the shared 2 cores), then prints per benchmark the baseline's mean, this run's mean and their ratio, and fails when a
# ratio is above the limit (default 1.10) or a benchmark of the baseline did not run.
#
# Usage: bench/regression.sh [--record] [filter...]
#   filter     BenchmarkDotNet --filter globs; default: the rule benchmarks '*AllowanceBenchmarks*' '*TransitionBenchmarks*'
#   --record   write this run's means to the baseline file instead of comparing (take it from main, same machine and load)
# Environment: OVERGANG_BENCH_BASELINE (default bench/regression-baseline.json), OVERGANG_BENCH_LIMIT (default 1.10),
#   OVERGANG_BENCH_TREE (another checkout to run the benchmarks of, e.g. an export of main; default this tree).
# Run it with nice -n 19 and state the load average (uptime) next to its figures: on a shared machine a ratio moves by
# more than 10 % with the load, so take the baseline and the comparison back to back.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
baseline="${OVERGANG_BENCH_BASELINE:-$root/bench/regression-baseline.json}"
limit="${OVERGANG_BENCH_LIMIT:-1.10}"
tree="${OVERGANG_BENCH_TREE:-$root}"
record=""
if [ "${1:-}" = --record ]; then record=1; shift; fi
filters=("$@")
[ ${#filters[@]} -eq 0 ] && filters=('*AllowanceBenchmarks*' '*TransitionBenchmarks*')

artifacts="$(mktemp -d /tmp/overgang-regression-XXXXXX)"
trap 'rm -rf "$artifacts"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$tree" && dotnet run -c Release --project bench/Overgang.Benchmarks -- \
  --filter "${filters[@]}" --job short --inProcess --exporters json --artifacts "$artifacts" >"$artifacts/log" 2>&1) \
  || { tail -40 "$artifacts/log"; exit 1; }
grep -q "Build Error\|There are not any results" "$artifacts/log" && { grep -B2 -A8 "Build Error\|not any results" "$artifacts/log" | head -40; exit 1; }
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$artifacts" "$baseline" "$limit" "$record" <<'PY'
import glob, json, sys
artifacts, baseline_file, limit, record = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4] == "1"
means = {}
for report in glob.glob(f"{artifacts}/results/*-report-full*.json"):
    for b in json.load(open(report))["Benchmarks"]:
        stats = b.get("Statistics")
        if stats:
            means[b["FullName"]] = stats["Mean"]
if not means:
    sys.exit("no benchmark results")
if record:
    json.dump({"taken": "fill in: commit, date, load average", "unit": "ns", "limit": limit, "means": dict(sorted(means.items()))}, open(baseline_file, "w"), indent=2)
    open(baseline_file, "a").write("\n")
    for name, mean in sorted(means.items()):
        print(f"recorded {mean:14.1f} ns  {name}")
    sys.exit(0)
recorded = json.load(open(baseline_file))
print(f"baseline: {recorded.get('taken', baseline_file)}")
base = recorded["means"]
failed = 0
print(f"{'baseline ns':>14} {'this run ns':>14} {'ratio':>6}  benchmark")
for name in sorted(set(base) | set(means)):
    if name not in means:
        if any(name.split(".")[-2] in n for n in means):
            print(f"{base[name]:14.1f} {'missing':>14} {'':>6}  {name}")
            failed += 1
        continue
    if name not in base:
        print(f"{'new':>14} {means[name]:14.1f} {'':>6}  {name}")
        continue
    ratio = means[name] / base[name]
    flag = "  REGRESSED" if ratio > limit else ""
    failed += ratio > limit
    print(f"{base[name]:14.1f} {means[name]:14.1f} {ratio:6.2f}  {name}{flag}")
if failed:
    sys.exit(f"{failed} benchmark(s) above {limit:.2f} times the baseline or missing")
print(f"every benchmark within {limit:.2f} times the baseline")
PY
