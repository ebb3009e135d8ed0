"""Curated, reviewed data of the Strikemap project, installed as the ``strikemap_data`` package.

Read the files with ``importlib.resources.files("strikemap_data")``, never by a path relative to
the current directory.
"""
