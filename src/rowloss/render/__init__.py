"""Renderers: they read cells and nothing else, and return text."""
