"""Scenario outcomes as JUnit XML: a case per scenario, its unmet expectations as the failure; bad files are errors."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from referral_studio.qa.junit_cases import Case, write_cases
from referral_studio.qa.scenario import Outcome


def write_junit(outcomes: Sequence[Outcome], errors: Sequence[tuple[Path, str]], path: str | os.PathLike[str]) -> None:
    """One testcase per scenario (a failure lists each unmet expectation); bad files are errors."""
    cases = [_case(outcome) for outcome in outcomes]
    cases += [Case(str(file), file.name, error=message) for file, message in errors]
    write_cases("referral-studio check", cases, path, seconds=sum(outcome.seconds for outcome in outcomes))


def _case(outcome: Outcome) -> Case:
    failed = [check for check in outcome.checks if not check.passed]
    return Case(
        str(outcome.scenario.path),
        outcome.scenario.name,
        failure=f"{len(failed)} of {len(outcome.checks)} expectations not met" if failed else None,
        details="\n".join(f"{c.subject}: expected {c.expected}, got {c.actual}" for c in failed),
        seconds=outcome.seconds,
    )
