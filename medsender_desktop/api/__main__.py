"""``python -m medsender_desktop.api``: the command line (:mod:`medsender_desktop.cli`).

An entry point, never imported by the package; the CLI itself lives at the top of the
package because it wires the client to the desktop's profiles.
"""

import sys

from medsender_desktop.cli import console_main

sys.exit(console_main())
