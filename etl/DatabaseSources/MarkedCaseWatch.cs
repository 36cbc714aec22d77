namespace ComplaintsAnalytics.Etl.DatabaseSources;

/// <summary>
/// Case references the warehouse holds as deleted for a source. A pull that reads one of them again
/// records its key, so that the case is restored in the same commit even when its content is unchanged.
/// </summary>
internal sealed class MarkedCaseWatch
{
    private readonly HashSet<string> _references;
    private readonly List<SourceKey> _seen = [];

    public MarkedCaseWatch(IEnumerable<string> references)
    {
        _references = new HashSet<string>(references, StringComparer.Ordinal);
    }

    public bool IsEmpty => _references.Count == 0;

    /// <summary>Keys of watched cases read so far (a handful: only cases marked deleted are watched).</summary>
    public IReadOnlyList<SourceKey> Seen => _seen;

    public bool Watches(string? reference) => reference is not null && _references.Contains(reference);

    public void Saw(SourceKey key) => _seen.Add(key);
}
