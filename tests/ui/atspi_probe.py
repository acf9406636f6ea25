"""Read Dossier's window as a screen reader does, through AT-SPI (run by the system Python,
which has pyatspi; inside ``dbus-run-session``, on an X display).

Usage: python3 atspi_probe.py PYTHON [ARGS...]: starts ``PYTHON -m desktop ARGS`` with Qt's
accessibility on, waits for it to join the AT-SPI registry, and prints every accessible in
its tree as JSON (role, name, focusable, showing; a document's text and a link's actions
too), then ends the app. With ``PRESS=words`` in the environment, it then presses the first
link of the report text with those words, as a screen reader does, and prints the tree again.
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
    node = {
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "showing": states.contains(pyatspi.STATE_SHOWING),
    }
    if node["role"] == "document frame":
        text = accessible.queryText()
        node["text"] = text.getText(0, min(text.characterCount, 2000))
    if node["role"] == "link":
        node["parent"] = accessible.parent.name
        node["description"] = accessible.description or ""
        action = accessible.queryAction()
        node["actions"] = [action.getName(index) for index in range(action.nActions)]
    out.append(node)
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None and depth < 60:
            walk(child, out, depth + 1)
    return out


def press(application, words: str) -> bool:
    """Press the first link with ``words`` in the report text, through its AT-SPI action."""

    def is_link(accessible) -> bool:
        return (
            accessible.getRoleName() == "link"
            and accessible.name == words
            and accessible.parent.getRoleName() == "document frame"
        )

    link = pyatspi.findDescendant(application, is_link, breadth_first=True)
    return link is not None and link.queryAction().doAction(0)


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
                found = {"tree": walk(ours[0], [])}
                if os.environ.get("PRESS") and press(ours[0], os.environ["PRESS"]):
                    time.sleep(1)
                    found["after_press"] = walk(ours[0], [])
                print(json.dumps(found))
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
