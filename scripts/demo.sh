#!/usr/bin/env bash
# `npm run demo`: start (or install) PostgreSQL and Redis, install if needed, build, migrate,
# load the demo data (data/demo/corpus.jsonl), then run the API (serving the web app at /) and
# the worker in the foreground (Ctrl-C stops both).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/services.sh
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run build --silent
# The web app (Vite) into dist/web, which the API serves at http://localhost:3000/.
npm run build:web --silent
node dist/apps/api/apps/api/src/cli/migrate.js run
if [ -f dist/apps/api/apps/api/src/cli/seed-demo.js ]; then
  node dist/apps/api/apps/api/src/cli/seed-demo.js
fi

pids=()
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true; }
trap stop EXIT INT TERM
node dist/apps/worker/apps/worker/src/main.js & pids+=($!)
node dist/apps/api/apps/api/src/main.js & pids+=($!)
# Whichever stops first (a crash, or a bad variable) stops the demo.
wait -n "${pids[@]}"
