"""Penny: a banking assistant that answers customers' questions about their own money."""
