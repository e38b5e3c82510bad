"""Data in and out: import and export (CSV, JSON, one person's data) and backups."""
