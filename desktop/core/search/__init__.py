"""core/search: see the README's layout section."""
