"""A flood of bad tokens against the real channel (issue 10): after ten failures a minute from
one address the answer is 429 with Retry-After, while a valid token from that same address (a
customer behind the same NAT) is still served."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_channel import _start, send, token_for


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # The default limit: PENNY_AUTH_FAILURES_PER_MINUTE is not set.
    yield from _start(tmp_path_factory, "0", {"PENNY_AUTH_FAILURES_PER_MINUTE": ""})


def test_forty_bad_tokens_get_ten_401s_then_429s_with_retry_after(server):
    answers = [send(server, "garbage.token.value", {"message": "hi"}) for _ in range(40)]
    codes = [code for code, _, _ in answers]
    assert codes[:10] == [401] * 10
    assert codes[10:] == [429] * 30
    _, body, headers = answers[-1]
    assert 1 <= int(headers["Retry-After"]) <= 61 and "too quickly" in body["error"]


def test_a_valid_customer_on_the_same_address_is_not_locked_out(server):
    for _ in range(12):
        send(server, None, {"message": "no token at all"})
    code, body, _ = send(server, token_for("demo-001"), {"message": "hi"})
    assert code == 200, body
