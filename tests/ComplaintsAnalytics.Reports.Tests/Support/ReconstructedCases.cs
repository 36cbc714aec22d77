using System.Globalization;
using System.Text;
using ComplaintsAnalytics.Etl.Warehouse;

namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>
/// Writes a case-system export in the canonical layout (docs/case-import-format.md) whose counts are a
/// council's published figures: complaints per procedure and stage, SEND stage 1 complaints, duty matters,
/// MP enquiries and compliments per year, stage 1 outcomes split as the published shares, and responses
/// within timescale as the published shares (largest remainder, so the counts add up). Every case is
/// invented; only the totals and shares are real. Stage 2 and 3 complaints escalate the year's earlier stages.
/// </summary>
public static class ReconstructedCases
{
    private static readonly string[] Outcomes = ["upheld", "partially_upheld", "not_upheld", "withdrawn"];

    public static string Write(string path, string laCode, PublishedFigures published, IEnumerable<string> periods)
    {
        var csv = new StringBuilder("case_reference,record_type,procedure,stage,received_date,responded_date,service_area,outcome,escalated,la_code\n");
        foreach (var period in periods)
        {
            if (!FinancialYear.TryParse(period, out var startYear))
            {
                throw new ArgumentException($"{period} is not a financial year.", nameof(periods));
            }

            var start = new DateOnly(startYear, 4, 3);
            var year = new YearCases(csv, laCode, period[2..4] + period[5..], start);
            var statutory = year.Stage1("statutory", published.Count(period, "complaints_statutory_stage1"), 0,
                Shares(published, period, "statutory"), published.Get(period, "pct_statutory_stage1_within_timescale"));
            var corporate = year.Stage1("corporate", published.Count(period, "complaints_corporate_stage1"), published.Count(period, "complaints_send_stage1"),
                Shares(published, period, "corporate"), published.Get(period, "pct_corporate_stage1_within_timescale"));

            // Later stages are all decided; their timeliness makes up the published share of all responses where there is one.
            var stage2 = published.Count(period, "complaints_statutory_stage2");
            var stage3 = published.Count(period, "complaints_statutory_stage3");
            var corporate2 = published.Count(period, "complaints_corporate_stage2");
            var later = stage2 + stage3 + corporate2;
            var inTime = later;
            if (published.Get(period, "pct_all_within_timescale") is { } all)
            {
                var decided = statutory.Decided + corporate.Decided + later;
                inTime = Math.Clamp((int)Math.Round(all / 100 * decided, MidpointRounding.AwayFromZero) - statutory.InTime - corporate.InTime, 0, later);
            }

            inTime -= year.Escalations("statutory", 2, statutory.References, stage2, inTime, escalatesFurther: stage3);
            inTime -= year.Escalations("statutory", 3, statutory.References, stage3, inTime, escalatesFurther: 0);
            year.Escalations("corporate", 2, corporate.References, corporate2, inTime, escalatesFurther: 0);
            year.Representations("duty_matter", published.Count(period, "duty_matters"));
            year.Representations("mp_enquiry", published.Count(period, "mp_enquiries"));
            year.Representations("compliment", published.Count(period, "compliments"));
        }

        File.WriteAllText(path, csv.ToString());
        return path;
    }

    /// <summary>Whole counts that add up to <paramref name="total"/> and round back to the shares given.</summary>
    public static int[] LargestRemainder(int total, IReadOnlyList<double> shares)
    {
        var exact = shares.Select(s => s / shares.Sum() * total).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var index in exact.Select((e, i) => (Remainder: e - Math.Floor(e), Index: i)).OrderByDescending(x => x.Remainder).Take(total - counts.Sum()))
        {
            counts[index.Index]++;
        }

        return counts;
    }

    private static double[] Shares(PublishedFigures published, string period, string procedure)
    {
        var shares = Outcomes.Select(o => published.Get(period, $"pct_{procedure}_stage1_{o}") ?? 0).ToArray();
        return shares.Sum() > 0 ? shares : [0, 0, 1, 0];
    }

    private sealed class YearCases(StringBuilder csv, string laCode, string tag, DateOnly start)
    {
        private int _next;

        public (List<(string Reference, DateOnly Received)> References, int Decided, int InTime) Stage1(
            string procedure, int count, int send, double[] shares, double? pctInTime)
        {
            var counts = LargestRemainder(count, shares);

            // Not upheld first, so the complaints that escalate are decided ones; withdrawn last.
            var outcomes = new[] { 2, 1, 0, 3 }.SelectMany(o => Enumerable.Repeat(Outcomes[o], counts[o])).ToList();
            var decided = outcomes.Count(o => o != "withdrawn");
            var inTime = pctInTime is { } pct ? (int)Math.Round(pct / 100 * decided, MidpointRounding.AwayFromZero) : decided;
            var references = new List<(string, DateOnly)>();
            for (var i = 0; i < count; i++)
            {
                var reference = $"{laCode}-{tag}-{procedure[0]}1-{i + 1:0000}";
                var received = start.AddDays(i * 300 / Math.Max(1, count));
                var late = outcomes[i] != "withdrawn" && i >= inTime;
                Row(reference, "complaint", procedure, 1, received, received.AddDays(late ? 60 : 1), i < send ? "send" : "social_care", outcomes[i], escalated: false);
                references.Add((reference, received));
            }

            return (references, decided, Math.Min(inTime, decided));
        }

        /// <summary>Stage <paramref name="stage"/> for the first <paramref name="count"/> cases; returns how many were answered in time.</summary>
        public int Escalations(string procedure, int stage, List<(string Reference, DateOnly Received)> cases, int count, int inTime, int escalatesFurther)
        {
            var answered = 0;
            for (var i = 0; i < count; i++)
            {
                var received = cases[i].Received.AddDays(90 * (stage - 1));
                var onTime = answered < inTime;
                answered += onTime ? 1 : 0;
                Row(cases[i].Reference, "complaint", procedure, stage, received, received.AddDays(onTime ? 1 : 60), "social_care", "partially_upheld", i < escalatesFurther);
            }

            MarkEscalated(cases.Take(count).Select(c => c.Reference), procedure, stage - 1);
            return answered;
        }

        public void Representations(string type, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var received = start.AddDays(i * 330 / Math.Max(1, count));
                Row($"{laCode}-{tag}-{type}-{++_next:00000}", type, string.Empty, null, received, type == "compliment" ? null : received.AddDays(5), "social_care", string.Empty, null);
            }
        }

        private void MarkEscalated(IEnumerable<string> references, string procedure, int stage)
        {
            foreach (var reference in references)
            {
                var line = $"{reference},complaint,{procedure},{stage},";
                var at = csv.ToString().IndexOf(line, StringComparison.Ordinal);
                var end = csv.ToString().IndexOf('\n', at);
                csv.Replace(",no," + laCode + "\n", ",yes," + laCode + "\n", at, end - at + 1);
            }
        }

        private void Row(string reference, string type, string procedure, int? stage, DateOnly received, DateOnly? responded, string area, string outcome, bool? escalated) =>
            csv.Append(CultureInfo.InvariantCulture,
                $"{reference},{type},{procedure},{stage},{received:yyyy-MM-dd},{responded:yyyy-MM-dd},{area},{outcome},{(escalated is null ? string.Empty : escalated.Value ? "yes" : "no")},{laCode}\n");
    }
}
