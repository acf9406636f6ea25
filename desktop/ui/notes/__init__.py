"""ui/notes: see the README's layout section."""
