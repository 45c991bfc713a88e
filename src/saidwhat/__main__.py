"""``python -m saidwhat``: the command line without the installed script (a checkout on PYTHONPATH)."""

from .cli import main

if __name__ == "__main__":
    main()
