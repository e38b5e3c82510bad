"""The Pairs tab: cycles, the cycle selector, pairs and their dialogs, suggested matches."""
