#!/usr/bin/env bash
# Runs every test of Overgang and ends with "N passed, N failed" (exit code non-zero when a test fails).
#   ./test.sh [dotnet test options, e.g. --filter ...]
#   ./test.sh --setup      only install or check what the tests need
# Besides the .NET SDK the tests need
#   - PostgreSQL's server binaries (initdb under /usr/lib/postgresql/*/bin; the tests start a throw-away cluster on a
#     free loopback port), unless $OVERGANG_TEST_POSTGRES names a server to use instead;
#   - Chromium at /usr/bin/chromium or $OVERGANG_CHROMIUM (letters printed to PDF, browser tests of the web pages).
# Run as root (or with passwordless sudo) on Debian, it installs the missing Debian packages postgresql and chromium
# with apt; otherwise it says what is missing and how to install it, one line each, and stops before the tests.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

chromium=${OVERGANG_CHROMIUM:-/usr/bin/chromium}
has_postgres() { [ -n "${OVERGANG_TEST_POSTGRES:-}" ] || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }
has_chromium() { [ -x "$chromium" ]; }

missing() {
  problems=()
  command -v dotnet >/dev/null 2>&1 ||
    problems+=("the .NET 10 SDK: dotnet not found (https://learn.microsoft.com/dotnet/core/install/linux-debian)")
  has_postgres ||
    problems+=("PostgreSQL server binaries: no initdb under /usr/lib/postgresql/*/bin: apt-get install postgresql (or set OVERGANG_TEST_POSTGRES to an admin connection string)")
  if ! has_chromium; then
    if [ -n "${OVERGANG_CHROMIUM:-}" ]; then
      problems+=("Chromium: OVERGANG_CHROMIUM=$OVERGANG_CHROMIUM is not an executable file: point it at a Chromium binary or unset it to use /usr/bin/chromium")
    else
      problems+=("Chromium: not found at /usr/bin/chromium: apt-get install chromium (or set OVERGANG_CHROMIUM to a Chromium binary)")
    fi
  fi
}

# Install what is missing when this machine lets us: Debian's apt, as root or with passwordless sudo.
packages=()
has_postgres || packages+=(postgresql)
has_chromium || [ -n "${OVERGANG_CHROMIUM:-}" ] || packages+=(chromium)
if [ ${#packages[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root=(sudo -n); else as_root=(none); fi
  fi
  if [ "${as_root[*]}" != none ]; then
    echo "test.sh: installing ${packages[*]} with apt"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" ||
      echo "test.sh: apt-get failed"
  fi
fi

missing
if [ ${#problems[@]} -gt 0 ]; then
  echo "test.sh: the tests need what is missing below (run ./test.sh as root on Debian to install it):"
  for problem in "${problems[@]}"; do echo "missing: $problem"; done
  exit 3
fi
postgres=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -z "${OVERGANG_TEST_POSTGRES:-}" ] || postgres='$OVERGANG_TEST_POSTGRES'
echo "test.sh: ready: .NET SDK $(dotnet --version), PostgreSQL $postgres, Chromium $chromium"
if [ "${1:-}" = --setup ]; then
  exit 0
fi

# Build the solution once, then run the test projects side by side: each test process spends much of its time
# waiting (on its PostgreSQL cluster, its Chromium, its own web server), so together they keep two cores busy where one
# after the other they did not. Each project starts its own PostgreSQL cluster (a directory of its own under /tmp and
# a free loopback port) and its own browsers; the longest project starts first. A project's output is printed when it
# ends; the arguments of test.sh go to every project's `dotnet test` (for example --filter).
#   OVERGANG_TEST_JOBS=1 ./test.sh    one project at a time
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
if ! dotnet build Overgang.slnx -c Debug >"$results/build.out" 2>&1; then
  cat "$results/build.out"
  echo "test.sh: the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
grep -E ' (warning|error) |Build succeeded|Time Elapsed' "$results/build.out" | tail -n 3

# The test projects of the solution, longest first, so that the short ones run beside it rather than after it.
listed=$(sed -n 's|.*Path="tests/Overgang\.\([A-Za-z]*\)\.Tests/.*|\1|p' Overgang.slnx)
projects=()
for name in Web Registry Cli Analysis Linkage Rules $listed; do
  if grep -qx "$name" <<<"$listed" && [[ " ${projects[*]} " != *" $name "* ]]; then projects+=("$name"); fi
done
jobs=${OVERGANG_TEST_JOBS:-${#projects[@]}}
status=0
declare -A names=()
finish() {
  local pid project
  wait -n -p pid
  local code=$?
  project=${names[$pid]}
  unset "names[$pid]"
  cat "$results/$project.log"
  [ "$code" -eq 0 ] || status=$code
  if [ "$code" -ne 0 ] && ! grep -Eq 'Failed: +[1-9]' "$results/$project.log"; then
    # The test host failed before any test could report (or did not start): count that as a failure.
    echo "Failed: 1 (test.sh: Overgang.$project.Tests ended with exit code $code without a failed test)" >>"$results/$project.log"
  fi
  echo "test.sh: Overgang.$project.Tests done (exit code $code)"
}
for project in "${projects[@]}"; do
  while [ "${#names[@]}" -ge "$jobs" ]; do finish; done
  dotnet test "tests/Overgang.$project.Tests" --no-build -c Debug "$@" >"$results/$project.log" 2>&1 &
  names[$!]=$project
done
while [ "${#names[@]}" -gt 0 ]; do finish; done

# dotnet test prints one summary per test project ("Failed: 0, Passed: 123, ..."): add them up.
passed=$(cat "$results"/*.log | grep -Eo 'Passed: +[0-9]+' | awk '{s+=$2} END {print s+0}')
failed=$(cat "$results"/*.log | grep -Eo 'Failed: +[0-9]+' | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
