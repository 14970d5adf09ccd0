"""Benchmarks that print figures; they are run by hand (make bench-store), not by pytest."""
