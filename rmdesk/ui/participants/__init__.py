"""The Participants tab: the list of people (model, filter), their form and actions."""
