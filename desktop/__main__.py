"""`python -m desktop` runs the same entry point as the `dossier` command."""

from desktop.launch import main

raise SystemExit(main())
