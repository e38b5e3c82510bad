"""Headless sub-commands, one module per area; ``rmdesk.cli`` assembles the parser."""
