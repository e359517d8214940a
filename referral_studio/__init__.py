"""Referral Studio: design, teach and test referral offers offline."""

__version__ = "0.1.0"
