"""A caption printed as a paragraph and closed by its photo's credit in brackets ((Image: Getty), as
British papers print them) is dropped as a caption; the story's paragraphs around it stay."""

from __future__ import annotations

from pipeline.strip import extract_html

BODY = [
    "The ferry between the two villages ran again on Saturday after a winter of repairs to its landing stage.",
    "About two hundred people crossed on the first day, most of them on foot, according to the harbour office.",
    "The crossing takes nine minutes and costs the same as before, the board said (details on its notice board).",
]
CAPTIONS = [
    "The repaired landing stage on the north bank (Image: Harbour Board )",
    "Passengers wait for the first crossing of the season (Photo: Ellen Marsh)",
]


def test_captions_closed_by_a_bracketed_credit_go_and_the_story_stays() -> None:
    paragraphs = [BODY[0], CAPTIONS[0], BODY[1], CAPTIONS[1], BODY[2]]
    page = ("<html><body><article><h1>Village ferry runs again</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    article = extract_html(page)
    assert article.paragraphs == BODY
    dropped = [c for c in article.changes if c.rule == "heuristic:caption"]
    assert dropped and all("photo credit" in c.evidence for c in dropped)
