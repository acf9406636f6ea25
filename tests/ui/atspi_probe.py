"""Read Dossier's window as a screen reader does, through AT-SPI (run by the system Python,
which has pyatspi; inside ``dbus-run-session``, on an X display).

Usage: python3 atspi_probe.py PYTHON [ARGS...]: starts ``PYTHON -m desktop ARGS`` with Qt's
accessibility on, waits for it to join the AT-SPI registry, and prints every accessible in
its tree as JSON (role, name, focusable, showing), then ends the app.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi


def walk(accessible, out: list, depth: int = 0) -> list:
    states = accessible.getState()
    out.append(
        {
            "role": accessible.getRoleName(),
            "name": accessible.name or "",
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "showing": states.contains(pyatspi.STATE_SHOWING),
        }
    )
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None and depth < 60:
            walk(child, out, depth + 1)
    return out


def main() -> int:
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen([sys.argv[1], "-m", "desktop", *sys.argv[2:]], env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            ours = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
            ours = [a for a in ours if a is not None and a.name == "Dossier" and a.childCount]
            if ours and ours[0].getChildAtIndex(0).childCount:
                time.sleep(1)  # the window's panels settle after the first paint
                print(json.dumps(walk(ours[0], [])))
                return 0
            if app.poll() is not None:
                print(f"the app exited with {app.returncode}", file=sys.stderr)
                return 1
            time.sleep(0.2)
        print("the app never joined the AT-SPI registry", file=sys.stderr)
        return 1
    finally:
        app.terminate()
        app.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
