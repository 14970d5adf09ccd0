from datetime import date, timedelta

from bot.domain import Payment
from bot.insights.recurring import detect_recurring

TODAY = date(2026, 11, 23)


def monthly(name: str, cents: int, months: int, day: int = 5, category: str = "subscriptions"):
    return [
        Payment(date(2026, 11 - m, day) if m < 11 else date(2025, 12, day), -cents, name, category)
        for m in range(months)
    ]


def test_a_monthly_debit_with_a_steady_amount_is_recurring():
    found = detect_recurring(monthly("Netflix", 1349, 6), TODAY)
    assert [(r.counterparty, r.frequency, r.typical_cents) for r in found] == [
        ("Netflix", "monthly", 1349)
    ]
    assert found[0].monthly_cents == 1349


def test_irregular_grocery_shopping_is_not_recurring():
    payments = [
        Payment(TODAY - timedelta(days=d), -(1000 + d * 137 % 5000), "Albert Heijn", "groceries")
        for d in (1, 3, 4, 9, 15, 16, 22, 30, 31, 45)
    ]
    assert detect_recurring(payments, TODAY) == []


def test_two_payments_are_not_yet_a_pattern():
    assert detect_recurring(monthly("Spotify", 1099, 2), TODAY) == []


def test_a_stopped_subscription_is_not_listed():
    old = [Payment(date(2025, m, 5), -999, "Disney+", "subscriptions") for m in range(1, 7)]
    assert detect_recurring(old, TODAY) == []


def test_a_small_price_rise_keeps_it_recurring_and_uses_the_new_price():
    payments = monthly("Spotify", 1099, 6)
    payments[0] = Payment(payments[0].booking_date, -1199, "Spotify", "subscriptions")
    found = detect_recurring(payments, TODAY)
    assert found and found[0].typical_cents == 1099


def test_yearly_and_quarterly_payments_are_found_with_their_monthly_cost():
    yearly = [Payment(date(y, 3, 1), -12000, "VVD", "politics") for y in (2023, 2024, 2025, 2026)]
    quarterly = [
        Payment(d, -30000, "Waterschap", "taxes")
        for d in (date(2025, 11, 20), date(2026, 2, 20), date(2026, 5, 20), date(2026, 8, 20))
    ]
    found = {r.counterparty: r for r in detect_recurring(yearly + quarterly, TODAY)}
    assert found["Waterschap"].frequency == "quarterly"
    assert found["Waterschap"].monthly_cents == 10000
    # The yearly one last paid in March 2026 is still active in November.
    assert found["VVD"].frequency == "yearly"


def test_incoming_money_is_never_a_subscription():
    salary = [Payment(date(2026, m, 25), 300000, "Employer", "income") for m in range(1, 11)]
    assert detect_recurring(salary, TODAY) == []
