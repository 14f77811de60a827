"""Hypothesis strategies for every record of ``left_behind``: test your own app with them.

Install the ``testing`` extra (``pip install 'left_behind[testing]'``). Importing this
module registers a strategy for every record class, :class:`~left_behind.kinds.IdNumber`,
:class:`~left_behind.kinds.Phone` and every enumeration, so ``st.from_type(Child)`` works
as well as the functions below, which take parameters (``on=``, ages, sizes).

What comes out is synthetic, valid and consistent: children aged 0-17 on the
reference date ``on``, identity numbers in the fictitious region ``99`` (no
province has that code, so a generated number is nobody's) whose birth date and
sex agree with the record, visibly fake phones typed the ways people type them,
parent situations oldest first without overlap and nothing after a death, care
histories oldest first from the birth on with an entrusted carer exactly when
the arrangement needs one, contacts only by recorded parents and unique child
ids in a register. Names, places, identity numbers and phones come from the
builders of :mod:`left_behind.samples.synthetic`, drawn through :class:`DrawChooser`.

Valid is not the same as compliant: some generated families call too rarely,
some carers have a disqualifying record and some notices come late, as in real
registers, so rule checks have something to find.

>>> from hypothesis import given, settings
>>> @settings(max_examples=20, deadline=None)
... @given(children(min_age=6, max_age=15))
... def test_school_age(child):
...     assert 6 <= child.age_on(REFERENCE_DATE) <= 15
...     assert child.id_number is None or child.id_number.birth_date == child.birth_date
>>> test_school_age()
"""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.testing import _records, rules, support
from left_behind.testing._records import *  # noqa: F403

__all__ = [
    *_records.__all__,
    "rules",
    "support",
]
