from mlroadmap.cli.main import run

run()
