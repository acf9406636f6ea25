"""`python -m desktop` runs the same entry point as the `dossier` command."""

from desktop.cli import main

raise SystemExit(main())
