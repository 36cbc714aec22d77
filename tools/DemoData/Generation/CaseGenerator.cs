using ComplaintsAnalytics.DemoData.Model;
using ComplaintsAnalytics.DemoData.Text;

namespace ComplaintsAnalytics.DemoData.Generation;

/// <summary>
/// Generates Northbrook's three years of records: volumes per <see cref="RecordPlan"/>, outcomes, response
/// dates, escalations (stage 2 and 3 rows share the stage 1 case reference), references and free text.
/// </summary>
internal sealed class CaseGenerator(Random random)
{
    private readonly ProfilePicker _profiles = new(random);
    private readonly ReceivedDatePicker _dates = new(random);
    private readonly HouseholdFactory _households = new(random);
    private readonly ResponsePlanner _responses = new(random);
    private readonly OutcomePicker _outcomes = new(random);
    private readonly List<DemoCase> _cases = [];

    public IReadOnlyList<DemoCase> Generate()
    {
        for (var yearIndex = 0; yearIndex < DemoPeriod.Years.Count; yearIndex++)
        {
            foreach (var plan in RecordPlan.All)
            {
                var count = plan.CountFor(yearIndex, random);
                for (var i = 0; i < count; i++)
                {
                    Create(plan, DemoPeriod.Years[yearIndex]);
                }
            }
        }

        AssignReferences();
        new TextWriterStep(random).Write(_cases);
        return [.. _cases
            .Select((c, index) => (c, index))
            .OrderBy(x => x.c.Received)
            .ThenBy(x => x.c.Reference, StringComparer.Ordinal)
            .ThenBy(x => x.c.Stage)
            .ThenBy(x => x.index)
            .Select(x => x.c)];
    }

    private void Create(RecordPlan plan, int financialYear)
    {
        if (plan.Kind == "rejected")
        {
            CreateRejected(financialYear);
            return;
        }

        var area = _profiles.Area(plan.Type, plan.Procedure);
        var team = plan.Type == RecordType.InformalRepresentation
            ? TeamCatalogue.ByKey(random.Pick(["ai-north", "ai-south", "mash", "cic1", "cic2"]))
            : TeamCatalogue.Pick(random, area, plan.Procedure == Procedure.Statutory);
        var record = NewCase(plan.Type, plan.Procedure, plan.Type == RecordType.Complaint ? 1 : 0, team, financialYear);
        if (record.IsComplaint)
        {
            Resolve(record);
        }
        else
        {
            _responses.PlanOther(record);
        }
    }

    private void CreateRejected(int financialYear)
    {
        var (reason, procedure) = random.Weighted(RejectionText.Reasons.Select(r => ((r.Reason, r.Procedure), r.Weight)).ToList());
        var area = procedure == Procedure.Statutory ? ServiceArea.SocialCare : _profiles.Area(RecordType.Complaint, Procedure.Corporate);
        var team = TeamCatalogue.Pick(random, area, procedure == Procedure.Statutory);
        var record = NewCase(RecordType.Complaint, procedure, 1, team, financialYear, DemoPeriod.End.AddDays(-17));
        record.Outcome = Outcome.Rejected;
        record.RejectionReason = reason;
        _responses.PlanQuickClosure(record, 2, 8);
    }

    private void Resolve(DemoCase record)
    {
        if (random.Chance(OutcomePicker.WithdrawnShare(record.Procedure, record.Stage)))
        {
            record.Outcome = Outcome.Withdrawn;
            if (!_responses.PlanQuickClosure(record, 2, 15))
            {
                record.Outcome = Outcome.None;
            }

            return;
        }

        if (!_responses.PlanComplaint(record))
        {
            return;
        }

        record.Outcome = _outcomes.Decided(record.Procedure, record.Stage);
        record.Compensation = _outcomes.Compensation(record.Outcome, record.Stage);
        if (!random.Chance(OutcomePicker.EscalationShare(record.Procedure, record.Stage, record.Outcome)))
        {
            return;
        }

        var nextReceived = WorkingCalendar.AddWorkingDays(record.Responded!.Value, random.Between(3, 30));
        if (nextReceived > DemoPeriod.End)
        {
            return;
        }

        var next = new DemoCase
        {
            Type = RecordType.Complaint,
            Procedure = record.Procedure,
            Stage = record.Stage + 1,
            Received = nextReceived.ToDateTime(TimeOnly.MinValue),
            Team = record.Team,
            Household = record.Household,
            Worker = record.Worker,
            Complainant = record.Complainant,
            Advocate = record.Advocate,
            Method = random.Chance(0.5) ? record.Method : ReceiptMethod.Email,
            Themes = record.Themes,
            Previous = record,
        };
        record.Next = next;
        record.Escalated = true;
        _cases.Add(next);
        Resolve(next);
    }

    private DemoCase NewCase(RecordType type, Procedure procedure, int stage, Team team, int financialYear, DateOnly? notAfter = null)
    {
        var complainant = _profiles.Complainant(type, team);
        var method = _profiles.Method(type, complainant);
        var received = _dates.Pick(financialYear, method, notAfter);
        var record = new DemoCase
        {
            Type = type,
            Procedure = procedure,
            Stage = stage,
            Received = received,
            Team = team,
            Household = _households.Create(complainant, team, DateOnly.FromDateTime(received)),
            Worker = random.Pick(team.Workers),
            Complainant = complainant,
            Advocate = _profiles.Advocate(type, complainant),
            Method = method,
            Themes = Themes(team.Context, type == RecordType.Complaint),
        };
        _cases.Add(record);
        return record;
    }

    private List<Theme> Themes(TextContext context, bool complaint)
    {
        var weights = ThemeText.Weights(context).Where(w => w.Weight > 0).ToList();
        var themes = new List<Theme> { random.Weighted(weights) };
        var extra = complaint ? random.Weighted<int>([(0, 0.45), (1, 0.38), (2, 0.17)]) : 0;
        while (themes.Count < 1 + extra)
        {
            var remaining = weights.Where(w => !themes.Contains(w.Item)).ToList();
            if (remaining.Count == 0)
            {
                break;
            }

            themes.Add(random.Weighted(remaining));
        }

        return themes;
    }

    private void AssignReferences()
    {
        var number = 104_200;
        var roots = _cases
            .Select((c, index) => (c, index))
            .Where(x => x.c.Previous is null)
            .OrderBy(x => x.c.Received)
            .ThenBy(x => x.index)
            .Select(x => x.c);
        foreach (var root in roots)
        {
            number += random.Between(1, 3);
            var reference = $"CAS-{number}";
            for (var stage = root; stage is not null; stage = stage.Next)
            {
                stage.Reference = reference;
            }
        }
    }
}
