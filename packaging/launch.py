"""The bundle's entry point: the same ``rmdesk.cli.main`` as the installed ``rmdesk`` command."""

import sys

from rmdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
