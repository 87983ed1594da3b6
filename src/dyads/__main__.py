"""`python -m dyads` runs the command line."""

from dyads.interfaces.cli import main

main()
