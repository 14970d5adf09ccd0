"""Throttling before authentication (issue 10): failed logins are limited per client address with
429 and Retry-After, and a valid token from the same address is never locked out (NAT)."""

from __future__ import annotations

import uuid

import pytest

from bot.web.auth_throttle import FailureThrottle


def test_failures_beyond_the_limit_get_a_wait_in_seconds():
    throttle = FailureThrottle(per_minute=3)
    waits = [throttle.record_failure("203.0.113.7") for _ in range(5)]
    assert waits[:3] == [None, None, None]
    assert all(w is not None and 1 <= w <= 61 for w in waits[3:])


def test_each_address_has_its_own_count():
    throttle = FailureThrottle(per_minute=2)
    for _ in range(3):
        throttle.record_failure("203.0.113.7")
    assert throttle.record_failure("198.51.100.1") is None


def test_a_storage_that_is_down_throttles_nothing_but_keeps_answering():
    throttle = FailureThrottle(per_minute=1, storage_url="redis://127.0.0.1:1")
    assert throttle.record_failure("203.0.113.7") is None
    assert throttle.record_failure("203.0.113.7") is None


def test_the_count_adds_up_across_servers_through_redis():
    redis = pytest.importorskip("redis")
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_timeout=1).ping()
    except Exception:  # noqa: BLE001
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    address = f"test-{uuid.uuid4()}"
    first = FailureThrottle(per_minute=2, storage_url="redis://127.0.0.1:6379")
    second = FailureThrottle(per_minute=2, storage_url="redis://127.0.0.1:6379")
    assert first.record_failure(address) is None
    assert second.record_failure(address) is None
    assert first.record_failure(address) is not None  # the third failure, on another "server"
