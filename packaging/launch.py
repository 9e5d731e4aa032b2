"""The bundle's entry point: the same as the `phone-guide` command."""

import sys

from app.cli import main

sys.exit(main())
