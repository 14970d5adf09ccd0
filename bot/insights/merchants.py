"""Matches the merchant a customer typed against the names in their own history."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class MerchantMatch:
    name: str | None  # the text to filter counterparties on, when the merchant is known
    suggestions: tuple[str, ...] = ()


def match_merchant(typed: str, known: Iterable[str]) -> MerchantMatch:
    """A known name containing what was typed, or the closest names when nothing matches.

    Containment rather than equality, because banks print "ALBERT HEIJN 1403 UTRECHT" where the
    customer says "Albert Heijn".
    """
    wanted = " ".join(typed.lower().split())
    names = sorted({n for n in known if n})
    if wanted and any(wanted in n.lower() for n in names):
        return MerchantMatch(name=wanted)
    by_lower = {n.lower(): n for n in names}
    close = difflib.get_close_matches(wanted, list(by_lower), n=MAX_SUGGESTIONS, cutoff=0.6)
    if not close:
        # Bank texts carry branch numbers and towns; compare with each name's first words too.
        heads = {" ".join(n.split()[: len(wanted.split())]): n for n in by_lower}
        close = [heads[h] for h in difflib.get_close_matches(wanted, list(heads), n=3, cutoff=0.6)]
    return MerchantMatch(name=None, suggestions=tuple(by_lower[c] for c in close))
