"""More compositional frames (see grammar.py): other sentence shapes for the same themes, so that a
theme is learnt from what goes wrong rather than from one way of saying it. Appended to FRAMES.
"""

EXTRA_FRAMES = {
    "service": [
        ("service", [
            ["since <the|our> <worker|SW|PA|family support worker> left", "since the case was transferred",
             "since we moved to the area", "since the assessment", "since {when}", "for {duration}", "ever since the review",
             "since the placement started", "since the panel"],
            ["nobody has <visited|been out|seen {child}>", "there has been no support at all", "we have had no help whatsoever",
             "{child} has had no <therapy|tuition|respite|support|education>", "the visits have stopped",
             "nothing that was promised has been provided", "we have been left to get on with it",
             "the support has <dried up|disappeared|fizzled out>", "{child} has been sat at home with nothing",
             "the package has not been <delivered|put in place|restarted>", "nobody has done any work with {child}",
             "the carers have not turned up"],
            ["", "", "", ". We are at breaking point", " and things are getting worse", " and {I} {am} exhausted",
             ". This is neglect by the council", ". {child} deserves better than this", ", which is not acceptable"],
        ]),
        ("service", [
            ["the quality of", "the standard of", "the level of", "the reliability of", "the amount of"],
            ["the support", "the care in the placement", "the respite provision", "the transport", "the tuition",
             "the supervised contact", "the home care", "the supported accommodation", "the family support",
             "the care {child} receives", "the service from the team", "the help from early help"],
            ["is <poor|appalling|nowhere near good enough|unacceptable>", "has got worse and worse",
             "does not meet {childs} needs", "falls far short of what was agreed", "is not what {child} was assessed as needing",
             "is simply not good enough for a child with {need}"],
        ]),
    ],
    "communication": [
        ("communication", [
            ["{I} {have} <emailed|rung|written to|messaged>", "we <keep|kept> <ringing|emailing|chasing>", "{I} {have} tried to contact",
             "the school has tried to contact", "{my} advocate has <emailed|rung|chased>", "the foster carer has <rung|emailed>"],
            ["{sw}", "the team", "the duty line", "the manager", "the SEN officer", "the complaints team", "the case officer",
             "the leaving care team", "the panel coordinator", "the IRO", "the out of hours service"],
            ["{n} times <with no reply|without any answer|and heard nothing>", "<all week|for weeks|since [date]> and nobody has come back to us",
             "and nobody <ever|> picks up", "but the messages are not passed on", "and got no answer to a single question",
             "and was ignored", "and still nobody has explained <anything|what is going on|the decision>",
             "but {I} just get an automatic reply"],
        ]),
        ("communication", [
            ["{I} {was} <not told|never told|not informed|only told afterwards>", "nobody <let|let {me}> know", "we had no warning",
             "there was no <letter|phone call|email|message> to say", "{I} had to find out <myself|from someone else|by accident>"],
            ["that {childs} worker had left", "that the meeting had been moved", "that {child} had been <moved|excluded|seen>",
             "that the support was ending", "what the panel decided", "that the case had been closed", "that the transport had changed",
             "that the visit was off", "that a new plan had been written", "when the review would be", "that contact was cancelled",
             "what would happen next"],
            ["", "", ". Communication has been <dreadful|non existent|terrible>", ". {I} feel completely ignored",
             " until it was too late to do anything", ". Why does nobody tell us anything?"],
        ]),
        ("communication", [
            ["{I} {was} not <listened to|consulted|asked|involved>", "{childs} views were <ignored|not asked for|dismissed>",
             "the family was not <consulted|listened to|involved>", "nobody took any notice of what {I} said"],
            ["about the <move|change|new arrangements|plan>", "before the decision was made", "at the <meeting|conference|review>",
             "when {I} raised <concerns|worries|the problem>", "about what {child} actually needs", "at any point"],
            ["", "", ". It is as if we do not exist", " even though {I} know {child} best", ". {I} feel shut out"],
        ]),
    ],
    "delay": [
        ("delay", [
            ["it has been {duration}", "we are now {duration} on", "it is {duration} since {I} asked", "{duration} later"],
            ["and <we are still waiting|there is still no decision|nothing has happened|the assessment is not finished>",
             "and {I} {am} still chasing for <an answer|the report|the plan|a date>",
             "and {child} is still <waiting|on the list|without a worker>",
             "and nobody can tell {me} when it will be done"],
            ["", "", ". This is far beyond the timescale", ". The delay is causing real harm", " which is ridiculous"],
        ]),
    ],
    "decision": [
        ("decision", [
            ["{I} {was} <told|informed> by letter that", "the panel <decided|concluded> that", "the manager <decided|has decided> that",
             "the assessment concluded that", "{cs} <decided|have decided> that"],
            ["{child} does not <qualify|meet the criteria|need a service>", "the case would be closed", "there will be no assessment",
             "the support would end", "{child} would be moved", "the request was refused", "we are not eligible",
             "there were no safeguarding concerns", "contact should be reduced", "{I} cannot be assessed as a carer"],
            ["", "", "and {I} strongly disagree", "which makes no sense", "without any proper reason",
             "and {I} want it reconsidered", "based on nothing"],
        ]),
    ],
    "conduct": [
        ("conduct", [
            ["the way {worker} <spoke to|treated|behaved towards>", "the attitude of {worker} towards",
             "how {worker} <spoke to|dealt with|treated>"],
            ["{me}", "{child}", "my partner", "us", "the children", "my elderly mother"],
            ["was <shocking|disgusting|unacceptable|appalling>", "was rude and dismissive", "was intimidating",
             "left us in tears", "was completely unprofessional", "showed no respect at all"],
        ]),
    ],
    "records": [
        ("records", [
            ["the <report|assessment|minutes|chronology|case record>", "what was written <in the report|in the minutes|on file>",
             "the court statement"],
            ["is not accurate", "has mistakes all through it", "gets basic facts wrong", "includes things that are not true",
             "was shared with people who should never have seen it", "has not been corrected despite {my} requests",
             "does not record what actually happened"],
            ["", "", "and {I} want it put right", ". It is being used against us", ". {I} {have} evidence that it is wrong"],
        ]),
    ],
}
