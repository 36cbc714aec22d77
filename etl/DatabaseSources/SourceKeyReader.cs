using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// Reads the natural key of a source row through the mapping profile, the same way the conformer reads
/// those columns, but leniently: a row that would be rejected still has a key, because it is still in the source.
/// </summary>
internal sealed class SourceKeyReader
{
    private static readonly int[] KeyColumns =
        [CanonicalColumn.CaseReference, CanonicalColumn.RecordType, CanonicalColumn.Stage, CanonicalColumn.Outcome, CanonicalColumn.LaCode];

    private readonly MappingProfile _profile;
    private readonly int[] _ordinals;
    private readonly List<CaseReject> _scratch = [];
    private readonly bool _hasOutcome;

    public SourceKeyReader(IReadOnlyList<string> headers, MappingProfile profile, string sourceName)
    {
        _profile = profile;
        _ordinals = new int[CanonicalColumn.Names.Count];
        Array.Fill(_ordinals, -1);
        foreach (var column in KeyColumns)
        {
            var header = profile.HeaderFor(CanonicalColumn.Names[column]).Trim();
            _ordinals[column] = IndexOf(headers, header);
        }

        // Without an outcome a rejected complaint (kept as a representation) cannot be told from a stage.
        _hasOutcome = _ordinals[CanonicalColumn.Outcome] >= 0 || profile.Defaults.ContainsKey("outcome");
        if (_ordinals[CanonicalColumn.CaseReference] < 0)
        {
            throw new DatabaseSourceException(
                $"{sourceName}: the query returns no '{profile.HeaderFor("case_reference")}' column (for case_reference), so its keys cannot be compared.");
        }
    }

    /// <summary>The case reference alone, cheaply, to test a row against a watch list.</summary>
    public string? CaseReference(ITabularReader row) =>
        CellParser.Text(row.GetValue(_ordinals[CanonicalColumn.CaseReference]));

    /// <summary>The current row's key, or null when it has no case reference.</summary>
    public SourceKey? Read(ITabularReader row)
    {
        var values = new object?[CanonicalColumn.Names.Count];
        foreach (var column in KeyColumns)
        {
            if (_ordinals[column] >= 0)
            {
                values[column] = row.GetValue(_ordinals[column]);
            }
        }

        _scratch.Clear();
        var context = new RowContext(new RawCaseRow(row.RowNumber, values), _scratch, _profile);
        var reference = context.Text(CanonicalColumn.CaseReference);
        if (reference is null)
        {
            return null;
        }

        var laCode = context.Text(CanonicalColumn.LaCode);
        var recordType = context.Code(CanonicalColumn.RecordType, required: false);
        if (recordType is null)
        {
            return new SourceKey(laCode, reference, null, null);
        }

        // A rejected complaint is kept as a representation, as the conformer keeps it.
        if (recordType != "complaint" || context.Code(CanonicalColumn.Outcome, required: false) == "rejected")
        {
            return new SourceKey(laCode, reference, "representation", null);
        }

        if (!_hasOutcome)
        {
            return new SourceKey(laCode, reference, null, null);
        }

        var stage = context.StageNumber();
        return new SourceKey(laCode, reference, stage is null ? null : "complaint_stage", stage);
    }

    private static int IndexOf(IReadOnlyList<string> headers, string header)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i], header, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
