using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Writes the learning / actions agreed on an upheld or partly upheld complaint.</summary>
internal sealed class LearningComposer(Random random)
{
    private readonly TokenBuilder _tokens = new(random);
    private readonly IssuePicker _issues = new(random);

    public string Compose(DemoCase record)
    {
        var context = record.Team.Context;
        var items = new List<string> { _issues.Fragment(LearningText.ForTheme(record.Themes[0]), context) };
        foreach (var extra in random.Sample(LearningText.General, random.Between(0, 2)))
        {
            items.Add(extra);
        }

        if (record.Themes.Count > 1 && random.Chance(0.3))
        {
            items.Add(_issues.Fragment(LearningText.ForTheme(record.Themes[1]), context));
        }

        var ordered = items.Distinct().ToList();
        var template = random.Next(3) switch
        {
            0 => string.Join(" ", ordered),
            1 => string.Join("\n", ordered.Select(i => "- " + i)),
            _ => string.Join("; ", ordered.Select(i => i.TrimEnd('.'))) + ".",
        };
        return TemplateFiller.Fill(template, _tokens.Build(record, Voice.ThirdPerson));
    }
}
