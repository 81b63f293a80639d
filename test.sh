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

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test Overgang.slnx "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary per test project ("Failed: 0, Passed: 123, ..."): add them up.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any test could report: count that as a failure.
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
