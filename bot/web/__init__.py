"""The web side: verified tokens, the Rasa input channel, rate limiting and the widget."""
