"""Video calls with parents far away: the week's bookings on the home's computers.

>>> import left_behind as lb
>>> lb.book_calls(lb.samples.home(), week=lb.samples.REFERENCE_DATE).minutes
20
"""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.calls import _book
from left_behind.calls._book import *  # noqa: F403

__all__ = [
    *_book.__all__,
]
