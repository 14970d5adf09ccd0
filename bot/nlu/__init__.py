"""Penny's NLU pieces: a spaCy rule-based entity extractor packaged as a Rasa component."""
