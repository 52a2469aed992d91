"""Derives src/rules/evaluative-word/words.ts (kept for the record; run by hand, not at build time).

Inputs: ../shared/data/lexicons (Spinde et al. 2021 lists, Apache-2.0), vader.json (the `lexicon`
object of the npm package vader-sentiment 1.1.3, src/vader_lexicon.js, dumped with
`node -e "import('./vader_lexicon.js').then(m => fs.writeFileSync('vader.json', JSON.stringify(m.lexicon)))"`),
and the MBIC development split (FNV-1a(id) % 100 < 70, as in bench/accuracy.ts), used only to list
common words that annotators rarely marked (EXCLUDED: >= 3 occurrences, < 25 % marked).
The script prints the counts; the words.ts layout was written from evalwords.json.
"""
import json,re,collections
D='/work/shared/data/'
rows=[json.loads(l) for l in open(D+'mbic/mbic.jsonl')]
def fnv(s):
    h=0x811c9dc5
    for ch in s.encode():
        h^=ch; h=(h*0x01000193)&0xffffffff
    return h
TOK=re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
for r in rows:
    r['dev']= fnv(r['id'])%100<70
    toks=[]
    for m in TOK.finditer(r['text']):
        s,e=m.start(),m.end()
        g=any(sp['start']<e and s<sp['end'] for sp in r['biased_word_spans'])
        toks.append((s,e,m.group(0),g))
    r['toks']=toks
def lex(p): return set(w.strip().lower().replace('_',' ') for w in open(D+'lexicons/'+p,encoding='latin-1') if w.strip() and not w.startswith(';'))
def score(pred, sel=lambda r:True):
    tp=fp=fn=0
    for r in rows:
        if not sel(r): continue
        for (s,e,w,g) in r['toks']:
            p=pred(w.lower())
            if p and g: tp+=1
            elif p: fp+=1
            elif g: fn+=1
    P=tp/(tp+fp) if tp+fp else 0; R=tp/(tp+fn) if tp+fn else 0
    return round(P,3),round(R,3),round(2*P*R/(P+R) if P+R else 0,3),tp,fp,fn
sp=[w.strip().lower() for w in open(D+'lexicons/spinde2021_bias_word_lexicon.txt',encoding='latin-1') if w.strip()]
seed=[w.strip().lower() for w in open(D+'lexicons/spinde2021_seed_biased_words.txt',encoding='latin-1') if w.strip()]
V=json.load(open('vader.json'))
ok=lambda w: re.fullmatch(r"[a-z][a-z_\-']*[a-z]",w) is not None
spw=sorted({w for w in sp+seed if ok(w) and len(w)>3})
vn=sorted({w for w,v in V.items() if v<=-1.5 and ok(w) and len(w)>2} - set(spw))
g=collections.Counter(); n=collections.Counter()
for r in rows:
  if not r['dev']: continue
  for (s,e,w,gg) in r['toks']:
    (g if gg else n)[w.lower().replace('’',"'")]+=1
allw=set(spw)|set(vn)
excl=sorted(w for w in allw if g[w]+n[w]>=3 and g[w]/(g[w]+n[w])<0.25)
print(len(spw),len(vn),len(excl)); print(' '.join(excl))
json.dump({'spinde':spw,'vader':vn,'excluded':excl},open('evalwords.json','w'))
