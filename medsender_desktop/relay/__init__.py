"""The webhook relay: receives Medsender's signed callbacks, keeps them encrypted and durable,
and serves them to the practice's desktops as events (long poll or Server-Sent Events).

Run it with ``medsender-relay`` (see ``medsender_desktop.relay.__main__``); embed it with
``BackgroundServer(create_app(settings))``.

``create_app`` is loaded on first use (PEP 562 ``__getattr__``): the desktop imports only the
subscriber (``medsender_desktop.relay.subscriber``) on its start path, and the server side
(Starlette, python-multipart, cryptography's AEAD) is not needed until a relay is served.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from medsender_desktop.relay.settings import RelaySettings, settings_from_environment

if TYPE_CHECKING:
    from medsender_desktop.relay.app import create_app


def __getattr__(name: str) -> Any:
    if name != "create_app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from medsender_desktop.relay.app import create_app

    globals()[name] = create_app
    return create_app


__all__ = ["RelaySettings", "create_app", "settings_from_environment"]
