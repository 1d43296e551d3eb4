"""`python -m miner ...`: the same CLI as the `miner` command."""

from miner.cli import app

app(prog_name="miner")
