"""Make the README's terminal screenshots from the running program.

    python docs/screenshots.py   (needs tmux and chromium: apt-get install tmux chromium)

Each shot runs ``mlroadmap`` in a detached tmux session of a fixed size on a fresh
workspace, captures the pane with its colours, draws it as SVG with Rich's own
exporter, and has headless Chromium turn that into the PNG the README shows.
"""

from __future__ import annotations

import io
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.text import Text

DOCS = Path(__file__).resolve().parent
SOLUTIONS = DOCS.parent / "src/mlroadmap/curriculum/content/programming/numpy/solutions"
WIDTH, HEIGHT = 100, 44


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def shoot(
    name: str, title: str, command: str, env: dict[str, str], keys: list[tuple[str, float]] = ()
) -> None:
    session = f"mlroadmap-shot-{os.getpid()}"
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    tmux(
        "new-session",
        "-d",
        "-s",
        session,
        "-x",
        str(WIDTH),
        "-y",
        str(HEIGHT),
        f"env {exports} TERM=xterm-256color {command}; sleep 30",
    )
    try:
        time.sleep(3)
        for key, pause in keys:
            tmux("send-keys", "-t", session, key)
            time.sleep(pause)
        screen = tmux("capture-pane", "-t", session, "-p", "-e")
    finally:
        tmux("kill-session", "-t", session)
    console = Console(
        record=True, width=WIDTH, force_terminal=True, color_system="truecolor", file=io.StringIO()
    )
    console.print(Text.from_ansi(screen.rstrip() + "\n"))
    with tempfile.TemporaryDirectory() as tmp:
        svg = Path(tmp, f"{name}.svg")
        console.save_svg(str(svg), title=title)
        width, height = (
            round(float(v)) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg.read_text()).groups()
        )
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                f"--user-data-dir={tmp}/profile",
                f"--window-size={width},{height}",
                f"--screenshot={DOCS / name}.png",
                svg.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
    print(f"wrote {DOCS / name}.png")


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="mlroadmap-shots-")) / "mlroadmap"
    env = {"MLROADMAP_HOME": str(home), "PATH": os.environ["PATH"]}
    mlroadmap = f"{shlex.quote(sys.executable)} -m mlroadmap"
    subprocess.run(
        [sys.executable, "-m", "mlroadmap", "list"],
        env={**os.environ, **env},
        capture_output=True,
        check=True,
    )
    exercises = home / "exercises/programming/numpy"
    (exercises / "01_standardize.py").write_text((SOLUTIONS / "01_standardize.py").read_text())
    subprocess.run(  # passes: the map then shows one exercise done
        [sys.executable, "-m", "mlroadmap", "check"],
        env={**os.environ, **env},
        capture_output=True,
        check=True,
    )
    (exercises / "02_pairwise_distances.py").write_text(
        "import numpy as np\n\n\ndef pairwise_sq_distances(A, B):\n"
        "    return np.sqrt(((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1))\n"
    )
    shoot("screenshot-map", "mlroadmap", f"{mlroadmap} | head -n {HEIGHT - 1}", env)
    shoot("screenshot-watch", "mlroadmap watch", f"{mlroadmap} watch", env, [("h", 1.0)])


if __name__ == "__main__":
    main()
