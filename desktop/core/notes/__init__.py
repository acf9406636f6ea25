"""core/notes: see the README's layout section."""
