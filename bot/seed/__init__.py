"""Deterministic demo data: Dutch households with a couple of years of everyday banking.

One `random.Random(seed)` drives every choice, so the same seed and the same `until` give the
same rows, byte for byte. Categories are never chosen here: every booking goes through
`bot.categoriser.categorise`, so the demo exercises exactly the rules that imported bank files
get, and a surprising category in the demo points at a rule worth fixing.

The first three customers are fixed personas, so demos and tests have someone to log in as:
demo-001 has a bit of everything (children, car, trips abroad, subscriptions and every
sensitive category), demo-002 is in payment trouble and demo-003 is under 18. About one in
ten of the rest are in trouble or under 18 as well.

The modules follow a customer through the generator: `people` and `accounts` set them up,
`household` holds their bookings, `life` runs the parts of their year (`spending`, `sensitive`,
`leisure`, `income`, `balances`, `trouble`) in a fixed order, and `store_loading` inserts the
result.
"""

from bot.seed.generator import generate
from bot.seed.period import MAANDEN
from bot.seed.rows import DemoData, Row, SeedSummary
from bot.seed.store_loading import seed_store

__all__ = ["MAANDEN", "DemoData", "Row", "SeedSummary", "generate", "seed_store"]
