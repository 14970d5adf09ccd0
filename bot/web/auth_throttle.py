"""Failed authentications are limited per client address (issue 10).

Only failures count: a customer whose address is shared with an attacker (NAT, a mobile carrier)
keeps working, because a valid token is never throttled here; guessing tokens from one address
gets 429 with Retry-After after `per_minute` failures. The counts live in `limits` storage:
memory for one process, Redis (PENNY_RATE_LIMIT_STORAGE=redis://...) to add up across servers
and survive restarts.
"""

from __future__ import annotations

import logging
import time

from limits import parse, storage, strategies

log = logging.getLogger(__name__)
NAMESPACE = "penny-auth-failure"


class FailureThrottle:
    def __init__(self, per_minute: int, storage_url: str = "memory://") -> None:
        self.item = parse(f"{per_minute}/minute")
        # Kept here: the strategy holds its storage by a weak reference only.
        self.storage = storage.storage_from_string(storage_url)
        self.limiter = strategies.MovingWindowRateLimiter(self.storage)

    def record_failure(self, address: str, now: float | None = None) -> int | None:
        """Counts one failed authentication; the seconds to wait once the address is over its
        limit, else None. A storage that is down throttles nothing (and says so in the log):
        the token check itself still refuses every bad token."""
        try:
            if self.limiter.hit(self.item, NAMESPACE, address):
                return None
            reset, _ = self.limiter.get_window_stats(self.item, NAMESPACE, address)
        except Exception:  # noqa: BLE001 - redis errors vary by client version
            log.warning("rate-limit storage unavailable; failed logins are not throttled")
            return None
        return max(1, int(reset - (now if now is not None else time.time())) + 1)
