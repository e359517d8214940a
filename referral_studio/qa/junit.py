"""Scenario outcomes as JUnit XML, the format every CI system reads."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.qa.scenario import Outcome


def write_junit(outcomes: Sequence[Outcome], errors: Sequence[tuple[Path, str]], path: str | os.PathLike[str]) -> None:
    """One testcase per scenario (a failure lists each unmet expectation); bad files are errors."""
    failures = sum(not outcome.passed for outcome in outcomes)
    suite = ET.Element(
        "testsuite",
        name="referral-studio check",
        tests=str(len(outcomes) + len(errors)),
        failures=str(failures),
        errors=str(len(errors)),
        time=f"{sum(outcome.seconds for outcome in outcomes):.3f}",
    )
    for outcome in outcomes:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=str(outcome.scenario.path),
            name=outcome.scenario.name,
            time=f"{outcome.seconds:.3f}",
        )
        failed = [check for check in outcome.checks if not check.passed]
        if failed:
            failure = ET.SubElement(
                case, "failure", message=f"{len(failed)} of {len(outcome.checks)} expectations not met"
            )
            failure.text = "\n".join(f"{c.subject}: expected {c.expected}, got {c.actual}" for c in failed)
    for file, message in errors:
        case = ET.SubElement(suite, "testcase", classname=str(file), name=file.name)
        ET.SubElement(case, "error", message=message).text = message
    tree = ET.ElementTree(suite)
    ET.indent(tree)
    with atomic_write(path, binary=True) as stream:
        tree.write(stream, encoding="utf-8", xml_declaration=True)
