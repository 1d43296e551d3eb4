"""Errors a user sees as one line: the file and the reason."""


class MinerError(Exception):
    """Base class for errors miner reports to users."""


class ReadError(MinerError):
    """A file could not be read into a Document (corrupt, encrypted, empty, no text layer...).

    The message is the reason only; callers prefix the file name.
    """


class UsageError(MinerError):
    """A filter value nothing stored could match (an unknown status, theme, indicator or authority).

    The message names the values that would match, so a typo is not mistaken for "none found".
    """
