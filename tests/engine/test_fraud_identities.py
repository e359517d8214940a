"""The engine's normalisation of whole columns (fast paths at C speed) agrees with domain/identities.py."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_studio.domain.identities import normalise_device, normalise_email, normalise_ip
from referral_studio.engine.event_log import Coded
from referral_studio.engine.fraud_rules import _email_domains, _identity_codes

# The engine recognises values already in normal form at C speed; it must agree with the functions above.
pieces = st.sampled_from(["a", "B", "0", "9", ".", "@", "+", "-", "_", " ", "\t", "é", "xn--", "gmail.com",
                          "googlemail.com", "10", "255", "256", "01", ":", "::ffff:", "ß", "bücher", "."])  # fmt: skip
values = st.lists(pieces, max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(values, min_size=1, max_size=20))
def test_the_engines_fast_normalisation_agrees_with_the_functions(texts: list[str]) -> None:
    raw = pa.array(texts, pa.string())
    column = Coded(np.arange(len(texts), dtype=np.int32), raw)
    for kind, function in (
        ("ip", normalise_ip),
        ("device", normalise_device),
        ("email", lambda t: e.address if (e := normalise_email(t)) and e.local else None),
    ):
        codes, normal = _identity_codes(column, kind)
        got = [normal[int(c)].as_py() if c >= 0 else None for c in codes]
        assert got == [function(text) for text in texts], kind
    codes, domains = _email_domains(column)
    got = [domains[int(c)].as_py() if c >= 0 else None for c in codes]
    assert got == [e.domain if (e := normalise_email(t)) else None for t in texts]
