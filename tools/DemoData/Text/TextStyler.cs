using System.Text;
using System.Text.RegularExpressions;
using ComplaintsAnalytics.DemoData.Generation;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Makes text read like real people wrote it: officers' abbreviations, typos, shouting, lower case.</summary>
internal sealed partial class TextStyler(Random random)
{
    private static readonly (string From, string To)[] Abbreviations =
    [
        ("social worker", "SW"), ("Social worker", "SW"), ("team manager", "TM"), ("child protection plan", "CP plan"),
        ("child protection", "CP"), ("child in need", "CIN"), ("Child in need", "CIN"), ("young person", "YP"),
        ("personal adviser", "PA"), ("family support worker", "FSW"), ("EHC needs assessment", "EHCNA"), ("EHC plan", "EHCP"),
        ("speech and language therapy", "SALT"), ("as soon as possible", "asap"), ("regarding", "re"),
        ("supervising social worker", "SSW"), ("Independent Reviewing Officer", "IRO"), ("educational psychologist", "EP"),
        (" and ", " & "), ("weeks", "wks"), ("telephone", "tel"), ("information", "info"),
    ];

    private static readonly (string From, string To)[] Misspellings =
    [
        ("received", "recieved"), ("definitely", "definately"), ("until", "untill"), ("disappointed", "dissapointed"),
        ("separate", "seperate"), ("believe", "beleive"), ("which", "wich"), ("because", "becuase"), ("really", "realy"),
        ("appointment", "appointmant"), ("necessary", "neccessary"), ("assessment", "assesment"), ("apologise", "appologise"),
        ("tomorrow", "tommorow"), ("professional", "proffesional"), ("immediately", "immediatly"), ("completely", "completly"),
        ("independent", "independant"), ("would have", "would of"), ("could have", "could of"), ("don't", "dont"),
        ("doesn't", "doesnt"), ("can't", "cant"), ("I'm", "im"), ("isn't", "isnt"), ("wasn't", "wasnt"), ("haven't", "havent"),
        ("hasn't", "hasnt"), ("didn't", "didnt"), ("their", "there"), ("because", "cos"), ("address", "adress"),
        ("responsible", "responsable"), ("February", "Febuary"), ("Wednesday", "Wensday"), ("social worker", "social woker"),
        ("anything", "anythink"), ("committee", "commitee"), ("occurred", "occured"),
    ];

    public string Abbreviate(string text, double probability)
    {
        foreach (var (from, to) in Abbreviations)
        {
            if (text.Contains(from, StringComparison.Ordinal) && random.Chance(probability))
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }
        }

        return text;
    }

    public string Sloppy(string text)
    {
        foreach (var (from, to) in Misspellings)
        {
            if (text.Contains(from, StringComparison.Ordinal) && random.Chance(0.55))
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }
        }

        if (random.Chance(0.5))
        {
            text = LoneCapitalI().Replace(text, "i");
        }

        if (random.Chance(0.3))
        {
            text = text.Replace(". ", ".. ", StringComparison.Ordinal);
        }

        if (random.Chance(0.3))
        {
            text = text.TrimEnd('.') + random.Pick(["!!", "!!!", string.Empty, " ...", "?!"]);
        }

        return text;
    }

    public string Shout(string sentence)
    {
        var words = sentence.Split(' ');
        if (words.Length < 4)
        {
            return sentence.ToUpperInvariant();
        }

        var start = random.Next(words.Length - 3);
        var builder = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            builder.Append(i >= start && i < start + 3 ? words[i].ToUpperInvariant() : words[i]);
            if (i < words.Length - 1)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?<=^|\s)I(?=\s)")]
    private static partial Regex LoneCapitalI();
}
