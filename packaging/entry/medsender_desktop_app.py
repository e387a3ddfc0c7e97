"""Frozen entry point of ``medsender-desktop`` (the PyInstaller spec builds it)."""

import sys

from medsender_desktop.__main__ import main

sys.exit(main())
