using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>Decides extensions and response dates (always working days); cases still open at the export have none.</summary>
internal sealed class ResponsePlanner(Random random)
{
    /// <summary>Plans a complaint's response against its timescale. Returns false when the case is still open.</summary>
    public bool PlanComplaint(DemoCase record)
    {
        var received = record.ReceivedDate;
        var timescale = Timescale.For(record.Procedure, record.Stage);
        var due = WorkingCalendar.AddWorkingDays(received, timescale.Due);
        var extended = random.Chance(timescale.ExtendedShare);
        DateOnly? extendedDue = extended ? WorkingCalendar.AddWorkingDays(received, timescale.Extended) : null;
        var deadline = extendedDue ?? due;
        DateOnly responded;
        if (random.Chance(timescale.LateShare))
        {
            var lateBy = random.Weighted<int>([(random.Between(1, 5), 0.5), (random.Between(6, 15), 0.35), (random.Between(16, 40), 0.15)]);
            responded = WorkingCalendar.AddWorkingDays(deadline, lateBy);
        }
        else if (extended)
        {
            responded = WorkingCalendar.AddWorkingDays(received, random.Between(timescale.Due - 2, timescale.Extended));
        }
        else
        {
            responded = WorkingCalendar.AddWorkingDays(received, random.Between(Math.Max(2, timescale.Due - 7), timescale.Due));
        }

        if (received >= DemoPeriod.OpenFrom || responded > DemoPeriod.End)
        {
            record.ExtendedDue = extended && due <= DemoPeriod.End ? extendedDue : null;
            record.Responded = null;
            return false;
        }

        record.ExtendedDue = extendedDue;
        record.Responded = responded;
        return true;
    }

    /// <summary>A quick closure (withdrawn or rejected) within a few working days.</summary>
    public bool PlanQuickClosure(DemoCase record, int minDays, int maxDays)
    {
        var closed = WorkingCalendar.AddWorkingDays(record.ReceivedDate, random.Between(minDays, maxDays));
        if (closed > DemoPeriod.End || (record.Outcome != Outcome.Rejected && record.ReceivedDate >= DemoPeriod.OpenFrom))
        {
            return false;
        }

        record.Responded = closed;
        return true;
    }

    /// <summary>Responses to enquiries, MP and member enquiries, duty matters and informal representations.</summary>
    public void PlanOther(DemoCase record)
    {
        var received = record.ReceivedDate;
        var days = record.Type switch
        {
            RecordType.MpEnquiry or RecordType.MemberEnquiry => random.Chance(0.7) ? random.Between(3, 10) : random.Between(11, 25),
            RecordType.Enquiry => random.Chance(0.85) ? random.Between(1, 10) : random.Between(11, 20),
            RecordType.DutyMatter => random.Between(0, 2),
            RecordType.InformalRepresentation => random.Between(5, 25),
            _ => -1,
        };
        if (days < 0)
        {
            return;
        }

        var responded = WorkingCalendar.AddWorkingDays(WorkingCalendar.OnOrAfter(received), days);
        if (received < DemoPeriod.OpenFrom && responded <= DemoPeriod.End)
        {
            record.Responded = responded;
        }
    }
}
