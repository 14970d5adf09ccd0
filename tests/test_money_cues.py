"""Balance and subscription questions a bag of words reads as spending (bot.nlu.money_cues)."""

import pytest

from bot.nlu.money_cues import money_intent


@pytest.mark.parametrize(
    "text, expected",
    [
        ("hoeveel geld heb ik nog", "ask_balance"),
        ("how much money is there on my acount today", "ask_balance"),
        ("wat is het totaal van al mijn rekeningen", "ask_balance"),
        ("how much does Spotify cost me a year", "ask_subscriptions"),
        ("hoeveel gaat er maandelijks naar Ziggo en KPN", "ask_subscriptions"),
        ("wat kost mijn sportschool per maand", "ask_subscriptions"),
    ],
)
def test_a_spending_guess_for_a_balance_or_subscription_question_is_corrected(text, expected):
    assert money_intent(text, "ask_spending") == expected


@pytest.mark.parametrize(
    "text",
    [
        "how much did I spend this month",
        "how much did I spend on Netflix last year",  # a period of its own: a spending total
        "how much do I spend on groceries per month",  # a rate, but no subscription
        "hoeveel heb ik uitgegeven bij de Jumbo",
        "what did I pay Ziggo in March",
    ],
)
def test_spending_questions_stay_spending(text):
    assert money_intent(text, "ask_spending") == "ask_spending"


def test_only_a_spending_guess_is_reconsidered():
    assert money_intent("hoeveel geld heb ik nog", "ask_income") == "ask_income"


@pytest.mark.parametrize(
    "text, guessed, expected",
    [
        ("what's in my savings account at the moment", "human_handoff", "ask_balance"),
        ("Kun je kijken hoeveel geld mijn oma op haar betaalrekening heeft", "ask_spending",
         "ask_balance"),
        ("hw much cash do i have in the bank", "nlu_fallback", "ask_balance"),
        ("Graag een overzicht van alle bijschrijvingen in 2023.", "nlu_fallback", "ask_income"),
        ("is haar AOW deze maand al gestort", "human_handoff", "ask_income"),
        ("a summary of all amounts credited to my account in 2023", "ask_transactions",
         "ask_income"),
    ],
)
def test_money_held_or_coming_in_is_a_balance_or_income_question(text, guessed, expected):
    assert money_intent(text, guessed) == expected


@pytest.mark.parametrize(
    "text, guessed",
    [
        ("transfer 200 euros to my savings account", "human_handoff"),  # an errand
        ("my refund from Coolblue never arrived", "human_handoff"),  # a complaint
        ("how much did I spend on rent", "ask_spending"),
        ("how much money do I have", "greet"),  # only unsure or money guesses are reconsidered
    ],
)
def test_errands_complaints_and_confident_other_intents_stay(text, guessed):
    assert money_intent(text, guessed) == guessed


@pytest.mark.parametrize(
    "text, guessed, expected",
    [
        ("hoeveel heb ik deze week bij het kruidvat afgerekend", "ask_balance", "ask_spending"),
        ("hoeveel heb ik in augustus op vakantie uitgegevn", "ask_balance", "ask_spending"),
        ("hoeveel heb ik nog over nu de huur betaald is", "ask_balance", "ask_balance"),
        ("how mutch money do i hav now", "ask_spending", "ask_balance"),
        ("whats left until payday", "nlu_fallback", "ask_balance"),
        ("Hoeveel ben ik per jaar kwijt aan al mijn streamingdiensten?", "ask_spending",
         "ask_subscriptions"),
        ("Has NS taken any money from my account this week?", "ask_spending", "ask_transactions"),
        ("did the NS take money from my account on friday", "ask_income", "ask_transactions"),
        ("How much has NS taken from my account this week?", "ask_spending", "ask_spending"),
        ("Is my salary credited yet?", "ask_income", "ask_income"),
    ],
)
def test_the_verb_says_whether_money_was_held_spent_or_taken(text, guessed, expected):
    assert money_intent(text, guessed) == expected


def test_money_paid_to_the_customer_is_income():
    text = "i rent out my room, can you add up how much the guests paid me this year"
    assert money_intent(text, "ask_spending") == "ask_income"
    assert money_intent(text, "nlu_fallback") == "ask_income"


@pytest.mark.parametrize(
    ("text", "guessed", "expected"),
    [("laat alle betalingen aan Coolblue zien", "affirm", "ask_transactions"),
     ("When was the last time I paid the Basic-Fit membership?", "ask_subscriptions",
      "ask_transactions"),
     ("pls show me all the tikkies i paid this month", "ask_income", "ask_transactions"),
     ("show me the payments I received", "ask_income", "ask_income"),
     ("sado?", "nlu_fallback", "ask_balance")],
)
def test_single_payments_asked_for_are_transactions(text, guessed, expected):
    assert money_intent(text, guessed) == expected


@pytest.mark.parametrize(
    ("text", "guessed", "expected"),
    [("heb ik de huur deze maand al overgemaakt?", "ask_income", "ask_transactions"),
     ("hoeveel heb ik overgemaakt naar mijn spaarrekening", "ask_spending", "ask_spending"),
     ("salso?", "nlu_fallback", "ask_balance")],
)
def test_round_18_money_words(text, guessed, expected):
    assert money_intent(text, guessed) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How much did I spend at Jumbo in April?", "ask_spending"),
        ("Hoeveel heb ik in april bij de Jumbo uitgegeven?", "ask_spending"),
        ("Did I spend more at Jumbo in April than in March?", "compare_spending"),
        ("Jumbo in April vs March", "compare_spending"),
        ("groceries March and April", "compare_spending"),
        ("Heb ik deze maand meer uitgegeven dan vorige maand?", "compare_spending"),
    ],
)
def test_a_comparison_needs_words_of_comparing_or_two_periods(text, expected):
    assert money_intent(text, "compare_spending") == expected


@pytest.mark.parametrize(
    ("text", "guessed", "expected"),
    [
        ("What did I spend on taxes in March 2025?", "out_of_scope", "ask_spending"),
        ("How much have I spent on municipal taxes this year?", "out_of_scope", "ask_spending"),
        ("How much do I owe in taxes?", "out_of_scope", "out_of_scope"),
        ("How much did I spend on subscription in April 2025?", "ask_subscriptions",
         "ask_spending"),
        ("How much did I pay to Spotify this year?", "ask_subscriptions", "ask_spending"),
        ("How much does Spotify cost me a month?", "ask_subscriptions", "ask_subscriptions"),
        ("How much money did I get last month?", "ask_spending", "ask_income"),
        ("Hoeveel geld heb ik vorige maand gekregen?", "ask_spending", "ask_income"),
        ("How much did I get charged by NS?", "ask_spending", "ask_spending"),
        ("How much did I pay to nederlandse spoorwegen in 2025?", "out_of_scope",
         "ask_spending"),
        ("Compare my spending on municipal taxes in June with May", "out_of_scope",
         "compare_spending"),
        ("Hoeveel gaf ik dit jaar uit aan abonnement?", "ask_subscriptions", "ask_spending"),
        ("What did I spend at Spotify in December 2025?", "ask_subscriptions", "ask_spending"),
        ("Wat heb ik vorige maand bij OV-chipkaart besteed?", "ask_transactions",
         "ask_spending"),
        ("When did I last spend money at OV-chipkaart?", "ask_transactions",
         "ask_transactions"),
        ("How much did I pay to Spotify in September 2025?", "ask_transactions",
         "ask_spending"),
        ("How much was my last payment to Spotify?", "ask_transactions", "ask_transactions"),
        ("How much did I pay to Centraal Beheer last month?", "ask_transactions",
         "ask_spending"),
        ("How much did I pay to Gemeente Arnhem in 2025?", "ask_income", "ask_spending"),
        ("How much did Gemeente Arnhem pay me in 2025?", "ask_income", "ask_income"),
        ("What did I spend on energy bill in August 2026?", "compare_spending", "ask_spending"),
        ("I want to transfer money to pay my rent", "out_of_scope", "out_of_scope"),
    ],
)
def test_issue_12_answer_kinds(text, guessed, expected):
    assert money_intent(text, guessed) == expected


@pytest.mark.parametrize(
    ("text", "guessed", "expected"),
    [
        # A balance is today's: with a period the question is about money that moved.
        ("hoeveel geld heb ik in 2025 bij Lidl laten liggen?", "ask_balance", "ask_spending"),
        ("how much got credited to my account in April", "ask_balance", "ask_income"),
        ("what was my balance in March", "ask_balance", "ask_balance"),
        # One payment asked for, whatever the verb.
        ("Can you tell me when I last spent money at NS?", "ask_spending", "ask_transactions"),
        ("What's the latest transaction to Gelateria La Romana?", "out_of_scope",
         "ask_transactions"),
        ("Wanneer ging er voor het laatst geld naar Zilveren Kruis?", "ask_spending",
         "ask_transactions"),
        # Two periods and a word of comparing.
        ("How did my total spending in January compare to March?", "ask_spending",
         "compare_spending"),
        ("whats the damage on taxes in June 2025", "out_of_scope", "ask_spending"),
        ("how much did i bring home last month", "ask_spending", "ask_income"),
    ],
)
def test_held_out_round_1_answer_kinds(text, guessed, expected):
    assert money_intent(text, guessed) == expected


@pytest.mark.parametrize(
    ("text", "guessed", "expected"),
    [
        ("could you add up everything I paid for withdrawals in September 2025",
         "ask_transactions", "ask_spending"),
        ("Can you tell me what I've paid to Vodafone altogether in September 2026?",
         "ask_transactions", "ask_spending"),
        ("Hoe verhouden mijn totale uitgaven in juni 2025 zich tot die in januari 2025?",
         "ask_spending", "compare_spending"),
        ("how much pay did i recieve last month", "ask_spending", "ask_income"),
        ("what did I pay at Lidl yesterday", "ask_transactions", "ask_spending"),
    ],
)
def test_held_out_round_1_totals_comparisons_and_pay(text, guessed, expected):
    assert money_intent(text, guessed) == expected


@pytest.mark.parametrize(
    ("text", "guessed", "expected"),
    [
        ("Can you show my payments to Ziggo in October 2026 side by side with in September 2026?",
         "ask_transactions", "compare_spending"),
        ("hey whens the last time Lidl recieved money from me", "ask_income", "ask_transactions"),
        ("hoi, wanneer ging er voor het laatst geld naar Lars Vermeulen", "greet",
         "ask_transactions"),
        ("when did i last send money to Vitens", "nlu_fallback", "ask_transactions"),
        ("everything that was transfered to me this year, how much was that?", "nlu_fallback",
         "ask_income"),
        ("hi, roughly how much did premiums set me back this year?", "ask_income",
         "ask_spending"),
        ("Could you sum up all my payments to Vesteda in November 2026?", "nlu_fallback",
         "ask_spending"),
        ("hoeveel heeft mijn werkgever me in mei 2025 betaald", "ask_spending", "ask_income"),
        ("I want to send money to Vitens", "out_of_scope", "out_of_scope"),
        ("totaal inkomende betalingen in november 2025?", "ask_income", "ask_income"),
        ("Could you tell me the date and amount of the last transfer I made to Mitros?",
         "out_of_scope", "ask_transactions"),
    ],
)
def test_held_out_round_2_answer_kinds(text, guessed, expected):
    assert money_intent(text, guessed) == expected


@pytest.mark.parametrize(
    ("text", "guessed", "expected"),
    [
        ("hoeveel heeft Lidl vorige maand van me gekregn?", "ask_spending", "ask_spending"),
        ("Hoeveel heeft Netflix mij dit jaar in rekening gebracht?", "ask_balance",
         "ask_spending"),
        ("How much did Geldmaat charge me in 2025?", "ask_income", "ask_spending"),
        ("how much was my pay this year", "ask_spending", "ask_income"),
        ("i want the five biggest charges on my account in March 2026", "human_handoff",
         "ask_transactions"),
        ("Heeft Gemeente Den Haag in juni 2026 meer van mij ontvangen dan in mei 2026?",
         "ask_income", "compare_spending"),
        ("roughly what did i fork out on subscription in January 2026", "ask_subscriptions",
         "ask_spending"),
        ("hoeveel geld heb ik", "ask_spending", "ask_balance"),
    ],
)
def test_held_out_round_3_answer_kinds(text, guessed, expected):
    assert money_intent(text, guessed) == expected


@pytest.mark.parametrize(
    ("text", "guessed", "expected"),
    [
        ("how much did Jumbo get out of my account this year all together", "ask_income",
         "ask_spending"),
        ("how much did work pay me in October 2026", "ask_spending", "ask_income"),
        ("hey, what did all my incomming payments add up to in June 2026?", "ask_spending",
         "ask_income"),
        ("Hey, can you tally my payments to Eneco in March 2025?", "ask_transactions",
         "ask_spending"),
        ("Please give me the total amount of money I sent to Vattenfall in March 2025.",
         "ask_income", "ask_spending"),
        ("Please show me how my payments to Interpolis in March 2026 differ from those in "
         "April 2025.", "ask_transactions", "compare_spending"),
    ],
)
def test_held_out_round_5_answer_kinds(text, guessed, expected):
    assert money_intent(text, guessed) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ik ben benieuwd wat Praxis dit jaar in totaal van mij heeft ontvangen.", "ask_spending"),
        ("hoeveel euro heeft Interpolis in juli van mijn rekening gehaald?", "ask_spending"),
        ("when did Lidl last receive money from me", "ask_transactions"),
        ("how much did my employer transfer to me in May", "ask_income"),
    ],
)
def test_money_received_by_someone_else_from_the_customer_goes_out(text, expected):
    assert money_intent(text, "ask_income") == expected


def test_setting_one_month_against_another_is_a_comparison():
    text = "Kunt u mijn betalingen aan HEMA in augustus 2025 afzetten tegen in juli 2025?"
    assert money_intent(text, "ask_transactions") == "compare_spending"


@pytest.mark.parametrize(
    "text, guess, expected",
    [
        ("how much was put on my account last month altogether", "ask_spending", "ask_income"),
        ("hoeveel euro heeft Protestantse Kerk in oktober van mijn rekening gehaald?",
         "ask_transactions", "ask_spending"),
        ("could you check how much money I transferred to OV-chipkaart in March?",
         "ask_transactions", "ask_spending"),
    ],
)
def test_money_put_on_taken_from_or_sent_from_the_account(text, guess, expected):
    assert money_intent(text, guess) == expected


@pytest.mark.parametrize(
    "text, guess, expected",
    [
        ("Would you mind telling me the combined amount of my Eneco transactions in March?",
         "ask_transactions", "ask_spending"),
        ("in augustus 2025 Ziggo, totaal?", "ask_transactions", "ask_spending"),
        ("Goedemiddag, wat heb ik bij mijn vorige bezoek aan Jumbo afgerekend, en op welke datum?",
         "ask_spending", "ask_transactions"),
        ("Kunt u mijn uitgaven aan belastingen in mei en juni tegen elkaar afzetten?",
         "ask_spending", "compare_spending"),
        ("Ik probeer uit te rekenen wat ik dit jaar echt heb verdiend, alleen salaris en uitkering",
         "ask_transactions", "ask_income"),
        ("Hoeveel daarvan ging op aan mijn huur?", "nlu_fallback", "ask_spending"),
        ("wat ik echt heb verdiend, alleen salaris, geen overboekingen van mijn spaarrekening",
         "ask_income", "ask_income"),
        ("hi, wen did i last buy something at Annelies", "ask_spending", "ask_transactions"),
    ],
)
def test_totals_last_visits_comparisons_and_earnings_in_other_words(text, guess, expected):
    assert money_intent(text, guess) == expected


def test_a_period_a_name_and_a_total_make_a_money_question_whatever_the_model_heard():
    from bot.nlu.money_cues import money_shape

    shaped = frozenset({"merchant", "period"})
    text = "I need the total of my payments to Vesteda in November 2026 for my records, please."
    assert money_shape(text, "ask_data_usage", shaped) == "ask_spending"
    assert money_shape("Can I get a total for Penny Bank in September?", "human_handoff",
                       shaped) == "ask_spending"
    assert money_shape("in mei 2026 MediaMarkt, totaal?", "nlu_fallback", shaped) == (
        "ask_spending"
    )
    assert money_shape("how much did Philips pay me in May?", "out_of_scope",
                       shaped) == "ask_income"


def test_without_the_whole_shape_or_with_an_errand_the_models_intent_stands():
    from bot.nlu.money_cues import money_shape

    text = "What data do you keep about my payments to Vesteda?"
    assert money_shape(text, "ask_data_usage", frozenset({"merchant"})) == "ask_data_usage"
    dispute = "I want to dispute the total Eneco charged in May"
    assert money_shape(dispute, "human_handoff", frozenset({"merchant", "period"})) == (
        "human_handoff"
    )
    assert money_shape("how much did I spend in May", "stop_suggestions",
                       frozenset({"merchant", "period"})) == "stop_suggestions"


@pytest.mark.parametrize(
    "text, guess, expected",
    [
        ("My grandson says I can ask you this here: what is my balance at the moment?", "help",
         "ask_balance"),
        ("vgl ff mn gas en licht uitgaven in juli met juni", "ask_spending", "compare_spending"),
        ("Eneco heeft dit jaar vast flink aan mij verdiend lol, hoeveel?", "ask_income",
         "ask_spending"),
        ("how many euros went 2 Starbucks in February", "out_of_scope", "ask_spending"),
        ("hoeveel geld heb ik dit jaar in trein gestoken", "ask_income", "ask_spending"),
        ("Mijn dochter doet mijn administratie niet meer, dus vraag ik het u: hoeveel heb ik in "
         "mei aan premies uitgegeven?", "compare_spending", "ask_spending"),
        ("Dear bank, I would like to know the date on which I last paid Interpolis",
         "ask_spending", "ask_transactions"),
        ("Dear Sir or Madam, I wish to know what my telecom expenditure came to this year.",
         "ask_income", "ask_spending"),
        ("hoeveel kreeg ik vorige maand overgemaakt van iedereen samen, werk + ouders + tikkies",
         "ask_spending", "ask_income"),
        ("ok so how much have i wasted on subscription in January 2026, be honest",
         "ask_subscriptions", "ask_spending"),
    ],
)
def test_round_8_wordings_after_their_one_measurement(text, guess, expected):
    assert money_intent(text, guess) == expected


@pytest.mark.parametrize(
    "text, guess, expected",
    [
        ("Could you tell me how much money is on my accounts right now, all of them together?",
         "ask_income", "ask_balance"),
        ("what was my last money to Jumbo? how much and which day", "ask_spending",
         "ask_transactions"),
        ("Last time money went to Vitens? need the date, fast", "out_of_scope",
         "ask_transactions"),
        ("Ik heb het idee dat ik dit jaar bijna elke week iets aan Yvonne heb betaald. Kun je "
         "alles eens optellen?", "ask_subscriptions", "ask_spending"),
    ],
)
def test_round_9_wordings_after_their_one_measurement(text, guess, expected):
    assert money_intent(text, guess) == expected
