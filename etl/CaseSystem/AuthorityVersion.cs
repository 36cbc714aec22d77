namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>One dated row of <c>dw.dim_authority</c>.</summary>
public sealed record AuthorityVersion(int AuthorityKey, string LaCode, string Name, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public bool IsValidOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);
}
