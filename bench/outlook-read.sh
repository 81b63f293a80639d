#!/usr/bin/env bash
# Usage: start `overgang serve --database DB` with $OVERGANG_DEMO_PASSWORD set, then: bench/outlook-read.sh HOUSEHOLD_ID
# Times GET /api/v1/households/{id} (with the outlook) against a running server: 30 reads, prints the median in ms.
set -euo pipefail
base=http://127.0.0.1:5080
token=$(curl -s -X POST $base/api/v1/auth/token -H 'content-type: application/json' -d "{\"userName\":\"admin\",\"password\":\"$OVERGANG_DEMO_PASSWORD\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])' 2>/dev/null || true)
[ -n "$token" ] || { echo "no token"; exit 1; }
for i in $(seq 1 5); do curl -s -o /dev/null -H "authorization: Bearer $token" $base/api/v1/households/$1; done
for i in $(seq 1 30); do curl -s -o /dev/null -w '%{time_total}\n' -H "authorization: Bearer $token" $base/api/v1/households/$1; done | sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms (n=%d)\n", a[int((NR+1)/2)]*1000, NR}'
