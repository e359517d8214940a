"""`"none"` in a study means null wherever an offer file allows null, in the base [offer] and in variants alike."""

from __future__ import annotations

import json
from pathlib import Path

from referral_studio.domain.offer_file import NULLABLE_KEYS, offer_from_dict, offer_to_dict
from referral_studio.forecast.study_file import dumps_study, loads_study

BASE = {
    "format": "referral-studio.offer",
    "version": 2,
    "name": "Guarded",
    "program": "Spring",
    "goal": {"type": "custom_js_event", "event_name": "signup_done"},
    "window": {"start": "2027-03-01T00:00:00Z", "end": "2027-04-01T00:00:00Z"},
    "attribution": {"window_days": 7},
    "rewards": {"repeat": True, "max_fulfillments": 3},
    "emails": {"sign_up": "Welcome", "fulfillment": "Thanks"},
    "rules_url": "https://example.com/rules",
    "privacy_policy": {"shown": True, "title": "Privacy", "url": "https://example.com/privacy"},
    "share_url": {"kind": "external_url", "url": "https://example.com/share"},
    "fraud": {"same_ip": True, "max_credits_per_day": 2},
}
EVERYTHING_NONE = """
runs = 2
seed = 1
offer = "base.offer.json"
[[variant]]
name = "no limits"
rules_url = "none"
goal = { event_name = "none" }
window = { start = "none", end = "none" }
attribution = { window_days = "none" }
rewards = { max_fulfillments = "none" }
emails = { sign_up = "none", fulfillment = "none" }
privacy_policy = { title = "none", url = "none" }
share_url = { url = "none" }
fraud = { max_credits_per_day = "none" }
[[variant]]
name = "as the base"
"""


def _study_folder(tmp_path: Path) -> Path:
    (tmp_path / "base.offer.json").write_text(json.dumps(BASE), encoding="utf-8")
    return tmp_path


def test_none_drops_every_nullable_setting_of_the_base(tmp_path: Path) -> None:
    study = loads_study(EVERYTHING_NONE, "n.forecast.toml", _study_folder(tmp_path))
    dropped, kept = (offer_to_dict(variant.offer) for variant in study.variants)
    assert len(NULLABLE_KEYS) == 12
    for path in NULLABLE_KEYS:
        here, there = dropped, kept
        for key in path:
            here, there = here[key], there[key]
        assert here is None, path
        assert there is not None, path  # the base has a value there, so "none" changed something
    offer = study.variants[0].offer
    assert offer.fraud.max_credits_per_day is None and offer.fraud.same_ip  # the rest of the base's table stays
    assert offer.goal.event_name is None and offer.rewards.repeat


def test_none_reads_back_from_a_written_study(tmp_path: Path) -> None:
    folder = _study_folder(tmp_path)
    study = loads_study(EVERYTHING_NONE, "n.forecast.toml", folder)
    written = dumps_study(study)
    assert 'rules_url = "none"' in written and 'max_credits_per_day = "none"' in written
    assert loads_study(written, "n.forecast.toml", folder) == study


def test_none_in_an_inline_base_offer_and_text_where_null_is_not_allowed() -> None:
    text = """
runs = 2
seed = 1
[offer]
name = "none"
program = "none"
rules_url = "none"
goal = { type = "custom_js_event", event_name = "none" }
fraud = { max_credits_per_day = "none", blocked_email_domains = ["none"] }
"""
    study = loads_study(text, "inline.forecast.toml")
    base = study.base
    assert (base.rules_url, base.goal.event_name, base.fraud.max_credits_per_day) == (None, None, None)
    assert (base.name, base.program, base.fraud.blocked_email_domains) == ("none", "none", ("none",))
    assert loads_study(dumps_study(study), "inline.forecast.toml") == study
    assert offer_from_dict(offer_to_dict(base)) == base
