"""Exchange with other programs: calendar files (no Qt here; a test enforces it)."""
