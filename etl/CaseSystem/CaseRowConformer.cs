using ComplaintsAnalytics.Etl.Calendar;
using ComplaintsAnalytics.Etl.Redaction;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// Validates one raw row against the canonical rules, applies the profile's vocabularies, runs the
/// statutory clock and redacts free text. A row with any problem becomes rejects, one per problem.
/// </summary>
public sealed class CaseRowConformer
{
    private const int MaxTextLength = 32_000;
    private const string TruncationMark = " [truncated at 32,000 characters]";
    private readonly MappingProfile _profile;
    private readonly CellParser _cells;
    private readonly WorkingDayCalendar _calendar;
    private readonly StatutoryClock _clock;
    private readonly TimescaleSettings _timescales;
    private readonly PersonalDataRedactor _redactor;
    private readonly ILookup<string, AuthorityVersion> _authorities;
    private readonly DateOnly _asOf;

    public CaseRowConformer(
        MappingProfile profile,
        WorkingDayCalendar calendar,
        TimescaleSettings timescales,
        PersonalDataRedactor redactor,
        IEnumerable<AuthorityVersion> authorities,
        DateOnly asOf)
    {
        _profile = profile;
        _cells = new CellParser(profile.DateFormats);
        _calendar = calendar;
        _timescales = timescales;
        _clock = new StatutoryClock(calendar, timescales);
        _redactor = redactor;
        _authorities = authorities.ToLookup(a => a.LaCode, StringComparer.OrdinalIgnoreCase);
        _asOf = asOf;
    }

    /// <summary>Conforms <paramref name="raw"/>; returns null and adds to <paramref name="rejects"/> when it cannot load.</summary>
    public ConformedCase? Conform(RawCaseRow raw, List<CaseReject> rejects)
    {
        var row = new RowContext(raw, rejects, _profile);
        var reference = row.Text(CanonicalColumn.CaseReference);
        row.CaseReference = reference;
        if (reference is null)
        {
            row.Reject(CanonicalColumn.CaseReference, "the case reference is missing");
        }
        else if (!CaseReferenceText.IsValid(reference))
        {
            row.Reject(CanonicalColumn.CaseReference, "not a case reference: it must start with a letter or digit and hold only letters, digits, spaces and . / _ - (at most 64)");
            reference = null;
        }

        var recordType = row.Code(CanonicalColumn.RecordType, required: true);
        var received = row.Date(CanonicalColumn.ReceivedDate, _cells, required: true);
        var extendedDue = row.Date(CanonicalColumn.ExtendedDueDate, _cells, required: false);
        var responded = row.Date(CanonicalColumn.RespondedDate, _cells, required: false);
        var outcome = row.Code(CanonicalColumn.Outcome, required: false);
        var isComplaint = recordType == "complaint";
        var serviceArea = row.Code(CanonicalColumn.ServiceArea, required: isComplaint) ?? "other";
        var complainantType = row.Code(CanonicalColumn.ComplainantType, required: false);
        var receiptMethod = row.Code(CanonicalColumn.ReceiptMethod, required: false);
        var advocate = row.Flag(CanonicalColumn.Advocate);
        var escalated = row.Flag(CanonicalColumn.Escalated);
        var compensation = row.Money(CanonicalColumn.Compensation);
        var pausedDays = row.WholeNumber(CanonicalColumn.ClockPausedDays) ?? 0;
        var authority = ResolveAuthority(row, received);
        string? procedure = null;
        short? stage = null;
        if (isComplaint)
        {
            procedure = row.Code(CanonicalColumn.Procedure, required: true);
            stage = row.StageNumber();
            if (procedure == "corporate" && stage == 3)
            {
                row.Reject(CanonicalColumn.Stage, "stage 3 exists only in the statutory (Children Act) procedure", "3");
            }
        }

        CheckDates(row, received, extendedDue, responded);
        if (isComplaint && responded is not null && row.Text(CanonicalColumn.Outcome) is null)
        {
            row.Reject(CanonicalColumn.Outcome, "the complaint has a response date but no outcome");
        }

        if (row.HasRejects || reference is null || recordType is null || received is null || authority is null)
        {
            return null;
        }

        var team = row.Text(CanonicalColumn.Team);
        var category = Truncate(row.Text(CanonicalColumn.Category));
        var summary = Truncate(_redactor.Redact(row.Text(CanonicalColumn.Summary)).Text);
        var learning = Truncate(_redactor.Redact(row.Text(CanonicalColumn.Learning)).Text);
        var reason = Truncate(row.Text(CanonicalColumn.RejectionReason));

        if (!isComplaint || outcome == "rejected")
        {
            return new ConformedCase
            {
                SourceRow = raw.RowNumber,
                AuthorityKey = authority.AuthorityKey,
                CaseReference = reference,
                RecordKind = "representation",
                RepresentationType = isComplaint ? "rejected_complaint" : recordType,
                Procedure = procedure,
                ReceivedDate = received.Value,
                RespondedDate = responded,
                WorkingDaysTaken = responded is null ? null : _calendar.WorkingDaysBetween(received.Value, responded.Value),
                ServiceArea = serviceArea,
                Team = team,
                ComplainantType = complainantType,
                ReceiptMethod = receiptMethod,
                Category = category,
                SummaryRedacted = summary,
                Reason = reason,
                ClockPausedDays = 0,
            };
        }

        var clock = _clock.Read(procedure!, stage!.Value, received.Value, extendedDue, responded, pausedDays, _asOf);
        return new ConformedCase
        {
            SourceRow = raw.RowNumber,
            AuthorityKey = authority.AuthorityKey,
            CaseReference = reference,
            RecordKind = "complaint_stage",
            Procedure = procedure,
            Stage = stage,
            ReceivedDate = received.Value,
            ExtendedDueDate = extendedDue,
            RespondedDate = responded,
            BaseDeadlineDate = clock.BaseDeadlineDate,
            DeadlineDate = clock.DeadlineDate,
            ClockPausedDays = pausedDays,
            TimescaleWorkingDays = _timescales.Find(procedure!, stage.Value)?.BaseWorkingDays,
            WorkingDaysTaken = clock.WorkingDaysTaken,
            Extended = clock.Extended,
            ExtendedBeyondMaximum = clock.ExtendedBeyondMaximum,
            WithinTimescale = clock.WithinTimescale,
            ClockStatus = ClockStatusText.Of(clock.Status),
            ServiceArea = serviceArea,
            Team = team,
            ComplainantType = complainantType,
            Advocate = advocate,
            ReceiptMethod = receiptMethod,
            Category = category,
            CodedThemes = _profile.CodedThemes(category),
            SummaryRedacted = summary,
            LearningRedacted = learning,
            Outcome = outcome ?? (responded is null ? "open" : null),
            Escalated = escalated,
            Compensation = compensation,
            Reason = reason,
        };
    }

    private AuthorityVersion? ResolveAuthority(RowContext row, DateOnly? received)
    {
        var code = row.Text(CanonicalColumn.LaCode);
        if (code is null)
        {
            row.Reject(CanonicalColumn.LaCode, "the local authority code is missing");
            return null;
        }

        var versions = _authorities[code].ToList();
        if (versions.Count == 0)
        {
            row.Reject(CanonicalColumn.LaCode, "unknown local authority code (expected a DfE 3-digit code such as 886)", code);
            return null;
        }

        if (received is null)
        {
            return null;
        }

        var version = versions.FirstOrDefault(v => v.IsValidOn(received.Value));
        if (version is null)
        {
            row.Reject(CanonicalColumn.LaCode, $"local authority {code} ({versions[0].Name}) was not in existence on {received.Value:yyyy-MM-dd}", code);
        }

        return version;
    }

    private void CheckDates(RowContext row, DateOnly? received, DateOnly? extendedDue, DateOnly? responded)
    {
        foreach (var (column, date) in new[] { (CanonicalColumn.ReceivedDate, received), (CanonicalColumn.ExtendedDueDate, extendedDue), (CanonicalColumn.RespondedDate, responded) })
        {
            if (date is not null && !_calendar.Covers(date.Value))
            {
                row.Reject(column, $"the date is outside the working-day calendar ({_calendar.CoverageStart:yyyy-MM-dd} to {_calendar.CoverageEnd:yyyy-MM-dd})", $"{date:yyyy-MM-dd}");
            }
        }

        if (received is null)
        {
            return;
        }

        if (received > _asOf)
        {
            row.Reject(CanonicalColumn.ReceivedDate, $"received after the run date {_asOf:yyyy-MM-dd}", $"{received:yyyy-MM-dd}");
        }

        if (responded < received)
        {
            row.Reject(CanonicalColumn.RespondedDate, $"responded ({responded:yyyy-MM-dd}) before it was received ({received:yyyy-MM-dd})", $"{responded:yyyy-MM-dd}");
        }

        if (extendedDue < received)
        {
            row.Reject(CanonicalColumn.ExtendedDueDate, $"the extended due date ({extendedDue:yyyy-MM-dd}) is before the date received ({received:yyyy-MM-dd})", $"{extendedDue:yyyy-MM-dd}");
        }
    }

    // Excel holds at most 32,767 characters in a cell; longer text (from a CSV) keeps its start and says so.
    private static string? Truncate(string? text) =>
        text is { Length: > MaxTextLength } ? text[..MaxTextLength] + TruncationMark : text;
}
