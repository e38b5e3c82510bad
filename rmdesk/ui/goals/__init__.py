"""The Goals tab and its pages: goals, assessments, pairing fit, outcomes; their dialogs."""
