#!/usr/bin/env python3
"""Generate the invented, labelled complaints corpus: train.csv and test.csv.

Usage: python3 generate_corpus.py [output_dir]   (default: the folder above this script)

Deterministic: the same script always writes the same files. Every phrase pool in phrases.py is
split once, by a fixed seed, into a training share and a held-out share; test.csv is composed only
from held-out clauses, fragments, openers and closings (and its own random seed), so no test text
is a near-copy of a training text. Standard library only.
"""
import csv
import os
import random
import re
import sys

import phrases as P
import phrases_extra as X
import phrases_more as M
from variation import vary
from grammar import FRAMES
from grammar_extra import EXTRA_FRAMES

for _theme, _frames in EXTRA_FRAMES.items():
    FRAMES[_theme].extend(_frames)

THEMES = ["delay", "communication", "plans", "decision", "service", "conduct", "records", "equalities", "finance"]
HELD_OUT_SHARE = 0.22
TRAIN_ROWS = int(os.environ.get("CORPUS_TRAIN_ROWS", "19200"))
TEST_ROWS = int(os.environ.get("CORPUS_TEST_ROWS", "520"))

# How often each theme leads a complaint (rare themes are oversampled against real life so each
# has well over 120 training examples), and which themes tend to come along with it.
LEAD_WEIGHT = {"delay": 1.25, "communication": 1.3, "plans": 1.0, "decision": 1.1, "service": 1.2,
               "conduct": 0.85, "records": 0.8, "equalities": 0.75, "finance": 0.8}
COMPANIONS = {
    "delay": {"communication": 3, "plans": 2, "service": 2, "finance": 1, "decision": 1, "records": 1},
    "communication": {"delay": 3, "conduct": 2, "service": 2, "decision": 1, "records": 1, "plans": 1},
    "plans": {"delay": 3, "service": 2, "communication": 2, "decision": 1, "records": 1},
    "decision": {"communication": 2, "service": 2, "delay": 1, "plans": 1, "equalities": 1, "finance": 1},
    "service": {"communication": 2, "delay": 2, "decision": 2, "plans": 1, "finance": 1, "conduct": 1},
    "conduct": {"communication": 3, "service": 1, "records": 1, "equalities": 1, "decision": 1},
    "records": {"communication": 2, "conduct": 1, "delay": 1, "decision": 1},
    "equalities": {"service": 2, "decision": 2, "communication": 2, "conduct": 1},
    "finance": {"delay": 3, "service": 2, "decision": 2, "communication": 1},
}

FIRST_PERSON = re.compile(r"\b(I|my|We|we|our|me|us|i)\b")
TOKEN = re.compile(r"\{(\w+)\}")
ALTERNATION = re.compile(r"<([^<>]*)>")
TOKENS = re.compile(r"\[(name|email|phone|date|address|postcode|ni_number|nhs_number|case_number)\]", re.IGNORECASE)


def split_pool(name, items):
    """Deterministically split a pool into (train, test)."""
    items = list(items)
    rng = random.Random("split-" + name)
    rng.shuffle(items)
    if len(items) < 2:
        return items, items
    k = min(len(items) - 1, max(1, round(len(items) * HELD_OUT_SHARE)))
    return items[k:], items[:k]


POOL_NAMES = ("YOUNG_PERSON", "OPENERS", "OFFICER_OPENERS", "CONTEXT", "FEELINGS", "CLOSINGS",
              "OFFICER_CLOSINGS", "TERSE_SHELLS")


def theme_pools():
    """Clauses and fragments per theme; a mixed clause joins the pool of its first theme."""
    clauses = {t: P.CLAUSES[t] + M.CLAUSES_MORE[t] + M.CLAUSES_FRAMES[t] + X.CLAUSES_EXTRA[t] for t in THEMES}
    for entry in M.MIXED:
        clauses[entry.split("|", 1)[0].split(";")[0]].append(entry)
    fragments = {t: P.FRAGMENTS[t] + M.FRAGMENTS_MORE[t] + X.FRAGMENTS_EXTRA[t] for t in THEMES}
    return {"clause": clauses, "fragment": fragments}


def build_pools():
    train, test = {}, {}
    for kind, source in theme_pools().items():
        for theme in THEMES:
            a, b = split_pool(f"{kind}-{theme}", source[theme])
            train[(kind, theme)], test[(kind, theme)] = a, b
    for name in POOL_NAMES:
        items = getattr(P, name) + {"YOUNG_PERSON": M.YOUNG_PERSON_MORE + X.YOUNG_PERSON_EXTRA,
                                    "CONTEXT": X.CONTEXT_EXTRA}.get(name, [])
        a, b = split_pool(name, items)
        train[name], test[name] = a, b
    for theme in THEMES:
        frames = []
        for i, (labels, parts) in enumerate(FRAMES[theme]):
            frames.append((labels, len(parts)))
            for j, options in enumerate(parts):
                a, b = split_pool(f"frame-{theme}-{i}-{j}", options)
                train[("part", theme, i, j)], test[("part", theme, i, j)] = a, b
        train[("frames", theme)] = test[("frames", theme)] = frames
    return train, test


def split_again(pools, salt=""):
    """Split the training pools once more into (core, dev): for choosing a design without test.csv.
    A salt (--dev-seed N) draws another dev split, so a change can be judged on several of them."""
    core, dev = {}, {}
    for key, items in pools.items():
        if key[0] == "frames":
            core[key] = dev[key] = items
            continue
        core[key], dev[key] = split_pool(f"dev{salt}-{key}", items)
    return core, dev


def parse(entry):
    labels, text = entry.split("|", 1)
    return set(labels.split(";")), text


class Voice:
    """Who is speaking and about which child; fills the agreement tokens."""

    def __init__(self, rng, kind):
        self.rng = rng
        self.kind = kind
        self.child_male = rng.random() < 0.5
        if kind == "officer":
            female = rng.random() < 0.7
            self.subject_first = rng.choice(["Mum", "Mother", "Mrs [name]", "Ms [name]", "Grandmother", "the complainant",
                                             "Foster carer", "Carer"] if female else
                                            ["Dad", "Father", "Mr [name]", "Grandad", "the complainant", "Step dad", "Carer"])
            self.pron = "she" if female else "he"
            self.vals = {"me": "her" if female else "him", "my": "her" if female else "his",
                         "myself": "herself" if female else "himself",
                         "have": "has", "am": "is", "was": "was", "s": "s", "do": "does"}
            self.child_first = rng.choice(["her son" if female else "his son", "her daughter" if female else "his daughter",
                                           "the child", "[name]", "YP", "the young person", "CYP", "[name] ({age})",
                                           "her grandson" if female else "his grandson"])
            self.child_later = ["[name]", "the child", "YP", self.child_first]
        else:
            plural = rng.random() < 0.3
            self.pron = "we" if plural else "I"
            self.subject_first = self.pron
            poss = "our" if plural else "my"
            self.vals = {"me": "us" if plural else "me", "my": poss, "myself": "ourselves" if plural else "myself",
                         "have": "have", "am": "are" if plural else "am", "was": "were" if plural else "was",
                         "s": "", "do": "do"}
            boy = self.child_male
            self.child_first = rng.choice([f"{poss} son" if boy else f"{poss} daughter", "[name]",
                                           f"{poss} son [name]" if boy else f"{poss} daughter [name]", f"{poss} child",
                                           f"{poss} grandson" if boy else f"{poss} granddaughter",
                                           f"{poss} foster son" if boy else f"{poss} foster daughter",
                                           f"{poss} little boy" if boy else f"{poss} little girl", f"{poss} eldest",
                                           f"{poss} youngest", f"{poss} stepson" if boy else f"{poss} stepdaughter"])
            self.child_later = ["[name]", self.child_first, self.child_first]
            if "child" in self.child_first and self.rng.random() < 0.5:
                self.child_male = self.rng.random() < 0.5
        self.subject_used = False
        self.child_used = False
        self.childvals = {"he": "he" if self.child_male else "she", "his": "his" if self.child_male else "her",
                          "him": "him" if self.child_male else "her"}

    def subject(self):
        if self.kind == "officer" and not self.subject_used:
            self.subject_used = True
            return self.subject_first
        self.subject_used = True
        return self.pron

    def child(self):
        if not self.child_used:
            self.child_used = True
            return self.child_first
        return self.rng.choice(self.child_later)


class Composer:
    def __init__(self, rng, pools):
        self.rng = rng
        self.pools = pools

    # ---------------------------------------------------------------- filling
    def fill(self, template, voice):
        def repl(match):
            key = match.group(1)
            if key == "I":
                return voice.subject()
            if key in voice.vals:
                return voice.vals[key]
            if key in voice.childvals:
                return voice.childvals[key]
            if key == "child":
                return voice.child()
            if key == "childs":
                c = voice.child()
                return c + ("s" if self.rng.random() < 0.15 else "'s")
            if key == "when2":
                return self.rng.choice(["since [date]", "for months", "since september", "for over a year",
                                        "since [date]", "for the last 6 months", "since the start of the year"])
            if key == "children":
                return self.rng.choice(["children like {child}", "autistic children", "disabled children",
                                        "children with SEMH needs", "teenagers in care"])
            if key == "Parent":
                return self.rng.choice(P.PARENTS)
            return self.rng.choice(P.SLOTS[key])

        text = ALTERNATION.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        for _ in range(3):  # slots may contain tokens themselves
            text = TOKEN.sub(repl, text)
        return vary(self.rng, re.sub(r" {2,}", " ", text).strip())

    def pick(self, pool_key, voice=None):
        items = self.pools[pool_key]
        if voice is not None and voice.kind == "officer":
            items = [i for i in items if not FIRST_PERSON.search(i.split("|", 1)[-1])] or items
        return self.rng.choice(items)

    # ---------------------------------------------------------------- themes
    def choose_themes(self):
        count = self.rng.choices([1, 2, 3, 4], weights=[44, 38, 15, 3])[0]
        lead = self.rng.choices(THEMES, weights=[LEAD_WEIGHT[t] for t in THEMES])[0]
        chosen = [lead]
        while len(chosen) < count:
            comp = {t: w for t, w in COMPANIONS[chosen[-1]].items() if t not in chosen}
            for t in THEMES:
                if t not in chosen and t not in comp:
                    comp[t] = 0.3
            chosen.append(self.rng.choices(list(comp), weights=list(comp.values()))[0])
        return chosen

    def clauses_for(self, themes, voice, long_text):
        labels, parts = set(), []
        for theme in themes:
            repeats = 2 if long_text and self.rng.random() < 0.3 else 1
            seen = set()
            for _ in range(repeats):
                if self.rng.random() < 0.5:
                    lab, text = self.compose(theme, voice)
                    labels |= lab
                    parts.append(text)
                    continue
                entry = self.pick(("clause", theme), voice)
                if entry in seen:
                    continue
                seen.add(entry)
                lab, tmpl = parse(entry)
                labels |= lab
                parts.append(self.fill(tmpl, voice))
        self.rng.shuffle(parts)
        return labels, parts

    def compose(self, theme, voice):
        """A clause from the theme's grammar: one option from each part of a frame."""
        frames = self.pools[("frames", theme)]
        i = self.rng.randrange(len(frames))
        labels, count = frames[i]
        words = [self.rng.choice(self.pools[("part", theme, i, j)]) for j in range(count)]
        text = re.sub(r" +([,.?])", r"\1", " ".join(w for w in words if w))
        return set(labels.split(";")), self.fill(text, voice)

    # ---------------------------------------------------------------- shapes
    def join_clauses(self, parts, officer):
        connectors = [c for c in P.CONNECTORS if not (officer and "I also" in c)]
        out = parts[0]
        for p in parts[1:]:
            conn = self.rng.choice(connectors)
            if conn.strip() in ("and", ", and", ", plus", "-", ";") or conn.endswith("that "):
                p = lower_first(p)
            out += conn + p
        if out[-1:] in ".?!":
            return out
        return out + self.rng.choice([".", ".", ".", "!", "", ".", "!!", "."])

    def narrative(self):
        voice = Voice(self.rng, "parent")
        themes = self.choose_themes()
        long_text = self.rng.random() < 0.45
        labels, parts = self.clauses_for(themes, voice, long_text)
        sections = []
        if self.rng.random() < 0.45:
            sections.append(self.fill(self.pick("OPENERS"), voice))
        if self.rng.random() < (0.6 if long_text else 0.25):
            sections.append(self.fill(self.pick("CONTEXT"), voice))
        if long_text and self.rng.random() < 0.3:
            extra = self.fill(self.pick("CONTEXT"), voice)
            if extra not in sections:
                sections.append(extra)
        body = []
        i = 0
        while i < len(parts):
            take = self.rng.choice([1, 1, 2, 2, 3])
            body.append(self.join_clauses(parts[i:i + take], False))
            i += take
        sections.extend(body)
        if self.rng.random() < (0.55 if long_text else 0.2):
            sections.insert(self.rng.randint(len(sections) - len(body), len(sections)),
                            self.fill(self.pick("FEELINGS"), voice))
        if self.rng.random() < (0.6 if long_text else 0.3):
            sections.append(self.fill(self.pick("CLOSINGS"), voice))
        sep = "\n\n" if long_text and self.rng.random() < 0.25 else " "
        return labels, sep.join(capitalise(s) for s in sections)

    def officer_summary(self):
        voice = Voice(self.rng, "officer")
        themes = self.choose_themes()
        labels, parts = self.clauses_for(themes, voice, self.rng.random() < 0.3)
        verbs = ["states that", "complains that", "reports that", "is unhappy that", "says", "feels that",
                 "advises that", "alleges that", "is concerned that", "explains that", "is upset that", "raises that"]
        more = ["Also unhappy that", "Further states that", "Also complains that", "In addition", "Also",
                "States also that", "Additionally", "Also raises that", "Further,"]
        sections = []
        if self.rng.random() < 0.6:
            sections.append(self.pick("OFFICER_OPENERS"))
        first = parts[0]
        subj = voice.subject()
        if not first.startswith(subj):
            first = f"{capitalise(subj)} {self.rng.choice(verbs)} {first}"
        sections.append(capitalise(first) + ".")
        for p in parts[1:]:
            sections.append(f"{self.rng.choice(more)} {p}.")
        if self.rng.random() < 0.35:
            sections.append(self.pick("OFFICER_CLOSINGS"))
        return labels, " ".join(sections)

    def terse(self):
        voice = Voice(self.rng, "officer")
        themes = self.choose_themes()
        frags = [self.rng.choice(self.pools[("fragment", t)]) for t in themes]
        if len(frags) == 1:
            joined = frags[0]
        else:
            sep = self.rng.choice([", ", "; ", " / ", " + ", " and "])
            last = " and " if sep == ", " else sep
            joined = sep.join(frags[:-1]) + last + frags[-1]
        shell = self.pick("TERSE_SHELLS").replace("{f}", "\x00")
        text = self.fill(shell, voice).replace("\x00", joined)
        if self.rng.random() < 0.25:
            text += " " + self.fill(self.pick("OFFICER_CLOSINGS"), voice)
        return set(themes), capitalise(text)

    def one_liner(self):
        voice = Voice(self.rng, "parent")
        theme = self.choose_themes()[0]
        if self.rng.random() < 0.5:
            lab, text = self.compose(theme, voice)
        else:
            lab, tmpl = parse(self.pick(("clause", theme)))
            text = self.fill(tmpl, voice)
        return lab, capitalise(text) + self.rng.choice(["", ".", "!", "!!!"])

    def young_person(self):
        voice = Voice(self.rng, "parent")
        count = self.rng.choices([1, 2, 3], weights=[50, 38, 12])[0]
        entries = self.rng.sample(self.pools["YOUNG_PERSON"], count)
        labels, parts = set(), []
        for e in entries:
            lab, tmpl = parse(e)
            labels |= lab
            parts.append(self.fill(tmpl, voice))
        text = self.rng.choice([" and ", ". ", " also ", ", ", " plus "]).join(parts)
        pre = self.rng.choice(["", "", "hi ", "hi im [name] and im 17. ", "Advocate raising on behalf of YP: ",
                               "im a care leaver. ", "YP says ", "I want to complain ", "[name] (YP) states "])
        post = self.rng.choice(["", "", " pls help", " its not fair", " i want a new worker", ". thanks",
                                " and i want someone to sort it", " call me on [phone]"])
        if pre.startswith("YP says") or pre.startswith("[name] (YP)") or pre.startswith("Advocate"):
            # reported: keep the young person's own words after the colon
            pass
        return labels, pre + text + post

    def make(self):
        shape = self.rng.choices(["narrative", "officer", "terse", "one_liner", "young_person"],
                                 weights=[44, 24, 14, 8, 10])[0]
        labels, text = getattr(self, {"officer": "officer_summary"}.get(shape, shape))()
        return labels, noise(self.rng, text, heavy=shape == "young_person")


# ---------------------------------------------------------------- noise
MISSPELL = {"received": "recieved", "definitely": "definately", "which": "wich", "believe": "beleive",
            "until": "untill", "separate": "seperate", "occurred": "occured", "disappointed": "dissapointed",
            "accommodation": "accomodation", "appointment": "appointmnet", "professional": "proffesional",
            "assessment": "assesment", "necessary": "neccessary", "responsible": "responsable",
            "immediately": "immediatly", "meeting": "meting", "social": "socail", "because": "becuase",
            "their": "there", "behaviour": "behavior", "discrimination": "discrimanation", "allowance": "allowence",
            "communication": "comunication", "council": "counsil", "weeks": "weks", "months": "monthes",
            "information": "infomation", "decision": "desicion", "support": "suport", "respite": "respit",
            "payment": "payemnt", "conference": "conferance", "complaint": "complaint", "transport": "transprot",
            "placement": "placment", "unprofessional": "unproffesional", "reasonable": "resonable",
            "independent": "independant", "interpreter": "interperter", "should": "shud", "would": "wud",
            "doesn't": "doesnt", "don't": "dont", "can't": "cant", "haven't": "havent", "isn't": "isnt",
            "wasn't": "wasnt", "it's": "its", "I'm": "im"}
TEXTSPEAK = {"you": "u", "are": "r", "because": "cos", "please": "pls", "and": "&", "with": "w/",
             "thanks": "thx", "people": "ppl", "before": "b4", "about": "abt", "tomorrow": "tmrw"}
CONTRACT = [("social worker", "SW"), ("child protection", "CP"), ("child in need", "CIN"),
            ("looked after", "LAC"), ("education health and care plan", "EHCP"), ("personal adviser", "PA"),
            ("team manager", "TM"), ("special educational needs", "SEN"), ("occupational therapy", "OT"),
            ("independent reviewing officer", "IRO")]
EXPAND = [("SW", "social worker"), ("EHCNA", "EHC needs assessment"), ("EHCP", "EHC plan"), ("CP", "child protection"),
          ("CIN", "child in need"), ("SGO", "special guardianship order"), ("IRO", "independent reviewing officer"),
          ("LAC", "looked after child"), ("TM", "team manager"), ("SENCO", "senco"), ("DP", "direct payment")]


def capitalise(s):
    return s[:1].upper() + s[1:] if s and s[0].isalpha() else s


def lower_first(s):
    if len(s) > 1 and s[0].isupper() and s[1].islower() and not s.startswith("I "):
        return s[0].lower() + s[1:]
    return s


def typo(rng, word):
    core = word.strip(".,;:!?'\"()")
    if core in MISSPELL and rng.random() < 0.6:
        return word.replace(core, MISSPELL[core])
    if len(core) < 4 or "[" in word or core.isupper():
        return word
    i = rng.randrange(1, len(core) - 1)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        new = core[:i] + core[i + 1] + core[i] + core[i + 2:]
    elif op == "drop":
        new = core[:i] + core[i + 1:]
    else:
        new = core[:i] + core[i] + core[i:]
    return word.replace(core, new)


def noise(rng, text, heavy):
    if rng.random() < 0.3:
        for long, short in CONTRACT:
            text = re.sub(long, short, text, flags=re.IGNORECASE)
    elif rng.random() < 0.2:
        for short, long in EXPAND:
            text = re.sub(rf"\b{short}\b", long, text)
    words = text.split(" ")
    if rng.random() < (0.6 if heavy else 0.35):
        rate = rng.choice([0.02, 0.04, 0.07])
        words = [typo(rng, w) if rng.random() < rate else w for w in words]
    if rng.random() < (0.5 if heavy else 0.1):
        words = [TEXTSPEAK.get(w, w) if rng.random() < 0.6 else w for w in words]
    text = " ".join(words)
    if rng.random() < (0.7 if heavy else 0.16):
        text = text.lower()
    if rng.random() < (0.35 if heavy else 0.08):
        text = re.sub(r"[.,;:](?=\s|$)", "", text)
    if rng.random() < 0.03:
        cut = text.find(". ")
        if cut > 0:
            text = text[:cut].upper() + text[cut:]
    if rng.random() < 0.05:
        text = text.replace(" ", "  ", 1)
    if rng.random() < 0.85:  # the warehouse's redactor writes upper case; older exports used lower case
        text = TOKENS.sub(lambda m: m.group(0).upper(), text)
    return text.strip()


def generate(pools, seed, rows, avoid):
    rng = random.Random(seed)
    composer = Composer(rng, pools)
    out, seen = [], set(avoid)
    while len(out) < rows:
        labels, text = composer.make()
        key = text.lower()
        if key in seen or len(text) < 8:
            continue
        seen.add(key)
        out.append((text, ";".join(t for t in THEMES if t in labels)))
    return out


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "themes"])
        w.writerows(rows)


def report(name, rows):
    counts = {t: 0 for t in THEMES}
    for _, labels in rows:
        for t in labels.split(";"):
            counts[t] += 1
    multi = sum(1 for _, l in rows if ";" in l)
    redacted = sum(1 for t, _ in rows if TOKENS.search(t))
    print(f"{name}: {len(rows)} rows, {multi} multi-theme, {redacted} with redaction tokens; "
          + ", ".join(f"{t} {c}" for t, c in counts.items()))


def main():
    args = [a for a in sys.argv[1:] if a != "--dev" and not a.startswith("--dev-seed")]
    salt = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--dev-seed=")), "")
    out_dir = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    train_pools, test_pools = build_pools()
    if "--dev" in sys.argv:
        # Development split: both files come from the training pools only; test.csv's pools are not used.
        core, dev = split_again(train_pools, salt)
        dev_train = generate(core, 11, TRAIN_ROWS, ())
        dev_test = generate(dev, 12, TEST_ROWS, {t.lower() for t, _ in dev_train})
        write(os.path.join(out_dir, "dev-train.csv"), dev_train)
        write(os.path.join(out_dir, "dev-test.csv"), dev_test)
        report("dev-train", dev_train)
        report("dev-test", dev_test)
        return
    train = generate(train_pools, 20240401, TRAIN_ROWS, ())
    test = generate(test_pools, 90210, TEST_ROWS, {t.lower() for t, _ in train})
    write(os.path.join(out_dir, "train.csv"), train)
    write(os.path.join(out_dir, "test.csv"), test)
    report("train", train)
    report("test", test)


if __name__ == "__main__":
    main()
