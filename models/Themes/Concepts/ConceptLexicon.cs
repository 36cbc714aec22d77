namespace ComplaintsAnalytics.Models;

/// <summary>
/// Everyday words and phrases for the ideas the theme definitions (<c>themes.csv</c>) are made of: the
/// things a council provides, ways they fail, trying to reach someone, being told or not, plans,
/// refusals, behaviour, records, equalities and money. Written from the definitions and from how
/// parents and officers write, not from the corpus, so that it carries over to wording the corpus
/// never used. Entries are matched on stemmed words (<see cref="LightStemmer"/>); apostrophes are dropped
/// ("didn't" is "didnt").
/// </summary>
internal static class ConceptLexicon
{
    /// <summary>Concept tag, then its words and phrases.</summary>
    public static readonly IReadOnlyList<(string Tag, string[] Phrases)> Entries =
    [
        ("wait",
        [
            "late", "later", "delay", "delayed", "delays", "overdue", "waiting", "waited", "wait", "still waiting", "slow",
            "weeks", "months", "a year", "deadline", "deadlines", "timescale", "timescales", "20 weeks", "20 week",
            "backlog", "took ages", "taking ages", "not yet", "behind", "out of time", "past the", "long wait", "lengthy",
            "no date", "dragged on", "dragging on", "drags on", "months later", "weeks later", "ages", "yet to",
        ]),
        ("item",
        [
            "respite", "short break", "short breaks", "overnight stays", "overnights", "pa", "personal assistant",
            "support worker", "carer", "carers", "care package", "package of care", "package", "tuition", "tutor",
            "home tuition", "transport", "taxi", "bus", "bus pass", "escort", "passenger assistant", "minibus",
            "equipment", "hoist", "wheelchair", "adaptation", "adaptations", "ramp", "stair lift", "placement",
            "foster placement", "residential", "school place", "contact", "family time", "visit", "visits", "visited",
            "family support", "keyworker", "key worker", "therapy", "therapist", "speech and language", "salt", "ot",
            "occupational therapy", "physio", "physiotherapy", "camhs", "counselling", "counsellor", "mentor",
            "mentoring", "youth worker", "after school club", "holiday club", "play scheme", "playscheme", "childcare",
            "nursery", "home care", "sessions", "session", "direct work", "parenting course", "parenting programme",
            "outreach", "support", "service", "services", "provision", "help", "early help", "sitting service",
            "befriender", "advocate", "advocacy", "accommodation", "supported accommodation", "leaving care",
            "personal adviser", "worker", "allocated worker", "appointment", "appointments", "assessment", "cover",
        ]),
        ("fail",
        [
            "cancel", "cancelled", "cancellation", "withdrawn", "withdraw", "withdrew", "stopped", "stop", "ended",
            "pulled", "cut", "cut back", "reduced", "reduction", "never turned up", "didnt turn up", "did not turn up",
            "no show", "not turn up", "never came", "never visited", "never arrived", "no one came", "nobody came",
            "not provided", "not arranged", "not delivered", "not put in place", "never started", "not started",
            "hasnt started", "no cover", "no replacement", "not replaced", "left without", "gap", "unfilled",
            "vacancy", "shortage", "lack of", "no alternative", "no provider", "unavailable", "not available",
            "could not find", "couldnt find", "unable to find", "unreliable", "poor quality", "inadequate",
            "not fit for purpose", "missed", "handover", "unfinished", "dropped", "no longer", "removed", "ceased",
            "suspended", "abandoned", "let down", "fell through", "broke down", "breakdown", "not happening",
            "not happened", "never happened", "turned up late", "no one turned up", "nobody turned up", "failed to",
        ]),
        ("poor",
        [
            "useless", "poor", "not good enough", "falls short", "short of", "not enough", "nowhere near enough",
            "insufficient", "inadequate", "does not meet", "doesnt meet", "not meet", "not suitable", "unsuitable",
            "fizzled out", "broken", "repaired", "not fixed", "substandard", "second rate", "patchy", "sporadic",
            "inconsistent", "not safe", "unsafe", "dirty", "nothing happened", "nothing was done", "nothing has been done",
            "no help", "no support", "left with nothing", "left to cope", "left alone", "struggling", "promised",
            "what was agreed", "as agreed", "leaflet", "signposted", "signposting", "a website", "not appropriate",
            "not working", "doesnt work", "does not work", "waste of time", "pointless", "not helpful", "unhelpful",
        ]),
        ("staffing",
        [
            "waiting list", "on the list", "queue", "unallocated", "not allocated", "not reallocated", "no worker",
            "without a worker", "no social worker", "change of worker", "changed worker", "agency", "locum",
            "new worker", "keep changing", "keeps changing", "never knows who", "not seen", "seen alone",
            "direct work", "caseload", "staff shortages", "short staffed", "sickness", "off sick", "left the team",
            "allocated", "reallocated", "handed over", "duty worker", "duty team",
        ]),
        ("neg",
        [
            "not", "never", "no", "nobody", "no one", "none", "nothing", "didnt", "hasnt", "havent", "wasnt", "werent",
            "wont", "cant", "couldnt", "doesnt", "dont", "isnt", "arent", "without", "failed", "lack",
        ]),
        ("reach",
        [
            "called", "call", "calls", "rang", "ring", "phoned", "phone", "emailed", "email", "emails", "messages",
            "message", "voicemail", "voicemails", "letter", "letters", "wrote", "written", "chased", "chasing",
            "chase", "texts", "texted", "left messages", "contacted", "tried to contact", "get hold of", "got hold of",
        ]),
        ("noreply",
        [
            "no reply", "no replies", "no response", "not returned", "never returned", "not responded",
            "never responded", "no answer", "unanswered", "ignored", "ignoring", "ignore", "got back", "get back",
            "call back", "called back", "rang back", "ring back", "heard nothing", "heard back", "not heard",
            "silence", "no acknowledgement", "not acknowledged", "no one responds", "nobody responds", "no one answers",
            "come back to", "came back to", "passed on", "out of office", "nobody reads", "no one reads", "nobody answers",
            "answer", "answered", "acknowledge", "acknowledged", "returned", "respond", "responded", "reply", "replied",
            "never replied", "not replied", "didnt reply", "didnt respond", "no one gets back", "nobody gets back",
        ]),
        ("told",
        [
            "told", "informed", "inform", "update", "updates", "updated", "kept informed", "kept in the dark",
            "in the loop", "explain", "explained", "explanation", "consulted", "consult", "listen", "listened",
            "listening", "involved", "notice", "short notice", "last minute", "without warning", "out of the blue",
            "named contact", "point of contact", "who to contact", "found out", "find out", "unclear", "confusing",
            "confused", "contradictory", "conflicting", "mixed messages", "misleading", "misinformed", "wrong advice",
            "wrong information", "incorrect advice", "inconsistent", "jargon", "tone", "cold", "standard letter",
            "comms", "communication", "communicate", "communicating", "poor communication", "lack of communication",
            "feedback", "left out", "not asked", "asked", "no idea", "kept informed", "keep us informed", "in the dark",
            "nobody told", "no one told", "not told", "never told", "without telling", "heard about", "learned",
            "not invited", "invited", "views", "wishes", "voice", "not consulted", "not listened", "not involved",
            "letter", "aware", "made aware", "let us know", "let me know", "letting us know", "warned",
        ]),
        ("plan",
        [
            "ehcp", "ehc plan", "education health and care plan", "plan", "section f", "section b", "section i",
            "section e", "care plan", "pathway plan", "cin plan", "child in need plan", "cp plan",
            "child protection plan", "safety plan", "annual review", "needs assessment", "ehcna", "ehc needs assessment",
            "provision", "outcomes", "named school", "draft plan", "final plan", "amendments", "amended", "specified",
            "quantified", "vague", "reflect", "not followed", "not being followed", "not implemented", "targets",
            "in the plan", "the plan says", "statutory assessment",
        ]),
        ("refuse",
        [
            "refused", "refuse", "refusal", "declined", "decline", "rejected", "reject", "turned down", "not eligible",
            "ineligible", "eligibility", "eligible", "criteria", "threshold", "does not meet", "doesnt meet",
            "did not meet", "decided", "decision", "decisions", "disagree", "disagreed", "appeal", "tribunal",
            "mediation", "panel", "policy", "procedure", "procedures", "process", "closed the case", "case closed",
            "closed", "stepped down", "step down", "no further action", "nfa", "judgement", "judgment", "conclusion",
            "concluded", "outcome", "section 47", "conference", "not entitled", "entitled", "overturned", "reconsider",
            "review the decision", "wrong decision", "unfair decision",
        ]),
        ("behave",
        [
            "rude", "rudeness", "attitude", "unprofessional", "professionalism", "shouted", "shouting", "aggressive",
            "dismissive", "patronising", "patronizing", "condescending", "sarcastic", "lied", "lying", "liar", "lies",
            "dishonest", "bullied", "bullying", "intimidated", "intimidating", "intimidation", "threatened",
            "threatening", "laughed", "mocked", "biased", "bias", "judgemental", "judgmental", "rolled her eyes",
            "rolled his eyes", "swore", "hung up", "put the phone down", "belittled", "disrespectful", "arrogant",
            "talked down", "spoke down", "made me feel", "blamed", "accused", "accusing", "hostile", "raised her voice",
            "raised his voice", "uncaring", "unkind", "insensitive", "manner", "behaviour", "behavior", "conduct",
            "unfair", "picked on", "victimised", "snapped", "cold", "abrupt", "mocking", "smirked", "tutted",
        ]),
        ("record",
        [
            "record", "records", "notes", "case notes", "file", "files", "report", "reports", "minutes", "chronology",
            "inaccurate", "incorrect", "wrong", "false", "untrue", "not true", "factually", "factual", "errors", "error",
            "mistakes", "mistake", "wrong name", "wrong child", "wrong address", "data protection", "gdpr",
            "subject access", "sar", "personal data", "personal information", "shared", "disclosed", "sent to",
            "without consent", "without my consent", "breach", "confidential", "confidentiality", "redacted",
            "missing", "lost", "destroyed", "deleted", "amend", "correct", "correction", "copy of", "access to",
            "accuracy", "on file", "factually wrong", "factually incorrect", "written", "states that", "says that", "recorded", "document", "documents", "paperwork",
        ]),
        ("equal",
        [
            "discriminate", "discriminated", "discrimination", "discriminatory", "racist", "racism", "racial", "race",
            "ethnicity", "ethnic", "religion", "religious", "faith", "muslim", "christian", "jewish", "hindu", "sikh",
            "halal", "culture", "cultural", "first language", "english is not", "interpreter", "translator",
            "translated", "translation", "in my language", "deaf", "bsl", "sign language", "blind",
            "visually impaired", "braille", "large print", "easy read", "accessible", "inaccessible",
            "reasonable adjustment", "reasonable adjustments", "adjustments", "equality act", "equalities",
            "protected characteristic", "sexuality", "gay", "lesbian", "bisexual", "trans", "transgender", "gender",
            "same sex", "sexist", "sexism", "homophobic", "transphobic", "stereotype", "stereotyped", "stereotyping",
            "prejudice", "prejudiced", "treated differently", "singled out", "wheelchair access", "step free",
            "neurodivergent", "neurodiverse", "dyslexia", "dyslexic", "learning disability", "because of his",
            "because of her", "because of my", "because he is", "because she is", "because i am", "because we are",
        ]),
        ("money",
        [
            "money", "pay", "paid", "payment", "payments", "allowance", "allowances", "direct payment",
            "direct payments", "personal budget", "budget", "reimburse", "reimbursed", "reimbursement", "refund",
            "out of pocket", "own pocket", "cost", "costs", "charge", "charged", "charges", "invoice", "invoices",
            "debt", "arrears", "compensation", "fee", "fees", "mileage", "expenses", "funding", "funded", "fund",
            "£", "pounds", "financial", "finances", "financially", "benefits", "no recourse to public funds", "nrpf",
            "subsistence", "vouchers", "grant", "bills", "rent", "overpayment", "clawback", "claw back", "afford",
            "savings", "loan", "owed", "owe",
        ]),
    ];

    /// <summary>Pairs of concepts that mean more together, within a few words of each other.</summary>
    public static readonly IReadOnlyList<(string First, string Second)> Pairs =
    [
        ("item", "fail"), ("item", "neg"), ("item", "poor"), ("staffing", "neg"), ("staffing", "wait"), ("item", "wait"), ("reach", "neg"), ("reach", "noreply"),
        ("told", "neg"), ("plan", "neg"), ("plan", "fail"), ("plan", "wait"), ("money", "wait"), ("money", "neg"),
        ("record", "neg"), ("refuse", "item"), ("refuse", "plan"), ("equal", "neg"), ("behave", "neg"),
    ];
}
