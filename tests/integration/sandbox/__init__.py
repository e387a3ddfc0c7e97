"""Sandbox tests over real loopback HTTP."""
