namespace ComplaintsAnalytics.Warehouse.Tests;

/// <summary>A numbered migration file such as <c>003_facts.sql</c>.</summary>
public sealed record MigrationScript(int Version, string FileName, string Path)
{
    public string Text => File.ReadAllText(Path);

    public override string ToString() => FileName;
}
