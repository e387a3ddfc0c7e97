import sys

from medsender_desktop.api.cli import main

sys.exit(main())
