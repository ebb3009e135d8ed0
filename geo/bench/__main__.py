"""``python -m geo.bench STAGE ARGS… OUT``: one stage of ``python -m geo bench`` in a child process (internal)."""

import sys

from .scale import child_main

sys.exit(child_main())
