"""`python -m generator` runs the `briefing` command line."""

import sys

from .cli import main

sys.exit(main())
