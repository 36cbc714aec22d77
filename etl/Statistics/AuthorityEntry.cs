namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>One dated version of an authority in <c>dw.dim_authority</c>.</summary>
public sealed class AuthorityEntry
{
    public int AuthorityKey { get; init; }

    public string LaCode { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string? RegionCode { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public bool IsFictional { get; init; }
}
