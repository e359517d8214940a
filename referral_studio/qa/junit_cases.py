"""Test cases as JUnit XML, the format every CI system reads: one writer for `check`'s scenarios and
`reconcile`'s differences (qa/junit.py turns scenario outcomes into cases)."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from referral_studio.domain.atomic_file import atomic_write

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold: characters it forbids (control characters, say) are written as \\uXXXX."""
    return _NOT_XML.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


@dataclass(frozen=True)
class Case:
    """One test case: passed, or a `failure` (with `details`, else the message again), or an `error` (bad input)."""

    classname: str
    name: str
    failure: str | None = None
    details: str | None = None
    error: str | None = None
    seconds: float | None = None  # written as `time` when given


def write_cases(suite: str, cases: Sequence[Case], path: str | os.PathLike[str], seconds: float | None = None) -> None:
    """A testsuite of the cases, written whole or not at all."""
    counts = {
        "tests": str(len(cases)),
        "failures": str(sum(case.failure is not None for case in cases)),
        "errors": str(sum(case.error is not None for case in cases)),
    }
    root = ET.Element("testsuite", {"name": suite, **counts, **_time(seconds)})
    for case in cases:
        names = {"classname": xml_text(case.classname), "name": xml_text(case.name)}
        element = ET.SubElement(root, "testcase", {**names, **_time(case.seconds)})
        if case.failure is not None:
            failure = ET.SubElement(element, "failure", message=xml_text(case.failure))
            failure.text = xml_text(case.details if case.details is not None else case.failure)
        if case.error is not None:
            ET.SubElement(element, "error", message=xml_text(case.error)).text = xml_text(case.error)
    tree = ET.ElementTree(root)
    ET.indent(tree)
    with atomic_write(path, binary=True) as stream:
        tree.write(stream, encoding="utf-8", xml_declaration=True)


def _time(seconds: float | None) -> dict[str, str]:
    return {} if seconds is None else {"time": f"{seconds:.3f}"}
