"""Email normalisation and IP / device comparison, edge by edge (fraud-rules.md § Comparing)."""

from __future__ import annotations

import pytest

from referral_studio.domain.identities import (
    Email,
    domain_is_blocked,
    normalise_blocked_domain,
    normalise_device,
    normalise_email,
    normalise_ip,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ann@example.com", Email("ann", "example.com")),
        ("  Ann@Example.COM \t", Email("ann", "example.com")),  # trimmed, case-folded
        ("STRASSE@x.de", Email("strasse", "x.de")),
        ("Straße@x.de", Email("strasse", "x.de")),  # casefold, not lower
        ("e\u0301@x.com", Email("\u00e9", "x.com")),  # NFC first: e + combining acute is é
        ("Bob.Smith+ref@GoogleMail.com", Email("bobsmith", "gmail.com")),  # googlemail, dots, plus
        (" b.o.b.smith@gmail.com ", Email("bobsmith", "gmail.com")),
        ("bobsmith@gmail.com.", Email("bobsmith", "gmail.com")),  # one trailing dot dropped
        ("bob.smith@example.com", Email("bob.smith", "example.com")),  # dots kept outside gmail
        ("a+b+c@example.com", Email("a", "example.com")),  # everything from the first +
        ("c@x@Sub.MAILINATOR.com", Email("c@x", "sub.mailinator.com")),  # split at the last @
        ("+dan@gmail.com", Email("", "gmail.com")),  # empty local part
        ("eve@xn--bcher-kva.example", Email("eve", "bücher.example")),  # punycode decoded
        ("eve@XN--BCHER-KVA.example", Email("eve", "bücher.example")),  # after case-folding
        ("eve@xn--zz.example", Email("eve", "xn--zz.example")),  # does not decode: kept
        ("eve@mail.googlemail.com", Email("eve", "mail.googlemail.com")),  # only the exact domain
        ("@gmail.com", Email("", "gmail.com")),
        ("a@b..", Email("a", "b.")),  # only one trailing dot goes
    ],
)
def test_email_normalisation(raw: str, expected: Email) -> None:
    assert normalise_email(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "ann", "ann@", "ann@ ", "ann@."])
def test_not_an_email(raw: str) -> None:
    assert normalise_email(raw) is None


def test_normalised_address_text() -> None:
    assert normalise_email("Bob.Smith+x@googlemail.com").address == "bobsmith@gmail.com"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10.0.0.7", "10.0.0.7"),
        (" 10.0.0.7 ", "10.0.0.7"),
        ("::ffff:10.0.0.7", "10.0.0.7"),  # IPv4-mapped IPv6 compares as IPv4
        ("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),  # compressed
        ("2001:db8::1", "2001:db8::1"),
        ("010.0.0.7", "010.0.0.7"),  # not an address Python accepts: text, kept as is
        ("Office-Proxy", "Office-Proxy"),  # case kept for non-addresses
        ("", None),
        ("  ", None),
    ],
)
def test_ip_comparison_form(raw: str, expected: str | None) -> None:
    assert normalise_ip(raw) == expected


def test_devices_are_trimmed_text_with_case() -> None:
    assert normalise_device(" D1 ") == "D1"
    assert normalise_device("d1") != normalise_device("D1")
    assert normalise_device(" ") is None


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Mailinator.com", "mailinator.com"),
        ("@bücher.example", "bücher.example"),
        ("@xn--bcher-kva.example", "bücher.example"),
        (" MAILINATOR.COM. ", "mailinator.com"),
        ("googlemail.com", "gmail.com"),
        ("", None),
        ("  ", None),
        ("@", None),
    ],
)
def test_blocked_domain_entries(entry: str, expected: str | None) -> None:
    assert normalise_blocked_domain(entry) == expected


def test_a_listed_domain_blocks_its_subdomains_only() -> None:
    blocked = frozenset({"mailinator.com"})
    assert domain_is_blocked("mailinator.com", blocked)
    assert domain_is_blocked("sub.mailinator.com", blocked)
    assert not domain_is_blocked("notmailinator.com", blocked)
    assert not domain_is_blocked("com", blocked)
