"""Pure insights over plain payment data: no SQL, no Rasa."""
