"""Offers, goal types, validation and offer files: pure Python, no I/O but files."""
