namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>One English authority from <c>etl/Authorities/authorities.csv</c>, with the dates it existed.</summary>
internal sealed record NationalAuthority(string LaCode, string Name, string RegionCode, DateTime ValidFrom, DateTime? ValidTo)
{
    public bool IsCurrent => ValidTo is null;

    /// <summary>Whether the authority existed for the whole financial year starting in April of <paramref name="startYear"/>.</summary>
    public bool ExistsThroughout(int startYear) =>
        ValidFrom <= new DateTime(startYear, 4, 1) && (ValidTo is null || ValidTo >= new DateTime(startYear + 1, 3, 31));
}
