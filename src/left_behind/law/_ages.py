"""The ages of the Civil Code (arts. 17-20), apart from the document that quotes them.

They are named here, in a module that imports nothing, so that the records
(which the legal documents are made of) can read them without a cycle;
``law/_cc.py`` quotes the articles and names them again for the law's users.
"""

__all__ = ["ADULT_FROM", "FULL_CAPACITY_FROM", "LIMITED_CAPACITY_FROM"]

ADULT_FROM = 18
"""Art. 17: a person is an adult from 18 (十八周岁以上), and a minor before."""
FULL_CAPACITY_FROM = 16
"""Art. 18: a minor of 16 or more (十六周岁以上) who lives mainly on their own labour
income counts as having full civil capacity."""
LIMITED_CAPACITY_FROM = 8
"""Art. 19: a minor of 8 or more (八周岁以上) has limited civil capacity; under 8 none
(art. 20)."""
