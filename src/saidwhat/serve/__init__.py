"""serve: the HTTP JSON API and the web UI over a saidwhat database (FastAPI, Jinja2)."""

from .app import Settings, create_app, settings_from

__all__ = ["Settings", "create_app", "settings_from"]
