#!/usr/bin/env bash
# Page times (issue 14): starts `overgang serve` (Release) on a registry (the demo registry data/overgang.db by default,
# made by `dotnet run --project src/Overgang.Cli -- demo`), signs in through the sign-in form as each role and asks for
# every page of every role (the home dashboards, the work queue with its filters and sorts, the case file, the lists and
# their detail pages, the analysis pages) one at a time as a browser does (Accept: text/html, gzip and brotli), and every
# /api/v1 GET with a bearer token of the role; every page once per round in a shuffled order, after one round of warm-up
# (printed as it goes); prints time to first byte p50/p95 per page with the load average (1 min, median over the page's
# requests; the load at the start and the end in the header). A page that does not answer within 30 s counts as 30 s
# with status 0. OVERGANG_BENCH_CLI=/path/to/overgang times another build; OVERGANG_PAGES_ONLY=<regular expression>
# times only the pages whose name matches; OVERGANG_PAGES_PORT=<port> (5181).
# Usage: bench/pages.sh [database=data/overgang.db] [rounds=30]
set -euo pipefail
cd "$(dirname "$0")/.."
database="${1:-data/overgang.db}"
rounds="${2:-30}"
port="${OVERGANG_PAGES_PORT:-5181}"
export OVERGANG_DEMO_PASSWORD="${OVERGANG_DEMO_PASSWORD:-load-password-123}"

if [ -z "${OVERGANG_BENCH_CLI:-}" ]; then
  dotnet build -c Release src/Overgang.Cli/Overgang.Cli.csproj -nologo -v q >/dev/null
fi
cli="${OVERGANG_BENCH_CLI:-src/Overgang.Cli/bin/Release/net10.0/overgang}"
dotnet build -c Release bench/Overgang.Load/Overgang.Load.csproj -nologo -v q >/dev/null

log="$(mktemp /tmp/overgang-pages-XXXXXX.log)"
"$cli" serve --db "$database" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
echo "starting overgang serve (pid $server; log $log)"
until grep -q "listening on" "$log"; do
  if ! kill -0 "$server" 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 2
done

# The demo's first case worker is of the municipality with the most persons (Security/DemoAccounts.cs); the account
# table is printed only when serve makes the accounts, so on SQLite it is read from the registry otherwise.
worker="$(grep -o 'gemeente-[a-z0-9]*' "$log" | head -n 1 || true)"
if [ -z "$worker" ] && [ -f "$database" ] && command -v sqlite3 >/dev/null; then
  worker="$(sqlite3 "$database" "SELECT UserName FROM account WHERE Role = 'caseworker' ORDER BY (SELECT count(*) FROM person p WHERE p.MunicipalityCode = account.MunicipalityCode) DESC, MunicipalityCode LIMIT 1")"
fi

bench/Overgang.Load/bin/Release/net10.0/Overgang.Load pages "http://127.0.0.1:$port" "$OVERGANG_DEMO_PASSWORD" "$rounds" $worker
