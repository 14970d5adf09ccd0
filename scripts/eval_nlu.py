"""`make eval-nlu`: issue 9's figures, from the trained model on data it was never trained on.

Held-out sets: tests/nlu/heldout_{en,nl}.yml (intents) and tests/nlu/preference.yml (stops and
near-misses), written apart from the training data and checked for near-duplicates by
tests/test_heldout_overlap.py; CLINC150's validation split and the 30 % of BANKING77 that
bot.nlu.corpora holds out. Prints one line per figure; misses go to results/eval-nlu-misses.txt.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.advice import preference  # noqa: E402
from bot.advice.consent import Step, Turn  # noqa: E402
from bot.nlu import corpora  # noqa: E402
from bot.nlu import evaluation as ev  # noqa: E402
from bot.nlu.overlap import read_examples, strip_annotations  # noqa: E402

LANGS = ("en", "nl")
SHARED = Path(os.environ.get("PENNY_SHARED_DATA", ROOT.parent / "shared" / "data"))
Parse = dict[str, Any]


async def parse_all(model: Path, texts: list[str]) -> list[Parse]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


def labelled(path: Path) -> list[tuple[str, str]]:
    return [
        (strip_annotations(text), intent)
        for intent, texts in read_examples(path).items()
        for text in texts
    ]


PREFERENCE_SECTIONS = ("stops", "near_misses", "bare_stops", "stop_with_question", "resumes")


def preference_rows(paths: list[Path]) -> dict[str, list[dict[str, str]]]:
    """section -> rows of text, lang and (for some sections) kind or question."""
    rows: dict[str, list[dict[str, str]]] = {section: [] for section in PREFERENCE_SECTIONS}
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for section, by_language in data.items():
            for lang, items in by_language.items():
                for item in items:
                    row = {"text": item} if isinstance(item, str) else dict(item)
                    rows.setdefault(section, []).append({**row, "lang": lang})
    return rows


def test_sets(dev: bool) -> tuple[dict[str, list[Path]], list[Path]]:
    """(language -> intent files, preference files): the held-out sets, or with dev the
    development sets in tests/nlu/dev that settings and rules are tuned on, and the phrasing
    sets in data/preference (the stop reader learns from these, so they show the rules' fit)."""
    nlu = ROOT / "tests" / "nlu"
    if dev:
        intents = {lang: sorted((nlu / "dev").glob(f"intents_dev*_{lang}.yml")) for lang in LANGS}
        return intents, sorted((ROOT / "data" / "preference").glob("set_*.yml"))
    return {lang: [nlu / f"heldout_{lang}.yml"] for lang in LANGS}, [nlu / "preference.yml"]


def opt_ins_without_question(parses: list[Parse]) -> tuple[int, int]:
    """Feeds every parsed message, each followed by a "yes", through the real preference code on a
    throw-away store. Returns (opt-ins recorded, opt-ins without a confirmed question)."""
    from bot.store import Store
    from bot.store.models import Customer
    from bot.store.preference_store import PreferenceStore

    store = Store.from_url("sqlite://")
    store.create_tables()
    store.add_all([Customer(login="eval", name="Eval", birth_date=datetime(1990, 1, 1).date())])
    customer = store.customer_by_login("eval")
    assert customer is not None
    where = preference.Where("eval#1", "eval", datetime(2026, 11, 30, 12), "opt_out")
    yes: Parse = {"text": "/affirm", "intent": {"name": "affirm"}}
    open_question: str | None = None
    for parse in [item for p in parses for item in (p, yes)]:
        question = preference.parse_open_question(open_question)
        turn = Turn(
            text=str(parse.get("text") or ""),
            intent=ev.intent_of(parse),
            reading=ev.reading_of(parse),
            card_shown=False,
            open_question=question[0] if question else None,
        )
        if turn.intent not in {"stop_suggestions", "resume_suggestions", "affirm", "deny"}:
            open_question = None
            continue
        outcome = preference.handle(
            store, customer, turn, question[1] if question else None, where, "en"
        )
        open_question = outcome.open_question
    opted_in = sum(1 for q in PreferenceStore(store).questions() if q.preference_id is not None)
    return opted_in, PreferenceStore(store).unconfirmed_opt_ins()


def main(model: Path, dev: bool = False) -> int:
    from rasa.utils.log_utils import configure_structlog

    logging.disable(logging.WARNING)
    configure_structlog(logging.ERROR)
    intent_files, preference_files = test_sets(dev)
    heldout = {lang: [row for path in paths for row in labelled(path)]
               for lang, paths in intent_files.items()}
    pref = preference_rows(preference_files)
    sets: dict[str, list[str]] = {f"heldout_{k}": [t for t, _ in v] for k, v in heldout.items()}
    sets.update({f"pref_{k}": [r["text"] for r in v] for k, v in pref.items()})
    # The corpora's evaluation splits are held out: the development run reads instead the rows
    # of their training splits that the training sample left out.
    have_corpora = (SHARED / "clinc150_train_val.json").exists()
    if dev:
        print("Development sets (tests/nlu/dev) and the stop reader's phrasing sets "
              "(data/preference), for tuning; the figures of record are `make eval-nlu`'s.")
    if have_corpora and dev:
        clinc = corpora.load_clinc(SHARED / "clinc150_train_val.json")
        banking = corpora.load_banking(SHARED / "banking77_train.csv")
        sampled = read_examples(ROOT / "data" / "nlu" / "corpora_en.yml")
        development = corpora.development_sets(
            clinc, banking, (text for texts in sampled.values() for text in texts)
        )
        sets.update({name: [t for t, _ in rows] for name, rows in development.items()})
    elif have_corpora:
        clinc = corpora.load_clinc(SHARED / "clinc150_train_val.json")
        banking = corpora.load_banking(SHARED / "banking77_train.csv")
        evaluation = corpora.evaluation_sets(clinc, banking)
        sets.update({name: [t for t, _ in rows] for name, rows in evaluation.items()})
    elif not dev:
        print(f"The public corpora are not in {SHARED}: their figures are MISSED.")
    names = list(sets)
    flat = [text for name in names for text in sets[name]]
    parsed_flat = asyncio.run(parse_all(model, flat))
    parsed: dict[str, list[Parse]] = {}
    start = 0
    for name in names:
        parsed[name] = parsed_flat[start : start + len(sets[name])]
        start += len(sets[name])

    figures: list[ev.Figure] = []
    label = "development" if dev else "held-out"
    misses: list[str] = []

    def by_lang(section: str, lang: str) -> list[tuple[dict[str, str], Parse]]:
        rows = zip(pref[section], parsed[f"pref_{section}"], strict=True)
        return [(row, p) for row, p in rows if row["lang"] == lang]

    for lang in ("en", "nl"):
        stops = by_lang("stops", lang)
        figures.append(
            ev.rate(f"opt-out recall, {label} stop phrasings ({lang})",
                    (ev.records_opt_out(p) for _, p in stops), 0.99)
        )
        misses += [f"stop not recorded ({lang}): {r['text']}" for r, p in stops
                   if not ev.records_opt_out(p)]
    near = list(zip(pref["near_misses"], parsed["pref_near_misses"], strict=True))
    figures.append(
        ev.rate("opt-outs recorded for near-misses (EN+NL)",
                (ev.records_opt_out(p) for _, p in near), 0.01, higher=False)
    )
    misses += [f"near-miss recorded ({r['lang']}, {r.get('kind')}): {r['text']}"
               for r, p in near if ev.records_opt_out(p)]
    bare = list(zip(pref["bare_stops"], parsed["pref_bare_stops"], strict=True))
    figures.append(
        ev.rate("bare stops recorded right after a card (EN+NL)",
                (ev.records_opt_out(p, card_shown=True) for _, p in bare), 0.95)
    )
    figures.append(
        ev.rate("bare stops recorded with no card shown (Penny asks instead)",
                (ev.records_opt_out(p) for _, p in bare), 0.0, higher=False)
    )
    misses += [f"bare stop after a card not recorded ({r['lang']}): {r['text']}"
               for r, p in bare if not ev.records_opt_out(p, card_shown=True)]
    misses += [f"bare stop recorded with no card ({r['lang']}): {r['text']}"
               for r, p in bare if ev.records_opt_out(p)]
    both = list(zip(pref["stop_with_question"], parsed["pref_stop_with_question"], strict=True))
    figures.append(
        ev.rate("stop plus a question: stop recorded and question answered",
                (ev.records_opt_out(p) and ev.also_of(p) == r["question"] for r, p in both), 0.9)
    )
    misses += [f"stop+question ({r['lang']}, {r['question']}, got {ev.also_of(p)}): {r['text']}"
               for r, p in both if not (ev.records_opt_out(p) and ev.also_of(p) == r["question"])]
    resumes = list(zip(pref["resumes"], parsed["pref_resumes"], strict=True))
    figures.append(
        ev.rate("resume requests that ask the Yes/No question",
                (ev.preference_step(p) is Step.ASK_RESUME for _, p in resumes), 0.95)
    )
    misses += [f"resume not asked ({r['lang']}, {ev.preference_step(p).name}): {r['text']}"
               for r, p in resumes if ev.preference_step(p) is not Step.ASK_RESUME]
    all_parses = [p for name in names for p in parsed[name]]
    opted_in, unconfirmed = opt_ins_without_question(all_parses)
    figures.append(
        ev.Figure(f"opted_in without a confirmed question ({opted_in} confirmed opt-ins)",
                  unconfirmed, len(all_parses), 0.0, higher_is_better=False)
    )
    if have_corpora and dev:
        figures.append(
            ev.rate("out-of-scope recall, CLINC150 train rows not sampled (development)",
                    (ev.intent_of(p) == "out_of_scope" for p in parsed["clinc_dev_out_of_scope"]),
                    0.85)
        )
        figures.append(
            ev.rate("block_card or human_handoff recall, BANKING77 urgent rows not sampled "
                    "(development)",
                    (ev.intent_of(p) in {"block_card", "human_handoff"}
                     for p in parsed["banking_dev_urgent"]), 0.95)
        )
    elif have_corpora:
        everyday = parsed["clinc_val_out_of_scope"] + parsed["banking_heldout"]
        figures.append(
            ev.rate("preference changes, CLINC150 val out-of-scope + BANKING77 held-out",
                    (ev.preference_step(p) in (Step.OPT_OUT, Step.ANSWER_YES) for p in everyday),
                    0.002, higher=False)
        )
        misses += [f"corpus message changed the preference: {p.get('text')}"
                   for p in everyday if ev.records_opt_out(p)]
        figures.append(
            ev.rate("out-of-scope recall, CLINC150 validation",
                    (ev.intent_of(p) == "out_of_scope" for p in parsed["clinc_val_out_of_scope"]),
                    0.85)
        )
        urgent = parsed["banking_heldout_urgent"]
        figures.append(
            ev.rate("block_card or human_handoff recall, BANKING77 held-out urgent intents",
                    (ev.intent_of(p) in {"block_card", "human_handoff"} for p in urgent), 0.95)
        )
        misses += [f"urgent not handed off ({ev.intent_of(p)}): {p.get('text')}"
                   for p in urgent if ev.intent_of(p) not in {"block_card", "human_handoff"}]
    elif not dev:
        for name in ("preference changes on the corpora", "out-of-scope recall, CLINC150",
                     "block_card or human_handoff recall, BANKING77"):
            figures.append(ev.Figure(name, 0, 0, 1.0))
    for lang in ("en", "nl"):
        expected = [intent for _, intent in heldout[lang]]
        figures.append(
            ev.accuracy(f"{label} intent accuracy ({lang}, {len(expected)} messages)",
                        parsed[f"heldout_{lang}"], expected, 0.95)
        )
        misses += [f"intent ({lang}) expected {e}, got {g}: {t}"
                   for e, g, t in ev.confusions(parsed[f"heldout_{lang}"], expected)]

    for figure in figures:
        print(figure.line())
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    stem = "eval-nlu-dev" if dev else "eval-nlu"
    (out / f"{stem}-misses.txt").write_text("\n".join(misses) + "\n", encoding="utf-8")
    summary = [{"figure": f.name, "value": f.value, "hits": f.hits, "total": f.total,
                "target": f.target, "met": f.met} for f in figures]
    (out / f"{stem}.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(f"{sum(f.met for f in figures)} of {len(figures)} targets met; misses listed in "
          f"{out / f'{stem}-misses.txt'}")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--dev"]
    sys.exit(main(Path(args[0] if args else ROOT / "models/penny.tar.gz"), "--dev" in sys.argv))
