"""A child process for the kill -9 tests: it works on the notes until it is killed.

Usage: python crash_child.py DATA_DIR MODE [FILE]. Every note it has confirmed saved
(its transaction committed) is printed as "saved ID", flushed, so the parent knows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.context import open_report
from desktop.core.notes.safety import make_backup
from desktop.core.notes.store import NotesStore
from desktop.core.notes.web_annotation import export_json, parse_annotations


def main() -> None:
    data, mode = Path(sys.argv[1]), sys.argv[2]
    store = NotesStore(data / "notes.sqlite")
    report = open_report()
    print("ready", flush=True)  # the parent's clock starts here, not at a (loaded) interpreter start
    number = 0
    while True:
        number += 1
        if mode == "add":
            note = store.add("history", f"note {number} " + "x" * (number % 500), tags=["t"])
            print(f"saved {note.id}", flush=True)
        elif mode == "edit":
            note = store.add("history", "draft")
            for keystroke in range(20):  # autosave while typing
                store.update(note.id, body="typed " * keystroke)
            print(f"saved {note.id}", flush=True)
        elif mode == "import":
            incoming = parse_annotations(
                json.loads(Path(sys.argv[3]).read_text()), {s.id for s in report.sections}
            )
            store.merge(incoming)
            print("imported", flush=True)
        elif mode == "export":
            (data / f"export-{number % 3}.json").write_text(
                json.dumps(export_json(store.notes(), report.meta))
            )
            note = store.add("history", f"between exports {number}")
            print(f"saved {note.id}", flush=True)
        elif mode == "backup":
            make_backup(store, data)
            note = store.add("history", f"between backups {number}")
            print(f"saved {note.id}", flush=True)


if __name__ == "__main__":
    main()
