"""The timeline panel: the report's dated events on an era axis, beside the text."""
