#!/usr/bin/env bash
# Issue 14 item 9 (stop 25): first byte of API GETs on a running `overgang serve` (port 5440, demo password load-password-123),
# one cold request (printed as "first") then N timed ones; p50/p95 and the 1-minute load average. Usage: bench/api-times.sh N
# usage: speed-time.sh rounds ; times API GETs (first byte) with bearer tokens, after one warm-up request each
base=http://127.0.0.1:5440
tok() { curl -s -X POST -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"load-password-123\"}" $base/api/v1/auth/token | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])'; }
A=$(tok admin); I=$(tok ind); N=$(tok analist); W=$(tok gemeente-gm0363); D=$(tok dtenv); P=$(tok persoon-1)
declare -a names=("api return overview (dtenv)|$D|/api/v1/return-programme/overview" "api return caseload (dtenv)|$D|/api/v1/return-programme/caseload" "api reception quality (analyst)|$N|/api/v1/analysis/reception" "api locations (admin)|$A|/api/v1/locations" "api locations (case worker)|$W|/api/v1/locations" "api dashboard (case worker)|$W|/api/v1/dashboard" "api dashboard (ind)|$I|/api/v1/dashboard" "api dashboard (dtenv)|$D|/api/v1/dashboard" "api me (person)|$P|/api/v1/me")
for entry in "${names[@]}"; do
  IFS='|' read -r name token path <<<"$entry"
  first=$(curl -s -o /dev/null -w '%{http_code} %{time_starttransfer}' -H "Authorization: Bearer $token" "$base$path")
  times=()
  for i in $(seq 1 "$1"); do times+=($(curl -s -o /dev/null -w '%{time_starttransfer}' -H "Authorization: Bearer $token" "$base$path")); done
  load=$(cut -d' ' -f1 /proc/loadavg)
  printf '%s\n' "${times[@]}" | sort -n | python3 -c "
import sys; v=[float(x)*1000 for x in sys.stdin.read().split()]; n=len(v)
print('$name', '$path', 'first', '$first', 'p50 %.1f p95 %.1f max %.1f load %s' % (v[n//2], v[min(n-1,int(0.95*n))], v[-1], '$load'))"
done
