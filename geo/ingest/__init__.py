"""Ingest: article text -> candidate events, each field with the sentence that supports it."""
