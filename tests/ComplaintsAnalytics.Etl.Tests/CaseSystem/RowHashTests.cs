using ComplaintsAnalytics.Etl.CaseSystem;

namespace ComplaintsAnalytics.Etl.Tests.CaseSystem;

/// <summary>
/// Row hashes are stored with every fact and compared with each later export's: a change in how they are computed would
/// make every loaded row look changed. The expected values were computed by the first implementation.
/// </summary>
public sealed class RowHashTests
{
    [Fact]
    public void A_row_with_every_field_set_hashes_as_it_always_has()
    {
        var row = new ConformedCase
        {
            SourceRow = 7,
            AuthorityKey = 12,
            CaseReference = "C-001",
            RecordKind = "complaint_stage",
            RepresentationType = "complaint",
            Procedure = "statutory",
            Stage = 2,
            ReceivedDate = new DateOnly(2024, 1, 22),
            ExtendedDueDate = new DateOnly(2024, 4, 10),
            RespondedDate = new DateOnly(2024, 4, 5),
            BaseDeadlineDate = new DateOnly(2024, 2, 19),
            DeadlineDate = new DateOnly(2024, 4, 10),
            ClockPausedDays = -3,
            TimescaleWorkingDays = 65,
            WorkingDaysTaken = 52,
            Extended = true,
            ExtendedBeyondMaximum = false,
            WithinTimescale = true,
            ClockStatus = "responded in time",
            ServiceArea = "social_care",
            Team = "Assessment Team North",
            ComplainantType = "parent",
            Advocate = false,
            ReceiptMethod = "email",
            Category = "Communication",
            CodedThemes = "delay;communication",
            SummaryRedacted = "[NAME] said the café's £500 offer was late \U0001F600 — \"again\"",
            LearningRedacted = "Call back within 2 days",
            Outcome = "upheld",
            Escalated = false,
            Compensation = 500.00m,
            Reason = null,
        };

        Assert.Equal("f50727573aba74cacb7792a956e907fa", RowHash.Of(row));
    }

    [Fact]
    public void A_row_with_its_optional_fields_empty_hashes_as_it_always_has()
    {
        var row = new ConformedCase
        {
            CaseReference = "K-001",
            RecordKind = "representation",
            ReceivedDate = new DateOnly(2023, 12, 22),
            ServiceArea = "other",
        };

        Assert.Equal("28f9259b9ce4c546c19bc494e520074a", RowHash.Of(row));
    }
}
