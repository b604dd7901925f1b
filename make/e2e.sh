#!/usr/bin/env bash
# End-to-end tests: serve the built SPA and the API on a database of their own, run the
# browser tests against it, then stop what this script started (and nothing else).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
# A free loopback port unless one is given, so two runs on one machine never meet.
PORT=${E2E_PORT:-$($PY -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
export TRAENING_DATABASE=${TRAENING_DATABASE:-traening_e2e}

started_db=0
if [ -z "${DATABASE_URL:-}" ] && ! $PY -m api embedded-db running; then started_db=1; fi
$PY -m api reset-database "$TRAENING_DATABASE"

# The browser tests log in: an administrator and a team leader with fresh random passwords.
new_password() { $PY -c "import secrets; print(secrets.token_urlsafe(18))"; }
export E2E_ADMIN_USER=e2e-admin E2E_STAFF_USER=e2e-leder
E2E_ADMIN_PASSWORD=$(new_password); E2E_STAFF_PASSWORD=$(new_password)
export E2E_ADMIN_PASSWORD E2E_STAFF_PASSWORD
echo "$E2E_ADMIN_PASSWORD" | $PY -m api create-user --username "$E2E_ADMIN_USER" \
  --name "E2E Administrator" --role administrator >/dev/null
echo "$E2E_STAFF_PASSWORD" | $PY -m api create-user --username "$E2E_STAFF_USER" \
  --name "E2E Teamleder" --role team_leader --site syd --site nord >/dev/null

log=$(mktemp)
$PY -m api serve --host 127.0.0.1 --port "$PORT" >"$log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  if [ "$started_db" = 1 ]; then $PY -m api embedded-db stop || true; fi
  rm -f "$log"
}
trap cleanup EXIT

ready() {
  $PY -c "import httpx, sys; sys.exit(httpx.get('http://127.0.0.1:$PORT/api/v1/ready').status_code != 200)" 2>/dev/null
}
for _ in $(seq 1 120); do
  if ready; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 0.5
done
ready || { cat "$log"; exit 1; }

status=0
make --no-print-directory e2e-run BASE_URL="http://127.0.0.1:$PORT" || status=$?
if [ "$status" != 0 ]; then echo "--- server log ---"; tail -50 "$log"; fi
exit "$status"
