"""``python -m left_behind``: the same as the ``left-behind`` command."""

import sys

from left_behind.cli import main

if __name__ == "__main__":
    sys.exit(main())
