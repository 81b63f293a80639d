#!/usr/bin/env bash
# Load benchmark of the HTTP API (issue 5): starts `overgang serve` (Release) on a registry of 135,010 persons (the
# calibrated population, generated with its decisions and this month's allowance when the file does not exist yet;
# embedded SQLite by default, or a PostgreSQL connection string), signs in, and drives household reads, searches and
# calc with concurrent clients on loopback: first open loop at a fixed rate, then closed loop at maximum throughput.
# Usage: bench/load.sh [database=bench/data/load.db] [rate=200] [seconds=30] [clients=16]
set -euo pipefail
cd "$(dirname "$0")/.."
database="${1:-bench/data/load.db}"
rate="${2:-200}"
seconds="${3:-30}"
clients="${4:-16}"
port="${OVERGANG_LOAD_PORT:-5180}"
export OVERGANG_DEMO_PASSWORD="${OVERGANG_DEMO_PASSWORD:-load-password-123}"

dotnet build -c Release src/Overgang.Cli/Overgang.Cli.csproj -nologo -v q >/dev/null
dotnet build -c Release bench/Overgang.Load/Overgang.Load.csproj -nologo -v q >/dev/null
case "$database" in *=*|postgres*) ;; *) mkdir -p "$(dirname "$database")" ;; esac

log="$(mktemp /tmp/overgang-load-XXXXXX.log)"
src/Overgang.Cli/bin/Release/net10.0/overgang serve --db "$database" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
echo "starting overgang serve (pid $server; a new registry of 135,010 persons takes a few minutes; log $log)"
until grep -q "listening on" "$log"; do
  if ! kill -0 "$server" 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 2
done

bench/Overgang.Load/bin/Release/net10.0/Overgang.Load "http://127.0.0.1:$port" admin "$OVERGANG_DEMO_PASSWORD" "$rate" "$seconds" "$clients"
