from common.cli import run

from .cli import main

if __name__ == "__main__":
    raise SystemExit(run(main))
