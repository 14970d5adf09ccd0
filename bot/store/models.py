"""The store's tables: one SQLModel class per table, the single source of truth for its shape.

Money is integer cents with a sign: negative leaves the account, positive comes in.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel


class Customer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # The login is what a verified token's subject (or a Rasa sender id) maps to.
    login: str = Field(index=True, unique=True, max_length=64)
    name: str = Field(max_length=200)
    birth_date: date
    language: str = Field(default="en", max_length=8)
    children: int = 0


class Account(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    iban: str = Field(index=True, unique=True, max_length=34)
    kind: str = Field(default="current", max_length=20)  # current | savings
    opening_balance_cents: int = 0
    opened_on: date


class Transaction(SQLModel, table=True):
    __table_args__ = (
        # Covers the hot path: one customer's spending per category over a period,
        # answered from the index alone.
        Index(
            "ix_tx_customer_category_date_amount",
            "customer_id",
            "category",
            "booking_date",
            "amount_cents",
            # What spending leaves out (README: What the figures mean), so it stays covered.
            "reversed_by_id",
            "reverses_id",
            "kind",
        ),
        Index("ix_tx_customer_date", "customer_id", "booking_date"),
        Index("ix_tx_customer_counterparty", "customer_id", "counterparty_name"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # customer_id is denormalised from the account so that every query filters on it first.
    customer_id: int = Field(foreign_key="customer.id")
    account_id: int = Field(foreign_key="account.id")
    booking_date: date
    amount_cents: int
    currency: str = Field(default="EUR", max_length=3)
    counterparty_name: str = Field(default="", max_length=200)
    counterparty_iban: str | None = Field(default=None, max_length=34)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    mcc: int | None = None
    category: str = Field(default="other", max_length=40)
    # How the payment was made: card, direct_debit, transfer, returned_debit, ...
    kind: str = Field(default="transfer", max_length=20)
    country: str = Field(default="NL", max_length=2)
    # A payment that did not stand and the money that came back for it point at each other
    # (bot/insights/reversals.py); both then leave every total.
    reversed_by_id: int | None = Field(default=None, foreign_key="transaction.id")
    reverses_id: int | None = Field(default=None, foreign_key="transaction.id")


class ProductHolding(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    product_id: str = Field(max_length=60)
    opened_on: date


class MarketingPreference(SQLModel, table=True):
    """Append-only record of a customer's choices about suggestions; the newest row is in force.

    Kept as a log rather than a flag so that a compliance officer can see when, where and in which
    words each choice was made.
    """

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    status: str = Field(max_length=12)  # opted_out | opted_in
    changed_at: datetime
    channel: str = Field(default="", max_length=40)
    words: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class PreferenceQuestion(SQLModel, table=True):
    """A question Penny asked before changing the marketing preference, and the answer.

    An opt-in exists only as the answer "yes" to a "resume" question in the same conversation:
    `preference_id` then points at the opted_in row it created. No other path writes one.
    """

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    conversation_id: str = Field(default="", max_length=200)
    channel: str = Field(default="", max_length=40)
    kind: str = Field(max_length=12)  # resume | stop
    asked_at: datetime
    request_words: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    answer: str = Field(default="", max_length=12)  # "" (open) | yes | no
    answered_at: datetime | None = None
    answer_words: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    preference_id: int | None = Field(default=None, foreign_key="marketingpreference.id")


class SuggestionDecision(SQLModel, table=True):
    """The audit log: every suggestion the rules considered, shown or blocked, with the rule that
    decided it and the evidence used. Written by the same call that decides."""

    __table_args__ = (Index("ix_suggestion_customer_at", "customer_id", "decided_at"),)

    id: int | None = Field(default=None, primary_key=True)
    decided_at: datetime
    customer_id: int = Field(foreign_key="customer.id")
    conversation_id: str = Field(default="", max_length=200)
    channel: str = Field(default="", max_length=40)
    product_id: str = Field(max_length=60)
    trigger: str = Field(max_length=60)
    shown: bool
    rule: str = Field(max_length=60)
    mode: str = Field(max_length=20)
    evidence: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    # Named numbers the "why" text uses, e.g. {"count": 7}, as JSON.
    figures: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))


class SuggestionResponse(SQLModel, table=True):
    """What the customer did with a shown suggestion (declined, for the 90-day rule)."""

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    product_id: str = Field(max_length=60)
    response: str = Field(max_length=20)
    responded_at: datetime
