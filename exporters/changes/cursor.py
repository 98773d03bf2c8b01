"""Feed cursors: opaque to clients, plain data to us, so they survive restarts and deploys.

A cursor names a place in the log, never a secret: nothing is signed (a forged one can only ask for public
changes from another place). Two forms, base64url of:

- "c.<id>": after the change with this id.
- "s.<since>.<kind>.<pk>": reading the initial state, past the object `pk` of `kind`; the state was read
  as of the change `since`, where the changes continue once the state is done.
"""

import base64
import binascii
import re
from dataclasses import dataclass

CHANGES = re.compile(r"c\.(\d{1,18})")
STATE = re.compile(r"s\.(\d{1,18})\.([a-z_-]{1,40})\.(\d{1,18})")


class MalformedCursor(ValueError):
    pass


@dataclass(frozen=True)
class Cursor:
    since: int  # The last change the reader has (or, in the state, that the state includes).
    kind: str | None = None  # In the initial state: the kind and pk of the last object read.
    after_pk: int = 0

    @property
    def in_state(self) -> bool:
        return self.kind is not None

    def encode(self) -> str:
        plain = f"s.{self.since}.{self.kind}.{self.after_pk}" if self.in_state else f"c.{self.since}"
        return base64.urlsafe_b64encode(plain.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> "Cursor":
        try:
            plain = base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True).decode("ascii")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise MalformedCursor(text) from None
        if found := CHANGES.fullmatch(plain):
            return cls(int(found[1]))
        if found := STATE.fullmatch(plain):
            return cls(int(found[1]), found[2], int(found[3]))
        raise MalformedCursor(text)


def after_change(change_id: int) -> str:
    return Cursor(change_id).encode()
