from bot.amounts import parse_amount
from bot.question import question_from_entities


def test_amounts_in_english_and_dutch_notation_become_cents():
    assert parse_amount("€50") == 5000
    assert parse_amount("200 euro") == 20000
    assert parse_amount("12.50") == 1250
    assert parse_amount("1.234,56") == 123456
    assert parse_amount("1,234.56") == 123456
    assert parse_amount("no number") is None
    assert parse_amount("9" * 40) is None


def test_entities_become_a_question():
    q = question_from_entities(
        [
            {"entity": "category", "value": "groceries"},
            {"entity": "period", "value": "this month"},
            {"entity": "period", "value": "last month"},
            {"entity": "amount", "value": "€20", "role": "min"},
            {"entity": "amount", "value": "100 euro", "role": "max"},
            {"entity": "count", "value": "five"},
            {"entity": "order", "value": "largest"},
            {"entity": "iban", "value": "nl91 abna 0417 1643 00"},
        ]
    )
    assert q.category == "groceries"
    assert q.periods == ("this month", "last month")
    assert (q.min_cents, q.max_cents) == (2000, 10000)
    assert q.count == 5 and q.largest
    assert q.ibans == ("NL91ABNA0417164300",)


def test_unknown_category_keys_and_silly_counts_are_ignored():
    q = question_from_entities(
        [{"entity": "category", "value": "drop table"}, {"entity": "count", "value": "100000"}]
    )
    assert q.category is None
    assert q.count == 50


def test_count_words_are_the_same_ones_the_entity_rules_know():
    from bot.nlu.finder import EntityFinder

    for language, text in (
        ("en", "my fifteen biggest payments"),
        ("nl", "twintig laatste betalingen"),
    ):
        (count,) = [f for f in EntityFinder(language).find(text) if f.entity == "count"]
        assert question_from_entities([{"entity": "count", "value": count.value}]).count in (15, 20)


def test_the_words_say_earned_or_everything_that_came_in():
    from bot.question import question_from_entities as read

    assert read([], "how much did i bring home in May").earned
    assert read([], "mijn verdiensten vorige maand").earned
    wider = read([{"entity": "category", "value": "income"}],
                 "my total incoming payments this year, not only my salary")
    assert not wider.earned and wider.category is None
    assert read([], "When did money last go to Annelies?").direction == "out"
    assert read([], "What did I get paid in July?").direction == "in"
    assert read([], "show the purchases I made").direction == "out"


def test_pay_and_benefits_named_together_are_earnings_and_salary_or_not_is_everything():
    from bot.question import question_from_entities as read

    both = read([{"entity": "category", "value": "benefits"},
                 {"entity": "category", "value": "income"}],
                "hoeveel kreeg ik in 2025 aan uitkering of salaris gestort")
    assert both.earned and both.category is None
    anything = read([{"entity": "category", "value": "income"}],
                    "what was the total of all incoming transfers this year, salary or not")
    assert not anything.earned and anything.category is None


def test_the_period_compared_against_comes_second():
    from bot.question import question_from_entities as read

    def period(value: str, start: int) -> dict[str, object]:
        return {"entity": "period", "value": value, "start": start}

    text = "Vergeleken met in november 2025, hoeveel heb ik in december 2025 uitgegeven?"
    first = read([period("november 2025", 18), period("december 2025", 51)], text)
    assert first.periods == ("december 2025", "november 2025")
    plain = "Did I spend more in December than in November?"
    assert read([period("December", 19), period("November", 36)], plain).periods == (
        "December", "November"
    )
    after = "December compared to November"
    assert read([period("December", 0), period("November", 21)], after).periods == (
        "December", "November"
    )


def test_pay_named_beside_a_benefit_is_all_earnings_and_a_benefit_alone_is_that_benefit():
    from bot.question import question_from_entities as read

    benefit = [{"entity": "category", "value": "benefits"}]
    pay = read(benefit, "What was my total pay in May, including any pension or benefit payments?")
    assert pay.earned and pay.category is None
    employer = read(benefit, "what did I get from my employer or benefits in 2025?")
    assert employer.earned and employer.category is None
    alone = read(benefit, "how much child benefit did I get this year")
    assert alone.category == "benefits"


def test_everything_that_came_in_is_wider_than_the_salary_it_includes():
    from bot.question import question_from_entities as read

    salary = [{"entity": "category", "value": "income"}]
    including = read(salary, "Hoeveel geld heb ik vorige maand van anderen ontvangen, inclusief "
                             "mijn salaris?")
    assert not including.earned and including.category is None
    listed = read(salary, "what's the grand total coming in this year? salary, refunds, all of it")
    assert not listed.earned and listed.category is None
    only = read(salary, "Alles wat binnenkwam, niet uitsluitend inkomen uit werk")
    assert not only.earned and only.category is None
    assert read(salary, "how much salary did I receive in total?").earned


def test_work_and_the_benefits_office_are_earnings_and_refunds_left_out_stay_left_out():
    from bot.question import question_from_entities as read

    benefit = [{"entity": "category", "value": "benefits"}]
    assert read([], "how much did i recieve from work and uwv last month").earned
    both = read(benefit, "hoeveel AOW en pensioen heb ik ontvangen?")
    assert both.earned and both.category is None
    assert read(benefit, "wat kreeg ik van het UWV").category == "benefits"
    left_out = read([], "how much did i earn in May, not counting refunds or money from friends")
    assert left_out.earned
    together = read([{"entity": "category", "value": "income"}],
                    "my pension and salary together last month - what did that amount to?")
    assert together.earned


def test_money_from_friends_said_not_to_count_leaves_earnings_and_salary_with_it_is_all():
    from bot.question import question_from_entities as read

    salary = [{"entity": "category", "value": "income"}]
    assert read(salary, "what is my income this year? i mean salary and uitkering, not money "
                        "from friends").earned
    assert read(salary, "loon in 2025 in totaal? teruggaves enzo tellen niet mee").earned
    together = read(salary, "Together with my salary, how much money came in last month?")
    assert not together.earned and together.category is None
    every = read([], "I don't just mean income here: what's the total of every single payment "
                     "I received in May?")
    assert not every.earned


def test_a_name_that_got_paid_was_paid_by_the_customer():
    from bot.question import direction

    assert direction("Did Shell get paid already? show me the latest one") == "out"
    assert direction("did I get paid this month") == "in"
