"""The QA harness: scenario files, `check`, JUnit reports."""
