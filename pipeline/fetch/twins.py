"""Articles whose bytes another URL of the crawl already served: written once, referred to after.

Sites serve one article at several URLs (``/news/7`` and ``/news/7/``, a ``?from=`` or print twin,
a mirror path). Normalising URLs cannot catch them safely (``/x`` and ``/x/`` may be different
resources), but identical bytes are identical: as Heritrix does, a later URL whose payload digest
matches an article already archived gets a WARC revisit record (profile identical-payload-digest)
referring to the first URL, and its clean record is written ``dropped`` with the reason ``duplicate
of ID (URL)``, the form ``repost clean --dedup`` uses. Runs on the writer thread, which alone
commits: the first copies of the batch being written are held here until the frontier has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dedup import mark_dropped
from ..record import Record, record_id
from .client import Response
from .frontier import Frontier, Outcome
from .warc import WarcOut, payload_digest

if TYPE_CHECKING:  # output.py builds the Twins of its writer
    from .output import DurableJsonl


class Twins:
    def __init__(self, warc: WarcOut, jsonl: DurableJsonl, frontier: Frontier) -> None:
        self.warc, self.jsonl, self.frontier = warc, jsonl, frontier
        self._batch: dict[str, tuple[str, str]] = {}  # digest -> (URL, WARC date), not yet committed

    def write(self, response: Response, outcome: Outcome, record: Record | None) -> None:
        """Archive an article response and write its clean record, or refer both to the first copy."""
        digest = payload_digest(response.body)
        first = self._batch.get(digest) or self.frontier.holder(digest, response.url)
        if first is None:
            self._batch[digest] = (response.url, response.fetched_at)
            self.warc.exchange(response)
        else:
            url, date = first
            self.warc.revisit(response, digest, date, not_modified=False, refers_to=url)
            # Its own record is a revisit: a later pass must not refer to it or ask the server for it.
            outcome.outcome, outcome.warc_date, outcome.etag, outcome.last_modified = "duplicate", None, None, None
            if record is not None:
                mark_dropped(record, f"duplicate of {record_id(url, None)}", f"{url}, same bytes")
        if record is not None:
            self.jsonl.write(record)

    def committed(self) -> None:
        """The batch is in the frontier (or failed and will be fetched again): forget it."""
        self._batch.clear()
