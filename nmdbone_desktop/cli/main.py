"""Entry point: parse the sub-command, run it, map failures to the contract's exit codes.

Exit codes (contract §1): 0 success; 2 invalid input (the message names the file, the field path
and the problem; nothing is written); 1 any other failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..core.validation import DocumentInvalid
from ..services.clinic import is_server_location
from . import (
    assess_commands,
    data_commands,
    dxa_commands,
    letter_commands,
    protection_commands,
    server_commands,
    worklist_commands,
)
from .common import CliError, InputError, location

COMMAND_MODULES = (data_commands, assess_commands, letter_commands, worklist_commands, protection_commands,
                   dxa_commands, server_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nmdbone-desktop",
        description="Bone-health assistant for neuromuscular clinics. With no command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"nmdbone-desktop {__version__}")
    parser.add_argument("--db", type=location,
                        help="clinic database: a file, or a clinic server postgresql://host/clinic "
                             "(default: the per-user data directory)")
    parser.add_argument("--empty", action="store_true", help="a new database starts empty, not with the demo clinic")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from ..selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from .gui_commands import run_gui

            return run_gui(args)
        if getattr(args, "db", None) and not is_server_location(args.db):
            protection_commands.warn_if_network(Path(args.db))
        return int(args.handler(args) or 0)
    except DocumentInvalid as error:
        print(error.describe(), file=sys.stderr)
        return 2
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except CliError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
