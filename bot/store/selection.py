"""Which bookings each figure covers, as SQL conditions: the README's "What the figures mean"
in one place. Every condition starts from one customer."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import col

from bot.insights.reversals import NEVER_REFUNDS, RETURNED_DEBIT
from bot.store.models import Transaction
from bot.taxonomy import NOT_SPENDING


def scope(
    customer_id: int,
    start: date | None = None,
    end: date | None = None,
    category: str | None = None,
    counterparties: Collection[str] | None = None,
) -> list[Any]:
    """The customer, the period (both ends inclusive), a category and exact counterparty names."""
    conditions: list[Any] = [Transaction.customer_id == customer_id]
    if start is not None:
        conditions.append(Transaction.booking_date >= start)
    if end is not None:
        conditions.append(Transaction.booking_date <= end)
    if category is not None:
        conditions.append(Transaction.category == category)
    if counterparties is not None:
        conditions.append(col(Transaction.counterparty_name).in_(sorted(counterparties)))
    return conditions


def size(min_cents: int | None, max_cents: int | None) -> list[Any]:
    magnitude = func.abs(Transaction.amount_cents)
    bounds: list[Any] = []
    if min_cents is not None:
        bounds.append(magnitude >= min_cents)
    if max_cents is not None:
        bounds.append(magnitude <= max_cents)
    return bounds


def no_own_transfers() -> Any:
    return col(Transaction.category).notin_(sorted(NOT_SPENDING))


def spent() -> Any:
    """Outgoing payments that stood: no own transfers, nothing that was reversed."""
    return and_(
        Transaction.amount_cents < 0,
        no_own_transfers(),
        col(Transaction.reversed_by_id).is_(None),
    )


def refunds() -> Any:
    """Money given back that reverses no single payment: it lowers its category's spending."""
    return and_(
        Transaction.amount_cents > 0,
        col(Transaction.category).notin_(sorted(NEVER_REFUNDS)),
        Transaction.kind != RETURNED_DEBIT,
        col(Transaction.reverses_id).is_(None),
    )


def came_in() -> Any:
    """Every incoming booking but own transfers and reversals (returned debits, full refunds)."""
    return and_(
        Transaction.amount_cents > 0,
        no_own_transfers(),
        Transaction.kind != RETURNED_DEBIT,
        col(Transaction.reverses_id).is_(None),
    )


def spent_or_refunded(min_cents: int | None, max_cents: int | None) -> Any:
    """Amount bounds ask about single payments, so refunds are only netted without them."""
    if min_cents is not None or max_cents is not None:
        return and_(spent(), *size(min_cents, max_cents))
    return or_(spent(), refunds())


def settled() -> Any:
    """Neither a payment that was reversed nor the reversal of one."""
    return and_(
        col(Transaction.reversed_by_id).is_(None),
        col(Transaction.reverses_id).is_(None),
        Transaction.kind != RETURNED_DEBIT,
    )
