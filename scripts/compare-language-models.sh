#!/usr/bin/env bash
# Measures the choice between one model for both languages and one model per language: trains
# an English-only and a Dutch-only NLU model and scores each on its held-out test file, for
# comparison with `make eval-nlu` (the shared model). Figures go in the README.
set -euo pipefail
cd "$(dirname "$0")/.."
out="results/per-language"
mkdir -p "$out"
train_and_score() {
  local lang=$1; shift
  local data="$out/data-$lang"
  rm -rf "$data" && mkdir -p "$data" && cp "$@" "$data/"
  .venv/bin/rasa train nlu --config config.yml --nlu "$data" --out "$out" \
    --fixed-model-name "nlu-$lang" --quiet >"$out/train-$lang.log" 2>&1
  .venv/bin/rasa test nlu --model "$out/nlu-$lang.tar.gz" --nlu "tests/nlu/heldout_$lang.yml" \
    --out "$out/nlu-$lang" --quiet >"$out/test-$lang.log" 2>&1
}
train_and_score en data/nlu/en.yml data/nlu/en_suggestions.yml data/nlu/corpora_en.yml
train_and_score nl data/nlu/nl.yml
.venv/bin/python scripts/nlu_report.py "$out/nlu-en" "$out/nlu-nl"
