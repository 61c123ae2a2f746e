"""A live blog's clock times (10:42) are part of its updates, not page numbers: a pager line may carry a
colon after its label (共3页: 1 2 3), never between digits."""

from __future__ import annotations

from pipeline.strip import extract_html, extract_text

UPDATES = [("10:42", "The ferry operator said the first crossing after the storm will leave at noon."),
           ("10:15", "Harbour staff are clearing debris from the slipway before the inspection."),
           ("09:50", "Coastguard officers confirmed that nobody was hurt during the night.")]


def test_live_update_times_are_kept_in_a_page() -> None:
    entries = "".join(f'<div class="update"><span class="time">{t}</span><p>{p}</p></div>' for t, p in UPDATES)
    html = (f"<html><head><title>Storm live: ferries resume</title></head><body><h1>Storm live: ferries resume</h1>"
            f'<div class="live-blog">{entries}</div></body></html>')
    assert extract_html(html).paragraphs == [line for update in UPDATES for line in update]


def test_live_update_times_are_kept_in_a_text_dump_and_a_pager_is_not() -> None:
    # (a time right under the headline would be its publication time: the summary comes first here)
    lines = ["Ferries return to the harbour after two days of storms; follow the latest updates here."]
    lines += [line for update in UPDATES for line in update]
    text = "Storm live: ferries resume\n\n" + "\n\n".join(lines) + "\n\nPage: 1 2 3 Next\n"
    assert extract_text(text).paragraphs == lines
