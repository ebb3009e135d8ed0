"""Errors the gazetteer raises: each names what was wrong and how to fix it."""

from __future__ import annotations

__all__ = ["UnknownPlace", "NotAPlace", "DataFileError"]


class UnknownPlace(LookupError):
    """No confident match for a name. ``suggestions`` holds the nearest names, best first."""

    def __init__(self, query: str, suggestions: list[str] | tuple[str, ...] = (), reason: str = "") -> None:
        self.query = query
        self.suggestions = list(suggestions)
        self.reason = reason
        hint = f"; nearest: {', '.join(repr(s) for s in self.suggestions)}" if self.suggestions else "; no similar names"
        super().__init__(f"no place matches {query!r}{' (' + reason + ')' if reason else ''}{hint}")


class NotAPlace(UnknownPlace):
    """The name is an organisation, person or outlet, not a place (``kind`` says which)."""

    def __init__(self, query: str, kind: str, suggestions: list[str] | tuple[str, ...] = ()) -> None:
        self.kind = kind
        super().__init__(query, suggestions, reason=f"it names {'an' if kind[0] in 'aeiou' else 'a'} {kind}, not a place")


class DataFileError(ValueError):
    """A curated data file is malformed; the message names the file, row and field."""

    def __init__(self, path: str, row: int, field: str, problem: str) -> None:
        self.path, self.row, self.field, self.problem = str(path), row, field, problem
        super().__init__(f"{path}, row {row}, field {field!r}: {problem}")
