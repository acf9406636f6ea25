"""Dossier's Qt widgets: one module per panel, wired together in main_window."""
