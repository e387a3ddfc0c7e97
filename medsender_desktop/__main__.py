"""``medsender-desktop`` / ``python -m medsender_desktop``: start the desktop app."""

from __future__ import annotations

import sys


def main() -> int:
    from medsender_desktop.ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
