using System.Globalization;
using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.DemoData.Model;
using Col = ComplaintsAnalytics.DemoData.Export.ExportColumns;

namespace ComplaintsAnalytics.DemoData.Export;

/// <summary>
/// Plants a small, counted number of bad rows, only on records outside stage chains so the good rows stay consistent:
/// responses before receipt, an unknown outcome, impossible date texts, missing references and duplicates.
/// </summary>
internal sealed class DefectPlanter(Random random)
{
    public const int ResponseBeforeReceipt = 10;
    public const int UnknownOutcome = 8;
    public const int ImpossibleReceived = 4;
    public const int ImpossibleResponded = 4;
    public const int MissingReference = 8;
    public const int ExactDuplicates = 3;
    public const int ConflictingDuplicates = 3;

    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly string[] ImpossibleDays = ["31/02", "30/02", "31/04", "31/06", "31/09", "31/11"];

    private readonly HashSet<ExportRow> _used = [];

    public List<ExportRow> Plant(IReadOnlyList<ExportRow> rows)
    {
        var closed = rows.Where(r => r.Case.IsStandalone && r.Case.Responded is not null).ToList();
        var decided = closed.Where(r => r.Case.Outcome is Outcome.Upheld or Outcome.PartlyUpheld or Outcome.NotUpheld).ToList();
        var standalone = rows.Where(r => r.Case.IsStandalone).ToList();

        foreach (var row in Take(closed, ResponseBeforeReceipt))
        {
            var received = row.Case.ReceivedDate;
            var typo = random.Chance(0.5);
            var wrong = typo ? row.Case.Responded!.Value.AddYears(-1) : WorkingCalendar.OnOrBefore(received.AddDays(-random.Between(1, 20)));
            row.Cells[Col.DateResponded] = wrong.ToDateTime(TimeOnly.MinValue);
            Mark(row, DefectKind.ResponseBeforeReceipt, $"Date Responded {Iso(wrong)} is before Date Received {Iso(received)}" + (typo ? " (year typed wrong)" : string.Empty));
        }

        foreach (var row in Take(decided, UnknownOutcome))
        {
            row.Cells[Col.Outcome] = "Resolved?";
            Mark(row, DefectKind.UnknownOutcome, "Outcome \"Resolved?\" is not in the profile's vocabulary");
        }

        foreach (var row in Take(standalone, ImpossibleReceived))
        {
            var text = Impossible(row.Case.ReceivedDate);
            row.Cells[Col.DateReceived] = text;
            Mark(row, DefectKind.ImpossibleDate, $"Date Received \"{text}\" does not exist (true date {Iso(row.Case.ReceivedDate)})");
        }

        foreach (var row in Take(closed, ImpossibleResponded))
        {
            var text = Impossible(row.Case.Responded!.Value);
            row.Cells[Col.DateResponded] = text;
            Mark(row, DefectKind.ImpossibleDate, $"Date Responded \"{text}\" does not exist");
        }

        foreach (var row in Take(standalone, MissingReference))
        {
            Mark(row, DefectKind.MissingCaseReference, $"Case ID is blank (the record was {row.Case.Reference})");
            row.Cells[Col.CaseId] = null;
        }

        var result = rows.ToList();
        foreach (var original in Take(decided, ExactDuplicates))
        {
            var copy = new ExportRow(original.Case, (object?[])original.Cells.Clone());
            Mark(copy, DefectKind.ExactDuplicate, $"Exact copy of the row before it ({original.Case.Reference}, stage {original.Case.Stage})");
            result.Insert(result.IndexOf(original) + 1, copy);
        }

        foreach (var original in Take(decided, ConflictingDuplicates))
        {
            result.Insert(Math.Min(result.Count, result.IndexOf(original) + random.Between(40, 400)), Conflicting(original));
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i].RowNumber = i + 2;
        }

        return result;
    }

    private ExportRow Conflicting(ExportRow original)
    {
        original.HasConflictingCopy = true;
        var copy = new ExportRow(original.Case, (object?[])original.Cells.Clone());
        var year = DemoPeriod.FinancialYearOf(original.Case.ReceivedDate);
        var outcome = original.Case.Outcome == Outcome.NotUpheld ? Outcome.Upheld : Outcome.NotUpheld;
        var responded = WorkingCalendar.AddWorkingDays(original.Case.Responded!.Value, random.Between(2, 10));
        copy.Cells[Col.Outcome] = ExportFormatter.OutcomeText(outcome, year, random);
        copy.Cells[Col.DateResponded] = responded.ToDateTime(TimeOnly.MinValue);
        copy.Cells[Col.Learning] = null;
        copy.Cells[Col.Compensation] = null;
        Mark(copy, DefectKind.ConflictingDuplicate,
            $"Same Case ID and stage as an earlier row ({original.Case.Reference}, stage {original.Case.Stage}) but Outcome {copy.Cells[Col.Outcome]} and Date Responded {Iso(responded)}");
        return copy;
    }

    private List<ExportRow> Take(List<ExportRow> pool, int count)
    {
        var available = pool.Where(r => !_used.Contains(r)).ToList();
        var chosen = random.Sample(available, count);
        foreach (var row in chosen)
        {
            _used.Add(row);
        }

        return chosen;
    }

    private string Impossible(DateOnly near) => $"{random.Pick(ImpossibleDays)}/{near.Year}";

    private static void Mark(ExportRow row, DefectKind kind, string note)
    {
        row.Defect = kind;
        row.DefectNote = note;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", English);
}
