"""Frozen entry point of ``medsender-api`` (the API command line, beside the app)."""

import sys

from medsender_desktop.cli import console_main

sys.exit(console_main())
