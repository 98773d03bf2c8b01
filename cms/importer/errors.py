"""The one error the importer raises for input it refuses; its message is the reason an editor reads."""


class ImportRefused(Exception):
    """The file cannot be imported (empty, binary, too large, corrupt, password-protected, unsupported)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
