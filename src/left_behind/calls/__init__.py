"""Video calls with parents far away: the week's bookings on the home's computers.

>>> import left_behind as lb
>>> lb.book_calls(lb.samples.home(), week=lb.samples.REFERENCE_DATE).minutes
20
"""

from left_behind.calls._book import (
    CallBooking,
    CallPlan,
    NoCall,
    NotServed,
    book_calls,
)

__all__ = ["CallBooking", "CallPlan", "NoCall", "NotServed", "book_calls"]
