"""Lexical variation applied after a clause is filled: grammar-safe synonym sets, swapped per occurrence.

Real complainants say the same thing in many words; substituting within these sets spreads that
vocabulary over every template, so the model learns that "overdue" and "late" mean the same thing
rather than memorising one template's wording. Every set keeps the theme of the words it replaces.
"""
import re

SYNONYM_SETS = [
    ["rude", "disrespectful", "impolite", "discourteous", "offhand"],
    ["was told", "was informed", "was advised"],
    ["were told", "were informed", "were advised"],
    ["refused to", "declined to", "would not"],
    ["was refused", "was declined", "was rejected", "was turned down"],
    ["cancelled", "called off", "scrapped"],
    ["emails", "e-mails", "messages"],
    ["rang", "phoned", "called"],
    ["nobody", "no one", "no-one", "not one person"],
    ["ignored", "disregarded", "brushed aside"],
    ["unacceptable", "not acceptable", "outrageous", "appalling", "disgraceful"],
    ["shouted", "yelled", "screamed"],
    ["delays", "hold ups", "holdups"],
    ["weeks late", "weeks overdue", "weeks behind"],
    ["months late", "months overdue", "months behind"],
    ["reasonable adjustments", "reasonable adaptations", "adjustments"],
    ["interpreter", "translator"],
    ["respite", "short breaks", "overnight breaks", "respite care"],
    ["I want", "I would like", "I'd like"],
    ["very", "really", "extremely"],
    ["data breach", "breach of data protection", "GDPR breach", "data protection breach"],
    ["reimbursed", "refunded", "paid back"],
    ["compensation", "a remedy payment", "redress"],
    ["direct payments", "DPs", "direct payment"],
    ["out of pocket", "short of money", "struggling financially"],
    ["no update", "no news", "no progress update"],
    ["kept informed", "kept updated", "kept in the loop"],
    ["attitude", "manner", "demeanour"],
    ["unprofessional", "not professional", "inappropriate"],
    ["intimidating", "threatening", "frightening"],
    ["discriminated against", "treated less favourably"],
    ["the council", "the LA", "the local authority", "childrens services"],
    ["still waiting", "yet to hear", "waiting still"],
    ["promised", "assured", "guaranteed"],
    ["support worker", "family support worker", "key worker"],
    ["has not been paid", "has not been received", "is still outstanding"],
    ["allowance", "payment"],
    ["the deadline", "the statutory deadline", "the time limit"],
    ["not consulted", "not asked", "left out of the discussion"],
    ["explanation", "reason"],
    ["completely", "totally", "utterly"],
    ["a copy of", "sight of"],
    ["incorrect", "inaccurate", "wrong"],
    ["lied", "was dishonest", "was untruthful"],
    ["upset", "distressed", "devastated"],
    ["arrange", "organise", "sort out"],
]

_PATTERNS = [(re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(s, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE), s) for s in SYNONYM_SETS]


def vary(rng, text, rate=0.4):
    for pattern, options in _PATTERNS:
        def swap(m):
            if rng.random() >= rate:
                return m.group(0)
            new = rng.choice(options)
            return new[0].upper() + new[1:] if m.group(0)[0].isupper() else new
        text = pattern.sub(swap, text)
    return text
