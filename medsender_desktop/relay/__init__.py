"""The webhook relay: receives Medsender's signed callbacks, keeps them encrypted and durable,
and serves them to the practice's desktops as events (long poll or Server-Sent Events).

Run it with ``medsender-relay`` (see ``medsender_desktop.relay.__main__``); embed it with
``BackgroundServer(create_app(settings))``.
"""

from medsender_desktop.relay.app import create_app
from medsender_desktop.relay.settings import RelaySettings, settings_from_environment

__all__ = ["RelaySettings", "create_app", "settings_from_environment"]
