#!/usr/bin/env bash
# End to end: the monthly run and simulate over one registry must give the same totals per month (issue 10).
# Usage: bench/month-vs-simulate.sh [persons] [folder]   (default 20000 persons in /tmp/overgang-agree)
set -euo pipefail
persons=${1:-20000}
folder=${2:-/tmp/overgang-agree}
root=$(cd "$(dirname "$0")/.." && pwd)
overgang() { dotnet run --project "$root/src/Overgang.Cli" -c Release --no-launch-profile -- "$@"; }
rm -rf "$folder"; mkdir -p "$folder"
db="$folder/registry.db"
time overgang generate --persons "$persons" --seed 2027 --database "$db" > "$folder/generate.log"
time overgang run decisions --date 2027-03-04 --database "$db" > "$folder/decisions.log"
for month in 2027-02 2027-04 2027-06 2027-09 2028-03; do
  /usr/bin/time -f "run month $month: %e s, %M KB" dotnet run --project "$root/src/Overgang.Cli" -c Release --no-launch-profile -- \
    run month --month "$month" --database "$db" --payments "$folder/payments-$month" > "$folder/run-$month.log"
  echo "run month $month: $(grep -E '^\s+total' "$folder/run-$month.log" | head -1)"
done
time overgang simulate --reform "$root/reforms/contribution-105.yaml" --database "$db" --from 2027-02 --to 2028-03 > "$folder/simulate.log"
grep -E '^\s+20[0-9]{2}-[0-9]{2} ' "$folder/simulate.log" | head -14
