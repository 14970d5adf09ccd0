#!/usr/bin/env bash
# Starts the action server and the Rasa server, prints where to talk to Penny, and stops both
# together on Ctrl-C. Both listen on loopback unless PENNY_RASA_HOST / PENNY_ACTION_HOST say
# otherwise; Rasa's HTTP API is off unless PENNY_RASA_API_TOKEN is set, and then needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
RASA_HOST="${PENNY_RASA_HOST:-127.0.0.1}"
RASA_PORT="${PENNY_RASA_PORT:-5005}"
ACTION_PORT="${PENNY_ACTION_PORT:-5055}"

api=()
if [[ -n "${PENNY_RASA_API_TOKEN:-}" ]]; then
  api=(--enable-api --auth-token "$PENNY_RASA_API_TOKEN")
fi
# Rasa answers CORS preflights itself, so the allowed origins must reach it too.
cors=()
if [[ -n "${PENNY_CORS_ORIGINS:-}" ]]; then
  IFS=',' read -ra origins <<<"$PENNY_CORS_ORIGINS"
  cors=(--cors "${origins[@]}")
fi

export PENNY_DEMO_MODE="${PENNY_DEMO_MODE:-1}"  # make run is a demo; production sets 0
# Only Rasa may call the action server: both get the secret; a bank sets its own.
if [[ -z "${PENNY_ACTION_SECRET:-}" ]]; then
  if [[ ! -s var/action-secret ]]; then
    mkdir -p var
    (umask 077; .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(48))' >var/action-secret)
  fi
  PENNY_ACTION_SECRET="$(cat var/action-secret)"
fi
export PENNY_ACTION_SECRET
.venv/bin/python -m bot.action_server --port "$ACTION_PORT" --quiet &
actions_pid=$!
.venv/bin/rasa run --model models/penny.tar.gz -i "$RASA_HOST" --port "$RASA_PORT" \
  --credentials credentials.yml --endpoints endpoints.yml --quiet "${api[@]}" "${cors[@]}" &
rasa_pid=$!
trap 'kill $actions_pid $rasa_pid 2>/dev/null; wait' EXIT INT TERM

for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$RASA_PORT/webhooks/penny/" >/dev/null 2>&1; then
    echo
    echo "Penny is running."
    if [[ "$PENNY_DEMO_MODE" =~ ^(1|true|yes|on)$ ]]; then
      echo "  DEMO MODE IS ON: anyone on this machine can log in as a demo customer."
      echo "  Production sets PENNY_DEMO_MODE=0 (see Security in the README)."
    fi
    echo "  Open the widget:  http://127.0.0.1:$RASA_PORT/webhooks/penny/widget/"
    echo "  Or by script:     TOKEN=\$(.venv/bin/bot token demo-001)"
    echo "                    curl -s -XPOST http://127.0.0.1:$RASA_PORT/webhooks/penny/webhook \\"
    echo "                      -H \"Authorization: Bearer \$TOKEN\" -d '{\"message\": \"What is my balance?\"}'"
    echo "  Press Ctrl-C to stop."
    break
  fi
  if ! kill -0 $rasa_pid 2>/dev/null; then echo "Rasa failed to start." >&2; exit 1; fi
  sleep 1
done
wait
