"""Sweep: common words (jieba count >= 300) whose OpenCC s2t form differs, each glossed seed-style in 5
sentence frames at 3 reading rates, through repair_text; prints the words the repair does not give back.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit6/scan_s2t_words.py   # ~1 min
"""
import collections
import sys

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
import a6_cases as c
import obfuscate as ob

from pipeline.repair import repair_text
from pipeline.repair.common import opencc_converter
from pipeline.repair.words import word_counts

s2t = opencc_converter("s2t")
W = word_counts()
cands=[y for y,n in sorted(W.items(), key=lambda kv:-kv[1]) if n>=300 and len(y)==2 and s2t.convert(y)!=y]
print(len(cands), flush=True)
frames=["执法人员逐一进行{w}，确保落实到位。","务必{w}相关情况。","他说，{w}是关键。","今年以来，全市{w}工作取得明显成效。","相关{w}已经完成"]
hits=collections.defaultdict(list)
for rate in (1.0, 0.5, 0.3):
    for w in cands:
        for f in frames:
            s=f.format(w=w)
            line="\u2003\u2003"+ob.fold(ob.gloss(s,"s2t","tone","()",rate))
            txt=c.SPAM+"\n\n\xa0\n"+ob.fold(ob.gloss(c.CRUMB,"s2t"))+"\n\xa0\n\n有關部門部署工作\n\n\n"+line+"\n\n\u2003\u2003有關負責人表示,下一步將繼續加大工作力度。"
            out=repair_text(txt).text
            if w not in out:
                hits[w].append((rate,[ln for ln in out.split("\n") if ln.strip()][-2][:40]))
for w, v in hits.items():
    print(w, s2t.convert(w), W[w], len(v), v[:2], flush=True)
print("done", flush=True)
