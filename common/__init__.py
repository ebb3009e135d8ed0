"""What both packages (``gazetteer`` and ``geo``) may use: settings, paths, text safety and safe file writing.

Imports nothing from either package.
"""

from . import settings
from .paths import bundled_data_path, cache_dir, data_path
from .safefile import UnsafeOutput, check_output, fit_name, safe_output
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
    "UnsafeOutput",
    "safe_output",
    "check_output",
    "fit_name",
]
