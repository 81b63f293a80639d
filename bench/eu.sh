#!/usr/bin/env bash
# Issue 13 at EU scale: N persons (default 4,300,000) on a throw-away PostgreSQL cluster tuned as a production one would
# be (below), with the ReadyToRun command line. Phases, each under /usr/bin/time -v:
#   generate   generate --persons N --seed S (streamed generation and binary COPY, one transaction)
#   decisions1 run decisions --date 2027-03-04, one process, one worker
#   decisions2 the same run again (--rerun) by two processes started together, sharing one run by leasing its chunks
#              (EU_WORKERS=threads: one process with --workers 2 instead)
#   month      run month --month <this month> with payment lists, one worker
# Per phase: wall seconds, CPU seconds (user + system) and peak resident memory of our process(es), and the
# PostgreSQL cluster's memory over the phase, sampled by bench/pgmem.py every 0.5 s: "pg private" is the highest sum of
# the backends' own memory (RssAnon of every process of the cluster), "pg shared" the shared buffers touched (counted
# once); the database is not our process, so its memory is printed apart. Then the two decisions runs compared: md5 of
# their decision rows (ordered by person) and of their task rows (ordered by person and content), without the run id,
# the row ids and the instants; and the database's size per table.
# Usage: bench/eu.sh [persons] [seed]
# Environment: OVERGANG_BENCH_CLI (another build to time), EU_WORKERS (processes|threads), EU_TWO_FIRST=1 (the two
# workers' run first, then one worker's), EU_MONTH=0 (no month run), EU_DECISIONS (0: generate only; 1: generate and
# one decisions run with one worker, no comparison and no month),
# EU_KEEP=1 (keep the cluster and print how to reach it), EU_PGDIR (where the cluster goes; default a new folder under /tmp),
# EU_RANDOM_PAGE_COST (default 1.1; 4 is PostgreSQL's own default, the common case of a server left as installed),
# EU_STATEMENTS=1 (the cluster loads pg_stat_statements and logs statements over 1 s; after each phase the statements
# that took the cluster the most time in it are printed: where the server's work goes; it costs the server a little).
# Cluster settings (postgresql.conf of the throw-away cluster; durability is PostgreSQL's default, fsync and
# synchronous_commit on, full_page_writes on, wal_level replica, so a crash loses no committed chunk):
#   shared_buffers 2GB, effective_cache_size 8GB  a quarter of a 8 GB database server's memory; the OS cache does the rest
#   max_wal_size 8GB, min_wal_size 2GB, checkpoint_timeout 30min, checkpoint_completion_target 0.9
#                                                 no forced checkpoint (and full-page images after it) every 1 GB of WAL
#                                                 during the bulk load; a crash replays at most that much WAL
#   wal_buffers 64MB, wal_compression lz4           fewer WAL writes and bytes for the COPYs and the full-page images
#   maintenance_work_mem 1GB, work_mem 64MB         index builds and the runs' range reads sort in memory
#   max_parallel_maintenance_workers 1, max_parallel_workers_per_gather 0
#                                                 two cores: no parallel query against our own workers
#   autovacuum on (default)                       a production cluster keeps it; analysed tables give the runs' plans
#   random_page_cost 1.1 (default 4)              the storage of a production server (SSD or the OS cache, not a spinning
#                                                 disk): with 4 the planner read a mid-sized fact table whole (seq scan and
#                                                 hash join) for each chunk of 5,000 households instead of looking up the
#                                                 chunk's persons in its index, and the runs' reads grew with persons x
#                                                 chunks (bench/README.md, stop 31). Since stop 32 the runs' chunk reads
#                                                 look the persons up by the index at either cost (`= ANY (@ids)`); the
#                                                 setting still serves the other queries (EU_RANDOM_PAGE_COST=4 to compare)
# The whole script is one block, read before it runs: editing the file while a run goes cannot break that run.
{
set -euo pipefail
cd "$(dirname "$0")/.."
persons="${1:-4300000}"
seed="${2:-2027}"
month="$(date -u +%Y-%m)"
mode="${EU_WORKERS:-processes}"

if [ -z "${OVERGANG_BENCH_CLI:-}" ]; then
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o bench/data/cli src/Overgang.Cli/Overgang.Cli.csproj -nologo -v q >/dev/null
fi
bin="$(realpath "${OVERGANG_BENCH_CLI:-bench/data/cli/overgang}")"
pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
work="${EU_PGDIR:-$(mktemp -d /tmp/overgang-eu-XXXXXX)}"
mkdir -p "$work"
chmod 755 "$work"
pgdir="$work/pg"
started=""
sampler=""
asPg=()
if [ "$(id -u)" = 0 ]; then asPg=(runuser -u postgres --); fi
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if [ -z "${EU_KEEP:-}" ]; then
    [ -n "$started" ] && { "${asPg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null || true; }
    rm -rf "$work"
  fi
}
trap cleanup EXIT

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$pgdir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$pgdir"
"${asPg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat >>"$pgdir/data/postgresql.conf" <<'CONF'
# bench/eu.sh: a production-like cluster for the bulk load and the runs (see the script's head)
shared_buffers = 2GB
effective_cache_size = 8GB
max_wal_size = 8GB
min_wal_size = 2GB
checkpoint_timeout = 30min
checkpoint_completion_target = 0.9
wal_buffers = 64MB
wal_compression = lz4
maintenance_work_mem = 1GB
work_mem = 64MB
max_parallel_maintenance_workers = 1
max_parallel_workers_per_gather = 0
CONF
echo "random_page_cost = ${EU_RANDOM_PAGE_COST:-1.1}" >>"$pgdir/data/postgresql.conf"
if [ -n "${EU_STATEMENTS:-}" ]; then
  printf '%s\n' "shared_preload_libraries = 'pg_stat_statements'" "log_min_duration_statement = 1000" >>"$pgdir/data/postgresql.conf"
fi
"${asPg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1" -w -t 60 start >/dev/null
started=1
postmaster="$(head -1 "$pgdir/data/postmaster.pid")"
db="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
uri="postgresql://postgres@127.0.0.1:$port/postgres"
q() { psql "$uri" -Atqc "$1"; }
if [ -n "${EU_STATEMENTS:-}" ]; then q "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null; fi
# statements: with EU_STATEMENTS, the cluster's eight most costly statements since the last call (seconds, calls, text)
statements() {
  [ -n "${EU_STATEMENTS:-}" ] || return 0
  q "SELECT format('   server %6s s %6s calls  %s', round((total_exec_time / 1000)::numeric, 1), calls, left(regexp_replace(query, '\s+', ' ', 'g'), 100)) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 8"
  q "SELECT pg_stat_statements_reset()" >/dev/null
}
echo "== $persons persons (seed $seed), PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') at $pgdir, month $month, $(nproc) cores, $bin"
echo "   settings: $(q "SELECT string_agg(name || '=' || current_setting(name), ' ' ORDER BY name) FROM pg_settings WHERE name IN ('shared_buffers','max_wal_size','checkpoint_timeout','wal_compression','synchronous_commit','fsync','full_page_writes','wal_level','maintenance_work_mem','work_mem','random_page_cost')")"
[ -n "${EU_KEEP:-}" ] && echo "   kept after the run: $uri (stop: ${asPg[*]} $pgbin/pg_ctl -D $pgdir/data stop)"

# time_one OUT COMMAND...: runs the command under /usr/bin/time -v into OUT.time, its output into OUT.out
time_one() {
  local out=$1; shift
  /usr/bin/time -v -o "$out.time" nice -n 10 "$@" >"$out.out" 2>&1 || { echo "failed: $*"; tail -20 "$out.out"; return 1; }
}
cpu_of() { echo "$(sed -n 's/.*User time (seconds): //p' "$1.time") + $(sed -n 's/.*System time (seconds): //p' "$1.time")" | bc; }
rss_of() { echo $(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$1.time") / 1024 )); }

# phase NAME COMMAND...: or, for NAME decisions2 with processes, both processes
phase() {
  local name=$1; shift
  local start seconds cpu rss load pgcpu
  pgcpu="$(python3 bench/pgmem.py --cpu "$postmaster")"
  python3 bench/pgmem.py "$postmaster" "$work/pgmem" 0.5 &
  sampler=$!
  load="$(cut -d' ' -f1 /proc/loadavg)"
  start=$(date +%s.%N)
  if [ "$name" = decisions2 ] && [ "$mode" = processes ]; then
    time_one "$work/$name-a" "$@" & local a=$!
    time_one "$work/$name-b" "$@" & local b=$!
    wait "$a"; wait "$b"
    cpu="$(echo "$(cpu_of "$work/$name-a") + $(cpu_of "$work/$name-b")" | bc)"
    rss="$(rss_of "$work/$name-a") + $(rss_of "$work/$name-b") MB"
  else
    time_one "$work/$name" "$@"
    cpu="$(cpu_of "$work/$name")"
    rss="$(rss_of "$work/$name") MB"
  fi
  seconds="$(echo "$(date +%s.%N) - $start" | bc)"
  sleep 0.6
  kill "$sampler"; wait "$sampler" 2>/dev/null || true; sampler=""
  pgcpu="$(echo "$(python3 bench/pgmem.py --cpu "$postmaster") - $pgcpu" | bc)"
  read -r private backend shared processes <"$work/pgmem"
  printf '%-11s %8.1f s  cpu %7.1f s  peak %s  | pg cpu %7.1f s, private %5d MB (largest backend %d MB, %d processes), shared %d MB  (load %s → %s)\n' \
    "$name" "$seconds" "$cpu" "$rss" "$pgcpu" $(( private / 1024 )) $(( backend / 1024 )) "$processes" $(( shared / 1024 )) "$load" "$(cut -d' ' -f1 /proc/loadavg)"
  statements
}

# digest RUN: md5 of the run's decisions and of its tasks, without run ids, row ids and instants
digest() {
  local decisions tasks
  decisions="$(psql "$uri" -Atqc "COPY (SELECT (to_jsonb(d) - 'RunId')::text FROM decision d WHERE \"RunId\" = $1 ORDER BY \"PersonId\") TO STDOUT" | md5sum | cut -d' ' -f1)"
  tasks="$(psql "$uri" -Atqc "COPY (SELECT (to_jsonb(t) - 'Id' - 'RunId')::text AS r FROM task t WHERE \"RunId\" = $1 ORDER BY \"PersonId\", 1) TO STDOUT" | md5sum | cut -d' ' -f1)"
  echo "decisions $(q "SELECT count(*) FROM decision WHERE \"RunId\" = $1") rows md5 $decisions, tasks $(q "SELECT count(*) FROM task WHERE \"RunId\" = $1") rows md5 $tasks"
}

phase generate "$bin" generate --persons "$persons" --seed "$seed" --database "$db"
grep -E '^(timing |Overgang generate)' "$work/generate.out" | sed 's/^/   /' || true
echo "   database after generate: $(q "SELECT pg_size_pretty(pg_database_size(current_database()))")"

if [ "${EU_DECISIONS:-2}" != 2 ]; then
  [ "${EU_DECISIONS}" = 1 ] && phase decisions1 "$bin" run decisions --date 2027-03-04 --database "$db"
  bytes="$(q "SELECT pg_database_size(current_database())")"
  echo "database: $(( bytes / 1024 / 1024 )) MB, $(( bytes / persons )) bytes per person"
  exit
fi

# decisions1 (one worker) and decisions2 (two): the first of them computes the run, the second runs it again (--rerun)
two=(--workers 2)
[ "$mode" = processes ] && two=()
if [ -n "${EU_TWO_FIRST:-}" ]; then
  phase decisions2 "$bin" run decisions --date 2027-03-04 "${two[@]}" --database "$db"
  second="$(q "SELECT max(\"Id\") FROM batch_run WHERE \"Kind\" = 'decisions'")"
  phase decisions1 "$bin" run decisions --date 2027-03-04 --rerun --database "$db"
  first="$(q "SELECT max(\"Id\") FROM batch_run WHERE \"Kind\" = 'decisions'")"
else
  phase decisions1 "$bin" run decisions --date 2027-03-04 --database "$db"
  first="$(q "SELECT max(\"Id\") FROM batch_run WHERE \"Kind\" = 'decisions'")"
  phase decisions2 "$bin" run decisions --date 2027-03-04 --rerun "${two[@]}" --database "$db"
  second="$(q "SELECT max(\"Id\") FROM batch_run WHERE \"Kind\" = 'decisions'")"
fi
one="$(digest "$first")"
two="$(digest "$second")"
echo "   run $first (1 worker):  $one"
echo "   run $second (2 workers, $mode): $two"
echo "   chunks of run $second per worker: $(q "SELECT string_agg(n::text, ' / ') FROM (SELECT count(*) n FROM run_chunk WHERE \"RunId\" = $second GROUP BY split_part(\"LeasedBy\", '/', 2) || split_part(\"LeasedBy\", '/', 4) ORDER BY 1) x")"
if [ "$one" = "$two" ]; then echo "   identical: yes"; else echo "   identical: NO"; fi

[ "${EU_MONTH:-1}" = 0 ] || phase month "$bin" run month --month "$month" --database "$db" --payments "$work/payments"

bytes="$(q "SELECT pg_database_size(current_database())")"
echo "database: $(( bytes / 1024 / 1024 )) MB, $(( bytes / persons )) bytes per person; largest tables (with indexes and TOAST):"
q "SELECT relname || ' ' || pg_size_pretty(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 8" | sed 's/^/   /'
[ "$one" = "$two" ]
exit
}
