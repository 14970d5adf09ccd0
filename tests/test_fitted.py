"""Fitted models kept in models/ under the digest of what they learnt from (bot.fitted)."""

from dataclasses import dataclass

import pytest

from bot.fitted import load_or_fit


@dataclass
class Model:
    learnt: str


def test_a_model_is_fitted_once_and_reused_while_its_digest_holds(tmp_path):
    fits = []

    def fit():
        fits.append(1)
        return Model("a")

    assert load_or_fit(tmp_path, "reader", "aaa", Model, fit) == Model("a")
    assert load_or_fit(tmp_path, "reader", "aaa", Model, fit) == Model("a")
    assert len(fits) == 1 and [p.name for p in tmp_path.iterdir()] == ["reader-aaa.pkl"]


def test_a_new_digest_refits_and_removes_the_old_file(tmp_path):
    load_or_fit(tmp_path, "reader", "aaa", Model, lambda: Model("a"))
    load_or_fit(tmp_path, "other", "zzz", Model, lambda: Model("z"))
    assert load_or_fit(tmp_path, "reader", "bbb", Model, lambda: Model("b")) == Model("b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other-zzz.pkl", "reader-bbb.pkl"]


@pytest.mark.parametrize("content", [b"not a pickle", b""])
def test_an_unreadable_file_is_refitted_and_replaced(tmp_path, content):
    (tmp_path / "reader-aaa.pkl").write_bytes(content)
    assert load_or_fit(tmp_path, "reader", "aaa", Model, lambda: Model("a")) == Model("a")
    assert load_or_fit(tmp_path, "reader", "aaa", Model, lambda: pytest.fail("refit")) == Model("a")


def test_a_file_holding_something_else_is_refitted(tmp_path):
    load_or_fit(tmp_path, "reader", "aaa", str, lambda: "not a model")
    assert load_or_fit(tmp_path, "reader", "aaa", Model, lambda: Model("a")) == Model("a")
