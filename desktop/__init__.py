"""Dossier: an offline reference app for one policy report."""

__version__ = "0.1.0"
