"""Plain pass/fail cases as JUnit XML, for checks that are not scenario files (`reconcile`'s differences)."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.qa.junit import xml_text


@dataclass(frozen=True)
class Case:
    """One test case; `failure` is its message when it failed, None when it passed."""

    classname: str
    name: str
    failure: str | None = None


def write_cases(suite: str, cases: Sequence[Case], path: str | os.PathLike[str]) -> None:
    """A testsuite of the cases, written whole or not at all."""
    failures = sum(case.failure is not None for case in cases)
    root = ET.Element("testsuite", name=suite, tests=str(len(cases)), failures=str(failures), errors="0")
    for case in cases:
        element = ET.SubElement(root, "testcase", classname=xml_text(case.classname), name=xml_text(case.name))
        if case.failure is not None:
            ET.SubElement(element, "failure", message=xml_text(case.failure)).text = xml_text(case.failure)
    tree = ET.ElementTree(root)
    ET.indent(tree)
    with atomic_write(path, binary=True) as stream:
        tree.write(stream, encoding="utf-8", xml_declaration=True)
