"""core/glossary: see the README's layout section."""
