"""Store queries for suggestions: the audit log, responses, holdings and balances per day."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.store.models import (
    Account,
    ProductHolding,
    SuggestionDecision,
    SuggestionResponse,
    Transaction,
)
from bot.store.store import Store

# sqlmodel 0.0.11 types select() for plain columns and models only, not SQL functions; those
# calls work at run time and carry `# type: ignore[call-overload]`.


class LoggedDecision(Protocol):
    """What the audit log keeps of a decision (bot.advice.decide.Decision has this shape; the
    store does not import the rules). Read-only, as Decision is a frozen dataclass."""

    @property
    def product_id(self) -> str: ...
    @property
    def trigger(self) -> str: ...
    @property
    def shown(self) -> bool: ...
    @property
    def rule(self) -> str: ...
    @property
    def evidence(self) -> Sequence[Any]: ...
    @property
    def figures(self) -> Sequence[tuple[str, int]]: ...


@dataclass(frozen=True)
class AuditRow:
    decided_at: datetime
    customer: str
    conversation_id: str
    channel: str
    product_id: str
    trigger: str
    shown: bool
    rule: str
    mode: str
    evidence: list[dict[str, object]]
    figures: dict[str, int]


class AdviceStore:
    """The suggestion side of the store; shares the engine of a Store."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    def holdings(self, customer_id: int) -> tuple[str, ...]:
        """Product ids the customer holds, once per holding (two children, two accounts)."""
        query = (
            select(ProductHolding.product_id)
            .where(ProductHolding.customer_id == customer_id)
            .order_by(ProductHolding.product_id)
        )
        with Session(self.engine) as session:
            return tuple(session.exec(query).all())

    def has_savings_account(self, customer_id: int) -> bool:
        query = select(Account.id).where(
            Account.customer_id == customer_id, Account.kind == "savings"
        )
        with Session(self.engine) as session:
            return session.exec(query.limit(1)).first() is not None

    def daily_balances(self, customer_id: int, start: date, end: date) -> list[tuple[date, int]]:
        """The current accounts' balance at the end of each day from start to end."""
        current = select(Account.id).where(
            Account.customer_id == customer_id, Account.kind == "current"
        )
        opening = select(  # type: ignore[call-overload]
            func.coalesce(func.sum(Account.opening_balance_cents), 0)
        ).where(
            Account.customer_id == customer_id, Account.kind == "current"
        )
        before = select(  # type: ignore[call-overload]
            func.coalesce(func.sum(Transaction.amount_cents), 0)
        ).where(
            Transaction.customer_id == customer_id,
            col(Transaction.account_id).in_(current),
            Transaction.booking_date < start,
        )
        per_day = (
            select(  # type: ignore[call-overload]
                Transaction.booking_date, func.sum(Transaction.amount_cents)
            )
            .where(
                Transaction.customer_id == customer_id,
                col(Transaction.account_id).in_(current),
                Transaction.booking_date >= start,
                Transaction.booking_date <= end,
            )
            .group_by(Transaction.booking_date)
        )
        with Session(self.engine) as session:
            balance = int(session.exec(opening).one()) + int(session.exec(before).one())
            moves = {day: int(total) for day, total in session.exec(per_day)}
        days = []
        day = start
        while day <= end:
            balance += moves.get(day, 0)
            days.append((day, balance))
            day += timedelta(days=1)
        return days

    # --- audit log -------------------------------------------------------------------------

    def record_decisions(
        self,
        customer_id: int,
        conversation_id: str,
        channel: str,
        at: datetime,
        mode: str,
        decisions: Sequence[LoggedDecision],
    ) -> None:
        rows = [
            SuggestionDecision(
                decided_at=at,
                customer_id=customer_id,
                conversation_id=conversation_id,
                channel=channel,
                product_id=d.product_id,
                trigger=d.trigger,
                shown=d.shown,
                rule=d.rule,
                mode=mode,
                evidence=json.dumps([_evidence_json(e) for e in d.evidence], ensure_ascii=False),
                figures=json.dumps(dict(d.figures)),
            )
            for d in decisions
        ]
        with Session(self.engine) as session:
            session.add_all(rows)
            session.commit()

    def shown_count(
        self, customer_id: int, since: datetime | None = None, conversation_id: str | None = None
    ) -> int:
        query = select(func.count()).where(  # type: ignore[call-overload]
            SuggestionDecision.customer_id == customer_id,
            SuggestionDecision.shown == True,  # noqa: E712
        )
        if since is not None:
            query = query.where(SuggestionDecision.decided_at >= since)
        if conversation_id is not None:
            query = query.where(SuggestionDecision.conversation_id == conversation_id)
        with Session(self.engine) as session:
            return int(session.exec(query).one())

    def last_shown(self, customer_id: int) -> SuggestionDecision | None:
        query = (
            select(SuggestionDecision)
            .where(SuggestionDecision.customer_id == customer_id, SuggestionDecision.shown == True)  # noqa: E712
            .order_by(col(SuggestionDecision.decided_at).desc(), col(SuggestionDecision.id).desc())
            .limit(1)
        )
        with Session(self.engine) as session:
            row = session.exec(query).first()
            if row is not None:
                session.expunge(row)
            return row

    def record_response(
        self, customer_id: int, product_id: str, response: str, at: datetime
    ) -> None:
        with Session(self.engine) as session:
            session.add(
                SuggestionResponse(
                    customer_id=customer_id,
                    product_id=product_id,
                    response=response,
                    responded_at=at,
                )
            )
            session.commit()

    def declined_since(self, customer_id: int, since: datetime) -> frozenset[str]:
        query = select(SuggestionResponse.product_id).where(
            SuggestionResponse.customer_id == customer_id,
            SuggestionResponse.response == "declined",
            SuggestionResponse.responded_at >= since,
        )
        with Session(self.engine) as session:
            return frozenset(session.exec(query).all())

    def audit(
        self,
        customer_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[AuditRow]:
        from bot.store.models import Customer

        query = select(SuggestionDecision, Customer.login).join(
            Customer, Customer.id == SuggestionDecision.customer_id
        )
        if customer_id is not None:
            query = query.where(SuggestionDecision.customer_id == customer_id)
        if since is not None:
            query = query.where(SuggestionDecision.decided_at >= since)
        if until is not None:
            query = query.where(SuggestionDecision.decided_at < until)
        query = query.order_by(col(SuggestionDecision.decided_at), col(SuggestionDecision.id))
        with Session(self.engine) as session:
            return [
                AuditRow(
                    d.decided_at,
                    login,
                    d.conversation_id,
                    d.channel,
                    d.product_id,
                    d.trigger,
                    d.shown,
                    d.rule,
                    d.mode,
                    json.loads(d.evidence),
                    json.loads(d.figures),
                )
                for d, login in session.exec(query)
            ]


def _evidence_json(evidence: Any) -> dict[str, object]:
    data = asdict(evidence)
    data["booking_date"] = data["booking_date"].isoformat()
    return data
