"""The whole suite (tests, doctests, the processes and servers tests start) runs on the thirteen
reviewed events of ``tests/data/reviewed``, with the bundled places and actors: assertions name
their ids, dates and places. ``tests/test_bundled_data.py`` checks the shipped campaign itself."""

import os
from pathlib import Path

os.environ["STRIKEMAP_DATA"] = str(Path(__file__).parent / "tests" / "data" / "reviewed")
