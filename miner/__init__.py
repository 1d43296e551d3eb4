"""miner: what did this authority promise, and what did it later report as delivered?"""

__version__ = "0.1.0"
