"""`python -m deckgen …`: the `deckgen` command, where the console script is not on PATH."""

from .cli import main

if __name__ == "__main__":
    main()
