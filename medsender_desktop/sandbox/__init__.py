"""The Medsender sandbox: the whole Medsender v2 API in test mode, served locally.

``create_app(SandboxSettings(...))`` returns a Starlette app (serve it with uvicorn or
:class:`medsender_desktop.serving.BackgroundServer`); ``app.state.sandbox`` exposes the
effective ``api_key`` and ``client_secret``. The console script is ``medsender-sandbox``.
"""

from medsender_desktop.sandbox.app import create_app
from medsender_desktop.sandbox.settings import SandboxSettings

__all__ = ["SandboxSettings", "create_app"]
