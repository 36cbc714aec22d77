namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>
/// An invented Northbrook team. <see cref="Names"/> lists the name the case system used from each date,
/// which is how renames and merges show up in the export.
/// </summary>
internal sealed record Team
{
    public required string Key { get; init; }

    public required ServiceArea Area { get; init; }

    public required TextContext Context { get; init; }

    public required IReadOnlyList<(DateOnly From, string Name)> Names { get; init; }

    public required StaffMember Manager { get; init; }

    public required IReadOnlyList<StaffMember> Workers { get; init; }

    /// <summary>What a worker is called in full ("social worker") and in notes ("SW").</summary>
    public required string WorkerRole { get; init; }

    public required string WorkerAbbreviation { get; init; }

    /// <summary>Relative weight among teams for statutory complaints (0: never).</summary>
    public double Statutory { get; init; }

    /// <summary>Relative weight among teams of the same area for corporate complaints and other records.</summary>
    public double General { get; init; } = 1;

    public string NameOn(DateOnly date)
    {
        var name = Names[0].Name;
        foreach (var (from, candidate) in Names)
        {
            if (date >= from)
            {
                name = candidate;
            }
        }

        return name;
    }
}
