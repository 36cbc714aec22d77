using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>Picks the issue sentences and topics of a record from its themes, never the same fragment twice.</summary>
internal sealed class IssuePicker(Random random)
{
    public List<string> Sentences(DemoCase record, bool youngPerson, int count)
    {
        var context = record.Team.Context;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        for (var i = 0; result.Count < count && i < count + record.Themes.Count + 2; i++)
        {
            var theme = i < record.Themes.Count ? record.Themes[i] : record.Themes[random.Next(record.Themes.Count)];
            var pool = youngPerson ? ThemeText.YoungPerson(theme) : ThemeText.Parent(theme);
            var fitting = pool.Where(f => f.Fits(context) && !used.Contains(f.Text)).ToList();
            if (fitting.Count == 0)
            {
                continue;
            }

            var chosen = random.Pick(fitting).Text;
            used.Add(chosen);
            result.Add(chosen);
        }

        if (result.Count == 0)
        {
            var fallback = youngPerson ? CommunicationText.YoungPerson : CommunicationText.Parent;
            result.Add(random.Pick(fallback.Where(f => f.Context == TextContext.Any).ToList()).Text);
        }

        return result;
    }

    public string Topic(Theme theme, TextContext context)
    {
        var fitting = ThemeText.Topics(theme).Where(f => f.Fits(context)).ToList();
        return fitting.Count == 0 ? "concerns about the service" : random.Pick(fitting).Text;
    }

    public string Fragment(IReadOnlyList<Fragment> pool, TextContext context)
    {
        var fitting = pool.Where(f => f.Fits(context)).ToList();
        return random.Pick(fitting.Count == 0 ? pool : fitting).Text;
    }
}
