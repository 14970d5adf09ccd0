"""A per-customer sliding-window rate limit, with the clock passed in."""

from __future__ import annotations

from collections import defaultdict, deque


class RateLimiter:
    """Allows `limit` messages per `window` seconds for each key.

    In memory, per server process: one customer flooding one server is stopped; a shared limit
    across servers belongs with the production profile's Redis.
    """

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = defaultdict(deque)

    def allow(self, key: str, now: float) -> bool:
        hits = self._hits[key]
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True

    def retry_after(self, key: str, now: float) -> int:
        hits = self._hits.get(key)
        if not hits:
            return 0
        return max(1, int(hits[0] + self.window - now + 0.999))
