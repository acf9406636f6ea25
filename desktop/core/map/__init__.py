"""core/map: see the README's layout section."""
