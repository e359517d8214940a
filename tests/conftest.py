"""Tests run Qt offscreen and never touch the user's own store.

Hypothesis explores new examples on every local run; CI sets HYPOTHESIS_PROFILE=ci for
derandomized (repeatable) examples, so a landing never hinges on a lucky draw. Anything
a local run finds is kept in .hypothesis/ and replayed first next time.
"""

import os

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("REFERRAL_STUDIO_DATABASE", None)

settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
