"""English texts. Keys are shared by every language; placeholders use str.format."""

TEXTS: dict[str, str] = {
    # periods, as phrases that follow a figure
    "period.month": "in {month}",
    "period.year": "in {year}",
    "period.day": "on {day}",
    "period.range": "from {start} to {end}",
    "period.so_far": "{phrase} so far",
    "period.default_note": "(You didn't name a period, so I looked {period}.)",
    "period.error.unrecognised": (
        'I couldn\'t work out the period "{text}". Try "last month", "in March", '
        '"since January" or "between 1 and 15 May".'
    ),
    "period.error.invalid_date": "\"{text}\" isn't a real date, so I can't look it up.",
    "period.error.future": '"{text}" is in the future, so there are no payments yet.',
    "period.error.too_old": '"{text}" is further back than I can look.',
    # filters, as phrases
    "filter.category": "on {category}",
    "filter.merchant": "at {merchant}",
    "filter.from": "from {merchant}",
    "names.more": "{count} more",
    "filter.min": "in payments over {amount}",
    "filter.max": "in payments under {amount}",
    "payments.one": "1 payment",
    "payments.many": "{count} payments",
    # spending
    "spending.total": "You spent {amount}{filters} {period} ({payments}).",
    "spending.total_refunded": (
        "You spent {amount}{filters} {period} ({payments}, after {refunded} refunded)."
    ),
    "spending.refunded_more": (
        "You got {amount} more back{filters} {period} than you paid ({payments}, "
        "{refunded} refunded)."
    ),
    "spending.none": "You made no payments{filters} {period}.",
    "spending.breakdown": "You spent {amount} {period} ({payments}). The biggest shares:",
    "spending.breakdown_line": "• {category}: {amount} ({share})",
    "spending.breakdown_none": "You made no payments {period}.",
    "chart.spending_title": "Spending by category {period}",
    # comparison
    "compare.more": (
        "You spent {first}{filters} {first_period}. That is {difference} more than the "
        "{second} {second_period}."
    ),
    "compare.less": (
        "You spent {first}{filters} {first_period}. That is {difference} less than the "
        "{second} {second_period}."
    ),
    "compare.same": (
        "You spent {first}{filters} {first_period}, exactly the same as {second_period}."
    ),
    "compare.default_note": "(You didn't name the periods, so I compared the last two months.)",
    "chart.compare_title": "Spending{filters}",
    # transactions
    "transactions.largest": "Your {count} largest payments{filters} {period}:",
    "transactions.recent": "Your most recent payments{filters}{period}:",
    "transactions.recent_in": "Your most recent incoming payments{filters}{period}:",
    "transactions.recent_both": "Your most recent transactions{filters}{period}:",
    "transactions.latest": "Your last payment{filters} was on {day}: {amount} to {counterparty}.",
    "transactions.latest_in": (
        "Your last payment from {counterparty}{filters} was on {day}: {amount}."
    ),
    "transactions.line": "• {day} · {counterparty} · {amount}",
    "transactions.none": "I found no payments{filters}{period}.",
    "table.date": "Date",
    "table.counterparty": "To / from",
    "table.amount": "Amount",
    "table.category": "Category",
    # balance
    "balance.header": "Your balance on {day}:",
    "balance.line": "• {kind} {iban}: {amount}",
    "balance.total": "Total: {amount}.",
    "balance.none": "You have no accounts with us yet.",
    "account.current": "Current account",
    "account.savings": "Savings account",
    # income
    "income.total": (
        "You received {amount}{filters} {period} ({payments}), not counting transfers between "
        "your own accounts or returned payments."
    ),
    "income.earned": (
        "You earned {amount}{filters} {period} in salary, pension and benefits ({payments})."
    ),
    "income.earned_none": "You had no salary, pension or benefits{filters} {period}.",
    "income.category": "You received {amount} in {category}{merchant} {period} ({payments}).",
    "income.none": "Nothing came in{filters} {period}.",
    # subscriptions
    "subscriptions.header": (
        "I found {count} recurring payments in the last 12 months, about {monthly} a month in all:"
    ),
    "subscriptions.line": "• {counterparty}: {amount} {frequency}, last paid on {day}",
    "subscriptions.one": "Your recurring payments to {merchant}:",
    "subscriptions.not_found": "I see no recurring payment to {merchant} in the last 12 months.",
    "subscriptions.cancel": (
        "I can't cancel a subscription for you: you cancel it with the company itself, on its "
        "website or in its app. If it is paid by direct debit, you can also revoke the mandate "
        "in our app, and you can have a debit from the last 8 weeks paid back."
    ),
    "subscriptions.none": "I found no recurring payments in the last 12 months.",
    "frequency.weekly": "a week",
    "frequency.monthly": "a month",
    "frequency.quarterly": "a quarter",
    "frequency.yearly": "a year",
    # merchants
    "merchant.unknown": 'I don\'t see any payments to or from "{typed}".',
    "merchant.suggest": "Did you mean one of these?",
    "merchant.no_suggestion": 'Check the spelling, or ask "where does my money go?" to see it all.',
    # identity and guard rails
    "identity.unknown": (
        "I can't find your accounts in this session. Please log in again to see your money."
    ),
    "identity.foreign_iban": (
        "I can only help with your own accounts and payments, and {iban} is not one of your "
        "accounts."
    ),
    "error.store_down": (
        "I can't reach your transactions right now, so I can't answer that. Nothing was "
        "changed. Please try again in a minute."
    ),
    "error.unavailable": (
        "Sorry, I can't answer right now: part of Penny is not responding. Nothing was changed. "
        "Please try again in a minute."
    ),
    "error.empty": "I didn't get a question there. Ask me, for example, \"What's my balance?\"",
    "error.too_long": (
        'That message is too long for me. Please ask one short question, like "How much did I '
        'spend on groceries last month?"'
    ),
    # fallback
    "fallback.ask": "Sorry, I'm not sure what you mean. Did you want one of these?",
    "fallback.none": (
        "Sorry, I didn't understand that. I can tell you about your spending, payments, "
        "balance, income and subscriptions."
    ),
    "fallback.rephrase": "Something else",
    "intent.ask_spending": "My spending",
    "intent.compare_spending": "Compare my spending",
    "intent.ask_transactions": "My payments",
    "intent.ask_balance": "My balance",
    "intent.ask_income": "My income",
    "intent.ask_subscriptions": "My subscriptions",
    "intent.help": "What can you do?",
    "intent.human_handoff": "Talk to a person",
    "intent.block_card": "Block my card",
    "intent.greet": "Hello",
    "intent.goodbye": "Goodbye",
    "intent.thank": "Thanks",
    "intent.affirm": "Yes",
    "intent.deny": "No",
    "intent.bot_challenge": "Are you a bot?",
    "intent.out_of_scope": "Something else",
    "intent.stop_suggestions": "Stop suggestions",
    "intent.resume_suggestions": "Start suggestions again",
    "intent.ask_why_suggestion": "Why this suggestion?",
    "intent.ask_data_usage": "How do you use my data?",
    # small talk
    "smalltalk.greet": (
        "Hi {name}, I'm Penny. Ask me about your own money: spending, payments, balance, "
        "income or subscriptions."
    ),
    "smalltalk.goodbye": "Goodbye {name}, take care!",
    "smalltalk.thank": "You're welcome! Anything else about your money?",
    "smalltalk.affirm": "Good. What would you like to know about your money?",
    "smalltalk.deny": "No problem. Ask me whenever you like.",
    "smalltalk.help": (
        "I answer questions about your own accounts, from your own transactions. For example:"
    ),
    "smalltalk.bot_challenge": (
        "I'm Penny, a computer program, not a person. I answer from your own transactions. "
        "Would you rather talk to a person? Call {phone} ({hours})."
    ),
    "smalltalk.human_handoff": (
        "You can talk to one of our people by phone on {phone} ({hours}), or send a message "
        "in the app under Help > Contact. They can see your accounts once you have identified "
        "yourself."
    ),
    "smalltalk.block_card": (
        "This is urgent: call our 24/7 blocking line now on {blocking_phone}. They block your "
        "card, app access or account straight away. You can also block a card yourself in the "
        "app under Cards > Block. I can't block anything myself."
    ),
    "smalltalk.out_of_scope": (
        "Sorry, I can't help with that. I only answer questions about your own money; I can't "
        "make payments, block cards or change your details. For those, use the app or call "
        "{phone}. Here is what I can do:"
    ),
    "example.spending": "How much did I spend on groceries last month?",
    "example.merchant": "What did I pay at Albert Heijn this year?",
    "example.largest": "Show my five biggest payments last month",
    "example.balance": "What's my balance?",
    "example.subscriptions": "Which subscriptions do I pay for?",
    "example.compare": "Did I spend more on restaurants this month than last month?",
    "example.breakdown": "Where does my money go?",
    # suggestions (art. 5.4.4)
    "suggestion.text": (
        "One more thing: {why}. {product} from {provider} might suit you. This suggestion is "
        "based only on your payments, and you can switch suggestions off at any time, free of "
        'charge: just say "stop suggestions".'
    ),
    "suggestion.title": "A suggestion from {group}",
    "suggestion.why_button": "Why am I seeing this?",
    "suggestion.stop_button": "Stop suggestions",
    "suggestion.no_button": "No thanks",
    "why.child_benefit": (
        "you receive child benefit for {children} children and have {accounts} children's "
        "savings accounts with us"
    ),
    "why.lasting_buffer": (
        "your current account has stayed above {lowest} for the last {days} days and you have "
        "no savings account"
    ),
    "why.abroad_travel_insurance": "you made {count} card payments abroad in the last 12 months",
    "why.abroad_credit_card": "you made {count} card payments abroad in the last 12 months",
    "why.long_renter": "you have paid rent in {months} of the last 24 months",
    "why.home_without_insurance": (
        "you pay rent or a mortgage ({count} payments this year) and we see no home contents "
        "insurance"
    ),
    "explain.none": (
        "I haven't suggested anything to you. When I do, it is always one of our own group's "
        "products, and I say why."
    ),
    "explain.header": "On {day} I suggested {product} because {why}.",
    "explain.evidence": "The payments I used:",
    "explain.balance": "• your lowest current-account balance in that period: {amount}",
    "explain.footer": (
        "I never use payments that reveal health, religion, politics, union membership or other "
        'sensitive matters, and nothing is shared with other companies. Say "stop '
        'suggestions" and I will stop.'
    ),
    "stop.ask": (
        "Do you want me to stop suggesting our group's products to you? It costs nothing, and "
        "I'll still answer all your questions about your money."
    ),
    "stop.explain": (
        "If you opt out, I stop suggesting our group's products to you, in every chat, until you "
        "ask me to start again and confirm it. Opting out is free of charge and changes nothing "
        "else: I still answer all your questions about your money."
    ),
    "stop.unchanged": "OK, nothing has changed.",
    "resume.ask": (
        "Do you want me to suggest our own group's products to you again, based on your "
        "payments? Nothing changes unless you say yes."
    ),
    "resume.unchanged": "OK, suggestions stay off.",
    "question.yes": "Yes",
    "question.no": "No",
    "question.expired": (
        "That question is no longer open, so I haven't changed anything. Ask me again if you "
        "like."
    ),
    "stop.done": (
        "Done: I won't suggest any products to you any more, in this chat or anywhere else, "
        "until you ask me to start again. This costs you nothing, and I'll still answer all your "
        "questions about your money."
    ),
    "stop.already": (
        "Suggestions are already off for you, since {day}. I won't suggest anything until you "
        "ask me to start again."
    ),
    "stop.failed": (
        "Sorry, I couldn't record that right now, so I'm not confirming it yet. Please say "
        '"stop suggestions" again in a minute. Until it is recorded I will not suggest '
        "anything in this chat."
    ),
    "resume.done": (
        "Suggestions are on again. I'll only ever point you to our own group's products, based "
        "on your payments, at most once per conversation."
    ),
    "resume.already": 'Suggestions are already on. Say "stop suggestions" to switch them off.',
    "resume.consent_done": (
        "Thank you: you have agreed to suggestions of our own group's products based on your "
        'payments. Say "stop suggestions" to withdraw at any time.'
    ),
    "decline.done": "Understood. I won't suggest {product} to you again for at least 90 days.",
    "data_usage.text": (
        "To answer your questions I use your own transactions with us. To suggest our own "
        "group's financial products, I use your payment orders (dates, amounts, who you paid) "
        "but never payments that reveal health, religion, politics, union membership or other "
        "sensitive matters. Nothing is sold or shared with third parties. You can object at "
        'any time, free of charge: say "stop suggestions".'
    ),
    "data_usage.status_on": "Suggestions are currently on for you.",
    "data_usage.status_off": "Suggestions are currently off for you.",
    "data_usage.status_consent": (
        'Suggestions are off until you agree to them: say "start suggestions" if you want them.'
    ),
    # categories
    "category.unknown": 'I don\'t know a category called "{typed}".',
    "category.groceries": "groceries",
    "category.eating_out": "eating out",
    "category.transport": "transport",
    "category.fuel": "fuel",
    "category.housing": "housing",
    "category.utilities": "energy and water",
    "category.telecom": "phone and internet",
    "category.subscriptions": "subscriptions",
    "category.shopping": "shopping",
    "category.health": "health",
    "category.insurance": "insurance",
    "category.income": "salary",
    "category.benefits": "benefits",
    "category.travel": "travel",
    "category.cash": "cash withdrawals",
    "category.taxes": "taxes",
    "category.charity": "charity",
    "category.religion": "religious organisations",
    "category.union": "union dues",
    "category.politics": "political parties",
    "category.debt": "debt collection",
    "category.savings": "savings",
    "category.transfers": "transfers",
    "category.fees": "bank charges",
    "category.other": "other",
    # web channel refusals
    "web.error.no_token": "Please log in: this request carries no token.",
    "web.error.token_expired": "Your session has expired. Please log in again.",
    "web.error.token_invalid": "Please log in again: this token is not valid.",
    "web.error.too_large": "That request is too large (over {limit} bytes).",
    "web.error.not_json": 'The body must be JSON like {{"message": "..."}}.',
    "web.error.not_text": "The message must be text.",
    "web.error.too_fast": (
        "You are sending messages too quickly. Please wait {wait} seconds and try again."
    ),
    "web.error.no_demo_customer": "No such demo customer.",
    "web.error.not_found": "Not found.",
    "contact.hours": "Monday to Friday, 8:00 to 20:00",
}
