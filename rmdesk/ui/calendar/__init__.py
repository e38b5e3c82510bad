"""The Calendar tab: the month, the day's meetings, coming up, attention, meeting dialogs."""
