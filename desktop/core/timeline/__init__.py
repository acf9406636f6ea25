"""The timeline: the report's dated events, their dates, filters, axis and layout (no Qt)."""
