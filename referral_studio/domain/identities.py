"""Who a row's person is, as fraud rules compare it: IPs, devices and normalised emails.

Two sign-ups share an identity only when these functions give the same text, so every
trick the rules must see through (Gmail dots, plus-addresses, `googlemail.com`, upper
case, punycode, IPv4-mapped IPv6) is undone here and nowhere else.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Email:
    """A normalised address; an empty `local` part takes no part in same-email checks."""

    local: str
    domain: str

    @property
    def address(self) -> str:
        return f"{self.local}@{self.domain}"


def normalise_ip(text: str) -> str | None:
    """An IP in compressed form (IPv4-mapped IPv6 as IPv4); any other text trimmed; None when empty."""
    text = text.strip()
    if not text:
        return None
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return text
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return address.compressed


def normalise_device(text: str) -> str | None:
    """A device fingerprint trimmed, case kept; None when empty."""
    return text.strip() or None


def normalise_domain(text: str) -> str:
    """A case-folded domain without its trailing dot, punycode labels decoded, googlemail as gmail."""
    text = text.removesuffix(".")
    labels = [_decode_label(label) for label in text.split(".")]
    domain = ".".join(labels)
    return "gmail.com" if domain == "googlemail.com" else domain


def _decode_label(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except UnicodeError:
        return label


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip()).casefold()


def normalise_email(text: str) -> Email | None:
    """The address as the rules compare it, or None when it is not an email (no `@`, no domain)."""
    local, at, domain = _fold(text).rpartition("@")
    if not at or not domain:
        return None
    domain = normalise_domain(domain)
    if not domain:  # "ann@." has nothing left once the trailing dot goes
        return None
    local = local.split("+", 1)[0]
    if domain == "gmail.com":
        local = local.replace(".", "")
    return Email(local, domain)


def normalise_blocked_domain(entry: str) -> str | None:
    """A blocked-domain entry as the rules match it (a leading `@` dropped); None for a blank entry."""
    folded = _fold(entry).removeprefix("@")
    domain = normalise_domain(folded) if folded else ""
    return domain or None


def domain_is_blocked(domain: str, blocked: frozenset[str]) -> bool:
    """True when the domain or one of its parent domains is listed."""
    labels = domain.split(".")
    return any(".".join(labels[index:]) in blocked for index in range(len(labels)))
