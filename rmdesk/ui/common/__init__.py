"""What every feature uses: background work, forms, refusals, settings keys, the
table model base, list shortcuts, empty pages."""
