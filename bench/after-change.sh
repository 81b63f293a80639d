#!/usr/bin/env bash
# Issue 14 item 9 (stop 26): the first request after a change. Against a running `overgang serve` on the demo registry
# (OVERGANG_PAGES_PORT, default 5440; demo password $OVERGANG_DEMO_PASSWORD, default load-password-123), asks every slow
# API GET once (warm), then per kind of change makes the change through the API and times the first request of each
# GET after it (first byte, curl) and a second one: a fact (a person's medical treatment set to the opposite of its
# stored value, PATCH /api/v1/persons/{id}: raises the registry's revision, and since stop 27 none of the kept results
# reads it), a complaint (POST /api/v1/locations/{id}/complaints) and a person decided again (POST
# /api/v1/persons/{id}/decision), which raise its activity, and an enrolment change of the first person of the return
# overview (PATCH /api/v1/return-programme/persons/{id}: a fact the return programme reads). Repeats N times (default 3)
# and prints every figure with the 1-minute load average. Usage: bench/after-change.sh [N]
set -euo pipefail
rounds="${1:-3}"
base="http://127.0.0.1:${OVERGANG_PAGES_PORT:-5440}"
password="${OVERGANG_DEMO_PASSWORD:-load-password-123}"
tok() { curl -s -X POST -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$password\"}" "$base/api/v1/auth/token" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])'; }
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
A=$(tok admin); I=$(tok ind); N=$(tok analist); D=$(tok dtenv)
worker="${OVERGANG_CASE_WORKER:-gemeente-gm0363}"
W=$(tok "$worker")
municipality="$(echo "${worker#gemeente-}" | tr '[:lower:]' '[:upper:]')"
person=$(curl -s -H "Authorization: Bearer $A" "$base/api/v1/persons?municipality=$municipality&pageSize=1" | json 'd["persons"][0]["id"]')
location=$(curl -s -H "Authorization: Bearer $W" "$base/api/v1/locations?municipality=$municipality" | json 'd["locations"][0]["id"]')
enrolled=$(curl -s -H "Authorization: Bearer $D" "$base/api/v1/return-programme/overview" | json 'd["steps"][0]["personId"]')

declare -a gets=(
  "return overview (dtenv)|$D|/api/v1/return-programme/overview"
  "return caseload (dtenv)|$D|/api/v1/return-programme/caseload"
  "dashboard (dtenv)|$D|/api/v1/dashboard"
  "reception quality (analyst)|$N|/api/v1/analysis/reception"
  "locations (admin)|$A|/api/v1/locations"
  "dashboard (case worker)|$W|/api/v1/dashboard"
  "dashboard (ind)|$I|/api/v1/dashboard"
)
# Reads a record with its ETag, PATCHes the body a Python expression over it (d) makes, with If-Match; prints the status.
patch_read() {
  local headers body etag
  headers=$(mktemp)
  body=$(curl -s -D "$headers" -H "Authorization: Bearer $1" "$base$2" | json "$3")
  etag=$(tr -d '\r' <"$headers" | awk -F': ' 'tolower($1)=="etag"{print $2}')
  rm -f "$headers"
  curl -s -o /dev/null -w '%{http_code}' -X PATCH -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -H "If-Match: $etag" -d "$body" "$base$2"
}
ttfb() { curl -s -o /dev/null -w '%{http_code} %{time_starttransfer}' -H "Authorization: Bearer $1" "$base$2"; }
time_all() {
  for entry in "${gets[@]}"; do
    IFS='|' read -r name token path <<<"$entry"
    read -r code first <<<"$(ttfb "$token" "$path")"
    read -r _ second <<<"$(ttfb "$token" "$path")"
    printf '%s | %s | %s | first %.0f ms | then %.0f ms | load %s\n' "$1" "$name" "$code" "$(echo "$first*1000" | bc)" "$(echo "$second*1000" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
  done
}

for entry in "${gets[@]}"; do IFS='|' read -r _ token path <<<"$entry"; ttfb "$token" "$path" >/dev/null; done
time_all "warm"
for round in $(seq 1 "$rounds"); do
  # The opposite of the stored value, so that every round changes the fact (a repeated run on the same copy too).
  status=$(patch_read "$A" "/api/v1/persons/$person" 'json.dumps({"medicalTreatment": not d["medicalTreatment"]})')
  time_all "after a fact ($round, $status)"
  today=$(TZ=Europe/Amsterdam date +%F)
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $W" -H 'Content-Type: application/json' -d "{\"received\":\"$today\",\"category\":\"housing\",\"language\":\"nl\",\"text\":\"Te koud in de kamer.\"}" "$base/api/v1/locations/$location/complaints")
  time_all "after a complaint ($round, $status)"
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $A" "$base/api/v1/persons/$person/decision")
  time_all "after a decision again ($round, $status)"
  # An enrolment in the return programme: its commitment signed or not, the rest as stored.
  status=$(patch_read "$D" "/api/v1/return-programme/persons/$enrolled" \
    'json.dumps({"enrolment": {"enrolledOn": d["enrolledOn"] or d["date"], "commitmentSigned": not d["commitmentSigned"], "departureDate": d["departureDate"], "package": d["package"]}})')
  time_all "after an enrolment change ($round, $status)"
done
