"""mlroadmap: the ML Engineer Roadmap as software you run."""

__version__ = "0.1.0"
