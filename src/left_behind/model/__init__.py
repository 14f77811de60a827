"""The records of the register: children, families, care and logs."""

# What the other packages may use: each submodule's __all__, declared once there.
from left_behind.model import (
    _age,
    _census,
    _child,
    _enums,
    _family,
    _family_meetings,
    _growth,
    _held,
    _home,
    _pairing,
    _people,
    _plans,
    _programmes,
    _register,
    _support_enums,
    _tasks,
    _visits,
)
from left_behind.model._age import *  # noqa: F403
from left_behind.model._census import *  # noqa: F403
from left_behind.model._child import *  # noqa: F403
from left_behind.model._enums import *  # noqa: F403
from left_behind.model._family import *  # noqa: F403
from left_behind.model._family_meetings import *  # noqa: F403
from left_behind.model._growth import *  # noqa: F403
from left_behind.model._held import *  # noqa: F403
from left_behind.model._home import *  # noqa: F403
from left_behind.model._pairing import *  # noqa: F403
from left_behind.model._people import *  # noqa: F403
from left_behind.model._plans import *  # noqa: F403
from left_behind.model._programmes import *  # noqa: F403
from left_behind.model._register import *  # noqa: F403
from left_behind.model._support_enums import *  # noqa: F403
from left_behind.model._tasks import *  # noqa: F403
from left_behind.model._visits import *  # noqa: F403

__all__ = [
    *_age.__all__,
    *_census.__all__,
    *_child.__all__,
    *_enums.__all__,
    *_family.__all__,
    *_growth.__all__,
    *_held.__all__,
    *_home.__all__,
    *_family_meetings.__all__,
    *_pairing.__all__,
    *_people.__all__,
    *_plans.__all__,
    *_programmes.__all__,
    *_register.__all__,
    *_support_enums.__all__,
    *_tasks.__all__,
    *_visits.__all__,
]
