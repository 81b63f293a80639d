#!/usr/bin/env bash
# End to end for issue 4: generate + load (the import of the generated population) + decide, for N persons
# (default 150,000), on SQLite (a temp file) and on PostgreSQL (a throw-away cluster on a free loopback port, default
# durability settings), Release build. Also times `import persons` of the same population written as CSV.
# Usage: bench/end-to-end.sh [persons] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
persons="${1:-150000}"
seed="${2:-2027}"

dotnet build -c Release src/Overgang.Cli/Overgang.Cli.csproj -nologo -v q >/dev/null
bin="src/Overgang.Cli/bin/Release/net10.0/overgang"
work="$(mktemp -d /tmp/overgang-e2e-XXXXXX)"
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

seconds() { local s=$1; echo "$(echo "$(date +%s.%N) - $s" | bc)"; }

run() { # name database
  local name=$1 db=$2 start t0 t1 t2
  echo "== $name, $persons persons (seed $seed)"
  start=$(date +%s.%N)
  "$bin" generate --persons "$persons" --seed "$seed" --database "$db" >/dev/null
  t0=$(seconds "$start"); echo "generate + load: $t0 s"
  start=$(date +%s.%N)
  "$bin" run decisions --date 2027-03-04 --database "$db" >/dev/null
  t1=$(seconds "$start"); echo "decisions 2027-03-04: $t1 s"
  echo "end to end (generate + load + decide): $(echo "$t0 + $t1" | bc) s"
  start=$(date +%s.%N)
  "$bin" run allowance --month 2026-11 --database "$db" --payments "$work/pay-$name" >/dev/null
  t2=$(seconds "$start"); echo "allowance 2026-11: $t2 s"
}

run sqlite "$work/e2e.db"
"$bin" generate --persons "$persons" --seed "$seed" --database "$work/csv.db" --csv "$work/csv-sqlite" >/dev/null
start=$(date +%s.%N)
"$bin" import municipalities "$work/csv-sqlite/municipalities.csv" --database "$work/import.db" >/dev/null
"$bin" import persons "$work/csv-sqlite/persons.csv" --database "$work/import.db" >/dev/null
echo "import persons.csv into an empty SQLite registry: $(seconds "$start") s"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$pgdir"
asPg=()
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pgdir"; asPg=(runuser -u postgres --); fi
"${asPg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
"${asPg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1" -w -t 60 start >/dev/null
started=1
run postgresql "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
