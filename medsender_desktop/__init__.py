"""Medsender Desktop: a desktop fax client for the Medsender Developer API."""

__version__ = "0.1.0"
