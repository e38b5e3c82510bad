"""Start rmdesk from a source checkout: ``python main.py [--db PATH] [COMMAND ...]``."""

import sys

from rmdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
