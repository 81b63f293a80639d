#!/usr/bin/env bash
# End to end for issue 6, Release build, each command run N times (default 5); prints every time and the median.
#   simulate: generate 135,010 persons in memory + baseline and reform (decisions + 5 allowance months, twice) + tables;
#             and the same over the 17 months 2026-11..2028-03 with the hand-over-earlier reform
#   project:  the baseline scenario 2025-2030 with 1,000 draws + the back-test (another 1,000 draws) + tables
# Usage: bench/analysis.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
dotnet build -c Release src/Overgang.Cli/Overgang.Cli.csproj -nologo -v q >/dev/null
bin="src/Overgang.Cli/bin/Release/net10.0/overgang"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_runs() { # name command...
  local name=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  echo "$name: ${times[*]} s; median $(printf '%s\n' "${times[@]}" | median) s"
}

time_runs "simulate --reform reforms/contribution-105.yaml (135,010 persons)" "$bin" simulate --reform reforms/contribution-105.yaml --date 2027-03-04 --from 2026-11 --to 2027-03
time_runs "simulate --reform reforms/hand-over-earlier.yaml (135,010 persons, 2026-11..2028-03)" "$bin" simulate --reform reforms/hand-over-earlier.yaml --date 2027-03-04 --from 2026-11 --to 2028-03
time_runs "project --scenario protracted-war --draws 1000" "$bin" project --scenario protracted-war --draws 1000
