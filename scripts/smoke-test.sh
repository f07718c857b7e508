#!/usr/bin/env bash
# Starts the app the way a newcomer does (`pnpm start`) on a fresh database and checks,
# over HTTP, that the health endpoint answers, the web app is served and the GraphQL API
# returns the seeded goals. Extra environment (e.g. DATABASE_URL) is passed through.
set -euo pipefail

port="${SMOKE_PORT:-4123}"
log="$(mktemp)"
export PORT="$port"
export DATA_DIR="${DATA_DIR:-$(mktemp -d)/pglite}"

setsid pnpm start >"$log" 2>&1 &
app_pid=$!
stop_app() { kill -- -"$app_pid" 2>/dev/null || kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }
trap stop_app EXIT

started=$(date +%s)
until curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "smoke: the app exited:"; cat "$log"; exit 1; fi
  if [ $(( $(date +%s) - started )) -gt 240 ]; then echo "smoke: no answer after 240 s:"; cat "$log"; exit 1; fi
  sleep 1
done
echo "smoke: healthy after $(( $(date +%s) - started )) s: $(curl -fsS "http://127.0.0.1:$port/health")"
grep -q "Lägesbild is running at http://localhost:$port/" "$log" || { echo "smoke: the address was not printed"; cat "$log"; exit 1; }

curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "smoke: the web app is not served at /"; exit 1; }
curl -fsS "http://127.0.0.1:$port/mal?enhet=intraservice" | grep -q '<div id="root">' || { echo "smoke: client routes do not fall back to the app"; exit 1; }

jar="$(mktemp)"
status="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -H 'content-type: application/json' \
  -d '{"email":"forvaltningschef@demo.lagesbild.se","password":"demo-visare"}' "http://127.0.0.1:$port/auth/sign-in")"
[ "$status" = 200 ] || { echo "smoke: signing in as the demo department head answered $status"; exit 1; }

query='{"query":"{ goals(orgUnitCode: \"intraservice\", year: 2023) { title level indicators { name latestValue(upTo: {year: 2023, month: 5}) { period outcome status } } } }"}'
answer="$(curl -fsS -b "$jar" -H 'content-type: application/json' -d "$query" "http://127.0.0.1:$port/graphql")"
for expected in 'Vi ska attrahera, utveckla och behålla medarbetare och chefer' '"name":"Sjukfrånvaro"' '"outcome":5.9' '"status":"RED"'; do
  grep -qF "$expected" <<<"$answer" || { echo "smoke: the goals query lacks $expected:"; head -c 2000 <<<"$answer"; exit 1; }
done
echo "smoke: the page is served, the demo department head signs in and the GraphQL API returns the seeded goals ($(grep -o '"level":"COMMITTEE"' <<<"$answer" | wc -l) committee goals)"
