"""ui/reader: see the README's layout section."""
