#!/usr/bin/env bash
# Starts the action server and the Rasa server, prints where to talk to Penny, and stops both
# together on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
RASA_PORT="${PENNY_RASA_PORT:-5005}"
ACTION_PORT="${PENNY_ACTION_PORT:-5055}"

.venv/bin/rasa run actions --actions actions --port "$ACTION_PORT" --quiet &
actions_pid=$!
.venv/bin/rasa run --model models/penny.tar.gz --port "$RASA_PORT" --credentials credentials.yml \
  --endpoints endpoints.yml --quiet &
rasa_pid=$!
trap 'kill $actions_pid $rasa_pid 2>/dev/null; wait' EXIT INT TERM

for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$RASA_PORT/" >/dev/null 2>&1; then
    echo
    echo "Penny is running."
    echo "  REST channel: http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook"
    echo "  Try: curl -s -XPOST http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook \\"
    echo "         -d '{\"sender\": \"demo-001\", \"message\": \"What is my balance?\"}'"
    echo "  Press Ctrl-C to stop."
    break
  fi
  if ! kill -0 $rasa_pid 2>/dev/null; then echo "Rasa failed to start." >&2; exit 1; fi
  sleep 1
done
wait
