#!/usr/bin/env bash
# Issue 13: the batch path against its floor. For SQLite (a temp file) and PostgreSQL ($OVERGANG_BENCH_POSTGRES, else a
# throw-away cluster on a free loopback port; a postgresql:// URI), with the Release command line: generate N persons (default 150,000),
# run decisions --date 2027-03-04, run month --month <this month> with payment lists. Per phase: seconds, peak memory
# (/usr/bin/time -v), rows written, the seconds bench/Overgang.Floor takes to write the same rows (per table: same
# count, column types and average sizes, plain table without secondary indexes) and the ratio; finally the registry's
# bytes per person; then the same work in one process (`overgang demo`), timed and floored as a whole.
# Usage: bench/batch.sh [persons] [seed] [providers]     providers: "sqlite postgresql" (default), or one of them
# Environment: OVERGANG_BENCH_CLI (a built overgang executable to time instead of this tree's ReadyToRun publish);
# OVERGANG_BENCH_POSTMASTER (the postmaster's pid of the $OVERGANG_BENCH_POSTGRES cluster, to print its CPU per phase
# as the throw-away cluster's is: bench/pgmem.py --cpu).
# The command line is published once with ReadyToRun (precompiled, so a command does not spend its first second in the
# JIT) into bench/data/cli (not committed; `dotnet publish` again only rebuilds what changed).
set -euo pipefail
cd "$(dirname "$0")/.."
persons="${1:-150000}"
seed="${2:-2027}"
providers="${3:-sqlite postgresql}"
month="$(date -u +%Y-%m)"

if [ -z "${OVERGANG_BENCH_CLI:-}" ]; then
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o bench/data/cli src/Overgang.Cli/Overgang.Cli.csproj -nologo -v q >/dev/null
fi
dotnet build -c Release bench/Overgang.Floor/Overgang.Floor.csproj -nologo -v q >/dev/null
bin="${OVERGANG_BENCH_CLI:-bench/data/cli/overgang}"
floor="bench/Overgang.Floor/bin/Release/net10.0/Overgang.Floor"
work="$(mktemp -d /tmp/overgang-batch-XXXXXX)"
chmod 755 "$work"
pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
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

population_tables="municipality reception_location person person_parent protection placement absence person_income return_commitment other_permit audit_entry"
decision_tables="decision task audit_entry"
month_tables="payment audit_entry"

# npgsql URI: the Npgsql connection string of a postgresql:// URI (the floor's --database)
npgsql() {
  python3 - "$1" <<'PY'
import sys, urllib.parse as u
p = u.urlparse(sys.argv[1])
user = u.unquote(p.username or "postgres")
password = u.unquote(p.password or "")
database = p.path.lstrip("/") or "postgres"
print(f"Host={p.hostname};Port={p.port or 5432};Username={user};Password={password};Database={database}")
PY
}

# sql PROVIDER DATABASE QUERY: one value
sql() {
  if [ "$1" = sqlite ]; then sqlite3 "$2" "$3"; else psql "$2" -Atqc "$3"; fi
}

# shape PROVIDER DATABASE TABLE: the floor's --shape for the table's inserted columns (not the generated key)
shape() {
  local provider=$1 db=$2 table=$3
  if [ "$provider" = sqlite ]; then
    python3 - "$db" "$table" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); table = sys.argv[2]
parts = []
for cid, name, kind, notnull, default, pk in db.execute(f'PRAGMA table_info("{table}")'):
    if pk and kind.upper() == "INTEGER" and table not in ("audit_entry",):
        continue
    nulls = db.execute(f'SELECT count(*) FROM "{table}" WHERE "{name}" IS NULL').fetchone()[0]
    if kind.upper() == "INTEGER":
        part = "long"
    else:
        avg = db.execute(f'SELECT coalesce(avg(length(CAST("{name}" AS BLOB))), 1) FROM "{table}"').fetchone()[0]
        part = f"text:{max(1, round(avg))}"
    parts.append(part + ("?" if nulls else ""))
print(",".join(parts))
PY
  else
    local columns
    columns="$(psql "$db" -Atqc "SELECT column_name || '|' || data_type || '|' || (is_identity = 'YES' OR coalesce(column_default, '') LIKE 'nextval%')::text FROM information_schema.columns WHERE table_name = '$table' AND table_schema = 'public' ORDER BY ordinal_position")"
    local parts=() name type generated avg nulls part
    while IFS='|' read -r name type generated; do
      [ "$generated" = true ] && continue
      nulls="$(psql "$db" -Atqc "SELECT count(*) FROM \"$table\" WHERE \"$name\" IS NULL")"
      case "$type" in
        bigint) part=long ;;
        integer|smallint) part=int ;;
        boolean) part=bool ;;
        date) part=date ;;
        "timestamp with time zone") part=instant ;;
        *) avg="$(psql "$db" -Atqc "SELECT coalesce(round(avg(octet_length(\"$name\"))), 1) FROM \"$table\"")"; part="text:${avg%.*}" ;;
      esac
      [ "$nulls" != 0 ] && part="$part?"
      parts+=("$part")
    done <<<"$columns"
    (IFS=,; echo "${parts[*]}")
  fi
}

# counts PROVIDER DATABASE TABLES...: "table=rows" per table
counts() {
  local provider=$1 db=$2; shift 2
  for table in "$@"; do echo "$table=$(sql "$provider" "$db" "SELECT count(*) FROM \"$table\"")"; done
}

# floor_for PROVIDER DATABASE BEFORE AFTER: the floor's seconds for the rows added per table between two counts
floor_for() {
  local provider=$1 db=$2 before=$3 after=$4 total=0 table rows previous target s
  for entry in $after; do
    table="${entry%%=*}"; rows="${entry#*=}"
    previous="$(tr ' ' '\n' <<<"$before" | sed -n "s/^$table=//p")"
    rows=$(( rows - ${previous:-0} ))
    [ "$rows" -le 0 ] && continue
    if [ "$provider" = sqlite ]; then target="$work/floor.db"; else target="$(npgsql "$db")"; fi
    s="$("$floor" --provider "$provider" --rows "$rows" --shape "$(shape "$provider" "$db" "$table")" --database "$target" | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p')"
    total="$(echo "$total + $s" | bc)"
  done
  [ "$provider" = postgresql ] && psql "$db" -qc "DROP TABLE IF EXISTS floor_rows" >/dev/null
  echo "$total"
}

# phase NAME PROVIDER DATABASE TABLES COMMAND...: times the command, then prints seconds, peak RSS, rows, floor, ratio
phase() {
  local name=$1 provider=$2 db=$3 tables=$4; shift 4
  local before after start seconds rss cpu rows floor_s
  # shellcheck disable=SC2086
  before="$(counts "$provider" "$db" $tables 2>/dev/null || true)"
  local server="" postmaster="${OVERGANG_BENCH_POSTMASTER:-}"
  [ "$provider" = postgresql ] && [ -n "$started" ] && postmaster="$(head -1 "$pgdir/data/postmaster.pid")"
  [ "$provider" = postgresql ] && [ -n "$postmaster" ] && server="$(python3 bench/pgmem.py --cpu "$postmaster")"
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  seconds="$(echo "$(date +%s.%N) - $start" | bc)"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")"
  # CPU seconds (user + system) of the command: on a machine shared with other work the wall time follows the load, this much less
  cpu="$(echo "$(sed -n 's/.*User time (seconds): //p' "$work/time") + $(sed -n 's/.*System time (seconds): //p' "$work/time")" | bc)"
  # the PostgreSQL cluster's CPU over the command (its backends' work: COPYs, index upkeep, key checks), when known
  [ -n "$server" ] && server="  server cpu $(echo "$(python3 bench/pgmem.py --cpu "$postmaster") - $server" | bc) s"
  # shellcheck disable=SC2086
  after="$(counts "$provider" "$db" $tables)"
  rows=0
  for entry in $after; do
    previous="$(tr ' ' '\n' <<<"$before" | sed -n "s/^${entry%%=*}=//p")"
    rows=$(( rows + ${entry#*=} - ${previous:-0} ))
  done
  floor_s="$(floor_for "$provider" "$db" "$before" "$after")"
  printf '%-10s %-10s %8.2f s  cpu %7.2f s  peak %6d MB  rows %9d  floor %6.2f s  ratio %5.2f  (load %s)%s\n' \
    "$provider" "$name" "$seconds" "$cpu" $(( rss / 1024 )) "$rows" "$floor_s" "$(echo "scale=2; $seconds / $floor_s" | bc)" "$(cut -d' ' -f1 /proc/loadavg)" "$server"
}

run() { # provider database
  local provider=$1 db=$2 bytes
  echo "== $provider, $persons persons (seed $seed), month $month"
  phase generate "$provider" "$db" "$population_tables" "$bin" generate --persons "$persons" --seed "$seed" --database "$db"
  phase decisions "$provider" "$db" "$decision_tables" "$bin" run decisions --date 2027-03-04 --database "$db"
  phase month "$provider" "$db" "$month_tables" "$bin" run month --month "$month" --database "$db" --payments "$work/pay-$provider"
  if [ "$provider" = sqlite ]; then
    bytes=$(( $(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0) ))
  else
    bytes="$(psql "$db" -Atqc "SELECT pg_database_size(current_database())")"
  fi
  echo "$provider registry: $bytes bytes, $(( bytes / persons )) bytes per person"
  whole "$provider" "$db"
}

# whole PROVIDER DATABASE: the same work as the three phases, as the main job does it: `overgang demo` (generate, decisions
# for 2027-03-04, the month with its payment lists) in one process, into a new registry (SQLite: a new file; PostgreSQL:
# a new database on the throw-away cluster only), so the start-up a command pays is paid once. The floor is that of
# all the rows it writes. OVERGANG_BENCH_WHOLE=0 leaves it out.
whole() {
  local provider=$1 db=$2
  [ "${OVERGANG_BENCH_WHOLE:-1}" = 0 ] && return
  if [ "$provider" = sqlite ]; then
    mkdir -p "$work/whole"
    db="$work/whole/overgang.db"
  elif [ -n "$started" ]; then
    psql "$db" -qc "CREATE DATABASE whole" >/dev/null
    db="${db%/*}/whole"
  else
    echo "postgresql demo: left out (on \$OVERGANG_BENCH_POSTGRES; it needs a database of its own)"
    return
  fi
  phase demo "$provider" "$db" "$population_tables task decision payment" "$bin" demo --persons "$persons" --seed "$seed" --month "$month" --database "$db"
}

for provider in $providers; do
  if [ "$provider" = sqlite ]; then
    run sqlite "$work/batch.db"
  elif [ -n "${OVERGANG_BENCH_POSTGRES:-}" ]; then
    run postgresql "$OVERGANG_BENCH_POSTGRES"
  else
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    mkdir -p "$pgdir"
    asPg=()
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pgdir"; asPg=(runuser -u postgres --); fi
    "${asPg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
    "${asPg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1" -w -t 60 start >/dev/null
    started=1
    run postgresql "postgresql://postgres@127.0.0.1:$port/postgres"
  fi
done
