"""Pure functions over the records: classification, and later the rule checks."""

from left_behind.rules._classify import Classification, Reason, classify

__all__ = ["Classification", "Reason", "classify"]
