"""Events, filters and map layers for strikemap: everything between the gazetteer and the page.

Knows nothing of streamlit: ``dashboard.py`` is the only module that imports it.
"""
