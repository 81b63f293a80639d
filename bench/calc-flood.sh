#!/usr/bin/env bash
# Calc flood (issue 12): starts `overgang serve` (Release) on a small registry of its own, signs in the way API clients
# do (POST /api/v1/auth/token) as three accounts (admin, ind, analist: together more than the 4 calculations the
# server runs at once), sends the largest allowed /api/v1/calc request (1,000 single persons) from 16 clients in
# parallel loops for 30 s, samples the server's resident memory every 0.5 s, and times a sign-in of another account
# (persoon-1) every second. Prints the peak RSS (must stay under 1 GB), the sign-in latency median and max, and the counts
# of answers per status (200 and 429 expected).
# Usage: bench/calc-flood.sh [clients=16] [seconds=30] [persons-per-request=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-16}"
seconds="${2:-30}"
persons="${3:-1000}"
port="${OVERGANG_FLOOD_PORT:-5181}"
export OVERGANG_DEMO_PASSWORD="${OVERGANG_DEMO_PASSWORD:-flood-password-123}"
base="http://127.0.0.1:$port"

dotnet build -c Release src/Overgang.Cli/Overgang.Cli.csproj -nologo -v q >/dev/null
work="$(mktemp -d /tmp/overgang-flood-XXXXXX)"
src/Overgang.Cli/bin/Release/net10.0/overgang serve --db "$work/flood.db" --persons 2000 --urls "$base" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true' EXIT
until grep -q "listening on" "$work/serve.log"; do
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/serve.log"; exit 1; fi
  sleep 1
done

token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$OVERGANG_DEMO_PASSWORD\"}" "$base/api/v1/auth/token" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
tokens=("$(token admin)" "$(token ind)" "$(token analist)")

# the largest allowed request: $persons single adults
{
  printf '{"date":"2025-11-01","persons":['
  for ((i = 1; i <= persons; i++)); do
    ((i > 1)) && printf ','
    printf '{"id":"p%d","birthDate":"1985-01-01","reception":"municipal","monthlyIncome":%d}' "$i" "$((i % 700))"
  done
  printf ']}'
} >"$work/calc.json"
echo "request: $persons persons, $(stat -c %s "$work/calc.json") bytes; server pid $server; idle RSS $(ps -o rss= -p "$server" | tr -d ' ') KiB"

alone=$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' -H "Authorization: Bearer ${tokens[0]}" -H 'Content-Type: application/json' \
  --data-binary @"$work/calc.json" "$base/api/v1/calc")
echo "one request alone: status ${alone%% *}, $(echo "$alone" | cut -d' ' -f2) s, answer $(echo "$alone" | cut -d' ' -f3) bytes; RSS after $(ps -o rss= -p "$server" | tr -d ' ') KiB"

# Loops test the time with the shell's own clock (no process per test): the machine may be loaded.
end=$((EPOCHSECONDS + seconds))
for ((c = 1; c <= clients; c++)); do
  (
    calc_token="${tokens[$((c % ${#tokens[@]}))]}"
    while ((EPOCHSECONDS < end)); do
      curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $calc_token" -H 'Content-Type: application/json' \
        --data-binary @"$work/calc.json" "$base/api/v1/calc" || echo 000
    done >"$work/codes-$c.txt"
  ) &
done

(
  while ((EPOCHSECONDS < end)); do
    ps -o rss= -p "$server" || true
    sleep 0.5
  done >"$work/rss.txt"
) &

(
  while ((EPOCHSECONDS < end)); do
    started=$EPOCHSECONDS
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
      -d "{\"userName\":\"persoon-1\",\"password\":\"$OVERGANG_DEMO_PASSWORD\"}" "$base/api/v1/auth/token" || echo "000 0"
    while ((EPOCHSECONDS == started)); do sleep 0.05; done
  done >"$work/sign-in.txt"
) &

wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
sleep 1

peak=$(sort -n "$work/rss.txt" | tail -1 | tr -d ' ')
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peak RSS: $((peak / 1024)) MiB ($peak KiB, $(wc -l <"$work/rss.txt") samples every 0.5 s)"
sort -n -k2 "$work/sign-in.txt" | awk '{ t[NR] = $2 * 1000; s[$1]++ } END {
  printf "sign-in of another account every second: %d, median %.0f ms, max %.0f ms; status", NR, t[int((NR + 1) / 2)], t[NR];
  for (k in s) printf " %s: %d", k, s[k]; printf "\n" }'
cat "$work/codes-"*.txt | sort | uniq -c | awk '{ printf "calc answers %s: %d\n", $2, $1 }'
if ((peak > 1024 * 1024)); then echo "FAIL: peak RSS over 1 GB"; exit 1; fi
