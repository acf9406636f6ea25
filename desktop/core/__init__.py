"""Dossier's headless library: content build, read path, search. Never imports Qt."""
