using System.Data;
using Dapper;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// The push dataset made from the warehouse: one table per view of the <c>mart</c> schema (or the views
/// <c>PowerBI:Push:Views</c> names), plus a <c>council</c> table and a <c>financial_year</c> table that
/// the views relate to on <c>la_code</c> and on <c>financial_year</c> (or <c>period</c>). It is read from
/// the catalogue each time, so a view that gains a column gains it in Power BI at the next push.
/// Free-text columns (<c>*_redacted</c>) stay in the warehouse, as in the semantic model.
/// </summary>
internal sealed class MartPushSource
{
    public const string CouncilTable = "council";
    public const string FinancialYearTable = "financial_year";

    // The latest name of each code: a code reused after a reorganisation shows its current council.
    private const string CouncilQuery =
        """
        SELECT la_code, arg_max(name, valid_from) AS la_name, arg_max(region_name, valid_from) AS region_name,
               arg_max(la_type, valid_from) AS la_type
        FROM dw.dim_authority
        GROUP BY la_code
        ORDER BY la_code
        """;

    private const string FinancialYearQuery =
        """
        SELECT financial_year, min(calendar_date) AS first_day, max(calendar_date) AS last_day
        FROM dw.dim_date
        GROUP BY financial_year
        ORDER BY financial_year
        """;

    private readonly Dictionary<string, string> _queries;

    private MartPushSource(PushDatasetDefinition definition, Dictionary<string, string> queries)
    {
        Definition = definition;
        _queries = queries;
    }

    public PushDatasetDefinition Definition { get; }

    /// <summary>The query whose columns are named and typed as the push table's.</summary>
    public string QueryFor(PushTableDefinition table) => _queries[table.Name];

    public static MartPushSource Read(IDbConnection warehouse, string datasetName, IReadOnlyCollection<string> views)
    {
        var columns = warehouse.Query<(string Table, string Column, string Type)>(
            """
            SELECT table_name, column_name, data_type
            FROM information_schema.columns
            WHERE table_schema = 'mart'
            ORDER BY table_name, ordinal_position
            """).ToList();
        var missing = views.Except(columns.Select(c => c.Table), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"PowerBI:Push:Views names {string.Join(", ", missing.Select(v => $"mart.{v}"))}, which the warehouse does not have.");
        }

        var tables = new List<PushTableDefinition>
        {
            new(CouncilTable,
            [
                new PushColumn("la_code", PushDataType.String),
                new PushColumn("la_name", PushDataType.String),
                new PushColumn("region_name", PushDataType.String),
                new PushColumn("la_type", PushDataType.String),
            ]),
            new(FinancialYearTable,
            [
                new PushColumn("financial_year", PushDataType.String),
                new PushColumn("first_day", PushDataType.DateTime),
                new PushColumn("last_day", PushDataType.DateTime),
            ]),
        };
        var queries = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CouncilTable] = CouncilQuery,
            [FinancialYearTable] = FinancialYearQuery,
        };
        var relationships = new List<PushRelationship>();
        foreach (var view in columns.GroupBy(c => c.Table).Where(v => views.Count == 0 || views.Contains(v.Key, StringComparer.Ordinal)))
        {
            if (queries.ContainsKey(view.Key))
            {
                throw new InvalidOperationException(
                    $"The warehouse has a view mart.{view.Key}, a name the push dataset gives its own {view.Key} table; rename the view.");
            }

            var kept = view.Where(c => !c.Column.EndsWith("_redacted", StringComparison.OrdinalIgnoreCase)).ToList();
            var table = new PushTableDefinition(view.Key, kept.Select(c => new PushColumn(c.Column, PushColumnMapping.TypeOf(c.Type))).ToList());
            tables.Add(table);
            queries[view.Key] =
                $"SELECT {string.Join(", ", kept.Select(c => PushColumnMapping.Select(c.Column, c.Type)))} " +
                $"FROM mart.{PushColumnMapping.Quote(view.Key)}";
            relationships.AddRange(RelationshipsOf(table));
        }

        return new MartPushSource(new PushDatasetDefinition(datasetName, tables, relationships), queries);
    }

    private static IEnumerable<PushRelationship> RelationshipsOf(PushTableDefinition table)
    {
        bool Has(string name) => table.Columns.Any(c => c.Name == name && c.DataType == PushDataType.String);

        if (Has("la_code"))
        {
            yield return new PushRelationship($"{table.Name}_{CouncilTable}", table.Name, "la_code", CouncilTable, "la_code");
        }

        var year = Has("financial_year") ? "financial_year" : Has("period") ? "period" : null;
        if (year is not null)
        {
            yield return new PushRelationship($"{table.Name}_{FinancialYearTable}", table.Name, year, FinancialYearTable, "financial_year");
        }
    }
}
