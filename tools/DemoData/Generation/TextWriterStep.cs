using ComplaintsAnalytics.DemoData.Model;
using ComplaintsAnalytics.DemoData.Text;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>Fills in the free-text and officer-coded columns once the structure of every record is known.</summary>
internal sealed class TextWriterStep(Random random)
{
    private readonly ComplaintSummaryComposer _complaints = new(random);
    private readonly OtherSummaryComposer _others = new(random);
    private readonly LearningComposer _learning = new(random);

    public void Write(IEnumerable<DemoCase> cases)
    {
        foreach (var record in cases)
        {
            var financialYear = DemoPeriod.FinancialYearOf(record.ReceivedDate);
            record.Summary = record.IsComplaint ? _complaints.Compose(record) : _others.Compose(record);
            record.Category = Category(record, financialYear);
            if (record.Outcome == Outcome.Withdrawn)
            {
                record.RejectionReason = random.Pick(EscalationText.Withdrawn);
            }

            var learningShare = record.Outcome switch
            {
                Outcome.Upheld => 0.95,
                Outcome.PartlyUpheld => 0.75,
                Outcome.NotUpheld => 0.05,
                _ => 0,
            };
            if (random.Chance(learningShare))
            {
                var learning = _learning.Compose(record);
                record.Learning = record.Outcome == Outcome.NotUpheld ? "No fault found. " + learning : learning;
            }
        }
    }

    private string Category(DemoCase record, int financialYear) => record.Type switch
    {
        RecordType.Complaint or RecordType.MpEnquiry or RecordType.MemberEnquiry =>
            CategoryText.For(random, record.Themes[0], record.Team.Context, financialYear),
        RecordType.Compliment => random.Pick(["Compliment - staff", "Compliment - staff", "Compliment - service"]),
        RecordType.Enquiry => random.Pick(["Information/advice", "Signposting", "General enquiry"]),
        RecordType.DutyMatter => "Duty",
        RecordType.InformalRepresentation => "Informal - legal proceedings",
        _ => random.Pick(["Suggestion", "Comment"]),
    };
}
