"""Tests of medsender_desktop.services (plain asyncio, no Qt)."""
