namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>The tests that share one demo warehouse and report (building it takes a few seconds).</summary>
[CollectionDefinition(Name)]
public sealed class DemoReportGroup : ICollectionFixture<DemoReport>
{
    public const string Name = "demo report";
}
