using System.Text;
using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>
/// Writes the free-text summary of a complaint the way it really arrives: a parent's email, an officer's
/// phone note, a young person's message through an advocate, a professional's letter, a stage 2 request.
/// </summary>
internal sealed class ComplaintSummaryComposer(Random random)
{
    private readonly TokenBuilder _tokens = new(random);
    private readonly TextStyler _styler = new(random);
    private readonly IssuePicker _issues = new(random);

    public string Compose(DemoCase record)
    {
        var household = record.Household;
        if (record.Stage >= 2)
        {
            return Escalation(record);
        }

        if (household.Type == ComplainantType.Professional)
        {
            return Professional(record);
        }

        if (household.IsYoungPerson)
        {
            return YoungPerson(record);
        }

        var firstPerson = record.Method switch
        {
            ReceiptMethod.Email or ReceiptMethod.WebForm or ReceiptMethod.Letter => random.Chance(0.8),
            ReceiptMethod.MpOrMember => false,
            _ => random.Chance(0.1),
        };
        return firstPerson ? FirstPerson(record) : ThirdPerson(record);
    }

    private string FirstPerson(DemoCase record)
    {
        var tokens = _tokens.Build(record, Voice.FirstPerson);
        var length = random.Weighted<int>([(0, 0.28), (1, 0.47), (2, 0.25)]);
        var issues = _issues.Sentences(record, youngPerson: false, IssueCount(record, length));
        if (random.Chance(0.06))
        {
            var index = random.Next(issues.Count);
            issues[index] = _styler.Shout(TemplateFiller.Fill(issues[index], tokens));
        }

        var blocks = new List<string>();
        if (length == 2 || (length == 1 && random.Chance(0.5)))
        {
            blocks.Add(random.Pick(FramingText.FirstPersonOpeners));
        }

        if (length == 2 || (length == 1 && random.Chance(0.35)))
        {
            blocks.Add(_issues.Fragment(FramingText.Background, record.Team.Context));
            if (length == 2 && random.Chance(0.5))
            {
                blocks.Add(_issues.Fragment(FramingText.Background, record.Team.Context));
            }
        }

        blocks.Add(length == 2 && issues.Count > 1 && random.Chance(0.45) ? Numbered(issues, random.Pick(["1. ", "1) ", "- "])) : string.Join(" ", issues));
        if (length == 2 || random.Chance(length == 1 ? 0.55 : 0.35))
        {
            blocks.Add(random.Pick(FramingText.Wants));
        }

        if (length == 2 && record.Method is ReceiptMethod.Email or ReceiptMethod.Letter && random.Chance(0.6))
        {
            blocks.Add(random.Pick(FramingText.SignOffs));
        }

        var text = TemplateFiller.Fill(string.Join(length == 2 ? "\n\n" : " ", blocks.Distinct()), tokens);
        return Roughen(text, sloppyChance: 0.25);
    }

    private string ThirdPerson(DemoCase record)
    {
        var tokens = _tokens.Build(record, Voice.ThirdPerson);
        var length = random.Weighted<int>([(0, 0.35), (1, 0.45), (2, 0.2)]);
        var builder = new StringBuilder();
        if (record.Method == ReceiptMethod.MpOrMember)
        {
            builder.Append(record.ViaMp ? "Referred by {mp}. " : "Forwarded by {cllr}. ");
        }

        if (length == 0)
        {
            var topics = record.Themes.Select(t => _issues.Topic(t, record.Team.Context)).Distinct().ToList();
            builder.Append(random.Chance(0.5) ? "{Cdesc} rang re " : "Concerns re: ").Append(string.Join(random.Chance(0.5) ? " and " : "; ", topics)).Append('.');
            if (random.Chance(0.6))
            {
                builder.Append(' ').Append(random.Pick(FramingText.OfficerNotes));
            }
        }
        else
        {
            var issues = _issues.Sentences(record, youngPerson: false, IssueCount(record, length));
            var opener = random.Pick(FramingText.ThirdPersonOpeners);
            builder.Append(opener);
            if (opener.EndsWith("that", StringComparison.Ordinal))
            {
                issues[0] = TemplateFiller.LowerFirst(issues[0]);
            }

            builder.Append(length == 2 || opener.EndsWith(':') ? "\n" + Numbered(issues, random.Pick(["1) ", "1. ", "- "])) : " " + string.Join(" ", issues));
            var notes = length == 2 ? random.Between(1, 2) : (random.Chance(0.5) ? 1 : 0);
            foreach (var note in random.Sample(FramingText.OfficerNotes, notes))
            {
                builder.Append(length == 2 ? "\n" : " ").Append(note);
            }
        }

        var text = TemplateFiller.Fill(builder.ToString(), tokens);
        return _styler.Abbreviate(text, 0.6);
    }

    private string YoungPerson(DemoCase record)
    {
        var tokens = _tokens.Build(record, Voice.FirstPerson);
        var issues = _issues.Sentences(record, youngPerson: true, random.Between(1, Math.Min(3, record.Themes.Count + 1)));
        var body = string.Join(" ", issues);
        string text;
        if (record.Advocate == true && random.Chance(0.5))
        {
            text = random.Pick(FramingText.AdvocateOpeners);
            text = text.EndsWith("that", StringComparison.Ordinal) ? $"{text} \"{body}\"" : $"{text} YP says: \"{body}\"";
        }
        else
        {
            var parts = new List<string>();
            if (random.Chance(0.45))
            {
                parts.Add(random.Pick(FramingText.YoungPersonOpeners));
            }

            parts.Add(body);
            if (random.Chance(0.35))
            {
                parts.Add(random.Pick(FramingText.YoungPersonWants));
            }

            text = string.Join(" ", parts);
        }

        text = TemplateFiller.Fill(text, tokens);
        return Roughen(text, sloppyChance: 0.4, lowerChance: 0.15);
    }

    private string Professional(DemoCase record)
    {
        var tokens = _tokens.Build(record, Voice.Family);
        var issues = _issues.Sentences(record, youngPerson: false, Math.Min(3, record.Themes.Count + random.Next(2)));
        var text = random.Pick(FramingText.ProfessionalOpeners) + " " + string.Join(" ", issues);
        if (random.Chance(0.5))
        {
            text += " Tel: {phone}.";
        }

        return TemplateFiller.Fill(text, tokens);
    }

    private string Escalation(DemoCase record)
    {
        var firstPerson = record.Stage == 2 && record.Method is ReceiptMethod.Email or ReceiptMethod.WebForm or ReceiptMethod.Letter && random.Chance(0.6);
        var voice = firstPerson ? Voice.FirstPerson : record.Household.Type == ComplainantType.Professional ? Voice.Family : Voice.ThirdPerson;
        var tokens = _tokens.Build(record, voice);
        var opener = record.Stage == 3 ? random.Pick(EscalationText.StageThree)
            : firstPerson ? random.Pick(EscalationText.StageTwoFirstPerson)
            : record.Procedure == Procedure.Corporate ? random.Pick(EscalationText.StageTwoCorporate)
            : random.Pick(EscalationText.StageTwoThirdPerson);
        var issues = _issues.Sentences(record, record.Household.IsYoungPerson && firstPerson, random.Between(1, 2));
        var text = opener.EndsWith(':') ? opener + "\n" + Numbered(issues, "1) ") : opener + " " + string.Join(" ", issues);
        if (firstPerson && random.Chance(0.4))
        {
            text += " " + random.Pick(FramingText.Wants);
        }

        text = TemplateFiller.Fill(text, tokens);
        return firstPerson ? Roughen(text, sloppyChance: 0.2) : _styler.Abbreviate(text, 0.5);
    }

    private int IssueCount(DemoCase record, int length) => length switch
    {
        0 => 1,
        1 => Math.Min(3, record.Themes.Count),
        _ => Math.Min(5, record.Themes.Count + random.Between(1, 2)),
    };

    private string Roughen(string text, double sloppyChance, double lowerChance = 0.04)
    {
        if (random.Chance(sloppyChance))
        {
            text = _styler.Sloppy(text);
        }

        if (random.Chance(lowerChance))
        {
            text = text.ToLowerInvariant();
        }

        return text;
    }

    private static string Numbered(List<string> items, string style)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(style switch
            {
                "1. " => $"{i + 1}. ",
                "1) " => $"{i + 1}) ",
                _ => "- ",
            }).Append(items[i]);
        }

        return builder.ToString();
    }
}
