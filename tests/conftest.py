"""Tests run Qt offscreen and never touch the user's own store."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("REFERRAL_STUDIO_DATABASE", None)
