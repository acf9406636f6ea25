"""ui/window: see the README's layout section."""
