"""A Sanic app with only Penny's channel and a stand-in for Rasa, for the channel tests.

The stand-in echoes who Rasa was told the sender is, so the tests can see the derived identity.
Run as: python -m tests.channel_app PORT [HOST]
"""

from __future__ import annotations

import sys

from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bot.web.channel import PennyInput


async def fake_rasa(message: UserMessage) -> None:
    if message.text == "boom":
        raise RuntimeError("the action server is down")
    if message.text in ("silent", "/restart", "/session_start"):
        return  # Rasa restarts a conversation without a word
    language = (message.metadata or {}).get("language")
    await message.output_channel.send_text_message(
        message.sender_id, f"sender={message.sender_id} lang={language} text={message.text}"
    )


def build() -> Sanic:
    app = Sanic("penny_channel_test")
    app.ctx.penny_standalone = True  # no Rasa agent here: fake_rasa answers
    channel = PennyInput.from_credentials(None)
    app.blueprint(channel.blueprint(fake_rasa), url_prefix="/webhooks/penny")
    return app


if __name__ == "__main__":
    host = sys.argv[2] if len(sys.argv) > 2 else "127.0.0.1"
    build().run(host=host, port=int(sys.argv[1]), access_log=False)
