"""rmdesk: a desk for running a reverse mentoring programme, offline, for one coordinator."""

__version__ = "0.1.0"
APP_NAME = "rmdesk"
ORGANIZATION_NAME = "rmdesk"
