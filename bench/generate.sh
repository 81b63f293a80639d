#!/usr/bin/env bash
# Times `overgang generate --persons N` (default 150,000) on SQLite (a temp file) and on PostgreSQL (a throw-away
# cluster on a free loopback port, stopped and removed at the end), with a Release build. Prints the per-phase timings
# that the command reports. Usage: bench/generate.sh [persons] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
persons="${1:-150000}"
seed="${2:-2027}"

dotnet build -c Release src/Overgang.Cli/Overgang.Cli.csproj -nologo -v q >/dev/null
bin="src/Overgang.Cli/bin/Release/net10.0/overgang"

work="$(mktemp -d /tmp/overgang-bench-XXXXXX)"
chmod 755 "$work"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pgdir="$work/pg"
started=""
cleanup() {
  if [ -n "$started" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null || true
    else "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null || true; fi
  fi
  rm -rf "$work"
}
trap cleanup EXIT

timings() { grep -E '^(Overgang generate|timing )'; }

echo "== SQLite: $bin generate --persons $persons --seed $seed --database $work/bench.db"
start=$(date +%s.%N)
"$bin" generate --persons "$persons" --seed "$seed" --database "$work/bench.db" | timings
echo "wall clock (process): $(echo "$(date +%s.%N) - $start" | bc) s"

echo
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$pgdir"
asPg=()
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pgdir"; asPg=(runuser -u postgres --); fi
"${asPg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
"${asPg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1" -w -t 60 start >/dev/null
started=1
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
echo "== PostgreSQL ($("$pgbin/postgres" --version | awk '{print $3}'), default durability settings): $bin generate --persons $persons --seed $seed --database \"$connection\""
start=$(date +%s.%N)
"$bin" generate --persons "$persons" --seed "$seed" --database "$connection" | timings
echo "wall clock (process): $(echo "$(date +%s.%N) - $start" | bc) s"
