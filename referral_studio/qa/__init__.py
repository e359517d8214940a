"""The QA harness: scenario files (an offer, its traffic, what must come out), `check`, and JUnit reports.

It sits above the engine and uses it like any client; nothing in the engine knows it.
"""
