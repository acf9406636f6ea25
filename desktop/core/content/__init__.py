"""core/content: see the README's layout section."""
