"""What both packages (``gazetteer`` and ``geo``) may use: settings, paths and text safety.

Imports nothing from either package.
"""

from . import settings
from .paths import bundled_data_path, cache_dir, data_path
from .textsafe import BIDI_CONTROLS, isolate_bidi, markdown_escape, safe_url, spreadsheet_safe

__all__ = [
    "settings",
    "cache_dir",
    "data_path",
    "bundled_data_path",
    "BIDI_CONTROLS",
    "isolate_bidi",
    "markdown_escape",
    "safe_url",
    "spreadsheet_safe",
]
