"""spaCy components of miner, one module each, plus pattern data in `patterns/`."""
