"""The feed's upkeep in the task worker (`manage.py run_worker`): every CMS_CHANGES_UPKEEP_SECONDS, passed
expiries are recorded and the log pruned (upkeep.py), so webhooks hear of an expiry with nobody reading the
feed. A thread beside the worker's loop, like its heartbeat: a long task does not hold it up. 0 turns it off.
"""

import logging
import threading

from django.conf import settings
from django.db import DatabaseError, connection

from .upkeep import upkeep

logger = logging.getLogger(__name__)


class Upkeep(threading.Thread):
    def __init__(self, every: float | None = None):
        super().__init__(name="changes-upkeep", daemon=True)
        self.every = every if every is not None else settings.CMS_CHANGES_UPKEEP_SECONDS
        self._stopping = threading.Event()

    def run(self) -> None:
        while not self._stopping.wait(self.every):
            self.once()

    def once(self) -> None:
        try:
            upkeep()
        except DatabaseError as error:  # The database is away: try again next time.
            logger.warning("Change feed upkeep failed: %s", error)
        except Exception:  # Anything else is a bug to see in the log; the thread keeps going.
            logger.exception("Change feed upkeep failed")
        finally:
            if threading.current_thread() is self:
                connection.close()  # This thread's own connection, fresh each time.

    def start_if_enabled(self) -> "Upkeep":
        if self.every > 0:
            self.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self.is_alive():
            self.join()
