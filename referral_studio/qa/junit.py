"""Scenario outcomes as JUnit XML, the format every CI system reads."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.qa.scenario import Outcome

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold: characters it forbids (control characters, say) are written as \\uXXXX."""
    return _NOT_XML.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


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
            classname=xml_text(str(outcome.scenario.path)),
            name=xml_text(outcome.scenario.name),
            time=f"{outcome.seconds:.3f}",
        )
        failed = [check for check in outcome.checks if not check.passed]
        if failed:
            failure = ET.SubElement(
                case, "failure", message=f"{len(failed)} of {len(outcome.checks)} expectations not met"
            )
            failure.text = xml_text("\n".join(f"{c.subject}: expected {c.expected}, got {c.actual}" for c in failed))
    for file, message in errors:
        case = ET.SubElement(suite, "testcase", classname=xml_text(str(file)), name=xml_text(file.name))
        ET.SubElement(case, "error", message=xml_text(message)).text = xml_text(message)
    tree = ET.ElementTree(suite)
    ET.indent(tree)
    with atomic_write(path, binary=True) as stream:
        tree.write(stream, encoding="utf-8", xml_declaration=True)
