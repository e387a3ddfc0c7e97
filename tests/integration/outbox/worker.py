"""A process that runs the app's outbox service until nothing is left to do (for the kill tests).

``python -m tests.integration.outbox.worker DATA_DIR API_URL`` with ``MEDSENDER_API_KEY`` and
``MEDSENDER_CLIENT_SECRET`` (and the outbox key, hex, in ``OUTBOX_KEY``) in the environment. It
prints one line per event, flushed at once, so the test can kill it (SIGKILL) at a chosen
point: ``ready``, ``state <id> <state>``, ``progress <id> <sent> <total>``, and ``settled``
before it exits 0.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from medsender_desktop.api import Credentials, MedsenderClient
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.services.outbox import Outbox, OutboxConfig


def say(*words: object) -> None:
    sys.stdout.write(" ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


async def main(data_dir: Path, api_url: str, config: OutboxConfig) -> None:
    credentials = Credentials(api_key=os.environ["MEDSENDER_API_KEY"],
                              client_secret=os.environ["MEDSENDER_CLIENT_SECRET"],
                              base_url=api_url)
    documents = DocumentWorker()
    client = MedsenderClient(credentials, documents=documents, max_attempts=2,
                             wait_initial=0.01, wait_max=0.05)
    outbox = Outbox.in_dir(data_dir, client, key=bytes.fromhex(os.environ["OUTBOX_KEY"]),
                           config=config, documents=documents)
    outbox.changed.connect(lambda e: say("state", e.id, e.state.value, e.delivery or "-"))
    outbox.progress.connect(lambda p: say("progress", p.entry_id, p.sent, p.total))
    try:
        await outbox.start()
        say("ready")
        await outbox.wait_settled()
        say("settled")
    finally:
        await outbox.stop()
        outbox.close()
        await client.aclose()
        documents.close()


if __name__ == "__main__":
    settings = json.loads(os.environ.get("OUTBOX_CONFIG", "{}"))
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], OutboxConfig(**settings)))
