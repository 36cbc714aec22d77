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
    # Added with phrases_extra.py: the everyday words of each theme, so held-out wording shares more of them.
    ["called back", "rang back", "phoned back", "got back to me"],
    ["reply", "response", "answer"],
    ["an update", "any news", "an answer", "any information"],
    ["not listened to", "not heard", "ignored", "brushed off"],
    ["kept in the dark", "left in the dark", "told nothing"],
    ["never turned up", "didn't turn up", "did not show up", "failed to turn up", "never came"],
    ["withdrawn", "taken away", "stopped", "pulled"],
    ["support", "help"],
    ["struggling", "not coping", "at breaking point", "on our knees"],
    ["waiting list", "queue", "list"],
    ["late", "overdue"],
    ["taking forever", "taking ages", "dragging on", "going on and on"],
    ["deadline was missed", "timescale was missed", "deadline was breached", "timescale was not met"],
    ["aggressive", "hostile", "confrontational", "threatening"],
    ["patronising", "condescending", "belittling", "talking down"],
    ["dismissive", "uncaring", "couldn't care less", "cold"],
    ["shared with", "passed on to", "disclosed to", "given to", "sent to"],
    ["untrue", "false", "not true", "made up"],
    ["mistakes", "errors", "inaccuracies"],
    ["refused", "rejected", "turned down", "denied"],
    ["disagree with", "dispute", "challenge", "do not accept"],
    ["the manager", "the team manager", "the TM", "the service manager"],
    ["visit", "appointment", "session"],
    ["discrimination", "discriminatory", "unlawful discrimination"],
    ["refund", "reimbursement", "repayment"],
    ["money", "funding", "payments"],
    ["placement", "foster placement", "home"],
]

_PATTERNS = [(re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(s, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE), s) for s in SYNONYM_SETS]


def vary(rng, text, rate=0.45):
    for pattern, options in _PATTERNS:
        def swap(m):
            if rng.random() >= rate:
                return m.group(0)
            new = rng.choice(options)
            return new[0].upper() + new[1:] if m.group(0)[0].isupper() else new
        text = pattern.sub(swap, text)
    return text
